"""assert21a: what a note says of function (functional_impairment). A denied fine-motor
trouble in a myelopathy screen ("no trouble with buttons or handwriting") denies the sign, not
a loss of function at work or home: no functional_impairment from it (the sign keeps its
absent). A goal still open ("Goal: return to full duty by ...") or a release still to come
("before releasing her to full duty") names the limitation there now (present, ANNOTATION
"Goals"); "Back at full duty" is a limitation over (historical, ANNOTATION "Back to full
duty"). Every sentence is new; the look-alikes keep their reading."""
import pytest

FI = "functional_impairment"


@pytest.mark.parametrize("text", [
    "HPI: Neck ache for 3 weeks. No trouble with buttons, typing or handwriting.",
    "ROS: no difficulty with buttons or zippers, no imbalance.",
    "HPI: She has had no problems with fine motor tasks and no falls.",
])
def test_a_denied_fine_motor_trouble_is_no_function_finding(assertions_of, text):
    assert assertions_of(text, FI) == set()


def test_the_denied_sign_itself_stays_absent(assertions_of):
    text = "HPI: Neck ache for 3 weeks. No trouble with buttons, typing or handwriting."
    assert assertions_of(text, "myelopathy_signs") == {"absent"}


@pytest.mark.parametrize("text", [
    "HPI: Over two months he has had increasing trouble with buttons and his handwriting.",
    "HPI: For a month she has had difficulty with buttoning her blouse.",
])
def test_an_affirmed_fine_motor_trouble_is_still_a_loss_of_function(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}


@pytest.mark.parametrize("text", [
    "HPI: On restricted duty since the lift. Goal: return to full duty as a baker by 1/10.",
    "HPI: The carrier wants an MRI before releasing him to full duty.",
])
def test_a_goal_still_open_or_a_release_to_come_is_present(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}


def test_back_at_full_duty_is_a_limitation_over(assertions_of):
    assert assertions_of("HPI: Back at full duty as a roofer since last week.", FI) == {"historical"}


@pytest.mark.parametrize("text, expected", [
    ("HPI: Goals: return to full duty - MET 11/16.", {"historical"}),
    ("HPI: Works full duty at the plant.", {"absent"}),
    ("HPI: Released to full duty on 11/20 and doing well.", {"absent"}),
])
def test_look_alike_duty_statements_keep_their_reading(assertions_of, text, expected):
    assert assertions_of(text, FI) == expected
