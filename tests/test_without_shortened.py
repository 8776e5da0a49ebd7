"""Notes shorten "without" to "w/o": "PT x 8 weeks w/o relief" is a failed course (it was read
as improved: the outcome cue "without relief" did not match and "relief" alone did), and the
denial in "completed PT w/o improvement and had an ESI" is of the improvement, not of the
injection the next clause says was done (found by probing)."""

import pytest


def _one(result, code):
    found = [f for f in result.findings if f.code == code]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("course", [
    "PT x 8 weeks w/o relief.",
    "Completed 8 wks of PT w/o improvement.",
    "8 weeks of physical therapy w/out benefit.",
    "PT 2x/wk for 8 weeks w/o lasting benefit.",
])
def test_a_course_without_relief_shortened_failed(findings_of, course):
    _, result = findings_of(f"54F with LBP. {course} Exam: SLR neg.")
    assert _one(result, "physical_therapy").value.outcome == "failed"


@pytest.mark.parametrize("text", [
    "She completed 8 weeks of PT w/o improvement and had an L5-S1 ESI on 10/15.",
    "Failed PT without relief and underwent an L4-5 ESI in October.",
])
def test_what_the_next_clause_did_is_not_denied(findings_of, text):
    table, _ = findings_of(text)
    assert table["epidural_steroid_injection"] == {"present"}


def test_the_next_clause_keeps_its_own_denial(findings_of):
    table, _ = findings_of("Denies numbness and had no weakness.")
    assert table["motor_weakness"] == {"absent"}
