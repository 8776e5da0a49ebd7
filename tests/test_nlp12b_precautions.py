"""Return precautions name their findings the way a patient would ("go to the ED if he loses
bladder control or falls again", "call sooner if any bladder trouble", "return for bladder/bowel
loss"): each is a hypothetical finding. They gave none (dev d291, d293, d369 and 9 more)."""

import pytest


@pytest.mark.parametrize("precaution, code", [
    ("go to the ED if he loses bladder control", "bladder_dysfunction"),
    ("call sooner if any numbness or bladder trouble", "bladder_dysfunction"),
    ("call if trouble with her bladder control", "bladder_dysfunction"),
    ("return if she loses bowel control", "bowel_dysfunction"),
    ("return to ED for leg weakness or bladder/bowel loss", "bowel_dysfunction"),
    ("return to ED for leg weakness or bladder/bowel loss", "bladder_dysfunction"),
    ("go to the ED if he has new weakness or falls again", "trauma"),
    ("call if she falls", "trauma"),
])
def test_a_return_precaution_is_hypothetical(findings_of, precaution, code):
    table, _ = findings_of(f"HPI: Low back pain x 3 weeks.\nPlan: PT 2x/wk; {precaution}.\n")
    assert "hypothetical" in table.get(code, set())


@pytest.mark.parametrize("line, code", [
    ("No bowel or bladder trouble.", "bladder_dysfunction"),
    ("Denies B/B loss.", "bowel_dysfunction"),
])
def test_a_denied_trouble_stays_absent(findings_of, line, code):
    table, _ = findings_of(f"HPI: Low back pain x 3 weeks. {line}\n")
    assert table.get(code) == {"absent"}


def test_falling_asleep_is_no_fall(findings_of):
    table, _ = findings_of("Plan: Avoid driving if she falls asleep easily.\n")
    assert "trauma" not in table
