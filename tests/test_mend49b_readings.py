"""Exam, sign and symptom readings of the blind batch e881-e920 (session 49, mend49b).

1. "Hoffmann not tested", "Babinski not tested": the exam item was not done - no finding (dev
   gold has no span on "not tested" in 25 texts; e914 read it absent).
2. A relative told the patient's precautions ("Son instructed: ...", "reviewed w/ pt +
   daughter: ...") or telling of the patient after a parenthesis ("Son (RN) read ...") is no
   relative with a finding (ANNOTATION "Relatives as informants"; e888, e897, e899).
3. "like his father's cervical stenosis, who needed a fusion": the finding after a relative's
   possessive is the relative's, through its "who" clause (e897).
4. "bring to ED for ...", "take to ER if ...": an instruction, its items hypothetical
   (e899).
5. "... leg weakness -> go to ED": an arrow from an alarm to where to go, the verb written out,
   as "-> ED" (e915).
6. "goes away if he sits or leans on a cart": a symptom's relief told with "if" is how it
   behaves, no condition (e902).
7. "Lhermitte-type electric sensations": Lhermitte named, myelopathy_signs - not paresthesia
   (e903).
"""

import pytest

from note_text import clinic_note as _note


UMN = "upper_motor_neuron_signs"
REFLEX = "reflex_abnormality"
GAIT = "gait_abnormality"
MOTOR = "motor_weakness"
PARES = "paresthesia"
STENOSIS = "spinal_stenosis"
SURGERY = "prior_spine_surgery"
CLAUD = "neurogenic_claudication"
MYELO = "myelopathy_signs"


@pytest.mark.parametrize("sentence, code", [
    ("Strength 5/5 in both legs. Babinski not tested.", UMN),
    ("Strength 5/5 bilat. Reflexes not tested today.", REFLEX),
    ("Neuro grossly intact. Gait not tested (on a backboard).", GAIT),
])
def test_not_tested_is_no_finding(assertions_of, sentence, code):
    assert assertions_of(_note(sentence), code) == set()


def test_not_tested_beside_a_found_sign(assertions_of):
    # must not: a sign found stays present beside another not tested
    text = _note("Hoffmann positive on the L. Babinski not tested.")
    assert assertions_of(text, UMN) == {"present"}


def test_relative_instructed_gets_the_patients_precautions(assertions_of):
    text = _note("Pt refused transfer, left with her grandson. Grandson instructed: bring to "
                 "ED for arm weakness, hand numbness or loss of bowel control.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}
    assert assertions_of(text, PARES) == {"hypothetical"}


def test_precautions_reviewed_with_patient_and_relative(assertions_of):
    text = _note("Alarm signs gone over w/ pt + husband: new arm weakness, trouble "
                 "urinating -> ED now.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}


def test_relative_with_a_parenthesis_reads_of_the_patient(assertions_of):
    text = _note("Husband (a paramedic) read the report and thinks the tingling in her "
                 "hands comes from her neck.")
    assert assertions_of(text, PARES) == {"present"}


def test_relative_with_a_parenthesis_and_own_finding(assertions_of):
    # must not: a relative's own history after a parenthesis stays the relative's
    text = _note("Sister (age 58) had a lumbar fusion for stenosis.")
    assert assertions_of(text, SURGERY) == {"family"}


def test_like_a_relatives_finding(assertions_of):
    text = _note("Daughter (a nurse) says the hand tingling may be from the neck like his "
                 "brother's lumbar stenosis, who needed a laminectomy.")
    assert assertions_of(text, PARES) == {"present"}
    assert assertions_of(text, STENOSIS) == {"family"}
    assert assertions_of(text, SURGERY) == {"family"}


def test_like_a_relative_alone_compares(assertions_of):
    # must not: "like her mother" without a possessive leaves the patient's finding hers
    text = _note("Numbness in both hands, like her mother.")
    assert assertions_of(text, PARES) == {"present"}


def test_take_to_the_er_if(assertions_of):
    text = _note("Caregiver sheet: take to ER if new leg weakness.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}


def test_arrow_to_go_to_the_ed(assertions_of):
    text = _note("Warning signs covered: groin numbness, trouble voiding, foot weakness -> "
                 "go to ED.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}


def test_relief_told_with_if(assertions_of):
    text = _note("Thighs ache and go heavy after 10 min of walking, better if she sits or "
                 "leans on a grocery cart.")
    assert assertions_of(text, CLAUD) == {"present"}


def test_condition_with_if_stays(assertions_of):
    # must not: a call-back's "if" keeps its condition
    text = _note("Call if the leg weakness returns.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}


def test_lhermitte_type_sensations(assertions_of):
    text = _note("Neck stiff. Denies Lhermitte-type electric sensations.")
    assert assertions_of(text, MYELO) == {"absent"}
    assert assertions_of(text, PARES) == set()


@pytest.mark.parametrize("sentence", [
    "No hand clumsiness, no leg weakness. Walking fine. No bladder change.",
    "Denies numbness in the feet, walking ok, sleeping poorly.",
])
def test_walking_fine_is_a_normal_gait(assertions_of, sentence):
    assert assertions_of(_note(sentence), GAIT) == {"absent"}


def test_reviewed_with_patient_and_wife_still_teaches(assertions_of):
    # must not: "reviewed with patient and wife" stays the teaching cue (its items taught)
    text = _note("Red flags gone over with patient and wife: new arm weakness, groin numbness.")
    assert assertions_of(text, MOTOR) == {"hypothetical"}
