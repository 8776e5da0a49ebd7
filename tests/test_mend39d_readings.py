"""Readings behind determinations, urgency and red flags (session 39, mend39d; the blind batch
e481-e520). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. An Epic pick-list left unfilled ("Bowel/bladder: {Blank single:19197::"yes","no"}",
   "{Blank single:1::"Denies","Endorses"} bowel/bladder changes") answers nothing: the item it
   stands beside is no finding; a filled field beside it keeps its answer.
2. A plan's condition that names a therapy ("If pain persists beyond 6 wks despite PT, or any
   weakness or numbness in the groin, will re-image") still makes what it names after the
   therapy something to watch for (hypothetical), not a finding of now.
3. "Asked about bladder/bowel - no bladder or bowel changes": a bare "no" that opens a denial
   of its own is no answer closing the question; the denial reads the items after it.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# ---- 1. unfilled Epic pick-lists -----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ('Red flags:\nBladder control: {Blank single:4411::"yes","no"}\nWeight: stable.', "bladder_dysfunction"),
    ('Saddle numbness: {Blank single:4411::"denies","endorses"}', "saddle_anesthesia"),
    ('No hx cancer. {Blank single:4411::"Denies","Endorses"} bowel incontinence.', "bowel_dysfunction"),
    ('Oral steroid use: {Blank single:4411::"yes","no"}   Wt stable.', "immunosuppression"),
])
def test_an_unfilled_pick_list_answers_nothing(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code, expected", [
    ('Bladder control: {Blank single:4411::"yes","no"}\nSaddle numbness: denies', "saddle_anesthesia", {"absent"}),
    ('Exercise: {Blank single:4411::"daily","rarely"}\nIncontinence of urine since Monday.', "bladder_dysfunction", {"present"}),
    ('No fever. {Blank single:4411::"Denies","Endorses"} chills.', "fever", {"absent"}),
])
def test_a_filled_field_beside_a_pick_list_keeps_its_answer(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


# ---- 2. a plan's condition past its therapy ----------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("If pain persists beyond 6 wks despite PT, or any numbness in the groin, will revisit imaging.",
     "saddle_anesthesia"),
    ("If sx continue despite NSAIDs or any leg weakness develops, will order MRI.", "motor_weakness"),
])
def test_a_conditions_items_after_its_therapy_are_hypothetical(assertions_of, body, code):
    assert assertions_of(_note(body, "Plan"), code) == {"hypothetical"}


def test_a_conditions_therapy_stays_hypothetical(assertions_of):
    body = "Consider MRI if sx persist despite PT and NSAIDs."
    assert assertions_of(_note(body, "Plan"), "physical_therapy") == {"hypothetical"}


# ---- 3. asked about X - no Y --------------------------------------------------------------

@pytest.mark.parametrize("code", ["bladder_dysfunction", "bowel_dysfunction"])
def test_a_denial_after_asked_about_reads_its_own_items(assertions_of, code):
    body = "Asked about bowel/bladder - no bladder or bowel changes."
    assert "present" not in assertions_of(_note(body), code)
    assert "absent" in assertions_of(_note(body), code)


def test_asked_about_answered_none_still_denies(assertions_of):
    body = "Asked about saddle numbness and bladder changes - none."
    assert assertions_of(_note(body), "saddle_anesthesia") == {"absent"}
