"""An unlabelled header date dates a document nothing else dates (a faxed PDF, a bare .txt):
the in-person exam and every "within N days" window then count from the visit, not from the
day the request arrived."""
import datetime as dt

import pytest

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document
from spinecite.pipeline.timex import find_header_date

RECEIVED = dt.date(2026, 12, 1)


def document(text, date=None):
    return Document(id="fax", text=text, source=None, date=date, sha256="0")


@pytest.mark.parametrize("text, when", [
    ("Ortho spine 11/23/2026. 61 yo RHD male with neck pain", dt.date(2026, 11, 23)),
    ("SPINE CENTER - NURSE PRACTITIONER VISIT   11/24/2026   T. Mbeki, NP\nHPI: ...", dt.date(2026, 11, 24)),
    ("11/24/2026  Riverside Family Medicine\nCC: back pain", dt.date(2026, 11, 24)),
    ("Neurosurgery Consultation\nNovember 9, 2026\nReason: leg weakness", dt.date(2026, 11, 9)),
    ("PHYSICAL THERAPY DISCHARGE SUMMARY 10/01/2026 - 11/12/2026", dt.date(2026, 11, 12)),
    ("MRN 448812   05/06/1961\nOffice note 11/20/2026", dt.date(2026, 11, 20)),
    ("Jane Roe   DOB 01/02/1990   11/02/2026\nHPI", dt.date(2026, 11, 2)),
    ("Oncology follow-up 11/25/2026\n68F with breast cancer", dt.date(2026, 11, 25)),
    ("Spine f/u visit 11/18/2026 - Dr. Osei", dt.date(2026, 11, 18)),
])
def test_header_line_dates_the_note(text, when):
    assert find_header_date(text, RECEIVED) == when


@pytest.mark.parametrize("text", [
    "HPI: seen 3/1/2026 for back pain",                    # prose, not a header
    "LBP since 10/01/2026, worse with sitting",
    "MRI L-spine 10/02/2026 showed L4-5 HNP",             # another event's date
    "Date of injury 10/1/2026",
    "Jane Roe 01/02/1960\nCC: back pain",                 # a birth date: decades before the request
    "Office note 03/02/2031",                              # after the request arrived: a typo
    "CC: back pain\nHPI: 3 weeks\nROS: neg\nExam: ok\nSeen 11/20/2026",   # past the header
    "Follow-up 12/15/2026",
    "Oncology follow-up 12/04/2026\nHPI: back pain",      # the next visit, after the request
    "s/p L L5-S1 TFESI 6/15/2025 with partial relief.",      # a procedure's date
    "11/02/2026 showed a new T12 compression fracture",
])
def test_no_header_date(text):
    assert find_header_date(text, RECEIVED) is None


NOTE = ("Neurosurgery clinic 11/20/2026\n"
        "58 yo woman with low back pain and L leg pain. Exam: L EHL 4/5.\n")


def test_an_undated_document_takes_its_header_date():
    result = extract([document(NOTE)], RECEIVED)
    assert result.documents[0].date == dt.date(2026, 11, 20)
    exam = next(f for f in result.findings if f.code == "in_person_exam")
    assert exam.value.date == dt.date(2026, 11, 20)


def test_the_case_file_date_wins_over_the_header_line():
    result = extract([document(NOTE, dt.date(2026, 11, 25))], RECEIVED)
    assert result.documents[0].date == dt.date(2026, 11, 25)


def test_a_labelled_date_wins_over_an_unlabelled_one():
    text = "Spine clinic 11/20/2026\nDate of service: 11/18/2026\nExam: L EHL 4/5.\n"
    result = extract([document(text)], RECEIVED)
    assert result.documents[0].date == dt.date(2026, 11, 18)
