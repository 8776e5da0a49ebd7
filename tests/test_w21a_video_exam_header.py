"""The exam header of a video visit is no face-to-face exam (blind batch d664 "Video exam: ambulates
in hallway ..."; d669 "O: Video only. Appears comfortable ..."; dev d243 "O: (video)"): the header
that names the video, virtual or telehealth exam reads in_person_exam absent, where a bare "O:" or
"Exam:" of an office note still reads present."""

import pytest


@pytest.mark.parametrize("text", [
    "Video visit.\nS: neck pain 3 wk.\nVideo exam: sits comfortably, full neck rotation on camera.",
    "Telemedicine follow-up.\nS: LBP.\nVirtual examination: rises from a chair without using her arms.",
    "Telehealth (audio-video).\nS: LBP.\nO: video only - walks across the kitchen without a limp.",
    "Virtual visit.\nS: sciatica.\nObjective: (via video) toe walking and heel walking shown on screen.",
])
def test_a_video_exam_header_is_no_in_person_exam(assertions_of, text):
    assert assertions_of(text, "in_person_exam") == {"absent"}


@pytest.mark.parametrize("text", [
    "Clinic visit.\nS: LBP.\nO: Gait normal. Strength 5/5 in both legs. SLR negative.",
    "Office visit.\nS: neck pain.\nObjective: Appears comfortable. Reflexes 2+ and symmetric.",
    "Office visit.\nS: LBP.\nExam: video review of her gait from home shows a limp; in clinic gait antalgic.",
])
def test_an_office_exam_header_stays_in_person(assertions_of, text):
    assert "present" in assertions_of(text, "in_person_exam")
