"""AIM's thoracolumbar "Initial diagnosis of trauma" in a high-risk patient: "High-energy
mechanism of injury" read the trauma's words against a list that had "scaffold" but not
"scaffolding", and no storeys, balconies or trees, so a 25-year-old who fell 15 feet from
scaffolding with a T12-L1 step-off was not_met on every guideline (found by probing)."""

import pytest

_NOTE = ("ED 11/20/2026\n25M {} Severe midline thoracolumbar pain. Moves all extremities, "
         "strength 5/5, sensation intact.\nPlan: CT T-spine and L-spine trauma protocol.\n")


def _aim(review_note, mechanism):
    result = review_note(_NOTE.format(mechanism), age=25, cpt="72131")
    return next(d for d in result.determinations if d.guideline == "aim-spine")


@pytest.mark.parametrize("mechanism", [
    "fell 15 feet from scaffolding, landed on his back.",
    "fell from a second-story balcony onto his back.",
])
def test_a_fall_from_height_is_a_high_energy_mechanism(review_note, mechanism):
    aim = _aim(review_note, mechanism)
    assert aim.outcome == "met" and "fracture_trauma" in aim.basis


def test_a_fall_from_standing_is_not(review_note):
    assert _aim(review_note, "slipped on ice and fell onto his back.").outcome == "not_met"
