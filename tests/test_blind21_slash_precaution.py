"""A precaution written "Call 911/go to ED for leg weakness, numbness or loss of bladder control"
(blind batch d661): the slash glues "911/go" into one token, so the return cue did not open and
the alarms read as present. Look-alikes: the same alarms the patient has, and the cue spelled
out, keep their readings."""
import pytest

CODES = ("motor_weakness", "paresthesia", "bladder_dysfunction")


@pytest.mark.parametrize("text", [
    "Continue brace, acetaminophen 1 g tid. Call 911/go to ED for leg weakness, numbness or loss of bladder control.",
    "Call 911/return to the ER for leg weakness, numbness or loss of bladder control.",
    "Call 911 or go to ED for leg weakness, numbness or loss of bladder control.",
])
def test_a_slashed_precaution_is_hypothetical(assertions_of, text):
    assert [assertions_of(text, c) for c in CODES] == [{"hypothetical"}] * 3


def test_the_alarms_she_has_stay_present(assertions_of):
    text = "Called 911/EMS after new leg weakness, numbness and loss of bladder control this morning."
    assert [assertions_of(text, c) for c in CODES] == [{"present"}] * 3
