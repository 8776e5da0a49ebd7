"""Blind batch d675-d686 (session 22), lexicon.

d675/d684/d686: "felt a pop in the neck", "felt a pull in the right low back", 'felt "pop" L
low back' - the region that gave way is where the pain is (dev gold: d269, d395, d590, d607,
d624); the pipeline read only the trauma. The region's pain is read from the words after the
pop, so the trauma keeps its own span; a pop heard at an adjustment is no pain.

d677: "Since last night pain into BOTH legs" read night pain: "last night" dates the pain.
"""

import pytest


@pytest.mark.parametrize("text, code", [
    ("Felt a pop in the neck lifting a pallet, then pain down the R arm.", "neck_pain"),
    ("He felt a pull in the right low back 3 weeks ago while pulling a transmission.", "low_back_pain"),
    ('Deadlifting at the gym, felt "pop" L low back.', "low_back_pain"),
    ("Felt something pop in her lower back shoveling snow.", "low_back_pain"),
    ("Felt a pull in the back of his neck lifting a tire.", "neck_pain"),
    ("Felt a sharp pull between her shoulder blades reaching overhead.", "thoracic_pain"),
])
def test_the_region_that_gave_way_is_its_pain(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_the_trauma_keeps_its_reading(assertions_of):
    assert assertions_of("Felt a pop in the low back lifting a box.", "trauma") == {"present"}
    assert assertions_of('Felt "pop" in the low back at the gym.', "trauma") == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Heard a pop in the neck with the adjustment; no pain afterwards.", "neck_pain"),
    ("Pull-ups in the gym, no back symptoms.", "low_back_pain"),
])
def test_no_pain_from_a_heard_pop(assertions_of, text, code):
    assert "present" not in assertions_of(text, code)


@pytest.mark.parametrize("text", [
    "Since last night pain into both legs, 9/10.",
    "Saturday night pain shot down the left leg after the move.",
    "The previous night pain kept building in the thigh.",
])
def test_a_dated_night_is_no_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == set()


@pytest.mark.parametrize("text, want", [
    ("Reports night pain and morning stiffness.", {"present"}),
    ("Night pain: yes, wakes 2x.", {"present"}),
    ("Denies night pain.", {"absent"}),
])
def test_night_pain_keeps_its_reading(assertions_of, text, want):
    assert assertions_of(text, "night_pain") == want
