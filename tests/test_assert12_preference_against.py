"""A patient's preference against an intervention ("she wants to avoid surgery", "he would prefer
to avoid surgery", "would rather avoid an operation") neither plans nor denies one: no
intervention_planned finding. It read as a denied plan, so the case's real plan ("to plan a R
C5-6 TFESI") stood beside an absent one (dev d339, d353; no dev gold annotates the phrase)."""

import pytest


@pytest.mark.parametrize("aside", [
    "she wants to avoid surgery",
    "he would prefer to avoid surgery",
    "pt would rather avoid surgery",
])
def test_a_preference_against_surgery_is_no_intervention_finding(findings_of, aside):
    table, _ = findings_of(f"Plan: MRI lumbar spine w/o contrast; {aside}. Medrol Dosepak.\n")
    assert "absent" not in table.get("intervention_planned", set())


def test_a_declined_surgery_is_still_denied(findings_of):
    table, _ = findings_of("A/P: Surgery was offered; patient declined surgery.\n")
    assert table.get("intervention_planned", {"absent"}) != {"present"}
