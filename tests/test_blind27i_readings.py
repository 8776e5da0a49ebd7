"""Readings mended after the blind batch e001-e010 (corpora/dev/ERRORS_e001-e010.md).

- A pain score compared with an earlier range ("3-6/10 (was 5-9/10 at the first visit)") rose
  only when the whole earlier range lies below the score: a range is no single lower score
  (e002 false met under NIA, symptom progression during conservative care).
- A relative opening the sentence keeps the sentence past her age ("now 71") and past the
  steps of her story ("then", "later"): e009's mother's clumsy hands and unsteady walk read
  as the patient's myelopathy signs (false met under AIM and eviCore).
- Also: "Return/notify for ..." is a precaution (e007); "MRI will be obtained" is no study had
  (e005); "has woken him every night" is night pain (e006); a form's "[X] No" denies a label
  that names the exam ("Neurological deficit on exam:  [ ] Yes  [X] No", e008).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- a score against an earlier range ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Therapy progress: back pain 3-6/10 (was 5-9/10 at the first visit), walking farther.",
    "Back pain 4/10 (was 3-7/10 two weeks ago), sleeping better.",
])
def test_a_score_within_or_below_an_earlier_range_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body), "symptom_progression") == set()


def test_a_score_above_a_whole_earlier_range_still_rose(assertions_of):
    assert assertions_of(_note("Back pain 8/10 (was 2-5/10 last month)."),
                         "symptom_progression") == {"present"}


# --- a relative's story ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Lower back ache for 3 weeks. His father, now 74, had back pain for years, then weak "
    "legs and a shuffling walk.",
    "Lower back ache for 3 weeks. Her aunt developed leg numbness, later a shuffling gait.",
])
def test_a_relatives_story_stays_hers_past_now_and_then(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == {"family"}


def test_the_patient_after_a_relatives_sentence_is_the_patient(assertions_of):
    text = _note("Lower back ache for 3 weeks. His father had a lumbar fusion. "
                 "Now he has a shuffling walk himself.")
    assert assertions_of(text, "gait_abnormality") == {"present"}


# --- other readings -------------------------------------------------------------------------

def test_a_slash_pair_return_instruction_is_a_precaution(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: Back pain 2 weeks.\n\nPlan:\n"
            "- Notify/return for new foot weakness, numb legs, or trouble holding urine.\n")
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}


def test_a_study_that_will_be_obtained_is_not_had(assertions_of):
    text = _note("Sciatica 2 weeks, afebrile; a lumbar MRI will be obtained tomorrow.")
    assert assertions_of(text, "prior_mri") == set()


def test_a_study_that_was_obtained_was_had(assertions_of):
    text = _note("Sciatica 2 weeks; a lumbar MRI was obtained on 11/02/2026, L5-S1 bulge.")
    assert assertions_of(text, "prior_mri") == {"present"}


def test_pain_that_has_woken_her_every_night(assertions_of):
    assert assertions_of(_note("Mid-back ache that has woken her every night this week."),
                         "night_pain") == {"present"}


def test_a_form_denial_reaches_a_label_naming_the_exam(assertions_of):
    form = "PA FORM 11/27/2026\nMotor weakness on exam:  [ ] Yes  [X] No\n"
    assert assertions_of(form, "motor_weakness") == {"absent"}
    assert assertions_of(form, "in_person_exam") == {"present"}


def test_a_form_yes_with_the_exam_in_its_label_stays_present(assertions_of):
    form = "PA FORM 11/27/2026\nMotor weakness on exam:  [X] Yes  [ ] No\n"
    assert assertions_of(form, "motor_weakness") == {"present"}
