"""Exam, sign and symptom readings of the blind batch e521-e560 (session 40, mend40b).

1. "Not claudicant" denies neurogenic claudication; "claudicant leg pain" states it.
2. Claudication of the arms ("no claudication in arms", "arm claudication") is no neurogenic
   claudication (a vascular or thoracic-outlet symptom of the arms).
3. "No arm or chest-wall radiation": a pain's reach denied with the regions named before
   "radiation" denies radicular pain ("radiation therapy" stays no finding).
4. "EMG/NCS of R leg (...) was normal": a study of a named limb reported normal.
5. "Low back stiff in AM": the low back's stiffness with the adjective is low back pain.
6. "Disc/radiculopathy now unlikely": a doubt reached since is a possible (doubted) finding.
7. "Call HBPC or 911 for leg weakness, numbness": a return precaution naming whom to call.
8. "Sensation: reduced vibration both great toes" (no preposition) is no dermatomal loss.
9. "crossed SLR neg. Babinski neg.": a sentence-ending "neg." answers the item before it; it
   does not open a "negative Babinski" that swallows the sign's own answer.
10. "message me if ... you get leg symptoms": a limb's symptoms in an instruction to the
    patient are a precaution's (hypothetical).
11. "PMH: ... L5 radicular pain since 07/2026": a past-history item running since a date to
    now is present, not historical.
12. "Denies numbness around the bottom": saddle numbness in lay words, no paresthesia.
"""

import pytest

from note_text import clinic_note as _note


NC = "neurogenic_claudication"
RAD = "radicular_pain"
EMG = "abnormal_emg"
LBP = "low_back_pain"
RADIC = "radiculopathy"
MW = "motor_weakness"
PAR = "paresthesia"
DSL = "dermatomal_sensory_loss"


@pytest.mark.parametrize("body,expected", [
    ("Leg heaviness from venous stasis. Not claudicant: no change with sitting.", {"absent"}),
    ("Back pain flared, like her usual claudicant leg pain.", {"present"}),
])
def test_claudicant_is_neurogenic_claudication(assertions_of, body, expected):
    assert assertions_of(_note(body), NC) == expected


@pytest.mark.parametrize("body,expected", [
    ("ROS: no chest pain; no claudication in arms; some heartburn.", set()),
    ("Vascular: arm claudication when lifting overhead.", set()),
    # must not: the legs' claudication stays
    ("Claudication in both legs after 2 blocks, relieved by sitting.", {"present"}),
    ("ROS: no claudication.", {"absent"}),
])
def test_claudication_of_the_arms_is_no_neurogenic_claudication(assertions_of, body,
                                                                 expected):
    assert assertions_of(_note(body), NC) == expected


@pytest.mark.parametrize("body,expected", [
    ("Mid-back ache with rowing. No arm or chest-wall radiation.", {"absent"}),
    ("Low back ache after lifting, no leg or groin radiation.", {"absent"}),
    # must not: a cancer's radiation therapy is no pain
    ("Breast cancer 2015 - lumpectomy, no breast radiation therapy.", set()),
])
def test_radiation_denied_with_its_regions_named_before(assertions_of, body, expected):
    assert assertions_of(_note(body), RAD) == expected


@pytest.mark.parametrize("body,expected", [
    ("Old tibia fracture; 2015 EMG/NCS of L leg (for the fracture) was normal.", {"absent"}),
    ("EMG of both arms was normal.", {"absent"}),
])
def test_a_limbs_study_reported_normal(assertions_of, body, expected):
    assert assertions_of(_note(body), EMG) == expected


@pytest.mark.parametrize("body,expected", [
    ("Lower back stiff in the mornings, loosens by noon.", {"present"}),
    ("Her low back is stiff after long drives.", {"present"}),
    # must not: a stiffness denied
    ("No low back stiffness.", {"absent"}),
])
def test_a_stiff_low_back_is_low_back_pain(assertions_of, body, expected):
    assert assertions_of(_note(body), LBP) == expected


@pytest.mark.parametrize("body,expected", [
    ("Addendum: rash seen today. Radiculopathy now unlikely.", {"possible"}),
    # must not: a radiculopathy named now stays
    ("A: L5 radiculopathy, now improving with PT.", {"present"}),
])
def test_now_unlikely_is_a_doubt(assertions_of, body, expected):
    assert assertions_of(_note(body), RADIC) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Plan:\n - Call the clinic or 911 for leg weakness, numbness, or chest pain\n", MW,
     {"hypothetical"}),
    ("Plan:\n - Call your doctor or 911 if leg weakness or numbness.\n", PAR, {"hypothetical"}),
    # must not: a symptom had before the precaution stays
    ("HPI: leg weakness since Monday. Plan: call us or 911 for numbness.", MW, {"present"}),
])
def test_call_someone_or_911_is_a_precaution(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,expected", [
    ("Exam: Sensation: reduced vibration both great toes (known neuropathy).", set()),
    # must not: a dermatome's loss stays
    ("Exam: Sensation: reduced pinprick L5 dermatome.", {"present"}),
])
def test_vibration_at_the_toes_is_no_dermatomal_loss(assertions_of, body, expected):
    assert assertions_of(_note(body), DSL) == expected


UMN = "upper_motor_neuron_signs"


@pytest.mark.parametrize("body,expected", [
    ("Exam: SLR R + 40 deg, crossed SLR neg. Babinski neg. Pulses 2+.", {"absent"}),
    ("Exam: Hoffmann neg. Babinski upgoing on the R.", {"absent", "present"}),
    # must not: a negative sign written before it stays denied
    ("Exam: neg Babinski bilat.", {"absent"}),
])
def test_a_sentence_ending_neg_answers_the_item_before(assertions_of, body, expected):
    assert assertions_of(_note(body), UMN) == expected


@pytest.mark.parametrize("body,expected", [
    ("Plan: keep walking; message me if the pain wakes you or you get leg symptoms.",
     {"hypothetical"}),
    ("Call if you develop arm symptoms.", {"hypothetical"}),
])
def test_leg_symptoms_in_an_instruction_to_the_patient(assertions_of, body, expected):
    assert assertions_of(_note(body), RAD) == expected


@pytest.mark.parametrize("body,expected", [
    ("PMH: HTN, L4-5 HNP w/ L5 radicular pain since 07/2026, GERD.", {"present"}),
    # must not: an episode of the past history without a course to now stays over
    ("PMH: HTN, sciatica 2015, GERD.", {"historical"}),
])
def test_a_past_history_item_running_since_a_date(assertions_of, body, expected):
    assert assertions_of(_note(body), RAD) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Can't empty his bladder. Denies numbness around the bottom.", "saddle_anesthesia",
     {"absent"}),
    ("Can't empty his bladder. Denies numbness around the bottom.", PAR, set()),
    # must not: a numbness of the legs stays paresthesia
    ("Denies numbness in the legs.", PAR, {"absent"}),
])
def test_numbness_around_the_bottom_is_saddle(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
