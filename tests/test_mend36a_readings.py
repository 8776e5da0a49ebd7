"""Readings of course and exam wordings (session 36, mend36a; the blind batch e361-e400).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. severe_pain: an intake form's worst score with no /10 ("Worst in past week: 8").
2. night_pain: a limb that "still wakes me up", "Sleep poor 2/2 arm pain", a pain row's
   "wakes when turning in bed".
3. symptom_progression: a pain "creeping back", "worse last 2 nights" (no verb), "Walking
   tolerance declined", "leg sx slightly worse"; a quoted sameness after the limb (legs "the
   same as ..."), "not worse but not gone"; a therapy note's "Pt has not progressed" and a
   cancer that "progressed" say nothing of the symptoms' course.
   functional_impairment: an everyday task done only with help ("needs help w/ bathing").
4. exam: "Babinski down going" (a split "downgoing"), a dictated weak grade after the muscle
   ("right biceps 4 over 5"), an SLR that "produces only back and buttock tightness".
"""

import pytest

from note_text import section_note as _note


SEV = "severe_pain"
N = "night_pain"
P = "symptom_progression"


@pytest.mark.parametrize("body", [
    "Pain right now (0-10): 6     Worst in past week: 8     Best: 4",
    "Worst pain (0-10): 7",
    "Worst in the past week: 9",
])
def test_a_forms_worst_score_of_7_or_more_is_severe(assertions_of, body):
    assert assertions_of(_note(body), SEV) == {"present"}


@pytest.mark.parametrize("body", [
    "Pain right now (0-10): 3     Worst in past week: 6     Best: 1",
    "Worst pain (0-10): 5",
])
def test_a_forms_worst_score_below_7_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), SEV) == set()


@pytest.mark.parametrize("body", [
    'Subjective @ d/c: "my arm still wakes me up." Neck 5/10.',
    "The leg still wakes her up.",
    "Sleep poor 2/2 arm pain.",
    "Pain: rest 4/10, night 6/10 - wakes when turning in bed.",
])
def test_night_pain_in_other_words_is_present(assertions_of, body):
    assert assertions_of(_note(body), N) == {"present"}


@pytest.mark.parametrize("body", [
    "My alarm wakes me up at 5 for work.",
    "Sleep poor mostly from the leg.",
    "Sleep poor due to stress at work.",
])
def test_look_alikes_of_night_pain_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), N) == set()


@pytest.mark.parametrize("body", [
    "He noticed the L buttock pain creeping back with no injury.",
    "The ache across the lower back has been creeping back, now 5/10.",
    "Pt called: back pain worse last 2 nights, 8/10 lying down.",
    "Over the summer his walking tolerance dropped from about six blocks to two.",
    "Walking tolerance declined (5 -> 4 min) despite full participation.",
    "Leg sx slightly worse and ODI trending up.",
])
def test_a_worsening_in_other_words_is_present(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    "Back pain worse with sitting.",
    "Walking tolerance improved from 2 to 6 blocks.",
    "Leg pain worse the last hour of his shift.",
])
def test_look_alikes_of_a_worsening_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


@pytest.mark.parametrize("body", [
    'Pt states legs "the same as when I saw Dr P." Still meloxicam daily.',
    'States leg "same, knee gave out again yesterday."',
    'States he still has back ache, "not worse but not gone," sleeping OK.',
])
def test_a_quoted_sameness_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body), P) == {"absent"}


@pytest.mark.parametrize("body", [
    "Pt has not progressed; goals not met after 7 wks of skilled PT.",
    "Wife's breast ca progressed to spine and liver in Oct.",
])
def test_a_therapys_or_a_cancers_progress_says_nothing_of_the_course(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), P) == set()


def test_symptoms_that_progressed_stay_present(assertions_of):
    assert assertions_of(_note("Numbness has progressed to both feet."), P) == {"present"}


def test_babinski_down_going_is_absent(assertions_of):
    assert assertions_of(_note("Babinski down going.", "Exam"), "upper_motor_neuron_signs") == {"absent"}


def test_babinski_upgoing_stays_present(assertions_of):
    assert assertions_of(_note("Babinski upgoing on the right.", "Exam"), "upper_motor_neuron_signs") == {"present"}


@pytest.mark.parametrize("body", [
    "Strength right biceps 4 over 5, right wrist extensors 4 over 5, triceps 5 over 5.",
    "Right quadriceps 4 minus over 5, tibialis anterior 5 over 5.",
])
def test_a_dictated_weak_grade_after_the_muscle_is_weakness(assertions_of, body):
    assert "present" in assertions_of(_note(body, "Exam"), "motor_weakness")


def test_a_grade_over_weeks_is_no_dictated_grade(assertions_of):
    assert assertions_of(_note("Leg pain about 3 over 5 weeks, no exam today."), "motor_weakness") == set()


@pytest.mark.parametrize("body", [
    "Straight leg raise on the right produces only back and buttock tightness at 70 degrees, not leg pain.",
    "SLR on the right produces only buttock pain.",
])
def test_an_slr_with_only_axial_tightness_is_negative(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "positive_straight_leg_raise") == {"absent"}


@pytest.mark.parametrize("body", [
    "Straight leg raise on the left produces pain radiating to the calf.",
    "SLR on the right produces buttock and posterior thigh pain to the knee.",
])
def test_an_slr_reproducing_leg_pain_stays_positive(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "positive_straight_leg_raise") == {"present"}


F = "functional_impairment"


@pytest.mark.parametrize("body", [
    "She needs help carrying groceries.",
    "Needs help w/ bathing + dressing lower body.",
])
def test_a_task_done_only_with_help_is_a_functional_limit(assertions_of, body):
    assert assertions_of(_note(body), F) == {"present"}


@pytest.mark.parametrize("body", [
    "Needs help to get the MRI authorized.",
    "He needs help with his paperwork for disability.",
])
def test_help_with_a_task_that_is_no_function_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), F) == set()
