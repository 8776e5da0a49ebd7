"""Exam and sign readings from session 45's blind batch (e721-e760), lead45.

- A consent discussion's list of risks after "Discussed risks:" names what the surgery may
  cause, no finding of the patient's (the colon opens the list as "risks include" did).
- An exam item "not assessable by video" was not done: neither found nor denied ("not
  elicited" stays a denial; mend45d's rule, which names the remote medium).
- A radiologist's condition on the exam ("MRI if clinical findings suggest radiculopathy")
  and pointer ("Correlate for right L5 radiculopathy") name no diagnosis; a sign a study is
  conditional on ("MRI if myelopathic signs develop") is hypothetical, as weakness was.
- An edema's grade ("Edema trace ankles") is no reflex grade.
- "dermatomes otherwise intact", "intact in all dermatomes", "Strength grossly ok" are
  normal exams (absent); "walking like an old lady" and "mild Trendelenburg R" are
  abnormal gaits (present).
"""

import pytest

EXAM = "HPI: Low back pain with L leg pain for 8 weeks.\nExam: {}\n"


@pytest.mark.parametrize("text, code", [
    ("Discussed risks: infection, bleeding, dural tear, nerve root injury, foot drop, "
     "bowel/bladder dysfunction, hardware failure.", "foot_drop"),
    ("Discussed risks: infection, bleeding, dural tear, nerve root injury, foot drop, "
     "bowel/bladder dysfunction, hardware failure.", "bowel_dysfunction"),
    ("Risks: bleeding, infection, paralysis, numbness, foot drop.", "foot_drop"),
    ("Grip, reflexes, sensation and Hoffmann not assessable by video.", "upper_motor_neuron_signs"),
    ("Recommend MRI of the cervical spine if clinical findings suggest radiculopathy.",
     "radiculopathy"),
    ("Clinical correlation for L5 radiculopathy.", "radiculopathy"),
    ("Correlate for right L5 radiculopathy.", "radiculopathy"),
    ("Edema trace ankles. Lungs clear.", "reflex_abnormality"),
])
def test_words_that_name_no_finding_of_the_patient(findings_of, text, code):
    table, _ = findings_of(EXAM.format(text))
    assert code not in table


def test_a_sign_a_study_waits_on_is_hypothetical(findings_of):
    table, _ = findings_of(EXAM.format("Consider CT, or MRI if radicular or myelopathic signs develop."))
    assert table.get("myelopathy_signs") == {"hypothetical"}


@pytest.mark.parametrize("text, code, assertion", [
    ("Babinski not elicited.", "upper_motor_neuron_signs", "absent"),
    ("Tinel + at the wrist; L2-S1 dermatomes otherwise intact.", "dermatomal_sensory_loss", "absent"),
    ("Sensory: LT and PP intact in all dermatomes.", "dermatomal_sensory_loss", "absent"),
    ("SLR + on L. Strength grossly ok.", "motor_weakness", "absent"),
    ('Husband says she has been "walking like an old lady" since Friday.', "gait_abnormality", "present"),
    ("Gait: mild Trendelenburg R, slow on stairs.", "gait_abnormality", "present"),
    ("Ankles trace bilaterally.", "reflex_abnormality", "present"),
])
def test_exam_words_read_with_their_assertion(findings_of, text, code, assertion):
    table, _ = findings_of(EXAM.format(text))
    assert table.get(code) == {assertion}
