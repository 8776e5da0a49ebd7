"""A therapy's start date in a Plan: begun before the note, or booked just after it.

"deltoid 4/5 at PT eval 11/16" in an A/P is a course under way (present), but "PT referral,
first visit 12/04" on a note of 11/27 is booked: the year-less date just after the note is
read as last year's, most of a year before the note, and must not make the order a course
under way. Every sentence is written here, none copied from the corpus."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Clinic 11/27/2026\nPlan: PT referral placed, first visit 12/04.\n", {"hypothetical"}),
    ("Clinic 11/27/2026\nPlan:\n- Keep PT start date 12/01; PT 2x/week for 4 weeks.\n",
     {"hypothetical"}),
    ("Clinic 11/27/2026\nA/P: hip flexor weakness noted at PT eval 11/10, continue PT.\n",
     {"present"}),
])
def test_a_plans_therapy_start_is_read_by_its_distance(assertions_of, text, expected):
    assert assertions_of(text, "physical_therapy") == expected
