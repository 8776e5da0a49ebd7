"""Readings of studies and treatments (session 39, mend39c; the blind batch e481-e520).
Each fix in other words, and near-misses that keep their old reading.

1. Told to keep a therapy appointment ("keep your PT appointment", "Keep PT appt 12/10"), or
   a first session still to come ("My first PT visit is 12/09"): the course is not yet had.
   "Kept all PT appointments", "keep doing PT", "first PT visit went well" stay had.
2. A study's order or requisition ("the CT order was sent", "I will send the CT order") is
   a study asked for, not one had.
3. A device letter's "CT is not restricted", "CT, x-ray and ultrasound are unrestricted" is a
   study allowed, not one had; an MRI's "restricted diffusion" is a result of a study had.
4. A course counted with a bound ("after >6 wks PT + NSAID + oral steroid") is a course had,
   as "after 6 wks PT" is, in a plan too; "Has failed >3 months of conservative management
   including PT, NSAID, HEP" still reaches the whole list.
5. "Attended 12 of 12 scheduled visits": the booked visits held, no visit still to come;
   "PT scheduled to start 12/10" stays to come.
6. "No prior L-spine imaging" denies the three studies as "No prior lumbar imaging" does;
   "no prior C-spine imaging other than the 10/20 XR" denies the MRI and the CT only.
"""

import pytest

from note_text import section_note as _note


def _plain(body):
    return f"Portal message 11/27/2026\n{body}\n"


# 1. an appointment to keep, a first visit to come

@pytest.mark.parametrize("body", [
    "Glad the stretches help - please keep your PT appointment. ED if any numbness.",
    "Expected course reviewed. Keep PT appt 12/14. Recheck 12/20.",
    "Back a little better. My first PT visit is 12/11, can I still get the scan?",
    "Keep the chiropractic appointment on Friday.",
])
def test_a_therapy_visit_still_to_come_is_no_course_had(assertions_of, body):
    codes = {"physical_therapy", "chiropractic_care"}
    found = set().union(*(assertions_of(_plain(body), c) for c in codes))
    assert found == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Kept all PT appointments, 10 visits, no change in leg pain.",
    "Keep doing PT twice a week.",
    "Her first PT visit went well; she does the exercises daily.",
])
def test_a_therapy_visit_had_stays_had(assertions_of, body):
    assert assertions_of(_plain(body), "physical_therapy") == {"present"}


# 2. a study's order

@pytest.mark.parametrize("body", [
    "Hello, the CT order was sent to your insurance for review on 11/26.",
    "As you asked, I will send the CT order and we will see whether it is approved.",
])
def test_a_studys_order_is_no_study_had(assertions_of, body):
    assert "present" not in assertions_of(_plain(body), "prior_ct")


def test_a_study_had_stays_had(assertions_of):
    assert assertions_of(_note("CT L-spine 10/02 showed L4-5 stenosis."), "prior_ct") == {"present"}


# 3. a device letter's study allowed

@pytest.mark.parametrize("body", [
    "We do not scan this system outside a research protocol. CT is not restricted.",
    "We advise against MRI. CT and ultrasound are unrestricted.",
])
def test_a_study_allowed_is_no_study_had(assertions_of, body):
    assert "present" not in assertions_of(_plain(body), "prior_ct")


def test_restricted_diffusion_is_a_study_had(assertions_of):
    body = "MRI 10/02 showed restricted diffusion at L4."
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == {"present"}


# 4. a course counted with a bound or a plus

@pytest.mark.parametrize("body", [
    "Progressive weakness after >6 wks PT + NSAID + oral steroid. MRI C-spine.",
    "Failed 6+ wks PT + NSAID. MRI L-spine w/o contrast.",
])
def test_a_bounded_count_is_a_course_had(assertions_of, body):
    assert assertions_of(_note(body, "Assessment/Plan"), "physical_therapy") == {"present"}
    assert assertions_of(_note(body, "Assessment/Plan"), "nsaid") == {"present"}


def test_a_failed_bounded_course_reaches_its_whole_list(assertions_of):
    body = ("L S1 radiculopathy. She has failed >3 months of conservative care including "
            "6 wks of PT, naproxen and HEP.")
    assert assertions_of(_note(body, "Assessment/Plan"), "home_exercise_program") == {"present"}


# 5. the booked visits held

def test_visits_held_of_those_scheduled_are_a_course_had(assertions_of):
    body = "Compliant with PT: attended 10 of 12 scheduled visits."
    assert assertions_of(_note(body), "physical_therapy") == {"present"}


def test_a_course_scheduled_to_start_is_still_to_come(assertions_of):
    assert assertions_of(_note("PT scheduled to start 12/10."), "physical_therapy") == {"hypothetical"}


# 6. "[LCT]-spine" in a denial of prior imaging

def test_no_prior_l_spine_imaging_denies_the_three_studies(assertions_of):
    text = _plain("Pain 6/10, sitting limits work. No prior L-spine imaging.")
    for code in ("prior_xray", "prior_mri", "prior_ct"):
        assert assertions_of(text, code) == {"absent"}


def test_no_prior_c_spine_imaging_but_a_dated_xray_keeps_the_xray(assertions_of):
    text = _plain("Per chart, not on steroids; no prior C-spine imaging other than the 11/02 XR.")
    assert assertions_of(text, "prior_mri") == {"absent"}
    assert assertions_of(text, "prior_ct") == {"absent"}
    assert "absent" not in assertions_of(text, "prior_xray")
