"""Readings behind determinations, urgency and red flags (session 38, mend38d; the blind batch
e441-e480). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A review-of-systems grid whose rows check one cell ("Fever / night sweats        X" under
   "ROS grid (pt-completed)      Y   N", or "Weight loss   |   | X" under "ROS   | + | -"):
   the check under N / No / - denies the row's label, under Y / Yes / + it leaves it.
2. An unchecked box whose label lists its items with spaced slashes ("[ ] Red flag (cancer /
   infection / fracture / cauda equina)") denies each item, as a comma list does.
3. A consent's list of a procedure's risks is no finding: "Risks include bleeding, infection,
   epidural abscess" (the items after the infection too) and "Consent reviewed & signed:
   bleeding, infection, ...".
4. "mum" is a mother ("My mum had cauda equina"): the relative's finding is family.
5. A "CES card" (a safety-net card named by the condition it warns of) is no finding.
6. A study's date followed by a when-clause ("present on her 2019 film, when she had a fall")
   dates what the clause tells: the fall is historical.
7. A weakness named give-way ("give-way weakness entire R LE, 5/5 with encouragement") is no
   objective weakness (ANNOTATION "Give-way weakness"); a loss "in stocking from the groin
   down" or closed by ", circumferential." is no dermatome's.
"""

import pytest

from note_text import section_note as _note


# ---- 1. one-check grids -------------------------------------------------------------------

def _grid(header, answers, rows):
    """A grid whose header ends in two answer cells and whose rows check one of them: each
    row's check stands in its answer's column ("yes" or "no"), a remark after it if given."""
    line = header.ljust(40) + answers[0] + "   " + answers[1]
    yes, no = 40, 40 + len(answers[0]) + 3
    out = [line]
    for label, answer, *remark in rows:
        row = label.ljust(yes if answer == "yes" else no) + "X"
        out.append(row + ("    " + remark[0] if remark else ""))
    return "\n".join(out) + "\n"


_YN_GRID = _grid("Symptom checklist (filled by patient)", ("Y", "N"), [
    ("Fevers or sweats", "no"), ("Losing weight without trying", "no"),
    ("Accidents with bladder or bowel", "no"), ("Back pain", "yes")])

_YESNO_GRID = _grid("Since the fall I have had:", ("Yes", "No"), [
    ("Back pain", "yes"), ("Time off work", "yes", "(2 days)"),
    ("Trouble controlling my bladder", "no")])

_BAR_GRID = ("Review of systems      | + | -\n"
             "Fevers, chills         |   | X\n"
             "Unintentional wt loss  |   | X\n"
             "Low back pain          | X |\n")


@pytest.mark.parametrize("grid, code, expected", [
    (_YN_GRID, "fever", {"absent"}),
    (_YN_GRID, "unexplained_weight_loss", {"absent"}),
    (_YN_GRID, "bladder_dysfunction", {"absent"}),
    (_YN_GRID, "low_back_pain", {"present"}),
    (_YESNO_GRID, "bladder_dysfunction", {"absent"}),
    (_YESNO_GRID, "low_back_pain", {"present"}),
    (_BAR_GRID, "fever", {"absent"}),
    (_BAR_GRID, "unexplained_weight_loss", {"absent"}),
    (_BAR_GRID, "low_back_pain", {"present"}),
])
def test_a_one_check_grid_row_is_answered_by_its_column(assertions_of, grid, code, expected):
    assert assertions_of(f"Clinic 11/27/2026\n{grid}\n", code) == expected


def test_a_lone_x_outside_a_grid_denies_nothing(assertions_of):
    assert assertions_of(_note("Fever to 38.9 for 3 days, worse with PT 2 x"), "fever") == {
        "present"}


# ---- 2. unchecked box over a slashed list -------------------------------------------------

@pytest.mark.parametrize("code", ["malignancy", "cauda_equina_syndrome"])
def test_an_unchecked_box_denies_its_slashed_items(assertions_of, code):
    form = ("Indications (check all that apply)\n[ ] Radiculopathy\n"
            "[ ] Red flag (tumor or cancer / spine infection / cauda equina)\n"
            "[X] Work injury\n")
    assert assertions_of(f"Clinic 11/27/2026\n{form}", code) == {"absent"}


def test_a_checked_box_keeps_its_slashed_items(assertions_of):
    form = "Indications\n[X] Red flag (cancer / cauda equina)\n[ ] Radiculopathy\n"
    assert "absent" not in assertions_of(f"Clinic 11/27/2026\n{form}",
                                         "cauda_equina_syndrome")


# ---- 3. consent risk lists -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Risks include bleeding, infection, epidural abscess, nerve damage.",
    "Risks discussed including bleeding, infection incl. epidural abscess, headache.",
    "Consent reviewed and signed: bleeding, infection, epidural abscess, nerve irritation.",
    "Consent (both levels): bleeding, epidural abscess, vasovagal.",
])
def test_a_consents_risk_list_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body, "Procedure"), "spinal_infection") == set()


def test_a_consent_line_that_names_the_patients_condition_keeps_it(assertions_of):
    body = "Consent: the patient, who has an epidural abscess on MRI, agrees to drainage."
    assert assertions_of(_note(body, "Procedure"), "spinal_infection") == {"present"}


# ---- 4. mum ------------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("My mum had cauda equina and needed surgery at 50.", "cauda_equina_syndrome"),
    ("Her mum's problems began with numbness in the saddle area.", "saddle_anesthesia"),
])
def test_mum_is_a_relative(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"family"}


# ---- 5. CES card ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "CES card given and explained.",
    "Cauda equina warning card provided today.",
])
def test_a_ces_card_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "cauda_equina_syndrome") == set()


def test_a_condition_named_before_a_card_in_another_clause_stays(assertions_of):
    body = "Suspected cauda equina syndrome - leaflet given, sent to ED."
    assert assertions_of(_note(body, "Assessment"), "cauda_equina_syndrome") == {"possible"}


# ---- 6. a study's date with a when-clause ------------------------------------------------------

def test_a_when_clause_after_a_studys_date_is_that_years_episode(assertions_of):
    body = ("The old T8 wedge deformity was also seen on her 2018 film, when she had a few "
            "weeks of back pain after a fall on ice.")
    assert assertions_of(_note(body), "trauma") == {"historical"}


def test_a_study_date_alone_does_not_date_a_new_fall(assertions_of):
    body = "She fell down the stairs yesterday; her 2019 MRI was normal."
    assert assertions_of(_note(body), "trauma") == {"present"}


# ---- 7. give-way weakness, stocking and circumferential loss -----------------------------------

def test_give_way_weakness_is_no_weakness(assertions_of):
    body = "Give-way weakness entire L leg, full 5/5 power briefly with encouragement."
    assert assertions_of(_note(body, "Exam"), "motor_weakness") == {"absent"}


def test_a_graded_deficit_beside_give_way_is_still_weakness(assertions_of):
    body = "L EHL 4/5, hip flexors 4+/5 with give-way."
    assert "present" in assertions_of(_note(body, "Exam"), "motor_weakness")


@pytest.mark.parametrize("body", [
    "Sensory loss to LT L leg in stocking from groin down.",
    "Sensation: reduced to pinprick over the entire L leg, circumferential.",
])
def test_a_stocking_or_circumferential_loss_is_no_dermatomes(assertions_of, body):
    assert "present" not in assertions_of(_note(body, "Exam"), "dermatomal_sensory_loss")


def test_a_dermatomal_loss_beside_a_circumferential_measure_stays(assertions_of):
    body = "Sensation decreased over the L5 dermatome; circumferential calf 36 cm."
    assert assertions_of(_note(body, "Exam"), "dermatomal_sensory_loss") == {"present"}


def test_what_a_grid_rows_label_excepts_is_not_denied(assertions_of):
    grid = ("ROS                          | + | -\n"
            "Hand weakness (other than numb fingertips) | | X\n")
    text = f"Clinic 11/27/2026\n{grid}\n"
    assert assertions_of(text, "paresthesia") == {"present"}
    assert assertions_of(text, "motor_weakness") == {"absent"}
