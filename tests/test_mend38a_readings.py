"""Readings of course and function (session 38, mend38a; the blind batch e441-e480).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. activity_modification: words that name no restriction - a pulmonary embolism denied on a
   CT ("no PE"), a pain behaviour ("guarding, bracing"), what aggravates the pain ("worse with
   desk work"), the 5 of a 12.5-hour shift.
2. activity_modification: a restriction handed over today ("advised to ... avoid ladders"),
   a work status allowed from now on ("may return to modified duty"): hypothetical.
3. functional_impairment: a study the patient cannot have ("inability to do MRI") is no limit;
   small things dropped ("dropping small screws") are a hand-function loss.
4. trauma: an effort given up ("has stopped lifting her grandson") or a bend done fine
   ("bent to load the dishwasher ok") is no onset.
5. night_pain: "sleeping fairly well" is sleep that is fine.
"""

import pytest

from note_text import section_note as _note


A = "activity_modification"
F = "functional_impairment"
T = "trauma"
N = "night_pain"


@pytest.mark.parametrize("body", [
    "CT chest w/ contrast (ED): no PE; small effusion.",
    "Pain behaviors (guarding, bracing) consistent with effort.",
    "Neck pain 5/10, worse with desk work.",
    "Social: married, works 12.5 hour shifts as a nurse.",
])
def test_words_that_name_no_restriction(assertions_of, body):
    assert assertions_of(_note(body), A) == set()


@pytest.mark.parametrize("body, code, want", [
    ("School note: no PE/sports until cleared.", A, "present"),
    ("TLSO bracing when upright.", A, "present"),
    ("Now on desk duty at the warehouse.", A, "present"),
    ("Cut back to 4-hour shifts since October.", A, "present"),
])
def test_restrictions_in_force_keep_their_reading(assertions_of, body, code, want):
    assert want in assertions_of(_note(body), code)


@pytest.mark.parametrize("body", [
    "Phone call: advised to walk as tolerated and avoid ladders.",
    "Instructed her to avoid lifting over 10 lb.",
    "Work: may return to modified duty, no lifting >15 lb x 4 wk.",
])
def test_advice_and_allowed_work_status_are_hypothetical(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), A) == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Advised to continue light duty.",
    "Using heat at home as advised.",
])
def test_restriction_followed_stays_present(assertions_of, body):
    assert "present" in assertions_of(_note(body), A)


def test_a_study_that_cannot_be_done_is_no_limit(assertions_of):
    body = "Will request CT instead given his inability to do MRI (claustrophobia)."
    assert assertions_of(_note(body, "Plan"), F) == set()


@pytest.mark.parametrize("body", [
    "Keeps dropping small screws at his workbench.",
    "Dropping coins and pens for 2 months.",
])
def test_small_things_dropped_are_a_hand_function_loss(assertions_of, body):
    assert "present" in assertions_of(_note(body), F)


@pytest.mark.parametrize("body", [
    "She has stopped lifting her grandson since the pain began.",
    "After the block: bent to load dishwasher ok, walked 30 min.",
])
def test_an_effort_given_up_or_done_fine_is_no_onset(assertions_of, body):
    assert "present" not in assertions_of(_note(body), T)


@pytest.mark.parametrize("body", [
    "Pain began after he lifted a 50-lb bag of cement at work.",
    "Bent to pick up the laundry basket and felt a pop.",
])
def test_a_lift_or_bend_as_the_onset_stays_trauma(assertions_of, body):
    assert "present" in assertions_of(_note(body), T)


def test_sleeping_fairly_well_denies_night_pain(assertions_of):
    assert assertions_of(_note("Back pain 4/10. Sleeping fairly well."), N) == {"absent"}


def test_restricted_lift_with_a_slash_list_is_read(assertions_of):
    body = "No bending/twisting/lifting > 10 lb until the trial leads are out."
    assert assertions_of(_note(body, "Plan"), A) == {"hypothetical"}


@pytest.mark.parametrize("body, section, want", [
    ("P: CMT diversified L4-5, soft tissue, ice 15 min.", "Plan", {"present"}),
    ("D/C instructions: ice 20 min on/off x 48 h.", "Plan", {"hypothetical"}),
])
def test_ice_told_with_how_long(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), A) == want
