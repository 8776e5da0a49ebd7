"""Behaviour of pipeline/timex.py: what a reviewer reading the extracted dates relies on."""
import dataclasses
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linear_time import grows_linearly
from spinecite.pipeline import timex

REF = date(2026, 2, 10)
D = date


def only(text, ref=REF):
    """The single expression found in text, with the text it covers."""
    found = timex.find_time_expressions(text, ref)
    assert len(found) == 1, [(text[t.start:t.end], t.kind) for t in found]
    return found[0], text[found[0].start:found[0].end]


# ---- API shape -----------------------------------------------------------------------------

def test_time_expression_fields_and_frozen():
    names = [f.name for f in dataclasses.fields(timex.TimeExpression)]
    assert names == ["start", "end", "kind", "start_date", "end_date", "weeks", "visits",
                     "precision", "approximate"]
    t, _ = only("12/1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.start = 3


# ---- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, covered, start, precision, approximate", [
    ("12/1/2025", "12/1/2025", D(2025, 12, 1), "day", False),
    ("12/01/25", "12/01/25", D(2025, 12, 1), "day", False),
    ("2025-12-01", "2025-12-01", D(2025, 12, 1), "day", False),
    ("12/1", "12/1", D(2025, 12, 1), "day", False),
    ("Dec 1, 2025", "Dec 1, 2025", D(2025, 12, 1), "day", False),
    ("DEC 1, 2025", "DEC 1, 2025", D(2025, 12, 1), "day", False),
    ("December 1st, 2025", "December 1st, 2025", D(2025, 12, 1), "day", False),
    ("1 Dec 2025", "1 Dec 2025", D(2025, 12, 1), "day", False),
    ("December 2025", "December 2025", D(2025, 12, 1), "month", False),
    ("Sept. 2023", "Sept. 2023", D(2023, 9, 1), "month", False),
    ("Dec '25", "Dec '25", D(2025, 12, 1), "month", False),
    ("11/2025", "11/2025", D(2025, 11, 1), "month", False),
    ("completed in March", "March", D(2025, 3, 1), "month", False),
    ("s/p fusion in 2015", "2015", D(2015, 1, 1), "year", False),
    ("back in 2018", "2018", D(2018, 1, 1), "year", False),
    ("mid-January", "mid-January", D(2026, 1, 15), "month", True),
    ("early March", "early March", D(2025, 3, 1), "month", True),
    ("late 2024", "late 2024", D(2024, 9, 1), "year", True),
    ("last month", "last month", D(2026, 1, 1), "month", False),
    ("last week", "last week", D(2026, 2, 3), "day", True),
    ("yesterday", "yesterday", D(2026, 2, 9), "day", False),
    ("seen today", "today", REF, "day", False),
    ("finished PT on 1/15", "1/15", D(2026, 1, 15), "day", False),
    ("summer 2024", "summer 2024", D(2024, 6, 1), "month", True),
])
def test_dates(text, covered, start, precision, approximate):
    t, got = only(text)
    assert (got, t.kind, t.start_date, t.end_date, t.weeks, t.visits) == (
        covered, "date", start, None, None, None)
    assert (t.precision, t.approximate) == (precision, approximate)


@pytest.mark.parametrize("text, ref, expected", [
    ("12/1", D(2026, 1, 5), D(2025, 12, 1)),        # December is last year in early January
    ("1/3", D(2026, 1, 5), D(2026, 1, 3)),
    ("2/12", D(2026, 1, 5), D(2025, 2, 12)),        # not yet this year: last year's
    ("1/12", D(2026, 1, 5), D(2026, 1, 12)),        # but a week ahead is a date to come
    ("PT start date 12/02", D(2026, 11, 30), D(2026, 12, 2)),
    ("seen 1/12", D(2026, 1, 5), D(2025, 1, 12)),   # told as done: the past one
    ("PT since 12/02", D(2026, 11, 30), D(2025, 12, 2)),
    ("1/25", D(2026, 1, 5), D(2025, 1, 25)),        # three weeks ahead: the past one
    ("on 1/5", D(2026, 1, 5), D(2026, 1, 5)),       # on the reference day counts
    ("in March", REF, D(2025, 3, 1)),
    ("in February", REF, D(2026, 2, 1)),
    ("Dec 31", D(2026, 1, 1), D(2025, 12, 31)),
    ("2/29", REF, D(2024, 2, 29)),                  # the last year that had one
])
def test_year_inference(text, ref, expected):
    t, _ = only(text, ref)
    assert t.start_date == expected


def test_two_digit_year_far_ahead_means_last_century():
    t, _ = only("1/2/60")
    assert t.start_date == D(1960, 1, 2)


# ---- ranges --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, covered, start, end, weeks, precision", [
    ("12/1\u20131/15", "12/1\u20131/15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("12/1-1/15", "12/1-1/15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("12/1/25 - 1/15/26", "12/1/25 - 1/15/26", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("PT from 12/1 to 1/15.", "from 12/1 to 1/15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("Dec 1 through Jan 15", "Dec 1 through Jan 15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("12/1 thru 1/15", "12/1 thru 1/15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("12/1 until 1/15", "12/1 until 1/15", D(2025, 12, 1), D(2026, 1, 15), 6.4, "day"),
    ("between December and February", "between December and February",
     D(2025, 12, 1), D(2026, 2, 28), 12.7, "month"),
    ("12/2025-2/2026", "12/2025-2/2026", D(2025, 12, 1), D(2026, 2, 28), 12.7, "month"),
    ("from 2019 to 2021", "from 2019 to 2021", D(2019, 1, 1), D(2021, 12, 31), 156.4, "year"),
    ("from 12/1 to present", "from 12/1 to present", D(2025, 12, 1), REF, 10.1, "day"),
])
def test_ranges(text, covered, start, end, weeks, precision):
    t, got = only(text)
    assert (got, t.kind, t.start_date, t.end_date, t.weeks, t.precision) == (
        covered, "range", start, end, weeks, precision)


@pytest.mark.parametrize("text, ref, start, end", [
    ("12/15-1/10", D(2026, 1, 20), D(2025, 12, 15), D(2026, 1, 10)),
    ("Dec 20 - Jan 5", D(2026, 1, 2), D(2024, 12, 20), D(2025, 1, 5)),  # Jan 5 2026 is ahead
    ("12/1/2025 - 1/15", REF, D(2025, 12, 1), D(2026, 1, 15)),         # end after a dated start
])
def test_range_year_inference_crosses_new_year(text, ref, start, end):
    t, _ = only(text, ref)
    assert (t.kind, t.start_date, t.end_date) == ("range", start, end)


def test_range_wins_over_its_parts():
    found = timex.find_time_expressions("PT 12/1/25 - 1/15/26 twice weekly", REF)
    assert [t.kind for t in found] == ["range"]


def test_backwards_dated_range_is_two_dates():
    found = timex.find_time_expressions("1/15/2026 - 12/1/2025", REF)
    assert [t.kind for t in found] == ["date", "date"]


# ---- durations -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, covered, weeks, approximate, precision", [
    ("PT 2x/wk x 6 weeks", "x 6 weeks", 6.0, False, "day"),
    ("x6wks", "x6wks", 6.0, False, "day"),
    ("LBP X 6 WK.", "X 6 WK", 6.0, False, "day"),
    ("6 wks", "6 wks", 6.0, False, "day"),
    ("for 6 weeks", "for 6 weeks", 6.0, False, "day"),
    ("six weeks", "six weeks", 6.0, False, "day"),
    ("twelve weeks", "twelve weeks", 12.0, False, "day"),
    ("two months", "two months", 8.7, False, "month"),
    ("3 mos", "3 mos", 13.0, False, "month"),
    ("1 yr", "1 yr", 52.1, False, "year"),
    ("10 days", "10 days", 1.4, False, "day"),
    ("1.5 months", "1.5 months", 6.5, False, "month"),
    ("a 6-week course", "6-week", 6.0, False, "day"),
    ("several weeks", "several weeks", None, True, "day"),
    ("a few weeks", "a few weeks", None, True, "day"),
    ("a couple of weeks", "a couple of weeks", 2.0, True, "day"),
    ("6-8 weeks", "6-8 weeks", 6.0, True, "day"),
    ("about 6 weeks", "about 6 weeks", 6.0, True, "day"),
    ("approx. 6 wks", "approx. 6 wks", 6.0, True, "day"),
    ("~2 months", "~2 months", 8.7, True, "month"),
    ("6+ weeks", "6+ weeks", 6.0, True, "day"),
    ("for a week", "for a week", 1.0, False, "day"),
])
def test_durations(text, covered, weeks, approximate, precision):
    t, got = only(text)
    assert (got, t.kind, t.weeks, t.approximate, t.precision) == (
        covered, "duration", weeks, approximate, precision)
    assert (t.start_date, t.end_date, t.visits) == (None, None, None)


@pytest.mark.parametrize("text, covered, weeks, start", [
    ("for the past two months", "for the past two months", 8.7, D(2025, 12, 10)),
    ("over the last 3 weeks", "over the last 3 weeks", 3.0, D(2026, 1, 20)),
    ("in the past month", "the past month", 4.3, D(2026, 1, 10)),
])
def test_anchored_durations_have_a_start(text, covered, weeks, start):
    t, got = only(text)
    assert (got, t.kind, t.weeks, t.start_date) == (covered, "duration", weeks, start)


@pytest.mark.parametrize("text, covered, weeks, visits", [
    ("6 visits over 3 weeks", "6 visits over 3 weeks", 3.0, 6),
    ("6 visits in 3 weeks", "6 visits in 3 weeks", 3.0, 6),
    ("8 PT sessions x 4 wks", "8 PT sessions x 4 wks", 4.0, 8),
    ("attended 8 sessions", "8 sessions", None, 8),
    ("12 visits", "12 visits", None, 12),
    ("twelve treatments", "twelve treatments", None, 12),
])
def test_visits(text, covered, weeks, visits):
    t, got = only(text)
    assert (got, t.kind, t.weeks, t.visits) == (covered, "duration", weeks, visits)


# ---- since / ago ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, weeks, precision, approximate", [
    ("since mid-January", D(2026, 1, 15), 3.7, "month", True),
    ("since 12/1", D(2025, 12, 1), 10.1, "day", False),
    ("since December", D(2025, 12, 1), 10.1, "month", False),
    ("since 2019", D(2019, 1, 1), 371.0, "year", False),
    ("since last summer", D(2025, 6, 1), 36.3, "month", True),
    ("since the beginning of February", D(2026, 2, 1), 1.3, "month", True),
    ("since Christmas", D(2025, 12, 25), 6.7, "day", False),
    ("since New Year's", D(2026, 1, 1), 5.7, "day", False),
    ("since Thanksgiving", D(2025, 11, 25), 11.0, "day", True),   # the day moves
])
def test_since(text, start, weeks, precision, approximate):
    t, got = only(text)
    assert (got, t.kind, t.start_date, t.end_date, t.weeks) == (text, "since", start, REF, weeks)
    assert (t.precision, t.approximate) == (precision, approximate)


@pytest.mark.parametrize("text, start, weeks", [
    ("3 weeks ago", D(2026, 1, 20), 3.0),
    ("2 months ago", D(2025, 12, 10), 8.7),
    ("a year ago", D(2025, 2, 10), 52.1),
    ("10 days ago", D(2026, 1, 31), 1.4),
])
def test_ago(text, start, weeks):
    t, got = only(text)
    assert (got, t.kind, t.start_date, t.end_date, t.weeks) == (text, "ago", start, None, weeks)


# ---- what must not match -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "strength 5/5 throughout", "pain 7/10", "improved from 8/10 to 4/10", "DTRs 2+/4",
    "reflexes 1/4", "BP 120/80", "L4/5 disc", "take 1/2 tab", "45 year old", "45-year-old",
    "65 y/o", "aged 45 years", "once a week", "pain may worsen", "13/45", "2/30", "2/30/2025",
    "MRI 2023 showed", "Tylenol 500 mg", "of 2000 mg", "since her last fall", "L5-S1",
    "History of present illness", "Christmas tree ornament", "a Thanksgiving dinner",
])
def test_not_time_expressions(text):
    assert timex.find_time_expressions(text, REF) == []


def test_score_shaped_date_needs_a_date_word():
    t, got = only("MRI dated 3/5")
    assert (got, t.start_date) == ("3/5", D(2025, 3, 5))


# ---- offsets -------------------------------------------------------------------------------

def test_offsets_are_exact_in_a_messy_note():
    text = ("Pt caf\u00e9 \u2014 54F c/o LBP\u00a0x 6 wks, worse since mid-January.\r\n"
            "PT 12/1\u20131/15 (8 visits over 6 weeks) failed. Seen 3 weeks ago; fusion in 2019.")
    found = timex.find_time_expressions(text, REF)
    assert [(text[t.start:t.end], t.kind) for t in found] == [
        ("x 6 wks", "duration"), ("since mid-January", "since"), ("12/1\u20131/15", "range"),
        ("8 visits over 6 weeks", "duration"), ("3 weeks ago", "ago"), ("2019", "date")]
    assert text.index("x 6 wks") == found[0].start


def test_datetime_reference_is_accepted():
    t, _ = only("12/1", datetime(2026, 2, 10, 9, 30))
    assert t.start_date == D(2025, 12, 1)


# ---- weeks_between -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, weeks", [
    (D(2025, 12, 1), D(2026, 1, 15), 6.4), (REF, REF, 0.0), (D(2026, 1, 1), D(2026, 1, 29), 4.0)])
def test_weeks_between(a, b, weeks):
    assert timex.weeks_between(a, b) == weeks
    assert isinstance(timex.weeks_between(a, b), float)


# ---- find_document_date --------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Date of Service: 03/01/2026", "DOS: 3/1/26", "Date: 2026-03-01", "Visit date: March 1, 2026",
    "Encounter Date 03/01/2026", "Date of Visit: 3/1/2026", "Exam date: 03-01-2026",
    "DATE OF SERVICE:03/01/2026", "D.O.S. 03/01/2026", "Date of Service: Mon 03/01/2026",
    "Patient: Jane Doe   DOB: 1/2/1960   DOS: 03/01/2026",
    "DOB: 01/02/1960\nDate: 03/01/2026",
    "Date of Injury: 1/1/2026\nDate of Service: 3/1/2026",
])
def test_document_date_header_styles(header):
    text = "SPINE CLINIC\n" + header + "\nHPI: LBP since 12/1.\n"
    assert timex.find_document_date(text) == D(2026, 3, 1)


@pytest.mark.parametrize("text", [
    "DOB: 01/02/1960", "Date of Birth: 01/02/1960", "Birth Date: 01/02/1960",
    "Last visit date: 1/1/2026", "no header here", "", "\n" * 20 + "DOS: 3/1/26",
    "HPI: seen 3/1/2026 for back pain",
])
def test_document_date_absent(text):
    assert timex.find_document_date(text) is None


def test_document_date_first_label_wins():
    text = "Date of Service: 03/01/2026\nVisit date: 04/01/2026\n"
    assert timex.find_document_date(text) == D(2026, 3, 1)


def test_document_date_skips_invalid_date():
    assert timex.find_document_date("Date of service: 2/30/2026\nDate: 3/2/2026") == D(2026, 3, 2)


# ---- robustness ----------------------------------------------------------------------------

EMBEDDED = [  # (chunk, the part of it that must come back)
    ("12/1/2025", "12/1/2025"), ("Dec 1, 2025", "Dec 1, 2025"), ("x 6 wks", "x 6 wks"),
    ("3 weeks ago", "3 weeks ago"), ("since 12/1", "since 12/1"), ("12/1\u20131/15", "12/1\u20131/15"),
    ("completed in March", "March"), ("6 visits over 3 weeks", "6 visits over 3 weeks"),
    ("for the past two months", "for the past two months"), ("mid-January", "mid-January"),
]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=60), st.sampled_from(EMBEDDED), st.text(max_size=60),
       st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31)))
def test_embedded_expression_offsets(prefix, chunk_and_part, suffix, ref):
    chunk, part = chunk_and_part
    text = prefix + " ; " + chunk + " ; " + suffix      # ';' joins nothing: no atom spans it
    start = len(prefix) + 3 + chunk.index(part)
    found = timex.find_time_expressions(text, ref)
    assert any((t.start, t.end) == (start, start + len(part)) for t in found)
    assert all(text[t.start:t.end] == part for t in found if t.start == start)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from([
    "12/1", "1/15", "/", "-", "\u2013", " ", "2025", "'25", "Dec", "May", "mid-", "since ", "in ",
    "from ", " to ", "between ", " and ", "x", "6", "six ", "a ", "few ", "weeks", "mos", "ago",
    " visits", " over ", "the past ", "last ", "summer", "present", "2/29", "31", "\u017f", "\u0130",
    "\u0663"]) | st.text(max_size=4), max_size=30).map("".join), st.dates())
def test_never_raises_and_results_are_well_formed(text, ref):
    # The public function has a last-resort guard; run the engine without it so a bug shows.
    guard = timex._guard
    timex._guard = lambda fn, *args: fn(*args)
    try:
        found = timex._find(text, ref)
    finally:
        timex._guard = guard
    assert found == timex.find_time_expressions(text, ref)
    end = 0
    for t in found:
        assert end <= t.start < t.end <= len(text)
        end = t.end
        assert t.kind in ("date", "range", "duration", "since", "ago")
        assert t.precision in ("day", "month", "year")
        assert t.weeks is None or round(t.weeks, 1) == t.weeks
        if t.kind == "range":
            assert t.start_date <= t.end_date


@given(st.text(), st.dates())
@settings(max_examples=200, deadline=None)
def test_arbitrary_unicode_never_raises(text, ref):
    assert isinstance(timex.find_time_expressions(text, ref), list)
    timex.find_document_date(text)


# each input at an eighth of its old fixed-limit size and at four times that (linear_time.py)
@pytest.mark.parametrize("make, size", [
    (lambda n: "1" + " " * n + "weeks", 37_500), (lambda n: "6" + "-" * n, 37_500),
    (lambda n: "x " * n, 18_750), (lambda n: "12/1-" * n, 7_500),
    (lambda n: "since " * n, 6_250), (lambda n: "Dec 1 - " * n, 5_000),
    (lambda n: "for the past " * n, 3_125),
    # the forms tried only where their word stands (a month, a season, a holiday, "visits")
    (lambda n: "Dec - " * n, 5_000), (lambda n: "2019 - " * n, 5_000),
    (lambda n: "last summer - " * n, 3_750), (lambda n: "fourth of july - " * n, 2_500),
    (lambda n: "6 visits - " * n, 3_750)])
def test_pathological_input_is_linear(make, size):
    # quadratic behaviour here took hours at the old sizes; linear_time.py says why a ratio
    # and not a fixed limit
    assert grows_linearly(lambda text: timex.find_time_expressions(text, REF), make, size)


def test_megabytes_of_notes_are_read_whole_in_linear_time():
    note = ("Date of Service: 03/01/2026\nHPI: 54 yo F, LBP x 6 wks, worse since mid-January. "
            "PT 12/1-1/15 (8 visits over 6 weeks) without relief. MRI in 2023: L4-5 HNP. "
            "Strength 4/5 L EHL, DTR 2+/4, pain 8/10. Plan: PT 2x/wk x 6 wks. Seen 3 weeks ago.\n")
    copies = 1_250_000 // len(note)  # 1.25 MB, then 5 MB
    assert grows_linearly(lambda text: timex.find_time_expressions(text, REF),
                          lambda n: note * n, copies)
    text = note * copies
    assert len(timex.find_time_expressions(text, REF)) == 8 * text.count("HPI:")


@given(st.lists(st.sampled_from([
    "Dec 1", "dec. 3rd, 2025", "since ", "mid-", "last summer", "fall of 2024", "Fourth of July",
    "Christmas", "today", "now", "last week", "6 visits", "two PT sessions", "ſummer", "İ",
    "K", " ", "\n", ",", "-", "x", "2019", "in ", "a", "7"]), max_size=30).map("".join))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_forms_tried_near_their_word_match_as_a_full_scan(text):
    # the speed-up must not change a single match: the same spans and groups as finditer
    index = timex.LiteralIndex(text)
    for rx in timex._PLANS:
        fast = [(m.span(), m.groupdict()) for m in timex._matches(rx, text, index)]
        assert fast == [(m.span(), m.groupdict()) for m in rx.finditer(text)], rx.pattern[:40]
