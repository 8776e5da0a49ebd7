"""Readings found on session 16's blind batch, written as general families with new
sentences: a clinician's "I do not think this is X" is a doubt (possible, doubted, as
ANNOTATION's doubted diagnoses); "nothing in the history suggests X" denies X; a symptom that
"cleared" by a time or "has since cleared" is over (historical) - while "cleared by
cardiology" (a clearance for surgery) says nothing of the symptom beside it."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("I do not think this is cauda equina syndrome: her bladder empties normally.",
     "cauda_equina_syndrome"),
    ("I don't think she has an epidural abscess; CRP is normal.", "spinal_infection"),
    ("Do not think this represents a pathologic fracture.", "spinal_fracture"),
])
def test_a_clinicians_do_not_think_is_a_doubt(findings_of, text, code):
    table, result = findings_of(text + "\n")
    assert table[code] == {"possible"}
    assert all(f.doubted for f in result.findings if f.code == code)


@pytest.mark.parametrize("text, code", [
    ("I think this is cauda equina syndrome.", "cauda_equina_syndrome"),
    ("I do not think PT helped much; MRI today shows an epidural abscess.", "spinal_infection"),
])
def test_a_belief_or_another_clause_is_not_a_doubt(findings_of, text, code):
    table, _ = findings_of(text + "\n")
    assert "possible" not in table[code]


@pytest.mark.parametrize("text, code", [
    ("Nothing in the history or exam suggests an epidural abscess.", "spinal_infection"),
    ("Nothing suggests a cauda equina syndrome today.", "cauda_equina_syndrome"),
    ("Nothing on his labs indicates a spinal infection.", "spinal_infection"),
])
def test_nothing_suggests_denies(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"absent"}


def test_a_study_that_suggests_stays_possible(assertions_of):
    text = "Nothing helps; MRI suggests an epidural abscess.\n"
    assert assertions_of(text, "spinal_infection") == {"possible"}


@pytest.mark.parametrize("text, code", [
    ("The groin numbness cleared by her 3-month visit.", "saddle_anesthesia"),
    ("His foot drop had cleared within 6 weeks of the discectomy.", "foot_drop"),
    ("Her saddle numbness has since cleared.", "saddle_anesthesia"),
])
def test_a_symptom_that_cleared_is_over(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"historical"}


@pytest.mark.parametrize("text", [
    "Cleared by cardiology for surgery despite her foot drop.",
    "Foot drop; cleared by cardiology 2 weeks ago for surgery.",
])
def test_a_clearance_for_surgery_is_not_a_resolution(assertions_of, text):
    assert assertions_of(text + "\n", "foot_drop") == {"present"}
