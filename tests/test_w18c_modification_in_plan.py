"""An activity modification the note already gives as done, named again in the Plan
(ANNOTATION.md "Continued in the Plan"), is kept up: present only. A Plan's modification
of another kind, or a program first given in the Plan, stays planned."""
import datetime as dt

import pytest

CODE = "activity_modification"


@pytest.mark.parametrize("note", [
    # the history's heating pad, the Plan's heat: one modification, kept up
    "HPI: Lumbar strain after moving a sofa 9 days ago. Has been using a heating pad most "
    "evenings, which helps.\n\nPlan:\n- Acetaminophen 1 g TID.\n- Heat; stay active.\n",
    # ice first, then "ice or heat" in an Assessment/Plan written as prose
    "Subjective: Mid back pain since Saturday. He used an ice pack twice a day over the weekend.\n\n"
    "A/P: Thoracic paraspinal strain. Naproxen with food, ice or heat as needed.\n",
    # a sport the patient has already stopped, kept off in the Plan
    "HPI: 14yo with low back pain for 4 weeks. She has been sitting out of volleyball "
    "since the start of the month.\n\nPlan: Ibuprofen prn. No volleyball until "
    "the follow-up visit.\n",
    "CC: back pain, 15 y/o wrestler.\nHPI: Out of wrestling for 10 days because of the "
    "pain.\n\nA/P: likely muscular strain. No wrestling until pain-free; naproxen prn.\n",
])
def test_modification_named_again_in_the_plan_is_kept_up(assertions_of, note):
    assert assertions_of(note, CODE) == {"present"}


@pytest.mark.parametrize("note", [
    # look-alike: the history has heat, the Plan adds a new kind (a desk change): planned
    "HPI: Neck strain for 2 weeks. Uses a heating pad at night.\n\n"
    "Plan:\n- Ibuprofen 400 mg TID with food.\n- Avoid prolonged sitting at the desk.\n",
    # ice packs tried before are not the Plan's heat
    "HPI: Low back pain for 10 days. She tried ice packs for two days.\n\n"
    "Plan:\n- Acetaminophen as needed.\n- Heat; walking as tolerated.\n",
    # nothing told before: this reading does not make the Plan's advice present
    "HPI: Low back pain for 10 days after gardening. Took ibuprofen.\n\n"
    "Plan:\n- Continue ibuprofen with food.\n- Heat, gentle walking.\n",
])
def test_a_new_modification_in_the_plan_stays_planned(assertions_of, note):
    assert "hypothetical" in assertions_of(note, CODE)


def test_start_hep_with_no_earlier_hep_stays_planned(assertions_of):
    note = ("HPI: Low back pain for 3 weeks, no leg symptoms. Uses a heating pad.\n\n"
            "Plan: start HEP (handout given). Heat as needed.\n")
    assert assertions_of(note, "home_exercise_program") == {"hypothetical"}


@pytest.mark.parametrize("plan_line", [
    "2. Work note: light duty x 3 more weeks.",
    "2. Return-to-work note given for modified duty through 12/20.",
])
def test_work_note_of_a_kept_up_restriction_is_that_restriction(assertions_of, plan_line):
    # the note is the paper of the duty the history already has: one modification, kept up
    note = ("HPI: Lumbar strain at the warehouse 3 weeks ago. She has been on modified duty "
            "since then and on light duty before that.\n\nPlan:\n1. Naproxen 500 mg BID.\n"
            + plan_line + "\n")
    assert assertions_of(note, CODE) == {"present"}


def test_work_note_of_a_new_restriction_stays_planned(findings_of):
    # look-alike: the history has desk duty, the note's paper carries a new lifting limit
    note = ("HPI: Lumbar strain at the warehouse 3 weeks ago. He has been on desk duty since "
            "the injury.\n\nPlan:\n1. Naproxen 500 mg BID.\n"
            "2. Work note: no lifting over 10 lb until the CT is reviewed.\n")
    _, result = findings_of(note, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    planned = [e.text for f in result.findings
               if f.code == CODE and f.assertion == "hypothetical" for e in f.evidence]
    assert "Work note" in planned
