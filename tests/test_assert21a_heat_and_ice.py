"""assert21a: heat or ice told as what the patient uses, what helped or what she stopped is
an activity modification tried (present); in a Plan list beside walking or staying active it
is advice (hypothetical), and continued ("Continue ..., heat and walking") it goes on
(present). Ice that is a surface, a sport or a pair of cleats is no treatment. Every sentence
is new."""
import pytest

MOD = "activity_modification"


@pytest.mark.parametrize("text", [
    "HPI: Meloxicam for the past ten days and heat have\nhelped; she is about half better.",
    "HPI: Ice has helped a little at night.",
    "HPI: Heat has not helped much so far.",
    "HPI: Icing after games and taking ibuprofen before practice.",
    "HPI: She has been using naproxen 220 mg twice a day and ice, and feels better.",
    "HPI: Acetaminophen helped a bit; he stopped the ice after two days.",
    "HPI: Stopped using heat because it made the ache worse.",
])
def test_heat_or_ice_tried_is_present(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


def test_heat_named_again_in_the_plan_after_it_helped_is_continued(assertions_of):
    text = ("HPI: Ibuprofen 400 mg for a week and heat have helped.\n"
            "Plan: continue ibuprofen for one more week; heat; stretching handout.")
    assert assertions_of(text, MOD) == {"present"}


def test_continued_heat_and_walking_is_present(assertions_of):
    assert assertions_of("Plan: Continue meloxicam with food, heat and walking.", MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: naproxen 500 mg BID x 10 days, heat, stay active.",
    "Plan: Meloxicam 15 mg daily, heat and walking; recheck in 3 weeks.",
])
def test_heat_advised_in_the_plan_is_hypothetical(assertions_of, text):
    assert assertions_of(text, MOD) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "HPI: She slipped on the ice and has helped her husband shovel since.",
    "HPI: Fell on ice two days ago; the heat has been hard to bear in the kitchen.",
    "HPI: He quit ice hockey this season because of the pain.",
    "HPI: Using a walker and ice cleats since the fall.",
])
def test_ice_that_is_no_treatment_is_no_finding(assertions_of, text):
    assert assertions_of(text, MOD) == set()
