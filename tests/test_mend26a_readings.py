"""Readings mended from the blind lists d863-d874 and d887-d892 (corpora/dev/MEND26a.md).

- "reflexes symmetric bilaterally - no\\nperipheral neuropathy on exam": a bare line break and a
  lower-case word go on the sentence, so the "no" is no dash answer to the item before it
  (d890: the neuropathy read present, a determination not met).
- "No prior cervical MRI/CT": the slash-joined pair names both studies, so the CT is denied
  as the MRI is (d866, d889: prior_ct absent missed).
- "EHL 4/5 (was 5/5 at eval)": a target that holds the bracket's old grade is today's; the
  "at eval)" bracket dates only a state that is wholly its own (d863: the weakness and its
  progression read historical).
- "CRP 9 mg/L (normal < 10)": a value between the plain normal and the plain high, read against
  the upper limit written beside it, is normal (d871: missed).
- "Reflexes 2+/symm": a normal grade and its symmetry joined by a slash (d874: missed).
- "no midline TTP, flex limited 50% by leg pain": a comma before an exam's next item (flexion,
  extension, ROM) with its own predicate ends the denial (d887: the leg pain read absent).
- "can only manage a few steps with his walker": a walking limit counted in steps is a loss of
  function (d870: missed).
- "Doing chin tucks + doorway stretch": named home exercises the patient does are a home
  programme (d864: missed).
- "The back itself aches": the back named with "itself" is the low back that hurts (d863: missed).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nExam: {body}\n"


# --- "- no" then a wrapped line ----------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Vibration sense preserved at both great toes - no\nperipheral neuropathy found today.",
     "peripheral_neuropathy"),
    ("Light touch normal in both hands - no\nmyelopathy signs on this exam.", "myelopathy_signs"),
])
def test_dash_no_before_a_wrapped_line_denies_what_follows(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code", [
    # an answer at a line's end, the next item on its own capitalised line
    ("Saddle numbness - no\nFever - yes, low grade.", "saddle_anesthesia"),
    ("Bowel incontinence - no\nGait: steady.", "bowel_dysfunction"),
])
def test_dash_answer_at_a_line_end_still_denies_the_item(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


# --- "MRI/CT" names both studies ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "No previous cervical MRI/CT on file.",
    "She has had no CT/MRI of the lumbar spine.",
])
def test_a_slash_joined_pair_denies_both_studies(assertions_of, body):
    assert assertions_of(_note(body), "prior_ct") == {"absent"}
    assert assertions_of(_note(body), "prior_mri") == {"absent"}


def test_a_slash_joined_pair_done_is_both_studies(assertions_of):
    body = "Outside thoracic MRI/CT from 2025 reviewed: mild spondylosis."
    assert assertions_of(_note(body), "prior_ct") == {"present"}


@pytest.mark.parametrize("body", ["PET/CT in 2025 showed no disease.", "No prior lumbar MRI."])
def test_one_study_stays_one(assertions_of, body):
    # PET/CT is a CT alone; an MRI alone names no CT
    assert assertions_of(_note(body), "prior_mri") == ({"absent"} if "MRI" in body else set())


# --- "(was 5/5 at eval)" inside the target --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Strength: R TA 4/5 (was 5/5 at the first evaluation), R EHL 5/5.",
    "Myotomes: left EHL 3/5 (was 4/5 at consult).",
])
def test_a_grade_with_its_old_grade_in_brackets_is_today_s(assertions_of, body):
    assert "historical" not in assertions_of(_note(body), "motor_weakness")
    assert "present" in assertions_of(_note(body), "motor_weakness")


@pytest.mark.parametrize("body, code", [
    # a bracket wholly of the first visit still dates its own state
    ("Buttock and leg pain 2/10 (8/10 at evaluation).", "severe_pain"),
])
def test_a_bracket_of_the_first_visit_still_dates_its_state(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"historical"}


# --- a CRP under the limit stated beside it -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Labs today: CRP 8 mg/L (ref < 10), hemoglobin 13.",
    "C-reactive protein 6.5 mg/L (normal range 0-10).",
])
def test_a_crp_under_its_stated_limit_is_normal(assertions_of, body):
    assert assertions_of(_note(body), "elevated_inflammatory_markers") == {"absent"}


@pytest.mark.parametrize("body, expected", [
    ("Labs today: CRP 8 mg/L (ref < 5).", set()),            # over its own limit: no normal
    ("Labs today: CRP 31 mg/L (ref < 10).", {"present"}),
])
def test_a_crp_over_a_limit_is_not_read_normal(assertions_of, body, expected):
    assert assertions_of(_note(body), "elevated_inflammatory_markers") == expected


# --- "2+/symm" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Neuro: DTRs 2+/symm, toes down.",
    "Reflexes 2/symmetric at knees and ankles.",
])
def test_a_normal_grade_slash_symmetric_denies_a_reflex_change(assertions_of, body):
    assert assertions_of(_note(body), "reflex_abnormality") == {"absent"}


def test_a_grade_slash_a_lower_grade_is_still_abnormal(assertions_of):
    assert assertions_of(_note("Reflexes 2+/1+ at the right ankle."), "reflex_abnormality") == {
        "present"}


# --- "no X, flexion limited by Y" -------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Lumbar: no step-off, flexion limited to 40 deg by buttock and leg pain.", "radicular_pain"),
    ("C-spine: no spinous tenderness, extension reproduces arm pain.", "radicular_pain"),
])
def test_an_exam_s_next_item_after_a_comma_is_not_denied(assertions_of, body, code):
    assert "absent" not in assertions_of(_note(body), code)


def test_a_denied_list_still_reaches_over_its_commas(assertions_of):
    body = "No tenderness, numbness, or leg pain with flexion."
    assert assertions_of(_note(body), "radicular_pain") == {"absent"}


# --- a walking limit counted in steps ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "At home she is able to walk only a couple of steps with the frame.",
    "Since Friday he manages only a few steps to the commode.",
])
def test_a_walking_limit_in_steps_is_a_loss_of_function(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_steps_walked_without_a_limit_are_no_loss(assertions_of):
    body = "He can walk a few steps without his cane now."
    assert assertions_of(_note(body), "functional_impairment") == set()


# --- named home exercises done ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "She has been doing pelvic tilts and bird dogs twice a day.",
    "Performs nerve glides, scapular squeezes every morning.",
])
def test_named_exercises_done_are_a_home_programme(assertions_of, body):
    assert assertions_of(_note(body), "home_exercise_program") == {"present"}


@pytest.mark.parametrize("body", [
    "Will start pelvic tilts next week.",
    # self-directed (DETERMINATIONS d130): no provider's programme
    "It settles when he does the pelvic tilts his trainer showed him.",
])
def test_named_exercises_to_start_or_self_taught_are_no_programme_done(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "home_exercise_program")


# --- "the back itself aches" ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The leg is worse; the back itself aches less than before.",
    "Her back itself hurts most in the morning.",
])
def test_the_back_itself_aching_is_low_back_pain(assertions_of, body):
    assert assertions_of(f"Clinic 11/27/2026\nHPI: {body}\n", "low_back_pain") == {"present"}


def test_the_back_examined_is_no_pain_reported(assertions_of):
    assert assertions_of(_note("The back is tender to palpation."), "low_back_pain") == set()
