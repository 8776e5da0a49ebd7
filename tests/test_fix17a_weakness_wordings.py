"""Weakness graded in words other than x/5: a trace contraction (grade 1), a grade on the
MRC scale, a grade in parentheses after its muscle, and a normality denied ("not normal")."""

import pytest


def weakness(findings_of, text):
    _, result = findings_of(text)
    return [f for f in result.findings if f.code == "motor_weakness"]


@pytest.mark.parametrize("text, grade, side", [
    ("Only trace right EHL activation on exam.", 1, "right"),
    ("L tibialis anterior: trace contraction, no movement of the ankle.", 1, "left"),
    ("Trace of left quadriceps contraction when asked to extend the knee.", 1, "left"),
    ("Power MRC grade 3 in the right hip flexors.", 3, "right"),
    ("Left EHL MRC 2, otherwise full.", 2, "left"),
    ("Exam notable for weak L ankle dorsiflexion (3/5).", 3, "left"),
    ("Strength not normal in right EHL (4/5).", 4, "right"),
])
def test_a_weakness_graded_in_other_words(findings_of, text, grade, side):
    found = [f for f in weakness(findings_of, text) if f.assertion == "present"]
    assert found, [(f.code, f.assertion) for f in weakness(findings_of, text)]
    assert (found[0].value.grade, found[0].laterality) == (grade, side)


@pytest.mark.parametrize("text", [
    "Lower extremities: trace edema at the ankles.",
    "LE: trace pitting edema bilaterally.",
    "MRC grade 5 throughout both legs.",
    "Urine dip: trace protein.",
])
def test_trace_and_mrc_look_alikes_are_no_weakness(findings_of, text):
    assert [f for f in weakness(findings_of, text) if f.assertion == "present"] == []


def test_a_plain_denial_of_weakness_stays_a_denial(assertions_of):
    assert assertions_of("Strength not decreased; no weakness of the legs.", "motor_weakness") \
        == {"absent"}
