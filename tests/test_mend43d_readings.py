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
"""

import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 11, 27)
RECEIVED = dt.date(2026, 12, 1)


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


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
