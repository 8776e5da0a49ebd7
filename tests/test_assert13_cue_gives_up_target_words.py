"""A cue whose last words begin a target gives them up whichever way it looks: "is not using a
walker" matched the two-way denial "has not started" (which takes "using") over the first word
of the target "using a walker", and medspaCy dropped the cue for the overlap - the walker was
read as used."""

import pytest


@pytest.mark.parametrize("text, want", [
    ("He is not using a walker at home.", {"absent"}),
    ("Not using a cane anymore.", {"absent"}),
    # look-alikes: no denial, or one of another clause
    ("Using a cane since the fall.", {"present"}),
    ("Has not started PT; using a cane outdoors.", {"present"}),
])
def test_a_denied_walking_aid(findings_of, text, want):
    table, _ = findings_of(text)
    assert table.get("gait_abnormality") == want


def test_the_denial_still_reaches_a_therapy(findings_of):
    table, _ = findings_of("She has not started physical therapy.")
    assert table.get("physical_therapy") == {"absent"}


def test_a_refusal_the_target_reads_is_not_denied_twice(findings_of):
    # the target "declines injections" reads the refusal itself: the two-way cue "she
    # declines" does not give up "declines" to deny it once more
    table, _ = findings_of("He declines injections for now.")
    assert table.get("epidural_steroid_injection") == {"absent"}
