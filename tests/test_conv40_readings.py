"""Readings of the session-40 convention (conv40; corpora/ANNOTATION.md "Session-40 reading").
Each class with look-alikes in other words, and the near-misses that keep their reading.

1. symptom_progression: an improvement said of the patient's symptoms ("improving", "getting
   better", "improved with PT", "50% better", "better than last week") is no progression
   finding at all, neither absent nor present: progression is about worsening, and an
   improvement is the therapy's outcome or the symptom's own story.
2. symptom_progression: sameness ("unchanged", "no better, no worse", "about the same") and a
   denied worsening ("not getting worse") stay absent; a worsening stays present.
3. symptom_progression: a study's finding "unchanged since" a year ("old T12 wedge deformity,
   unchanged since 2019") is no finding (ANNOTATION session-22: not from a study); a symptom or
   a deficit unchanged since a time stays absent.
4. symptom_progression: the patient's symptom "no different" ("my arm's no different.") is
   sameness, absent; not a position ("no different with sitting") nor a study.
"""

import pytest

from note_text import section_note as _note


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



@pytest.mark.parametrize("body", [
    "X-ray T-spine 12/01/2026: healed T11 compression deformity, unchanged since 2017.",
    "Impression: old L1 wedge fracture unchanged since 2020. No acute fracture.",
    "XR: grade 1 anterolisthesis L4 on L5, unchanged since 2022.",
    "Prior MRI 2023 reviewed: small T9 hemangioma, unchanged since 2021.",
])
def test_a_studys_finding_unchanged_since_a_year_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body), S) == set()


@pytest.mark.parametrize("body", [
    "Numbness of the L lateral foot, unchanged since 2022.",
    "MRI 2022 showed an L4-5 HNP; her foot numbness unchanged since 2022.",
    "Leg pain unchanged since my exam on 09/15.",
    "Says the weakness has been about the same since September.",
])
def test_a_symptom_unchanged_since_a_time_stays_absent(assertions_of, body):
    assert assertions_of(_note(body), S) == {"absent"}


# 4. The patient's symptom said "no different" ("my arm's no different.", "the leg is no
#    different now", "no different than it was at his last visit"): sameness, absent. Not a
#    position ("no different with sitting or standing"), nor a study ("Repeat MRI: no different.").
@pytest.mark.parametrize("body, want", [
    ("Did 6 wks of PT - \"helped my back but my leg's no different.\"", {"absent"}),
    ("Says the arm is no different now, still 6/10.", {"absent"}),
    ("Foot numbness is no different than it was at her last visit.", {"absent"}),
    ("Leg pain no different with sitting or standing, 5/10.", set()),
    ("Outside MRI reviewed, no different.", set()),
])
def test_a_symptom_no_different_is_sameness(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want
