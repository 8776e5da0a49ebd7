"""Readings mended after the blind cases e011-e020 (corpora/dev/ERRORS_e011-e020.md, left P
items; corpora/dev/MEND28b.md).

- An intake form's answer set off by two or more spaces ("Any numbness/tingling?  NO")
  closes its question as "? No" does (e012).
- Saddle-area words joined by a slash ("saddle/groin numbness") are one saddle finding, not
  paresthesia (e012).
- Sleep that is fine "once he finds a position" is sleep undisturbed: night pain absent
  (dev gold d506, d551, d873, e012).
- "wakes w/ arm pain": woken by the pain, night pain present; not a past "was waking with
  pain" (e013).
- "no implants" on an MRI screen denies a contraindication (dev gold d189, d349, d442, d835,
  e001, e015); an operation's "no implants were placed" is none.
- "normal bone density", "DEXA 2024 normal" deny osteoporosis (dev gold d157, e019).
- "as a school custodian" is a job at a school, not a school age long past (e020).
- Exercises whose handout is "given today" are to be done, though a "continue" opens the
  list (ANNOTATION "Home programs given"; d229, e019).
- "wait and see if the naproxen works": the drug is taken already, continued (e014).
- A therapist's signature with its credentials slashed, "MSPT", or a date after them is no
  therapy (e031).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import clinic_note as _note


# --- a form's answer after a wider gap ------------------------------------------------------

@pytest.mark.parametrize("line, code", [
    ("Any tingling in the feet?   NO", "paresthesia"),
    ("Leg weakness?  no", "motor_weakness"),
])
def test_a_question_answered_no_after_a_gap_denies_it(assertions_of, line, code):
    text = _note(f"Intake questions\nWhere is the pain? low back\n{line}\nPain score? 6")
    assert assertions_of(text, code) == {"absent"}


def test_a_question_answered_yes_after_a_gap_stays(assertions_of):
    text = _note("Intake questions\nAny leg weakness?   YES\nPain score? 6")
    assert assertions_of(text, "motor_weakness") == {"present"}


# --- saddle-area words joined by a slash --------------------------------------------------

@pytest.mark.parametrize("sentence, assertion", [
    ("She denies perineal/saddle numbness or incontinence.", "absent"),
    ("Now reports groin/saddle tingling since yesterday.", "present"),
])
def test_slashed_saddle_words_are_a_saddle_finding(assertions_of, sentence, assertion):
    text = _note(f"HPI: low back pain for 2 weeks. {sentence}")
    assert assertions_of(text, "saddle_anesthesia") == {assertion}
    assert "present" not in assertions_of(text, "paresthesia")


def test_slashed_limb_words_stay_paresthesia(assertions_of):
    text = _note("HPI: low back pain for 2 weeks. Denies calf/foot numbness.")
    assert assertions_of(text, "paresthesia") == {"absent"}
    assert assertions_of(text, "saddle_anesthesia") == set()


# --- sleep fine once settled ----------------------------------------------------------------

def test_sleep_fine_once_comfortable_denies_night_pain(assertions_of):
    text = _note("HPI: neck pain for 3 weeks. Sleeps fine once she gets comfortable on her side.")
    assert assertions_of(text, "night_pain") == {"absent"}


def test_sleep_broken_by_pain_stays_night_pain(assertions_of):
    text = _note("HPI: neck pain for 3 weeks. Sleep is disturbed by the pain most nights.")
    assert assertions_of(text, "night_pain") == {"present"}


# --- woken by the pain ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- naps in a chair, wakes w/ leg pain",
    "Often wakes up with back pain and has to walk it off.",
])
def test_waking_with_pain_is_night_pain(assertions_of, line):
    assert assertions_of(_note(f"HPI: sciatica 5 weeks.\n{line}\nExam: SLR +"),
                         "night_pain") == {"present"}


def test_waking_with_pain_told_as_past_is_not_present(assertions_of):
    text = _note("HPI: sciatica 5 weeks, better. Sleeping well now; was waking w/ pain in week one.")
    assert "present" not in assertions_of(text, "night_pain")


# --- no implants on an MRI screen -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Plan: lumbar MRI (safety checklist done - no implants).",
    "MRI is fine: he has no metallic implants and no pacemaker.",
])
def test_no_implants_denies_a_contraindication(assertions_of, sentence):
    assert assertions_of(_note(f"HPI: back pain.\n{sentence}"),
                         "mri_contraindication") == {"absent"}


def test_no_implants_placed_at_an_operation_is_no_screen(assertions_of):
    text = _note("PSH: 2019 L5-S1 laminotomy, no implants were used.")
    assert assertions_of(text, "mri_contraindication") == set()


# --- a normal bone density ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "PMH: hypothyroid. DXA 2023: normal.",
    "PMH: hypothyroid. Bone density was normal on screening.",
])
def test_a_normal_bone_density_denies_osteoporosis(assertions_of, line):
    assert assertions_of(_note(line), "osteoporosis") == {"absent"}


def test_a_low_bone_density_stays_osteoporosis(assertions_of):
    assert assertions_of(_note("PMH: DXA 2023 showed low bone density."),
                         "osteoporosis") == {"present"}


# --- a job at a school ----------------------------------------------------------------------

def test_working_full_time_as_a_school_employee_denies_impairment(assertions_of):
    text = _note("Social: works full time as a school bus driver, no time off.")
    assert assertions_of(text, "functional_impairment") == {"absent"}


def test_an_injury_in_high_school_stays_long_past(assertions_of):
    text = _note("HPI: low back pain. He hurt his back playing hockey in high school.")
    assert assertions_of(text, "trauma") == {"historical"}


# --- a handout given today ------------------------------------------------------------------

def test_exercises_on_todays_handout_are_to_be_done(assertions_of):
    text = _note("HPI: mid back strain.\nPlan:\n- Continue acetaminophen, ice, and gentle "
                 "scapular stretching exercises (handout provided today).\n- Recheck 3 wks")
    assert assertions_of(text, "home_exercise_program") == {"hypothetical"}


def test_exercises_on_an_earlier_handout_stay_continued(assertions_of):
    text = _note("HPI: mid back strain.\nPlan:\n- Continue acetaminophen, ice, and core "
                 "stretches (handout given at the prior visit).\n- Recheck 3 wks")
    assert assertions_of(text, "home_exercise_program") == {"present"}


# --- waiting on a drug already taken --------------------------------------------------------

def test_waiting_to_see_if_the_drug_works_is_continued(assertions_of):
    text = _note("Plan:\n- Chiropractic discussed; she would rather see whether the ibuprofen "
                 "helps first.")
    assert assertions_of(text, "nsaid") == {"present"}


def test_a_drug_started_to_see_if_it_helps_is_planned(assertions_of):
    text = _note("Plan:\n- Begin meloxicam 15 mg daily and see if it helps.")
    assert assertions_of(text, "nsaid") == {"hypothetical"}


# --- a therapist's signature ----------------------------------------------------------------

@pytest.mark.parametrize("signature", [
    "B. Nakamura, PT, DPT    11/27/2026",
    "Colin Ferris PT/DPT",
    "D. Holm, MSPT",
])
def test_a_therapists_signature_is_no_therapy(assertions_of, signature):
    text = _note(f"HPI: low back pain for 10 days, nothing tried.\nPlan: walking, heat.\n{signature}")
    assert assertions_of(text, "physical_therapy") == set()


def test_therapy_ordered_with_a_date_stays_planned(assertions_of):
    text = _note("HPI: low back pain for 10 days.\nPlan: walking, heat, PT 2x/wk 11/27/2026")
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}


# --- a change in balance, a task kept short, the same as at onset ---------------------------

def test_a_balance_change_in_precautions_is_a_gait_sign_to_watch(assertions_of):
    text = _note("HPI: neck pain.\nPlan:\n- ED if arm weakness, a balance change or bowel trouble\n- f/u 3 wks")
    assert assertions_of(text, "gait_abnormality") == {"hypothetical"}


def test_no_change_in_balance_is_denied(assertions_of):
    text = _note("HPI: neck pain for 4 weeks, no change in her balance, no hand clumsiness.")
    assert assertions_of(text, "gait_abnormality") == {"absent"}


def test_avoiding_a_task_for_long_periods_is_advice(assertions_of):
    text = _note("HPI: low back pain.\nPlan:\n- Avoid the riding mower for prolonged periods; keep walking.")
    assert assertions_of(text, "activity_modification") == {"hypothetical"}


def test_avoiding_a_food_is_no_activity_advice(assertions_of):
    text = _note("HPI: low back pain.\nPlan:\n- Take naproxen with food; avoid alcohol.")
    assert assertions_of(text, "activity_modification") == set()


def test_the_same_as_on_the_first_day_denies_progression(assertions_of):
    text = _note('HPI: says her leg numbness is "just the same as the first day." Sitting is easier.')
    assert assertions_of(text, "symptom_progression") == {"absent"}


def test_worse_than_on_the_first_day_stays_progression(assertions_of):
    text = _note("HPI: leg numbness now spreading to the foot, worse than the first day.")
    assert "absent" not in assertions_of(text, "symptom_progression")
