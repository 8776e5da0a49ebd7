"""A spinal level is a segment the spine has: numbers past a region's last segment are a date,
a room or a code, not a level ("D/C 11/11/2026" beside a diagnosis is no C11)."""

import pytest


def level_of(result, code):
    found = [f for f in result.findings if f.code == code and f.assertion == "present"]
    assert found, [(f.code, f.assertion) for f in result.findings]
    return found[0].level


@pytest.mark.parametrize("text, code, level", [
    ("Dx: lumbar stenosis w/ neurogenic claudication    D/C 11/11/2026", "spinal_stenosis", None),
    ("Dx: lumbar stenosis at L4-5, PT D/C 11/11/2026", "spinal_stenosis", "L4-5"),
    ("Imaging: compression fracture at T12-L1.", "spinal_fracture", "T12-L1"),
    ("Imaging: compression fracture of T 14.", "spinal_fracture", None),
])
def test_a_level_is_a_segment_the_spine_has(findings_of, text, code, level):
    _, result = findings_of(text)
    assert level_of(result, code) == level


def test_a_written_sensory_level_outweighs_one_read_off_the_dermatome_chart(findings_of):
    # the umbilicus is T10 on the chart; the note's own "sensory level T8" is the finding's level
    _, result = findings_of("Exam 12/01: decreased pinprick below the umbilicus bilat.\n"
                            "Exam 12/03: sensory level T8 to pinprick, clonus L ankle.")
    assert level_of(result, "dermatomal_sensory_loss") == "T8"
