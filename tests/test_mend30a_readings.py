"""Readings of functional_impairment and activity_modification mended in session 30 (mend30a).

Each reading is tried on invented sentences in other words than the dev cases', with a
near-miss that keeps its old reading (corpora/dev/MEND30a.md).
"""

import pytest

FI, AM = "functional_impairment", "activity_modification"


# a counted absence from work that its own statement ends is over (d734, d867, d888, d949)
@pytest.mark.parametrize("text", [
    "Missed four shifts at the plant, back at work since Monday.",
    "Called out of work three days after the fall; now back at his job.",
    "She missed 2 days of work in October; now working full days again.",
])
def test_counted_absence_then_back_at_work(assertions_of, text):
    assert assertions_of(text, FI) == {"historical"}


@pytest.mark.parametrize("text", [
    "Missed four shifts at the plant this month.",
    "Missed 3 days of work, and the pain keeps him up at night.",
])
def test_counted_absence_not_ended(assertions_of, text):
    # near-miss: nothing says he is back - the absence holds (present, as before)
    assert assertions_of(text, FI) == {"present"}


# a goal still on its way ("- progressing", "- partial") names a limitation still there
@pytest.mark.parametrize("text", [
    "PT goals: sitting tolerance 90 min - progressing; independent HEP - met.",
    "Goals: sitting tolerance 2 hrs - partial.",
])
def test_goal_progressing_or_partial(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}


def test_goal_without_a_status_stays_a_goal(assertions_of):
    # a goal with no status names a limitation still there (ANNOTATION "Goals"): present.
    # assert43a: dev gold reads 19 such functional_impairment goal spans present and none
    # hypothetical, so the goals section no longer makes this code planned (it was
    # hypothetical here before)
    assert assertions_of("Goals: sitting tolerance 90 min by discharge.", FI) == {"present"}


# a work status first given in today's Plan states no loss of function (d453, d703, d732)
@pytest.mark.parametrize("text", [
    "Plan:\n- Off work until the follow-up visit (note written).",
    "Plan:\n- Off work pending the CT; no driving the forklift.",
])
def test_work_note_given_today_is_no_loss_of_function(assertions_of, text):
    assert assertions_of(text, FI) == set()
    assert "hypothetical" in assertions_of(text, AM)


def test_work_status_already_in_force_keeps_its_loss(assertions_of):
    # near-miss: the patient is already off work - the Plan goes on with it
    text = "He has been off work since the 3rd.\nPlan:\n- Off work until the follow-up visit."
    assert assertions_of(text, FI) == {"present"}
    assert assertions_of(text, AM) == {"present"}


# a work note naming a status the note already has the patient under is its paper (d339)
def test_work_note_of_a_status_in_force(assertions_of):
    text = ("Out of work since 10/02 because he cannot stand at the line.\n"
            "Plan:\nWork note: off work until seen after the injection.")
    assert assertions_of(text, AM) == {"present"}


def test_work_note_of_a_new_status_stays_planned(assertions_of):
    # near-miss: no status before the Plan - the note is handed over today
    text = "Plan:\nWork note: off work until seen after the injection."
    assert assertions_of(text, AM) == {"hypothetical"}


# a work schedule cut back is a work status: a restriction followed and a loss of function
@pytest.mark.parametrize("text", [
    "He cut back to three shifts a week at the warehouse.",
    "She reduced her work schedule to two days a week in September.",
    "She has had to drop from five to three clinic days a week.",
])
def test_cut_back_schedule_is_both(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}
    assert assertions_of(text, AM) == {"present"}


@pytest.mark.parametrize("text", [
    "His grip strength dropped to 4/5 over the week.",
    "She takes naproxen three days a week.",
])
def test_numbers_that_are_no_schedule(assertions_of, text):
    # near-miss: a strength or a dose schedule is no work schedule
    assert assertions_of(text, AM) == set()


# the Plan going on with a cut-back schedule ("Stay on half days") keeps it up (e081, e102)
@pytest.mark.parametrize("text", [
    "Plan:\n- Stay on half days for two more weeks.",
    "Plan:\n- Work note: continue 4-day schedule.",
])
def test_plan_keeps_a_cut_back_schedule(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


# bed rest ordered while a study is awaited is an order in force (d765, e156)
@pytest.mark.parametrize("text", [
    "Plan:\n- Strict bed rest, neuro checks q2h.",
    "Plan:\n- Bedrest pending MRI; neuro checks q2h.",
])
def test_bedrest_ordered_is_in_force(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


def test_advice_against_bedrest_stays_advice(assertions_of):
    # near-miss: "avoid bed rest" in a Plan is advice for home (hypothetical, as before)
    assert assertions_of("Plan:\n- Walk daily; avoid bed rest.", AM) == {"hypothetical"}


# a normal working state said to be back ("again", or tied to the absence it ended) is a
# limitation that is over: historical, not denied (ANNOTATION "Back to full duty"; d797, e008,
# e090)
@pytest.mark.parametrize("text", [
    "Working full days again since last Monday.",
    "Back at work full duty since 10/02 (was off 2 wks).",
    "Back at her office job full time since 11/20; had taken a week off.",
])
def test_normal_work_back_again(assertions_of, text):
    assert assertions_of(text, FI) == {"historical"}


def test_normal_work_with_no_return_is_a_denial(assertions_of):
    # near-miss: no word that it came back - a working day kept whole (absent, as before)
    assert assertions_of("Back at work full time, no restrictions.", FI) == {"absent"}


# a working day or the usual tasks kept whole deny a loss of function (d456, d558, d642, d674,
# d683)
@pytest.mark.parametrize("text", [
    "Working remotely full time.",
    "He is driving his full route.",
    "Working normally, some stiffness in the morning.",
    "She is able to do her job from home.",
    "Managing her usual chores.",
])
def test_working_day_kept_whole(assertions_of, text):
    assert assertions_of(text, FI) == {"absent"}


@pytest.mark.parametrize("text", [
    "Working remotely full time but has to lie down at lunch.",
    "He is not able to do his job on the line.",
])
def test_working_day_with_a_limit_is_no_denial(assertions_of, text):
    # near-miss: a limit after it, or a negation before it - no denial from these words
    assert "absent" not in assertions_of(text, FI)


# advice to keep from a posture is an activity modification to follow (d107, d119, d278, d813)
@pytest.mark.parametrize("text", [
    "Plan:\n- Avoid prolonged lumbar flexion at the sewing machine.",
    "Plan:\n- Avoid crossing her legs; PT referral.",
    "Plan:\n- Avoid leaning on the left elbow at the desk.",
])
def test_avoid_a_posture_is_advice(assertions_of, text):
    assert assertions_of(text, AM) == {"hypothetical"}


def test_avoiding_a_posture_already_is_done(assertions_of):
    # told as what the patient already does: present
    assert assertions_of("He has been avoiding kneeling at work since October.", AM) == {"present"}


def test_a_posture_that_hurts_is_no_advice(assertions_of):
    # near-miss: a posture named as what hurts restricts nothing (no finding, as before)
    assert assertions_of("Leg crossing makes the pain worse.", AM) == set()


# an injury "treated with a brace" had a brace worn: a treatment that happened (e007)
@pytest.mark.parametrize("text", [
    "T12 compression fracture in 2019, treated in a brace for 8 weeks.",
    "He broke his back skiing in 2015 and was managed with a brace.",
])
def test_treated_with_a_brace(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


def test_a_brace_for_another_joint_is_no_spine_measure(assertions_of):
    # near-miss: a knee brace is care of the knee (no finding, as before)
    assert assertions_of("Her ACL tear was treated with a hinged knee brace.", AM) == set()
