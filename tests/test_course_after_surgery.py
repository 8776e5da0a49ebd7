"""A course's duration after an operation is the course's, not the time since the operation:
"PT x 8 weeks post-op" was read as a recent spinal procedure ("8 weeks post-op") and the PT
lost its weeks, or took a neighbouring drug's "x 3 months" (found by probing)."""

import pytest


@pytest.mark.parametrize("text", [
    "Persistent leg pain, unchanged with gabapentin x 3 months, PT x 8 weeks post-op, and tramadol.",
    "Since surgery persistent R leg pain, unchanged with PT x 8 weeks post-op.",
    "Did PT for 8 weeks post-op without benefit.",
])
def test_a_course_after_surgery_keeps_its_weeks(findings_of, text):
    table, result = findings_of(f"s/p L5-S1 ALIF 05/2026. {text}")
    assert "recent_spinal_procedure" not in table
    pt = next(f for f in result.findings if f.code == "physical_therapy")
    assert pt.value.weeks == 8


@pytest.mark.parametrize("text", ["She is 6 weeks post-op from L4-5 TLIF.", "Now 8 wks s/p ACDF C5-6."])
def test_time_since_an_operation_is_still_a_recent_procedure(findings_of, text):
    table, _ = findings_of(text)
    assert table["recent_spinal_procedure"] == {"present"}
