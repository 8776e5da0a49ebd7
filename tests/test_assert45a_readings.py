"""Readings of the function and course codes (session 45, assert45a): made-up sentences, each
fix's look-alikes in other words, and near-misses that keep their old reading.

A. severe_pain: a then-and-now table of a therapy note ("IE 10/02   Today" over "Pain worst
   8/10   4/10") gives the first column's score of 7 or more that the next column brings below
   7 as the visit before: historical (a BACKWARD HISTORICAL cue on the lower score, reaching
   over the run of spaces between the cells). A next column of 7/10 or more (unchanged or
   worse) keeps the first present; a comma or a word between two scores is no table row.
"""

import pytest

from note_text import clinic_note, hpi_note


S = "severe_pain"

_TABLE = ("PT PROGRESS NOTE\nOBJ:\n                     IE 10/02        11/13\n"
          "Oswestry             40%             30%\n"
          "Pain (worst)         {first}            {second}\n"
          "Lumbar flexion       30%             60%\n")


@pytest.mark.parametrize("first, second, want", [
    ("8/10", "4/10", {"historical"}),
    ("9/10", "6/10", {"historical"}),
    ("7/10", "0/10", {"historical"}),
    ("8/10", "8/10", {"present"}),
    ("7/10", "9/10", {"present"}),
])
def test_a_table_rows_first_severe_score_brought_below_seven_is_historical(
        assertions_of, first, second, want):
    assert assertions_of(clinic_note(_TABLE.format(first=first, second=second)), S) == want


@pytest.mark.parametrize("body, want", [
    ("Back pain 8/10, 3/10 at rest with ice.", {"present"}),
    ("Leg pain 9/10 with standing - 4/10 sitting.", {"present"}),
])
def test_a_two_scores_with_a_mark_between_are_no_table_row(assertions_of, body, want):
    assert assertions_of(hpi_note(body), S) == want
