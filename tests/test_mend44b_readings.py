"""Exam, sign and symptom readings of the blind batch e681-e720 (session 44, mend44b).

1. "antalgic posture": a posture (a lean or list while standing) is no gait; the lexicon
   held both readings of the phrase, and the gait one won.
2. "without change": as "no change", the negation is of a change; a finding after the comma
   is not denied with it.
3. "Sensibility conserved": the word translated notes use for sensation, intact.
4. "Lasegue and Bragard negatives": a translated note's plural of the postfix "negative".
"""

import pytest

from note_text import clinic_note as _note
from note_text import section_note

DERM = "dermatomal_sensory_loss"
GAIT = "gait_abnormality"
PAR = "paresthesia"
SLR = "positive_straight_leg_raise"


@pytest.mark.parametrize("body,expected", [
    ("Exam: antalgic posture, paravertebral contracture L4-5.", set()),
    ("Posture: antalgic lean to the R.", set()),
    # must not: an antalgic gait is still one
    ("Exam: antalgic posture; gait antalgic on the R.", {"present"}),
    ("Walks with an antalgic limp.", {"present"}),
])
def test_an_antalgic_posture_is_no_gait_abnormality(assertions_of, body, expected):
    assert assertions_of(_note(body), GAIT) == expected


@pytest.mark.parametrize("body,expected", [
    ("Leg pain without change, numbness of the L big toe persists.", {"present"}),
    ("Back pain w/o any change; tingling in the R foot most days.", {"present"}),
    # must not: a denial of the symptom itself, and the bowel/bladder change denied
    ("Back pain without numbness or tingling.", {"absent"}),
])
def test_without_change_denies_no_finding_after_it(assertions_of, body, expected):
    assert assertions_of(_note(body), PAR) == expected


def test_without_change_in_bladder_function_is_still_a_denial(assertions_of):
    body = "Low back pain without change in bowel or bladder function."
    assert assertions_of(_note(body), "bladder_dysfunction") == {"absent"}


@pytest.mark.parametrize("body,expected", [
    ("Sensibility conserved in both lower limbs.", {"absent"}),
    ("Sensibility: preserved.", {"absent"}),
    ("Sensation conserved to light touch and pin.", {"absent"}),
    # must not: a loss told with the same word
    ("Diminished sensibility over the L lateral foot (S1).", {"present"}),
])
def test_sensibility_conserved_is_an_intact_sensory_exam(assertions_of, body, expected):
    assert assertions_of(section_note(body, "Physical exam"), DERM) == expected


@pytest.mark.parametrize("body,expected", [
    ("Lasegue and Bragard negatives bilateral.", {"absent"}),
    # must not: a positive test beside it
    ("Lasegue positive on the L at 40 degrees.", {"present"}),
])
def test_negatives_denies_the_tests_before_it(assertions_of, body, expected):
    assert assertions_of(section_note(body, "Physical exam"), SLR) == expected
