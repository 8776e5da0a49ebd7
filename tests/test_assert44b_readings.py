"""Neurological sign and symptom readings and trauma (session 44, assert44b).

1. "It started without any fall or lifting event", "No accidents or falls": a fall denied
   after "without any" or after another mishap (the "no falls" rule's lookbehind takes a
   bare "no/without fall" only).
2. "reduced at the ankles - stocking distribution, no dermatomal pattern": the stocking
   cue (a polyneuropathy's loss, no finding) stops its forward reach at the examiner's own
   denial after it, which stays a dermatomal_sensory_loss denial.
3. "ED if she loses feeling between her legs": a saddle's loss told by the loss verb
   ("no feeling between the legs" was read; "loses/loss of feeling" was not).
4. "if he develops any gait or bladder trouble": a bare "gait" first in a precaution's list
   whose trouble word comes after the list.
5. "Call if the knee gives way again with a fall": the condition is the fall; the giving way
   it comes with is there now (clauses.condition_holds.after_phrases), as "if the weakness
   worsens" is.
"""

import pytest

from note_text import clinic_note as _note

TRAUMA = "trauma"
DERM = "dermatomal_sensory_loss"
SADDLE = "saddle_anesthesia"
GAIT = "gait_abnormality"
MW = "motor_weakness"


@pytest.mark.parametrize("body,expected", [
    ("Neck pain came on in mid-October without any fall or lifting event.", {"absent"}),
    ("Leg pain returned in June without any fall, accident or new activity she can name.",
     {"absent"}),
    ("Low back pain x 4 wks. No accidents or falls.", {"absent"}),
    # must not: a fall told, and a bare mishap word with no fall in it
    ("Pain began after a fall on the ice last week.", {"present"}),
    ("Back pain since 10/02. No accidents since the catheter came out.", set()),
])
def test_a_fall_denied_after_any_or_another_mishap(assertions_of, body, expected):
    assert assertions_of(_note(body), TRAUMA) == expected


@pytest.mark.parametrize("body,expected", [
    ("Sensation: LT reduced at both ankles - stocking distribution, no dermatomal pattern.",
     {"absent"}),
    ("Sensation: decreased monofilament both feet (stocking) - no dermatomal deficit.",
     {"absent"}),
    ("Sensation: pinprick reduced to mid-shin, stocking distribution, no dermatomal loss.",
     {"absent"}),
    # must not: the stocking's own loss stays no finding, and a dermatome's loss after a
    # semicolon keeps its reading
    ("Sensation: decreased LT both feet to the ankles in a stocking distribution.", set()),
    ("Sensation: stocking loss to mid-shin; decreased pinprick L L5 dermatome.", {"present"}),
])
def test_a_denial_after_a_stocking_loss_stays_a_denial(assertions_of, body, expected):
    assert assertions_of(_note(body), DERM) == expected


@pytest.mark.parametrize("body,expected", [
    ("Plan: to the ED at once if she loses feeling between her legs or cannot void.",
     {"hypothetical"}),
    ("Plan: call 911 if he cannot urinate or loses sensation between the legs.",
     {"hypothetical"}),
    ("Denies any loss of feeling between the legs.", {"absent"}),
    # must not: a normal sensation there is no loss
    ("Exam: normal feeling between the legs, anal wink present.", set()),
])
def test_a_loss_of_feeling_between_the_legs_is_a_saddle_loss(assertions_of, body, expected):
    assert assertions_of(_note(body), SADDLE) == expected


@pytest.mark.parametrize("body,expected", [
    ("Plan: call sooner if he develops any gait or bladder trouble.", {"hypothetical"}),
    ("Plan: If grip weakness progresses or any gait / hand clumsiness - call.",
     {"hypothetical"}),
    # must not: the longer gait target keeps its own reading, and a gait named normal
    ("She denies any gait imbalance or falls.", {"absent"}),
    ("Gait: normal, any assistive device declined.", {"absent"}),
])
def test_a_bare_gait_first_in_a_precaution_list(assertions_of, body, expected):
    assert assertions_of(_note(body), GAIT) == expected


@pytest.mark.parametrize("body,expected", [
    ("Exam: L quad 4/5. Plan: ED if the leg gives way with a fall.", {"present"}),
    ("Exam: R quad 4-/5. Plan: call if the knee gives way again with a fall.", {"present"}),
    # must not: a giving way that is itself the condition stays a precaution
    ("Plan: call 911 if his legs give way or he cannot pass urine.", {"hypothetical"}),
    ("Plan: ED if the knee gives way more often.", {"hypothetical"}),
])
def test_a_giving_way_with_a_fall_in_a_precaution_is_there_now(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected
