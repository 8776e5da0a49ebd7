"""assert22d: what a note says of work. Fewer workdays for the spine complaint ("dropped to
three days a week", "cut back from five to four clinic days a week") is a loss of function
(functional_impairment present, ANNOTATION 'Work status'). A work status the note goes on to
say the patient has left for his usual work ("took 2 days off work, then returned to full
duty", "On light duty in October ... Back to full duty since 11/16", "Off work 10/02-10/16 ...
Back at work full time since 10/17") is over: functional_impairment historical, and the
restriction that was followed stays activity_modification present (ANNOTATION 'Work status',
'Back to full duty'). A status told after the return, or one with a return still to come,
holds. Every sentence is new."""
import pytest

FI = "functional_impairment"
MOD = "activity_modification"


@pytest.mark.parametrize("text", [
    "HPI: Because of the arm she has dropped to three days a week at the salon.",
    "HPI: He has cut back from five to four clinic days a week since the summer.",
    "HPI: Since the flare she has scaled back from five to three shifts a week.",
])
def test_fewer_workdays_is_a_loss_of_function(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}


@pytest.mark.parametrize("text", [
    "HPI: Her sleep has dropped to four hours a night.",
    "HPI: The ache dropped to 3/10 after the second week of PT.",
    "HPI: She never cut back at work and still works five days a week.",
])
def test_other_drops_are_no_loss_of_function(assertions_of, text):
    assert "present" not in assertions_of(text, FI)


@pytest.mark.parametrize("text", [
    "HPI: The welder took three days off work, then returned to full duty.",
    "HPI: Off work (bank teller) 10/02-10/16. Back at work full time since 10/17.",
    "HPI: He was off work for a week after the lift and has been back at full duty since 11/25.",
    "HPI: On light duty for three weeks in October. Back to full duty since 11/16.",
])
def test_a_work_status_that_ended_is_historical(assertions_of, text):
    assert "present" not in assertions_of(text, FI)
    assert "historical" in assertions_of(text, FI)


def test_the_restriction_followed_stays_present(assertions_of):
    text = "HPI: On light duty for three weeks in October. Back to full duty since 11/16."
    assert assertions_of(text, MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "HPI: Back to full duty in May after the first episode. On light duty again since the fall.",
    "HPI: Off work since 11/02. Goal: return to full duty by January.",
    "HPI: On light duty since 10/13. The employer hopes to release him to full duty next month.",
    "HPI: Has been on modified duty since the injury and remains on it.",
])
def test_a_work_status_still_in_force_is_present(assertions_of, text):
    assert "present" in assertions_of(text, FI)
