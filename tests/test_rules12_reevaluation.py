"""eviCore SP-1.0: 'Clinical re-evaluation can include documentation of an in-person encounter
or documentation of other meaningful contact with the requesting provider's office by the
individual (e.g., telephone call, electronic mail, telemedicine, or messaging).' A video or
telephone visit after the course (the notes record it as no in-person exam) is that contact
(dev d363); the in-person exam that opened the episode, before the course, is not."""

import datetime as dt

from spinecite.extractors.models import Evidence, ExamValue, Finding, TherapyValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 30)


def said(code, text, on, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=on,
                   evidence=[Evidence(document=f"note-{on}", start=0, end=len(text), text=text)])


def outcome(*contact):
    seen, course_end = dt.date(2026, 10, 6), dt.date(2026, 11, 20)
    findings = (
        said("in_person_exam", "Exam:", seen, value=ExamValue(date=seen)),
        said("neck_pain", "L neck pain", seen), said("radicular_pain", "shooting into the L arm", seen),
        said("physical_therapy", "PT", course_end,
             value=TherapyValue(weeks=6, outcome="failed", start=dt.date(2026, 10, 9), end=course_end)),
        *contact)
    return evaluate(load_all()["evicore-spine"], "72141", CaseFacts(RECEIVED, 46, findings)).outcome


def test_a_video_visit_after_the_course_is_its_re_evaluation():
    video = dt.date(2026, 11, 24)
    assert outcome() == "not_met"
    assert outcome(said("in_person_exam", "VIDEO VISIT", video, "absent",
                        ExamValue(date=video))) == "met"
    # no contact at all: an order written from the therapist's summary
    assert outcome(said("in_person_exam", "patient not seen", video, "absent",
                        ExamValue(date=video))) == "not_met"
