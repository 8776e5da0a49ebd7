"""Gait read as normal (session 22, assert22c).

- ANNOTATION "Exam companions": a gait the examiner calls only slow and, in the same
  description, steady, normal or nonantalgic ("Gait slow but steady", "Gait normal, slow") is
  no gait abnormality: absent. A slow gait with an abnormal word ("slow, guarded", "slow and
  antalgic", "steady w/ cane") stays present.
- Walking into the room, the clinic or the office without difficulty is a normal gait seen by
  the examiner (absent), as walking in the hall without a limp already was.
- "Gait narrow-based and steady" is a normal gait (absent).
"""

import pytest

EXAM = "HPI: Low back pain for 2 weeks after lifting.\nExam: Strength 5/5, reflexes 2+. {}\n"


@pytest.mark.parametrize("gait", [
    "Gait slow but steady.",
    "Gait is a little slow but nonantalgic.",
    "Gait: slow, steady.",
    "Gait normal, just slow.",
    "He walks into the exam room without difficulty.",
    "She walked to the office without any difficulty.",
    "Gait narrow-based and steady.",
])
def test_a_gait_called_normal_is_no_abnormality(assertions_of, gait):
    assert assertions_of(EXAM.format(gait), "gait_abnormality") == {"absent"}


@pytest.mark.parametrize("gait", [
    "Gait slow, guarded.",
    "Gait slow and antalgic on the left.",
    "Gait is slow, steady w/ cane.",
    "Gait wide-based and unsteady.",
])
def test_a_slow_gait_with_an_abnormal_word_stays_present(assertions_of, gait):
    assert "present" in assertions_of(EXAM.format(gait), "gait_abnormality")


@pytest.mark.parametrize("gait", [
    # look-alikes: an aid, or no verdict on the gait at all
    "He walked to the exam room with a walker.",
    "Gait slow but steady with a cane.",
])
def test_walking_with_an_aid_is_not_read_as_normal(assertions_of, gait):
    assert "absent" not in assertions_of(EXAM.format(gait), "gait_abnormality")
