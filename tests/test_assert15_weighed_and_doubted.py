"""A diagnosis the note weighed ("X was considered", "X was entertained") is possible; when
its sentence goes on to doubt it after a reason ("..., but is unlikely", "though it seems
very unlikely"), it is doubted (ANNOTATION "Doubted diagnoses"), and a doubted diagnosis
meets no indication. The reason's own findings are not weighed with it."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


def _spans(findings_of, text):
    result = findings_of(text, NOTE_DATE)[1]
    return {(f.code, f.assertion, bool(f.doubted)) for f in result.findings}


@pytest.mark.parametrize("text, code", [
    # an internist's assessment, a long reason between the weighing and the doubt
    ("Vertebral osteomyelitis was considered given the recent bacteremia and her diabetes, but "
     "is unlikely: she is afebrile and the CRP is normal.", "spinal_infection"),
    # an ED physician's voice
    ("An epidural abscess was entertained because of his IV drug use, though it seems very "
     "unlikely with a normal exam.", "spinal_infection"),
    ("Cauda equina syndrome was briefly considered, but felt to be unlikely after a normal "
     "post-void residual.", "cauda_equina_syndrome"),
])
def test_weighed_then_doubted_is_possible_and_doubted(findings_of, text, code):
    spans = _spans(findings_of, text)
    assert (code, "possible", True) in spans
    assert not any(c == code and a == "present" for c, a, _ in spans)


def test_the_reason_is_not_weighed(findings_of):
    spans = _spans(findings_of, "Discitis was considered given her diabetes, but is unlikely.")
    assert ("diabetes", "present", False) in spans


@pytest.mark.parametrize("text, code", [
    # weighed and left open: a suspicion, not a doubt
    ("Cauda equina syndrome was considered; MRI ordered tonight.", "cauda_equina_syndrome"),
    ("Discitis was considered and is still possible given the fever.", "spinal_infection"),
])
def test_weighed_and_left_open_is_not_doubted(findings_of, text, code):
    spans = _spans(findings_of, text)
    assert (code, "possible", False) in spans
    assert (code, "possible", True) not in spans
