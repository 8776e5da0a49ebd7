"""Negation cues damaged by OCR ("den1es", "negatlve") and a fax header or page marker
printed inside a denied list still deny; evidence offsets stay those of the original text."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Pt den1es groin numbness and bowel incontinence.", "saddle_anesthesia"),
    ("Pt den1es groin numbness and bowel incontinence.", "bowel_dysfunction"),
    ("Review of systems negatlve for fever.", "fever"),
])
def test_ocr_damaged_denial_still_denies(assertions_of, text, code):
    assert assertions_of(text, code) == {"absent"}


@pytest.mark.parametrize("text", [
    "She denies fever, saddle anesthesia,\n"
    "FAX FROM: (555) 010-2020  11/20/2026 09:02  P. 2/4\n"
    "urinary retention or fecal incontinence.",
    "She denies fever, saddle anesthesia,\n=== Page 3 of 5 ===\n"
    "urinary retention or fecal incontinence.",
    "She denies fever, saddle anesthesia,\n-- Page 2 --\nurinary retention or fecal incontinence.",
])
def test_page_break_inside_a_denied_list_keeps_the_denial(findings_of, text):
    table, result = findings_of(text)
    for code in ("fever", "saddle_anesthesia", "bladder_dysfunction", "bowel_dysfunction"):
        assert table.get(code) == {"absent"}, code
    for finding in result.findings:
        for item in finding.evidence:
            assert text[item.start:item.end] == item.text


@pytest.mark.parametrize("text, code", [
    # a sentence ended before the page break: the denial stops there
    ("Denies fever.\nFAX FROM: 555-201-3344 PAGE 2/3\nWeakness of the left EHL 4/5.",
     "motor_weakness"),
    # a 1 that reads as an l ("1eft") is still read so
    ("1eft foot drop noted on exam today.", "foot_drop"),
])
def test_look_alikes_stay_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}
