"""Gait abnormality as triage and exam lines word it (session 21, assert21d).

Walking only with a device or a person ("ambulatory with a borrowed cane", "ambulatory with
assistance from her son", "can walk only with someone holding her arm", "needs his
daughter's arm to walk") and a walk described by its manner ("walks carefully", "walked into
the clinic slowly", "walks with forward flexion") are gait_abnormality present. Walking
without help, a normal gait, an ambulatory care setting and a plan for gait training stay
what they were.
"""

import pytest


@pytest.mark.parametrize("text", [
    "Triage: 61 yo M ambulatory with a borrowed cane, c/o low back pain.",
    "Triage: 70 yo F ambulatory with assistance from her son.",
    "HPI: since Monday she can walk only with someone holding her arm.",
    "HPI: legs feel weak; now needs his daughter's arm to walk.",
    "Exam: walks carefully, guarding the low back.",
    "HPI: he walked into the clinic slowly, holding his back.",
    "Exam: stooped, walks with forward flexion.",
])
def test_walking_only_with_help_or_guarded_is_a_gait_abnormality(assertions_of, text):
    assert assertions_of(text, "gait_abnormality") == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: walking unaided, a setting, a normal gait
    "Triage: 45 yo F ambulatory without assistance, c/o low back pain.",
    "Referred from the ambulatory care clinic for low back pain.",
    "Exam: gait normal, able to heel and toe walk.",
])
def test_no_gait_abnormality_without_help_or_an_abnormal_manner(assertions_of, text):
    assert "present" not in assertions_of(text, "gait_abnormality")
