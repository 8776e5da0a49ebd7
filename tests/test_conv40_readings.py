"""Readings of the session-40 convention (conv40; corpora/ANNOTATION.md "Session-40 reading").
Each class with look-alikes in other words, and the near-misses that keep their reading.

1. symptom_progression: an improvement said of the patient's symptoms ("improving", "getting
   better", "improved with PT", "50% better", "better than last week") is no progression
   finding at all, neither absent nor present: progression is about worsening, and an
   improvement is the therapy's outcome or the symptom's own story.
2. symptom_progression: sameness ("unchanged", "no better, no worse", "about the same") and a
   denied worsening ("not getting worse") stay absent; a worsening stays present, also after a
   betterment ("better for a while, now worse again").
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


S = "symptom_progression"


@pytest.mark.parametrize("body", [
    "Neck pain a little better than last week, 4/10 today.",
    "Says the leg is \"much better than two weeks ago\".",
    "Back pain is better than a month ago per pt.",
    "Low back pain, improving slowly with PT.",
    "Leg pain about 50% better since starting therapy.",
    "Arm symptoms getting better each week.",
    "Pt says she is way better, pain 2/10.",
])
def test_an_improvement_is_no_progression_finding(assertions_of, body):
    assert assertions_of(_note(body), S) == set()


@pytest.mark.parametrize("body, want", [
    ("Leg pain unchanged since the last visit.", {"absent"}),
    ("Arm pain no better, no worse than at intake.", {"absent"}),
    ("Back pain about the same as last week.", {"absent"}),
    ("Leg pain is not getting worse.", {"absent"}),
    ("Leg pain no better than when it started.", {"absent"}),
    ("Leg pain is worse than last week.", {"present"}),
])
def test_sameness_denied_worsening_and_worsening_keep_their_reading(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want
