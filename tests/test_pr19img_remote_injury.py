"""probe19a F2: an injury long past ("remote", "old", a year in parentheses, a time of life
long past) is trauma historical, not this episode's; this episode's injury stays present.
Every sentence here is new."""
import pytest


@pytest.mark.parametrize("text", [
    "Remote history of a fall down the basement stairs. Neck stiffness for a year.",
    "Remote MVC with a brief ER visit; chronic low back ache since his forties.",
    "Old fall from a trampoline, no lasting problems. Now 3 weeks of back pain.",
    "He has an old work injury to the low back; mid-back ache for a week.",
    "Rear-ended MVC (2011) with whiplash; neck ache for 2 years.",
    "Hurt his back in the army, 30 years back. Aching low back for 6 months.",
])
def test_an_injury_long_past_is_historical(assertions_of, text):
    found = assertions_of(text, "trauma")
    assert "historical" in found
    assert "present" not in found


@pytest.mark.parametrize("text", [
    # this episode's injury, whoever's age is written before it
    "70 year old male fell off a step stool yesterday, now severe low back pain.",
    "An 81-year-old who fell in the bathroom on Sunday, pain at T12.",
    "Slipped on wet tiles on Monday and landed on her tailbone.",
    # a recent date in parentheses right after the injury dates it now
    "MVC (11/21/2026) with neck pain since.",
    # a date in parentheses about something else dates no injury
    "Kidney transplant (2015) on tacrolimus; fell from a ladder two days ago.",
])
def test_this_episodes_injury_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "trauma")


def test_a_remote_fall_opens_no_cervical_trauma_line(review_note):
    # eviCore SP-3.2 reads a high-risk injury "within the last 3 months"; AIM's trauma lines an
    # injury of this episode
    note = ("69 yo M with neck ache for 18 months, no arm symptoms. Remote history of a fall "
            "from a roof. Exam: full strength, reflexes 2+.\nPlan: MRI cervical spine.\n")
    result = review_note(note, age=69, cpt="72141")
    by = {d.guideline: d for d in result.determinations}
    assert by["evicore-spine"].outcome != "met"
    assert by["aim-spine"].outcome != "met"


def test_a_fall_of_this_week_still_opens_the_cervical_trauma_line(review_note):
    # look-alike: the same patient after a fall from a roof this week
    note = ("69 yo M fell from a roof 2 days ago and struck his head; neck pain since the "
            "fall. Exam: full strength, reflexes 2+.\nPlan: CT cervical spine.\n")
    result = review_note(note, age=69, cpt="72125")
    by = {d.guideline: d for d in result.determinations}
    assert by["evicore-spine"].outcome == "met"
