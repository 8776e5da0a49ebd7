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
