"""pipeline/lines.py: the line a finding lies on, which many readings look at alone."""
from spinecite.pipeline.lines import line_bounds

NOTE = "HPI: LBP x 6 wks\nMotor: L EHL 4/5\nPlan: PT"


def _line(start, end=None):
    first, last = line_bounds(NOTE, start, end)
    return NOTE[first:last]


def test_a_span_inside_a_line_gets_that_line_without_its_breaks():
    i = NOTE.index("EHL")
    assert _line(i, i + 3) == "Motor: L EHL 4/5"


def test_the_last_line_runs_to_the_end_of_the_text():
    assert _line(NOTE.index("PT")) == "Plan: PT"


def test_a_span_over_a_break_gets_both_lines():
    assert _line(NOTE.index("wks"), NOTE.index("Motor") + 5) == "HPI: LBP x 6 wks\nMotor: L EHL 4/5"


def test_a_span_at_a_line_start_gets_its_own_line_not_the_one_before():
    assert _line(NOTE.index("Plan")) == "Plan: PT"
