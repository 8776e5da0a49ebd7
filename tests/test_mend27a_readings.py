"""Readings mended by mend27a from the P lines left in ERRORS_d911-d924.md, ERRORS_d925-d934.md
and ERRORS_d959-d968.md.

- Where the pain begins is where it is: "pain starts in the left side of the neck" is neck
  pain (d925).
- "could not sleep" is the past of "cannot sleep": night pain; sleep lost to another cause is
  not (d931).
- "no bilateral sx" in a lumbar note denies bilateral sciatica (d932).
- Function: "cannot rise from a low chair without arms" (d927), "cannot ambulate safely -
  needs 2 assist" (d963), "independent ADLs" without its preposition, absent (d965).
- The second item of a denied history: "No recent spinal injections or surgery" denies the
  operation (d963); "No prior neck surgery or neck imaging" denies the studies (d965).
- Activity: "has skipped the last 2 practices" (d968), heat named alone, in the Plan or as what
  helps ("Stay active; heat", "better w/ heat": d932, d967), not a therapist's modality in a
  visit ledger.
- A straight leg raise with its side before the result, "SLR: R neg", "SLR: R produces back pain
  only", is negative; not when the other side is told positive after it (d968).
- "crushed vertebrae" is a vertebral fracture in lay words (d965's relative); a thoracic band
  "that sometimes wraps around" the chest is still radicular (d930).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import plan_note as _plan


def _note(body, complaint="low back pain for 8 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


# --- where the pain begins -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The ache begins at the right side of the neck and runs to the scapula.",
    "Discomfort started in the back of her neck after the move.",
])
def test_pain_that_starts_in_the_neck_is_neck_pain(assertions_of, body):
    assert assertions_of(_note(body, "Seen for arm symptoms."), "neck_pain") == {"present"}


def test_pain_that_starts_in_the_shoulder_is_no_neck_pain(assertions_of):
    text = _note("The ache begins at the right shoulder and runs to the elbow.", "Seen for arm symptoms.")
    assert assertions_of(text, "neck_pain") == set()


# --- sleep lost ------------------------------------------------------------------------------

def test_could_not_sleep_is_night_pain(assertions_of):
    text = _note("Sharp, 7/10 when rolling in bed, couldn't sleep.")
    assert assertions_of(text, "night_pain") == {"present"}


def test_could_not_sleep_for_the_baby_is_no_night_pain(assertions_of):
    text = _note("Could not sleep because of the new baby.")
    assert assertions_of(text, "night_pain") == set()


# --- both legs denied ------------------------------------------------------------------------

def test_no_bilateral_symptoms_denies_bilateral_sciatica(assertions_of):
    text = _note("Left leg pain to the calf. Saddle sensation normal, no bilateral symptoms.")
    assert assertions_of(text, "bilateral_sciatica") == {"absent"}


def test_bilateral_symptoms_unqualified_gives_no_finding(assertions_of):
    text = _note("Left leg pain to the calf. Some bilateral symptoms in the hands.")
    assert assertions_of(text, "bilateral_sciatica") == set()


# --- function --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Exam: R quadriceps 4/5 (cannot rise from a low seat without using her arms).",
    "Can not ambulate without help at present.",
    "Gait: requires two-person assist to the bathroom.",
])
def test_chair_rise_and_assisted_walking_are_functional_impairment(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_independent_adls_without_a_preposition_is_absent(assertions_of):
    text = _note("Lives alone, independent IADLs, still drives.", "neck pain for 8 weeks.")
    assert assertions_of(text, "functional_impairment") == {"absent"}


def test_needs_assistance_with_forms_is_no_impairment(assertions_of):
    text = _note("Needs assistance with the insurance forms.")
    assert assertions_of(text, "functional_impairment") == set()


# --- the second item of a denied history -----------------------------------------------------

def test_no_injections_or_surgery_denies_the_operation(assertions_of, findings_of):
    text = _note("Denies prior back injections or surgery.")
    assert assertions_of(text, "prior_spine_surgery") == {"absent"}
    assert assertions_of(text, "epidural_steroid_injection") == {"absent"}


def test_no_injection_or_surgery_being_considered_is_no_history(assertions_of):
    text = _note("Plan: MRI. No injection or surgery is being considered at present.")
    assert "absent" not in assertions_of(text, "prior_spine_surgery")


def test_no_surgery_or_imaging_denies_the_studies(assertions_of):
    text = _note("No previous operations or spine imaging.", "neck pain for 8 weeks.")
    assert assertions_of(text, "prior_mri") == {"absent"}
    assert assertions_of(text, "prior_ct") == {"absent"}


def test_no_surgery_or_imaging_except_films_keeps_the_films(assertions_of):
    text = _note("No previous surgery or spine imaging other than x-rays.", "neck pain for 8 weeks.")
    assert assertions_of(text, "prior_mri") == set()


# --- activity --------------------------------------------------------------------------------

def test_skipped_practices_is_activity_modification(assertions_of):
    # skipped (the patient leaves the sessions out: d968, d997) is activity_modification;
    # missed (the pain keeps the athlete from them: d804, e311, e316) is
    # functional_impairment since mend34a (tests/test_mend34a_readings.py)
    text = _note("Plays in a tennis league - has skipped his last three matches.")
    assert assertions_of(text, "activity_modification") == {"present"}


def test_skipped_breakfast_is_no_activity_modification(assertions_of):
    text = _note("Has skipped breakfast the last 2 days.")
    assert assertions_of(text, "activity_modification") == set()


def test_heat_alone_in_the_plan_is_advice_to_do(assertions_of):
    text = _plan("- Naproxen 500 mg BID\n- Keep walking; heat\n- Recheck in 3 weeks")
    assert assertions_of(text, "activity_modification") == {"hypothetical"}


def test_heat_that_helps_is_present(assertions_of):
    text = _note("Stiff after work; heat helps him most evenings.", "neck pain for 8 weeks.")
    assert assertions_of(text, "activity_modification") == {"present"}


@pytest.mark.parametrize("body", [
    "Works outdoors; the summer heat makes him tired.",
    "ROS: heat intolerance, no palpitations.",
])
def test_heat_of_the_weather_or_a_symptom_is_no_advice(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == set()


# --- lay fracture words, a band that wraps ---------------------------------------------------

def test_crushed_vertebrae_of_a_relative_is_family(assertions_of):
    text = _note('FH: aunt - osteoporosis with "crushed vertebrae."')
    assert assertions_of(text, "spinal_fracture") == {"family"}


def test_crushed_finger_is_no_fracture_of_the_spine(assertions_of):
    text = _note("Crushed a finger in a door last year.")
    assert assertions_of(text, "spinal_fracture") == set()


def test_a_band_that_often_wraps_around_the_ribs_is_radicular(assertions_of):
    text = _note("Band-like burning that often wraps around the L ribs.", "mid back pain for 3 weeks.")
    assert assertions_of(text, "radicular_pain") == {"present"}


def test_a_band_that_stays_in_the_back_is_not_radicular(assertions_of):
    text = _note("Band-like ache across the mid back, stays there.", "mid back pain for 3 weeks.")
    assert assertions_of(text, "radicular_pain") == set()


# --- a side between the test and its result ---------------------------------------------------

def _exam(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 8 weeks.\nExam: {body}\n"


@pytest.mark.parametrize("body", [
    "Straight leg raise L negative.",
    "SLR: R gives back pain only at 60 deg.",
])
def test_a_sided_negative_slr_is_absent(assertions_of, body):
    assert assertions_of(_exam(body), "positive_straight_leg_raise") == {"absent"}


def test_a_sided_negative_before_the_other_side_positive_denies_nothing(assertions_of):
    text = _exam("SLR: L neg; R positive at 35 deg into the calf.")
    assert "absent" not in assertions_of(text, "positive_straight_leg_raise")
