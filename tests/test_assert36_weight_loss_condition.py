"""assert36, fix 2: "she loses weight" / "weight drops" in a precaution or condition.

Notes write a weight loss to watch for in the present tense inside a call-back line ("Call if
pain wakes her at night, she loses weight, or new numbness", "If pain persists ..., wakes her at
night, or she loses weight, we will image" - ANNOTATION 'Lists'); the lexicon knew only "loses
weight without trying", so the item was missed and the finding read absent only (from "weight
stable") where gold has absent and hypothetical (dev d087, d354, d418, d659, e325, e329, e260).
Near-misses: the wish to lose weight ("wants him to lose weight") stays silent; a stated loss
outside a condition is present.
"""

import pytest

W = "unexplained_weight_loss"


def _note(body):
    return f"Clinic 11/27/2026\nHPI: Low back pain 3 weeks. Weight stable.\nPlan: {body}\n"


@pytest.mark.parametrize("body", [
    "If pain persists past 6 weeks, becomes constant, wakes her at night, or she loses weight, we will image.",
    "Call if pain wakes her at\nnight, she loses weight, or new numbness/weakness. Recheck 4 weeks.",
    "Recheck 6 wks, sooner if pain wakes him at night or he loses weight.",
    "Call sooner if the pain starts waking him at night, he loses weight, or he notices leg weakness.",
    "Call if pain starts waking her at night, weight drops without trying, fever, or leg weakness.",
])
def test_a_weight_loss_to_watch_for_is_hypothetical(assertions_of, body):
    assert assertions_of(_note(body), W) == {"absent", "hypothetical"}


def test_the_wish_to_lose_weight_stays_silent(assertions_of):
    note = "Clinic 11/27/2026\nHPI: Low back pain. His wife wants him to lose weight.\n"
    assert assertions_of(note, W) == set()


def test_a_stated_loss_is_present(assertions_of):
    note = "Clinic 11/27/2026\nHPI: She loses weight every month now, 8 lb since August.\n"
    assert assertions_of(note, W) == {"present"}
