"""Exam, sign and symptom readings of the blind batch e641-e680 (session 43, mend43b).

1. "Sens: ↓ PP L long finger (C7)": a scribe's down arrow for "decreased" before a sensory
   modality, set off by a space (the word-boundary the pattern opened with could not
   stand before the arrow).
2. "can't lift the kids w/o leg pain": what the patient cannot do without the pain has the
   pain; the negation is of the ability.
3. "Calf claudication, likely arterial, not neurogenic": a claudication the note says is not
   neurogenic is denied.
4. "hip flex R 4/5, pain-limited, full w/ encouragement": a weak grade the examiner says
   comes up to full with encouragement is no objective weakness.
5. "Decreased LT dorsum R foot (superficial + deep fibular territory)": a peripheral nerve's
   territory is no dermatome's.
"""

import pytest

from note_text import clinic_note as _note

DERM = "dermatomal_sensory_loss"
RAD = "radicular_pain"
LBP = "low_back_pain"
NC = "neurogenic_claudication"
MW = "motor_weakness"


@pytest.mark.parametrize("body,expected", [
    ("Sens: ↓ PP R lateral foot & little toe (S1).", {"present"}),
    ("Sensory: ↓ LT L lateral forearm and thumb (C6).", {"present"}),
    # must not: the arrow is not itself a denial, and an intact exam stays one
    ("Sens: intact LT and PP both legs.", {"absent"}),
])
def test_a_down_arrow_before_a_sensory_modality_is_a_decrease(assertions_of, body, expected):
    assert assertions_of(_note(body), DERM) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Can't carry the laundry basket w/o R leg pain.", RAD, {"present"}),
    ("She is unable to stand at the sink without back pain.", LBP, {"present"}),
    # must not: a plain denial, and a walk done without pain
    ("Denies any R leg pain.", RAD, {"absent"}),
    ("Walks a mile without back pain now.", LBP, {"absent"}),
    # must not: the clinician's doubt is no double negative
    ("An early foot drop cannot be excluded without an exam.", "foot_drop", {"possible"}),
])
def test_what_the_patient_cannot_do_without_the_pain_has_the_pain(assertions_of, body, code,
                                                                    expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,expected", [
    ("A/P: 2. Calf claudication, likely arterial, not neurogenic.", {"absent"}),
    ("Leg claudication is vascular (ABI 0.5), not neurogenic.", {"absent"}),
    ("This is not neurogenic claudication in my judgment.", {"absent"}),
    # must not: a neurogenic claudication with another thing called not neurogenic
    ("Neurogenic claudication at 1 block. Urinary urgency from BPH, not neurogenic.",
     {"present"}),
])
def test_a_claudication_called_not_neurogenic_is_denied(assertions_of, body, expected):
    assert assertions_of(_note(body), NC) == expected


@pytest.mark.parametrize("body,expected", [
    ("Strength: hip flex R 4/5, pain-limited, full w/ encouragement.", {"absent"}),
    ("Motor: EHL 4/5 with breakaway, full strength with encouragement.", {"absent"}),
    # must not: a weak grade in a sentence before the one that names the encouragement
    ("Motor: EHL 4/5; quads full with encouragement.", {"present"}),
])
def test_a_grade_that_comes_up_to_full_with_encouragement_is_no_weakness(assertions_of, body,
                                                                         expected):
    assert assertions_of(_note(body), MW) == expected


@pytest.mark.parametrize("body,expected", [
    ("Decreased LT first web space/dorsum R foot (superficial + deep fibular territory).",
     set()),
    ("Decreased LT lateral thigh (LFCN distribution), no weakness.", set()),
    # must not: a dermatome named
    ("Decreased LT dorsum R foot and first web space (L5).", {"present"}),
])
def test_a_peripheral_nerve_territory_is_no_dermatome(assertions_of, body, expected):
    assert assertions_of(_note(body), DERM) == expected
