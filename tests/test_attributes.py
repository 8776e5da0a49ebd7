"""Values a reviewer relies on: side, level, grade, score, therapy weeks and outcome."""

import datetime as dt


def finding(result, code, assertion="present"):
    found = [f for f in result.findings if f.code == code and f.assertion == assertion]
    assert found, [(f.code, f.assertion) for f in result.findings]
    return found[0]


def test_motor_grade_and_side(findings_of):
    _, result = findings_of("Exam: 4/5 L EHL, 4+/5 left ankle dorsiflexion.")
    f = finding(result, "motor_weakness")
    assert f.value.grade == 4
    assert f.laterality == "left"


def test_level_is_normalised(findings_of):
    _, result = findings_of("MRI 1/5/2026 showed L4-L5 disc herniation.")
    assert finding(result, "disc_herniation").level == "L4-5"


def test_pain_score(findings_of):
    _, result = findings_of("Pain 8/10, severe, worse with sitting.")
    assert finding(result, "severe_pain").value.score == 8


def test_therapy_weeks_from_dates(findings_of):
    _, result = findings_of("Physical therapy 12/1/2025 to 1/12/2026 without relief.",
                            received=dt.date(2026, 2, 1))
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks == 6.0
    assert pt.value.start == dt.date(2025, 12, 1)
    assert pt.value.outcome == "failed"
    assert pt.value.weeks_basis == "dates"


def test_therapy_weeks_stated(findings_of):
    _, result = findings_of("Pt did PT x6wks, no relief.")
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks == 6
    assert pt.value.outcome == "failed"


def test_visits_without_span_are_said_so(findings_of):
    _, result = findings_of("Attended 8 visits of physical therapy with minimal improvement.")
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks is None
    assert pt.value.visits == 8
    assert pt.value.weeks_basis == "visits_only"
