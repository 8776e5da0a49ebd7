"""Readings behind determinations, urgency and red flags (session 43, mend43d; the blind batch
e641-e680). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. Sphincter complaints listed together share their course: "incontinent of urine and stool at
   baseline (long-standing)" calls the urine's incontinence chronic too; the stool's span
   between them is no other problem taking the cue for itself.
2. A sphincter complaint the latest note calls old (chronic, since a year back, long-standing)
   is old, though an earlier note only rated it ("Urinary continence: always incontinent") -
   unless a span calls it new.
3. A condition said to "run in families" is its heredity in general: no finding of the
   patient ("He asked whether CES runs in families").
4. A claudication the note equates with peripheral arterial disease ("Calf claudication =
   PAD") is no neurogenic claudication.
5. An outcome cue a condition opens ("MRI if not improving after PT") is no outcome of the
   course: merged with a course that resolved, it no longer fails it.
6. "(-) fever, weight loss other than program loss, bowel/bladder change": a program's loss is
   what unexplained weight loss leaves out (absent), and the denial goes on past the exception
   to a pair a slash joins, as it does to one "or" joins.
"""

import datetime as dt

import pytest

from note_text import section_note as _note

NOTE_DATE = dt.date(2026, 11, 27)
RECEIVED = dt.date(2026, 12, 1)


def _old_bladder(notes):
    """Whether the present bladder_dysfunction of a case of (id, date, text) notes is called
    old (rules/course.py read_courses)."""
    from spinecite.extractors import extract
    from spinecite.pipeline import get_nlp
    from spinecite.pipeline.intake import Document
    from spinecite.rules.course import read_courses

    docs = [Document(id=i, text=t, source=None, date=d, sha256="0") for i, d, t in notes]
    result = extract(docs, RECEIVED, nlp=get_nlp())
    present = [f for f in result.findings
               if f.code == "bladder_dysfunction" and f.assertion == "present"]
    assert present
    courses = read_courses(result.findings, {i: t for i, _, t in notes},
                           {i: d for i, d, _ in notes}, RECEIVED,
                           frozenset({"bladder_dysfunction", "bowel_dysfunction"}))
    return all(id(f) in courses.old for f in present)


# ---- 1. urine and stool at baseline ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Exam: incontinent of urine and stool at baseline (long-standing).",
    "Incontinent of urine and of stool, chronic.",
])
def test_sphincter_complaints_listed_together_share_their_course(body):
    assert _old_bladder([("note", NOTE_DATE, _note(body, "Exam"))])


def test_a_new_urinary_incontinence_beside_a_chronic_stool_one_stays_new():
    body = "New urinary incontinence since Tuesday. Stool incontinence at baseline."
    assert not _old_bladder([("note", NOTE_DATE, _note(body, "HPI"))])


# ---- 2. the latest note calls it old -----------------------------------------------------------

RATING = "QUARTERLY ASSESSMENT 11/02/2026\nUrinary continence: 3 - always incontinent\n"


@pytest.mark.parametrize("later", [
    "Urinary incontinence since 2021 (urology: OAB), unchanged.",
    "Incontinent of urine in brief, as baseline.",
    "Chronic urinary incontinence, wears briefs.",
])
def test_a_rating_the_latest_note_calls_chronic_is_old(later):
    assert _old_bladder([("mds", dt.date(2026, 11, 2), RATING),
                         ("note", NOTE_DATE, _note(later, "HPI"))])


@pytest.mark.parametrize("later", [
    "New urinary incontinence since the fall 3 days ago.",
    "Urinary incontinence, worse this week.",
])
def test_a_rating_the_latest_note_calls_new_stays_new(later):
    assert not _old_bladder([("mds", dt.date(2026, 11, 2), RATING),
                             ("note", NOTE_DATE, _note(later, "HPI"))])


def test_a_rating_alone_is_not_called_old():
    assert not _old_bladder([("mds", dt.date(2026, 11, 2), RATING)])


# ---- 3. runs in families ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    'He asked whether CES "runs in families"; explained it is not inherited.',
    "She asked if scoliosis runs in families.",
])
def test_a_conditions_heredity_in_general_is_no_finding_of_the_patient(assertions_of, body):
    code = "scoliosis" if "scoliosis" in body else "cauda_equina_syndrome"
    assert "present" not in assertions_of(_note(body, "Assessment"), code)


def test_a_patients_own_condition_stays_present(assertions_of):
    body = "Cauda equina syndrome, post-op day 2; urinary retention improving."
    assert "present" in assertions_of(_note(body, "Assessment"), "cauda_equina_syndrome")


# ---- 4. claudication = PAD -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "3. Calf claudication = PAD; not neurogenic.",
    "Exertional calf claudication - PAD, ABI 0.6.",
])
def test_a_claudication_equated_with_pad_is_not_neurogenic(assertions_of, body):
    assert "present" not in assertions_of(_note(body, "A/P"), "neurogenic_claudication")


def test_a_claudication_relieved_by_sitting_stays_neurogenic(assertions_of):
    body = "Buttock and thigh claudication after 1 block, relieved by sitting and bending forward."
    assert "present" in assertions_of(_note(body, "HPI"), "neurogenic_claudication")


# ---- 5. an outcome a condition opens -----------------------------------------------------------

def _pt_outcomes(findings_of, body):
    _, result = findings_of(_note(body, "HPI"), RECEIVED, date=NOTE_DATE)
    return {f.value.outcome for f in result.findings
            if f.code == "physical_therapy" and f.assertion == "present" and f.value}


@pytest.mark.parametrize("body", [
    "Sciatica 2018 resolved w/ PT x 8 wk. RTC 4 wk; MRI if not improving after PT.",
    "Sciatica 2018 resolved w/ PT x 8 wk. Plan ESI if no relief with PT.",
])
def test_an_outcome_a_condition_opens_does_not_fail_a_course(findings_of, body):
    assert "failed" not in _pt_outcomes(findings_of, body)


def test_an_outcome_said_of_the_course_still_fails_it(findings_of):
    assert _pt_outcomes(findings_of, "PT x 6 wk, not improving, still 7/10.") == {"failed"}


# ---- 6. a denied list past an exception --------------------------------------------------------

@pytest.mark.parametrize("code", ["unexplained_weight_loss", "bladder_dysfunction",
                                  "bowel_dysfunction"])
def test_a_denied_list_goes_on_past_a_program_loss(assertions_of, code):
    body = "(-) fever, chills, weight loss other than program loss, bowel/bladder change."
    assert assertions_of(_note(body, "ROS"), code) == {"absent"}


def test_a_weight_loss_other_than_a_named_cause_stays_in_question(assertions_of):
    body = "Denies weight loss other than 15 lb since the summer, unexplained."
    assert "absent" not in assertions_of(_note(body, "ROS"), "unexplained_weight_loss")


def test_an_exception_with_no_list_after_it_resumes_nothing(assertions_of):
    body = "No trauma other than a fall, low back pain 5/10 w/ radiation."
    assert assertions_of(_note(body, "HPI"), "low_back_pain") == {"present"}
