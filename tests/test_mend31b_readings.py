"""Readings of the treatment, history, imaging, function and plan codes mended in session 31
(mend31b, corpora/dev/MEND31b.md), after the blind batch e161-e200.

- A reduced work schedule in force ("cut back to half days", "on reduced hours", "cut her
  shifts from 5 to 3 a week", "working about half her usual schedule") is both
  functional_impairment and activity_modification present (ANNOTATION "Work status",
  extended in session 31; corpora/dev/GOLD31.md); a usual part-time job is no cut-back
  (functional only); a cut-back that ended is activity_modification present and
  functional_impairment historical.
- A medicine's list item answered "- cannot take (reason)" is a medicine not taken (e188).
- "Stayed home from work" is a missed workday, as "off work": both codes (e165).
- The treatments a "has failed ..." sentence lists were had: "a trial of gabapentin" among
  them is no trial still to come (e161).
- A therapy course's "Start of care" date is no therapy to start (e193).
- The study the patient is taken to, the study booked ("Scheduled: MRI ..."), the study told
  with its CPT code and the study's purpose ("MRI will determine ...") name the study
  requested, no MRI had (e162, e163, e167, e183).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading.
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 7 weeks.\n{body}\n"


# --- reduced work schedule: a work status in force, both codes ---------------------------------
@pytest.mark.parametrize("body", [
    "Because of the back she went down to half days at the library.",
    "He has had to cut back to half days at the shop.",
    "Dropped to part-time at the post office in October.",
    "She is on reduced hours since the fall.",
    "Now on a reduced schedule at the bank.",
    "He cut his shifts from 6 to 4 a week.",
    "She cut her hours at the clinic to 24/wk.",
    "He dropped to two days a week at work.",
    "Now working half days at the warehouse.",
    "She has cut back to 4 patients a day (normally 10).",
    "She is working about half her usual hours.",
    "Is now working part-time because of the leg pain.",
])
def test_reduced_schedule_in_force_is_both_codes(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == {"present"}
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "Works part time as a receptionist, her usual job for 10 years.",
    "She works part-time at a garden centre.",
])
def test_usual_part_time_job_is_no_cut_back(assertions_of, body):
    # near-miss: a part-time job told with no cut-back follows no restriction
    assert assertions_of(_note(body), "activity_modification") == set()
    assert assertions_of(_note(body), "functional_impairment") <= {"present"}


def test_cut_back_of_something_else_is_no_work_status(assertions_of):
    # near-miss: the same verb on a habit
    body = "He cut back to 2 cigarettes a day."
    assert assertions_of(_note(body), "activity_modification") == set()
    assert assertions_of(_note(body), "functional_impairment") == set()


def test_ended_cut_back_is_followed_and_over(assertions_of):
    body = "She worked half days for two weeks in October. Back to full duty since 11/10."
    assert assertions_of(_note(body), "activity_modification") == {"present"}
    assert assertions_of(_note(body), "functional_impairment") == {"historical"}


def test_reduced_hours_given_in_the_plan_stay_to_do(assertions_of):
    # near-miss: a reduced schedule first given today is advice
    body = "Plan: reduced hours x 2 wks, work note given."
    assert assertions_of(_note(body), "activity_modification") == {"hypothetical"}


# --- a missed workday told as staying home -------------------------------------------------------
def test_stayed_home_from_work_is_off_work(assertions_of):
    body = "Took ibuprofen over the weekend and stayed home from work Monday and Tuesday."
    assert assertions_of(_note(body), "activity_modification") == {"present"}
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_staying_home_with_a_sick_child_is_no_work_status(assertions_of):
    # near-miss: home, but not from work
    body = "She stayed home with her son last week; the back pain started on Friday."
    assert assertions_of(_note(body), "activity_modification") == set()


# --- the treatments a "has failed" sentence lists were had ----------------------------------------
@pytest.mark.parametrize("body,code", [
    ("She has failed 6 weeks of physical therapy, ibuprofen and a trial of pregabalin.",
     "neuropathic_agent"),
    ("He has failed chiropractic care, meloxicam and a trial of tizanidine.", "muscle_relaxant"),
])
def test_trial_in_a_failed_list_was_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_failing_as_a_condition_is_no_course_had(assertions_of):
    # near-miss: "until he has failed ..." names a course still to come
    body = "No injection until she has failed 6 weeks of therapy and a trial of pregabalin."
    assert "present" not in assertions_of(_note(body), "neuropathic_agent")


def test_trial_offered_stays_to_do(assertions_of):
    # near-miss: a trial the plan offers
    body = "Plan: a trial of pregabalin at night; recheck in 4 weeks."
    assert assertions_of(_note(body), "neuropathic_agent") == {"hypothetical"}


# --- a therapy course's start-of-care date ------------------------------------------------------
def test_start_of_care_date_is_no_therapy_to_start(assertions_of):
    body = "Outpatient rehab note. Start of care PT: 10/02/2026. Visits: 12 (2x/wk x 6 wks)."
    assert assertions_of(_note(body), "physical_therapy") == {"present"}


def test_start_pt_stays_to_do(assertions_of):
    # near-miss: a therapy the plan starts
    assert assertions_of(_note("Plan: start PT 2x/wk next week."),
                         "physical_therapy") == {"hypothetical"}


# --- the study requested is no MRI had ------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Vitals rechecked before transport to MRI at 02:10.",
    "Scheduled: MRI L-spine w/wo contrast 12/09.",
    "Peer review ticket 88-2231 (MRI thoracic spine w/o contrast, 72146) - J. Ortiz",
    "The MRI will define the extent of the collection.",
])
def test_study_requested_is_no_prior_mri(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()


def test_study_told_as_done_stays_a_prior_mri(assertions_of):
    # near-miss: a study done and its result
    body = "MRI L-spine 03/2024 showed a small L4-5 protrusion, no stenosis."
    assert assertions_of(_note(body), "prior_mri") == {"present"}


# --- a medicine's list item answered "cannot take" -------------------------------------------------
@pytest.mark.parametrize("body", [
    "Meds tried: Ibuprofen - cannot take (peptic ulcer 2019).",
    "Celecoxib: can't take, (sulfa allergy).",
])
def test_medicine_that_cannot_be_taken_is_denied(assertions_of, body):
    assert assertions_of(_note(body), "nsaid") == {"absent"}


def test_limit_on_a_dose_taken_keeps_the_medicine(assertions_of):
    # near-miss: "cannot take more than that" of a medicine she takes
    body = "Ibuprofen 400 mg twice a day - cannot take more than that."
    assert assertions_of(_note(body), "nsaid") == {"present"}

