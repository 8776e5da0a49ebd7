"""assert22d: a course of two or more conservative treatments the note says failed is
conservative_care_failed (ANNOTATION `conservative_care_failed`, "no improvement despite PT and
NSAIDs"), whatever drug names the second one: celecoxib, diclofenac, pregabalin, duloxetine,
tizanidine count as naproxen and gabapentin already did; "no response to" a list reads as "no
relief with" it. A single therapy, a condition or a plan keeps its reading. Every sentence is
new."""
import pytest

CCF = "conservative_care_failed"


@pytest.mark.parametrize("text", [
    "Assessment: L5 radiculopathy. Failed >8 wks PT + diclofenac + duloxetine.",
    "A/P: Right C6 radiculopathy - failed 7 weeks of therapy visits, celecoxib and tizanidine.",
    "Assessment: Failed PT and pregabalin; MRI to plan an injection.",
    "Assessment: No response to >6 weeks of PT, meloxicam and gabapentin.",
    "HPI: She has had no response to 2 months of chiropractic care and diclofenac.",
])
def test_a_failed_course_of_two_treatments_is_present(assertions_of, text):
    assert assertions_of(text, CCF) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: if no response to PT and celecoxib in 6 weeks, consider an ESI.",
    "HPI: She has had no response to the injection yet. Continue PT and meloxicam.",
    "Plan: start celecoxib and PT; recheck in four weeks.",
    "HPI: Celecoxib helped a great deal; PT is going well.",
])
def test_a_condition_a_plan_or_a_course_that_helps_is_no_failed_course(assertions_of, text):
    assert assertions_of(text, CCF) == set()


@pytest.mark.parametrize("text", [
    "Assessment: Failed 6 weeks of PT and NSAIDs.",
    "Assessment: Failed PT + naproxen.",
])
def test_look_alike_failed_courses_keep_their_reading(assertions_of, text):
    assert assertions_of(text, CCF) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: Imaging deferred. If not improved after 6 weeks of PT, we will reassess.",
    "Plan: if still no better after 4 weeks of chiropractic care, refer to physiatry.",
])
def test_a_course_that_may_fail_is_no_failed_course(assertions_of, text):
    assert assertions_of(text, CCF) == set()


def test_a_course_stated_failed_with_its_weeks_keeps_its_reading(assertions_of):
    assert assertions_of("Assessment: Neck pain, not improved after 8 weeks of PT.", CCF) == {"present"}
