"""Exam, sign and symptom readings of the blind batch e561-e600 (session 41, mend41b).

1. "Babinski down" / "Babinski: down": a flexor plantar response written short is no upper
   motor neuron sign ("Babinski up" stays one).
2. "sooner/911 for leg weakness": a return precaution joined to the emergency line by a slash.
3. "Pt educated to report new hand clumsiness": what the patient is told to report is to come.
4. A denied neck stiffness (an infection's or a headache's review of systems screening for
   meningism) is no neck pain; a stiff neck the patient has still is.
5. "argue against" / "argued against": as "argues against", the diagnosis is denied.
6. "unable to walk without 2-person assist": walking only with help is a gait abnormality.
7. "Denies numbness groin/saddle": the saddle's numbness without a preposition is saddle
   anesthesia, not a limb's paresthesia.
"""

import pytest

from note_text import clinic_note as _note


UMN = "upper_motor_neuron_signs"
MW = "motor_weakness"
PAR = "paresthesia"
MYEL = "myelopathy_signs"
NECK = "neck_pain"
RADIC = "radiculopathy"
GAIT = "gait_abnormality"
SADDLE = "saddle_anesthesia"


@pytest.mark.parametrize("body,expected", [
    ("Exam: reflexes 2+ sym. Babinski down. SLR neg.", {"absent"}),
    ("Neuro: Babinski: down bilat, no clonus.", {"absent"}),
    # must not: an upgoing toe stays a sign
    ("Neuro: Babinski up on the L.", {"present"}),
])
def test_babinski_down_is_a_flexor_response(assertions_of, body, expected):
    assert assertions_of(_note(body), UMN) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Plan: clinic visit Monday, sooner/911 for leg weakness or numbness.", MW, {"hypothetical"}),
    ("Plan: f/u 2 wk, sooner/ED if numbness spreads.", PAR, {"hypothetical"}),
    # must not: the weakness the patient came with stays
    ("HPI: L leg weakness since Friday. Plan: recheck 1 wk, sooner/ED for fever.", MW,
     {"present"}),
])
def test_sooner_slash_911_is_a_precaution(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Plan: PT 1x/wk. Pt educated to report new hand clumsiness right away.", MYEL,
     {"hypothetical"}),
    ("Told to report any leg weakness to the office.", MW, {"hypothetical"}),
    # must not: what the patient reports now is there
    ("Pt reports new hand clumsiness since October.", MYEL, {"present"}),
])
def test_told_to_report_is_a_precaution(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,expected", [
    ("ROS: + chills; no cough, headache or neck stiffness.", set()),
    ("Denies stiff neck or photophobia.", set()),
    # must not: a stiff neck the patient has is neck pain
    ("Neck stiffness x 3 days, worse turning to the L.", {"present"}),
])
def test_a_denied_neck_stiffness_is_no_neck_pain(assertions_of, body, expected):
    assert assertions_of(_note(body), NECK) == expected


@pytest.mark.parametrize("body,expected", [
    ("The spared inversion and the EMG argue against L5 radiculopathy.", {"absent"}),
    ("The normal paraspinals argued against a radiculopathy.", {"absent"}),
    # must not: a radiculopathy named stays
    ("A: L5 radiculopathy, EMG confirms.", {"present"}),
])
def test_argue_against_denies(assertions_of, body, expected):
    assert assertions_of(_note(body), RADIC) == expected


@pytest.mark.parametrize("body,expected", [
    ("Gait: unable to walk without 2-person assist today.", {"present"}),
    ("Exam: unable to ambulate without a walker since the fall.", {"present"}),
    ("Gait: cannot walk without the help of two staff.", {"present"}),
    # must not: a walk limited by pain alone is a loss of function, not a gait sign
    ("He cannot walk without pain after a mile.", set()),
])
def test_walking_only_with_help_is_a_gait_abnormality(assertions_of, body, expected):
    assert assertions_of(_note(body), GAIT) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Denies numbness groin/saddle, B&B changes.", SADDLE, {"absent"}),
    ("Denies numbness groin/saddle, B&B changes.", PAR, set()),
    ("Denies numbness groin/buttocks.", SADDLE, {"absent"}),
    ("Denies tingling groin, no bladder change.", SADDLE, {"absent"}),
    # must not: a limb's numbness named beside the groin stays a paresthesia
    ("Numbness R thigh and groin since the fall.", PAR, {"present"}),
])
def test_numbness_of_the_saddle_without_a_preposition(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
