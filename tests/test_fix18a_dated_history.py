"""Readings of a note's dates and past episodes (session 18):
- a birth date run into the first sentence dates the person, not the event told after it;
- a residual deficit left by a dated episode holds now, the episode itself is over;
- a denial of earlier episodes says nothing against the current one."""

import pytest


# --- a date of birth is not the date of the event beside it -------------------------------

@pytest.mark.parametrize("text, code", [
    ("Maria Gomez DOB 07/22/1959 Slipped on a wet step with low back pain.", "trauma"),
    ("Maria Gomez DOB 07/22/1959 Slipped on a wet step with low back pain.", "low_back_pain"),
    ("RE: T. Olsen, date of birth 11/02/1955, fell off a step stool onto his back.", "trauma"),
    ("Patient: K. Park D.O.B.: 5/9/1962 Chief complaint: sciatica after a fall from a ladder.",
     "radicular_pain"),
    ("Harold Wu, born 1950, slipped on black ice and landed on his back.", "trauma"),
])
def test_a_birth_date_does_not_put_the_event_in_the_past(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code", [
    # look-alikes: a real date of the event long ago is still history
    ("Slipped on a wet step in 03/1998 and had low back pain for a month.", "low_back_pain"),
    ("Fell off a step stool onto his back in 2015 and was sore for a week.", "trauma"),
])
def test_an_event_dated_long_ago_stays_historical(assertions_of, text, code):
    assert "historical" in assertions_of(text, code)


# --- a residual of a dated episode is now, the episode is over ----------------------------

@pytest.mark.parametrize("text, residual, episode", [
    ("Cauda equina syndrome in 2017 with residual urinary retention, self-caths twice daily.",
     "bladder_dysfunction", "cauda_equina_syndrome"),
    ("Right L5 radiculopathy in 2021 with residual right EHL weakness 4/5.",
     "motor_weakness", "radiculopathy"),
    ("CES 2016, decompressed, with residual saddle numbness.",
     "saddle_anesthesia", "cauda_equina_syndrome"),
    ("Had cauda equina in 2019 and was left with residual perineal numbness.",
     "saddle_anesthesia", "cauda_equina_syndrome"),
])
def test_a_residual_holds_now_and_its_episode_is_past(assertions_of, text, residual, episode):
    assert assertions_of(text, residual) == {"present"}
    assert assertions_of(text, episode) == {"historical"}


@pytest.mark.parametrize("text, code", [
    # look-alikes: an episode that resolved leaves nothing current
    ("Cauda equina syndrome in 2017 with urinary retention, fully recovered after surgery.",
     "bladder_dysfunction"),
    ("Right L5 radiculopathy in 2021 with EHL weakness that resolved with PT.", "motor_weakness"),
])
def test_a_dated_episode_without_residual_is_over(assertions_of, text, code):
    assert assertions_of(text, code) == {"historical"}


# --- a denial of earlier episodes leaves the current one present --------------------------

@pytest.mark.parametrize("text, code", [
    ("Right sciatica for 4 weeks. No previous episodes of sciatica.", "radicular_pain"),
    ("Sciatica down the left leg x 10 days; no prior history of sciatica.", "radicular_pain"),
    ("No prior episode of foot drop. Left foot drop noted this morning.", "foot_drop"),
    ("Low back pain for 2 weeks, no previous history of back pain.", "low_back_pain"),
])
def test_a_denial_of_earlier_episodes_leaves_the_current_one(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_a_denial_of_earlier_episodes_alone_still_denies(assertions_of):
    # look-alike: with nothing current, "no prior history of" denies the finding
    assert assertions_of("Neck pain for 3 days. No prior history of sciatica.",
                         "radicular_pain") == {"absent"}
