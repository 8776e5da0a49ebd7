"""Readings of symptom-course and screening-question wordings (session 34, mend34a; the blind
batch e281-e320, and session 33's carried-over e278). Each fix's look-alikes in other words,
and near-misses that keep their old reading.

1. A worsening told without "worse" or "progressive": a sensory symptom "ascending"; a symptom
   "now up to mid-shin" / "now to the lower chest"; a strength or function "declining" /
   "trending down"; "worse not better"; a sameness that leans to worse ("unchanged to slightly
   worse", "the same or a bit worse").
2. A sameness the sameness rules missed: a symptom and a score together ("Arm sx and NDI
   essentially unchanged"), an approximate measure ("~10 min (unchanged)"), a spread denied
   ("not climbing further").
3. A therapy goal's status after a distance in metres ("300 m - progressing") is no worsening.
4. A screening question that lists its items ("- Leg weakness, tripping, foot slapping? None.")
   is answered for every item, with no "or"/"and" needed (e278: read present when another
   question line stood above it).
"""

import pytest

from note_text import hpi_note as _note


P = "symptom_progression"


# 1. a worsening in other words
@pytest.mark.parametrize("body", [
    "Her story is of a gradually ascending tingling over 6 months.",
    "Two weeks of ascending bilateral leg weakness.",
    "Feet numb for 2 years, now up to the knees.",
    "Burning in both feet, now to the mid-calves.",
    "PT note: hip strength declining despite HEP.",
    "Grip strength trending down over 3 visits.",
    "A: no functional gains; declining quad strength.",
    'Calls: neck pain "worse, not better" since Monday.',
    "The leg pain is the same or a bit worse than at intake.",
    "Says the arm numbness is unchanged to slightly worse.",
])
def test_a_worsening_in_other_words_is_present(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    "Back pain trending down, 3/10.",
    "Strength improved, pain trending down.",
    "Ascending stairs is hard because of knee pain.",
    "He declines PT at this time.",
    "Walking now up to 3 blocks.",
    "Pain is better, numbness not worse.",
])
def test_look_alikes_of_a_worsening_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


@pytest.mark.parametrize("body, code", [
    ("Leg pain and neuro signs unchanged.", P),
    ("Screen:\n- Back pain? Yes.\n- Any weight loss, fever? Denies.\n", "fever"),
])
def test_readings_right_before_stay(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_not_worse_not_better_stays_sameness(assertions_of):
    assert assertions_of(_note('Pain "not worse, not better" per pt.'), P) == {"absent"}


def test_the_same_or_worse_in_a_condition_stays_hypothetical(assertions_of):
    body = "Call if the pain is the same or worse in 2 weeks."
    assert assertions_of(_note(body), P) == {"hypothetical"}


# 2. sameness missed before
@pytest.mark.parametrize("body", [
    "D/C summary: radicular sx and ODI essentially unchanged after 6 wks.",
    "Walking tolerance ~20 min (unchanged).",
    "Leg pain ~6/10 (unchanged).",
    "Tingling for 4 days, not climbing any higher.",
])
def test_a_sameness_in_other_words_denies_progression(assertions_of, body):
    assert assertions_of(_note(body), P) == {"absent"}


# 3. a goal's status after a distance in metres
def test_a_goal_progressing_after_metres_is_no_worsening(assertions_of):
    body = "P: Cont PT 1x/wk. Goal: ambulate 150 m - progressing."
    assert assertions_of(_note(body), P) == set()


def test_a_symptom_progressing_stays_present(assertions_of):
    assert assertions_of(_note("Weakness is progressing over 2 weeks."), P) == {"present"}


# 4. a screening question that lists its items
@pytest.mark.parametrize("body, code", [
    ("Screen:\n- Back pain? Yes.\n- Leg weakness, tripping, foot slapping? None.\n",
     "motor_weakness"),
    ("Screen:\n- Tripping? None.\n- Fever, chills, night sweats? No.\n", "fever"),
    ("Screen:\n- Back pain? Yes.\n- Leg weakness, foot slapping? No.\n", "motor_weakness"),
])
def test_a_question_listing_items_is_answered_for_each(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code", [
    ("Screen:\n- Tripping? None.\n- Fever, chills, night sweats? Yes.\n", "fever"),
    ("Screen:\n- Back pain? No.\n- Fever, chills? Yes. Night sweats? No.\n", "fever"),
    ("Screen:\n- Back pain? No.\n- Leg weakness, numbness? Yes.\n", "motor_weakness"),
])
def test_a_question_answered_yes_or_another_question_denied_stays(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# 5. function lost, told in other words
F = "functional_impairment"


@pytest.mark.parametrize("body", [
    "Desk job - misses 2 days a week due to pain.",
    "Warehouse work, missing ~1 day/wk because of the back.",
    "She has missed some time from work since the fall.",
    "Function: missed the first two meets of the season.",
    "He cannot sit in his truck for more than 20 minutes.",
    "Cant sit thru 50 min lectures.",
    "She has given up her quilting.",
])
def test_function_lost_in_other_words_is_present(assertions_of, body):
    assert assertions_of(_note(body), F) == {"present"}


@pytest.mark.parametrize("body", [
    "She sits at her desk for more than 8 hours.",
    "He misses his wife, who is away.",
    "Missed 1 dose of gabapentin a week ago.",
    "Quit painting the house because of the weather.",
])
def test_look_alikes_of_function_lost_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), F) == set()
