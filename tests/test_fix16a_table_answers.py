"""A table row or field answered No ("| Fever | No |", "urinary retention = N") denies its
label, as "Fever: no" does; a row answered Yes, or with words after the "No", does not."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("| Symptom            | Present? |\n| Bowel incontinence | No       |\n"
     "| Groin numbness     | N        |", "bowel_dysfunction"),
    ("| Symptom            | Present? |\n| Bowel incontinence | No       |\n"
     "| Groin numbness     | N        |", "saddle_anesthesia"),
    ("| Fevers | Denies |", "fever"),
    ("Loss of bladder control = N\nPVR not done.", "bladder_dysfunction"),
    ("fever = no, weight loss = no", "fever"),
])
def test_row_answered_no_is_absent(assertions_of, text, code):
    assert assertions_of(text, code) == {"absent"}


@pytest.mark.parametrize("text", [
    "| Urinary retention | Yes |",
    "| Urinary retention | No prior episodes, new since Monday |",
    "urinary retention = yes",
])
def test_row_answered_otherwise_stays_present(assertions_of, text):
    assert assertions_of(text, "bladder_dysfunction") == {"present"}
