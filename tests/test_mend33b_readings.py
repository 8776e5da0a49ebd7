"""Readings mended from the blind batch's treatment, history and imaging codes (session 33,
mend33b: e241-e280, and e237 from session 32).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/MEND33B.md).
"""

import datetime as dt

import pytest


# a study argued for, asked of a payer or a colleague, or still to be done is no study had
# (ANNOTATION: "The imaging being requested ... is not a finding"; e243, e248, e268, e276, e277)
@pytest.mark.parametrize("text", [
    "HPI: In our view a lumbar MRI is clearly warranted and we ask that the insurer approve one.",
    "HPI: The family has asked us to help them get the carrier to authorize a lumbar MRI.",
    "Telephone note: per the spine surgeon the cervical MRI will be expedited this week.",
    "HPI: the patient is asking whether the MRI requires a prior authorization before booking.",
    "HPI: after the discussion he consented to CT of the lumbar spine instead.",
])
def test_a_study_asked_for_or_to_come_is_no_prior_study(assertions_of, text):
    assert not assertions_of(text, "prior_mri") and not assertions_of(text, "prior_ct")


def test_a_study_done_is_still_a_prior_study(assertions_of):
    # near-miss: a study had, and what it showed
    text = "HPI: Lumbar MRI 09/2026 showed an L4-5 protrusion; an MRI of the cervical spine in 2024 was normal."
    assert "present" in assertions_of(text, "prior_mri")


# a study the radiology department or a specialist refused, or the team did not take up,
# says nothing of a study had (ANNOTATION "An MRI that cannot be done"; e244, e263, e269)
@pytest.mark.parametrize("text", [
    "HPI: Lumbar MRI was refused by the imaging center's safety officer on 11/20.",
    "HPI: Cardiology recommends against MRI while the leads are in place.",
    "HPI: Given a benign exam an MRI was not pursued at the time of admission.",
    "HPI: Reason MRl cannot be performed: cochlear implant.",
])
def test_a_study_refused_by_others_is_no_prior_study(assertions_of, text):
    assert not assertions_of(text, "prior_mri")


def test_a_study_done_then_read_is_kept_beside_a_refusal(assertions_of):
    # near-miss: a prior study named beside the refused one
    text = "HPI: Cervical MRI 2023 showed C5-6 stenosis. Repeat MRI was refused by radiology because of the new device."
    assert "present" in assertions_of(text, "prior_mri")


# an OCR'd "MRl" keeps the exclusions of the MRI rule: another body part, a device's MR label
@pytest.mark.parametrize("text", [
    "HPI: He had an MRl of the knee in 2021 for a meniscus tear.",
    "HPI: stimulator is not MRl conditional per the manufacturer.",
])
def test_an_ocr_mri_of_another_part_is_no_spine_study(assertions_of, text):
    assert not assertions_of(text, "prior_mri")


def test_an_ocr_spine_mri_is_still_a_study(assertions_of):
    text = "HPI: Outside MRl of the lumbar spine 10/2026 showed an L5-S1 extrusion."
    assert "present" in assertions_of(text, "prior_mri")


# the scanner's staff told of the study ordered is no study had (e245)
def test_the_scanners_staff_notified_is_no_study(assertions_of):
    text = "ED course: 14:05 MRI technologist paged, screening form completed."
    assert not assertions_of(text, "prior_mri")


# an ED triage level opening its line ("ESI 2 - ...") is the Emergency Severity Index (e257)
def test_a_triage_level_opening_a_line_is_no_injection(assertions_of):
    text = "ED TRIAGE 22:10\nCC: back pain, fever.\nESI 2 - charge RN notified, to room 4.\nT 38.9 HR 121."
    assert not assertions_of(text, "epidural_steroid_injection")


def test_an_injection_numbered_in_a_series_is_kept(assertions_of):
    # near-miss: the second of a series of epidural injections
    text = "HPI: L5-S1 ESI 2 in October gave about 50% relief for six weeks."
    assert "present" in assertions_of(text, "epidural_steroid_injection")


# a steroid given by vein (for myelitis, MS, cord compression) is no oral steroid (e279)
def test_an_intravenous_steroid_is_no_oral_steroid(assertions_of):
    text = "HPI: In 2020 she was treated with intravenous methylprednisolone for optic neuritis and recovered."
    assert not assertions_of(text, "oral_steroid")


def test_an_oral_steroid_pack_is_kept(assertions_of):
    text = "HPI: A methylprednisolone dose pack in October helped for a few days."
    assert "present" in assertions_of(text, "oral_steroid")


# a drug class called off limits is contraindicated: absent (ANNOTATION "NSAIDs
# contraindicated (CKD)" -> nsaid absent; e267)
def test_a_drug_class_off_limits_is_absent(assertions_of):
    text = "HPI: Anti-inflammatories such as NSAIDs are off limits given her CKD stage 4."
    assert assertions_of(text, "nsaid") == {"absent"}


def test_a_drug_taken_is_still_present(assertions_of):
    # near-miss: "limits" said of the pain, not the drug
    text = "HPI: Takes naproxen 500 mg BID, which limits the pain to 4/10."
    assert "present" in assertions_of(text, "nsaid")


# a length the sentence gives the symptoms is theirs, not the therapy's nearest it (e237)
def _pt_weeks(findings_of, text):
    result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[1]
    return [getattr(f.value, "weeks", None) if not isinstance(f.value, dict) else f.value.get("weeks")
            for f in result.findings if f.code == "physical_therapy" and f.assertion == "present"]


def test_the_symptoms_length_is_not_the_therapys(findings_of):
    text = "Impression: R C6 radicular pain, better with PT at about 7 weeks of sx / 4 weeks of therapy."
    weeks = _pt_weeks(findings_of, text)
    assert weeks and 7 not in weeks and 7.0 not in weeks


def test_the_therapys_own_length_is_kept(findings_of):
    # near-miss: the therapy's own weeks, nearest it
    text = "Impression: R C6 radicular pain, failed 7 weeks of PT."
    assert any(w in (7, 7.0) for w in _pt_weeks(findings_of, text))


# a log-roll order in force till a study is read, without the word "precautions", is an
# activity modification carried out as the note is written (ANNOTATION "Advice in the Plan"; e266)
def test_a_log_roll_order_till_imaging_is_in_force(assertions_of):
    text = "Plan:\n- Admit to neurosurgery.\n- Log roll pending CT read; NPO."
    assert "present" in assertions_of(text, "activity_modification")


def test_a_patient_wincing_on_log_roll_is_no_order(assertions_of):
    # near-miss: an exam manoeuvre, no order
    text = "Exam: winces on log roll, tender at L1."
    assert "present" not in assertions_of(text, "activity_modification")
