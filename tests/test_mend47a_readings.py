"""Readings of course and function (session 47, mend47a; the blind batch e801-e840).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. symptom_progression: "worsening of" (a HYPOTHETICAL cue pruned as the target "worsening" it
   overlaps) no longer cuts the scope of a precaution before it: "Return/ED for rapid worsening
   of walking" is to come, as "Return/ED for worsening weakness" was.
2. symptom_progression: "go to ED/call 911 for ..." is a precaution (one token "ED/call", then
   the emergency line): what follows is to come.
3. symptom_progression: a burning said the same ("burning same.") and a symptom the same as last
   week or session are sameness: no progression (absent).
4. symptom_progression: a denial does not reach over "and" into a clause its subject opens with
   "appear(s)" or "seem(s)" ("not typical of anxiety and appear to be worsening").
5. trauma: an injury of the sphincter, urethra or perineum ("obstetric sphincter injury", "no
   urethral trauma") is no mechanism of the spine complaint: no trauma finding.
6. functional_impairment: a working day the pain cuts short ("unable to finish shifts this week",
   "can't get through a workday") is a limitation at work: present; in a condition, to come.
"""

import pytest

from note_text import hpi_note, plan_note


S = "symptom_progression"
T = "trauma"
F = "functional_impairment"


@pytest.mark.parametrize("line", [
    "- Return/ED for sudden worsening of gait, new weakness or trouble passing urine.",
    "Return to ED for worsening of her balance or any new numbness.",
    "- Call for any worsening of the walking.",
])
def test_worsening_of_in_a_precaution_is_to_come(assertions_of, line):
    assert assertions_of(plan_note(line), S) == {"hypothetical"}


def test_worsening_of_told_in_the_history_stays_present(assertions_of):
    assert assertions_of(hpi_note("Steady worsening of her gait over 6 wks, now a cane."),
                         S) == {"present"}


def test_ed_slash_call_911_opens_a_precaution(assertions_of):
    line = ("Reviewed: go to ED/call 911 for numbness in the groin, weakness in the legs, "
            "or back pain that gets suddenly much worse.")
    assert assertions_of(plan_note(line), S) == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Session 4: sleeping better, burning same. Needles x 20 min.",
    "Per the nurse, numbness same as last week, nothing new.",
    "Tingling same as last session; no new weakness.",
])
def test_a_burning_or_a_symptom_the_same_as_last_week_is_no_progression(assertions_of, body):
    assert assertions_of(hpi_note(body), S) == {"absent"}


def test_burning_in_the_same_distribution_is_no_sameness(assertions_of):
    # the place of a symptom, not its course
    assert assertions_of(hpi_note("Burning same distribution as the rash."), S) == set()


@pytest.mark.parametrize("body", [
    "The gait changes are not typical of a stroke and appear to be worsening each week.",
    "Her hand symptoms are not from the wrist and seem to be progressing.",
])
def test_a_denial_ends_before_and_appears(assertions_of, body):
    assert assertions_of(hpi_note(body), S) == {"present"}


def test_a_denied_worsening_stays_denied(assertions_of):
    assert assertions_of(hpi_note("Numbness in the feet is not worsening."), S) == {"absent"}


@pytest.mark.parametrize("body", [
    "Postpartum flatus incontinence from an obstetric sphincter injury. Tailbone pain.",
    "Urinary retention, no prior catheterization, no urethral trauma. Back pain.",
    "3rd degree perineal tear repaired at delivery. Tailbone pain since.",
])
def test_a_pelvic_organs_injury_is_no_trauma(assertions_of, body):
    assert assertions_of(hpi_note(body), T) == set()


def test_a_lifting_injury_beside_it_stays(assertions_of):
    body = "Sphincter injury at delivery 2024. Back pain since lifting a heavy box 11/10."
    assert assertions_of(hpi_note(body), T) == {"present"}


@pytest.mark.parametrize("body", [
    "Drives a forklift 10-h days, unable to finish shifts since Monday. Back pain.",
    "Back pain 6/10, can't get through a workday at the register.",
])
def test_a_working_day_cut_short_is_a_limitation(assertions_of, body):
    assert assertions_of(hpi_note(body), F) == {"present"}


def test_a_working_day_cut_short_in_a_condition_is_to_come(assertions_of):
    line = "- If unable to finish a shift, call for a work note."
    assert assertions_of(plan_note(line), F) == {"hypothetical"}
