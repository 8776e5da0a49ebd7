"""Readings of course and function (session 39, mend39a; the blind batch e481-e520).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. night_pain: pain that keeps one up on some nights ("kept her up a few nights"), sleep lost
   to the pain or the injury ("has not slept a full night since the fall"), up at night with
   the pain ("up 2-3x/night w/ L leg pain"): present. Not sleep lost to a baby, not up at
   night to void.
5. night_pain: the pain keeps one off a side or from lying down at night ("hard to sleep on the
   R side", "unable to lie flat at night"): present. Not "can't lie flat" without the night,
   the ED's word for pain at its worst.
2. symptom_progression: a symptom the same with a hedge ("honestly about the same",
   "mostly the same"): absent (no progression). A symptom said better than at a past time
   ("better than last week", "better than two weeks ago") was absent too until the session-40
   reading (conv40): an improvement is no progression finding at all.
3. symptom_progression: "no better - actually worse": a worsening; the "no" denies the
   betterment, not the worsening.
4. trauma: an injury told with the effort that caused it ("hurt it hauling tires"), a
   caregiver's lift told with "helping" ("after helping transfer a resident"): present. Not
   an activity that aggravates the pain ("it hurts carrying groceries").
"""

import pytest

from note_text import section_note as _note


N = "night_pain"
S = "symptom_progression"
T = "trauma"


@pytest.mark.parametrize("body", [
    "Neck pain radiates to the R hand and has kept her up a few nights this week.",
    "Burning in the soles, \"keeps me up some nights.\"",
    "Wife says he has not slept a full night since the fall.",
    "Up 3x/night with the R leg pain.",
    "Up 2-3x/night w/ L arm pain, on gabapentin.",
])
def test_sleep_lost_to_the_pain_is_night_pain(assertions_of, body):
    assert "present" in assertions_of(_note(body), N)


@pytest.mark.parametrize("body", [
    "Has not slept a full night since the baby was born.",
    "Up 2x/night to urinate.",
])
def test_sleep_lost_to_something_else_is_no_night_pain(assertions_of, body):
    assert "present" not in assertions_of(_note(body), N)


@pytest.mark.parametrize("body", [
    "Message: my back is honestly about the same, worse after long shifts.",
    "Leg pain \"some days better, mostly the same.\"",
])
def test_the_same_with_a_hedge_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body), S) == {"absent"}


@pytest.mark.parametrize("body", [
    "Portal: my neck is a little better than last week, maybe 4/10.",
    "Pain 3/10 today, \"much better than two weeks ago\".",
    "Says the arm is better than a month ago.",
])
def test_better_than_before_is_no_progression_finding(assertions_of, body):
    # session-40 reading (conv40): an improvement gives no symptom_progression at all
    assert assertions_of(_note(body), S) == set()


@pytest.mark.parametrize("body, want", [
    ("Says the leg is \"no better - actually worse the last 2 wks\".", {"present"}),
    ("Arm pain not better, if anything worse since October.", {"present"}),
    ("Leg pain no better, no worse.", {"absent"}),
])
def test_no_better_actually_worse_is_a_worsening(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("LBP since 11/02. Hurt it hauling tires at the shop.", {"present"}),
    ("Neck pain since she tweaked her neck pulling the starter cord on the mower.", {"present"}),
    ("CNA, LBP began after helping transfer a resident to the commode.", {"present"}),
    ("Axial LBP x 3 months, no injury. It hurts carrying groceries.", {"absent"}),
])
def test_an_injury_told_with_its_effort_is_the_onset(assertions_of, body, want):
    assert assertions_of(_note(body), T) == want


@pytest.mark.parametrize("body, want", [
    ("Shoulder blade pain into the arm; hard to sleep on the left side.", True),
    ("Can't sleep on her R side since the neck pain began.", True),
    ("Mid back pain 8/10, unable to lie flat at night, sleeps in a chair.", True),
    ("ED: 10/10 back pain, can't lie flat, febrile.", False),
])
def test_pain_that_keeps_one_off_a_side_or_flat_at_night(assertions_of, body, want):
    assert ("present" in assertions_of(_note(body), N)) is want
