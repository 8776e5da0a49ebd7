"""Readings mended by mend26b from the lists left in corpora/dev/ERRORS_d875-d886.md and
ERRORS_d887-d898.md (d893-d898).

- "No ca hx": "ca" shortened before the history it names is a cancer (d875: malignancy absent
  missed); a lab's "Ca 9.1" is no cancer.
- "[ ] Suspected tumor or infection": a PA form's red-flag item names a tumor suspected (d884:
  malignancy absent missed); a benign lesion's "no tumor" on a report still reads nothing.
- "Oxycodone ... started today" in the Plan is a prescription written at this visit
  (hypothetical: DETERMINATIONS d253, d345, d881); a PT course begun today was had.
- "ankle jerks absent (documented absent 2024 by PCP)": the year dates the earlier record of a
  sign still there, not an old episode (d898: reflex_abnormality read historical).
- "ambulates a few steps with walker", "indep w/ walker at baseline": a walking aid after a
  walking word is a gait abnormality (d894).
- "return for bowel/bladder\\nloss": the line break between the pair and its dysfunction word
  still gives the bladder (d877).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import clinic_note as _note


# --- "ca hx" -----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "PMH: asthma, GERD. No ca hx. No IVDU.",
    "ROS: denies fevers. Pt denies any CA history.",
])
def test_ca_before_history_is_a_cancer(assertions_of, body):
    assert assertions_of(_note(body), "malignancy") == {"absent"}


def test_calcium_is_no_cancer(assertions_of):
    assert assertions_of(_note("Labs: Na 139, K 4.1, Ca 9.4, Cr 0.9."), "malignancy") == set()


def test_named_cancer_keeps_its_reading(assertions_of):
    assert assertions_of(_note("PMH: colon ca 2017, resected, in remission."),
                         "malignancy") == {"present"}


# --- "[ ] Suspected tumor" ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Clinical indications: [ ] Suspected tumor or infection  [X] Radicular pain > 6 wks",
    "Red flags reviewed: [ ] suspected spinal tumor [ ] fracture",
])
def test_empty_box_of_a_suspected_tumor_denies_it(assertions_of, body):
    assert assertions_of(_note(body), "malignancy") == {"absent"}


def test_ticked_box_of_a_suspected_tumor_weighs_it(assertions_of):
    assert assertions_of(_note("Clinical indications: [X] Suspected tumor  [ ] Trauma"),
                         "malignancy") == {"possible"}


def test_bare_tumor_on_a_report_stays_unread(assertions_of):
    assert assertions_of(_note("MRI L-spine: L2 hemangioma, benign; no tumor."),
                         "malignancy") == set()


# --- a drug started today ----------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Assessment and plan:\n1. Lumbar radiculopathy. Hydrocodone 5/325 q6h prn started today.",
     "analgesic"),
    ("Plan: Prednisone taper started today; f/u 2 weeks.", "oral_steroid"),
])
def test_drug_started_today_in_the_plan_is_prescribed(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


def test_therapy_course_begun_today_was_had(assertions_of):
    assert assertions_of(_note("Plan: PT started today, 2x/week for 6 weeks."),
                         "physical_therapy") == {"present"}


# --- a sign documented in an earlier year ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Exam: knee jerks absent bilaterally (documented absent 2023 by his neurologist).",
    "Exam: absent L ankle reflex, first documented 2022 by PCP.",
])
def test_sign_documented_years_ago_is_still_there(assertions_of, body):
    assert assertions_of(_note(body), "reflex_abnormality") == {"present"}


def test_sign_of_an_old_year_now_normal_is_past(assertions_of):
    assert assertions_of(_note("Exam: L ankle jerk absent in 2022, now 2+ and symmetric."),
                         "reflex_abnormality") == {"historical"}


# --- a walker after a walking word -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Functional status: walks only a few steps with her walker.",
    "Exam: pt ambulates 15 ft with a rolling walker in the hallway.",
    "HPI: 79 yo F, lives with her son, independent with rollator at baseline.",
])
def test_walking_with_a_walker_is_a_gait_abnormality(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == {"present"}


@pytest.mark.parametrize("body", [
    "Plan: DME - rolling walker ordered.",
    "Social: independent with ambulation, no walker or cane.",
])
def test_walker_not_walked_with_is_no_gait(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == set()


# --- bowel/bladder across a line break ---------------------------------------------------------

def test_bowel_bladder_pair_over_a_line_break_gives_both(assertions_of):
    text = _note("Return precautions: go to the ED for new bowel/bladder\nloss or leg weakness.")
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}
    assert assertions_of(text, "bowel_dysfunction") == {"hypothetical"}


def test_bowel_bladder_pair_over_a_line_break_normal(assertions_of):
    text = _note("ROS: B/B\nnormal, no fevers.")
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}
