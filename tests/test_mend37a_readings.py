"""Readings of course and function (session 37, mend37a; the blind batch e401-e440).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. severe_pain: a date range that begins on the 10th ("sepsis (9/10-9/19)") and a count of
   days or visits ("Augmentin day 9 of 10", "PT visit 8 of 10") are no pain score.
2. night_pain: "cannot get comfortable, up most of night", a diary's "bad night, up 3 times",
   a goal to "sleep through night w/o arm pain" not yet met.
3. functional_impairment: a pastime the note says is back ("back to golf", "back to
   volunteering") is a limitation that was there and is over (historical); "back to work at
   the bank full time" is the work state back; a hand "clumsy" opening jars is a hand task
   made hard.
4. symptom_progression: "without meaningful change in R leg sx" is a sameness (absent).
5. An informant added to the sources of the history ("Hx per NP note + son:") or writing the
   patient's diary ("daughter fills it in") does not make the patient's pain family.
6. An update dated today inside a carried-forward block ("Interval update 11/30/2026: ...")
   is the note's own words, not the copy's.
7. activity_modification: a gait or deficit shown without the device ("steppage gait R w/o
   AFO", "w/o AFO toe catches") does not deny the device; heat by a warm towel or pack.
8. symptom_progression: a limb said worse ("the arm is worse.", "the leg is worse than when
   I started"), not one worse with a trigger or than another part.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


SEV = "severe_pain"
N = "night_pain"
F = "functional_impairment"
P = "symptom_progression"


@pytest.mark.parametrize("body", [
    "Admitted after CAP w/ sepsis (9/10-9/19). Now debility. Back ache 3/10.",
    "Diverticulitis, on Augmentin day 9 of 10, LLQ pain gone. Back ache 3/10.",
    "PT visit 8 of 10 today. Back ache 3/10.",
])
def test_a_date_range_or_a_count_of_days_is_no_severe_score(assertions_of, body):
    assert assertions_of(_note(body), SEV) == set()


@pytest.mark.parametrize("body", [
    "Leg pain 7/10-8/10 with walking.",
    "Leg pain 9/10 since Monday.",
    "Leg pain 8 out of 10 today.",
    "Leg pain 7/10 - 8/10 at worst.",
])
def test_a_severe_score_stays_severe(assertions_of, body):
    assert assertions_of(_note(body), SEV) == {"present"}


@pytest.mark.parametrize("body", [
    "12/04 06:00  Pain 8/10 low back, unable to get comfortable, up most of night.",
    "Back pain, cannot get comfortable; up all night.",
    "Diary: 11/15  leg 7  back 5  -  bad night, up 3 times",
])
def test_a_night_lost_to_the_pain_is_night_pain(assertions_of, body):
    assert assertions_of(_note(body), N) == {"present"}


@pytest.mark.parametrize("body", [
    "Baby was up most of the night.",
    "Bad night, up 3 times to urinate.",
    "Comfortable, up and about most of the day.",
])
def test_a_night_not_lost_to_pain_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), N) == set()


def test_a_goal_of_a_pain_free_night_not_met_is_night_pain(assertions_of):
    text = ("PT DISCHARGE 11/27/2026\nGoals:\nGoal: carry satchel full route - not met. "
            "Goal: sleep through night w/o arm pain - partially met.\n")
    assert assertions_of(text, N) == {"present"}


@pytest.mark.parametrize("body", [
    "She is back to volunteering at the library 2 mornings/wk.",
    "After the injection in 2024 he was back to golf within a month.",
    "Back to coaching classes, not lifting.",
    "Back to work at the bank full time, still sore getting out of the car.",
])
def test_a_pastime_or_work_back_is_a_limitation_over(assertions_of, body):
    assert assertions_of(_note(body), F) == {"historical"}


@pytest.mark.parametrize("body", [
    "He wants to get back to golf before spring.",
    "Hopes to go back to yoga soon.",
])
def test_a_wish_to_get_back_to_a_pastime_is_no_return(assertions_of, body):
    assert "historical" not in assertions_of(_note(body), F)


def test_a_goal_to_get_back_to_golf_not_met_is_present(assertions_of):
    text = "PT DISCHARGE 11/27/2026\nGoals: Back to golf (cart) - not met.\n"
    assert "historical" not in assertions_of(text, F)


@pytest.mark.parametrize("body", [
    'Hand "clumsy" opening jars since October.',
    "Her R hand is clumsy opening jars.",
])
def test_a_hand_clumsy_opening_jars_is_a_functional_limit(assertions_of, body):
    assert assertions_of(_note(body), F) == {"present"}


@pytest.mark.parametrize("body", [
    "A: 6 wks of PT without meaningful change in R leg sx or quad strength.",
    "Seven weeks of PT without meaningful change in radicular sx; plateaued.",
])
def test_no_meaningful_change_in_a_sides_symptoms_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), P) == {"absent"}


def test_no_change_in_an_unnamed_thing_stays_silent(assertions_of):
    assert assertions_of(_note("Plan without change in R knee brace.", "Assessment"), P) == set()


def test_a_relative_added_to_the_sources_of_the_history_is_no_family(assertions_of):
    got = assertions_of(_note("Hx per NP note + son: pain 8/10 w/ transfers, better lying flat."), SEV)
    assert got and "family" not in got


@pytest.mark.xfail(strict=True, reason="mend37a left: the PSEUDO 'daughter fills it in' does not "
                                       "yet outrank the family cue (MEND37A.md, Left)")
def test_a_relative_writing_the_diary_is_no_family(assertions_of):
    body = "Reviewed her pain diary (daughter fills it in each evening): leg pain 7-9/10 most evenings."
    assert assertions_of(_note(body), SEV) == {"present"}


@pytest.mark.parametrize("body", [
    "FHx: mother + sister with back pain 8/10 for years.",
    "Her mother had back pain 9/10 for years.",
])
def test_a_relatives_pain_stays_family(assertions_of, body):
    assert assertions_of(_note(body, "Family history"), SEV) == {"family"}


_CARRIED = ("ONCOLOGY FOLLOW-UP 11/30/2026\n"
            "Subjective (carried forward from 05/2026, reviewed): Feels well. No bone pain.\n"
            "{line}\n")


def test_an_update_dated_today_in_a_carried_block_is_now(assertions_of):
    text = _CARRIED.format(line="Interval update 11/30/2026: The above is NOT current. Since late "
                                "Oct new mid-back pain, wakes her at 2-3 am. Pain 7/10 at night.")
    got = assertions_of(text, N)
    assert got == {"present"}


def test_a_carried_line_without_an_update_label_stays_old(assertions_of):
    text = _CARRIED.format(line="Back pain wakes her at 2-3 am. Pain 7/10 at night.")
    assert "present" not in assertions_of(text, N)


A = "activity_modification"


@pytest.mark.parametrize("body", [
    "Walks with cane + R AFO. Exam: steppage gait R w/o AFO.",
    "Gait 150 ft w/ SPC + R AFO, min steppage; w/o AFO toe catches R.",
])
def test_a_deficit_shown_without_the_device_does_not_deny_it(assertions_of, body):
    assert assertions_of(_note(body), A) == {"present"}


def test_walking_without_the_device_still_denies_it(assertions_of):
    assert "absent" in assertions_of(_note("Foot drop resolved; ambulates w/o AFO."), A)


@pytest.mark.parametrize("body", [
    'Per interpreter: "The neck is better, the arm is worse." Arm pain 8/10.',
    "The neck is better but the right arm is worse, she cannot sew.",
    'Pt states "the leg is worse than when I started."',
])
def test_a_limb_said_worse_is_a_worsening(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    'S: "Leg is worse when I sit in the truck."',
    'States "the leg is worse than the back".',
])
def test_a_limb_worse_with_a_trigger_or_than_another_part_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


@pytest.mark.parametrize("body", [
    "Daughter using a warm towel on her back at night.",
    "Uses warm packs + a support belt.",
])
def test_heat_by_a_warm_towel_or_pack_is_activity_modification(assertions_of, body):
    assert assertions_of(_note(body), A) == {"present"}


def test_a_warm_shower_easing_the_pain_stays_silent(assertions_of):
    assert assertions_of(_note("Stiff in the morning, eased by a warm shower."), A) == set()
