"""Readings mended from the blind cases e141-e160 (session 29, mend29e).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/ERRORS_e141-e150.md, ERRORS_e151-e160.md, MEND29e.md).
"""

import pytest


# "no arm or leg symptoms": two limbs named before the denied symptoms (e150)
@pytest.mark.parametrize("text", [
    "Denies leg or arm symptoms at this time.",
    "She has no arm/leg symptoms now, only the neck ache.",
])
def test_two_limbs_symptoms_denied(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


def test_two_limbs_symptoms_told_are_not_a_denial(assertions_of):
    # near-miss: no denial before the limbs - no target, as before
    assert assertions_of("Arm and leg symptoms started last week.", "radicular_pain") == set()


# a checklist's "Prior spine imaging  N" denies the three studies (e148)
@pytest.mark.parametrize("text", [
    "Intake items\nPrior back imaging ........ no\nFevers ........ no\n",
    "Previous spine imaging       N\n",
    "Prior imaging ..... never\n",
])
def test_prior_imaging_item_answered_no(assertions_of, text):
    for code in ("prior_xray", "prior_mri", "prior_ct"):
        assert assertions_of(text, code) == {"absent"}


def test_prior_imaging_with_a_result_is_no_denial(assertions_of):
    # near-miss: "no fracture" is the result of a study, not a missing study
    assert assertions_of("Prior imaging: no fracture seen on the 2019 films.", "prior_ct") == set()


# an exertion as the onset, told by a duration since it or "when she was lifting" (e149, e151)
@pytest.mark.parametrize("text", [
    "Low back ache x 2 wks after 3 rounds of golf.",
    "Neck pain since August, while she was pulling a suitcase off the carousel.",
])
def test_an_exertion_as_the_onset(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "Pain worse after 3 rounds of golf.",
    "He plays golf twice a week.",
])
def test_an_exertion_that_only_aggravates(assertions_of, text):
    # near-miss: no onset told - nothing, as before
    assert assertions_of(text, "trauma") == set()


# "failed ..., MRI not tolerated": the failed care stays beside the contraindication (e150)
def test_failed_care_then_an_mri_given_up(assertions_of):
    text = 'Reason: "neck pain, failed 8 wks conservative tx, MRI not tolerated (claustrophobia)"'
    assert assertions_of(text, "conservative_care_failed") == {"present"}
    assert assertions_of(text, "mri_contraindication") == {"present"}


def test_a_failed_mri_for_claustrophobia(assertions_of):
    # near-miss: the failed verb on the MRI itself
    assert assertions_of("She failed the MRI in May because of claustrophobia.",
                         "mri_contraindication") == {"present"}


# "no imaging required by rule" is a decision rule's advice, not a history of studies (e160)
@pytest.mark.parametrize("text", [
    "Per Canadian C-spine rule no imaging required.",
])
def test_no_imaging_needed_is_no_history(assertions_of, text):
    assert assertions_of(text, "prior_xray") == set()


def test_no_imaging_yet_denies_studies(assertions_of):
    # near-miss
    assert assertions_of("No spine imaging so far.", "prior_xray") == {"absent"}


# "dec to pinprick <site>": a modality's loss with no "sensation" before it (e152)
@pytest.mark.parametrize("text", [
    "Sensory: dim to PP over the L lateral foot.",
    "Sensation: dec to sharp/dull R small finger.",
])
def test_loss_to_a_modality(assertions_of, text):
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}


def test_pain_decreased_to_a_score(assertions_of):
    # near-miss
    assert assertions_of("Pain decreased to 3/10 with PT.", "dermatomal_sensory_loss") == set()


# "sleep broken by ... the leg pain" (e151)
@pytest.mark.parametrize("text", [
    "Sleep interrupted by the kids and by the neck pain.",
    "Sleep is broken up by the leg pain.",
])
def test_sleep_broken_by_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


def test_sleep_broken_by_a_baby(assertions_of):
    # near-miss: no pain named
    assert assertions_of("Sleep broken by the newborn.", "night_pain") == set()


# "Breast ca? - pt says no, ..." (e157)
@pytest.mark.parametrize("text", [
    "History of lymphoma? - patient says no, never.",
    "Colon cancer? - pt says no.",
])
def test_question_dash_patient_says_no(assertions_of, text):
    assert assertions_of(text, "malignancy") == {"absent"}


@pytest.mark.parametrize("text", [
    "Prostate cancer? - yes, 2015, prostatectomy.",
    "Colon cancer? - pt says no colonoscopy yet.",
])
def test_question_dash_other_answer(assertions_of, text):
    # near-miss: a yes, or a "no" that begins another item
    assert assertions_of(text, "malignancy") == {"present"}


# "INJURY REPORT" names a form (e158)
def test_injury_report_header(assertions_of):
    text = "SPORTS MEDICINE - INJURY REPORT\nMechanism: gradual onset over two weeks.\n"
    assert assertions_of(text, "trauma") == set()


def test_injury_report_with_a_mechanism(assertions_of):
    # near-miss: the mechanism told under it is the trauma
    text = "INJURY REPORT\nMechanism: fell from the beam onto her back.\n"
    assert assertions_of(text, "trauma") == {"present"}


# a study with its CPT code after it is the study asked for (e153)
@pytest.mark.parametrize("text, code", [
    ("Procedure: MRI thoracic spine w/o - 72146", "prior_mri"),
])
def test_study_with_cpt_after_is_requested(assertions_of, text, code):
    assert assertions_of(text, code) == set()


def test_study_without_cpt_is_told(assertions_of):
    # near-miss
    assert assertions_of("MRI lumbar spine 2024 showed L4-5 HNP.", "prior_mri") == {"present"}


# "<study> - ordered STAT" (e156)
def test_study_dash_ordered(assertions_of):
    assert assertions_of("MRI whole spine w/wo - ordered STAT.", "prior_mri") == set()


def test_study_dash_result(assertions_of):
    # near-miss
    assert assertions_of("MRI lumbar 2024 - normal.", "prior_mri") == {"present"}


# "Spine surgery (Velasquez) at bedside" names the consulting service (e156)
def test_spine_surgery_service_with_its_doctor(assertions_of):
    assert assertions_of("Spine surgery (Okafor) at bedside, will decide on decompression.",
                         "prior_spine_surgery") == set()


@pytest.mark.parametrize("text", [
    "Spine surgery (L4-5 fusion) in 2019.",
    "Spine surgery (Fusion) 2019.",
])
def test_spine_surgery_with_its_operation(assertions_of, text):
    # near-miss
    assert assertions_of(text, "prior_spine_surgery") == {"present"}


# "in her first pregnancy": an earlier pregnancy's episode is past (e159)
def test_an_earlier_pregnancy_episode(assertions_of):
    text = 'She worries because in her first pregnancy she had "the foot drop thing" and wants a scan.'
    assert assertions_of(text, "foot_drop") == {"historical"}


def test_this_pregnancy(assertions_of):
    # near-miss
    assert assertions_of("In this pregnancy she has a L foot drop.", "foot_drop") == {"present"}


# "deficit on exam?  NO" answers the deficit, not the exam (e153)
def test_question_about_exam_findings(assertions_of):
    assert assertions_of("Any focal findings on examination?   no", "in_person_exam") == set()


def test_no_deficit_on_exam(assertions_of):
    # near-miss
    assert assertions_of("No deficit on exam.", "in_person_exam") == {"present"}


# a form filled by phone is no exam (e148)
def test_form_completed_by_phone(assertions_of):
    assert assertions_of("Intake questionnaire completed by phone 11/30.",
                         "in_person_exam") == {"absent"}


def test_phoned_the_office(assertions_of):
    # near-miss
    assert assertions_of("He phoned the office today.", "in_person_exam") == set()


# a relative's operation "because she ..." gives its reason to the relative (e159)
def test_relative_operation_reason(assertions_of):
    text = "Her aunt had spine surgery because she could not urinate."
    assert assertions_of(text, "bladder_dysfunction") == {"family"}


def test_relative_fusion_keeps_family(assertions_of):
    # the relative's operation itself stays the relative's (the cue no longer covers it)
    assert assertions_of("My dad had a fusion because he had leg weakness.",
                         "prior_spine_surgery") == {"family"}


def test_own_operation_because(assertions_of):
    # near-miss: no relative before it - the patient's own reason
    assert assertions_of("She had spine surgery because she could not urinate.",
                         "bladder_dysfunction") == {"present"}


# a sports landing gone wrong is the onset (e039)
@pytest.mark.parametrize("text", [
    "She remembers a bad landing off the vault that afternoon.",
])
def test_a_landing_gone_wrong(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


def test_landing_drills(assertions_of):
    # near-miss: landings practised, none gone wrong
    assert assertions_of("Works on landing drills at practice.", "trauma") == set()


def test_an_everyday_load_carried(assertions_of):
    # near-miss of "when she was lifting": a bag carried on a route is no strain told (d736)
    text = "It began in June when he was carrying his mail bag on a long route."
    assert assertions_of(text, "trauma") == set()


def test_saddle_pinprick_loss_is_no_dermatomal_loss(assertions_of):
    # near-miss of "dec to pinprick": the saddle's loss (d198)
    assert assertions_of("Saddle region: markedly diminished to pinprick S3-S5 bilaterally.",
                         "dermatomal_sensory_loss") == set()


def test_referral_to_spine_surgery_with_its_doctor(assertions_of):
    # near-miss of the consulting service: a referral planned (d070)
    assert assertions_of("Plan: MRI. Referral to spine surgery (Dr. Osei). Cont meds.",
                         "intervention_planned") == {"present"}


def test_a_finding_told_before_the_earlier_pregnancy(assertions_of):
    # the cue reads back too, up to a comma (d173)
    assert assertions_of("She had sciatica on the left in her second pregnancy (2021).",
                         "radicular_pain") == {"historical"}


def test_a_finding_now_before_the_earlier_pregnancy(assertions_of):
    # near-miss: what is now, before the comma, stays present
    assert assertions_of("Sciatica now, similar to her first pregnancy.",
                         "radicular_pain") == {"present"}


def test_since_an_earlier_delivery_goes_on(assertions_of):
    # near-miss: "since her first delivery" runs up to now (d898)
    text = "Mild urge incontinence since her first delivery (2001), unchanged."
    assert "historical" not in assertions_of(text, "bladder_dysfunction")
