"""Session-20 readings (w20a): an everyday task lost that stands last in a list of verbs
("unable to sleep or work"), and a therapy's length told after its visit rate or with a half
("PT twice weekly for 2.5 weeks", "two and a half weeks"). Sentences written for these tests."""

import pytest


# 1. the last verb of a list after "unable to" / "can't" is read as if it stood alone
@pytest.mark.parametrize("text", [
    "He has been unable to sleep or work since the lifting injury.",
    "Can't sleep, drive or do her job because of the leg pain.",
    "Not able to stand, walk or cook a meal for the last month.",
    "Cannot bend and lift at the loading dock anymore.",
    "She is unable to twist, kneel or carry boxes on her shift.",
])
def test_a_task_lost_last_in_a_list_is_a_functional_impairment(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("text", [
    "He has been unable to sleep or work since the lifting injury.",
    "Can't sleep, drive or do her job because of the leg pain.",
])
def test_sleep_first_in_the_list_stays_the_lost_sleep(assertions_of, text):
    # the lexicon reads "unable to sleep" as night_pain; a longer list keeps that reading
    assert assertions_of(text, "night_pain") == {"present"}


def test_a_denied_list_is_denied(assertions_of):
    assert assertions_of("Denies being unable to sleep or work.", "functional_impairment") == {"absent"}


@pytest.mark.parametrize("text", [
    "He is able to work and drive.",
    "No trouble sleeping or working.",
    "Cannot sleep, work is stressful right now.",   # a comma, no list: work is a new clause
    "Unable to sleep.",
    "Patient can sit and stand without difficulty.",
])
def test_look_alikes_name_no_lost_task(assertions_of, text):
    assert "present" not in assertions_of(text, "functional_impairment")


def test_sleep_alone_stays_night_pain_only(assertions_of):
    assert assertions_of("Unable to sleep.", "night_pain") == {"present"}
    assert assertions_of("Unable to sleep.", "functional_impairment") == set()


# 2. a therapy's length after its visit rate, and lengths with a half
def _value(findings_of, text, code):
    table, result = findings_of(text)
    values = [f.value for f in result.findings if f.code == code]
    assert values, code
    return values[0]


@pytest.mark.parametrize("text, code, weeks", [
    ("Did physical therapy twice weekly for 2.5 weeks and takes ibuprofen; no better.",
     "physical_therapy", 2.5),
    ("Completed physical therapy 2x/week for two and a half weeks, no improvement.",
     "physical_therapy", 2.5),
    ("PT 3 visits a week for 1.5 wks, failed.", "physical_therapy", 1.5),
    ("Chiropractic care three times a week for 2 1/2 weeks and naproxen daily.",
     "chiropractic_care", 2.5),
    ("PT for one and a half weeks without benefit.", "physical_therapy", 1.5),
    ("Chiro for 2\u00bd weeks, no change.", "chiropractic_care", 2.5),
])
def test_the_length_after_a_visit_rate_or_with_a_half_is_the_therapys(findings_of, text, code, weeks):
    assert _value(findings_of, text, code).weeks == weeks


def test_the_drug_after_the_course_does_not_take_its_length(findings_of):
    text = "Did physical therapy twice weekly for 2.5 weeks and takes ibuprofen; no better."
    assert _value(findings_of, text, "nsaid").weeks is None


def test_a_visit_rate_is_no_count_of_visits(findings_of):
    assert _value(findings_of, "PT 3 visits a week for 1.5 wks, failed.", "physical_therapy").visits is None
    # a count of visits done still reads
    assert _value(findings_of, "PT 8 visits over 4 weeks, failed.", "physical_therapy").visits == 8


@pytest.mark.parametrize("text, code", [
    # a time since the start is no length of a course
    ("Low back pain. 2 weeks ago started PT.", "physical_therapy"),
    # a drug taken at a rate after the course: the course keeps its own length
    ("PT for 4 weeks, then ibuprofen twice weekly.", "nsaid"),
])
def test_look_alikes_keep_their_reading(findings_of, text, code):
    value = _value(findings_of, text, code)
    assert value is None or value.weeks is None


def test_the_course_before_a_drug_at_a_rate_keeps_its_weeks(findings_of):
    assert _value(findings_of, "PT for 4 weeks, then ibuprofen twice weekly.",
                  "physical_therapy").weeks == 4.0
