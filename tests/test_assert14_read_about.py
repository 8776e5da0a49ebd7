"""A symptom the patient read or heard about ('the numbness in her groin she read about online')
is what she read of, not a symptom she reports: no finding from that mention (it raised a
false urgent on saddle anesthesia). One she has, or one the sentence states before the
reading, stays present."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Asked whether the numbness in her groin she read about online applies to her - she "
     "denies bladder or bowel changes.", "saddle_anesthesia"),
    ("He asked about the foot drop he read about on a forum; strength is full.", "foot_drop"),
    ("Worried about the loss of bladder control that his dad heard about on the radio.",
     "bladder_dysfunction"),
])
def test_symptom_read_about_is_no_finding(findings_of, text, code):
    assert code not in findings_of(text)[0]


@pytest.mark.parametrize("text, code", [
    ("She has numbness in her groin and read about cauda equina online.", "saddle_anesthesia"),
    ("Leg weakness, which she read about after her fall, is 4/5 at the EHL.", "motor_weakness"),
])
def test_symptom_she_has_stays_present(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}
