"""Readings of the classes session 36 named next (next37), across dev.

1. "legs give way" only warned of (a precaution) is a motor weakness to watch for, not a
   gait seen; the HPI's "knee gives way" stays a gait abnormality.
2. "NEW PT" ending a header in capitals is a new patient, not physical therapy; "New PT
   referral placed", "NEW PT REFERRAL" stay therapy.
3. acetaminophen / APAP / Tylenol counted in a failed course ("failed 8 wks PT + APAP").
4. numbness "down there" with the lay words quoted is saddle numbness.
5. A referral letter's "I would be grateful if you would see him ... for leg pain": the
   courtesy's "if" puts no condition on the reason.
6. "unable to work her normal 12 hour shifts": a possessive's "normal" is the usual.
7. A PT discharge's "no further gains expected with skilled PT": the course was had.
"""

import pytest

from note_text import section_note as _note


# 1. legs that give way, warned of

@pytest.mark.parametrize("body", [
    "Daughter to call if he starts leaking urine or his legs give way.",
    "Call 911 / ED for legs giving way, numbness in the legs or trouble passing urine.",
    "ED tonight if he loses bladder control or his legs give out.",
])
def test_legs_giving_way_in_a_precaution_are_a_weakness_to_watch_for(assertions_of, body):
    text = _note(body, "Plan")
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}
    assert assertions_of(text, "gait_abnormality") == set()


@pytest.mark.parametrize("body", [
    "R knee gives way when walking, has nearly fallen twice.",
    "Legs giving out after a block of walking.",
])
def test_legs_giving_way_told_as_had_stay_a_gait_abnormality(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == {"present"}


# 2. NEW PT, a new-patient header

@pytest.mark.parametrize("text", [
    "SPINE SURGERY - NEW PT (same-day add-on)    11/27/2026\n62F, neck pain x 4 wks.\n",
    "NEUROSURGERY NEW PT   11/27/2026   Dr. A. Lee\nCC: neck pain.\n",
    "PAIN CLINIC NEW PT 11/27/2026\nCC: neck pain.\n",
])
def test_a_new_patient_header_is_no_physical_therapy(assertions_of, text):
    assert assertions_of(text, "physical_therapy") == set()


@pytest.mark.parametrize("body", [
    "New PT referral placed.",
    "NEW PT REFERRAL to Lakeside Rehab.",
])
def test_a_new_therapy_referral_stays_therapy(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "physical_therapy") == {"hypothetical"}


# 3. acetaminophen in a failed course

@pytest.mark.parametrize("body", [
    "Lumbar stenosis, failed 8 wks PT + APAP.",
    "L4 radiculopathy, failed > 6 wks PT and Tylenol; MRI.",
    "Neurogenic claudication, failed 7 weeks of PT and acetaminophen.",
])
def test_acetaminophen_counts_in_a_failed_course(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "conservative_care_failed") == {"present"}


@pytest.mark.parametrize("body", [
    "Doing well with PT + APAP, 50% better.",
    "Failed PT. Takes Tylenol for headaches.",
])
def test_acetaminophen_beside_a_course_that_helps_is_no_failure(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "conservative_care_failed") == set()


# 4. numbness "down there"

@pytest.mark.parametrize("body", [
    'Since noon numb "down there" -- could not feel the paper. Unable to void.',
    'Back pain, urinary retention, numbness "down there".',
])
def test_quoted_numbness_down_there_is_saddle_numbness(assertions_of, body):
    assert assertions_of(_note(body), "saddle_anesthesia") == {"present"}


def test_quoted_numbness_down_there_denied_is_absent(assertions_of):
    assert assertions_of(_note('Voiding ok. No numbness "down there".'),
                         "saddle_anesthesia") == {"absent"}


def test_numb_down_the_leg_is_no_saddle_numbness(assertions_of):
    assert assertions_of(_note("Numbness down the left leg to the foot."),
                         "saddle_anesthesia") == set()


# 5. a referral letter's courtesy

@pytest.mark.parametrize("opening", [
    "I would be grateful if you would see Mrs. B, a 70 year old woman,",
    "I would be grateful if you could kindly see Mr. C",
])
def test_a_referral_letters_courtesy_puts_no_condition_on_its_reason(assertions_of, opening):
    text = (f"Dear Dr. Ames,\n{opening} for leg pain with walking. She has had 6 months of "
            "symptoms.\n")
    assert assertions_of(text, "neurogenic_claudication") == {"present"}


def test_a_real_condition_on_leg_pain_stays_hypothetical(assertions_of):
    text = _note("If you develop leg pain with walking, call the office.", "Plan")
    assert assertions_of(text, "neurogenic_claudication") == {"hypothetical"}


# 6. "her normal" is her usual

def test_unable_to_work_her_normal_shifts_is_a_loss_of_function(assertions_of):
    body = "She has been unable to work her normal 12 hour shifts since September."
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_a_normal_gait_stays_absent(assertions_of):
    assert assertions_of(_note("Gait normal. Heel walk normal.", "Exam"),
                         "gait_abnormality") == {"absent"}


# 7. a PT discharge's plateau

@pytest.mark.parametrize("body", [
    "Reason for discharge: plateau; no further gains expected with skilled PT.",
    "D/C: plateaued, no further gains expected w/ skilled PT; return to PCP.",
])
def test_a_discharge_plateau_in_the_goals_says_the_therapy_was_had(assertions_of, body):
    text = ("PT DISCHARGE SUMMARY 11/20/2026\nGoals: Sit 1 hr - not met. Walk 30 min - "
            f"partially met.\n{body}\n")
    assert assertions_of(text, "physical_therapy") == {"present"}


def test_a_therapy_planned_in_the_goals_stays_hypothetical(assertions_of):
    text = "PT PROGRESS NOTE 11/20/2026\nGoals: return to PT class.\nRecommend PT 2x/wk.\n"
    assert "hypothetical" in assertions_of(text, "physical_therapy")
