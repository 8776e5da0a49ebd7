"""A trip or slip that ends in a fall or a landing is trauma (present); one the sentence says
ended without a fall ("but did not fall", "without falling", "kept her balance") is a near
miss, no injury: trauma absent (as d228's 'tripped twice ..., no injury')."""

import pytest


@pytest.mark.parametrize("text", [
    "Tripped over a curb and fell onto her left side yesterday; low back pain since.",
    "He slipped on the wet deck and landed on his buttocks.",
    "Slipped on black ice last Friday and landed hard on her tailbone.",
    "Fell down four stairs at home 3 days ago.",
    # a fall the patient broke with a hand is still a fall
    "Fell on the stairs this morning, caught himself on the rail.",
])
def test_a_trip_or_slip_that_ends_in_a_fall_is_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "She tripped on the garden hose but did not fall.",
    "Tripped over the dog without falling; back pain began the next day.",
    "Slipped on the bathroom floor but kept her balance.",
    "He stumbled on a step but didn't fall.",
])
def test_a_trip_that_ended_without_a_fall_is_no_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == {"absent"}
