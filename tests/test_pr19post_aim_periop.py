"""AIM "Perioperative and periprocedural imaging ... related to prior surgery": the operation
is of the region asked for (rules/SCHEMA.md `same_region`). Six weeks after a lumbar TLIF a
lumbar CT after nondiagnostic films is met; six weeks after a cervical ACDF the same lumbar
request is no perioperative question (a reviewer may still judge a hardware problem)."""

import pytest

LINE = "aim-spine.perioperative.nondiagnostic-radiographs"


@pytest.mark.parametrize("operation, want", [
    ("L4-5 TLIF", "met"),
    ("L5-S1 laminectomy", "met"),
    ("C5-6 ACDF", "unknown"),
    ("anterior cervical fusion at C6-7", "unknown"),
])
def test_perioperative_line_needs_an_operation_of_the_requested_region(
        review_note, operation, want):
    note = (f"Spine clinic 11/20/2026. 60 yo F, 6 weeks after {operation} (10/09/2026). New "
            "low back pain for a week. Lumbar x-rays 11/20/2026: nondiagnostic, limited by "
            "body habitus. Plan: CT lumbar spine.")
    aim = next(d for d in review_note(note, age=60, cpt="72131").determinations
               if d.guideline == "aim-spine")
    assert next(c for c in aim.criteria if c.id == LINE).result == want
