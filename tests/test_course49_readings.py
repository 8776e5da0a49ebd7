"""Readings of trauma and symptom_progression (session 49, course49): made-up sentences for each
fix, and near-misses that keep their old reading.

A. A therapy's status opening its assessment ("A: Not progressing after 6 wks", "Assessment:
   Progressing toward goals", "Therapist comment: Progressing slowly") or closing a discharge
   ("D/C from skilled PT - not progressing") is the patient's progress in therapy, not the
   symptom's course: no symptom_progression from it. A symptom said progressing or not
   ("myelopathy stable, not progressing", "A: Acute CES, progressing") keeps its reading.
B. "worse over the summer" / "Worse over the fall": a worsening told against a season, as
   "worse since the summer" is: present.
C. "No prior back injury" / "no previous neck injury or surgery" in a past history denies an
   injury before this episode: no trauma finding (dev gold 24 of 27). An onset's own denial
   ("no fall") and an exception ("no history of back injury other than the fall") keep theirs.
"""

import pytest

from note_text import clinic_note, hpi_note, section_note


P = "symptom_progression"
T = "trauma"


@pytest.mark.parametrize("body", [
    "A: Not progressing after 6 wks despite good attendance.",
    "Assessment: Not progressing; recommend MD follow-up.",
    "Plan: D/C from skilled PT - not progressing; cont HEP.",
    "A: Progressing toward goals, 4 of 10 visits.",
    "Therapist comment: Progressing slowly, flexion bias.",
])
def test_a_a_therapys_status_is_no_progression_finding(assertions_of, body):
    assert assertions_of(clinic_note("PT PROGRESS NOTE\n" + body), P) == set()


@pytest.mark.parametrize("body, want", [
    ("Cervical myelopathy, currently stable; not progressing.", {"absent"}),
    ("A: Acute cauda equina syndrome, progressing.", {"present"}),
])
def test_a_a_symptom_said_progressing_or_not_keeps_its_reading(assertions_of, body, want):
    assert assertions_of(clinic_note(body), P) == want


@pytest.mark.parametrize("body", [
    "Leg heaviness with walking for a year. Worse over the summer.",
    "Walks one block before sitting - worse over the fall by her account.",
])
def test_b_worse_over_a_season_is_progression(assertions_of, body):
    assert assertions_of(hpi_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    "HTN, GERD. No prior back injury. Meds: lisinopril.",
    "None significant. No previous neck injury or surgery.",
    "Asthma. No history of back injuries.",
])
def test_c_a_denied_prior_injury_is_no_trauma_finding(assertions_of, body):
    assert assertions_of(section_note(body, "PMH"), T) == set()


@pytest.mark.parametrize("body, want", [
    ("Low back pain x 2 wks, gradual onset, no fall.", {"absent"}),
    ("Back pain since he fell on the ice last night. No history of back injury other than"
     " this fall.", {"present"}),
])
def test_c_an_onsets_denial_or_an_exception_keeps_its_reading(assertions_of, body, want):
    assert assertions_of(hpi_note(body), T) == want
