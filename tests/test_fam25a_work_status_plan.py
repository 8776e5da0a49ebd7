"""fam25a: a "Work status:" line is a field, not a History section, and the Plan's work status
reads as ANNOTATION "Work status" and "Advice in the Plan" say.

"Work status:" opened an HPI section, so a work status first given in the Plan ("Work status:
modified duty effective today, no lifting > 20 lb") read as followed (present) where it is
to be done (hypothetical); and the functional_impairment rule "work status: modified duty"
stated no activity modification at all. Now the line keeps the section it stands in; in the
Plan it is planned unless the note already gives the status as in force outside the Plan
("Has been on modified duty since 09/02 ... Work status: modified duty, no lifting > 15 lb":
kept up, present, with the restrictions its sentence lists), or a word keeps it up
("remains off work"). A restriction list's "no" does not reach over a kept-up status ("no
bending - employer cannot accommodate, remains off work"). Every sentence is new."""
import pytest

AM, FI = "activity_modification", "functional_impairment"


@pytest.mark.parametrize("text", [
    "HPI: Strained his back unloading a pallet on 11/20.\nPlan:\n1. Naproxen.\n"
    "2. Work status: light duty starting today, no lifting over 15 lb.\n3. Recheck 1 wk.",
    "S: Neck strain at work 11/22.\nA/P: Trapezius strain. Ice.\n"
    "- Work status: restricted duty effective today - no overhead work, max lift 10 lb.",
    "HPI: Slipped on a wet floor at the bakery 11/23.\nPLAN:\n- PT referral.\n"
    "- Work status: off work until the CT is reviewed.",
])
def test_a_work_status_first_given_in_the_plan_is_planned(assertions_of, text):
    assert assertions_of(text, AM) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "HPI: Hurt his back 10/02 lifting a crate. Has been on light duty since 10/05.\n"
    "Plan:\n1. Continue PT.\n2. Work status: light duty, no lifting over 20 lb.",
    "HPI: Neck strain 10/14; she has worked restricted duty since 10/16.\n"
    "Plan: Meloxicam. Work status: restricted duty - no overhead reaching, no lifting > 10 lb.",
])
def test_a_plan_work_status_already_in_force_is_kept_up(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


@pytest.mark.parametrize("text", [
    # a status outside any Plan is in force, as it was
    "Occupational history: forklift driver.\nWork status: on modified duty since 11/02.\n"
    "Exam: paraspinal spasm.",
    # a heating pad used is no work status: the Plan's new restriction stays planned only
    "HPI: Lifting strain 11/21. Uses a heating pad nightly.\nPlan: heat.",
])
def test_a_work_status_outside_the_plan_keeps_its_reading(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


def test_a_new_restriction_beside_a_heating_pad_is_not_kept_up(assertions_of):
    text = ("HPI: Lifting strain 11/21. Uses a heating pad nightly.\n"
            "Plan: Work status: modified duty from today, no lifting over 25 lb.")
    assert assertions_of(text, AM) == {"present", "hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: Work status: modified duty, no lifting over 20 lb - the warehouse cannot "
    "accommodate, remains off work.",
    "HPI: Light duty advised, no repetitive bending - employer cannot accommodate, "
    "remains off work.",
])
def test_a_restriction_lists_no_does_not_deny_a_status_kept_up(assertions_of, text):
    assert "present" in assertions_of(text, FI)
    assert "absent" not in assertions_of(text, FI)


@pytest.mark.parametrize("text", [
    "ROS: No saddle numbness. Back pain remains 5/10.",
    "ROS: No saddle numbness, and the back pain remains about 5/10.",
])
def test_remains_leaves_the_denial_before_it(assertions_of, text):
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}

