"""A motor grid that gives each muscle a right and a left cell under a side header: the weaker
cell is that side's weakness (grade and side), not a grade of "5/3" or two 5/5s."""

import pytest


def weakness(findings_of, text):
    _, result = findings_of(text)
    return [f for f in result.findings if f.code == "motor_weakness"]


@pytest.mark.parametrize("text, grade, side", [
    # slashed right/left pairs after a side header
    ("Power (R/L): hip flex 5/5, quads 5/5, ankle dorsiflexion 5/2, toe ext 5/5\n", 2, "left"),
    ("Motor strength (Rt/Lt): iliopsoas 5/5; TA 4/5; EHL 3/5\n", 3, "right"),
    ("MMT (L/R): knee ext 5/5, great toe extension 5/4+\n", 4, "right"),
    ("Strength R/L: DF 4/2, PF 5/5\n", 2, "bilateral"),
    # a two-column table, graded x/5 or with bare digits
    ("Motor exam:   Right   Left\nHip flexion   5/5   5/5\nTib anterior   5/5   3/5\n", 3, "left"),
    ("Strength    Lt    Rt\n  Quadriceps    5    5\n  EHL    5    4\n", 4, "right"),
    ("Motor   R   L\n   Hip abd   2   5\n   Gastroc   5   5\n", 2, "right"),
])
def test_a_weak_cell_of_a_side_grid_is_that_sides_weakness(findings_of, text, grade, side):
    found = [f for f in weakness(findings_of, text) if f.assertion == "present"]
    assert found, [(f.code, f.assertion) for f in weakness(findings_of, text)]
    assert (found[0].value.grade, found[0].laterality) == (grade, side)


@pytest.mark.parametrize("text", [
    "Strength (R/L): hip flexion 5/5, DF 5/5, EHL 5/5\n",
    "Motor exam   Right   Left\nHip flexion   5/5   5/5\nEHL   5/5   5/5\n",
    "Strength 5/5 throughout the lower extremities.\n",
    "Ankle dorsiflexion 5/5 bilaterally.\n",
])
def test_a_grid_of_full_cells_is_no_weakness(findings_of, text):
    assert {f.assertion for f in weakness(findings_of, text)} == {"absent"}


def test_a_reflex_grid_under_a_side_header_is_no_weakness(findings_of):
    # reflexes are graded 0-4 in right/left pairs too; only a motor header makes a strength grid
    text = "Reflexes (R/L): patellar 2/2, achilles 2/1\n"
    assert weakness(findings_of, text) == []


def test_a_plain_grade_is_still_one_grade_not_a_pair(findings_of):
    found = weakness(findings_of, "Left ankle dorsiflexion 4/5.\n")
    assert [(f.assertion, f.value.grade, f.laterality) for f in found] == [("present", 4, "left")]
