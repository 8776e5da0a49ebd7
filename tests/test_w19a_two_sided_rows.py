"""Exam rows that grade both sides in one row are read cell by cell: each cell is its side's
grade, so a weak or diminished cell is that side's finding and its normal partner is only the
other side's companion (corpora/ANNOTATION.md, "Exam companions"), never a denial."""

import pytest


def _found(findings_of, text, code, assertion="present"):
    _, result = findings_of(text)
    return [f for f in result.findings if f.code == code and f.assertion == assertion]


# -- reflexes: "triceps R 1+ / L 2+" ------------------------------------------------------------

@pytest.mark.parametrize("row, side", [
    ("Reflexes: triceps R 1+ / L 2+", "right"),
    ("DTRs: biceps L trace, R 2+.", "left"),
    ("Reflexes: knees R 2+ / L 2+, ankles R 0+ / L 2+.", "right"),
    ("MSRs: brachioradialis 2+ symmetric; triceps Rt 2+ / Lt 1+.", "left"),
    ("Reflexes - ankle L: 1+, R: 2+", "left"),
])
def test_a_diminished_cell_is_that_sides_reflex_abnormality(findings_of, row, side):
    text = f"Physical exam:\n  {row}\n"
    found = _found(findings_of, text, "reflex_abnormality")
    assert found and {f.laterality for f in found} == {side}
    # the normal cell beside it is the other side's companion, not a denial
    assert not _found(findings_of, text, "reflex_abnormality", "absent")


@pytest.mark.parametrize("row", [
    # both cells normal, or a strength grade of the same muscles: no reflex finding
    "Reflexes: triceps R 2+ / L 2+, biceps R 2+ / L 2+.",
    "Strength: triceps R 4/5, L 5/5; biceps L 1/5.",
    "Strength: biceps R 4+ and L 5.",
])
def test_rows_without_a_diminished_reflex_cell_stay_without_one(findings_of, row):
    text = f"Physical exam:\n  {row}\n"
    assert not _found(findings_of, text, "reflex_abnormality")


# -- strength: "Strength R | L: biceps 5/5 | 4/5" ----------------------------------------------

@pytest.mark.parametrize("row, side, muscle", [
    ("Strength R | L: biceps 5/5 | 4/5", "left", "biceps"),
    ("Strength Rt | Lt: deltoid 5/5 | 5/5, wrist extensors 4/5 | 5/5, grip 5/5 | 5/5",
     "right", "wrist extensors"),
    ("Motor (L | R): hip flexion 5/5 | 5/5, EHL 4+/5 | 4/5.", "bilateral", "EHL"),
    ("Power Left | Right: quadriceps 5/5 | 5-/5", "right", "quadriceps"),
])
def test_a_weak_cell_of_a_barred_row_is_its_columns_side(findings_of, row, side, muscle):
    found = _found(findings_of, f"Exam:\n  {row}\n", "motor_weakness")
    assert found and {f.laterality for f in found} == {side}
    assert found[0].value.muscle == muscle and found[0].value.grade < 5


def test_a_barred_row_of_full_grades_is_no_weakness(findings_of):
    text = "Exam:\n  Strength R | L: biceps 5/5 | 5/5, triceps 5/5 | 5/5.\n"
    assert not _found(findings_of, text, "motor_weakness")


# -- a grade whose own words name its side keeps that side -------------------------------------

@pytest.mark.parametrize("row, side, muscle", [
    ("Strength R/L: hip flexion 5/5, EHL 4/5 on the left", "left", "EHL"),
    ("Strength (R/L): quadriceps 5/5, ankle dorsiflexion 4/5 on the right, EHL 5/5.",
     "right", "ankle dorsiflexion"),
    ("Motor R / L: deltoid 5/5, grip 4-/5 (L), biceps 5/5.", "left", "grip"),
])
def test_a_grade_naming_its_own_side_keeps_it(findings_of, row, side, muscle):
    found = _found(findings_of, f"Exam:\n  {row}\n", "motor_weakness")
    assert found and {f.laterality for f in found} == {side}
    assert found[0].value.muscle == muscle and found[0].value.grade == 4


@pytest.mark.parametrize("row, side", [
    # compact right/left pairs under the same header keep their column reading
    ("Strength (R/L): HF 5/5, DF 5/3", "left"),
    ("Strength (R/L): HF 4/5, DF 5/5", "right"),
])
def test_compact_pairs_under_a_side_header_keep_their_columns(findings_of, row, side):
    found = _found(findings_of, f"Exam:\n  {row}\n", "motor_weakness")
    assert found and {f.laterality for f in found} == {side}


# -- crossed adductors ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Neuro: no crossed adductors.",
    "Reflexes symmetric 2+; no spread of reflexes.",
    "There is no clonus or crossed adductor response.",
    "Crossed adductors absent bilaterally.",
])
def test_denied_crossed_adductors_or_spread_are_no_upper_motor_neuron_sign(assertions_of, sentence):
    assert assertions_of(f"Physical exam:\n{sentence}\n", "upper_motor_neuron_signs") == {"absent"}


def test_crossed_adductors_found_are_an_upper_motor_neuron_sign(assertions_of):
    text = "Physical exam:\nBrisk patellar reflexes with crossed adductors on tapping the left knee.\n"
    assert "present" in assertions_of(text, "upper_motor_neuron_signs")
