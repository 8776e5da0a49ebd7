"""A course's dates written in words or on a therapist's "Treated" line: "through the end of
<month>" closes a range on the month's last day; "Treated/Seen/Attended <date> - <date>" in a
PT or chiropractic note's header dates the course the header names."""

import datetime as dt

import pytest

from spinecite.pipeline.timex import find_time_expressions

RECEIVED = dt.date(2026, 12, 1)
DATE = dt.date(2026, 11, 27)
REF = dt.date(2026, 11, 27)


def _ranges(text):
    return [t for t in find_time_expressions(text, REF) if t.kind == "range"]


@pytest.mark.parametrize("text, start, end", [
    ("Attended therapy from mid-July through the end of August.", dt.date(2026, 7, 15), dt.date(2026, 8, 31)),
    ("Chiro from the beginning of June to the end of July, no help.", dt.date(2026, 6, 1), dt.date(2026, 7, 31)),
    ("Did PT from early September until end of October.", dt.date(2026, 9, 1), dt.date(2026, 10, 31)),
    ("Ibuprofen from the middle of March through the end of 2025.", dt.date(2025, 3, 15), dt.date(2025, 12, 31)),
])
def test_a_range_closed_by_the_end_of_a_month_runs_to_its_last_day(text, start, end):
    (r,) = _ranges(text)
    assert (r.start_date, r.end_date) == (start, end)
    assert r.weeks == round((end - start).days / 7, 1)


@pytest.mark.parametrize("text, start, end", [
    # a range opened at the end of a month starts late in it, not on its last day
    ("PT from the end of August to mid-October.", dt.date(2026, 8, 24), dt.date(2026, 10, 15)),
    # "late" is no close: the range ends where the note puts it
    ("PT from early August to late September.", dt.date(2026, 8, 1), dt.date(2026, 9, 21)),
])
def test_other_bounds_keep_their_day(text, start, end):
    (r,) = _ranges(text)
    assert (r.start_date, r.end_date) == (start, end)


def test_a_lone_end_of_a_month_is_no_range():
    text = "Her symptoms began at the end of September."
    assert not _ranges(text)
    (t,) = find_time_expressions(text, REF)
    assert t.kind == "date" and t.start_date == dt.date(2026, 9, 24)


def value_of(findings_of, text, code):
    _, result = findings_of(text, RECEIVED, date=DATE)
    values = [f.value for f in result.findings if f.code == code and f.assertion == "present"]
    assert values, code
    return values[0]


def test_physical_therapy_through_the_end_of_a_month(findings_of):
    text = ("Office visit. She had physical therapy from the middle of July through the end of "
            "September, with no relief.")
    v = value_of(findings_of, text, "physical_therapy")
    assert (v.start, v.end, v.weeks) == (dt.date(2026, 7, 15), dt.date(2026, 9, 30), 11.0)


@pytest.mark.parametrize("text, code, start, end", [
    ("Physical Therapy Discharge Summary 11/02/2026\nTreated 08/31/2026-10/26/2026 (8 weeks, "
     "14 visits) for neck pain. Pain unchanged.", "physical_therapy",
     dt.date(2026, 8, 31), dt.date(2026, 10, 26)),
    ("Chiropractic discharge note\nPatient seen 09/08/2026 - 10/30/2026, twice weekly. No lasting "
     "benefit.", "chiropractic_care", dt.date(2026, 9, 8), dt.date(2026, 10, 30)),
    ("PT progress note 11/20/2026\nAttended: 09/14/2026 to 11/20/2026. Minimal progress.",
     "physical_therapy", dt.date(2026, 9, 14), dt.date(2026, 11, 20)),
])
def test_a_treated_line_in_a_therapy_header_dates_its_course(findings_of, text, code, start, end):
    v = value_of(findings_of, text, code)
    assert (v.start, v.end) == (start, end)
    assert v.weeks == round((end - start).days / 7, 1)


def test_a_treated_range_in_the_body_of_an_office_note_is_not_a_therapy_header(findings_of):
    # past the header lines, a "seen" range is the office's own visits, not the PT course
    text = ("Spine clinic follow-up 11/20/2026\n55 yo F.\nLow back pain.\nNo red flags.\n"
            "Meds reviewed.\nVitals stable.\nSeen 08/03/2026 - 09/14/2026 in this clinic.\n"
            "She also did PT, no help.")
    v = value_of(findings_of, text, "physical_therapy")
    assert v.start is None and v.weeks is None


@pytest.mark.parametrize("text", [
    "Started a methylprednisolone taper 10/06 for the leg pain.",
    "Medrol Dosepak started 10/06, finished it.",
    "Given a short burst of oral prednisone 10/06.",
])
def test_a_taper_begun_on_a_date_does_not_run_on_to_the_note(findings_of, text):
    v = value_of(findings_of, text, "oral_steroid")
    assert v.start == dt.date(2026, 10, 6)
    assert v.weeks is None and v.outcome != "ongoing"


@pytest.mark.parametrize("text, code", [
    # a steroid taken daily from a date, no taper: still going on the note's date
    ("Oral prednisone started 10/06 by rheumatology, still taking it.", "oral_steroid"),
    # the taper beside it is not this drug's
    ("Celecoxib started 10/06 and she finished a steroid taper last month.", "nsaid"),
])
def test_a_course_begun_without_a_taper_still_runs(findings_of, text, code):
    v = value_of(findings_of, text, code)
    assert v.start == dt.date(2026, 10, 6)
    assert v.weeks == round((DATE - dt.date(2026, 10, 6)).days / 7, 1)
