"""Findings the lexicon missed or over-read in the blind cases d326-d340, as families of
phrasing a real note uses (corpora/dev/ERRORS_d326-d340.md)."""

import pytest


def assertions(findings_of, text, code):
    table, _ = findings_of(text)
    return table.get(code, set())


@pytest.mark.parametrize("text", [
    "Assessment: Acute L S1 radicular pain, severe and refractory, probable L5-S1 disc herniation.",
    "Impression: refractory left L5 radiculopathy. Plan TFESI.",
    "A: Right sciatica, remains refractory.",
    "Chronic neck pain, refractory, for pain management referral.",
])
def test_refractory_pain_is_a_failed_course(findings_of, text):
    assert "present" in assertions(findings_of, text, "conservative_care_failed")


@pytest.mark.parametrize("text", [
    "Spontaneous intracranial hypotension, refractory after one blood patch.",
    "Refractory hypertension on four agents. Low back pain for 2 weeks.",
    "L5 radiculopathy refractory to gabapentin.",
])
def test_refractory_of_something_else_or_one_drug_is_no_failed_course(findings_of, text):
    assert "present" not in assertions(findings_of, text, "conservative_care_failed")


@pytest.mark.parametrize("text", [
    "L foot slaps when she walks.",
    "Wife notices his right foot slaps on the floor in the evening.",
    "Her left foot slapped down on the stairs twice this week.",
])
def test_a_slapping_foot_in_lay_words_is_an_abnormal_gait(findings_of, text):
    assert "present" in assertions(findings_of, text, "gait_abnormality")


@pytest.mark.parametrize("text", [
    "Walks without assistive device, normal cadence.",
    "Gait: ambulating without an assistive device.",
    "He walks independently without any device; steady stride.",
])
def test_walking_without_a_device_is_a_normal_gait(findings_of, text):
    assert assertions(findings_of, text, "gait_abnormality") == {"absent"}


def test_walking_without_a_device_but_limping_is_no_normal_gait(findings_of):
    found = assertions(findings_of, "Walks without assistive device but with an antalgic limp.",
                       "gait_abnormality")
    assert "absent" not in found


@pytest.mark.parametrize("text", [
    "Romberg neg.",
    "Gait: nl base, no ataxia. Romberg normal.",
    "Neg Romberg, tandem intact.",
])
def test_an_abbreviated_normal_romberg_denies_myelopathy_signs(findings_of, text):
    assert assertions(findings_of, text, "myelopathy_signs") == {"absent"}


@pytest.mark.parametrize("text", [
    "FHx: her sister had a herniated disc and needed surgery.",
    "His brother had a \"slipped disc\" and needed surgery at 40.",
    "Her mother had a bad back and eventually required surgery.",
    "My sister had a herniated disc and ended up needing surgery.",
    "Brother had the same thing and ended up with back surgery.",
    "FH: mother - lumbar disc surgery 2018.",
    "FH: father had a lumbar disc operation at age 40.",
    "Father had surgery for spinal stenosis in his 70s.",
])
def test_a_relatives_disc_that_needed_surgery_is_a_family_spine_surgery(findings_of, text):
    assert "family" in assertions(findings_of, text, "prior_spine_surgery")


@pytest.mark.parametrize("text", [
    "We discussed lumbar disc surgery as an option.",
    "He had surgery on his knee in 2010.",
])
def test_an_operation_discussed_or_elsewhere_is_no_spine_surgery_done(findings_of, text):
    assert "present" not in assertions(findings_of, text, "prior_spine_surgery")


@pytest.mark.parametrize("text", [
    "FHx: His brother had a spinal cord tumor.",
    "Family history: father died of a spinal cord tumour.",
])
def test_a_relatives_spinal_cord_tumor_is_a_family_malignancy(findings_of, text):
    assert "family" in assertions(findings_of, text, "malignancy")


@pytest.mark.parametrize("text", [
    "She had a failed open MRI attempt in 2025 due to claustrophobia.",
    "MRI has been attempted twice: 05/2025 and 10/28/2026 lumbar, both aborted.",
    "Two MRI attempts were aborted for claustrophobia.",
    "He declined open MRI after a panic attack in the scanner.",
    "Patient declined repeat MRI.",
])
def test_an_aborted_or_declined_mri_is_no_mri_done_nor_denied(findings_of, text):
    assert not assertions(findings_of, text, "prior_mri")


def test_a_device_maker_listing_mri_as_contraindicated_is_a_contraindication(findings_of):
    text = ("L cochlear implant 2004 (older model - manufacturer lists MRI as contraindicated; "
            "magnet not removable).")
    assert "present" in assertions(findings_of, text, "mri_contraindication")
    assert not assertions(findings_of, text, "prior_mri")


@pytest.mark.parametrize("text", [
    "P: MRI L-spine w/o - failed > 6 wks chiropractic + NSAID.",
    "CT L-spine w/o - failed 8 weeks of chiropractic and NSAID.",
])
def test_without_contrast_written_w_o_negates_nothing_after_the_study(findings_of, text):
    table, _ = findings_of(text)
    assert table.get("conservative_care_failed") == {"present"}
    assert "absent" not in table.get("nsaid", set())
    assert "absent" not in table.get("chiropractic_care", set())


@pytest.mark.parametrize("text", [
    "Low back pain that started around Labor Day after she helped her son move a couch.",
    "Pain began after she helped her neighbor lift a recliner.",
    "Back pain since he helped his brother carry a sofa up the stairs.",
])
def test_helping_someone_move_furniture_is_a_lifting_strain(findings_of, text):
    assert "present" in assertions(findings_of, text, "trauma")


@pytest.mark.parametrize("text", [
    "Works as a cashier, has been able to keep working but sits on a stool.",
    "She now sits on a stool at the register.",
    "Allowed to sit on a chair during her shifts.",
])
def test_a_stool_at_work_is_an_activity_modification(findings_of, text):
    assert "present" in assertions(findings_of, text, "activity_modification")


@pytest.mark.parametrize("text", [
    "He has not been able to get an erection since the weekend.",
    "Reports trouble maintaining an erection for 2 weeks.",
    "Unable to achieve erections since the fall.",
])
def test_lost_erections_in_a_patients_words_are_sexual_dysfunction(findings_of, text):
    assert "present" in assertions(findings_of, text, "sexual_dysfunction")


@pytest.mark.parametrize("text", [
    "Dexamethasone 10 mg IV given in clinic, then 4 mg PO q6h.",
    "Decadron 10 mg IV now, then 4 mg orally every 6 hours.",
])
def test_dexamethasone_continued_by_mouth_is_an_oral_steroid(findings_of, text):
    assert assertions(findings_of, text, "oral_steroid")


def test_dexamethasone_given_only_iv_is_no_oral_steroid(findings_of):
    assert not assertions(findings_of, "Dexamethasone 10 mg IV given.", "oral_steroid")


@pytest.mark.parametrize("text", [
    "Technique: loss of resistance at L4-5, contrast epidurogram, 80 mg methylprednisolone + 4 mL NS.",
    "Injectate: 40 mg methylprednisolone with 2 mL of 1% lidocaine.",
    "Injected methylprednisolone 80 mg / 3 mL preservative-free saline at L5-S1.",
])
def test_an_injectate_is_no_oral_steroid(findings_of, text):
    assert not assertions(findings_of, text, "oral_steroid")


@pytest.mark.parametrize("text", [
    "Sensation: decreased light touch in both hands, all digits.",
    "Diminished pinprick in all ten fingers.",
    "Reduced sensation in all fingers of both hands.",
])
def test_loss_in_every_digit_is_a_glove_pattern_not_a_dermatome(findings_of, text):
    assert not assertions(findings_of, text, "dermatomal_sensory_loss")


@pytest.mark.parametrize("text", [
    "She can no longer do the buttons on her cardigan or put in her earrings.",
    "He could no longer button his shirt by October.",
])
def test_buttons_no_longer_done_are_a_functional_impairment(findings_of, text):
    assert "present" in assertions(findings_of, text, "functional_impairment")


@pytest.mark.parametrize("text", [
    "Her numbness is \"not worse, not better.\"",
    "Leg pain 5/10, \"no better, no worse\" since October.",
    "Symptoms neither worse nor better since the MRI.",
])
def test_neither_better_nor_worse_is_no_progression(findings_of, text):
    assert assertions(findings_of, text, "symptom_progression") == {"absent"}


@pytest.mark.parametrize("text", [
    "Works from home as a bookkeeper and has been able to work.",
    "She has been able to continue working throughout.",
])
def test_able_to_work_is_no_lost_function(findings_of, text):
    assert assertions(findings_of, text, "functional_impairment") == {"absent"}


def test_not_able_to_work_is_still_lost_function(findings_of):
    found = assertions(findings_of, "Has not been able to work at all since 11/16.",
                       "functional_impairment")
    assert found == {"present"}


@pytest.mark.parametrize("text", [
    "XR L-spine (flex/ext): grade 1 spondylolisthesis L4-5, 4 mm, no motion on\nflex/ext.",
    "No translation on flex-ex.",
    "Lateral views: without abnormal motion on F/E.",
])
def test_no_motion_on_flex_ext_denies_instability(findings_of, text):
    assert assertions(findings_of, text, "flexion_extension_instability") == {"absent"}


@pytest.mark.parametrize("text", [
    "Since Saturday: low back pain \"much worse than right after surgery\", now 8/10.",
    "S: Flank pain much better, but the low back pain is now worse than on admission.",
    "Leg pain worse than at the last visit.",
    "Numbness is worse than 2 weeks ago.",
])
def test_worse_than_an_earlier_time_is_progression(findings_of, text):
    assert "present" in assertions(findings_of, text, "symptom_progression")


def test_worse_than_the_other_side_is_no_progression(findings_of):
    assert not assertions(findings_of, "Left leg pain much worse than right.", "symptom_progression")


@pytest.mark.parametrize("text", [
    "There has been no change in his walking distance over the past year.",
    "Symptoms about the same for the past year.",
    "Numb L thumb, no change since August.",
])
def test_no_change_over_a_stated_time_is_no_progression(findings_of, text):
    assert assertions(findings_of, text, "symptom_progression") == {"absent"}


@pytest.mark.parametrize("text", [
    "Maternity support belt most of the day.",
    "Wears an SI belt at work.",
    "Pelvic support binder helps when walking.",
])
def test_a_pregnancy_or_si_belt_is_an_activity_modification(findings_of, text):
    assert "present" in assertions(findings_of, text, "activity_modification")
