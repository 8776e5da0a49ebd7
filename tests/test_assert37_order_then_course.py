"""An earlier order told in the history, followed by the course it led to (session 37, assert37).

"PT ordered 11/24 but he could not get in until 12/08; has had 3 PT visits", "told to start PT.
PT started 10/29", "a short course of physical therapy was ordered which she then completed":
the order is the course's start, present (ANNOTATION 'Treatment not yet begun': a prescription
given at an earlier visit and told in the history was taken). Near-misses keep their reading:
an order whose first session is still to come, an order made today, an order in the Plan.
"""

import pytest

PT = "physical_therapy"


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


@pytest.mark.parametrize("body", [
    "Back pain since Sept. PT ordered 10/02 but she could not get in until 10/20; has had 5 PT visits since.",
    "Urgent care 10/12 gave meloxicam and told him to start PT. PT began 10/19, 6 visits, little change.",
    "Meloxicam daily and a short course of physical therapy was ordered which he then completed, 6 weeks in all.",
    "PT ordered and she went to Lakeside Rehab twice a week through 11/15.",
    "PT referral placed 10/05. First PT visit was 10/14; she has been 8 times.",
])
def test_an_order_followed_by_its_course_is_the_course(assertions_of, body):
    assert assertions_of(_note(body), PT) == {"present"}


@pytest.mark.parametrize("body", [
    "PT ordered today. Did PT in 2019 with good result.",
    "Told to start PT; first appointment is next week.",
])
def test_an_order_with_no_course_after_it_stays_planned(assertions_of, body):
    assert "hypothetical" in assertions_of(_note(body), PT)


def test_an_order_in_the_plan_stays_planned(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: Back pain 3 wks, had PT in 2019 for the same.\n"
            "Plan: PT ordered. Has had PT before with good result.\n")
    assert "hypothetical" in assertions_of(text, PT)
