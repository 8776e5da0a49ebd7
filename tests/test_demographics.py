"""Age and sex as notes state them, telegraphic forms included: an age read from the notes
decides the age lines of the guidelines (AIM's adult trauma criteria, Cohere's elderly)."""
import pytest

from spinecite.pipeline.demographics import find_age, find_sex


@pytest.mark.parametrize("text, age, sex", [
    ("a 62-year-old woman with back pain", 62, "F"),
    ("ED 11/30/2026 34 M presents after a rollover", 34, "M"),
    ("67M fell from a ladder", 67, "M"),
    ("Pt is 58F with LBP", 58, "F"),
    ("Age/Sex: 71/F", 71, "F"),
    ("T 99 F. 45 M with neck pain", 45, "M"),
])
def test_stated_age_and_sex(text, age, sex):
    assert (find_age(text), find_sex(text)) == (age, sex)


@pytest.mark.parametrize("text", [
    "T 98.6 F, HR 80", "Temp 99 F", "BP 120/80 M", "LBP x 10 M", "L5 F",
])
def test_a_temperature_or_a_level_is_no_age(text):
    assert find_age(text) is None
