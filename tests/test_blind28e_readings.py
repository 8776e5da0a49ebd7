"""Readings mended after the blind batch e081-e090 (corpora/dev/ERRORS_e081-e090.md).

- "Reasons to be seen sooner:" opens a list of what to come back for (hypothetical), as
  "symptoms that should prompt a call:" does (ANNOTATION 'Call-back lines'; e090).
- "Not yet had a course of PT" denies the therapy, as "has not had" (e082).
- A social history's "no drugs" denies IV drug use too, as "no drug use" (d758, d868; e082).
- "Achilles 2+ on R, absent on L": each grade written before its side; the low side is a
  reflex abnormality, the normal side and the normal reflexes beside it its companions
  (ANNOTATION 'Exam companions'; e081).
- An ache "into both buttocks" is no sciatica: pain that stops at the buttocks does not go
  down the legs (e082).
- A known spondylolisthesis named as the likely cause is that lesion, present only
  (ANNOTATION 'A known lesion named as the likely cause'; e089).
- "consider PT / MRI": a spaced slash before another test is an alternative, not PT/INR (e090).
- "no back or neck pain" denies the back's pain too (e085).
- "trouble with your bladder" in a reply to the patient is a bladder symptom (e088).
- An intake form's "prior back surg - N" answers the operation's row (e082).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 6 weeks.\n{body}\n"


@pytest.mark.parametrize("body", [
    "Nurse went over reasons to be seen sooner: leg weakness, fever, new trouble walking.",
    "Reasons to return to clinic: fever, leg weakness or trouble walking.",
])
def test_reasons_to_be_seen_sooner_open_a_precaution_list(assertions_of, body):
    for code in ("fever", "motor_weakness", "gait_abnormality"):
        assert assertions_of(_note(body), code) == {"hypothetical"}, code


def test_a_visit_reason_is_no_precaution(assertions_of):
    body = "Reason for visit: fever and leg weakness since Monday."
    assert assertions_of(_note(body), "fever") == {"present"}


@pytest.mark.parametrize("body", [
    "Not yet had a formal course of physical therapy.",
    "Not yet had a trial of PT; prefers to wait.",
])
def test_not_yet_had_denies_the_therapy(assertions_of, body):
    assert assertions_of(_note(body), "physical_therapy") == {"absent"}


def test_a_course_had_keeps_its_reading(assertions_of):
    assert assertions_of(_note("Had a course of PT in October with little change."),
                         "physical_therapy") == {"present"}


@pytest.mark.parametrize("body", [
    "Social: office worker, no tobacco, no drugs.",
    "SH: denies drugs; drinks socially.",
])
def test_no_drugs_in_a_social_history_denies_iv_use(assertions_of, body):
    assert assertions_of(_note(body), "iv_drug_use") == {"absent"}


def test_no_drugs_that_helped_is_no_drug_use(assertions_of):
    assert assertions_of(_note("She says no drugs helped the pain so far."),
                         "iv_drug_use") == set()


@pytest.mark.parametrize("body", [
    "Reflexes: knee jerks 2+ bilat; ankle jerk 2+ on R, absent on L.",
    "DTRs: patellar 2+ =; Achilles 2+ on L, 0 on R.",
])
def test_grade_before_its_side_names_the_low_side(assertions_of, body):
    assert assertions_of(_note(body), "reflex_abnormality") == {"present"}


def test_equal_grades_before_their_sides_stay_normal(assertions_of):
    assert "present" not in assertions_of(_note("Reflexes: ankle jerk 2+ on R, 2+ on L."),
                                          "reflex_abnormality")


@pytest.mark.parametrize("body", [
    "The ache spreads into both buttocks now and then; nothing below.",
    "Pain is central and sometimes moves into both buttocks.",
])
def test_pain_into_both_buttocks_is_no_sciatica(assertions_of, body):
    assert assertions_of(_note(body), "bilateral_sciatica") == set()
    assert "present" not in assertions_of(_note(body), "radicular_pain")


def test_pain_into_both_legs_is_still_sciatica(assertions_of):
    body = "Pain now shoots down into both legs to the calves."
    assert assertions_of(_note(body), "bilateral_sciatica") == {"present"}


def test_known_listhesis_as_the_likely_cause_is_present_only(assertions_of):
    body = ("Flexion films 10/2026: grade 1 anterolisthesis L3 on L4.\n"
            "A: R L4 radiculopathy, most likely due to degenerative spondylolisthesis or a "
            "foraminal disc.")
    assert assertions_of(_note(body), "spondylolisthesis") == {"present"}


def test_listhesis_weighed_without_a_stated_one_stays_possible(assertions_of):
    body = "A: R L4 radiculopathy, most likely due to degenerative spondylolisthesis."
    assert assertions_of(_note(body), "spondylolisthesis") == {"possible"}


@pytest.mark.parametrize("body", [
    "Should the numbness come back, we will consider PT / EMG.",
    "Plan: trial of PT / HEP first, then reassess.",
])
def test_pt_before_a_spaced_slash_and_another_test_is_pt(assertions_of, body):
    assert assertions_of(_note(body), "physical_therapy") == {"hypothetical"}


def test_pt_inr_stays_a_lab(assertions_of):
    assert assertions_of(_note("Labs: PT/INR 12.4/1.0, platelets normal."),
                         "physical_therapy") == set()


@pytest.mark.parametrize("body", [
    "On the ward she had no back or neck pain at all.",
    "Denies back or neck pain before the fever began.",
])
def test_no_back_or_neck_pain_denies_the_back(assertions_of, body):
    text = f"Clinic 11/27/2026\nHPI: fever for 3 days.\n{body}\n"
    assert assertions_of(text, "low_back_pain") == {"absent"}


def test_no_neck_or_shoulder_pain_says_nothing_of_the_back(assertions_of):
    text = "Clinic 11/27/2026\nHPI: fever for 3 days.\nNo neck or shoulder pain.\n"
    assert assertions_of(text, "low_back_pain") == set()


def test_trouble_with_your_bladder_in_a_reply_is_a_precaution(assertions_of):
    body = "Reply to portal message: if you have numbness or trouble with your bladder, go to the ER."
    assert assertions_of(_note(body), "bladder_dysfunction") == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Intake screen: fever - N   prior back surg - N   wt loss - N",
    "New pt questionnaire: neck surg - no; chiro - yes",
])
def test_a_form_row_answers_the_spine_operation(assertions_of, body):
    assert assertions_of(_note(body), "prior_spine_surgery") == {"absent"}


def test_a_spine_surgery_clinic_before_a_dash_is_no_operation(assertions_of):
    assert assertions_of(_note("Referred to Spine Surgery - consult next month."),
                         "prior_spine_surgery") == set()
