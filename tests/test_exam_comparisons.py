"""An exam grade compared with the other side is a finding, not a differential: "vs" opens
an uncertainty only between diagnoses ("HNP vs stenosis"), never between two grades or sides."""

import pytest


@pytest.mark.parametrize("text, code, expected", [
    ("Exam: EHL 4/5 on L vs 5/5 on R.", "motor_weakness", {"present"}),
    ("Exam: Achilles reflex 1+ L vs 2+ R.", "reflex_abnormality", {"present"}),
    ("Exam: Hip flexion 4+/5 R versus 5/5 L.", "motor_weakness", {"present"}),
    ("Exam: Patellar reflex 1+ on the left vs. 2+ on the right.", "reflex_abnormality",
     {"present"}),
    ("Exam: Biceps reflex 1+ on R vs L.", "reflex_abnormality", {"present"}),
    # between diagnoses "vs" still doubts both
    ("Impression: disc herniation vs stenosis.", "spinal_stenosis", {"possible"}),
    ("Impression: disc herniation vs stenosis.", "disc_herniation", {"possible"}),
])
def test_a_compared_grade_is_stated(findings_of, text, code, expected):
    table, _ = findings_of(text)
    assert table.get(code) == expected, table
