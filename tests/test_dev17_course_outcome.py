"""A whole course said to have made no (meaningful) difference failed; a course whose own
dates closed before the note is over, whatever goes on beside it."""

import datetime as dt

import pytest

RECEIVED = dt.date(2026, 12, 1)
DATE = dt.date(2026, 11, 27)


def value_of(findings_of, text, code):
    _, result = findings_of(text, RECEIVED, date=DATE)
    values = [f.value for f in result.findings if f.code == code and f.assertion == "present"]
    assert values, code
    return values[0]


@pytest.mark.parametrize("text", [
    "He did six weeks of PT and took naproxen and gabapentin. All of it has made no real "
    "difference to the leg pain.",
    "Eight weeks of chiropractic care, ibuprofen and a home stretching routine. The whole of "
    "it made little difference.",
    "Physical therapy, meloxicam and a Medrol dose pack; she says none of it has made any "
    "appreciable difference.",
    "The treatments so far have not made a meaningful difference in her sciatica despite "
    "PT and NSAIDs.",
])


def test_a_whole_course_without_difference_failed(assertions_of, text):
    assert assertions_of(text, "conservative_care_failed") == {"present"}


@pytest.mark.parametrize("text", [
    # one therapy's result is that therapy's outcome, not the whole course's
    "Physical therapy made no meaningful difference, so we will try naproxen.",
    # a difference that was made is no failure
    "The combination of PT and naproxen has made a real difference; she is back at work.",
    # a difference between sides is an exam, not a course
    "No significant difference in calf girth between the legs.",
    # a flare after sessions, not a course that failed
    "Back pain worse after PT sessions and massage, so both were paused this week.",
    # worse after an activity, the therapies only planned
    "Back pain worsening after lifting at work; plan PT and naproxen.",
    # one therapy only
    "Pain persisting after six weeks of physical therapy.",
    # one therapy failed; the drugs of the next sentence are no part of that course
    '"Failed 6 wks PT" per wife. Ibuprofen most days with little help; gabapentin at bedtime.',
])


def test_look_alikes_are_no_failed_course(assertions_of, text):
    assert "present" not in assertions_of(text, "conservative_care_failed")


def test_one_therapy_without_meaningful_difference_failed(findings_of):
    text = "Physical therapy twice a week for six weeks made no appreciable difference."
    assert value_of(findings_of, text, "physical_therapy").outcome == "failed"


@pytest.mark.parametrize("text", [
    "She attended physical therapy from September 14 to October 30 and continues the home "
    "program.",
    "PT 9/14/2026 - 10/30/2026, working on core strength; she still does the home exercises "
    "every day.",
])


def test_a_course_dated_closed_is_not_ongoing(findings_of, text):
    assert value_of(findings_of, text, "physical_therapy").outcome != "ongoing"


def test_a_course_still_running_stays_ongoing(findings_of):
    # look-alike: an open course that continues
    text = "He started physical therapy on 10/19/2026 and continues it twice a week."
    assert value_of(findings_of, text, "physical_therapy").outcome == "ongoing"


@pytest.mark.parametrize("text", [
    "Assessment: lumbar strain, worsening after 8 weeks of chiropractic care with a home "
    "program and ibuprofen.",
    "Impression: left L5 radiculopathy persisting after six weeks of physical therapy, "
    "naproxen and a prednisone taper.",
    "Still no better after a full 8-week course of physical therapy and meloxicam.",
    "Mid-back pain that has not responded to more than six weeks of PT together with an "
    "anti-inflammatory and a muscle relaxant.",
])


def test_symptoms_as_bad_after_a_course_of_two_therapies_failed_it(assertions_of, text):
    assert assertions_of(text, "conservative_care_failed") == {"present"}


def test_worse_after_a_course_is_also_a_progression(assertions_of):
    text = "Neck pain getting worse after seven weeks of PT, with stretching and naproxen."
    assert assertions_of(text, "symptom_progression") == {"present"}
