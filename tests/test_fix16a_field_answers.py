"""A field's answer written after it ("Foot drop: not present") and a label that names a
screen or work-up ("Cauda equina screen:"): negation by layout, read as a UR nurse reads a
templated exam or red-flag screen."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Foot drop: not present.", "foot_drop"),
    ("Urinary retention: not observed", "bladder_dysfunction"),
    ("Saddle anesthesia - not reported.", "saddle_anesthesia"),
    ("Foot drop: was not appreciated on today's exam.", "foot_drop"),
    ("Cauda equina syndrome: ruled out", "cauda_equina_syndrome"),
    ("Saddle numbness: not endorsed. Bowel incontinence: not found.", "saddle_anesthesia"),
    ("Saddle numbness: not endorsed. Bowel incontinence: not found.", "bowel_dysfunction"),
    ("Exam:\nSaddle anesthesia: not elicited\nBowel incontinence: not identified", "bowel_dysfunction"),
])
def test_field_answered_with_a_denial_is_absent(assertions_of, text, code):
    assert assertions_of(text, code) == {"absent"}


@pytest.mark.parametrize("text", [
    "Urinary retention not reported.",
    "Loss of bladder control not endorsed by the patient or his wife.",
    "Urinary retention was not observed during the visit.",
])
def test_trailing_denial_without_a_colon_is_absent(assertions_of, text):
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


@pytest.mark.parametrize("text, code", [
    # the answer is "present"; the denial is of the earlier visit, after a comma
    ("Foot drop: present on the left, not noted at the prior visit two months ago.",
     "foot_drop"),
    ("Urinary retention: noted by the ED, PVR 550 mL.", "bladder_dysfunction"),
    ("Weakness of L EHL 4/5, not reported by the patient.", "motor_weakness"),
])
def test_field_answered_present_stays_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Cauda equina screen: no saddle anesthesia, no retention, normal rectal tone.",
     "cauda_equina_syndrome"),
    ("Myelopathy exam:\nHoffmann negative bilaterally, tandem gait normal.", "myelopathy_signs"),
    ("Radiculopathy work-up: EMG normal.", "radiculopathy"),
    ("Radiculopathy workup: nerve conduction pending.", "radiculopathy"),
    ("Infection risk factors: none.", "spinal_infection"),
])
def test_label_naming_a_screen_is_no_diagnosis(assertions_of, text, code):
    assert "present" not in assertions_of(text, code)
    assert assertions_of(text, code) == set()


def test_answers_under_a_screen_label_are_still_read(assertions_of):
    text = "Cauda equina screen: saddle numbness present, PVR 400 mL."
    assert assertions_of(text, "saddle_anesthesia") == {"present"}


@pytest.mark.parametrize("text, code, expected", [
    ("L5 radiculopathy on exam: EHL 4/5, decreased sensation dorsum of foot.",
     "radiculopathy", {"present"}),
    ("Cervical myelopathy, exam: Hoffmann positive, wide-based gait.",
     "myelopathy_signs", {"present"}),
    ("Assessment: right S1 radiculopathy.", "radiculopathy", {"present"}),
    ("Concern for cauda equina syndrome. Exam: saddle numbness present.",
     "cauda_equina_syndrome", {"possible"}),
])
def test_a_diagnosis_before_an_exam_is_still_read(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
