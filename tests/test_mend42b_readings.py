"""Exam, sign and symptom readings of the blind batch e601-e640 (session 42, mend42b).

1. "Neuro screen neg: LE strength 5/5": a negative heading its own details turns no normal
   grade round (the grade stays a denial of weakness); "strength not 5/5" still does.
2. "no driving if quad weakness worsens": a condition after a denied activity opens its own
   clause; the symptom it names is not denied.
3. "triceps absent L, 2+ R": a reflex named by its muscle alone, graded absent, its side after.
4. "R sural sensory normal", "median motor and sensory studies normal": a nerve conduction
   study's sensory response is no bedside sensory exam (no dermatome finding).
5. "decreased light touch over the entire R leg": a whole limb's sensory change is no
   dermatome's.
6. "Mom states son has had low back pain": a parent telling of the child is the informant,
   and the child is the patient; "Helping son move a sofa": the patient's own strain.
"""

import pytest

from note_text import clinic_note as _note

MW = "motor_weakness"
REFLEX = "reflex_abnormality"
DERM = "dermatomal_sensory_loss"
LBP = "low_back_pain"
DISC = "disc_herniation"


@pytest.mark.parametrize("body,expected", [
    ("O: Neuro screen neg: LE strength 5/5, SLR neg.", {"absent"}),
    ("Exam: neuro exam negative: strength 5/5 throughout.", {"absent"}),
    # must not: a negation at the grade still turns it round
    ("Exam: strength not 5/5 in the L EHL.", {"present"}),
])
def test_a_negative_heading_keeps_its_normal_details(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected


@pytest.mark.parametrize("body,expected", [
    # not denied; hypothetical, as a finding named in a condition is (R9, contract46)
    ("Plan: short hauls only; no driving if quad weakness worsens.", {"hypothetical"}),
    ("Plan: avoid ladders if leg weakness comes back.", {"hypothetical"}),
    # must not: a plain denial stays one
    ("Exam: no weakness. Plan: no driving for 2 days.", {"absent"}),
])
def test_a_condition_after_a_denied_activity_denies_nothing(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected


@pytest.mark.parametrize("body,expected", [
    ("Reflexes: biceps 2+ =, triceps absent L, 2+ R.", {"present"}),
    ("DTR: brachioradialis trace R, 2+ L; patellar 2+ =.", {"present"}),
    # must not: both sides normal
    ("Reflexes: biceps 2+ =, triceps 2+ =.", {"absent"}),
])
def test_a_reflex_graded_absent_with_its_side_after(assertions_of, body, expected):
    assert assertions_of(_note(body), REFLEX) == expected


@pytest.mark.parametrize("body,expected", [
    ("NCS: L sural sensory normal. L peroneal motor amplitude reduced.", set()),
    ("NCS: R median and ulnar motor and sensory studies normal.", set()),
    ("Sensory: reports decreased light touch over the entire R leg, pinprick intact.",
     {"absent"}),
    # must not: a dermatome's loss on the bedside exam stays
    ("Sensory: decreased pinprick L lateral calf and dorsum of foot (L5).", {"present"}),
])
def test_nerve_studies_and_whole_limbs_are_no_dermatome(assertions_of, body, expected):
    assert assertions_of(_note(body), DERM) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("HPI: Mom states son has had low back pain on and off for 10 days.", LBP, {"present"}),
    ("HPI: Father says his daughter has had back pain since the meet.", LBP, {"present"}),
    ("HPI: Helping son move a couch 11/02, low back pain since.", LBP, {"present"}),
    # must not: a relative's own history stays the relative's
    ("FH: Mom - herniated lumbar disc.", DISC, {"family"}),
])
def test_a_parent_telling_of_the_child(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
