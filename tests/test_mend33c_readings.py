"""Readings mended from the blind batch's determinations (session 33, mend33c: e243, e250,
e252, e278).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/MEND33C.md).
"""

import pytest

from readings import present_values as _values


# the evaluator's own credential heading an FCE or an evaluation page ("Evaluator: <name>, PT,
# OCS") is no course of physical therapy: read as one, it took the page's "validity criteria
# failed" as the course's outcome (e243)
@pytest.mark.parametrize("text", [
    "FUNCTIONAL CAPACITY EVALUATION\nEvaluator: Dana Whitcomb, PT, OCS\n\n"
    "Effort: 7 of 20 consistency checks failed.",
    "WORK CAPACITY SCREEN\nEvaluated by: R. Ostrander, DPT\n\nLifting floor to waist 20 lb.",
])
def test_an_evaluators_credential_is_no_therapy(assertions_of, text):
    assert "present" not in assertions_of(text, "physical_therapy")


def test_a_therapy_named_beside_the_evaluator_is_kept(assertions_of):
    # near-miss: the page also tells a course of therapy
    text = ("FUNCTIONAL CAPACITY EVALUATION\nEvaluator: Dana Whitcomb, PT, OCS\n\n"
            "History: treated with PT 09/01/26-10/20/26 (12 visits).")
    assert "present" in assertions_of(text, "physical_therapy")


# the pelvic floor graded in a pelvic or postpartum exam ("weak contraction (Oxford 2/5)") is no
# limb weakness (e278)
@pytest.mark.parametrize("text", [
    "Exam: perineum healed. Pelvic floor: weak squeeze, Oxford 1/5.",
    "Pelvic exam: weak pelvic floor, otherwise normal.",
])
def test_a_weak_pelvic_floor_is_no_limb_weakness(assertions_of, text):
    assert "present" not in assertions_of(text, "motor_weakness")


def test_a_weak_hip_flexor_is_still_weakness(assertions_of):
    # near-miss: a limb muscle graded weak in the same exam
    text = "Exam: pelvic floor intact. Left hip flexors weak, 4/5."
    assert "present" in assertions_of(text, "motor_weakness")


# a date opening its clause ("In 05/2021 he had a herniation with sciatica and a foot drop")
# dates every finding the clause tells, not only the diagnosis nearest it (e250)
@pytest.mark.parametrize("text", [
    "HPI: back strain x 2 wk. In 05/2021 he had an L4-5 disc protrusion on MRI with right "
    "sciatica and a right foot drop, treated with an injection.",
    "HPI: back strain x 2 wk. Back in 2019, an L5-S1 herniation with left sciatica and a left "
    "foot drop, managed with PT.",
])
def test_a_date_opening_the_clause_dates_all_it_tells(assertions_of, text):
    assert "present" not in assertions_of(text, "foot_drop")
    assert "historical" in assertions_of(text, "foot_drop")


def test_a_sign_told_after_a_dated_study_stays_now(assertions_of):
    # near-miss: the date is the study's, not the clause's
    text = "HPI: right foot drop noted today; an L4-5 protrusion was seen on the 05/2021 MRI."
    assert "present" in assertions_of(text, "foot_drop")


# "unimproved after N weeks of PT" is a failed course (e252)
def test_unimproved_after_a_course_is_failure(findings_of):
    text = "Assessment: L5 radiculopathy, unimproved after 7 weeks of physical therapy."
    values = _values(findings_of, text, "physical_therapy")
    assert any(getattr(v, "outcome", None) == "failed" for v in values)


def test_improved_after_a_course_is_kept(findings_of):
    # near-miss
    text = "Assessment: L5 radiculopathy, improved after 7 weeks of physical therapy."
    values = _values(findings_of, text, "physical_therapy")
    assert any(getattr(v, "outcome", None) == "improved" for v in values)


# a length said of the symptoms is the episode's, not the therapy's: "better with PT at 7 wks
# of symptoms / 4 wks of therapy" is a 4-week course (e237)
def test_a_length_of_the_symptoms_is_no_course_length(findings_of):
    text = "HPI: R sciatica, better with PT at ~7 wks of symptoms / 4 wks of therapy so far."
    values = _values(findings_of, text, "physical_therapy")
    assert values and all(getattr(v, "weeks", None) != 7.0 for v in values)


def test_a_length_of_the_course_is_kept(findings_of):
    # near-miss: the length is the course's
    text = "A/P: R sciatica, no better after 7 wks of PT."
    values = _values(findings_of, text, "physical_therapy")
    assert any(getattr(v, "weeks", None) == 7.0 for v in values)
