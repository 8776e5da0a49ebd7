"""Readings mended after the blind batches e041-e060 (corpora/dev/ERRORS_e041-e050.md,
ERRORS_e051-e060.md), by mend28e.

- A precaution's "bowel/bladder trouble" or "bladder/bowel trouble" warns of both (the pair
  rules read both; the single-organ "bowel trouble" / "bladder trouble" no longer take the
  second half of the pair).
- A fall named by the sport it happened in ("a snowboarding fall") is trauma.
- "a strained back" (the back named by its strain) is back pain.
- "disc operated 2012" (the operation told after the disc, with its year) is a spine surgery.
- "X with a normal exam": the normal word is the exam's, the symptom before it stands.
- walking "has not budged" / walking tolerance "hasn't changed" is no progression.
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note


def _plan(lines):
    return plan_note(lines, "low back pain for 3 weeks.")


# --- a precaution's bowel/bladder trouble ----------------------------------------------------

@pytest.mark.parametrize("pair", ["bowel/bladder trouble", "bladder/bowel trouble"])
@pytest.mark.parametrize("code", ["bladder_dysfunction", "bowel_dysfunction"])
def test_a_precautions_bowel_bladder_trouble_warns_of_both(assertions_of, pair, code):
    line = f"Warning signs reviewed: groin numbness, new foot weakness, or {pair} -> ER at once."
    assert assertions_of(_plan(line), code) == {"hypothetical"}


def test_bladder_trouble_alone_stays_the_bladder(assertions_of):
    text = _plan("Warning signs reviewed: go to the ER for any bladder trouble.")
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}
    assert assertions_of(text, "bowel_dysfunction") == set()


# --- a fall named by its sport ---------------------------------------------------------------

@pytest.mark.parametrize("sport", ["snowboarding", "mountain bike", "horseback"])
def test_a_fall_named_by_its_sport_is_trauma(assertions_of, sport):
    text = _note(f"Mid-back ache in 2018 after a {sport} fall; it cleared in a month.")
    assert assertions_of(text, "trauma") == {"historical"}


def test_a_fall_risk_stays_no_trauma(assertions_of):
    assert assertions_of(_note("Thoracic ache for 3 weeks. Cycling fall risk discussed at "
                               "length; she rides anyway."), "trauma") == set()


# --- a strained back -------------------------------------------------------------------------

def test_a_strained_back_is_back_pain(assertions_of):
    assert assertions_of(_note("Neck ache for 3 weeks. Back history: only a mildly strained "
                               "back in 2011 that cleared with rest."), "low_back_pain") == {
        "historical"}


def test_a_strained_back_muscle_is_not_read_as_back_pain_by_that_rule(assertions_of):
    assert assertions_of(_note("Neck ache for 3 weeks. She used a strained back muscle "
                               "diagram to explain."), "low_back_pain") == set()


# --- a disc operated in a year ---------------------------------------------------------------

def test_a_disc_operated_in_a_year_is_surgery(assertions_of):
    text = "Clinic 11/27/2026\nHPI: neck pain for 3 weeks.\n\nFH: brother - slipped disk operated 2012.\n"
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


def test_a_disc_never_operated_is_no_surgery(assertions_of):
    text = "Clinic 11/27/2026\nHPI: neck pain for 3 weeks.\n\nFH: brother - slipped disk, never operated, 62 now.\n"
    assert assertions_of(text, "prior_spine_surgery") == set()


# --- a symptom beside a normal exam ----------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ten days of low back pain with an entirely normal neurological exam.", "low_back_pain"),
    ("She has had neck pain w/ a normal physical examination throughout.", "neck_pain"),
])
def test_a_symptom_beside_a_normal_exam_stands(assertions_of, text, code):
    assert assertions_of(_note(text), code) == {"present"}


def test_a_normal_gait_is_still_denied(assertions_of):
    assert assertions_of(_note("Neck pain for 3 weeks. Gait normal today."),
                         "gait_abnormality") == {"absent"}


# --- walking that has not budged -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    'Says his walking distance "has not budged" over a month of therapy.',
    "Her walking tolerance hasn't really changed since the injection.",
])
def test_walking_that_has_not_budged_is_no_progression(assertions_of, line):
    assert assertions_of(_note("Leg heaviness on walking for a year. " + line),
                         "symptom_progression") == {"absent"}


def test_walking_that_has_not_improved_is_no_such_reading(assertions_of):
    assert assertions_of(_note("Leg heaviness on walking for a year. His walking has not "
                               "improved with therapy."), "symptom_progression") == set()
