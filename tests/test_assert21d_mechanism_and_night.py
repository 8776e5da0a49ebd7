"""Target vocabulary for two present readings notes word freely (session 21, assert21d).

- trauma ("a documented injury mechanism for the current episode"): a strain told with the
  effort that caused it ("strain after unaccustomed rowing", "a lifting/twisting strain",
  "strain R, work-related"); a caregiver's lift ("after repositioning a heavy client", "a
  shift of patient lifting"); a carry with a possessive or a count ("carrying her
  daughter's dresser", "carried ~15 boxes"), a laundry basket; a past bend ("bent to pick up
  the cat bowl"); an onset "after a weekend of gardening". A strain alone, an effort avoided
  or restricted, and a plan to lift stay what they were.
- night_pain: woken by a move in bed ("wakes her when she turns onto the right"), "up most of
  the night with it", "kept him up the last three nights", "now keeps him awake", "sleep
  disturbed 3 nights/wk by the ache", "not sleeping because rolling over hurts". A drug that
  keeps one awake, and sleeping well, are no night pain.
"""

import pytest


@pytest.mark.parametrize("text", [
    "A: Right trapezius muscle strain after heavy lifting at the gym.",
    "Assessment: Left paraspinal strain from shoveling, improving.",
    "Impression: acute low back pain after a lifting/twisting strain at the warehouse.",
    "Dx: lumbar sprain R, work-related, week 2.",
    "Assessment: thoracic muscle strain after unaccustomed rowing last weekend.",
    "HPI: 5 days of low back pain after repositioning a heavy patient on the night shift.",
    "HPI: low back pain that started after a 10-h shift of resident transfers.",
    "HPI: back pain since carrying her daughter's dresser down to the basement.",
    "HPI: mid-back pain for a week; he carried ~15 boxes up to the attic on Saturday.",
    "HPI: sharp low back pain since she lifted a laundry basket out of the dryer.",
    "Onset: bent to pick up the cat bowl, felt a twinge in the low back.",
    "HPI: right low back pain that began after a weekend of gardening.",
    "HPI: neck pain that started after a long day of roofing.",
])
def test_an_effort_that_caused_the_pain_is_the_mechanism(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: a strain with no cause told, an effort restricted or avoided, a plan
    "Assessment: lumbar paraspinal muscle strain, improving with PT.",
    "Work status: no lifting over 20 lb; avoid carrying his son's equipment.",
    "She avoids carrying the laundry basket up the stairs because of the pain.",
    "Back pain gradually over months, no inciting event. Sleeps well.",
])
def test_no_mechanism_without_the_effort_that_caused_it(assertions_of, text):
    assert "present" not in assertions_of(text, "trauma")


def test_a_denied_injury_with_a_restriction_stays_absent(assertions_of):
    text = "HPI: gradual low back pain for 6 weeks. No fall or injury.\nPlan: no patient lifting for now."
    assert assertions_of(text, "trauma") == {"absent"}


@pytest.mark.parametrize("text", [
    "HPI: neck pain 6/10; it wakes her when she turns onto the right side.",
    "HPI: thoracic pain that wakes him twice a night.",
    "HPI: low back pain, constant, up most of the night with it.",
    "HPI: back pain, worse each day, and it kept him up the last three nights.",
    "HPI: relentless low back pain that now keeps him awake, 9/10.",
    "HPI: mid-back ache. Sleep disturbed 3 nights/wk by the ache.",
    "HPI: her husband says she is not sleeping because rolling over hurts.",
])
def test_pain_that_spoils_the_night_is_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: a drug keeps one awake, a baby wakes her, sleep is fine
    "HPI: low back pain 5/10. The prednisone kept him awake, so it was stopped.",
    "HPI: back pain by day only; the baby wakes her twice a night to feed.",
    "HPI: low back pain with sitting. Sleeps through the night.",
])
def test_no_night_pain_from_another_cause(assertions_of, text):
    assert "present" not in assertions_of(text, "night_pain")


@pytest.mark.parametrize("text", [
    # a lift that makes the pain worse is no mechanism
    "HPI: low back pain since he woke with it; worse with bending and lifting at work.",
    "HPI: neck pain, no injury, worse with reaching or lifting at work.",
])
def test_a_lift_that_worsens_the_pain_is_no_mechanism(assertions_of, text):
    assert "present" not in assertions_of(text, "trauma")


def test_lifting_at_work_as_the_onset_stays_a_mechanism(assertions_of):
    assert assertions_of("HPI: hurt his back lifting at work on Monday.", "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "HPI: tripped on a step last month, no injury. Back pain for 6 weeks.",
    "HPI: stumbled on the curb Friday; no fall. Leg pain unchanged.",
    "HPI: tripped on the garden hose - caught herself on the railing.",
])
def test_a_trip_without_a_fall_or_an_injury_is_no_mechanism(assertions_of, text):
    assert assertions_of(text, "trauma") == {"absent"}


def test_a_trip_that_ended_in_a_fall_stays_a_mechanism(assertions_of):
    text = "HPI: tripped on a rug and fell onto her back; no head injury."
    assert "present" in assertions_of(text, "trauma")
