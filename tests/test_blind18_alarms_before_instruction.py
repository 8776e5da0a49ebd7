"""Alarms listed before the instruction they trigger ("new leg weakness, saddle numbness or
loss of bladder control should bring him straight to the ED") are taught, not had:
hypothetical (session 18's blind batch: d584, ERRORS_d563-d592.md). A past visit the symptom
caused ("the weakness brought him to the ED") is his."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Reviewed warning signs: new leg weakness, numbness in the saddle area or loss of bladder "
     "control should bring her straight to the ER.", "saddle_anesthesia"),
    ("Reviewed warning signs: new leg weakness, numbness in the saddle area or loss of bladder "
     "control should bring her straight to the ER.", "bladder_dysfunction"),
    ("Any fever or new leg weakness must prompt an immediate call to the office.", "fever"),
    ("Told that new arm weakness or trouble walking should bring them back to the ED.",
     "gait_abnormality"),
])
def test_alarms_before_the_instruction_are_taught(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"hypothetical"}


@pytest.mark.parametrize("text, code", [
    ("The leg weakness brought him to the ED last night.", "motor_weakness"),
    ("Saddle numbness since Tuesday; bladder scan 600 mL. Will send her to the ED now.",
     "saddle_anesthesia"),
])
def test_a_symptom_that_brought_the_patient_in_is_his(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"present"}
