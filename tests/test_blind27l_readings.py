"""Readings mended after the blind batch e031-e040 (corpora/dev/ERRORS_e031-e040.md).

- A grade the examiner takes back in a parenthesis after it ("4/5 (effortful, gives way)") is
  give-way, no weakness (ANNOTATION 'Give-way weakness'); a knee that gives way in the
  history stays a symptom (e037, its false urgent).
- A straight-leg raise with its angle between the test and "back pain only" is negative (e038).
- "Gait and <another test> normal" denies a gait abnormality (e039); "non-ambulatory", "loss of
  ambulation" are one (e036, e037).
- "perianal sensation present" denies saddle anaesthesia (e036); "no change in bowel habit"
  denies a bowel change (e031); "cannot tell if he needs to pass gas" is a bowel symptom (e035).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


def _exam(body):
    return f"Clinic 11/27/2026\nHPI: back pain for 6 weeks.\nExam: {body}\n"


@pytest.mark.parametrize("body", [
    "Neuro: R knee extension 4/5 (effortful, gives way), ankle 5/5.",
    "Neuro: L hip abduction 4/5 (gave way), DF 5/5.",
])
def test_grade_taken_back_in_parenthesis_is_no_weakness(assertions_of, body):
    assert assertions_of(_exam(body), "motor_weakness") == {"absent"}


def test_true_deficit_beside_the_give_way_stays(assertions_of):
    assert "present" in assertions_of(_exam("Neuro: EHL 4/5, quads 4+/5 (give way)."),
                                      "motor_weakness")


def test_knee_giving_way_in_the_history_is_no_give_way(assertions_of):
    assert "present" in assertions_of(
        _note("His right knee gives way on stairs and the leg is weak (he says)."),
        "motor_weakness")


@pytest.mark.parametrize("body", [
    "SLR R ~60 deg back pain only.",
    "SLR left at 70 degrees low back pain only; no leg pain.",
])
def test_slr_with_an_angle_and_back_pain_only_is_negative(assertions_of, body):
    assert assertions_of(_exam(body), "positive_straight_leg_raise") == {"absent"}


def test_slr_with_an_angle_and_leg_pain_stays_positive(assertions_of):
    assert assertions_of(_exam("SLR R 40 deg reproducing calf pain."),
                         "positive_straight_leg_raise") == {"present"}


@pytest.mark.parametrize("body", ["Gait and tandem stance normal.", "Gait and heel walk are normal."])
def test_gait_and_another_test_normal(assertions_of, body):
    assert assertions_of(_exam(body), "gait_abnormality") == {"absent"}


def test_gait_and_balance_problems_stay_present(assertions_of):
    assert assertions_of(_note("Gait and balance problems for a month."),
                         "gait_abnormality") == {"present"}


@pytest.mark.parametrize("body", [
    "New loss of ambulation since Monday.",
    "Over three days she has become non-ambulatory.",
])
def test_loss_of_ambulation_is_a_gait_abnormality(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == {"present"}


@pytest.mark.parametrize("body", ["rectal tone reduced; perianal sensation present bilaterally.",
                                  "saddle sensation intact, tone normal."])
def test_perianal_sensation_kept_denies_saddle_anesthesia(assertions_of, body):
    assert assertions_of(_exam(body), "saddle_anesthesia") == {"absent"}


def test_decreased_perianal_sensation_stays_present(assertions_of):
    assert assertions_of(_exam("decreased perianal sensation."), "saddle_anesthesia") == {"present"}


def test_no_change_in_bowel_habits_is_absent(assertions_of):
    assert assertions_of(_note("Back pain; no change in her bowel habits, urine fine."),
                         "bowel_dysfunction") == {"absent"}


def test_a_change_in_bowel_habit_is_present(assertions_of):
    assert assertions_of(_note("Back pain with a change in bowel habit over two weeks."),
                         "bowel_dysfunction") == {"present"}


def test_cannot_tell_when_to_pass_gas_is_a_bowel_symptom(assertions_of):
    assert assertions_of(_note("Since last night he cannot tell whether he needs to pass gas."),
                         "bowel_dysfunction") == {"present"}
