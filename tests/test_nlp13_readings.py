"""Findings and values read from phrasings the lexicon missed or misread: a blow to the head
told as where the patient landed, a fall named by how it happened or told again as "the fall",
a visit's date taken for a count of visits, weak help called a failure, a plan's date without
its year, a procedure weighed in a consult, "5-/5", and a plain film that only questions its
finding. Each family has a look-alike the change must leave alone."""

import datetime as dt

import pytest


def of_code(findings_of, text, code, received=dt.date(2026, 3, 2)):
    _, result = findings_of(text, received)
    return [f for f in result.findings if f.code == code]


def assertions(findings_of, text, code, received=dt.date(2026, 3, 2)):
    return {f.assertion for f in of_code(findings_of, text, code, received)}


def value(findings_of, text, code, key, received=dt.date(2026, 3, 2)):
    found = [f for f in of_code(findings_of, text, code, received) if f.assertion == "present"]
    assert found, f"no present {code}"
    return getattr(found[0].value, key)


# --- trauma: the head named where the patient landed or what was struck -----------------------

@pytest.mark.parametrize("text", [
    "HPI: Slipped on the deck stairs 2 weeks ago and landed on her right shoulder/head. Neck pain since.",
    "He fell onto his face from a step stool last week; neck stiff since.",
    "Struck his head on a low beam 10 days ago, now neck pain radiating to the R arm.",
])
def test_a_blow_to_the_head_is_trauma_and_its_evidence_names_the_head(findings_of, text):
    found = [f for f in of_code(findings_of, text, "trauma") if f.assertion == "present"]
    assert found
    assert any("head" in e.text.lower() or "face" in e.text.lower() for e in found[0].evidence)


@pytest.mark.parametrize("text", [
    "Headache for 3 days, neck stiffness. No trauma.",
    "Jumped off the wall and landed on his feet, no pain then; back pain began a week later.",
])
def test_a_head_that_was_not_struck_is_no_trauma(findings_of, text):
    assert "present" not in assertions(findings_of, text, "trauma")


# --- trauma: a fall named by how it happened, or told again as "the fall" ----------------------

@pytest.mark.parametrize("text", [
    "Reason for visit: new hip and low back pain after unwitnessed fall on the unit.",
    "Accidental fall at home 3/1, now low back pain with transfers.",
    "Wife says he has been limping and short of breath since the fall.",
    "New L1 wedge deformity on x-ray, acute from the 2/20 fall.",
])
def test_a_fall_told_by_its_circumstance_is_trauma(findings_of, text):
    assert "present" in assertions(findings_of, text, "trauma")


@pytest.mark.parametrize("text", [
    "Low back pain since the fall of 2024, gradual, no injury.",
    "High fall risk; fall precautions in place. Chronic LBP.",
    "Back pain began in the fall semester, no injury.",
])
def test_a_season_or_a_risk_of_falling_is_no_trauma(findings_of, text):
    assert "present" not in assertions(findings_of, text, "trauma")


def test_the_fall_told_again_leaves_a_worse_since_progression_alone(findings_of):
    text = "Back pain is worse since the fall; now radiating to the L calf."
    assert "present" in assertions(findings_of, text, "symptom_progression")
    assert "present" in assertions(findings_of, text, "trauma")


# --- values: a visit's date is no count, little help is a failure, a questioned film is ------
# --- nondiagnostic; each beside the look-alike that keeps its old reading ----------------------

@pytest.mark.parametrize("text, code, key, expected", [
    # the day of a visit's date is no count of visits; a count still is
    ("Physical therapy since 08/01, re-assessed at the 09/14 visit: no improvement.",
     "physical_therapy", "visits", None),
    ("Physical therapy since 08/01, 14 visits so far, no improvement.",
     "physical_therapy", "visits", 14),
    # little help is a failed course; real help is still an improvement
    ("Chiropractic 2x/wk for 6 weeks with minimal help.", "chiropractic_care", "outcome", "failed"),
    ("Physical therapy helped a little but the pain returned after discharge.",
     "physical_therapy", "outcome", "failed"),
    ("Did 8 weeks of PT; minimally helpful.", "physical_therapy", "outcome", "failed"),
    ("Physical therapy helped a lot; back at work full duty.",
     "physical_therapy", "outcome", "improved"),
    ("PT for 6 weeks with good relief of the leg pain.", "physical_therapy", "outcome", "improved"),
    # a plain film that only questions its finding is nondiagnostic; a stated one abnormal
    ("XR L-spine with obliques 10/01/2025: questionable lucency at the L L5 pars, not definite.",
     "prior_xray", "result", "nondiagnostic"),
    ("Lumbar radiographs 10/01/2025: possible pars defect at L5, not definitely seen.",
     "prior_xray", "result", "nondiagnostic"),
    ("XR L-spine with obliques 10/01/2025: bilateral L5 pars defects, grade 1 listhesis.",
     "prior_xray", "result", "abnormal"),
])
def test_value_read(findings_of, text, code, key, expected):
    assert value(findings_of, text, code, key) == expected


# --- a home programme that failed stays failed when the plan continues it ---------------------

def test_continue_hep_does_not_undo_a_stated_failure(findings_of):
    text = ("History: home exercise program daily for 8 weeks, no improvement in the back pain.\n\n"
            "Plan: CT lumbar spine. Continue HEP.")
    assert value(findings_of, text, "home_exercise_program", "outcome") == "failed"


def test_continue_hep_alone_is_ongoing(findings_of):
    text = "History: doing a home exercise program daily.\n\nPlan: Continue HEP, follow up 4 weeks."
    assert value(findings_of, text, "home_exercise_program", "outcome") == "ongoing"


# --- 5-/5 is a weak muscle -------------------------------------------------------------------

def test_five_minus_is_weakness_below_full_strength(findings_of):
    text = "Motor: R TA 5-/5, otherwise 5/5 in both legs."
    found = [f for f in of_code(findings_of, text, "motor_weakness") if f.assertion == "present"]
    assert found and found[0].value.grade == 4 and found[0].value.grade_text == "5-/5"


def test_five_of_five_is_no_weakness(findings_of):
    text = "Motor: R TA 5/5, EHL 5/5, strength full in both legs."
    assert "present" not in assertions(findings_of, text, "motor_weakness")


# --- a plan's date without its year is ahead of the note ---------------------------------------

def test_a_tentative_date_is_a_planned_procedure_not_a_prior_one(findings_of):
    text = ("Date: 11/20/2026\nA/P: L1 osteoporotic compression fracture, not improving.\n"
            "Plan: CT lumbar spine. Vertebroplasty tentatively 12/08.")
    received = dt.date(2026, 11, 21)
    assert "present" not in assertions(findings_of, text, "prior_spine_surgery", received)
    assert "present" in assertions(findings_of, text, "intervention_planned", received)


def test_a_past_date_without_its_year_is_still_a_prior_procedure(findings_of):
    text = "Date: 11/20/2026\nHPI: Had vertebroplasty 10/02 at L1 with good relief, now new T12 pain."
    received = dt.date(2026, 11, 21)
    assert "present" in assertions(findings_of, text, "prior_spine_surgery", received)


# --- a procedure weighed in a consult is no prior surgery --------------------------------------

def test_a_procedure_evaluation_is_a_plan(findings_of):
    text = "Reason for consult: L2 compression fracture, vertebroplasty evaluation."
    assert "present" not in assertions(findings_of, text, "prior_spine_surgery")
    assert "present" in assertions(findings_of, text, "intervention_planned")


def test_a_procedure_done_is_still_prior_surgery(findings_of):
    text = "History: s/p L4-5 fusion 2019, now adjacent level pain."
    assert "present" in assertions(findings_of, text, "prior_spine_surgery")


# --- "numb down there" is the saddle in lay words -------------------------------------------

@pytest.mark.parametrize("text", [
    'CC: low back pain for 2 weeks, now "numb down there" since this morning.',
    "Since noon he is numb down below and could not feel the toilet paper.",
])
def test_numb_down_there_is_saddle_numbness(findings_of, text):
    assert "present" in assertions(findings_of, text, "saddle_anesthesia")


@pytest.mark.parametrize("text", [
    "R foot numb down below the ankle, L5 pattern.",
    'CC: back pain, "numb down there?" - unsure, wants it checked.',
])
def test_a_limb_numb_below_a_joint_or_a_question_is_no_saddle_numbness(findings_of, text):
    assert "present" not in assertions(findings_of, text, "saddle_anesthesia")


# --- a therapy's lone date is not an injection's or a study's beside it -----------------------

@pytest.mark.parametrize("text, start", [
    # the date is the injection's: the PT has no start
    ("Date: 11/20/2026\nL5 TFESI 10/02/2026 with 2 days of relief, then PT started, no change.", None),
    # the therapy's own date, an injection dated after it
    ("Date: 11/20/2026\nPT started 09/10/2026 for the leg pain, ESI 10/20/2026.", dt.date(2026, 9, 10)),
    # a date in the therapy's own parenthesis, the injections' dates in theirs
    ("Date: 11/20/2026\nFailed PT x 8 wks (spring 2026), 2 ESIs (01/2026, 04/2026).",
     dt.date(2026, 3, 1)),
])
def test_a_therapy_start_is_its_own_date(findings_of, text, start):
    assert value(findings_of, text, "physical_therapy", "start", dt.date(2026, 11, 21)) == start


# --- a course the sentence says goes on and fails has failed; "no change yet" is too soon ------

@pytest.mark.parametrize("text, code, expected", [
    ("Treatment so far: PT 03/02/2025 - 04/18/2025 (10 visits) - did not change his sitting tolerance.",
     "physical_therapy", "failed"),
    ('Treatments tried: chiropractic 01/2025 - 03/2025, "did nothing"; naproxen.',
     "chiropractic_care", "failed"),
    ('Conservative tx: PT 01/05-02/16/2025 (6 wks) - "no progress, discharged".',
     "physical_therapy", "failed"),
    # look-alikes: a young course not yet judged, and a home programme going on
    ("PT started 02/10/2026, 3 visits so far, no change yet.", "physical_therapy", "ongoing"),
    ("Doing his HEP so far, no change in the pain.", "home_exercise_program", "ongoing"),
])
def test_a_going_course_said_to_fail_has_failed(findings_of, text, code, expected):
    assert value(findings_of, text, code, "outcome") == expected
