"""A side-headed strength row read cell by cell: "Strength R / L: deltoid 5/5, triceps 4/5 | 5/5,
wrist flexors 4+/5 | 5/5" grades the right arm only. The header's "L" is no side of the later
grades (blind batch d622: an acute right C7 radiculopathy read as bilateral weakness met
eviCore's "Unexplained bilateral motor weakness", a false met)."""

import pytest


def _weakness(findings_of, text):
    _, result = findings_of(text)
    return [f for f in result.findings
            if f.code == "motor_weakness" and f.assertion == "present"]


@pytest.mark.parametrize("row, side", [
    ("Strength R / L: deltoid 5/5, triceps 4/5 | 5/5, wrist flexors 4+/5 | 5/5, grip 5/5.",
     "right"),
    ("Motor (L/R): hip flexion 5/5 | 5/5, quadriceps 5/5 | 5/5, EHL 4/5 | 4-/5.", "bilateral"),
    ("Strength Rt/Lt: biceps 5/5, wrist ext 4/5 | 5/5, finger abduction 4-/5 | 5/5.", "right"),
    ("Strength L / R: hip abduction 5/5, ankle DF 4/5 | 5/5, EHL 4/5 | 5/5.", "left"),
])
def test_each_later_cell_takes_its_columns_side(findings_of, row, side):
    found = _weakness(findings_of, f"Exam:\n  {row}\n")
    assert found and {f.laterality for f in found} == {side}


@pytest.mark.parametrize("row, side", [
    # a grade whose row names its own side, or a row with no side header, keeps its reading
    ("Strength: EHL 4/5 on the right, otherwise 5/5.", "right"),
    ("Motor: left ankle dorsiflexion 4/5, left EHL 4/5.", "left"),
    ("Strength 4/5 in both hip flexors and both quadriceps.", "bilateral"),
])
def test_rows_without_a_side_header_keep_their_side(findings_of, row, side):
    found = _weakness(findings_of, f"Exam:\n  {row}\n")
    assert found and {f.laterality for f in found} == {side}
