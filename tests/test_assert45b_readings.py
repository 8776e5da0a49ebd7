"""Neurological sign and symptom readings (session 45, assert45b).

1. Bladder trouble told with "urine" or in a translated note's words: "trouble / problems
   controlling urine", "can't / cannot control urine", "problems to urinate", "problem to
   pass urine", "if bladder control changes" - read in a precaution (hypothetical), a denial
   (absent) or a complaint (present) as the other bladder wordings are.
2. "unable to move her legs", "cannot move his legs", "can't move his legs": legs that will not
   move are a motor loss (motor_weakness), in a precaution or told now.
"""

import pytest

from note_text import clinic_note as _note, hpi_note, plan_note

BLADDER = "bladder_dysfunction"
BOWEL = "bowel_dysfunction"
MW = "motor_weakness"


@pytest.mark.parametrize("text,expected", [
    (plan_note("Return precautions: ED for new foot numbness or trouble controlling urine."),
     {"hypothetical"}),
    (plan_note("Call right away if his bladder control changes or the groin goes numb."),
     {"hypothetical"}),
    (plan_note("If leg weakness appears or problems to urinate, come to emergency."),
     {"hypothetical"}),
    (plan_note("Told her to go to ER for any problem to pass urine."), {"hypothetical"}),
    (plan_note("Go to ER if the legs get weak or she can't control urine."), {"hypothetical"}),
    (plan_note("ED at once if he cannot control urine."), {"hypothetical"}),
    (hpi_note("Leg pain x 2 wks. Denies problems controlling urine."), {"absent"}),
    (hpi_note("Since Friday she has trouble controlling urine."), {"present"}),
    # must not: urine words with no trouble in them, and a bladder control said unchanged
    (hpi_note("Leg pain x 2 wks. Urine culture sent; controls pain with ice."), set()),
    (hpi_note("Leg pain x 2 wks. Bladder control unchanged."), {"absent"}),
])
def test_bladder_trouble_told_with_urine_or_translated_words(assertions_of, text, expected):
    assert assertions_of(text, BLADDER) == expected


def test_the_stool_half_of_a_urine_pair_is_still_read(assertions_of):
    text = plan_note("Return precautions: ED for trouble controlling urine or stool.")
    assert assertions_of(text, BLADDER) == {"hypothetical"}
    assert assertions_of(text, BOWEL) == {"hypothetical"}


@pytest.mark.parametrize("text,expected", [
    (plan_note("Call 911 if he becomes unable to move his legs."), {"hypothetical"}),
    (plan_note("Husband to call 911 if she cannot move her legs on the way."), {"hypothetical"}),
    (hpi_note("Since this morning he can't move his legs."), {"present"}),
    # must not: another body part, or a move that is not the legs'
    (hpi_note("Back pain x 3 days; cannot move his arm above the shoulder."), set()),
    (hpi_note("Back pain x 3 days; unable to move house this month."), set()),
])
def test_legs_that_will_not_move(assertions_of, text, expected):
    assert assertions_of(text, MW) == expected
