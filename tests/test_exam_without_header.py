"""A note that examines documents a face-to-face exam even without an 'Exam:' header: tested
sensation and an observed normal gait count, as a graded muscle or a reflex already did;
a history's denial of sensory loss does not."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document

RECEIVED = dt.date(2026, 12, 1)


def exams(text):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 27), sha256="0")
    return [f for f in extract([doc], RECEIVED).findings if f.code == "in_person_exam"]


def test_tested_sensation_and_gait_document_an_exam():
    found = exams("Heme-onc follow-up. New mid back pain for 3 weeks, worse at night. "
                  "Light touch intact in both legs. Gait steady.\n")
    assert [f.assertion for f in found] == ["present"]
    assert found[0].value.date == dt.date(2026, 11, 27)


def test_decreased_pinprick_documents_an_exam():
    assert [f.assertion for f in exams("Leg pain for 2 months. Diminished pinprick over the "
                                       "dorsum of the left foot.\n")] == ["present"]


def test_a_denied_sensory_loss_is_history_not_an_exam():
    assert exams("Back pain is worse this week. She denies any loss of sensation and "
                 "says she is walking fine.\n") == []
