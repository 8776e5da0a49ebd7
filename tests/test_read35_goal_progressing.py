"""read35: two readings of a therapy goal's "- progressing", kept both: the symptom_progression
target leaves out a "- progressing" after a measure's unit (metres, feet, minutes, pounds), with
or without a goal named before it (mend30b, mend34a); the PSEUDO cue after "Goal:" reads the goal
named before it whatever it measures (mend34c). Each reads a line the other cannot; a symptom's
own "- progressing" stays a worsening."""

import pytest

P = "symptom_progression"


def _note(body):
    return f"Clinic 11/27/2026\nHPI: {body}\n"


@pytest.mark.parametrize("body", [
    "P: Cont PT 1x/wk. Goal: ambulate 150 m - progressing.",   # both readings
    "P: Cont PT 1x/wk. Ambulate 150 m - progressing.",         # the unit alone
    "P: Cont PT 1x/wk. Walk 300 metres - progressing.",
    "P: Cont PT. Goal 2: lift 25 lb floor to waist - progressing",   # the goal alone
    "P: Cont PT 1x/wk. Goal: ambulate to the mailbox - progressing.",
])
def test_a_goals_progress_is_no_worsening(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


def test_a_symptom_progressing_stays_present(assertions_of):
    assert assertions_of(_note("A: L leg weakness - progressing."), P) == {"present"}
