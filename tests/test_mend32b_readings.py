"""Readings of the treatment, history, imaging, function and plan codes mended in session 32
(mend32b, corpora/dev/MEND32B.md), after the blind batch e201-e240.

- A "Differential:" written inside a numbered problem ("1. ... Differential: HNP vs scar.")
  weighs that problem only: the next numbered problem ("2. Failed PT, naproxen ...") is read
  in the Assessment again (e201).
- "Improving w/ PT + NSAID" is a treatment under way, as "improving with" (e218).
- "Has failed 3 months of conservative care including PT, naproxen, HEP" (its subject left
  out) lists treatments had, to the list's end, as "She has failed ..." (e211).
- "Has not started any PT or exercises" denies the therapy that follows "any"; "... but has
  not started any." still denies the therapy named before it (e208).
- "No MRI since 2019 (pre-op)" names an earlier MRI: a study had, not denied; "No MRI since
  the surgery" names none and stays a denial (e202, e206; dev e190, d240).
- A relative's surgery told in a note's shorthand without the possessive ("- brother had a
  slipped disc and needed surgery"), or with an age word ("his older sister needed a
  fusion"), is the relative's (e237).
- "No surgery on spine", "surgery of the spine": the operation named by the part operated
  on, without a determiner or with "of" (e221, e230).
- "CT as next step" is the study still to come (e207); "2 CESIs" are epidural steroid
  injections (e210); an "epidural infection" is no injection (e209).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading.
"""

import pytest


# --- a differential inside a numbered problem ends with that problem --------------------------
def test_a_differential_in_problem_one_does_not_weigh_problem_two(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: leg pain.\n\nIMPRESSION\n"
            "1. Right L5 radiculopathy after prior decompression. Differential: recurrent "
            "herniation vs foraminal stenosis.\n"
            "2. Did not improve with naproxen since October and chiropractic x 5 wks.\n"
            "3. Hypertension.\n\nPLAN\n- MRI lumbar spine.\n")
    assert assertions_of(text, "nsaid") == {"present"}
    assert assertions_of(text, "chiropractic_care") == {"present"}


def test_near_miss_a_differential_on_its_own_paragraph_still_weighs_what_follows(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: leg pain.\n\nIMPRESSION: Right leg pain. Differential: "
            "herniated disc vs foraminal stenosis.\n\nPLAN\n- MRI lumbar spine.\n")
    assert assertions_of(text, "disc_herniation") == {"possible"}


# --- improving w/ a treatment: under way ---------------------------------------------------------
def test_improving_w_slash_is_a_treatment_under_way(assertions_of):
    text = ("Clinic 11/27/2026\nA/P:\n- Neck strain, 2 wk, improving w/ chiropractic + "
            "naproxen. No deficit.\n- Pt asks for CT.\n")
    assert assertions_of(text, "chiropractic_care") == {"present"}
    assert assertions_of(text, "nsaid") == {"present"}


def test_near_miss_should_improve_w_slash_stays_planned(assertions_of):
    text = ("Clinic 11/27/2026\nA/P:\n- Neck strain, 2 wk. Should improve w/ PT and "
            "naproxen.\n")
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}


# --- "Has failed ..." with its subject left out ----------------------------------------------------
def test_has_failed_without_subject_lists_treatments_had(assertions_of):
    text = ("Clinic 11/27/2026\nA/P:\n1. L5 radiculopathy. Has failed >2 months of "
            "conservative care including 6 wks of PT, naproxen, tramadol, HEP.\n"
            "- MRI L-spine\n")
    assert assertions_of(text, "home_exercise_program") == {"present"}
    assert assertions_of(text, "analgesic") == {"present"}


def test_near_miss_the_failed_list_ends_with_its_sentence(assertions_of):
    text = ("Clinic 11/27/2026\nA/P:\n1. L5 radiculopathy. Has failed 6 wks of PT. "
            "Will start gabapentin 300 mg qhs.\n")
    assert assertions_of(text, "neuropathic_agent") == {"hypothetical"}


# --- "has not started any X" -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "HPI: back pain 2 wks. He has not started any physical therapy or home exercises.",
    "HPI: back pain 2 wks. Has not started any PT yet.",
])
def test_has_not_started_any_denies_what_follows(assertions_of, text):
    assert assertions_of(text, "physical_therapy") == {"absent"}


def test_near_miss_has_not_started_any_at_clause_end_denies_what_came_before(assertions_of):
    text = "HPI: back pain 3 wks. Was given a PT referral last month but has not started any."
    assert assertions_of(text, "physical_therapy") == {"absent"}


# --- "No MRI since <an earlier study>" ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Imaging: No lumbar MRI since 03/2022, when it showed a small L4-5 protrusion.",
    "Imaging: no MRI since the preop study in 2021.",
    "Imaging: No MRI since 2020 (before his fusion).",
])
def test_no_mri_since_a_dated_or_preop_study_names_a_study_had(assertions_of, text):
    assert assertions_of(text, "prior_mri") == {"present"}


@pytest.mark.parametrize("text", [
    "Imaging: No MRI since the operation.",
    "Imaging: No MRI since then.",
])
def test_near_miss_no_mri_since_an_event_stays_denied(assertions_of, text):
    assert assertions_of(text, "prior_mri") == {"absent"}


# --- a relative's surgery in shorthand -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "HPI: wants imaging - sister had a \"bulging disc\" and needed surgery at 45, he is worried.",
    "HPI: He is anxious because his older brother needed a lumbar fusion in 2021.",
])
def test_a_relatives_surgery_in_shorthand_is_family(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


def test_near_miss_the_patients_own_surgery_after_a_relative_stays_present(assertions_of):
    text = "HPI: Lives with brother. Had L5-S1 microdiscectomy in 2019."
    assert assertions_of(text, "prior_spine_surgery") == {"present"}


def test_near_miss_a_relative_who_reports_is_no_relatives_finding(assertions_of):
    text = "HPI: Son also says she has been \"leaking\" urine since yesterday."
    assert "family" not in assertions_of(text, "bladder_dysfunction")


# --- an operation named by the part operated on ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "PSH: cholecystectomy. No surgery on spine.",
    "Past history: appendectomy; she has had no operations of the back.",
])
def test_no_surgery_on_spine_without_determiner_is_denied(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"absent"}


def test_near_miss_surgery_on_the_spine_discussed_is_no_surgery_had(assertions_of):
    text = "Plan: referred to discuss surgery on the spine if weakness progresses."
    assert "present" not in assertions_of(text, "prior_spine_surgery")


# --- next step, CESIs, epidural infection -----------------------------------------------------------
def test_a_study_as_next_step_is_no_study_had(assertions_of):
    text = "Phone note: PCP and I agree on CT lumbar spine as next step; will call with results."
    assert "present" not in assertions_of(text, "prior_ct")


def test_near_miss_a_study_done_earlier_stays_had(assertions_of):
    text = "HPI: CT lumbar spine 10/2026 showed L1 compression fracture."
    assert assertions_of(text, "prior_ct") == {"present"}


def test_plural_cesis_are_injections_had(assertions_of):
    text = "HPI: neck and arm pain; failed PT and 3 CESIs in 2025 before the ACDF."
    assert assertions_of(text, "epidural_steroid_injection") == {"present"}


def test_an_epidural_infection_is_no_injection(assertions_of):
    text = "A/P: postoperative epidural infection is unlikely given normal CRP and no fever."
    assert assertions_of(text, "epidural_steroid_injection") == set()


def test_near_miss_an_epidural_had_stays_an_injection(assertions_of):
    text = "HPI: had an epidural in 2023 with two months of relief."
    assert assertions_of(text, "epidural_steroid_injection") == {"present"}
