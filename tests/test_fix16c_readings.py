"""fix16c: a request's title is no study done; course outcomes and dates told after a list."""
import pytest

HPI = "Right sciatica to the foot for 9 weeks despite therapy; SLR positive at 40 degrees.\n"


@pytest.mark.parametrize("title", [
    "THORACIC MRI REQUEST",
    "Lumbar spine MRI - request form",
    "REFERRAL FORM - CERVICAL MRI",
    "Pre-authorization: MRI lumbar spine without contrast",
    "Re: MRI of the lumbar spine",
    "Re:  L-spine MRI (72148)",
])
def test_the_title_of_an_mri_request_is_no_prior_mri(assertions_of, title):
    assert assertions_of(title + "\n" + HPI, "prior_mri") == set()


def test_the_title_of_a_ct_questionnaire_is_no_prior_ct(assertions_of):
    text = "CT THORACIC SPINE - CLINICAL QUESTIONNAIRE\n" + HPI
    assert assertions_of(text, "prior_ct") == set()


@pytest.mark.parametrize("text", [
    "MRI LUMBAR SPINE 10/2025: L5-S1 disc extrusion.\n" + HPI,
    "Re: her L-spine MRI of 10/14/2026, which showed an L4-5 protrusion.\n" + HPI,
    "Referral reviewed. MRI lumbar spine in August showed foraminal stenosis.\n" + HPI,
])
def test_a_study_reported_near_request_words_stays_a_prior_mri(assertions_of, text):
    assert assertions_of(text, "prior_mri") == {"present"}


@pytest.mark.parametrize("text", [
    "Weight 470 lb; he exceeds the MRI table limit.",
    "Body habitus: exceeds scanner bore size limit; needs CT myelogram instead.",
])
def test_a_patient_too_large_for_the_scanner_has_an_mri_contraindication(assertions_of, text):
    assert assertions_of(text, "mri_contraindication") == {"present"}
    assert assertions_of(text, "prior_mri") == set()  # the MRI named in the reason: none done


def _value(findings_of, text, code):
    _, result = findings_of(text)
    [finding] = [f for f in result.findings if f.code == code]
    return finding.value


@pytest.mark.parametrize("text", [
    "Finished 8 weeks of physical therapy and ibuprofen; she denies any improvement.",
    "Physical therapy for 8 weeks, then naproxen. Nothing has helped.",
    "He says nothing worked: 8 weeks of PT, ibuprofen, cyclobenzaprine.",
])
def test_a_denied_improvement_after_a_course_is_a_failure(findings_of, text):
    assert _value(findings_of, text, "physical_therapy").outcome == "failed"
    assert _value(findings_of, text, "nsaid").outcome == "failed"


@pytest.mark.parametrize("text", [
    "Finished 8 weeks of physical therapy with real improvement.",
    "8 weeks of PT helped; nothing else was tried.",
])
def test_an_improvement_said_plainly_stays_improved(findings_of, text):
    assert _value(findings_of, text, "physical_therapy").outcome == "improved"


def test_a_date_range_in_the_parenthesis_after_a_therapy_is_that_therapy_s(findings_of):
    text = "Physical therapy 2x/wk (10/2026-11/2026) and naproxen daily: no relief.\n"
    pt = _value(findings_of, text, "physical_therapy")
    assert (pt.start.month, pt.end.month) == (10, 11)
    assert _value(findings_of, text, "nsaid").start is None


def test_a_date_range_in_the_drug_s_own_parenthesis_stays_the_drug_s(findings_of):
    text = "Physical therapy 2x/wk, then naproxen (10/2026-11/2026): no relief.\n"
    assert _value(findings_of, text, "nsaid").start.month == 10


def _grade(findings_of, text):
    _, result = findings_of(text)
    return min(f.value.grade for f in result.findings if f.code == "motor_weakness")


@pytest.mark.parametrize("text, grade", [
    ("Right ankle dorsiflexion weakness worsened from 4/5 to 2/5 since Monday.", 2),
    ("R EHL 4/5 -> 3/5 over the past week.", 3),
    ("R EHL 4/5 at the 11/02 visit, 3/5 today.", 3),
    ("Right EHL weakness 4/5 in October, now 2/5.", 2),
])
def test_the_grade_a_change_comes_to_is_today_s(findings_of, text, grade):
    assert _grade(findings_of, text) == grade


@pytest.mark.parametrize("text, grade", [
    # two muscles, each its own grade: the first muscle's grade is not replaced
    ("R EHL 3/5, R hip flexion 4/5 today.", 3),
    # a grade given first, then the one it progressed from
    ("Right EHL weakness 3/5, has progressed from 4/5.", 3),
])
def test_grades_that_are_no_change_keep_their_reading(findings_of, text, grade):
    assert _grade(findings_of, text) == grade


@pytest.mark.parametrize("text, code", [
    ("Rectal exam: perianal sensation reduced to light touch, tone normal.", "saddle_anesthesia"),
    ("Diminished light touch sensation over the perineum on the left.", "saddle_anesthesia"),
    ("Sacral exam - S2-S4 distribution: decreased pinprick.", "saddle_anesthesia"),
    ("She says her groin has been numb since the weekend.", "saddle_anesthesia"),
    ("Numb genitals and inner thighs since Tuesday.", "saddle_anesthesia"),
    ("Since Friday he has a hard time emptying his bladder.", "bladder_dysfunction"),
    ("Husband says she started wetting the bed two nights ago.", "bladder_dysfunction"),
    ("New retention with a PVR of 500 mL.", "bladder_dysfunction"),
    ("She cannot sense when she needs to stool anymore.", "bowel_dysfunction"),
])
def test_cauda_equina_signs_in_plain_and_exam_words(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Leg swelling from fluid retention on amlodipine; urine output normal.", "bladder_dysfunction"),
    ("Hardware retention confirmed on x-ray; no urinary symptoms today.", "bladder_dysfunction"),
    ("Retention of the L4 screw is satisfactory.", "bladder_dysfunction"),
    ("Plans to discuss job retention with HR.", "bladder_dysfunction"),
    ("Perianal sensation intact to pinprick.", "saddle_anesthesia"),
    ("S3-S5 dermatomes: intact to light touch.", "saddle_anesthesia"),
])
def test_look_alikes_of_cauda_equina_signs_are_not_them(assertions_of, text, code):
    assert "present" not in assertions_of(text, code)


def test_a_child_in_the_family_wetting_the_bed_is_not_the_patient_s_sign(assertions_of):
    text = "Stressed at home; her 6-year-old son has been wetting the bed."
    assert "present" not in assertions_of(text, "bladder_dysfunction")


@pytest.mark.parametrize("text", [
    "He cannot lift the left foot and trips on the stairs.",
    "Since the fall she couldn't raise her right foot at all.",
])
def test_a_foot_that_cannot_be_lifted_is_a_foot_drop(assertions_of, text):
    assert assertions_of(text, "foot_drop") == {"present"}


@pytest.mark.parametrize("text", [
    "Cannot lift her foot onto the step stool because of knee pain.",
    "Can't lift the foot off the floor for long; hip flexors tire.",
])
def test_lifting_a_foot_onto_or_off_something_is_no_foot_drop(assertions_of, text):
    assert assertions_of(text, "foot_drop") == set()
