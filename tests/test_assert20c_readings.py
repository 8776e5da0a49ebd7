"""assert20c: two kinds of sentence a UR nurse reads one way and the pipeline read another.

1. A return precaution that names the line or number to call ("Call our 24-hour line for leg
   weakness", "phone the after-hours nurse line if ...") or that is written telegraphically
   ("ED/call for arm weakness") foresees the symptom: hypothetical, not present.
2. A severe pain score said to have come down ("arm pain reduced from 7/10 to 3/10",
   "pain 5/10, down<line break>from 8/10") was severe then and is not now: historical.
"""
import pytest


@pytest.mark.parametrize("text", [
    "Call our 24-hour line for leg weakness, numbness or loss of bladder control.",
    "Phone the after-hours nurse line if her legs become weak.",
    "ED/call for arm weakness, numbness in the groin, trouble urinating.",
    "Contact the on-call number with any new weakness in the legs.",
])
def test_a_precaution_naming_the_line_to_call_is_hypothetical(assertions_of, text):
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


@pytest.mark.parametrize("text", [
    # look-alikes: the weakness is there; a line or a call elsewhere does not make it foreseen
    "Leg weakness returns with walking.",
    "Call today.  Right EHL weakness 4/5.",
    "Our nurse line received his call; he reports new leg weakness since Monday.",
])
def test_weakness_reported_stays_present(assertions_of, text):
    assert assertions_of(text, "motor_weakness") == {"present"}


@pytest.mark.parametrize("text", [
    "Arm pain reduced from 7/10 to 3/10 over six weeks of PT.",
    "Taking ibuprofen; pain 5/10, down\nfrom 8/10, walking more each day.",
    "Pain now 4, down from 9/10 last month.",
    "Leg pain improved from 8/10 to 2/10 after the injection.",
])
def test_a_severe_score_that_came_down_is_historical(assertions_of, text):
    assert assertions_of(text, "severe_pain") == {"historical"}


@pytest.mark.parametrize("text", [
    # look-alikes: a score that rose, a range, or one given today is no eased pain
    "Pain 8/10 today, worse than last week.",
    "Pain worsened from 7/10 to 9/10.",
    "Pain ranges from 7/10 to 9/10.",
    "Pain went up from 3/10 to 8/10 this week.",
])
def test_a_score_not_said_to_have_eased_is_not_historical(assertions_of, text):
    assert "historical" not in assertions_of(text, "severe_pain")
