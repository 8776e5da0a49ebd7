"""Two readings of a doubted diagnosis that were read as a suspicion (false met in blind batches):

- what the patient or a relative has read or wonders ("his wife read that back pain with fever
  can be a spine infection") is their fear, not the clinician's suspicion: possible, doubted;
- the diagnosis a finding is compared against ("more consistent with UTI than cauda equina")
  is the less likely reading: possible, doubted, not present.
"""

import pytest


def _found(findings_of, text, code):
    _, result = findings_of(text)
    return sorted((f.assertion, f.doubted) for f in result.findings if f.code == code)


@pytest.mark.parametrize("text, code", [
    ("Her husband read that neck pain with a temperature can be an epidural abscess.",
     "spinal_infection"),
    ("Pt wonders if this is a slipped vertebra, spondylolisthesis like his brother's.",
     "spondylolisthesis"),
    ("Her mother heard that leg numbness may be a sign of spinal stenosis.", "spinal_stenosis"),
    # what a finding is compared against
    ("Bladder urgency with dysuria more consistent with UTI than cauda equina syndrome.",
     "cauda_equina_syndrome"),
    ("Buttock pain better explained by SI joint dysfunction than by spinal stenosis.",
     "spinal_stenosis"),
    ("Findings more suggestive of a muscle strain than of a disc herniation.", "disc_herniation"),
])
def test_a_lay_belief_or_the_reading_compared_against_is_doubted(findings_of, text, code):
    assert _found(findings_of, text, code) == [("possible", True)]


@pytest.mark.parametrize("text, code, want", [
    # a clinician's own reading stays a suspicion
    ("Dr. Patel thinks that this is spinal stenosis.", "spinal_stenosis", [("possible", None)]),
    # a study read is no belief
    ("MRI read by radiology as L4-5 disc herniation.", "disc_herniation", [("present", None)]),
])
def test_look_alikes_of_a_lay_belief(findings_of, text, code, want):
    assert _found(findings_of, text, code) == want


def test_a_lay_belief_leaves_the_symptoms_it_names(findings_of):
    table, _ = findings_of(
        "His wife read that back pain with fever can be a bone infection. He has had low back "
        "pain for 2 weeks.")
    assert table["low_back_pain"] == {"present"}


def test_the_reading_preferred_in_a_comparison_is_not_doubted(findings_of):
    # the diagnosis preferred is not the one after "than"
    found = _found(findings_of, "Picture more consistent with spinal stenosis than with a "
                   "muscle strain.", "spinal_stenosis")
    assert found and all(doubted is None for _, doubted in found)


def test_a_comparison_reaches_no_further_than_its_clause(findings_of):
    table, _ = findings_of("Pain more consistent with a strain than a fracture, and she has "
                           "saddle anesthesia on exam.")
    assert table["saddle_anesthesia"] == {"present"}


def test_a_relatives_fear_and_a_clinicians_doubt_meet_nothing(review_note):
    result = review_note(
        "Urgent care 11/20/2026\n44M with flu last week, fever resolved 11/17, now afebrile. "
        "Low back ache 3/10, improving. No leg symptoms, no bladder or bowel change. "
        "His husband read that back pain after a fever can be a spinal infection and wants a "
        "scan.\nExam: T 36.8. No midline tenderness. Strength 5/5, SLR negative.\n"
        "A: Myalgic back pain after influenza. Discitis not suspected.\n"
        "P: Ibuprofen as needed.\n", age=44)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)


def test_a_triage_comparison_with_cauda_equina_is_not_met(review_note):
    result = review_note(
        "Phone triage 11/20/2026\n61F LBP x 1 week after gardening. Burning with urination "
        "and frequency since yesterday, no incontinence, no saddle numbness, no leg weakness. "
        "Urinary symptoms more consistent with a bladder infection than cauda equina.\n"
        "Disposition: clinic tomorrow.\n", age=61)
    assert all(d.outcome == "not_met" for d in result.determinations)
