"""Session 21 (left21): a relative who is told what to watch for, given a task about the
patient, or worried about the patient's diagnosis is no family history (ANNOTATION
'Relatives as informants', 'Doubted diagnoses'); a bracket that dates its state to the first
visit ('arm pain 5/10 (8/10 at eval)') puts that state in the past (ANNOTATION 'Time words')."""

import pytest


# 1. precautions given to a relative: the items are the patient's, to come
@pytest.mark.parametrize("text, code", [
    ("Return precautions given to the son: new leg weakness, numbness or trouble passing urine.",
     "motor_weakness"),
    ("Warning signs reviewed with his wife: fever, new weakness.", "fever"),
    ("ED precautions explained to her daughter - saddle numbness, loss of bladder control.",
     "saddle_anesthesia"),
])
def test_precautions_given_to_a_relative_are_the_patients(assertions_of, text, code):
    assert assertions_of(text, code) == {"hypothetical"}


# 2. a relative given a task about the patient
@pytest.mark.parametrize("text, code", [
    ("Son to drive her to the ER if she develops leg weakness or cannot walk.", "motor_weakness"),
    ("Wife to call the office if he notices new numbness in his feet.", "paresthesia"),
    ("Daughter will bring him back if he has a fever.", "fever"),
])
def test_a_relative_given_a_task_is_no_family_history(assertions_of, text, code):
    assert "family" not in assertions_of(text, code)
    assert assertions_of(text, code)


# 3. a relative worried about the patient's diagnosis: a lay worry, possible
@pytest.mark.parametrize("text, code", [
    ("His mother (a nurse) is worried about a broken vertebra and wants a CT.", "spinal_fracture"),
    ("Husband (a retired teacher) concerned about a slipped disc.", "disc_herniation"),
    ("Her dad is worried it is a fracture.", "spinal_fracture"),
    ("Wife is afraid this is a spinal infection.", "spinal_infection"),
])
def test_a_relatives_worry_about_the_patient_is_possible(assertions_of, text, code):
    assert assertions_of(text, code) == {"possible"}


def test_a_relatives_worry_about_the_patients_pain_leaves_the_pain_present(assertions_of):
    assert assertions_of("Her husband is worried about her back pain.",
                         "low_back_pain") == {"present"}


# look-alikes that keep their family reading
@pytest.mark.parametrize("text, code", [
    ("Her mother had a vertebral fracture at 68.", "spinal_fracture"),
    ("Father had lumbar stenosis and was worried about surgery.", "spinal_stenosis"),
    ("His brother had a herniated disc; brother is worried about arthritis.", "disc_herniation"),
    ("Sister with breast cancer.", "malignancy"),
    ("Brother to undergo a lumbar fusion next month for spondylolisthesis.", "spondylolisthesis"),
])
def test_a_relatives_own_finding_stays_family(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


# 4. a bracket dating its state to the first visit
@pytest.mark.parametrize("text", [
    "Status at discharge: leg pain 4/10 (8/10 at eval), sitting 30 min.",
    "Neck pain 2/10 today (9/10 at the initial consult).",
    "Arm pain 3/10 (was 7/10 at IE).",
])
def test_a_bracket_dating_a_score_to_the_first_visit_is_history(assertions_of, text):
    assert assertions_of(text, "severe_pain") == {"historical"}


@pytest.mark.parametrize("text", [
    "Back pain 8/10 at evaluation today, worse with sitting.",
    "Pain 9/10 at eval.",
    "Leg pain 8/10 (worse at night).",
    "Pain 8/10 (at rest).",
])
def test_a_score_not_dated_to_an_earlier_visit_stays_present(assertions_of, text):
    assert assertions_of(text, "severe_pain") == {"present"}


# 5. a disability score given at the first visit and again for now is there now
@pytest.mark.parametrize("text", [
    "Outcome measures: Oswestry 52% at intake -> 46% today.",
    "Neck Disability Index 36% at intake, 34% at re-exam.",
    "ODI 40% at initial evaluation, 38% at discharge.",
])
def test_a_disability_score_repeated_for_now_is_present(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("text", [
    "ODI 48% at intake -> 10% today.",
    "Oswestry 44% at intake.",
    "Unable to stand more than 5 minutes at intake; now stands through a shift.",
])
def test_a_first_visits_limitation_that_is_over_stays_history(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"historical"}


def test_a_pain_score_at_intake_with_todays_stays_history(assertions_of):
    assert assertions_of("Leg pain 9/10 at intake, 2/10 today.", "severe_pain") == {"historical"}
