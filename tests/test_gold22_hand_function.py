"""gold22: hand function lost is a daily-task limit as well as a myelopathy sign.

The lead's session-22 decision (ANNOTATION "Session-22 readings", *Hand function lost*):
"trouble with buttons", "dropping cups", "handwriting has changed" are functional_impairment
present besides myelopathy_signs. A denial ("no trouble with buttons") denies the sign only,
and a precaution ("call if she starts dropping things") states no loss yet.

Every sentence is new; the look-alikes must keep their reading."""
import pytest

FI = "functional_impairment"
MS = "myelopathy_signs"


@pytest.mark.parametrize("text", [
    "For two months he has had difficulty buttoning shirts and his hands feel thick.",
    "She has been dropping things at the bakery counter, mostly small trays.",
    "His wife notes a change in his handwriting since the summer.",
    "Over the last month she has trouble buttoning her coat in the morning.",
])
def test_lost_hand_function_is_an_adl_limit(assertions_of, text):
    assert "present" in assertions_of(text, MS)
    assert "present" in assertions_of(text, FI)


@pytest.mark.parametrize("text", [
    "Denies dropping objects or difficulty with buttons. Neck pain 3/10.",
    "No handwriting changes, no gait change, no bladder symptoms.",
])
def test_a_denial_denies_the_sign_only(assertions_of, text):
    assert assertions_of(text, MS) == {"absent"}
    assert assertions_of(text, FI) == set()


@pytest.mark.parametrize("text", [
    "Neck strain. Call the office if she starts dropping objects or has trouble walking.",
    "Return sooner for difficulty buttoning or new arm weakness.",
])
def test_a_precaution_states_no_loss_of_function(assertions_of, text):
    assert "present" not in assertions_of(text, FI)
    assert "hypothetical" not in assertions_of(text, FI)
