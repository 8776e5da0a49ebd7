"""Readings of course and function (session 46, mend46a; the blind batch e761-e800).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. symptom_progression: "decline in" a strength, a function or the walking is a worsening
   (dev gold reads it so in every span); in a precaution it is to come.
2. symptom_progression: a limb's sameness told bare ("no real change in the arm.", "arm's the
   same", "not worse, about the same", "strength stable") is no progression: absent.
3. trauma: a slash before "fall" that joins a season or a program ("summer/fall",
   "balance/fall prevention") is no fall; "injury/fall" in a denial stays one.
4. trauma: a rider's or racer's crash ("bike crash", "crit crash") is an injury; "no crash" denies it.
5. FAMILY: "and her own ..." after a relative's clause is the patient's story again.
6. trauma: the event a suspected diagnosis follows ("suspected CES 5 days after MVC") is told,
   not suspected.
7. night_pain: a numbness or tingling that wakes the patient, no pain named, is no night pain;
   a pain that wakes the patient stays present.
"""

import pytest

from note_text import hpi_note, plan_note


S = "symptom_progression"
T = "trauma"
N = "night_pain"


@pytest.mark.parametrize("body, want", [
    ("Objective decline in R hip flexor strength after 6 wks of PT.", {"present"}),
    ("Daughter notes a decline in her walking since October.", {"present"}),
])
def test_a_decline_in_strength_or_walking_is_a_worsening(assertions_of, body, want):
    assert assertions_of(hpi_note(body), S) == want


def test_a_decline_in_a_precaution_is_to_come(assertions_of):
    note = plan_note("- Call 911 for any further decline in walking or new bladder trouble.")
    assert assertions_of(note, S) == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Leg pain 5/10 after gabapentin, no real change in the leg. Back ache.",
    "Three weeks of PT, no overall change in the arm since the eval.",
    "S: 'Back's better, leg's the same.' Back ache.",
    "Tingling in the toes not worse, about the same for 3 wks.",
    "Grip strength stable since the last visit. Neck ache.",
])
def test_a_limbs_sameness_told_bare_is_no_progression(assertions_of, body):
    assert assertions_of(hpi_note(body), S) == {"absent"}


def test_a_change_in_the_leg_symptoms_keeps_its_reading(assertions_of):
    # the limb followed by its symptom is the older rule's, which reads it the same way
    assert assertions_of(hpi_note("No real change in the leg symptoms after PT."), S) == {"absent"}


@pytest.mark.parametrize("body, want", [
    ("Mr. B returns from his summer/fall at the lake house. Back ache 4/10.", set()),
    ("Back ache 4/10. PT referral for balance/fall prevention.", set()),
    ("Back ache 4/10. Denies injury/fall.", {"absent"}),
])
def test_a_season_or_a_program_after_a_slash_is_no_fall(assertions_of, body, want):
    assert assertions_of(hpi_note(body), T) == want


@pytest.mark.parametrize("body, want", [
    ("Neck ache since a bike crash on 11/02.", {"present"}),
    ("Old R stinger in a 2022 race crash, resolved in minutes.", {"historical"}),
    ("Back ache 5/10. No crash or lift.", {"absent"}),
])
def test_a_riders_crash_is_an_injury(assertions_of, body, want):
    assert assertions_of(hpi_note(body), T) == want


def test_her_own_story_after_a_relatives_clause_is_the_patients(assertions_of):
    body = ("She worries since her aunt had a herniated disc and needed surgery, and her own "
            "neck pain after a 2018 MVC took months to settle.")
    assert "family" not in assertions_of(hpi_note(body), "neck_pain")
    assert "family" not in assertions_of(hpi_note(body), T)


def test_a_relatives_story_without_her_own_stays_family(assertions_of):
    body = "Her aunt had neck pain after an MVC and needed surgery."
    assert assertions_of(hpi_note(body), "neck_pain") == {"family"}


@pytest.mark.parametrize("body", [
    "Called about a 52F with suspected cauda equina 5 days after MVC.",
    "Most likely a large central disc extrusion after lifting.",
])
def test_the_event_a_suspected_diagnosis_follows_is_told(assertions_of, body):
    assert assertions_of(hpi_note(body), T) == {"present"}


def test_a_suspected_injury_stays_possible(assertions_of):
    assert assertions_of(hpi_note("Neck ache; concern for ligamentous injury."), T) == {"possible"}


@pytest.mark.parametrize("body, want", [
    ('Numbness of the L hand "mainly the index finger," wakes her at night.', set()),
    ("Numbness in the toes and burning pain that wakes him at night.", {"present"}),
    ("Back pain wakes her at night.", {"present"}),
    ("Pertinent negatives: no numbness or tingling, no night pain. Back ache.", {"absent"}),
])
def test_a_numbness_that_wakes_the_patient_is_no_night_pain(assertions_of, body, want):
    assert assertions_of(hpi_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("CC: neck ache, mid back stiffness since the MVC.", {"present"}),
    ("No mid back stiffness. Neck ache.", {"absent"}),
])
def test_a_stiff_mid_back_is_thoracic_pain(assertions_of, body, want):
    assert assertions_of(hpi_note(body), "thoracic_pain") == want
