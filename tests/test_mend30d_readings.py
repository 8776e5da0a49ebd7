"""Readings mended from the dev list of the history, imaging, sphincter and treatment codes
(session 30, mend30d).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/MEND30d.md).
"""

import pytest


# a bare "disc" is the herniation a writer or a patient suspects (ANNOTATION "possible":
# "r/o", "likely", "to evaluate"; "Worry" about a diagnosis)
@pytest.mark.parametrize("text", [
    "Plan: lumbar MRI to rule out disc problem.",
    "Imaging requested to r/o disc involvement at L5-S1.",
    "Suspect C5-6 foraminal narrowing +/- disc; continue meloxicam.",
    "He fears it is \"the disc again\" and asks for a scan.",
    "CT myelogram to exclude disc pathology at L2-3.",
])
def test_a_bare_disc_suspected_is_a_possible_herniation(assertions_of, text):
    assert assertions_of(text, "disc_herniation") == {"possible"}


@pytest.mark.parametrize("text", [
    "XR: disc height loss at L5-S1, possibly degenerative.",
    "Likely degenerative disc disease at L4-5.",
    "Possible disc space infection at L2-3 on the CT.",
    "The L3-4 disc is normal in signal.",
    "Discs preserved; no listhesis.",
    "Chronic axial pain, likely facet-mediated vs discogenic.",
    "Carrier asks for an MRI to rule out disc injury.",
])
def test_a_disc_stated_or_named_by_its_degeneration_is_no_herniation(assertions_of, text):
    # near-misses: a disc's height, degeneration, space or plain description
    assert assertions_of(text, "disc_herniation") == set()


# a bare operation told after the spine's disease in its sentence is a spine operation, its
# owner's (ANNOTATION "family": anyone else the note names)
@pytest.mark.parametrize("text", [
    "He is anxious because a neighbour had a ruptured disc two years ago and needed surgery.",
    "FH: uncle with cervical stenosis, had surgery.",
    "Her cousin had a bulging disc in her back and eventually required surgery.",
    "His aunt had a herniated disc and \"ended up having surgery.\"",
    "His father had emergency surgery for cauda equina at 60.",
    "Her brother had surgery two years ago for a \"slipped disc\".",
    "FHx: sister - lumbar disc herniation s/p surgery 2021.",
    "Her uncle had his neck fused after a fall.",
    "FH: mother with \"slipped disc\" surgery in 2012.",
])
def test_another_persons_spine_operation_is_family(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


@pytest.mark.parametrize("text", [
    "Her sister broke her hip last winter and needed surgery.",
    "His uncle tore a rotator cuff and had surgery.",
    "MRI shows a large L4-5 extrusion; he may need surgery.",
    "Large disc herniation at L5-S1 and had surgery booked for Friday.",
    "Ankylosing spondylitis with a fused spine on films.",
])
def test_an_operation_not_told_after_the_spine_is_no_spine_surgery(assertions_of, text):
    # near-misses: another body part's operation, a planned one, a spine fused by disease
    assert assertions_of(text, "prior_spine_surgery") == set()


def test_the_patients_own_bare_operation_is_left_to_the_named_rows(assertions_of):
    # near-miss: the bare operation counts for another person only; the patient's own is
    # named where a note tells it ("s/p L5-S1 microdiscectomy 2018")
    assert assertions_of("She had a herniated disc in 2018 and needed surgery.",
                         "prior_spine_surgery") == set()


# an operation first in a denied list with imaging denies the operation too
@pytest.mark.parametrize("text", [
    "Denies fevers. No previous neck surgery or imaging.",
    "No prior spine surgeries or imaging.",
])
def test_a_denied_operation_before_denied_imaging_is_absent(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"absent"}


def test_denied_injections_before_imaging_deny_no_operation(assertions_of):
    # near-miss: the list's first item is injections
    assert assertions_of("No prior spine injections or imaging.", "prior_spine_surgery") == set()


# a last bowel movement told normal, its day a date or a part of yesterday
@pytest.mark.parametrize("text", [
    "Last BM 12/01, formed.",
    "Bowels: last BM yesterday evening, normal.",
])
def test_a_last_bowel_movement_told_normal_is_no_bowel_dysfunction(assertions_of, text):
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}


def test_a_last_bowel_movement_told_hard_is_no_denial(assertions_of):
    # near-miss: no normal word after it
    assert "absent" not in assertions_of("Last BM 12/01, hard and painful.", "bowel_dysfunction")


# stool named as what is held or lost, after urine or after control
@pytest.mark.parametrize("text,expected", [
    ("Return to the ED if he cannot hold urine or stool.", {"hypothetical"}),
    ("ED if numb in the groin, trouble holding stool, or fever.", {"hypothetical"}),
    ("He denies difficulty with urine or stool.", {"absent"}),
])
def test_stool_held_or_lost_is_the_bowel(assertions_of, text, expected):
    assert assertions_of(text, "bowel_dysfunction") == expected


def test_a_stool_test_is_no_bowel_dysfunction(assertions_of):
    # near-miss: urine and stool studies
    assert assertions_of("Urine and stool cultures sent.", "bowel_dysfunction") == set()


# "no accidents" after the bowels named in its sentence denies the bowel's leakage
@pytest.mark.parametrize("text", [
    "Bowels: moved this morning, no accidents.",
    "- Bowel: no accidents since the fall.",
])
def test_no_accidents_after_the_bowel_is_absent(assertions_of, text):
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}


def test_no_accidents_without_the_bowel_is_nothing(assertions_of):
    # near-miss: no bowel word before it
    assert assertions_of("Drives daily, no accidents.", "bowel_dysfunction") == set()


# a doubt whether she could hold a bowel movement is possible, and a denial before "and" does
# not reach it
@pytest.mark.parametrize("text", [
    "No bowel movement for 3 days and she is unsure whether she could hold it.",
    "Has not had a BM since Sunday and is not sure if he could control one.",
])
def test_a_doubted_control_of_the_bowel_is_possible(assertions_of, text):
    assert assertions_of(text, "bowel_dysfunction") == {"possible"}


def test_a_doubt_with_no_bowel_named_is_nothing(assertions_of):
    # near-miss: nothing of the bowel in the sentence
    assert assertions_of("He is not sure whether he could hold it on a long drive.",
                         "bowel_dysfunction") == set()
