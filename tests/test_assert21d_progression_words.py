"""A program progressed is no symptom progressing (session 21, assert21d).

symptom_progression is "symptoms worsening or progressing". Therapy notes use the same verbs
for the program: "the home program was progressed", "progressed to land sessions", "traction
10 lb progressing to 15 lb", "progressing well toward goals", "return-to-sport progression".
Those are no symptom progression; a symptom or a deficit that progresses still is.
"""

import pytest


@pytest.mark.parametrize("text", [
    "PT: form good, so the home program was progressed today. Neck pain unchanged.",
    "Course: started with supine work; progressed to standing exercises by week 3. LBP 4/10.",
    "Treatment: lumbar traction (10 lb progressing to 15 lb), core stabilization. LBP 5/10.",
    "A: Pt progressing well toward goals; low back pain 3/10.",
    "Plan: graded return-to-sport progression once neck pain resolves.",
])
def test_a_program_progressed_is_no_symptom_progression(assertions_of, text):
    assert "present" not in assertions_of(text, "symptom_progression")


@pytest.mark.parametrize("text", [
    # look-alikes: the symptom or the deficit progresses
    "HPI: the numbness has progressed to the whole foot over a week.",
    "HPI: left leg weakness progressed over 3 days.",
    "HPI: leg pain progressing despite 6 weeks of PT.",
    "HPI: arm pain progressing to the fingers since Monday.",
    "A: rapid progression of the weakness; MRI today.",
])
def test_a_symptom_that_progresses_is_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"present"}
