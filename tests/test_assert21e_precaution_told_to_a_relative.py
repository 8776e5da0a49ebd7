"""A precaution told to a relative ('Son to bring her in if she develops leg weakness',
'Warning signs reviewed with the wife: new arm weakness, numbness') is the patient's sign to
watch for: hypothetical, not the relative's (family). A relative's own history keeps its family
reading."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Plan: CT neck today. Son to drive her to the ED if she develops arm weakness.",
     "motor_weakness"),
    ("Plan:\n- Brace on when up.\n- Warning signs explained to the husband: new leg weakness, "
     "numbness, or trouble holding urine.", "motor_weakness"),
    ("Plan: Wife to phone 911 if he has new trouble walking on the way home.",
     "gait_abnormality"),
])
def test_precaution_told_to_a_relative_is_hypothetical(assertions_of, text, code):
    assert assertions_of(text, code) == {"hypothetical"}


@pytest.mark.parametrize("text, code, assertion", [
    ("Family history: Son has leg weakness from a spinal cord tumor.", "motor_weakness", "family"),
    ("FH: her brother had a fusion for cauda equina syndrome.", "cauda_equina_syndrome", "family"),
    ("HPI: Son reports she has new leg weakness since Sunday.", "motor_weakness", "present"),
])
def test_look_alikes_keep_their_reading(assertions_of, text, code, assertion):
    assert assertions_of(text, code) == {assertion}
