"""Readings behind the study codes (session 45, assert45c). Each fix with its look-alikes,
and near-misses that keep their old reading.

1. The scanner's safety check, rules or arrangements ("MRI safety screen: no pacemaker",
   "MRI screening negative", "an exclusion under our MRI protocol", "institutional MRI
   policy", "Reviewed MRI logistics") are about a study to come: no prior_mri finding.
2. "sent to the ED for urgent eval + MRI" / "for emergent evaluation and MRI": the
   evaluation and the study it is sent for are both to come, no study had.
3. "Will follow MRI read" / "will follow the MRI": the study awaited, not one had;
   "follow-up MRI 2024 showed ..." is a study had and stays present.
4. "Return to PT if symptoms recur" (a discharge's plan): the therapy held for a recurrence is
   to come (hypothetical), not the course had - the ONGOING "return to" before it no longer
   decides. A therapy before a comma ("Finished PT, call if symptoms recur") and one in the
   HPI without a condition keep their reading.
"""

import pytest

from note_text import clinic_note, hpi_note, section_note as _note


# ---- 1. the scanner's safety check, rules or arrangements -------------------------------------

@pytest.mark.parametrize("body, section", [
    ("MRI safety screen: no implants, no pacemaker, not claustrophobic.", "HPI"),
    ("MRI screen (she asked if she can have one): no metal, no devices.", "HPI"),
    ("The retained fragments are an exclusion under our MRI protocol at this time.", "Imaging"),
    ("Per institutional MRI policy the leads cannot be scanned.", "Assessment"),
    ("Reviewed MRI logistics with him: standard bore, no implants.", "Assessment"),
    ("MRl SAFETY SCREENING FORM faxed back to the imaging center.", "Imaging"),
])
def test_an_mri_safety_screen_or_rule_is_no_study(assertions_of, body, section):
    assert assertions_of(_note(body, section), "prior_mri") == set()


@pytest.mark.parametrize("body", [
    "MRI L-spine 03/2025 showed an L5-S1 extrusion.",
    "Lumbar MRI 10/2024: L4-5 broad-based protrusion with moderate stenosis.",
])
def test_an_mri_had_stays_present(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == {"present"}


# ---- 2. an urgent evaluation and the study it is sent for --------------------------------------

@pytest.mark.parametrize("body", [
    "New urinary retention - sent to the ED now for urgent eval + MRI. Wife driving.",
    "Directed to the emergency department for emergent evaluation and MRI.",
])
def test_an_urgent_evaluation_and_mri_are_no_study_had(assertions_of, body):
    for note in (_note(body, "Assessment"), clinic_note(body)):
        assert assertions_of(note, "prior_mri") == set()


# ---- 3. the MRI awaited -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Neurosurgery consulted - will follow MRI. Neuro checks q2h.",
    "Will follow the MRI read with the neuroradiologist tonight.",
])
def test_an_mri_followed_is_no_study_had(assertions_of, body):
    for note in (hpi_note(body), clinic_note(body)):
        assert assertions_of(note, "prior_mri") == set()


def test_a_follow_up_mri_had_stays_present(assertions_of):
    body = "Follow-up MRI 05/2024 showed a stable L4-5 protrusion."
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == {"present"}


# ---- 4. a therapy held for a recurrence ---------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Clinic 11/27/2026\nPlan: D/C to HEP. Return to PT if symptoms recur.\n",
    "Clinic 11/27/2026\nHPI: back pain. Return to physical therapy if leg pain returns.\n",
    "Clinic 11/27/2026\nHPI: back pain. Return to PT if the pain comes back.\n",
])
def test_a_therapy_held_for_a_recurrence_is_hypothetical(assertions_of, note):
    assert assertions_of(note, "physical_therapy") == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Finished PT, call if symptoms recur.",
    "Completed 6 weeks of PT with good relief.",
])
def test_a_course_had_before_a_recurrence_warning_stays_present(assertions_of, body):
    assert assertions_of(hpi_note(body), "physical_therapy") == {"present"}


def test_the_conditional_keeps_its_own_if_for_the_symptom(assertions_of):
    note = ("Clinic 11/27/2026\nHPI: low back pain, no leg pain.\n"
            "Plan: Return to PT if leg pain returns.\n")
    assert assertions_of(note, "radicular_pain") == {"absent", "hypothetical"}
