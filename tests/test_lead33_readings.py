"""Readings the lead mended at the start of session 33 (left by session 32's menders).

Invented sentences in other words than the cases', each with a near-miss that keeps its old
reading.
"""

import pytest


# "stabilization" after a body region (lumbar, core, scapular...) is what a therapist trains,
# so a referral or plan for it proposes no spine operation (e208: a PT referral read as AIM's
# "candidate for spine intervention"); MEND32C.md left it for the rebuild it needs
@pytest.mark.parametrize("text", [
    "Plan:\n- Referral to PT for core stabilization, 2x/wk x 6 wks.",
    "Plan: will refer for lumbar stabilization with therapy (8 visits).",
    "Recommend scapular stabilization program and HEP.",
    "Neck: referred for cervical stabilization with her therapist, 1x/wk.",
])
def test_a_therapy_stabilization_proposes_no_operation(assertions_of, text):
    assert "present" not in assertions_of(text, "intervention_planned")


@pytest.mark.parametrize("text", [
    "Plan: spine surgery consulted; plans posterior stabilization T11-L1 tomorrow.",
    "A/P: unstable burst fracture - recommend operative stabilization.",
])
def test_a_surgeons_stabilization_is_still_planned(assertions_of, text):
    # near-miss: the operation's own modifiers (posterior, operative) before the word
    assert "present" in assertions_of(text, "intervention_planned")
