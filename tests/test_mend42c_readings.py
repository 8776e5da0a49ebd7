"""Readings behind studies, treatments and contacts (session 42, mend42c; the blind batch
e601-e640). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A clearance ("No cardiac restriction on CT or on his NSAID use", "no objection to MRI") says
   what may be done: neither a study had nor a drug denied - no finding.
2. A drug-interaction warning ("Do not take with ibuprofen") names the drug to keep apart from
   the one given: no finding; "Do not take ibuprofen" (no "with") stays a denial.
3. A study of another body part told with "for" ("an MRI for her knee") is no spine study, as
   "MRI of her knee" is not; "MRI for foot drop" stays a spine study.
4. A phone contact the note says was by phone alone ("Telephone triage only", "Phone triage -
   not examined") denies the in-person
   exam; an earlier phone triage named in passing ("seen after last night's phone triage")
   does not.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# ---- 1. a clearance ------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("No cardiac restriction on CT or on his current medications, including NSAID use.", "prior_ct"),
    ("No cardiac restriction on CT or on his current medications, including NSAID use.", "nsaid"),
    ("No renal restrictions for MRI.", "prior_mri"),
])
def test_a_clearance_is_no_finding(assertions_of, body, code):
    assert assertions_of(_note(body, "Letter"), code) == set()


def test_a_study_denied_stays_denied(assertions_of):
    assert assertions_of(_note("No CT to date."), "prior_ct") == {"absent"}


# ---- 2. a drug-interaction warning ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Do not take with ibuprofen or aspirin.",
    "Should not combine with other NSAIDs.",
])
def test_a_drug_warned_of_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body, "Instructions"), "nsaid") == set()


def test_a_drug_the_patient_is_told_not_to_take_is_denied(assertions_of):
    assert assertions_of(_note("Do not take ibuprofen."), "nsaid") == {"absent"}


# ---- 3. a study of another body part told with "for" --------------------------------------

@pytest.mark.parametrize("body", [
    "She had a panic attack in an MRI for her knee in 2018.",
    "CT for his left wrist 2020 after a fall.",
])
def test_a_study_for_another_part_is_no_spine_study(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()
    assert assertions_of(_note(body), "prior_ct") == set()


def test_a_spine_study_for_a_symptom_stays(assertions_of):
    assert assertions_of(_note("Lumbar MRI for foot drop 2024 showed an L4-5 extrusion."),
                         "prior_mri") == {"present"}


# ---- 4. a phone contact ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NURSE LINE 11/20/2026\nCaller states back pain.\nCall back for worsening symptoms.\n"
    "Phone triage - not examined.\n",
    "NURSE LINE 11/20/2026\nCaller verbalized understanding. Telephone triage only, no exam.\n",
])
def test_a_phone_contact_denies_the_exam(assertions_of, text):
    assert assertions_of(text, "in_person_exam") == {"absent"}


@pytest.mark.parametrize("body", [
    "Seen after last night's phone triage. Low back pain x 10 days.",
    "Presents after a phone triage for acute low back pain.",
])
def test_an_earlier_phone_triage_named_in_passing_denies_nothing(assertions_of, body):
    assert "absent" not in assertions_of(_note(body), "in_person_exam")
