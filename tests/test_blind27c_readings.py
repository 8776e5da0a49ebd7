"""Readings mended after the blind batch d935-d950 (corpora/dev/ERRORS_d935-d950.md).

- A goal table's dot leader stands where "- met" has its dash ("Independent with HEP ......
  met"): the goal is reached (d935).
- "no red flags (afebrile, ...)": the heading opens a list that names normal findings too; it
  does not turn "afebrile" round into a fever (d936).
- "Nurse intake:" names who took today's history, not the first state of a then-and-now
  table (d940); "for concern of CES" is a suspicion, as "concern for" (d940).
- A past medical history's "resolved" ends its problem, as a problem list's does, but never
  a cancer (d940; d192).
- A form's "Why not MRI:" names no study had (d939, ANNOTATION "An MRI that cannot be done").
- A referral told in the history that the note shows taken was followed (d938).
- Targets: "after restocking heavy cases" (d938), "asks to sit on a stool" (d938), "no
  retention" right after another urinary symptom (d947), "after boosting a pt" (d949), "has
  lost no weight" (d950).
- "likely given xray spondylosis and listhesis": what a study showed is the reason of a
  suspicion, stated (d947); "if anything, X is more frequent" is no condition (d950).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- goals and lists ----------------------------------------------------------------------

def test_a_goal_met_after_a_dot_leader_is_done(assertions_of):
    text = ("PT discharge 11/20/2026\nGoals:\n 1) Independent in home exercises ......... met\n"
            " 2) Return to full duty ......... MET\n")
    assert assertions_of(text, "home_exercise_program") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"historical"}


def test_a_goal_not_met_after_a_dot_leader_stays_open(assertions_of):
    text = "PT discharge 11/20/2026\nGoals:\n 1) Return to full duty ........ not met\n"
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "Assessment: lumbar sprain; no red flags (afebrile, no weight loss, no saddle numbness).",
    "No concerning features: afebrile, strength full.",
])
def test_a_normal_item_under_no_red_flags_is_normal(assertions_of, body):
    assert assertions_of(_note(body), "fever") == {"absent"}


def test_a_negation_at_a_normal_word_still_turns_it_round(assertions_of):
    assert assertions_of(_note("She is not afebrile this morning, 38.3 C."), "fever") == {"present"}


# --- headers and cues ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    'Nurse intake: "low back pain for 5 days, now numb in the groin"',
    "Triage intake: neck pain x 2 weeks, now tingling in the hand.",
])
def test_a_nurses_intake_is_todays_history(assertions_of, body):
    code = "low_back_pain" if "back" in body else "neck_pain"
    assert assertions_of(body + "\n", code) == {"present"}


def test_an_initial_state_in_a_table_is_still_past(assertions_of):
    text = "PT progress 11/20/2026\nInitial: severe low back pain, 8/10\nToday: 3/10\n"
    assert "historical" in assertions_of(text, "severe_pain")


@pytest.mark.parametrize("body", [
    "Transferred from the clinic for concern of cauda equina syndrome.",
    "Seen with clinical concern of CES after new retention.",
])
def test_concern_of_a_diagnosis_is_a_suspicion(assertions_of, body):
    assert assertions_of(_note(body), "cauda_equina_syndrome") == {"possible"}


def test_whose_concern_it_is_doubts_no_symptom(assertions_of):
    body = "The concern of the patient today is low back pain for 3 weeks."
    assert assertions_of(_note(body), "low_back_pain") == {"present"}


# --- past history statuses ----------------------------------------------------------------

def test_a_past_history_resolved_ends_the_problem(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: new back pain after lifting.\n\n"
            "PMH: L5-S1 disc herniation 2019 - resolved with therapy. Asthma.\n")
    assert assertions_of(text, "disc_herniation") == {"historical"}


def test_a_resolved_cancer_in_a_past_history_still_holds(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: new back pain.\n\n"
            "PMH: colon cancer 2016 - resolved after resection. Hypertension.\n")
    assert assertions_of(text, "malignancy") == {"present"}


def test_a_known_herniation_in_a_past_history_holds(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: new back pain.\n\n"
            "PMH: L4-5 disc herniation (managed without surgery). Asthma.\n")
    assert assertions_of(text, "disc_herniation") == {"present"}


# --- forms and referrals ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Why not MRI: [X] Spinal cord stimulator (not MR-conditional)",
    "Reason for no MRI - severe claustrophobia, failed open scanner.",
])
def test_why_not_mri_names_no_study(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()


def test_a_denied_mri_is_still_denied(assertions_of):
    assert assertions_of(_note("No prior MRI of the spine."), "prior_mri") == {"absent"}


def test_a_referral_the_note_shows_taken_was_followed(assertions_of):
    body = ("In July her doctor started meloxicam and made a chiropractic referral. "
            "Chiropractic 7/20 to 9/30, 14 adjustments, little change.")
    assert assertions_of(_note(body), "chiropractic_care") == {"present"}


def test_a_referral_in_the_plan_is_still_to_come(assertions_of):
    text = "Clinic 11/27/2026\nHPI: neck pain for 3 weeks.\n\nPlan:\n- chiropractic referral\n"
    assert assertions_of(text, "chiropractic_care") == {"hypothetical"}


# --- targets ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Back pain began after restocking heavy crates at the store.",
    "Pain since stocking shelves with cases of water on Friday.",
])
def test_restocking_is_a_lifting_onset(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == {"present"}


def test_a_pain_worse_when_restocking_is_no_onset(assertions_of):
    assert assertions_of(_note("Back pain, worse when restocking shelves."), "trauma") == set()


def test_asking_to_sit_on_a_stool_is_a_limit(assertions_of):
    body = "Still working but asks to sit on a stool at the register."
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_asked_to_sit_for_the_exam_is_no_limit(assertions_of):
    body = "Pt asked to sit on the exam table for the seated slump test."
    assert assertions_of(_note(body), "functional_impairment") == set()


@pytest.mark.parametrize("body", [
    "Bladder: some frequency and nocturia, no retention.",
    "Reports urgency; denies retention.",
])
def test_a_bare_retention_after_a_urinary_symptom_is_the_bladders(findings_of, body):
    found = findings_of(_note(body))[0]
    assert "absent" in found.get("bladder_dysfunction", set())


def test_water_retention_is_no_bladder_finding(assertions_of):
    body = "Ankle swelling from water retention on amlodipine."
    assert assertions_of(_note(body), "bladder_dysfunction") == set()


def test_boosting_a_pt_is_a_lifting_onset(assertions_of):
    body = "Nurse with back pain since boosting a pt up in bed on Monday."
    assert assertions_of(_note(body), "trauma") == {"present"}


def test_lost_no_weight_denies_weight_loss(assertions_of):
    body = "He has lost no weight and eats well."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_lost_weight_is_weight_loss(assertions_of):
    body = "She has lost weight, 12 lb since August, without trying."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"present"}


# --- reasons and hedges -------------------------------------------------------------------

def test_a_study_named_as_the_reason_is_stated(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: hand clumsiness.\n\nImpression: cord compression at C5-6 "
            "probable given\n   x-ray spondylosis and anterolisthesis; MRI to confirm.\n")
    assert assertions_of(text, "spondylolisthesis") == {"present"}


def test_a_suspected_lesion_given_a_symptom_stays_possible(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: back pain.\n\nAssessment: likely spondylolisthesis given "
            "the pain with extension.\n")
    assert assertions_of(text, "spondylolisthesis") == {"possible"}


def test_if_anything_set_off_is_no_condition(assertions_of):
    body = "Therapy did not help and, if anything, the leg numbness is more frequent."
    assert assertions_of(_note(body), "symptom_progression") == {"present"}


def test_if_anything_changes_is_a_condition(assertions_of):
    text = "Clinic 11/27/2026\nHPI: back pain.\n\nPlan: call if anything changes or new leg weakness.\n"
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_a_referral_in_a_block_copied_from_its_visit_stays_to_come(assertions_of):
    text = ("Clinic 12/01/2026\nHPI (copied from 08/25/2026 visit, updated): low back pain. "
            "Started ibuprofen. Given PT referral. Update 12/01: PT 09/02 - 10/20, 12 visits, "
            "no better.\n")
    assert assertions_of(text, "physical_therapy") == {"hypothetical", "present"}
