"""A muscle's grade told as a change between two exams: the grade is today's one, and a grade
that has fallen is a progressing deficit; one that has risen (or stayed) is no progression."""

import pytest


def weakness_and_progression(findings_of, text):
    table, result = findings_of(text)
    weak = [f for f in result.findings if f.code == "motor_weakness" and f.assertion == "present"]
    assert weak, table
    return weak[0], table.get("symptom_progression", set())


@pytest.mark.parametrize("text, grade, muscle", [
    ("Right tibialis anterior now 2/5, was 4/5 at the visit in October.", 2, "tibialis anterior"),
    ("L EHL 4+/5 on 9/14, 3/5 today.", 3, "EHL"),
    ("Left quadriceps 4/5 a month ago, now 2/5.", 2, "quadriceps"),
    ("R ankle dorsiflexion 4/5 -> 1/5 over the past week.", 1, "ankle dorsiflexion"),
    ("Left hip flexor strength 3/5 today (previously 4/5 in clinic).", 3, "hip flexors"),
    ("Right EHL weakness has worsened from 4/5 to 2/5 since surgery.", 2, "EHL"),
])
def test_a_fallen_grade_is_todays_weakness_and_a_progression(findings_of, text, grade, muscle):
    weak, progression = weakness_and_progression(findings_of, text)
    assert (weak.value.grade, weak.value.muscle) == (grade, muscle)
    assert progression == {"present"}


@pytest.mark.parametrize("text, grade", [
    ("Left EHL has improved from 2/5 to 4/5 with therapy.", 4),
    ("Right TA 3/5 on 8/20, now 4/5.", 4),
    ("L EHL 4/5, R EHL 3/5.", 3),   # two muscles, not one muscle over time
])
def test_a_risen_grade_is_no_progression(findings_of, text, grade):
    weak, progression = weakness_and_progression(findings_of, text)
    assert weak.value.grade == grade
    assert progression == set()


def test_an_unchanged_grade_denies_the_progression(findings_of):
    # ANNOTATION "Session-22 readings": a deficit said to be unchanged is progression absent
    weak, progression = weakness_and_progression(findings_of, "Left DF 4/5, unchanged from last visit.")
    assert weak.value.grade == 4
    assert progression == {"absent"}


def test_a_fall_to_a_severe_grade_is_urgent(review_note):
    result = review_note(
        "Spine clinic 11/20/2026\n52M with left L5 radicular pain x 5 weeks.\n"
        "Exam: Left EHL 4/5 on 11/06, 2/5 today. Sensation decreased over the dorsal foot.\n"
        "A: Progressive L5 radiculopathy.\n", age=52)
    assert result.priority == "urgent"
