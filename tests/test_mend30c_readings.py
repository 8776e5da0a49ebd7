"""Readings mended by mend30c: the symptom and exam codes (radicular_pain, gait_abnormality,
paresthesia, low_back_pain, motor_weakness, dermatomal_sensory_loss, reflex_abnormality).

- Legs that give way, give out or buckle are weakness (motor_weakness, as a UR nurse and the
  dev gold read them: "Daughter to call if his legs give way" is a weakness to come); a knee
  that buckles or gives out is still read as the gait's.
- A heel or toe walk the examiner calls weak grades a myotome: motor_weakness, not a gait
  abnormality; an unsteady or impossible one stays the gait's.
- A lumbar (low back) strain or sprain is the note's low back pain; a resolved one is
  historical by its own words. A treatment's indication ("PT for lumbar strain if CT
  negative") denies nothing.
- A "bad back" is the lay name of a low back pain (a relative's is family); low back stiffness
  and a stiff back are its complaint.
- A sensory change the examiner calls nondermatomal, "no dermatomal pattern", or
  "Dermatomes L4-S1 WNL" is dermatomal_sensory_loss absent.
- A foot that "slaps" in quotation marks is the same slapping gait.
- Walking only with another person's help ("2-person assist") or not at all ("cannot
  ambulate") is the gait's state as well as a function lost; a distance limit is not.
- A weakness the patient only reports ('states "my legs gave out"') beside an exam whose
  strength is normal is no objective weakness, as one only felt is; legs that "give out" are
  a sign told in the patient's own terms, felt without a verb.
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body, complaint="low back pain for 5 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


# -- legs giving way are weakness; a buckling knee stays a gait sign ------------------------

@pytest.mark.parametrize("body", [
    "Wife to phone us if his legs give way or he cannot empty his bladder.",
    "Go to the ED if your leg gives out or you lose control of your bowels.",
])
def test_legs_giving_way_in_a_precaution_are_weakness_to_come(assertions_of, body):
    text = _note(body)
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}
    assert assertions_of(text, "gait_abnormality") == set()


def test_legs_that_buckled_beside_a_weak_exam_are_weakness(assertions_of):
    text = _note("Twice this week his legs buckled in the shower.\n"
                 "Exam: Hip flexors 4/5 bilaterally.")
    assert assertions_of(text, "motor_weakness") == {"present"}
    assert assertions_of(text, "gait_abnormality") == set()


def test_a_knee_that_buckles_stays_a_gait_sign(assertions_of):
    text = _note("Exam: his left knee buckles in mid-stance as he crosses the room.")
    assert assertions_of(text, "gait_abnormality") == {"present"}
    assert assertions_of(text, "motor_weakness") == set()


# -- a weak heel or toe walk grades a myotome --------------------------------------------------

@pytest.mark.parametrize("exam", [
    "Exam: Toe walk weak on the R; heel walk normal.",
    "Exam: weak heel-walk on the left, otherwise intact.",
    "Exam: heel walking is weaker on the right side.",
])
def test_a_weak_heel_or_toe_walk_is_motor_weakness(assertions_of, exam):
    text = _note(exam, complaint="right leg pain for 6 weeks.")
    assert assertions_of(text, "motor_weakness") == {"present"}
    assert "present" not in assertions_of(text, "gait_abnormality")


def test_an_impossible_heel_walk_stays_a_gait_sign(assertions_of):
    text = _note("Exam: Unable to heel walk on the right.", complaint="right leg pain.")
    assert assertions_of(text, "gait_abnormality") == {"present"}


# -- a lumbar strain is the low back pain ----------------------------------------------------

def test_a_resolved_lumbar_strain_is_historical_low_back_pain(assertions_of):
    text = _note("She had a low back strain at a warehouse job in 2017, which settled in a "
                 "month, resolved.", complaint="neck pain for 3 weeks.")
    assert assertions_of(text, "low_back_pain") == {"historical"}


def test_a_lumbar_sprain_diagnosed_is_present_low_back_pain(assertions_of):
    text = _note("A: Lumbar sprain, mechanical, improving.", complaint="pain after shovelling.")
    assert assertions_of(text, "low_back_pain") == {"present"}


def test_a_therapy_for_a_strain_on_a_condition_denies_no_back_pain(assertions_of):
    text = _note("Plan: start physical therapy for lumbar strain if the x-ray is negative.")
    assert assertions_of(text, "low_back_pain") == {"present"}


# -- a bad back, a stiff back ---------------------------------------------------------------

def test_a_relatives_bad_back_is_family_low_back_pain(assertions_of):
    text = _note('Family history: Father - "bad back", never operated.',
                 complaint="neck pain for 3 weeks.")
    assert assertions_of(text, "low_back_pain") == {"family"}


@pytest.mark.parametrize("body", [
    "Some lower back stiffness on waking.",
    "He gets a stiff back after a long drive.",
])
def test_back_stiffness_is_low_back_pain(assertions_of, body):
    assert assertions_of(_note(body, complaint="neck pain for 3 weeks."),
                         "low_back_pain") == {"present"}


def test_neck_stiffness_is_no_low_back_pain(assertions_of):
    text = _note("Neck stiffness in the mornings.", complaint="neck pain for 3 weeks.")
    assert assertions_of(text, "low_back_pain") == set()


# -- a nondermatomal change is no dermatomal loss -------------------------------------------

@pytest.mark.parametrize("exam", [
    "Exam: Numbness of both soles, no dermatomal pattern.",
    "Exam: The sensory change is non-dermatomal.",
    "Exam: Dermatomes C5-T1 normal.",
])
def test_a_nondermatomal_change_is_dermatomal_loss_absent(assertions_of, exam):
    text = _note(exam, complaint="numb feet for 1 year.")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"absent"}


def test_a_dermatomal_deficit_stays_present(assertions_of):
    text = _note("Exam: Pinprick reduced along the L5 dermatome on the right.",
                 complaint="right leg pain.")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}


# -- a quoted slapping foot -------------------------------------------------------------------

def test_a_foot_that_slaps_in_quotes_is_a_gait_abnormality(assertions_of):
    text = _note('Her left foot "slaps" on the pavement by the end of the day.')
    assert assertions_of(text, "gait_abnormality") == {"present"}


# -- a weakness only reported beside a normal exam -------------------------------------------

def test_legs_giving_out_as_the_patient_says_beside_full_strength_is_no_weakness(
        assertions_of):
    text = _note('He says "my legs just gave out" when he stood up.\n'
                 "Exam: Strength 5/5 in hip flexion, knee extension and ankle DF/PF bilaterally.")
    assert assertions_of(text, "motor_weakness") == {"absent"}


def test_legs_giving_out_beside_a_weak_exam_stay_weakness(assertions_of):
    text = _note("She says her legs gave out twice this week.\n"
                 "Exam: Hip flexion 4-/5 bilaterally.")
    assert assertions_of(text, "motor_weakness") == {"present"}


def test_legs_that_give_out_in_a_chief_complaint_beside_full_strength_are_no_weakness(
        assertions_of):
    text = _note("CC: legs give out after a block of walking.\n"
                 "Exam: Strength 5/5 bilateral LE including EHL, DF and PF.",
                 complaint="buttock and thigh pain with walking.")
    assert assertions_of(text, "motor_weakness") == {"absent"}


# -- walking only with another's help is the gait's state too ----------------------------------

@pytest.mark.parametrize("body", [
    "Since this morning she needs 2-person assist to walk.",
    "She cannot ambulate safely this morning.",
])
def test_walking_only_with_help_is_a_gait_abnormality(assertions_of, body):
    text = _note(body, complaint="mid back pain and leg heaviness.")
    assert assertions_of(text, "gait_abnormality") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_a_walking_distance_limit_is_no_gait_abnormality(assertions_of):
    text = _note("He is unable to walk more than two blocks before the legs ache.",
                 complaint="leg pain with walking.")
    assert assertions_of(text, "gait_abnormality") == set()
