"""Neurological sign and symptom readings (session 45, assert45b).

1. Bladder trouble told with "urine" or in a translated note's words: "trouble / problems
   controlling urine", "can't / cannot control urine", "problems to urinate", "problem to
   pass urine", "if bladder control changes" - read in a precaution (hypothetical), a denial
   (absent) or a complaint (present) as the other bladder wordings are.
2. "unable to move her legs", "cannot move his legs", "can't move his legs": legs that will not
   move are a motor loss (motor_weakness), in a precaution or told now.
3. ANNOTATION R5: a normal heel, toe or tandem walk beside an abnormal gait in the case is no
   denial of gait_abnormality (assertion_policy `absent_yields_to_present_in_case`); a span
   that says the gait itself is normal still is.
4. "Walks in normally" is a gait seen normal (absent); "he was walking normally 2 days ago" is
   the baseline before an onset, not a gait denied now (no finding).
"""

import pytest

from note_text import clinic_note as _note, hpi_note, plan_note

BLADDER = "bladder_dysfunction"
BOWEL = "bowel_dysfunction"
MW = "motor_weakness"
GAIT = "gait_abnormality"


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


def _gait_in_two_notes(nlp, first: str, second: str) -> set:
    """The gait_abnormality assertions of a case of two notes (an ED visit, a clinic visit)."""
    import datetime as dt

    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document
    docs = [Document(id="ed", text=hpi_note(first), source=None, date=dt.date(2026, 11, 2),
                     sha256="0"),
            Document(id="clinic", text=hpi_note(second), source=None,
                     date=dt.date(2026, 11, 27), sha256="1")]
    result = extract(docs, dt.date(2026, 12, 1), nlp=nlp)
    return {f.assertion for f in result.findings if f.code == GAIT}


@pytest.mark.parametrize("first,second,expected", [
    ("Back strain lifting a box. Gait antalgic, favoring the R.",
     "Much better. Strength 5/5. Heel/toe walk ok.", {"present"}),
    ("Back strain lifting a box. Wide-based gait.", "Tandem walk normal today.", {"present"}),
    # must not: a heel walk with no abnormal gait in the case, and a gait said normal itself
    ("Back strain lifting a box. Pain 6/10.", "Strength 5/5. Heel and toe walk normal.",
     {"absent"}),
    ("Back strain lifting a box. Gait antalgic, favoring the R.",
     "Gait nonantalgic, heel walk intact.", {"absent", "present"}),
])
def test_a_normal_heel_walk_beside_an_abnormal_gait_in_the_case(nlp, first, second, expected):
    assert _gait_in_two_notes(nlp, first, second) == expected


@pytest.mark.parametrize("text,expected", [
    (_note("O: BP 120/80. Walks in normally. Lumbar paraspinal tenderness."), {"absent"}),
    (hpi_note("Per his son he was walking normally 3 days ago; back pain since."), set()),
    (hpi_note("She was walking fine on Monday; now her gait is wide-based."), {"present"}),
])
def test_walking_in_normally_and_a_baseline_before_an_onset(assertions_of, text, expected):
    assert assertions_of(text, GAIT) == expected
