"""Readings mended after the blind batch e101-e110 (corpora/dev/ERRORS_e101-e110.md).

- A "now" that a denial list goes on past with a comma and "any" dates the item before it; it
  opens no new clause ("denies any tingling now, any arm weakness, ...": e108).
- A carried-forward title that dates nothing ("SURGICAL HISTORY (template, carried forward)")
  leaves a copied line that dates itself ("- Pre-op (copied from H&P 02/2021): ...") to be read
  as the old record it is (e107).
- Every reason an operation was done for is history, the one after "and" too, and a level the
  operation's words leave out of its span ("L4-5 transforaminal lumbar interbody fusion") is
  its level all the same (e107, e110).
- "failed more than 6 weeks of therapy and medications" is a failed course (e102, e110).
- Visits counted to date ("6 visits so far") show an ordered therapy begun (e109); a field
  answered "ordered" ("PT: ordered 12/01") orders it (e107).
- "no listhesis on flex/ext;" and "no motion at C4-5 or C5-6 on flex/ext" deny instability
  (e107, e109); "MRI contraindication? None known" denies the contraindication (e107).
- "intervertebral disc displacement" (the ICD-10 name on a fax cover) is a disc herniation (e104).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: neck and back pain for 3 weeks.\n{body}\n"


@pytest.mark.parametrize("code", ["motor_weakness", "gait_abnormality", "bladder_dysfunction"])
def test_now_inside_a_denial_list_ends_nothing(assertions_of, code):
    body = ("She denies any tingling now, any arm weakness, any unsteadiness on her feet, "
            "and any change in her bladder habits.")
    assert assertions_of(_note(body), code) == {"absent"}


def test_now_before_a_new_statement_still_ends_the_denial(assertions_of):
    # near-miss: no list goes on after the comma, the next words are a complaint of today
    assert "present" in assertions_of(_note("No leg tingling now, arm weakness since Monday."),
                                      "motor_weakness")


def test_a_dated_copied_line_under_an_undated_carried_title_is_the_old_visits(assertions_of):
    body = ("SURGICAL HISTORY (template, carried forward)\n"
            "- 05/2019: L4-5 laminectomy for stenosis.\n"
            "- Pre-op (copied from H&P 04/2019): R leg heavy, R quad 4/5, R EHL 4/5.\n"
            "- Post-op: full recovery.")
    assert assertions_of(_note(body), "motor_weakness") == {"historical"}


def test_an_undated_line_under_an_undated_carried_title_keeps_its_reading(assertions_of):
    body = "SURGICAL HISTORY (template, carried forward)\n- Exam: R quad 4/5."
    assert "present" in assertions_of(_note(body), "motor_weakness")


@pytest.mark.parametrize("body, code", [
    ("- 04/12/2020: L4-5 laminectomy (Dr. Ames) for lumbar spinal stenosis and R L5 "
     "radiculopathy.", "radiculopathy"),
    ("Dr. Ames did an L4-5 transforaminal lumbar interbody fusion on her on 04/12/2020 for a "
     "degenerative grade 1 spondylolisthesis with stenosis and a right L5 radiculopathy.",
     "spinal_stenosis"),
    ("Dr. Ames did an L4-5 transforaminal lumbar interbody fusion on her on 04/12/2020 for a "
     "degenerative grade 1 spondylolisthesis with stenosis and a right L5 radiculopathy.",
     "spondylolisthesis"),
])
def test_every_reason_of_a_past_operation_is_history(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"historical"}


def test_a_problem_after_the_operation_is_not_its_reason(assertions_of):
    body = "L4-5 laminectomy in 2019 for stenosis. MRI 11/2026: new L2-3 spinal stenosis."
    assert "present" in assertions_of(_note(body), "spinal_stenosis")


@pytest.mark.parametrize("body", [
    "He has failed more than 6 weeks of therapy and medications.",
    "New L C7 radiculopathy, having failed over 8 weeks of therapy, a Medrol taper and an NSAID.",
])
def test_failed_weeks_of_a_course_of_therapies(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


def test_failed_weeks_of_one_therapy_is_no_failed_course(assertions_of):
    assert assertions_of(_note("She has failed over 8 weeks of physical therapy."),
                         "conservative_care_failed") == set()


def test_visits_counted_to_date_show_the_ordered_therapy_begun(assertions_of):
    body = "Chiropractic ordered 10/20, first visit 10/27, 5 visits so far, helping."
    assert assertions_of(_note(body), "chiropractic_care") == {"present"}


def test_visits_planned_count_none(assertions_of):
    body = "PT ordered today, 2x/wk, 8 visits planned."
    assert assertions_of(_note(body), "physical_therapy") == {"hypothetical"}


def test_a_field_answered_ordered_orders_the_therapy(assertions_of):
    assert assertions_of(_note("Chiropractic: referred 11/20, first visit next week."),
                         "chiropractic_care") == {"hypothetical"}


def test_a_field_answered_done_keeps_it_done(assertions_of):
    assert assertions_of(_note("PT: completed 8 visits 09/2026, no relief."),
                         "physical_therapy") == {"present"}


@pytest.mark.parametrize("body", [
    "X-ray L-spine 10/02/26: mild L5-S1 disc narrowing; no listhesis on flex/ext; no fracture.",
    "C-spine films with flex-ext: plate intact, no motion at C5-6 or C6-7 on flex/ext.",
])
def test_flex_ext_films_denying_motion_deny_instability(assertions_of, body):
    assert assertions_of(_note(body), "flexion_extension_instability") == {"absent"}


def test_a_listhesis_denied_without_dynamic_films_says_nothing_of_instability(assertions_of):
    assert assertions_of(_note("X-ray L-spine 10/02/26: no listhesis, no fracture."),
                         "flexion_extension_instability") == set()


def test_a_contraindication_question_answered_none_known(assertions_of):
    assert assertions_of(_note("MRI contraindication? None reported - no implants."),
                         "mri_contraindication") == {"absent"}


def test_a_contraindication_question_answered_yes(assertions_of):
    assert "present" in assertions_of(_note("MRI contraindication? Yes - pacemaker (2019)."),
                                      "mri_contraindication")


def test_the_coded_name_of_a_herniated_disc(assertions_of):
    # e104: a fax cover's ICD wording of the diagnosis
    body = "Dx: M51.16 intervertebral disc displacement with radiculopathy, lumbar."
    assert assertions_of(_note(body), "disc_herniation") == {"present"}


def test_a_denied_disc_displacement_stays_denied(assertions_of):
    assert assertions_of(_note("CT L-spine: no disc displacement, no fracture."),
                         "disc_herniation") == {"absent"}
