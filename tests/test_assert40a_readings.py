"""Readings of the pain and function codes (session 40, assert40a). Each fix in other words,
and near-misses that keep their old reading.

1. A full duty still to come is not the normal state a bare "full duty" denies. A return
   the writer foresees ("anticipate return to full duty in 3 wks", "expected to return to
   full duty next week", as a goal) says the limit is there now: functional_impairment
   present. The patient's wish, an order's next step or a time waited for ("before he returns
   to full duty", "wants to get back to full duty", "light duty x 4 wks, then full duty",
   "otherwise full duty") is no finding. "Works full duty", "may return to full duty without
   restrictions" keep their denial; "back to full duty since 11/30" stays historical.
2. A back strain the note puts in the past ("Lumbar strain 2019, resolved", "a low back strain
   in 2016 after a soccer game, resolved within a month") is low back pain historical; a
   current strain ("Acute lumbar strain, improving") adds nothing to its pain.
3. "Pain in the back of the left shoulder", "pain over the back of the R arm" name the back
   of a limb, not the back: no low back pain; "pain in the back and down the back of the
   leg" keeps its back pain.
4. A working day or a practice the note says came back ("went back to full days at the
   salon", "went back to regular duty 11/9", "Back to full days at her desk job since 11/20",
   "back in full practice since 12/15") is functional_impairment historical, as "Back to full
   duty"; a bare "went back to work" and a wished return are not.
5. "Solid fusion" (a fusion healed on films) plans no intervention in any section; a fusion
   discussed still does.
6. Night pain in other words: "wakes him two to three nights a week", "woke him x3
   overnight", "woke when he rolled over", "Wakes around 3 am with the leg". A bare "and
   wakes her" is left alone (a snoring husband wakes her too).
"""

import pytest

from note_text import section_note as _note


# 1. a return to full duty still to come

@pytest.mark.parametrize("body", [
    "Seen for PT progress. Lifting tolerance better; anticipate return to full duty in 2-3 wks.",
    "Machinist on restricted duty. Expected to return to full duty next month.",
])
def test_a_return_to_full_duty_foreseen_is_a_limit_now(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "He writes that the adjuster wants an MRI before I can come back full duty.",
    "The carrier asks for imaging before she returns to full duty.",
    "Roofer. Wants to get back to full duty after the holidays.",
    "He asked about going back to full duty; we will decide after the MRI.",
    "Work: no overhead lifting x 3 wks, then full duty.",
    "Work note: avoid lifting > 40 lb x 2 wks, otherwise full duty as a stocker.",
])
def test_a_full_duty_wished_or_waited_for_is_no_finding(assertions_of, body):
    assert "absent" not in assertions_of(_note(body), "functional_impairment")
    assert "historical" not in assertions_of(_note(body), "functional_impairment")


def test_a_full_duty_come_back_stays_historical(assertions_of):
    body = "Took 4 days off work, back to full duty since 11/20."
    assert "historical" in assertions_of(_note(body), "functional_impairment")


@pytest.mark.parametrize("body", [
    "Warehouse lead. Works full duty without problems.",
    "He has reached maximum medical improvement and may return to full duty without restrictions.",
])
def test_full_duty_held_or_allowed_keeps_its_denial(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"absent"}


# 2. a back strain put in the past

@pytest.mark.parametrize("body, section", [
    ("Hypertension. Lumbar strain 2017, resolved.", "PMH"),
    ("Prior 2018 low back strain at a former job, resolved in 2 weeks.", "HPI"),
    ("A low back strain in 2016 after a soccer game, resolved within a month.", "Past history"),
])
def test_a_back_strain_put_in_the_past_is_historical_low_back_pain(assertions_of, body, section):
    assert "historical" in assertions_of(_note(body, section), "low_back_pain")


@pytest.mark.parametrize("body, section", [
    ("Acute lumbar strain, 9 days, improving. No red flags.", "Assessment"),
    ("Dx: lumbar strain (S39.012A). Neck pain 3/10.", "HPI"),
])
def test_a_current_back_strain_adds_no_reading_of_its_own(assertions_of, body, section):
    assert "historical" not in assertions_of(_note(body, section), "low_back_pain")


# 3. the back of a limb

@pytest.mark.parametrize("body", [
    "Two weeks of pain in the back of the left shoulder radiating down the posterior arm.",
    "Constant R neck pain with shooting pain over the back of the R arm into the middle finger.",
])
def test_the_back_of_a_limb_is_no_low_back_pain(assertions_of, body):
    assert assertions_of(_note(body), "low_back_pain") == set()


@pytest.mark.parametrize("body", [
    "Pain in the back and down the back of the left leg for 3 weeks.",
    "She has pain in the back since lifting a box; no leg symptoms.",
])
def test_pain_in_the_back_itself_stays_low_back_pain(assertions_of, body):
    assert assertions_of(_note(body), "low_back_pain") == {"present"}


# 4. a working day or a practice that came back

@pytest.mark.parametrize("body", [
    "The leg pain settled by spring and she went back to full days at the bakery.",
    "Given a week of light duty; went back to regular duty 11/12 and the pain flares after long shifts.",
    "Better since PT, went back to full 10-hr shifts last week.",
    "Back to full days at his desk job since 11/18 (was leaving early).",
    "Goalkeeper, back in full practice since 11/20.",
])
def test_a_working_day_that_came_back_is_historical(assertions_of, body):
    assert "historical" in assertions_of(_note(body), "functional_impairment")


@pytest.mark.parametrize("body", [
    "Went back to work the next day, did the usual shift.",
    "Wants to go back to full days at the shop next month.",
])
def test_a_bare_return_or_a_wished_one_is_not_read_as_over(assertions_of, body):
    assert "historical" not in assertions_of(_note(body), "functional_impairment")


# 5. a fusion healed on films

@pytest.mark.parametrize("body, section", [
    ("1. S/p C5-6 ACDF 2021 - myelopathy resolved, solid fusion, neurologically normal.", "Assessment/Plan"),
    ("No surveillance imaging is needed in an asymptomatic patient with a solid bony fusion.", "Plan"),
])
def test_a_solid_fusion_plans_no_intervention(assertions_of, body, section):
    assert assertions_of(_note(body, section), "intervention_planned") == set()


def test_a_fusion_still_weighed_stays_planned(assertions_of):
    body = "Discussed L4-5 fusion vs continued conservative care; she will think it over."
    assert assertions_of(_note(body, "Plan"), "intervention_planned") == {"present"}


def test_the_back_of_both_legs_stays_bilateral_sciatica(assertions_of):
    body = "Since last night the pain shoots down the back of both legs to the heels, left worse than right."
    assert assertions_of(_note(body), "bilateral_sciatica") == {"present"}


# 6. night pain in other words

@pytest.mark.parametrize("body", [
    "Arm pain worst looking up, and it wakes him two to three nights a week.",
    "Mid-back pain 8/10, worse lying flat, woke her x3 overnight.",
    "Pain between the shoulder blades; slept poorly, woke when she rolled over.",
    "Leg pain 7/10 most days. Wakes around 4 am with the leg.",
])
def test_night_pain_in_other_words(assertions_of, body):
    assert assertions_of(_note(body), "night_pain") == {"present"}


@pytest.mark.parametrize("body", [
    "Her husband snores and wakes her. Back pain 3/10 by day only.",
    "The baby wakes her x3 overnight to feed; back pain 3/10 by day.",
    "Urgency wakes him two to three nights a week to void; back pain 3/10 by day.",
    "Gets up at 6 am with the alarm; back pain 4/10 with lifting.",
])
def test_a_waking_not_by_the_pain_is_no_night_pain(assertions_of, body):
    assert assertions_of(_note(body), "night_pain") == set()
