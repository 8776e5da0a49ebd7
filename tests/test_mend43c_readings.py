"""Readings behind studies, treatments and imaging screens (session 43, mend43c; the blind
batch e641-e680). Each fix's look-alikes in other words, and near-misses that keep their old
reading.

1. An MRI safety screen's denials: "not claustrophobic", "no claustrophobia", a screen's
   item answered with a capital N ("pacemaker N"), and a device denied beside its clearance
   ("no implants (staples MR-safe)") deny the contraindication; claustrophobia told without a
   denial stays no finding (by itself it is no contraindication).
2. The facility's scanner ("no MRI on site", "our CT is on site", "mobile MRI coach",
   "No MRI here", "(MRI, spine surgery) unavailable at this facility") is no study had nor
   denied: no finding. A study had ("Mobile MRI 10/12 showed ...") or denied ("No MRI to
   date") keeps its reading.
4. A course's failure written "failed ~9 wks conservative care", "failed > 6 wks
   conservative mgmt", "Not improved after all of it" is conservative_care_failed present.
5. Exercises of her own denied ("hasn't started any exercises") deny the home program.
6. A video visit's exam header with a qualifier ("Limited video exam:", "Exam: limited to
   video") denies the in-person exam.
7. The post-operative day of an operation on another organ ("s/p sleeve gastrectomy ...
   (POD 6)") is no recent spinal procedure; a spine operation's day stays one.
"""

import pytest

from note_text import section_note as _note


# ---- 1. an MRI safety screen's denials ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Not claustrophobic.",
    "Has no claustrophobia.",
    "Patient denies claustrophobia.",
    "MRI safety screen: pacemaker N, metal in eyes N, claustrophobia N, implants N.",
    "Reviewed MRI logistics: no implants (staples MR-safe per radiology); not claustrophobic.",
])
def test_a_screen_denial_denies_the_contraindication(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "mri_contraindication") == {"absent"}


def test_claustrophobia_told_without_denial_is_no_finding(assertions_of):
    assert assertions_of(_note("Mild claustrophobia, will premedicate.", "Plan"),
                         "mri_contraindication") == set()


def test_a_screen_item_answered_yes_stays_present(assertions_of):
    assert assertions_of(_note("MRI safety screen: pacemaker Y, metal in eyes N.", "Plan"),
                         "mri_contraindication") == {"present"}


# ---- 2. the facility's scanner ------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("No fixed MRI on site. Mobile MRI coach here 2nd Tues.", "prior_mri"),
    ("MRI available? No - mobile MRI next at facility 12/15; CT on site.", "prior_mri"),
    ("MRI available? No - mobile MRI next at facility 12/15; CT on site.", "prior_ct"),
    ("No MRI here; CT cannot exclude abscess.", "prior_mri"),
    ("Our CT is on site but needs auth.", "prior_ct"),
    ("Required service (MRI, spine surgery) unavailable at this facility.", "prior_mri"),
    ("Required service (MRI, spine surgery) unavailable at this facility.",
     "prior_spine_surgery"),
])
def test_the_facilitys_scanner_is_no_study(assertions_of, body, code):
    assert assertions_of(_note(body, "Plan"), code) == set()


@pytest.mark.parametrize("body, expected", [
    ("Mobile MRI 10/12 showed L4-5 disc herniation.", {"present"}),
    ("MRI lumbar 2022 done here showed stenosis.", {"present"}),
    ("Her 2019 MRI report is not available here.", {"present"}),
    ("No MRI to date.", {"absent"}),
])
def test_a_study_had_or_denied_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_note(body), "prior_mri") == expected


# ---- 4. a course's failure ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Failed ~9 wks conservative care (PT x6 wks, HEP, NSAID).",
    "Failed > 6 wks conservative mgmt (PT x7 wks, meloxicam).",
    "Completed PT, meloxicam, Medrol. Not improved after all of it.",
])
def test_a_course_failed_is_conservative_care_failed(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


# ---- 5. exercises denied -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hasn't started any exercises.",
    "She has not done any exercises.",
])
def test_exercises_denied_deny_the_home_program(assertions_of, body):
    assert assertions_of(_note(body), "home_exercise_program") == {"absent"}


def test_pain_with_exercises_is_no_home_program(assertions_of):
    assert assertions_of(_note("No pain with exercises."), "home_exercise_program") == set()


# ---- 6. a video visit's exam header -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Limited video exam: NAD, walks without limp.",
    "Exam: limited to video - appears comfortable.",
])
def test_a_video_exam_denies_the_in_person_exam(assertions_of, body):
    assert assertions_of(_note(body, "Note"), "in_person_exam") == {"absent"}


def test_an_office_exam_stays_present(assertions_of):
    assert assertions_of(_note("Exam: BP 120/80, lumbar tender.", "Note"),
                         "in_person_exam") == {"present"}


# ---- 7. the post-operative day of another organ's operation -------------------------------

def test_another_organs_post_op_day_is_no_spinal_procedure(assertions_of):
    body = "s/p lap sleeve gastrectomy 10/14/2026 c/b staple-line leak (POD 6), IR drain."
    assert assertions_of(_note(body), "recent_spinal_procedure") == set()


@pytest.mark.parametrize("body", [
    "s/p L4-5 laminectomy 11/20, POD 6 today with new fever.",
    "s/p TKA 2019; L4-5 laminectomy POD 3.",
])
def test_a_spine_operations_post_op_day_stays(assertions_of, body):
    assert assertions_of(_note(body), "recent_spinal_procedure") == {"present"}
