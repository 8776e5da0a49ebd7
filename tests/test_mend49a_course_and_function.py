"""Blind batch e881-e920 (session 49), course and function (mend49a).

- A work status that says the patient cannot do the whole job now ("not fit for full duty",
  "not safe for regular duty") is functional_impairment present, not the normal state a bare
  "full duty" denies (e911, e912; dev e612). A visit that will weigh full duty ("re-eval on
  12/14 for full duty") is no finding (e920).
- A pastime not yet taken up again ("hasn't been back to the gym") is functional_impairment
  present; "back to golf" stays historical (e918).
- A sleep complaint ("not sleeping") denies nothing after it: "(night pain)" stays present
  (e895); a relative's "not himself" denies nothing either (e911).
- "some nights it wakes him" is night_pain present (e890; dev d260, e176, e277).
- The back of the thorax named as the posterior chest wall, or the side of the back under
  the shoulder blade, is thoracic_pain (e889; dev e729, e650).
- 'felt a "grab" across the low back' names low back pain (e913).
- A social work note's header is no work note (activity_modification, e898).
- "needing 1 assist for toileting" is a self-care task done only with help (e901).
"""

import pytest


@pytest.mark.parametrize("text", [
    "Progress plateaued; still not safe for full duty per PT.",
    "Exam today: NOT FIT for full duty until the MRI is reviewed.",
    "He is not cleared for regular duty at the mill.",
])
def test_not_fit_for_full_duty_is_a_limit_now(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_full_duty_keeps_its_readings(assertions_of):
    assert assertions_of("Works full duty at the warehouse.", "functional_impairment") == {"absent"}


def test_a_visit_weighing_full_duty_is_no_finding(assertions_of):
    text = "Light duty to 01/10; re-eval 01/10 for full duty."
    assert "absent" not in assertions_of(text, "functional_impairment")


def test_a_pastime_not_taken_up_again(assertions_of):
    assert assertions_of("Plays hockey; hasn't been back to the gym since the strain.",
                         "functional_impairment") == {"present"}
    assert assertions_of("Has not yet been back to golf this fall.",
                         "functional_impairment") == {"present"}
    assert assertions_of("Pain gone, back to golf twice a week.",
                         "functional_impairment") == {"historical"}


def test_a_sleep_complaint_denies_no_night_pain(assertions_of):
    text = "Neck pain is 8/10 and he is not sleeping (night pain) this week."
    assert assertions_of(text, "night_pain") == {"present"}
    assert assertions_of("Denies night pain.", "night_pain") == {"absent"}


def test_not_himself_denies_nothing(assertions_of):
    text = 'Her husband says she is "not herself - cannot sit through a movie".'
    assert "absent" not in assertions_of(text, "functional_impairment")


@pytest.mark.parametrize("text", [
    "Mid-back ache for 3 wks; most nights it wakes her.",
    "Low back pain since the move, some nights the pain wakes him.",
])
def test_nights_counted_that_it_wakes(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


def test_sleep_spoiled_by_the_limb_pain_keeps_its_reading(assertions_of):
    assert assertions_of("She sleeps poorly because of the arm pain.", "night_pain") == {"present"}


@pytest.mark.parametrize("text", [
    "R posterior chest wall pain since the coughing fit last week.",
    "Assessment: L posterior chest wall/upper-back pain from a rib contusion.",
    "He has had aching in the right side of his back, just below the shoulder blade, x 5 days.",
])
def test_the_back_of_the_thorax(assertions_of, text):
    assert assertions_of(text, "thoracic_pain") == {"present"}


def test_a_grab_across_the_low_back(assertions_of):
    text = 'Lifting a crate, he felt a "grab" across the low back.'
    assert assertions_of(text, "low_back_pain") == {"present"}


def test_a_social_work_note_is_no_work_note(assertions_of):
    text = "RIVERSIDE CLINIC - Social Work Note 11/30/2026. Met with pt and son."
    assert assertions_of(text, "activity_modification") == set()
    assert assertions_of("Work note given: off work x 3 days.", "activity_modification") != set()


def test_the_helpers_counted_in_a_self_care_task(assertions_of):
    text = "Since the fracture she needs 1 assist for bathing, was independent before."
    assert assertions_of(text, "functional_impairment") == {"present"}
