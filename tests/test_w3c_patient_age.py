"""The patient's age read from the notes when the case gives none: AIM's adult lines ("'adult'
refers to persons age 19 and older") and its age thresholds need it. An age stated in any
voice, or a date of birth taken as of the note's date; the latest note wins; a relative's age
is not the patient's; an age the case gives is never overridden; with no age anywhere, the
reviewer is told the age is not stated."""
import datetime as dt
import json

import pytest

from spinecite.pipeline.demographics import find_age, find_birth_date, stated_age
from spinecite.pipeline.intake import Case, Document
from spinecite.review import _age, review_case_file

ON = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, age", [
    ("HPI: Mr. Ortiz is a 71 y.o. retired welder with neck pain after a fall.", 71),
    ("Chief complaint: 38 yo female, LBP radiating to the L leg x 3 wks.", 38),
    ("Age: 29   Sex: M", 29),
    ("This pleasant 83-year-old gentleman presents for follow-up.", 83),
    ("She is 44 years old and works as a nurse.", 44),
])
def test_an_age_stated_in_any_voice(text, age):
    assert stated_age(text, ON) == age


@pytest.mark.parametrize("text", [
    "Lives at home with her 15-year-old son, who helps with chores.",
    "Mother died at age 72 of a stroke; father alive.",
    "Pt is the caregiver for his 90 yo father with dementia.",
    "FHx: brother, age 51, with lumbar stenosis.",
    "Her 12 year old was in the car as well.",
])
def test_a_relatives_age_is_not_the_patients(text):
    assert find_age(text) is None


def test_the_patients_age_is_found_after_a_relatives():
    assert find_age("Accompanied by her 19-year-old daughter. 52 yo F with back pain.") == 52


@pytest.mark.parametrize("text, on, age", [
    ("DOB: 07/02/1961", dt.date(2026, 11, 20), 65),
    ("DOB: 07/02/1961", dt.date(2026, 6, 30), 64),   # the birthday is yet to come that year
    ("D.O.B. 7/2/61  MRN 448812", dt.date(2026, 11, 20), 65),
    ("Date of birth: 12-01-2014", dt.date(2026, 11, 20), 11),
])
def test_a_date_of_birth_as_of_the_notes_date(text, on, age):
    assert stated_age(text, on) == age


@pytest.mark.parametrize("text", [
    "Date of injury: 07/02/2026. Fell from a ladder.",
    "DOS 11/20/2026  Provider: J. Lee",
    "DOB: 13/45/1970",                       # no such date
])
def test_other_dates_are_no_birth_date(text):
    assert find_birth_date(text, ON) is None and stated_age(text, ON) is None


def _documents(*notes):
    docs = [Document(id=i, text=t, source=None, date=None, sha256="0") for i, t, _ in notes]
    # the (document id, date) pairs review reads from the extracted documents
    dates = tuple((i, d) for i, _, d in notes if d is not None)
    return docs, dates


def _case(age=None):
    return Case.model_validate({"case_id": "a", "received_date": "2026-11-20",
                                "patient": {"age": age} if age is not None else None,
                                "request": {"cpt": ["72141"]},
                                "documents": [{"id": "x", "text": "x"}]})


def test_the_latest_notes_age_wins_whatever_the_packet_order():
    newer = ("b", "Follow-up: 60 yo man, neck pain unchanged.", dt.date(2026, 11, 2))
    older = ("a", "New patient: 54 yo man with neck pain.", dt.date(2020, 5, 1))
    for notes in ((older, newer), (newer, older)):
        assert _age(_case(), *_documents(*notes)) == 60


def test_a_dated_note_wins_over_an_undated_one_and_a_note_without_an_age_is_passed_over():
    notes = (("u", "Intake form. Age: 41", None),
             ("d", "DOB 03/09/1980. Seen today for LBP.", dt.date(2026, 11, 2)),
             ("e", "Telephone note: pain the same.", dt.date(2026, 11, 10)))
    assert _age(_case(), *_documents(*notes)) == 46


def test_the_cases_age_is_never_overridden():
    notes = (("n", "68 yo woman with neck pain.", dt.date(2026, 11, 2)),)
    assert _age(_case(age=70), *_documents(*notes)) == 70


def test_no_age_anywhere_stays_unknown():
    notes = (("n", "Neck pain after a fall. Lives with her 16-year-old son.", dt.date(2026, 11, 2)),)
    assert _age(_case(), *_documents(*notes)) is None


FALL = ("ED NOTE\n{age}Slipped on wet tiles and fell down a flight of stairs an hour ago, "
        "striking the back of the head. Neck pain with posterior midline tenderness. Moves all "
        "extremities.\n"
        "Plan: CT cervical spine.\n")


@pytest.fixture
def aim(tmp_path, nlp):
    def run(note):
        case = {"case_id": "f", "received_date": "2026-11-20", "request": {"cpt": ["72125"]},
                "documents": [{"id": "n", "text": note, "date": "2026-11-20"}]}
        path = tmp_path / "case.json"
        path.write_text(json.dumps(case))
        result = review_case_file(path, nlp=nlp)
        return next(d for d in result.determinations if d.guideline == "aim-spine")
    return run


def test_a_date_of_birth_in_the_note_decides_aims_older_adult_line(aim):
    assert aim(FALL.format(age="DOB: 04/30/1950   MRN 5520147\n\n")).outcome == "met"


def test_with_no_age_the_reviewer_is_told_it_is_not_stated(aim):
    determination = aim(FALL.format(age="Brought in by her 15-year-old grandson.\n"))
    assert determination.outcome != "met"
    assert any("age ≥ 19 (the age is not stated)" in m for m in determination.missing)
