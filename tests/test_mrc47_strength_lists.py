"""Strength grades written without "/5" (mrc47): a list or table headed MRC / Strength / Motor /
Power / MMT whose grades are bare ("deltoid 4-, SSp 4, biceps 4+", "R  4  4+  4  5") is motor
weakness with its weakest grade, and a strength grade in it is never a reflex grade (no
upper motor neuron sign from "biceps 4+"); reflex lists ("Biceps 2+ bilat", "DTR: patellar
1+ L", "Reflexes: biceps 2, triceps 2") stay reflexes, and a list of full grades stays no
weakness. Invented sentences, not dev notes."""

import pytest


def _codes(findings_of, text):
    _, result = findings_of(text)
    return result.findings


def _present(findings, code):
    return [f for f in findings if f.code == code and f.assertion == "present"]


@pytest.mark.parametrize("text, grade, side", [
    # a list after a side-labelled MRC header
    ("Exam:\nMRC R: deltoid 4-, SSp 4, ISp 4, biceps 4+; triceps, grip 5. L: 5 throughout.\n", 4, "right"),
    # a strength line with the side on its first item
    ("Exam:\nStrength: R hip flexion 4, knee ext 5, DF 4+, EHL 4-\n", 4, "right"),
    # a row of bare grades after the strength label
    ("Exam:\nMotor: 5 5 5 4 5 (L2-S1) on the left\n", 4, None),
    # a power list with a lower grade further on
    ("Exam:\nPower: wrist ext 5, grip 4, APB 3, FDI 4-\n", 3, None),
    # an MRC table's side rows under a header of muscles: a row with a full 5 is strength
    ("Exam:\nMotor MRC:   HF   KE   ADF   PF\n R           4    4+   4     5\n L           5    5    5     5\n", 4, "right"),
    ("Exam:\nMRC      HF   KE   ADF   PF\n L       5    5    3     5\n", 3, "left"),
    # a strength table's muscle rows under an MMT header that names no side columns
    ("Exam:\nMMT L (R 5/5 throughout)\n  Deltoid      5      5\n  Biceps      4+      4\n  Triceps     5      5\n", 4, None),
])
def test_a_bare_grade_strength_list_is_weakness(findings_of, text, grade, side):
    found = _present(_codes(findings_of, text), "motor_weakness")
    assert found, [(f.code, f.assertion) for f in _codes(findings_of, text)]
    assert found[0].value.grade == grade
    if side:
        assert found[0].laterality == side


@pytest.mark.parametrize("text", [
    "Exam:\nMRC R: deltoid 4-, SSp 4, biceps 4+; triceps 5.\n",
    "Exam:\nMMT L (R 5/5 throughout)\n  Deltoid      5      5\n  Biceps      4+      4\n  Triceps     4+     4\n",
    "Exam:\nStrength: biceps 4+, triceps 4\n",
])
def test_a_strength_grade_in_such_a_list_is_no_reflex(findings_of, text):
    found = _codes(findings_of, text)
    assert not _present(found, "upper_motor_neuron_signs"), text
    assert _present(found, "motor_weakness"), text


@pytest.mark.parametrize("text", [
    "Exam:\nBiceps 2+ bilat. Triceps 2+ bilat.\n",
    "Exam:\nDTR: patellar 1+ L, 2+ R; achilles 2+ bilat.\n",
    "Exam:\nReflexes: biceps 2, triceps 2, BR 2\n",
    "Exam:\nReflexes:    R    L\n Biceps     2+   2+\n Triceps    1+   2+\n",
])
def test_a_reflex_list_is_no_weakness(findings_of, text):
    assert not _present(_codes(findings_of, text), "motor_weakness"), text


@pytest.mark.parametrize("text", [
    "Exam:\nReflexes: knees 3+, ankles 2+.\n",
    "Exam:\nStrength 5/5 throughout. Biceps 3+ bilaterally.\n",
    "Exam:\nReflexes:    R    L\n Biceps     3+   3+\n Triceps    3+   3+\n",
])
def test_a_brisk_reflex_stays_an_upper_motor_neuron_sign(findings_of, text):
    found = _codes(findings_of, text)
    assert _present(found, "upper_motor_neuron_signs"), text
    assert not _present(found, "motor_weakness"), text


@pytest.mark.parametrize("text", [
    "Exam:\nMRC L: deltoid 5, biceps 5, triceps 5\n",
    "Exam:\nMotor: 5 5 5 5 5 (L2-S1) bilaterally\n",
    "Exam:\nMotor MRC:   HF   KE   ADF   PF\n R           5    5    5     5\n L           5    5    5     5\n",
])
def test_a_list_of_full_grades_is_no_weakness(findings_of, text):
    assert not _present(_codes(findings_of, text), "motor_weakness"), text


@pytest.mark.parametrize("text, muscle", [
    # a side row's weak cell: the muscle heads its column (an abbreviated header by its usual name)
    ("Exam:\nMotor MRC:   HF   KE   ADF   PF\n R           4    5    5     5\n L           5    5    5     5\n",
     "hip flexors"),
    ("Exam:\nMRC        Delt  Bic  Tri  FDI\n R          5    5    5    3\n", "FDI"),
    # a muscle row of a strength table, and an item of a strength list
    ("Exam:\nMMT L (R 5/5 throughout)\n  Deltoid      5      5\n  Biceps      4+      4\n", "biceps"),
    ("Exam:\nPower: wrist ext 5, grip 4, APB 3, FDI 4-\n", "APB"),
])
def test_the_weak_grades_muscle(findings_of, text, muscle):
    found = _present(_codes(findings_of, text), "motor_weakness")
    assert found and found[0].value.muscle == muscle, [f.value for f in found]


def test_of_equal_grades_the_one_naming_its_muscle_is_kept():
    from spinecite.extractors.findings import _merge_values
    merged = _merge_values("motor", [{"grade": 4, "grade_text": "4"},
                                     {"grade": 4, "grade_text": "4/5", "muscle": "EHL"},
                                     {"grade": 5, "grade_text": "5/5", "muscle": "TA"}])
    assert merged["muscle"] == "EHL"
