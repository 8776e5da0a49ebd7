"""An exam the note dates is that day's exam: "Last office visit 9/1/2026: R biceps 4/5" in a
telephone note was an in-person exam of the note's day, so eviCore's "in-person evaluation
within 60 days" was met by an exam 80 days old (found by probing: a false met)."""

import pytest

_PHONE = ("Telephone encounter 11/20/2026\nSpoke with patient re: neck pain radiating to the R "
          "hand x 10 weeks. Completed 6 weeks of PT 9/1-10/13 without improvement; still taking "
          "meloxicam. {exam}\nPlan: order MRI cervical spine.\n")


def _exam_dates(review_note, exam):
    result = review_note(_PHONE.format(exam=exam), age=55, cpt="72141")
    dates = {f.value.date.isoformat() for f in result.findings
             if f.code == "in_person_exam" and f.assertion == "present"}
    evicore = next(d for d in result.determinations if d.guideline == "evicore-spine")
    return dates, evicore.outcome


@pytest.mark.parametrize("exam", [
    "Last office visit 9/1/2026: R biceps 4/5, decreased sensation R lateral forearm.",
    "Office visit on 09/01/2026 - R biceps 4/5, decreased sensation R lateral forearm.",
])
def test_an_exam_dated_80_days_back_is_not_within_60_days(review_note, exam):
    assert _exam_dates(review_note, exam) == ({"2026-09-01"}, "not_met")


def test_an_exam_dated_30_days_back_is(review_note):
    exam = "Last office visit 10/21/2026: R biceps 4/5, decreased sensation R lateral forearm."
    assert _exam_dates(review_note, exam) == ({"2026-10-21"}, "met")
