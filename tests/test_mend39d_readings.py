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
4. A denial's exception that names what the code leaves out keeps the denial: "No wt loss
   beyond expected PP" (an expected loss is no unexplained loss), "not immunosuppressed apart
   from the prednisone burst" (a short course is no chronic steroid use).
5. A field answered no: "Cancer hx: no." (the "hx:" of a report's history no longer holds its
   colon) and "Bowel/bladder: no change." (the organ alone as the label: no change of its
   function); "Urinary retention: no change" stays present.
"""

import pytest

from note_text import section_note as _note


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


# ---- 4. an exception that is not the code ----------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("No fever, no wt loss beyond expected postpartum.", "unexplained_weight_loss"),
    ("No chills, no weight loss beyond what was expected.", "unexplained_weight_loss"),
    ("Not immunosuppressed apart from a recent prednisone burst.", "immunosuppression"),
])
def test_an_exception_the_code_leaves_out_keeps_the_denial(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code", [
    ("No weight loss except 15 lb over 2 months without trying.", "unexplained_weight_loss"),
    ("No back pain other than the usual soreness.", "low_back_pain"),
])
def test_an_exception_that_is_the_code_stays_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# ---- 5. fields answered no ------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Red flags\nBowel/bladder: no change. Fever: no. Cancer hx: no.\nMeds: none.", "malignancy"),
    ("Red flags\nBowel/bladder: no change. Fever: no.\nMeds: none.", "bladder_dysfunction"),
    ("Malignancy history: none.\nMeds: none.", "malignancy"),
])
def test_a_field_answered_no_denies_its_item(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code, expected", [
    ("Urinary retention: no change, still cathing.", "bladder_dysfunction", {"present"}),
    ("Hx: low back pain x 3 weeks.", "low_back_pain", {"present"}),
])
def test_a_field_that_states_its_item_keeps_it(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
