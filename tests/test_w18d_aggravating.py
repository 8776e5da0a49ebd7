"""What makes a pain worse is an aggravating factor, not a worsening of the pain over time
(symptom_progression): "sitting makes his back pain worse"; the pain said to be worse than
before, or worse since a time, still is."""
import pytest

CODE = "symptom_progression"


@pytest.mark.parametrize("text", [
    "Tried a chiropractor for 3 visits in June, stopped because it made her leg pain worse.",
    "Sitting for long periods makes his low back pain worse.",
    "Driving makes my sciatica much worse.",
    "Bending and lifting make the right leg pain worse; lying down helps.",
])
def test_what_makes_the_pain_worse_is_no_progression(assertions_of, text):
    assert assertions_of(text, CODE) == set()


@pytest.mark.parametrize("text", [
    "Leg pain worse since the beginning of October.",
    "Back pain worse over the last 3 weeks despite PT.",
    "His leg pain is worse than at the last visit, and sitting makes it worse.",
])
def test_a_pain_worse_over_time_is_still_progression(assertions_of, text):
    assert assertions_of(text, CODE) == {"present"}
