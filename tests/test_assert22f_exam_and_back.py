"""Strength in a shared normal, and low back pain told without its usual words (session 22,
assert22f).

1. "strength and reflexes normal", "Strength, sensation and reflexes intact": strength is one
   subject of a normal shared with other exam items; the reflexes were read, the strength was
   not (dev d652). Only "strength" is matched, so reflexes and sensation keep their own rules;
   an exception after the normal ("except L EHL 4/5") is no denial.
2. Low back pain named by a comparison ("leg worse than back": d597) or as where a leg pain
   starts ("radiating from low back down the thigh": d670). Only the back is matched: "Right
   leg pain worse than back pain" keeps its radicular pain. ("felt a pop in the low back" is
   left alone: dev gold reads it as low back pain in d590/d607 and not in d124/d173.)
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\n{body}\n"


@pytest.mark.parametrize("body", [
    "Exam: SLR negative, strength and reflexes normal.",
    "Neuro: Strength, sensation and reflexes intact bilaterally.",
    "Exam: motor strength and DTRs are symmetric.",
    "Exam: strength & tone within normal limits.",
])
def test_strength_in_a_shared_normal_is_denied_weakness(assertions_of, body):
    assert assertions_of(_note(body), "motor_weakness") == {"absent"}


def test_the_shared_normal_keeps_the_reflexes(assertions_of):
    assert assertions_of(_note("Neuro: strength and reflexes normal."),
                         "reflex_abnormality") == {"absent"}


@pytest.mark.parametrize("body", [
    "Exam: strength and reflexes normal except L EHL 4/5.",
    "Exam: strength and sensation intact, but R hip flexion 4/5.",
])
def test_a_shared_normal_with_an_exception_denies_nothing(assertions_of, body):
    assert "absent" not in assertions_of(_note(body), "motor_weakness")


def test_no_normal_no_denial(assertions_of):
    assert assertions_of(_note("Exam: will recheck strength and reflexes next visit."),
                         "motor_weakness") == set()


@pytest.mark.parametrize("body", [
    "HPI: Legs worse than the back since the weekend, 5/10.",
    "HPI: Pain 6/10 today, leg worse than back.",
    "HPI: R leg pain radiating from low back down the back of the thigh.",
])
def test_low_back_pain_told_another_way_is_present(assertions_of, body):
    assert assertions_of(_note(body), "low_back_pain") == {"present"}


@pytest.mark.parametrize("body", [
    "HPI: R leg pain radiating from low back down the back of the thigh.",
    "HPI: Left leg pain worse than back pain for a month.",
])
def test_the_leg_pain_stays_radicular_pain(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == {"present"}


@pytest.mark.parametrize("body", [
    "HPI: Twisted playing soccer and felt a pop in the knee.",
    "HPI: Neck pain 5/10, arm worse than neck.",
    "HPI: Still recovering from low back surgery to date, no pain.",
])
def test_look_alikes_are_no_low_back_pain(assertions_of, body):
    assert assertions_of(_note(body), "low_back_pain") == set()
