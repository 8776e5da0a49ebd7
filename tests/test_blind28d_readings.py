"""Readings mended after the blind batch e071-e080 (corpora/dev/ERRORS_e071-e080.md).

- A reduced work schedule the Plan goes on with ("continue reduced schedule") is a restriction
  followed: activity_modification present with functional_impairment, as "Continue light duty"
  (ANNOTATION 'Advice in the Plan', 'Work status'; e071).
- A relative "with" a spine operation ("father with lumbar fusion") is a family spine surgery;
  the laminectomy row leaves out an operation after "with" for "laminectomy with fusion" (e071).
- A treatment offered and declined with words between them ("offered a taper at the first
  visit, which she declined") was not taken (ANNOTATION 'Declined or refused'; e079).
- A bracket naming the first visit before its score ("(IE 7/10)") dates the score to then
  (ANNOTATION 'Time words'; e079).
- An operation the OR stands by for is to come, not done (e076).
- Prednisone taken for years, or named as the immunosuppression, is immunosuppression, not an
  oral-steroid trial (DETERMINATIONS d156, d172; e077).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: neck pain for 6 weeks.\n{body}\n"


@pytest.mark.parametrize("body", [
    "Plan:\n- Return to work: keep the shortened hours for two more weeks.",
    "A/P: neck strain. Continue part-time shifts until the next visit.",
])
def test_reduced_schedule_kept_in_the_plan_is_followed(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == {"present"}
    assert "present" in assertions_of(_note(body), "functional_impairment")


def test_reduced_hours_without_a_continuing_verb_keep_their_reading(assertions_of):
    # a reduced schedule in force is a work status: both codes (ANNOTATION "Work status",
    # extended in session 31, corpora/dev/GOLD31.md; was functional only, mend31b)
    assert assertions_of(_note("She has been working reduced hours since October."),
                         "activity_modification") == {"present"}
    assert assertions_of(_note("She has been working reduced hours since October."),
                         "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "Family history: brother with lumbar laminectomy at 55; mother with diabetes.",
    "FH: mother with cervical fusion, father with gout.",
])
def test_relative_with_a_spine_operation_is_family(assertions_of, body):
    assert assertions_of(_note(body), "prior_spine_surgery") == {"family"}


def test_laminectomy_with_fusion_is_still_one_planned_operation(assertions_of):
    assert assertions_of(_note("Plan: candidate for L4-5 laminectomy with fusion."),
                         "prior_spine_surgery") == set()


@pytest.mark.parametrize("body", [
    "We offered a prednisone burst at the visit in October, which he declined.",
    "I recommended a course of physical therapy back in September, which she refused.",
])
def test_offer_and_refusal_around_the_treatment_deny_it(assertions_of, body):
    code = "oral_steroid" if "prednisone" in body else "physical_therapy"
    assert assertions_of(_note(body), code) == {"absent"}


def test_offer_taken_stays_to_do(assertions_of):
    assert "absent" not in assertions_of(
        _note("Plan: prednisone taper offered; she will start it tomorrow."), "oral_steroid")


@pytest.mark.parametrize("body", [
    'S: "Easier this week." Pain 2-3/10 (IE 8/10).',
    "Arm pain 4/10 (initial eval: 9/10), sleeping better.",
])
def test_first_visit_score_in_brackets_is_past(assertions_of, body):
    assert assertions_of(_note(body), "severe_pain") == {"historical"}


def test_todays_severe_score_beside_a_milder_first_visit_stays(assertions_of):
    assert assertions_of(_note("Pain 8/10 today (IE 5/10)."), "severe_pain") == {"present"}


def test_operation_the_or_stands_by_for_is_not_done(assertions_of):
    body = "Spine surgery aware; OR on standby for L4-5 discectomy tonight."
    assert assertions_of(_note(body), "prior_spine_surgery") == set()
    assert assertions_of(_note(body), "intervention_planned") == {"present"}


def test_past_operation_beside_the_standby_stays(assertions_of):
    body = "OR on standby for L4-5 discectomy; s/p L5-S1 microdiscectomy 2019."
    assert assertions_of(_note(body), "prior_spine_surgery") == {"present"}


@pytest.mark.parametrize("body", [
    "PMH: giant cell arteritis, on prednisone since 2021 (5 mg daily).",
    "She has been on prednisone for 4 years for lupus.",
    "A/P: steroid-induced bone loss; immunosuppressed on chronic prednisone.",
])
def test_prednisone_for_years_is_immunosuppression(assertions_of, body):
    assert assertions_of(_note(body), "immunosuppression") == {"present"}
    assert assertions_of(_note(body), "oral_steroid") == set()


def test_prednisone_burst_for_the_spine_stays_an_oral_steroid(assertions_of):
    assert assertions_of(_note("Started prednisone 40 mg taper on 11/10 for the arm pain."),
                         "oral_steroid") == {"present"}


def test_rectal_tone_normal_after_a_table_dash_denies(assertions_of):
    body = "Exam:\n  Anal      - tone normal.\n  Gait      - slow."
    assert assertions_of(_note(body), "decreased_rectal_tone") == {"absent"}


def test_rectal_tone_reduced_after_a_table_dash_stays(assertions_of):
    body = "Exam:\n  Rectal - tone decreased, weak squeeze."
    assert assertions_of(_note(body), "decreased_rectal_tone") == {"present"}


@pytest.mark.parametrize("body", [
    "Referral form:\n Chiropractic: No\n Injections: None\n Prior imaging: None",
    "Denies any recent spine surgery or injections.",
])
def test_injections_denied_in_a_field_or_a_list(assertions_of, body):
    assert assertions_of(_note(body), "epidural_steroid_injection") == {"absent"}


def test_injections_field_naming_one_stays(assertions_of):
    assert assertions_of(_note("Injections: R L5 TFESI 09/30, 2 weeks of relief."),
                         "epidural_steroid_injection") == {"present"}


def test_no_implants_on_an_mri_screen_denies(assertions_of):
    assert assertions_of(_note("MRI screening done - no metal implants."),
                         "mri_contraindication") == {"absent"}


def test_no_breast_implants_beside_a_pacemaker_stays(assertions_of):
    assert "present" in assertions_of(_note("PSH: no breast implants; pacemaker 2019."),
                                      "mri_contraindication")
