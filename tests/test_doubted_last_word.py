"""A suspicion the note's own assessment then doubts is doubted: the ED's "Rule out cauda equina
... MDM: Low suspicion for CES, epidural abscess or fracture. No imaging indicated." met three
guidelines and was urgent (corpora/ANNOTATION.md "Doubted diagnoses"; rules/SCHEMA.md)."""

import pytest

ED = ("ED provider note 11/20/2026\nHPI: 48F with acute LBP after lifting. Pain 10/10. Rule out "
      "cauda equina - she denies saddle anesthesia and incontinence.\nExam: 5/5 strength, normal "
      "rectal tone.\nMDM: {mdm}\nDispo: home, ibuprofen, f/u PCP.\n")


def _doubted(findings_of, text, code):
    _, result = findings_of(text)
    return next(f.doubted for f in result.findings if f.code == code and f.assertion == "possible")


@pytest.mark.parametrize("text, code", [
    ("MDM: Low suspicion for CES, epidural abscess or fracture.", "cauda_equina_syndrome"),
    ("MDM: Low suspicion for CES, epidural abscess or fracture.", "spinal_infection"),
    ("Low clinical suspicion for discitis.", "spinal_infection"),
    ("Concern for cauda equina. After the exam, CES unlikely.", "cauda_equina_syndrome"),
])
def test_the_last_word_doubts(findings_of, text, code):
    assert _doubted(findings_of, text, code) is True


def test_a_suspicion_raised_again_after_a_doubt_is_not_doubted(findings_of):
    text = "CES unlikely. However, cannot rule out cauda equina syndrome."
    assert _doubted(findings_of, text, "cauda_equina_syndrome") is None


@pytest.mark.parametrize("mdm, urgent", [
    ("Low suspicion for CES, epidural abscess or fracture. No imaging indicated.", False),
    ("Concern for CES given the history; MRI tonight.", True),
])
def test_an_ed_note_that_doubts_cauda_equina_meets_nothing(review_note, mdm, urgent):
    result = review_note(ED.format(mdm=mdm), age=48)
    assert (result.priority == "urgent") is urgent
    if not urgent:
        assert all(d.outcome == "not_met" for d in result.determinations)
