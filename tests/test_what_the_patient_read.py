"""What a patient read or heard is no symptom of theirs: "He read online that groin numbness
can mean a spinal emergency" made saddle anaesthesia present, the case urgent and AIM and
eviCore's cauda equina lines met (corpora/dev d352, a blind case: false met)."""

import pytest


@pytest.mark.parametrize("sentence, code", [
    ("He read online that groin numbness can mean a spinal emergency.", "saddle_anesthesia"),
    ("His wife read about saddle numbness on the internet and is scared.", "saddle_anesthesia"),
    ("She saw on TV that back pain with fever can mean an infection.", "fever"),
    ("Googled his symptoms: foot drop can be permanent.", "foot_drop"),
])
def test_what_the_patient_read_is_hypothetical(findings_of, sentence, code):
    table, _ = findings_of(f"Clinic 11/20/2026\n40M LBP x 2 weeks.\n{sentence}\nExam: 5/5.\n")
    assert table[code] == {"hypothetical"}


def test_the_reading_ends_at_a_dash_before_what_the_clinician_asks(findings_of):
    table, _ = findings_of("Clinic 11/20/2026\nAsked whether the numbness in her groin she read "
                           "about online applies to her - she has no numbness there and no "
                           "bladder changes.\n")
    assert table["bladder_dysfunction"] == {"absent"}


def test_a_case_with_only_a_reading_is_routine(review_note):
    result = review_note("Clinic 11/20/2026\n40M LBP x 2 weeks after cycling. He read online "
                         "that groin numbness can mean a spinal emergency. Exam: strength 5/5, "
                         "sensation intact.\nPlan: NSAIDs, PT.\n", age=40)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)


@pytest.mark.parametrize("sentence, code", [
    ("She saw Dr. Lee about her foot drop last week.", "foot_drop"),
    ("Disc herniation seen on the MRI.", "disc_herniation"),
])
def test_seeing_a_doctor_or_a_study_is_no_reading(findings_of, sentence, code):
    table, _ = findings_of(f"Clinic 11/20/2026\n{sentence}\n")
    assert table[code] == {"present"}
