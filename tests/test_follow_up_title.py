"""A note titled "Follow-up 11/20/2026" or "Follow-up visit" is a visit, not a Plan: the
follow-up header read the whole note as its Plan, so "She does a home exercise program daily"
became a planned HEP (found by probing). Follow-up opens the Plan only as a header (with a
colon, alone on its line) or with the plan itself ("Follow up in 2 weeks")."""

import pytest


@pytest.mark.parametrize("title", ["Follow-up 11/20/2026", "Follow-up visit", "Follow up note",
                                   "FOLLOW-UP VISIT - spine clinic"])
def test_a_follow_up_title_is_no_plan(findings_of, title):
    table, _ = findings_of(f"{title}\n49F LBP with L sciatica.\nShe does a home exercise "
                           "program daily.\n")
    assert table["home_exercise_program"] == {"present"}


@pytest.mark.parametrize("plan", ["Follow-up: start a home exercise program.",
                                  "Follow up in 2 weeks; start a home exercise program.",
                                  "FOLLOW-UP\nStart a home exercise program."])
def test_a_follow_up_header_opens_the_plan(findings_of, plan):
    table, _ = findings_of(f"Office note\n49F LBP with L sciatica.\n{plan}\n")
    assert table["home_exercise_program"] == {"hypothetical"}
