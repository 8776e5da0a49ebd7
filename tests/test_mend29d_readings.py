"""Readings mended from the P lines left on the blind cases e121-e140 (session 29, mend29d).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/MEND29d.md).
"""

import pytest


# a full stop set off by two spaces ends its sentence: a field answered "none" after it
# denies nothing of the sentence before
@pytest.mark.parametrize("text", [
    "Tried heat and ibuprofen.  PT so far: none.",
    "Has used meloxicam.  Injections to date: none",
])
def test_two_spaces_after_a_full_stop_end_the_sentence(assertions_of, text):
    assert assertions_of(text, "nsaid") == {"present"}


def test_a_question_and_its_answer_after_two_spaces_stay_together(assertions_of):
    # near-miss: a form's '?' then spaces then its answer still denies the question's item
    assert assertions_of("Any tingling?  NO\nFevers?  NO\n", "paresthesia") == {"absent"}


def test_an_abbreviation_before_two_spaces_ends_no_sentence():
    from spinecite.pipeline import get_nlp
    doc = get_nlp()("Seen by Dr.  Patel for leg pain.")
    assert len(list(doc.sents)) == 1


# a walk to a named place, then how it went, is the gait observed
@pytest.mark.parametrize("text", [
    "RN note: walked to the bathroom slowly, hunched over.",
    "Ambulates across the hall stiffly.",
])
def test_a_walk_to_a_place_then_its_manner_is_the_gait(assertions_of, text):
    assert assertions_of(text, "gait_abnormality") == {"present"}


def test_a_walk_to_a_place_without_trouble_is_no_abnormal_gait(assertions_of):
    # near-miss: no manner named after the place
    assert assertions_of("Walked to the car without difficulty.", "gait_abnormality") == set()


# trouble with his/her balance is a gait target as trouble with balance is
@pytest.mark.parametrize("text,expected", [
    ("She has had trouble with her balance for a month.", {"present"}),
    ("Return if he notices difficulty with his balance.", {"hypothetical"}),
])
def test_trouble_with_ones_balance_is_gait(assertions_of, text, expected):
    assert assertions_of(text, "gait_abnormality") == expected


def test_balance_of_an_account_is_no_gait(assertions_of):
    # near-miss: no trouble word before it
    assert assertions_of("He checked his balance at the bank.", "gait_abnormality") == set()


# a bare "AS" after a lower-case has/had is the diagnosis
@pytest.mark.parametrize("text,expected", [
    ("Family history: daughter - likewise has AS (on a biologic).", {"family"}),
    ("He had AS diagnosed in his twenties.", {"present"}),
])
def test_has_as_is_ankylosing_spondylitis(assertions_of, text, expected):
    assert assertions_of(text, "inflammatory_spondyloarthropathy") == expected


@pytest.mark.parametrize("text", [
    "He has AS much pain today as last week.",
    "PAIN HAS AS EXPECTED SETTLED.",
])
def test_has_as_in_a_comparison_is_no_diagnosis(assertions_of, text):
    # near-miss: the word 'as' of a comparison or capitalised text
    assert assertions_of(text, "inflammatory_spondyloarthropathy") == set()
