"""Readings of studies, treatments and imaging diagnoses (session 40, mend40c; the blind batch
e521-e560). Each fix in other words, and near-misses that keep their old reading.

1. A disc and its osteophyte named at the foramen ("probable C5-6 foraminal disc/osteophyte",
   "likely C6-7 foraminal disc-osteophyte complex") is the herniation weighed; a bare disc in a
   differential ("foraminal stenosis vs disc", "vs far-lat disc", "from T7-8 disc vs zoster") is
   the herniation suspected. "disc space narrowing and osteophytes" stays no herniation.
2. A therapy still to come: its office has not called to book ("PT has not called me yet to
   schedule"), told to keep the first appointment ("keep first PT appointment"), or its first
   visit still ahead ("PT first visit still 12/09"). "Has not had PT" stays denied.
3. A study that cannot be had there or then, a site's policy, a patient weighed for it, a
   question or a wish for it ("no MRI at the base until Feb", "MRI not available at MTF",
   "does not offer off-label MRI", "not MRI eligible", "can pt have lumbar MRI?", "I'd still
   like the lumbar MRI") says nothing of a study had: no prior_mri. "No prior MRI" stays absent,
   "MRI 10/02 showed ..." present.
4. "Why not MRI: severe claustrophobia" asks for the reason: the claustrophobia is there.
5. "NSAIDs: avoiding - on prednisone" keeps the drug off: nsaid absent; "NSAIDs: ibuprofen
   prn" stays present.
6. A device that rules the study out ("CT T-spine w/o (pacemaker, no MRI)") is no prior MRI;
   a clinic without room ("no VA PT slots") says nothing of the patient's therapy, and a
   consult placed is a referral ("PT consult placed"). "No MRI of the spine" stays absent,
   "PT consult completed" stays had.
"""

import pytest


def _note(body, section="Assessment"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


def _plain(body):
    return f"Portal message 11/27/2026\n{body}\n"


# 1. a disc weighed at the foramen or in a differential

@pytest.mark.parametrize("body", [
    "R C6 radiculopathy. Probable C5-6 foraminal disc/osteophyte. Failed 7 wks PT.",
    "L C7 radiculopathy, most likely a C6-7 foraminal disc-osteophyte complex.",
    "L L5 radicular pain, likely L4-5 foraminal stenosis vs disc; neuropathy also.",
    "R L4 radiculopathy. ?foraminal stenosis L3-4 vs far-lat disc.",
    "DDx: thoracic radiculopathy from T8-9 disc vs early zoster.",
])
def test_a_disc_weighed_is_a_possible_herniation(assertions_of, body):
    assert assertions_of(_note(body), "disc_herniation") == {"possible"}


@pytest.mark.parametrize("body", [
    "XR C-spine: C5-6 disc space narrowing and small posterior osteophytes, no instability.",
    "Stenosis vs disc bulge at L4-5 on the old films; no radicular signs.",
])
def test_a_disc_not_weighed_is_no_herniation(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "disc_herniation") == set()


# 2. a therapy still to come

@pytest.mark.parametrize("body", [
    "Back is about the same. PT has not called me yet to schedule.",
    "Advised to keep her first PT appointment and stay active.",
    "Reviewed stretches. PT first visit still 12/11.",
])
def test_a_therapy_not_begun_is_hypothetical(assertions_of, body):
    assert assertions_of(_plain(body), "physical_therapy") == {"hypothetical"}


@pytest.mark.parametrize("body, expected", [
    ("Has not had PT for this episode.", {"absent"}),
    ("PT called and he has done 4 visits so far.", {"present"}),
])
def test_a_therapy_had_or_denied_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_plain(body), "physical_therapy") == expected


# 3. a study that cannot be had, weighed, asked about or wished for

@pytest.mark.parametrize("body", [
    "Plan: network referral for MRI C-spine (no MRI at the base until March).",
    "Failed 7 wks PT and meloxicam; MRI not available at the clinic.",
    "Our hospital does not offer off-label MRI for abandoned leads.",
    "Consult re: T8 lesion, not MRI eligible (ICD).",
    "Question from spine clinic: can pt have lumbar MRI? Answer below.",
    "I'd still like the lumbar MRI for peace of mind.",
])
def test_a_study_weighed_or_wished_for_is_no_study_had(assertions_of, body):
    assert assertions_of(_plain(body), "prior_mri") == set()


@pytest.mark.parametrize("body, expected", [
    ("No prior MRI of the spine.", {"absent"}),
    ("MRI 10/02 showed an L4-5 protrusion.", {"present"}),
    ("It looks like the MRI showed a small protrusion.", {"present"}),
])
def test_a_study_had_or_denied_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_plain(body), "prior_mri") == expected


# 4. the reason a form asks for

def test_why_not_mri_gives_the_reason(assertions_of):
    body = "Why not MRI: severe claustrophobia (stopped a knee MRI 2020), declines sedation."
    assert assertions_of(_note(body, "Order"), "mri_contraindication") == {"present"}


# 5. a drug field answered with its avoidance

@pytest.mark.parametrize("body, expected", [
    ("NSAIDs: avoiding - on warfarin, bleed risk.", {"absent"}),
    ("NSAIDs: ibuprofen 400 mg prn, helps a little.", {"present"}),
])
def test_a_drug_kept_off(assertions_of, body, expected):
    assert assertions_of(_note(body, "Medications"), "nsaid") == expected


# 6. a device that rules the study out; a clinic without room; a consult placed

def test_a_device_that_rules_the_mri_out_is_no_prior_mri(assertions_of):
    body = "XR T-spine first; CT T-spine w/o (pacemaker, no MRI) if XR unrevealing."
    assert assertions_of(_note(body, "Plan"), "prior_mri") == set()


def test_a_consult_placed_for_want_of_slots_is_planned(assertions_of):
    body = "Community Care PT consult placed (no VA PT slots for 4 weeks)."
    assert assertions_of(_note(body, "Plan"), "physical_therapy") == {"hypothetical"}


@pytest.mark.parametrize("body, code, expected", [
    ("No MRI of the spine so far.", "prior_mri", {"absent"}),
    ("PT consult completed 10/01, then 8 visits.", "physical_therapy", {"present"}),
])
def test_near_misses_keep_their_reading(assertions_of, body, code, expected):
    assert assertions_of(_note(body, "HPI"), code) == expected
