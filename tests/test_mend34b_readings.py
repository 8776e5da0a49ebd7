"""Readings of treatment, therapy, imaging and procedure wordings (session 34, mend34b; the
blind batch e281-e320). Each fix's look-alikes in other words, and a near-miss that keeps its
old reading.

1. A study named with the paperwork of its booking ("MRI C-spine auth", "MRI scheduling"), an
   approval or clearance for it ("Has the insurance approved the MRI", "OK for MRI at 1.5T"), a
   form's "Exam req:" field, a device's "MRI mode", a study passed over ("CT in lieu of MRI")
   or one a decision waits on ("depends on MRI result"): the study asked for, no prior study
   (ANNOTATION "The imaging being requested ... is not a finding").
2. A steroid given for another disease ("Prednisone taper for COPD", "prednisone for PMR") or
   in a transplant regimen ("tacrolimus, mycophenolate and prednisone 5 mg"): no oral_steroid
   (ANNOTATION: the code is a course given for the pain).
3. An obstetric epidural told by its delivery ("SVD w/ epidural", "cesarean under epidural
   top-up") or by its site ("pain at the epidural site"): no steroid injection.
4. "Physical exam limited to visual inspection" (a video visit's look): in_person_exam absent.
5. A drug kept off ("we have stayed away from anti inflammatories") or advised against
   ("Aleve - advised NO (kidneys)"): absent.
6. An MRI that cannot be done ("He can't have MRI because of his pacemaker"): no prior_mri
   (ANNOTATION "An MRI that cannot be done").
7. A sport held out of ("held out of diving", "no diving") is activity_modification; a
   contagion's "avoid contact with infants" is not.
8. "not responsive to eight weeks of therapy, medication and an epidural injection" is
   conservative_care_failed (two or more therapies); "cannot have MRI contrast" names no MRI
   contraindication.
"""

import pytest

from note_text import hpi_note as _note


# 1. a study still to come
@pytest.mark.parametrize("body, code", [
    ("Caller: patient.  Re: MRI C-spine auth\nPt states PT first appt is 12/09.", "prior_mri"),
    ("Mother called re: MRI scheduling + prior auth status.", "prior_mri"),
    ("Called about the CT lumbar spine approval, still pending.", "prior_ct"),
    ("Has the insurance approved the MRI yet? The imaging center is waiting.", "prior_mri"),
    ("Exam req: MRI CERVICAL SPINE W/O\nImplants: none", "prior_mri"),
    ("Radiologist review: CLEARED for MRl.  - A. Petrov MD", "prior_mri"),
    ("Device clinic: OK for MRl at 1.5T, RN to attend.", "prior_mri"),
    ("Device RN to reprogram to MRI mode before and restore after.", "prior_mri"),
    ("Comments: CT in lieu of MRI. Pt may need surgery.", "prior_mri"),
    ("Mom asks about a brace; explained that depends on MRI result.", "prior_mri"),
])
def test_a_study_being_booked_is_no_prior_study(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code", [
    ("MRI 10/02 reviewed at appointment; shows L4-5 protrusion.", "prior_mri"),
    ("MRI lumbar spine 09/2026 showed L4-5 protrusion; approval for ESI pending.", "prior_mri"),
    ("Cleared for surgery. MRI 10/02 showed stenosis.", "prior_mri"),
    ("MRI L-spine 10/02/2026: L4-5 disc protrusion.", "prior_mri"),
])
def test_a_study_had_stays_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# 2. a steroid for another disease
@pytest.mark.parametrize("body", [
    "Prednisone taper for COPD finished 11/08.",
    "Her fracture is more likely osteoporotic, given her prednisone for PMR and a T-score of -2.9.",
    "Was on prednisone 10 mg/day x 8 months in 2024 for polymyalgia rheumatica, tapered off.",
    "Kidney transplant 2016 on tacrolimus, mycophenolate and prednisone 5 mg; AF on warfarin.",
])
def test_a_steroid_for_another_disease_is_no_spine_course(assertions_of, body):
    assert assertions_of(_note(body), "oral_steroid") == set()


@pytest.mark.parametrize("body", [
    "Prednisone taper for sciatica finished 11/08, helped some.",
    "Medrol dose pack for the leg pain, no help.",
    "On tacrolimus 2 mg BID; Medrol dose pack started 11/20 for the sciatica.",
])
def test_a_steroid_course_for_the_spine_stays(assertions_of, body):
    assert assertions_of(_note(body), "oral_steroid") == {"present"}


# 3. an obstetric epidural
@pytest.mark.parametrize("body", [
    "31 yo F G2P2, 10 wks postpartum (SVD 07/28/26 w/ epidural, uncomplicated).",
    "Arrest of dilation -> primary low transverse cesarean 11/25 under epidural top-up.",
    "3 d progressive midline low back pain at epidural site, now severe 9/10.",
])
def test_an_obstetric_epidural_is_no_steroid_injection(assertions_of, body):
    assert assertions_of(_note(body), "epidural_steroid_injection") == set()


@pytest.mark.parametrize("body", [
    "s/p L5-S1 epidural 10/14 with 2 weeks relief.",
    "L4-5 interlaminar epidural with Dr. Cho 09/2026, no relief.",
])
def test_a_spine_epidural_stays_present(assertions_of, body):
    assert assertions_of(_note(body), "epidural_steroid_injection") == {"present"}


# 4. a video visit's look
def test_an_exam_limited_to_inspection_denies_the_exam(assertions_of):
    body = ("Consent for telehealth obtained. Physical exam limited to visual inspection; "
            "no hands-on or neurologic exam performed.")
    assert assertions_of(_note(body), "in_person_exam") == {"absent"}


def test_an_exam_limited_by_pain_stays_present(assertions_of):
    body = "Physical exam: limited by pain. EHL 4/5, SLR positive on the right."
    assert "present" in assertions_of(_note(body), "in_person_exam")


# 5. a drug kept off, put off or advised against
@pytest.mark.parametrize("body, code", [
    ("She is on apixaban so we have stayed away from anti inflammatories; on acetaminophen.",
     "nsaid"),
    ("He has steered clear of gabapentin because of the fog it gave his brother.",
     "neuropathic_agent"),
    ("Aleve - advised NO (kidneys), tylenol ok per renal list.", "nsaid"),
])
def test_a_drug_kept_off_is_not_taken(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code", [
    ("Took ibuprofen 600 mg, advised no lifting > 10 lb.", "nsaid"),
    ("She stayed away from work for a week and took naproxen, which helped.", "nsaid"),
])
def test_a_drug_taken_beside_the_cue_stays(assertions_of, body, code):
    assert "present" in assertions_of(_note(body), code)


# 6. an MRI that cannot be done
@pytest.mark.parametrize("body", [
    "Could Dad get a CT scan of his neck? He can't have MRI because of his pacemaker.",
])
def test_an_mri_that_cannot_be_done_is_no_prior_mri(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()


def test_an_mri_had_before_a_cannot_stays(assertions_of):
    body = "MRI 2023 showed L4-5 stenosis; he can't have another one since the pacemaker."
    assert assertions_of(_note(body), "prior_mri") == {"present"}


# 7. a sport held out of, and a contagion's contact
def test_a_contagion_precaution_is_no_activity_modification(assertions_of):
    body = ("Shingles likely. Advised to keep rash covered and avoid contact with pregnant "
            "women, infants and anyone who has not had chickenpox.")
    assert assertions_of(_note(body), "activity_modification") == set()


@pytest.mark.parametrize("body", [
    "16F diver, has been held out of diving since 10/05 for the back pain.",
    "Still no diving or back walkovers; doing her core exercises.",
])
def test_a_sport_held_out_of_is_activity_modification(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == {"present"}


def test_avoiding_contact_sports_stays(assertions_of):
    body = "He is avoiding contact sports since the injury."
    assert assertions_of(_note(body), "activity_modification") == {"present"}


# 8. a course not responsive to two or more therapies; MRI contrast that cannot be given
def test_not_responsive_to_several_therapies_is_failed_care(assertions_of):
    body = ("Symptoms not responsive to eight weeks of therapy, medication and an epidural "
            "injection.")
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


def test_not_responsive_to_one_therapy_is_no_failed_care(assertions_of):
    body = "Pain not responsive to gabapentin; PT starts next week."
    assert assertions_of(_note(body), "conservative_care_failed") == set()


def test_mri_contrast_that_cannot_be_given_is_no_contraindication(assertions_of):
    body = 'Indication on order: "low back pain x3 wks, ESRD on HD, cannot have MRI contrast"'
    assert assertions_of(_note(body), "mri_contraindication") == set()


def test_an_mri_that_cannot_be_had_stays_a_contraindication(assertions_of):
    body = "Cannot have MRI (pacemaker not MRI-conditional)."
    assert assertions_of(_note(body), "mri_contraindication") == {"present"}
