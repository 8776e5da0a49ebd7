"""A note that says the contact was by telephone is a contact without a face-to-face exam
(in_person_exam absent, ANNOTATION `in_person_exam`); a call that only schedules or only
relays results is no finding. Wording is fresh, not copied from the corpus."""
import pytest


@pytest.mark.parametrize("text", [
    # the header forms a phone contact opens with
    "PINE RIDGE SPINE - TELEPHONE NOTE 10/02/2026 (RN)\nPt called: low back pain shooting down the left leg since Monday, 7/10.",
    "TELEPHONE TRIAGE - PHYSICIAN ASSISTANT   10/02/2026 09:10\nCaller: patient. Low back pain with pain down the right leg for 5 days.",
    "ORTHO CLINIC - RN TRIAGE CALL 10/02/2026\nCaller: daughter. Mother has new numbness in both feet and neck pain.",
    "BAYSIDE PAIN - NURSE NAVIGATOR TELEPHONE NOTE 10/02/2026\nSpoke with pt about his neck pain, no new arm weakness.",
    "Phone note 10/02/2026: wife reports his back pain now wakes him at night.",
    # already read before this change, kept
    "Telephone visit: 52 yo M with 3 weeks of low back pain down the leg to the ankle.",
    "NURSE TRIAGE - TELEPHONE ENCOUNTER\nCaller: patient. Back pain into both legs since last night.",
])
def test_a_phone_contact_is_in_person_exam_absent(findings_of, text):
    table, _ = findings_of(text)
    assert table.get("in_person_exam") == {"absent"}


@pytest.mark.parametrize("text", [
    "Phone call to schedule MRI of the lumbar spine next week.",
    "Spoke with patient by phone re: results of the x-ray.",
    "Reason for visit: follow-up. She called the triage line this morning about her back pain.",
    "Oncology notified (see phone note). Plan MRI thoracic spine.",
    "He cannot look down at his phone without neck pain; telephone triage was not needed.",
    "Husband on speakerphone; note reviewed.",
])
def test_a_call_that_is_no_phone_contact_gives_no_exam_finding(findings_of, text):
    table, _ = findings_of(text)
    assert "in_person_exam" not in table


def test_an_office_visit_after_a_phone_note_keeps_its_exam(findings_of):
    text = ("Seen today after yesterday's phone triage for low back pain.\n"
            "Exam:\nStrength 5/5 in both legs. SLR negative.")
    table, _ = findings_of(text)
    assert table.get("in_person_exam") == {"present"}
