"""Readings mended after the blind batch e041-e050 (corpora/dev/ERRORS_e041-e050.md).

- A trailing "not evident" / "not apparent" denies what it follows, as "not appreciated"
  does (e044: a neuropathy "not evident today" had read present and turned a Cohere CT
  determination).
- Whether a condition is inherited is said of the condition in general (e050: "cervical
  myelopathy is not inherited ..." beside the father's had read the patient's myelopathy,
  a false eviCore met); a plural herniation with a quantifier ("most disc herniations
  improve") is what herniations do in general (e049).
- A neuropathy that "went away" is over (e050); "resolved" before a deficit inside a
  sentence ("with resolved L5 radiculopathy") is over too (e048).
- A denial of another kind than the one found: "no other fracture" beside the fracture
  (e047), a drug for the bone not taken ("has not been on a bisphosphonate", e046), a lack
  of progress "in" a therapy (e043), "has not recurred" said of an episode, not of the
  chiropractic course that ended it (e043), weight loss "beyond intentional" (e042).
- Vocabulary: "surgeries on the spine" (e042), "slipped vertebrae" (e041), "Failure of
  more than 8 weeks of PT plus ..." (e041), "amb w/ assist" (e045), a dropped chart (e043),
  an OCR-read CPT code after the requested study ("CPT 7214l", e043), "(IE 8/10)" a PT initial-evaluation score
  (e049).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note as _plan


# --- a trailing "not evident" ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Diabetic polyneuropathy is not evident on today's monofilament testing.",
    "Peripheral neuropathy not apparent on exam today.",
])
def test_a_trailing_not_evident_denies_the_finding(assertions_of, text):
    assert assertions_of(_note(text), "peripheral_neuropathy") == {"absent"}


def test_neuropathy_that_is_evident_stays_present(assertions_of):
    assert assertions_of(_note("Diabetic peripheral neuropathy, evident on monofilament."),
                         "peripheral_neuropathy") == {"present"}


# --- heredity and herniations in general ----------------------------------------------------

def test_a_conditions_heredity_is_no_finding_of_the_patient(assertions_of):
    text = _note("Her brother had cervical myelopathy. Explained that cervical myelopathy is "
                 "not hereditary in any way that matters now.")
    assert "present" not in assertions_of(text, "myelopathy_signs")


def test_the_patients_own_myelopathy_stays_present(assertions_of):
    text = _note("Cervical myelopathy with hand clumsiness and a wide-based gait.")
    assert "present" in assertions_of(text, "myelopathy_signs")


@pytest.mark.parametrize("text", [
    "Educated: most disc herniations shrink without an operation.",
    "Reassured him that many herniated discs get better over 3 months.",
])
def test_herniations_in_general_are_no_finding(assertions_of, text):
    assert assertions_of(_note(text), "disc_herniation") == set()


def test_a_likely_herniation_of_the_patient_stays_possible(assertions_of):
    text = _note("Probable L4-5 disc herniation. Educated: most disc herniations shrink.")
    assert assertions_of(text, "disc_herniation") == {"possible"}


# --- over -----------------------------------------------------------------------------------

def test_a_neuropathy_that_went_away_is_historical(assertions_of):
    text = _note("In 2020 a nerve study showed carpal tunnel syndrome, which went away "
                 "after wrist splinting.")
    assert assertions_of(text, "peripheral_neuropathy") == {"historical"}


def test_a_neuropathy_that_never_went_away_stays_present(assertions_of):
    text = _note("Her carpal tunnel syndrome never went away despite splinting.")
    assert assertions_of(text, "peripheral_neuropathy") == {"present"}


def test_resolved_before_the_deficit_is_historical(assertions_of):
    text = _note("Prior L5-S1 discectomy 2017 with resolved left S1 radiculopathy.")
    assert assertions_of(text, "radiculopathy") == {"historical"}


def test_unresolved_before_the_deficit_stays_present(assertions_of):
    text = _note("Prior L5-S1 discectomy 2017 with unresolved left S1 radiculopathy.")
    assert assertions_of(text, "radiculopathy") == {"present"}


# --- another kind denied --------------------------------------------------------------------

def test_no_other_fracture_beside_the_one_found(assertions_of):
    text = _note("Acute L2 compression fracture on the radiograph. No additional fracture seen.")
    assert assertions_of(text, "spinal_fracture") == {"present"}


def test_no_fracture_alone_stays_absent(assertions_of):
    assert assertions_of(_note("Radiographs: no fracture seen."), "spinal_fracture") == {"absent"}


def test_a_bone_drug_not_taken_denies_no_osteoporosis(assertions_of):
    text = _note("T-score -1.8; she has not been on alendronate or any other bone drug.")
    assert assertions_of(text, "osteoporosis") == set()


def test_a_bone_drug_taken_still_says_osteoporosis(assertions_of):
    assert assertions_of(_note("Takes risedronate weekly since 2021."),
                         "osteoporosis") == {"present"}


def test_no_progress_in_a_therapy_says_the_therapy_was_had(assertions_of):
    text = _note("Therapist: no measurable progress in five weeks of formal PT.")
    assert assertions_of(text, "physical_therapy") == {"present"}


def test_no_pt_stays_absent(assertions_of):
    assert assertions_of(_note("He has had no PT for this."), "physical_therapy") == {"absent"}


def test_an_episode_that_has_not_recurred_keeps_its_chiropractic_course(assertions_of):
    text = _note("Mid-back pain in 2016 settled after a month of chiropractic care and has "
                 "not recurred.")
    assert assertions_of(text, "chiropractic_care") == {"present"}


def test_weight_loss_beyond_intentional_is_no_unexplained_loss(assertions_of):
    text = _note("Red flags: none - afebrile, no weight loss other than intended dieting.")
    assert "present" not in assertions_of(text, "unexplained_weight_loss")


def test_weight_loss_beyond_a_number_stays_as_before(assertions_of):
    text = _note("Reports 12 lb weight loss since summer, not trying.")
    assert assertions_of(text, "unexplained_weight_loss") == {"present"}


# --- vocabulary -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No operations on her back, no injections.",
    "Denies any surgery on the lumbar spine.",
])
def test_no_surgery_on_the_spine_is_absent(assertions_of, text):
    assert assertions_of(_note(text), "prior_spine_surgery") == {"absent"}


def test_surgery_on_the_knee_is_no_spine_surgery(assertions_of):
    assert assertions_of(_note("Had surgery on her knee in 2012."), "prior_spine_surgery") == set()


def test_slipped_vertebrae_is_spondylolisthesis(assertions_of):
    text = _note('Her uncle had a fusion for a "slipped vertebra" in his back.')
    assert assertions_of(text, "spondylolisthesis") == {"family"}


def test_a_slipped_disc_stays_a_herniation(assertions_of):
    assert assertions_of(_note("Told years ago he has a slipped disc."),
                         "spondylolisthesis") == set()


def test_failure_of_a_course_of_two_therapies(assertions_of):
    text = _note("Impression: failure of over 7 weeks of formal outpatient physical therapy "
                 "plus naproxen and a steroid taper.")
    assert assertions_of(text, "conservative_care_failed") == {"present"}


def test_failure_of_one_therapy_alone_is_no_failed_course(assertions_of):
    text = _note("Impression: failure of 7 weeks of physical therapy.")
    assert assertions_of(text, "conservative_care_failed") == set()


def test_amb_with_assist_is_a_gait_abnormality(assertions_of):
    assert assertions_of(_note("Pt amb w/ assist of her husband into triage."),
                         "gait_abnormality") == {"present"}


def test_amb_independently_is_no_gait_abnormality(assertions_of):
    assert "present" not in assertions_of(_note("Amb independently into the room."),
                                          "gait_abnormality")


def test_a_dropped_work_object_is_a_hand_task_lost(assertions_of):
    assert assertions_of(_note("She has dropped a clipboard twice on her shift."),
                         "functional_impairment") == {"present"}


def test_an_ocr_cpt_code_names_the_requested_study(assertions_of):
    text = ("FAX COVER\nDate: 11/27/2026\nRE: MRl LUMBAR SPINE W/O C0NTRAST - CPT 7214B\n"
            "Dx: radiculopathy\nPt has low back pain.\n")
    assert assertions_of(text.replace("7214B", "72l48"), "prior_mri") == set()


def test_a_dated_mri_report_stays_a_prior_mri(assertions_of):
    text = _note("MRI L-spine 10/02/2026: L4-5 protrusion.")
    assert assertions_of(text, "prior_mri") == {"present"}


def test_an_initial_evaluation_score_is_over(assertions_of):
    text = _note("Back pain 4/10 today (IE 9/10).")
    assert assertions_of(text, "severe_pain") == {"historical"}


def test_todays_severe_score_stays_present(assertions_of):
    text = _note("Back pain 8/10 today (IE 5/10).")
    assert assertions_of(text, "severe_pain") == {"present"}
