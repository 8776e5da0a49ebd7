"""Readings of function, work status and home programmes (session 42, assert42a; dev).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

A. functional_impairment: a neck that will not turn, said as an inability ("cant turn head",
   "can't turn her head to back the car out", "unable to turn his neck", "couldn't turn her
   head"): present. Not "can turn head fully", "pain turning head" (a provocation), "turned
   his head" (an onset).
B. home_exercise_program: a home programme named by its kind or its one exercise ("continue
   home neck stretches", "home scapular exercises", "home McKenzie program", "home
   press-ups"): present where kept up, planned where first given. Not "home health aide",
   "home breathing exercises", "home hand exercises".
C. functional_impairment: "lost time" counts only where affirmed ("Lost time: Y"): "no lost
   time" after an old claim and a form's "Lost time? [ ] Yes [X] No" give no finding.
D. activity_modification: a work note written as a label whose restriction, after its colon
   on the same line, is said to go on ("Work note: remains off work pending imaging", "Work
   note - stay on light duty"): the paper of a kept-up restriction, present. "Work note: off
   work until cleared" (given today) stays planned.
E. functional_impairment: stairs taken only holding on ("needs the rail on stairs", "now
   needs the banister", "needed the handrail") and the patient's own walk handed to someone
   else ("now his wife walks the dog", "has a neighbor walk the dog"): present. Not "he walks
   the dog daily", "the porch needs a new rail", "his wife walks with him".
F. functional_impairment: a task done only with a named person's help ("since Sunday he needs
   his son's help", "needs wife's help w/ shoes + socks", "needed her daughter's help to
   dress"): present. Not "his wife needs his help", "needs help with the forms".
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


def _plan(hpi, *items):
    return "Clinic 11/27/2026\nHPI: " + hpi + "\nPlan:\n" + "".join(f"- {i}\n" for i in items)


F = "functional_impairment"
A = "activity_modification"
H = "home_exercise_program"


@pytest.mark.parametrize("body, want", [
    ("Neck pain x 5 days, cant turn head to the left.", {"present"}),
    ("Neck pain, can't turn her head when backing the car out.", {"present"}),
    ("Stiff neck since Monday; unable to turn his neck to check traffic.", {"present"}),
    ("Woke with a stiff neck and couldn't turn her head for two days.", {"present"}),
    ("Neck ROM full, can turn head fully both ways. Works full time.", None),
    ("Neck pain worse turning head to the R.", None),
    ("Pain began when he turned his head quickly.", None),
])
def test_a_neck_that_will_not_turn_is_a_task_lost(assertions_of, body, want):
    got = assertions_of(_note(body), F)
    if want is None:
        assert "present" not in got
    else:
        assert got == want


@pytest.mark.parametrize("text, want", [
    (_plan("Neck pain, better. Doing her stretches.", "Continue home neck stretches."), {"present"}),
    (_plan("Mid-back pain.", "Continue home scapular exercises; finish chiro."), {"present"}),
    (_plan("LBP.", "Continue home press-ups."), {"present"}),
    (_plan("LBP.", "Home McKenzie program reviewed today, handout given."), {"hypothetical"}),
    (_note("Home health aide 3x/wk. Home breathing exercises for COPD."), set()),
    (_note("Wrist pain; home hand exercises from OT."), set()),
])
def test_a_home_programme_named_by_its_kind(assertions_of, text, want):
    assert assertions_of(text, H) == want


@pytest.mark.parametrize("body, want", [
    ("Prior WC claim 2019 for a lumbar strain, resolved, no lost time.", set()),
    ("First report: Lost time? [ ] Yes [X] No", set()),
    ("First report: body part low back. Lost time: Y.", {"present"}),
])
def test_lost_time_counts_only_where_affirmed(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("text, want", [
    (_plan("Neck pain, R arm numb.", "MRI C-spine.", "Work note: remains off work pending imaging.",
           "RTC after MRI."), {"present"}),
    (_plan("Neck pain.", "MRI C-spine.", "Work note - stay on light duty x 2 wks."), {"present"}),
    (_plan("Neck pain.", "MRI C-spine.", "Work note: off work until cleared."), {"hypothetical"}),
])
def test_a_work_note_of_a_restriction_kept_up(assertions_of, text, want):
    assert assertions_of(text, A) == want


@pytest.mark.parametrize("body, want", [
    ("Legs heavy since Monday; now needs the banister on the stairs.", {"present"}),
    ("Tripping on the curb, needed the handrail to get up to the apartment.", {"present"}),
    ("Used to walk the dog 2 miles; now his wife walks the dog.", {"present"}),
    ("Walks half a block, has a neighbor walk the dogs.", {"present"}),
    ("He walks the dog daily, no limits. The porch needs a new rail.", set()),
    ("Her husband walks with her in the evenings.", set()),
])
def test_stairs_held_and_a_walk_handed_over(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Legs weaker; since Sunday he needs his son's help on the stairs.", {"present"}),
    ("Needs husband's help w/ shoes + socks since Sat.", {"present"}),
    ("She needed her daughter's help to dress this morning.", {"present"}),
    ("His wife needs his help with the groceries. He walks 2 miles daily.", set()),
])
def test_a_task_done_with_a_named_persons_help(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want
