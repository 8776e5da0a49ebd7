"""Working a whole day or week, or "still working" with nothing after it that limits the work,
says the pain does not limit the job (functional_impairment absent), as "working full duty"
does (session 18's blind batch: d565, d570, d575, d576, ERRORS_d563-d592.md). A limitation
after it ("but only half days", "avoiding lifting") or another sense of "working" ("still
working on his posture") says nothing of the sort."""
import pytest


@pytest.mark.parametrize("text", [
    "He is working regular shifts at the warehouse.",
    "She works her usual hours as a cashier.",
    "Still working.",
    "Remains a bus driver and is still at work.",
    "She is still working as a hairdresser, heat helps.",
    "Worked normal days all last week.",
])
def test_working_whole_days_denies_a_work_limitation(assertions_of, text):
    assert assertions_of(text + "\n", "functional_impairment") == {"absent"}


@pytest.mark.parametrize("text", [
    "He is working full days but leaves early twice a week.",
    "He is still working on his posture with PT.",
    "She is still working, but only half days.",
    "Working normal hours except he skips overtime.",
    "Still working (forklift driver), avoiding overhead work.",
    "Still working, though he sits out the heavy lifts.",
])
def test_working_with_a_limitation_after_it_is_no_denial(assertions_of, text):
    assert "absent" not in assertions_of(text + "\n", "functional_impairment")
