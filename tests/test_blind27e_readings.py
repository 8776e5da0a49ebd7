"""Readings mended after the blind batch d959-d968 (corpora/dev/ERRORS_d959-d968.md).

- An empty box whose label lists its items in parentheses ("[ ] Red flags (CES, infection,
  cancer, fracture)") denies every item (d966: CES read present - false urgent and three false
  met).
- A deficit told as recovered with a noun ("foot drop, brace x 3 months, full recovery by the
  spring") is historical (d968: the old foot drop read present - false urgent); a recovery
  hoped for is not.
- "X with or without Y" weighs Y either way, it denies nothing (d963).
- A worsening headache in a safety net is no progression of the spine's symptoms (d965).
- In an ROS grid a bar ends the item before a "neg" ("MSK: + neck pain | Skin: neg", d967).
- "no implants other than the knee - MR conditional" is an exception: the knee implant is
  there and cleared, no contraindication (d968 false met under Cohere).
- "Hx breast CA? - no" answers the question after a dash (d962).
- A line ending "Most likely" / "probably" runs on into the diagnosis on the next line (d961).
- "his brother was found to have a herniated disc" is the brother's (d960).
- "no recurrence on today's exam" names the exam as where it was looked for (d967).
- "asks for CT rather than MRI" names the study chosen, no prior MRI (d968).
- "no night waking" denies the night pain; "passing urine or stool" names the bowels (d968).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 5 weeks.\n{body}\n"


# --- an empty box over a parenthesised list ------------------------------------------------

def test_an_empty_box_denies_the_items_listed_after_its_label(assertions_of):
    text = _note("Request form:\n[ ] Red flags (saddle numbness, fever, weight loss)\n"
                 "[X] Failed conservative care")
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}
    assert assertions_of(text, "fever") == {"absent"}
    assert assertions_of(text, "unexplained_weight_loss") == {"absent"}


def test_a_checked_box_over_a_parenthesised_list_stays_affirmed(assertions_of):
    text = _note("Request form:\n[X] Red flags (saddle numbness, fever)")
    assert assertions_of(text, "saddle_anesthesia") == {"present"}


def test_a_remark_in_parentheses_after_an_empty_box_is_not_a_list(assertions_of):
    text = _note("Checklist: [ ] Radiculopathy (EMG 10/02)   [X] Low back pain")
    assert assertions_of(text, "radiculopathy") == {"absent"}
    assert assertions_of(text, "abnormal_emg") == {"present"}


# --- a recovery told as a noun ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "History: L hip replacement 05/2019 c/b L sciatic nerve palsy with L foot drop, brace x 3"
    " months, full recovery by\nspring 2020 - no brace since, jogs without trouble.",
    "History: L hip replacement 05/2019 complicated by L peroneal neuropathy with L foot drop,"
    " complete recovery within a year.",
])
def test_a_deficit_with_a_full_recovery_is_historical(assertions_of, line):
    assert assertions_of(_note(line), "foot_drop") == {"historical"}


def test_a_full_recovery_expected_leaves_the_deficit_present(assertions_of):
    text = _note("Exam: new L foot drop; we expect a full recovery after decompression.")
    assert assertions_of(text, "foot_drop") == {"present"}


# --- with or without -------------------------------------------------------------------------

def test_with_or_without_denies_nothing(assertions_of):
    text = _note("A: suspected epidural abscess with or without vertebral osteomyelitis, "
                 "to be excluded today.")
    assert "absent" not in assertions_of(text, "spinal_infection")


def test_without_alone_still_denies(assertions_of):
    text = _note("Low back pain without fever or weight loss.")
    assert assertions_of(text, "fever") == {"absent"}


# --- a headache's worsening -------------------------------------------------------------------

def test_a_worsening_headache_is_no_progression(assertions_of):
    text = _note("Plan: ED for any leg weakness or worsening headaches.")
    assert assertions_of(text, "symptom_progression") == set()
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_a_worsening_leg_pain_in_a_safety_net_stays_a_progression(assertions_of):
    text = _note("Plan: ED for any leg weakness or worsening leg pain.")
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}


# --- ROS grid bars ----------------------------------------------------------------------------

def test_a_bar_ends_the_item_before_a_negative(assertions_of):
    text = "Clinic 11/27/2026\nROS: Const: neg | MSK: + back pain | Neuro: neg | Skin: neg\n"
    assert assertions_of(text, "low_back_pain") == {"present"}


def test_an_item_answered_neg_after_a_bar_is_still_denied(assertions_of):
    text = "Clinic 11/27/2026\nHPI: neck pain.\nROS: fever | neg\n"
    assert assertions_of(text, "fever") == {"absent"}


# --- implants: an exception -------------------------------------------------------------------

def test_no_implants_other_than_an_mr_conditional_one_is_no_contraindication(assertions_of):
    text = _note("Had a hip MRI in 2020 without trouble, no implants other than the hip - "
                 "MR conditional per the operative report.")
    assert assertions_of(text, "mri_contraindication") == {"absent"}


def test_no_implants_other_than_a_pacemaker_names_the_pacemaker(assertions_of):
    text = _note("No implants other than a pacemaker placed in 2019.")
    assert assertions_of(text, "mri_contraindication") == {"present"}


# --- a question answered after a dash ---------------------------------------------------------

def test_a_question_answered_no_after_a_dash_denies_its_item(assertions_of):
    text = _note("Screen: Prior cancer? - no. Earlier back surgery? - no.")
    assert assertions_of(text, "malignancy") == {"absent"}
    assert assertions_of(text, "prior_spine_surgery") == {"absent"}


def test_a_no_that_opens_an_answer_denies_only_what_follows(assertions_of):
    text = _note("Prior cancer? - no recurrence since 2019.")
    assert assertions_of(text, "malignancy") == {"present"}


# --- an adverb of doubt ending a line ---------------------------------------------------------

def test_most_likely_at_a_line_end_reaches_the_next_line(assertions_of):
    text = ("Clinic 11/27/2026\nA: L arm pain with C7 radiculopathy. Most likely\n"
            "C6-7 foraminal stenosis or disc herniation.\n")
    assert assertions_of(text, "spinal_stenosis") == {"possible"}
    assert assertions_of(text, "disc_herniation") == {"possible"}


def test_a_line_without_an_adverb_of_doubt_ends_its_sentence(assertions_of):
    text = ("Clinic 11/27/2026\nA: L arm pain with C7 radiculopathy likely\n"
            "Plan: MRI C-spine. Disc herniation C6-7 on the 2023 MRI.\n")
    assert assertions_of(text, "disc_herniation") == {"present"}


# --- a relative found to have it --------------------------------------------------------------

def test_what_a_relative_was_found_to_have_is_the_relatives(assertions_of):
    text = _note("He is uneasy because his younger sister was found to have a herniated disc at 35.")
    assert assertions_of(text, "disc_herniation") == {"family"}


def test_what_the_patient_was_found_to_have_is_his(assertions_of):
    text = _note("On the 2024 MRI he was found to have a herniated disc at L4-5.")
    assert assertions_of(text, "disc_herniation") == {"present"}


# --- the exam as where something was looked for -----------------------------------------------

def test_no_recurrence_on_todays_exam_keeps_the_exam(assertions_of):
    text = _note("A: the 2021 C6 radiculopathy resolved; there is no recurrence on today's exam.")
    assert assertions_of(text, "in_person_exam") == {"present"}


def test_a_visit_without_an_exam_is_still_denied(assertions_of):
    text = _note("Video visit: no physical exam today.")
    assert assertions_of(text, "in_person_exam") == {"absent"}


# --- the study asked for instead ---------------------------------------------------------------

def test_asking_for_ct_rather_than_mri_names_no_mri(assertions_of):
    text = _note("He asks for a CT rather than an MRI because he dislikes the noise.")
    assert assertions_of(text, "prior_mri") == set()


def test_an_mri_had_rather_than_a_ct_is_a_study_done(assertions_of):
    text = _note("He had an MRI of the L-spine in 2024.")
    assert assertions_of(text, "prior_mri") == {"present"}


# --- night waking named as a noun; the bowels after "passing urine or" ---------------------

def test_night_waking_denied_is_night_pain_absent(assertions_of):
    assert assertions_of(_note("Pain 4/10, no night waking."), "night_pain") == {"absent"}


def test_waking_at_night_to_void_is_no_night_pain(assertions_of):
    assert assertions_of(_note("Waking at night to urinate twice."), "night_pain") == set()


def test_stool_after_passing_urine_or_is_the_bowels(assertions_of):
    text = _note("Denies trouble passing urine or stool.")
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


def test_a_stool_softener_is_no_bowel_finding(assertions_of):
    assert assertions_of(_note("Takes a stool softener daily."), "bowel_dysfunction") == set()
