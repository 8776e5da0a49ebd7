"""Symptom and sign assertions (session 20, assert20a).

- Each upper motor neuron sign is its own finding (ANNOTATION.md "Exam companions"): a denied
  sign beside another one found ("Hoffmann positive ... No clonus, toes downgoing") is present
  and absent; the same sign denied on the other side ("Hoffmann + on L, neg R") stays the
  positive one's companion (present only).
- An axial pain the patient has, named again in a return precaution or a lay reading ("fever
  with back pain", "she read that back pain can be cauda equina"), is that pain: present,
  never a pain to come (hypothetical).
- A voiding change in plain words ("any change in bladder control", "trouble with urine") is
  bladder_dysfunction, read like any other mention (a precaution makes it hypothetical).
- "Nothing goes down the legs", "there is nothing going into the arms" deny the spread of the
  pain (radicular_pain absent); "nothing helps" denies the relief, not the pain.
"""

import pytest

EXAM = "HPI: neck pain and clumsy hands for 3 months.\nExam: {}\n"


@pytest.mark.parametrize("exam", [
    "Hoffmann positive on the right. No clonus. Toes downgoing.",
    "Biceps and triceps reflexes 3+ bilaterally, no ankle clonus, plantar responses flexor.",
    "Sustained clonus at both ankles; Hoffmann negative bilaterally.",
    "Babinski upgoing on the left; Hoffmann absent.",
])
def test_a_denied_sign_beside_another_found_is_its_own_finding(assertions_of, exam):
    assert assertions_of(EXAM.format(exam), "upper_motor_neuron_signs") == {"present", "absent"}


@pytest.mark.parametrize("exam", [
    # look-alikes: the same sign read on the other side, or no sign denied
    "Hoffmann + on L, neg R.",
    "Babinski upgoing on the right, downgoing on the left.",
    "Hoffmann positive bilaterally, brisk biceps reflexes.",
])
def test_the_same_sign_on_the_other_side_is_a_companion(assertions_of, exam):
    assert assertions_of(EXAM.format(exam), "upper_motor_neuron_signs") == {"present"}


def test_a_normal_exam_still_denies_the_signs(assertions_of):
    text = EXAM.format("Reflexes 2+ and symmetric. No Hoffmann, no clonus, toes downgoing.")
    assert assertions_of(text, "upper_motor_neuron_signs") == {"absent"}


@pytest.mark.parametrize("text, code", [
    ("Low back pain for 10 days after lifting boxes.\n"
     "Instructions: go to the ED for numbness in the groin, leaking urine or fever with back "
     "pain.", "low_back_pain"),
    ("Low back pain from a lumbar strain, 2 weeks, improving.\n"
     "She read online that back pain can be cauda equina and is worried.", "low_back_pain"),
    ("Neck pain since the car accident 3 days ago.\n"
     "Return precautions: seek care for arm weakness or fever with neck pain.", "neck_pain"),
])
def test_an_axial_pain_the_patient_has_is_no_pain_to_come(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: a radiating pain and a sign in the same precaution stay hypothetical
    "Low back pain for 10 days.\nReturn if pain starts going down the leg.",
    "Low back pain for 10 days.\nReturn if new leg weakness develops.",
])
def test_other_precaution_items_stay_hypothetical(assertions_of, text):
    code = "radicular_pain" if "leg." in text else "motor_weakness"
    assert assertions_of(text, code) == {"hypothetical"}


@pytest.mark.parametrize("text, expected", [
    ("Low back pain 2 wk. Denies bowel or bladder symptoms.\n"
     "Should she notice any change in bladder control, she should be seen sooner.",
     {"absent", "hypothetical"}),
    ("Low back pain 2 wk.\nRTC/ED prn new leg weakness or numbness, trouble with urine.",
     {"hypothetical"}),
    ("Low back pain 2 wk. Over the last 2 days he has had trouble with urination.",
     {"present"}),
    ("Low back pain 2 wk. No change in bladder function.", {"absent"}),
])
def test_a_voiding_change_in_plain_words(assertions_of, text, expected):
    assert assertions_of(text, "bladder_dysfunction") == expected


def test_bladder_control_intact_is_still_a_denial(assertions_of):
    assert assertions_of("Low back pain 2 wk. Bladder control intact.",
                         "bladder_dysfunction") == {"absent"}


@pytest.mark.parametrize("text", [
    "Aching across the lower back, 5/10. Nothing goes down the legs.",
    "Pain between the shoulder blades; there is nothing going into the arms.",
    "Low back pain after gardening. Nothing radiates into either leg.",
])
def test_nothing_spreading_denies_the_radiating_pain(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


@pytest.mark.parametrize("text", [
    # look-alikes: "nothing" denies the relief, or something else, not the spread
    "Low back pain. Nothing helps the pain that goes down the left leg.",
    "Low back pain radiating down the left leg. Nothing else is new.",
])
def test_nothing_of_something_else_leaves_the_pain(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"present"}


@pytest.mark.parametrize("text, expected", [
    ("Low back pain 1 wk.\nReturn to the ED for leaking urine or stool or new leg weakness.",
     {"hypothetical"}),
    ("Low back pain 1 wk. Since last night she has been leaking urine or stool.", {"present"}),
    ("Low back pain 1 wk. Denies leaking urine or stool.", {"absent"}),
])
def test_the_bowel_half_of_leaking_urine_or_stool(assertions_of, text, expected):
    assert assertions_of(text, "bowel_dysfunction") == expected


def test_blood_in_urine_or_stool_is_no_bowel_dysfunction(assertions_of):
    # look-alike: a bleeding symptom, not a loss of control
    assert assertions_of("Low back pain 1 wk. Blood in urine or stool last week.",
                         "bowel_dysfunction") == set()
