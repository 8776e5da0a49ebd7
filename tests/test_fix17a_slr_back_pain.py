"""A straight-leg raise that brings on back pain alone, or stops at tight hamstrings, is no
root tension sign (ANNOTATION: not positive); one that reproduces the leg pain is positive."""

import pytest


@pytest.mark.parametrize("text", [
    "SLR on the right causes only axial back pain at 60 degrees.",
    "Straight leg raise elicits low back pain only, bilaterally.",
    "SLR: LBP, no radiating leg symptoms.",
    "Straight leg raise reproduces back pain without radiation below the knee.",
    "SLR left limited by hamstring tightness at 50 degrees.",
    "SLR bilaterally: tight hamstrings, no radicular pain.",
])
def test_back_pain_or_tight_hamstrings_alone_is_no_positive_slr(assertions_of, text):
    assert assertions_of(text, "positive_straight_leg_raise") == {"absent"}


@pytest.mark.parametrize("text", [
    "SLR positive on the left at 35 degrees, reproducing her calf pain.",
    "Straight leg raise reproduces back and right leg pain.",
    "SLR reproduces back pain radiating into the posterior thigh.",
])
def test_an_slr_that_brings_on_leg_pain_is_positive(assertions_of, text):
    assert assertions_of(text, "positive_straight_leg_raise") == {"present"}
