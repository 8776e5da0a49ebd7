"""Readings mended after the blind batch e121-e130 (corpora/dev/ERRORS_e121-e130.md).

- Studies still to come: an MRI safety screen's "prior to lumbar MRI" (e124: a prior MRI that
  turned a Cohere CT determination) and a form's "Reason MRI not performed:" are no prior MRI.
- Counts that look like scores: "heel raises 0 of 10 R, 10/10 L" is repetitions, no pain score.
- Old episodes: a "never removed" tells what was not done to an old injury, no word of now; a
  parenthesis holding an injury and its year is its own phrase, not the date of films named
  before it (e124).
- Work: a claim form's "Last day worked full duty" (e121) and an anticipated "full duty trial"
  (e122) deny no limitation now; "no light duty in line crews" is the trade's option (e123).
- Mechanisms: "hurt her mid back" (e127), "sat down hard", "chair slid out from under her",
  "jarred his neck" (e129); "until that is excluded" excludes the pronoun's thing (e127).
- Precautions and plans: "if leg symptoms develop" (e122); "X started today, heat" - the cue
  ends its item (e130); a Plan's PT beside "No PT for this episode" is a new course (e129).
- Vocabulary: "Neck sore since" (e130), a stool he "didn't feel coming" in quotes (e125; not
  the paper not felt after a bowel movement, d554), "Hx as per
  clinic:" is the present illness as told (e125).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note as _plan

HEAD = "Clinic 11/27/2026\n"


# --- studies still to come -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "XR ORBITS 11/02/2026\nIndication: metalworker, screening prior to cervical MRI.\n"
    "Impression: no orbital foreign body.\n",
    HEAD + "Orbit films obtained as MRI clearance before the lumbar MRI.\n",
    "PA FORM 12/01/2026\nReason MRI not performed: cardiac pacemaker, not MR conditional\n"
    "Requested: CT lumbar\n",
])
def test_a_study_still_to_come_is_no_prior_mri(assertions_of, text):
    assert assertions_of(text, "prior_mri") == set()


def test_an_mri_done_stays_a_prior_mri(assertions_of):
    text = HEAD + "Lumbar MRI 10/2026 showed L4-5 HNP. Prior to the MRI he had PT.\n"
    assert assertions_of(text, "prior_mri") == {"present"}


# --- counts that look like scores ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Calf strength: single-leg heel raises 2 of 10 on the left, 10/10 on the right.",
    "Toe raises 10/10 bilaterally, heel walk normal.",
])
def test_repetitions_are_no_pain_score(assertions_of, text):
    assert assertions_of(_note(text), "severe_pain") == set()


def test_a_pain_score_beside_heel_raises_stays(assertions_of):
    assert assertions_of(_note("Heel raises provoke pain 8/10 in the calf."),
                         "severe_pain") == {"present"}


# --- old episodes ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Metal fragment in the eye (grinding injury 2004, never removed).",
    "Hand fracture (work injury 2011, never fixed).",
    "Metal fragment R eye confirmed on screening films (grinding injury 2004, never removed).",
])
def test_an_old_injury_left_as_it_was_stays_old(assertions_of, text):
    assert assertions_of(_note(text), "trauma") == {"historical"}


def test_an_injury_never_recovered_from_goes_on(assertions_of):
    text = _note("Back pain since he fell off a ladder in 2019; never recovered.")
    assert "present" in assertions_of(text, "trauma") | assertions_of(text, "low_back_pain")


# --- work ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "EMPLOYER REPORT OF INJURY 10/05/2026\nLast day worked full duty: 10/01/2026\n"
    "Returned to work: no\n",
])
def test_the_last_day_of_full_duty_denies_no_limitation(assertions_of, text):
    assert "absent" not in assertions_of(text, "functional_impairment")


def test_working_full_duty_now_stays_absent(assertions_of):
    assert assertions_of(_note("Working full duty without restrictions."),
                         "functional_impairment") == {"absent"}


def test_an_anticipated_full_duty_trial_denies_no_limitation(assertions_of):
    text = _plan("- Work status: continue modified duty until 12/14, then anticipate full duty "
                 "trial.")
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("text", [
    "Off work since the fall 9/02 (no light duty at the quarry); claim disputed.",
    "Off work since 9/02 (no modified duty offered by employer).",
])
def test_a_trades_option_denied_is_no_activity_denied(assertions_of, text):
    assert assertions_of(_note(text), "activity_modification") == {"present"}


def test_no_restrictions_needed_stays_absent(assertions_of):
    assert "absent" in assertions_of(_note("No light duty restrictions needed; working regular "
                                           "job."), "activity_modification")


# --- mechanisms ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She hurt her mid back at work on 09/20.",
    "The chair slid out from under him at his desk.",
    "He sat down hard on the ice, jarred his back.",
])
def test_a_mechanism_is_trauma(assertions_of, text):
    assert assertions_of(_note(text), "trauma") == {"present"}


def test_until_that_is_excluded_denies_no_injury(assertions_of):
    text = _note("I will not treat this as a work injury until that is excluded.")
    assert "absent" not in assertions_of(text, "trauma")


def test_an_injury_denied_stays_absent(assertions_of):
    assert assertions_of(_note("No injury or trauma."), "trauma") == {"absent"}


# --- precautions and plans -------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "- Return if leg symptoms develop.",
    "- Would reconsider if leg symptoms develop.",
])
def test_limb_symptoms_to_come_are_hypothetical(assertions_of, plan):
    text = (HEAD + "HPI: low back pain for 3 weeks. No pain going into the legs.\n\nPlan:\n"
            + plan + "\n")
    assert "hypothetical" in assertions_of(text, "radicular_pain")


def test_limb_symptoms_that_persist_are_no_radicular_pain(assertions_of):
    text = _plan("- Revisit if leg symptoms persist after walking.",
                 hpi="low back pain for 3 weeks.")
    assert assertions_of(text, "radicular_pain") == set()


def test_a_cue_ending_its_item_leaves_the_next_item(assertions_of):
    text = _plan("Naproxen 500 bid started today, ice, gentle walking.")
    assert "present" not in assertions_of(text, "activity_modification")


def test_a_cue_opening_a_list_reaches_its_items(assertions_of):
    text = _plan("Started today: PT 2x/wk, home exercises.")
    assert assertions_of(text, "home_exercise_program") == {"present"}


def test_a_plans_therapy_after_none_this_episode_is_new(assertions_of):
    text = (HEAD + "HPI: back pain 3 wks. Prior L5 radiculopathy 2020 got better after PT. No PT "
            "for the current flare.\n\nPlan:\n- PT 2x/wk x 6 wks.\n")
    assert "hypothetical" in assertions_of(text, "physical_therapy")


def test_a_plans_therapy_going_on_stays_present(assertions_of):
    text = (HEAD + "HPI: neck pain 3 wks. Doing PT since 11/10, helping.\n\nPlan:\n"
            "- PT 2x/wk x 3 more wks.\n")
    assert assertions_of(text, "physical_therapy") == {"present"}


# --- vocabulary ------------------------------------------------------------------------------

def test_neck_sore_since(assertions_of):
    assert assertions_of(_note("Neck sore since Monday, 2/10."), "neck_pain") == {"present"}


def test_a_neck_then_a_sore_throat_is_no_neck_pain(assertions_of):
    assert assertions_of(_note("Neck, sore throat and fever."), "neck_pain") == set()


def test_a_stool_not_felt_is_bowel_dysfunction(assertions_of):
    text = _note('Overnight one soft stool she "couldn\'t feel" at all.')
    assert assertions_of(text, "bowel_dysfunction") == {"present"}


def test_the_paper_not_felt_after_a_stool_is_no_bowel_dysfunction(assertions_of):
    text = _note("When she wiped after a bowel movement she could not feel the tissue.")
    assert assertions_of(text, "bowel_dysfunction") == set()


def test_bowels_felt_normally_stay_absent(assertions_of):
    assert assertions_of(_note("Bowel movements normal, feels them coming."),
                         "bowel_dysfunction") == {"absent"}


def test_a_history_as_told_is_the_present_illness(assertions_of):
    text = "ED NOTE 11/27/2026\nHx as per EMS: 2 days of bilateral sciatica and new urinary retention.\n"
    assert assertions_of(text, "bilateral_sciatica") == {"present"}


def test_a_history_of_stays_historical(assertions_of):
    text = "ED NOTE 11/27/2026\nHx of sciatica 2015, resolved.\n"
    assert assertions_of(text, "radicular_pain") == {"historical"}
