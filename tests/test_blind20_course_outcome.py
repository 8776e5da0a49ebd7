"""A course its own dates close ("Treatment so far: PT 06/15/2026 - 08/03/2026 (7 weeks) - no
better") is not going on: what the sentence says of it besides is its outcome (blind batch d636:
the 7 failed weeks of PT read as no outcome, so chronic claudication was not met). An outing the
patient has given up ("stopped going to her grandson's games") limits her activity."""

import datetime as dt

import pytest

DAY = dt.date(2026, 12, 10)


@pytest.mark.parametrize("text", [
    "Treatment so far: PT 06/15/2026 - 08/03/2026 (7 weeks) - no better.",
    "Therapy so far: PT 9/1/2026 to 10/20/2026 x 7 wks, no better.",
])
def test_a_closed_course_takes_its_failure(findings_of, text):
    _, result = findings_of(text, received=DAY, date=DAY)
    pt = [f for f in result.findings if f.code == "physical_therapy"]
    assert pt and pt[0].value.outcome == "failed"


def test_a_course_still_running_stays_ongoing(findings_of):
    _, result = findings_of("Treatment so far: PT since 11/20/2026, currently attending.",
                            received=DAY, date=DAY)
    pt = [f for f in result.findings if f.code == "physical_therapy"]
    assert pt and pt[0].value.outcome == "ongoing"


@pytest.mark.parametrize("text, want", [
    ("She has stopped going to her grandson's games because of the walk.", {"present"}),
    ("He quit attending church services since the leg pain started.", {"present"}),
    ("Has given up going to his weekly card games.", {"present"}),
    # look-alikes: a therapy or an errand stopped is no outing given up
    ("She stopped going to PT after 3 visits.", None),
    ("He stopped going to the store for her.", None),
])
def test_an_outing_given_up_is_a_functional_limit(findings_of, text, want):
    table, _ = findings_of(text)
    assert table.get("functional_impairment") == want
