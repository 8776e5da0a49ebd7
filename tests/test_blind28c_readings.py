"""Readings mended after the blind batch e061-e070 (corpora/dev/ERRORS_e061-e070.md).

- A therapist's "Progressing toward all goals" is the patient's progress in therapy, no
  worsening (e069 false met under AIM and NIA, and false urgent with the next item).
- "because last time it turned into a foot drop": the patient's earlier episode, historical
  (e069), not a foot drop now; "worse than last time" compares and keeps the present.
- "If foot weakness recurs": a weakness that would come back is not there now (hypothetical,
  e069); "if the leg weakness persists" is hypothetical too since R9 (contract46).
- "(eval 7/10)" after today's score is the first visit's score, historical (e069).
- "cannot recall any specific injury" denies the injury (e063).
- "PT referral offered, she prefers to wait" is an offer not taken up, as declined (e068).
- "if legs get weaker" watches for a progression (e066).
- "had to cancel an MRI" is no MRI done; "CT imaging may proceed" (a device clinic's leave)
  is no CT done (e064).
- "spurring narrowing the right C6-7 foramen" is a stenosis the films show (e063).
- "Past medical history is notable for ..." in a dictated letter is a sentence, not a header
  whose section swallows the examination and the impression after it (e063).
- A "post-laminotomy change" or a "solid fusion on today's films" dates the films, not the
  operation; a bare year right after the operation dates it (e064, e070: no
  recent_spinal_procedure); "pseudarthrosis not suspected" denies no operation (e070).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note as _plan


# --- progress in therapy, an earlier episode ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Clinic 11/27/2026\nAssessment: Good response to the extension program. "
    "Progressing toward all goals.\n",
    "Clinic 11/27/2026\nAssessment: Slow gains this month. Progressing towards all of her "
    "goals.\n",
])
def test_progress_toward_goals_is_no_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == set()


def test_a_symptom_progressing_stays(assertions_of):
    assert assertions_of(_note("Leg pain progressing toward the foot over two weeks."),
                         "symptom_progression") == {"present"}


def test_last_time_is_the_earlier_episode(assertions_of):
    text = _note("Wants imaging because last time his sciatica ended in a foot drop.")
    assert assertions_of(text, "foot_drop") == {"historical"}


def test_worse_than_last_time_keeps_the_present(assertions_of):
    text = _note("Leg weakness is worse than last time, with a new foot drop.")
    assert assertions_of(text, "foot_drop") == {"present"}


def test_a_weakness_that_would_recur_is_hypothetical(assertions_of):
    text = _plan("- If leg weakness recurs or the pain worsens despite therapy, earlier f/u.")
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_a_weakness_that_persists_is_hypothetical_by_r9(assertions_of):
    # R9 (contract46): a finding named in a condition is hypothetical whatever the verb
    text = _plan("- If the leg weakness persists after the course, EMG.")
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_the_eval_score_in_brackets_is_historical(assertions_of):
    text = "Clinic 11/27/2026\nPT progress: Pain R thigh 2/10 today (eval 8/10).\n"
    assert assertions_of(text, "severe_pain") == {"historical"}


def test_a_score_of_today_stays_present(assertions_of):
    text = "Clinic 11/27/2026\nPT progress: Pain R thigh 8/10 today (eval 10/02).\n"
    assert assertions_of(text, "severe_pain") == {"present"}


# --- denials and offers ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Neck pain since last month. He cannot recall any specific injury.",
    "Back pain for 3 weeks. Does not remember any particular injury or fall.",
])
def test_no_injury_recalled_denies_it(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == {"absent"}


def test_an_injury_whose_date_is_not_recalled_stays(assertions_of):
    text = _note("Back pain since a fall from a ladder. He cannot recall the date of the injury.")
    assert assertions_of(text, "trauma") == {"present"}


def test_an_offer_put_off_is_declined(assertions_of):
    assert assertions_of(_plan("- PT referral offered, he prefers to wait."),
                         "physical_therapy") == {"absent"}


def test_waiting_for_another_treatment_leaves_the_plan(assertions_of):
    text = _plan("- Start PT next week; she prefers to wait until after the holidays for "
                 "the injection.")
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}


def test_legs_that_would_get_weaker_are_a_progression_watched_for(assertions_of):
    text = _plan("- Call 911 if the legs get weaker or you cannot pass urine.")
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}


def test_legs_that_got_weaker_are_a_progression(assertions_of):
    text = _note("Over the past week her legs got weaker and she now needs a walker.")
    assert assertions_of(text, "symptom_progression") == {"present"}


# --- studies not done, a stenosis the films show -------------------------------------------

def test_a_cancelled_mri_was_not_done(assertions_of):
    text = _note("Back pain. She had to cancel a cervical MRI last year because of the device.")
    assert assertions_of(text, "prior_mri") == {"absent"}


def test_an_mri_after_a_cancelled_visit_was_done(assertions_of):
    text = _note("Cancelled his appointment, then had an MRI lumbar spine 10/02/2026 elsewhere.")
    assert assertions_of(text, "prior_mri") == {"present"}


def test_a_study_the_device_clinic_allows_is_no_study(assertions_of):
    text = ("Clinic 11/27/2026\nDevice clinic: The pacemaker is not MR-conditional. CT imaging "
            "may proceed without restriction.\n")
    assert assertions_of(text, "prior_ct") == set()


def test_a_ct_done_stays(assertions_of):
    text = _note("CT lumbar spine 10/02/2026 showed L4-5 stenosis.")
    assert assertions_of(text, "prior_ct") == {"present"}


def test_a_narrowed_foramen_on_films_is_stenosis(assertions_of):
    text = _note("Films 09/2026 showed uncovertebral spurring narrowing the left C5-6 foramen.")
    assert assertions_of(text, "spinal_stenosis") == {"present"}


def test_disc_space_narrowing_is_no_stenosis(assertions_of):
    text = _note("Films: disc space narrowing at C5-6, foramina patent.")
    assert assertions_of(text, "spinal_stenosis") == set()


# --- a dictated letter's history sentence ---------------------------------------------------

def test_a_history_sentence_in_a_letter_heads_no_section(assertions_of):
    text = ("Dear Dr. Ames,\nThank you for referring Mr. Cole, who has had left arm pain for 8 "
            "weeks.\n\nPast medical history is notable for asthma. He has never had neck "
            "surgery.\n\nOn examination Spurling's test to the left reproduces the arm pain "
            "into the thumb. Biceps 4/5 on the left.\n\nMy impression is a left C6 "
            "radiculopathy.\n")
    assert assertions_of(text, "radiculopathy") == {"present"}


def test_a_history_header_alone_on_its_line_still_heads_it(assertions_of):
    text = "Clinic 11/27/2026\nPAST MEDICAL HISTORY\nSciatica 2015, resolved.\n"
    assert assertions_of(text, "radicular_pain") == {"historical"}


# --- old operations on today's films --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Films reviewed: XR lumbar 3 views incl flex/ext 10/30/2026 - post-laminotomy change R "
    "L4-5; mild disc height loss L2-3 with facet arthropathy.",
    "A/P: s/p L4-5 TLIF 2019 - solid fusion on today's films, hardware intact.",
])
def test_an_old_operation_on_recent_films_is_not_recent(assertions_of, body):
    text = "Clinic 11/27/2026\n" + body + "\n"
    assert assertions_of(text, "prior_spine_surgery") == {"present"}
    assert assertions_of(text, "recent_spinal_procedure") == set()


def test_an_operation_of_last_month_is_recent(assertions_of):
    text = _note("L4-5 laminectomy 10/20/2026, now new leg pain.")
    assert assertions_of(text, "recent_spinal_procedure") == {"present"}


def test_a_failed_fusion_not_suspected_denies_no_operation(assertions_of):
    text = ("Clinic 11/27/2026\nA/P: s/p L4-5 fusion 2019. Nonunion / pseudarthrosis not "
            "suspected on the films.\n")
    assert assertions_of(text, "prior_spine_surgery") == {"present"}


def test_a_failed_fusion_found_is_the_operation(assertions_of):
    text = "Clinic 11/27/2026\nCT 10/02/2026: pseudarthrosis at L4-5.\n"
    assert assertions_of(text, "prior_spine_surgery") == {"present"}
