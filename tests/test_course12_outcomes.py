"""A therapy's outcome from the words real notes use for a course that did not change things
("minimal change", "no real change", "not improving with 3 weeks of PT", "has not settled"),
one that helps ("steady gains", "definitely helping", "a lot better"), and, across mentions, a
course that one sentence calls helping and another says goes on ("Continue PT"): an improving
one (dev d078, d094, d162, d166, d232, d239, d243, d258, d262, d270, d300, d302, d370)."""

import pytest


def outcome(findings_of, text, code="physical_therapy"):
    _, result = findings_of(text)
    found = [f for f in result.findings if f.code == code and f.assertion == "present"]
    assert found, code
    return found[0].value.outcome


@pytest.mark.parametrize("text", [
    "Completed 4 wks PT (8 visits) with minimal change in extension pain.",
    "PT 08/24/2026-10/16/2026 (aquatic and land-based, 12 visits) - \"no real change.\"",
    "Assessment: L S1 radiculopathy; not improving with 3 weeks of PT and ibuprofen.",
    "A right C7 radiculopathy that has not settled with six weeks of PT and anti-inflammatories.",
    "PT 05/04/2026 - 06/19/2026 (12 visits) - did not change her walking tolerance.",
    "Went to PT for 6 weeks and she is back to square one.",
    "CMT 2x/wk; better for a day after each adjustment, then the leg pain returns.",
])
def test_a_course_that_changed_nothing_failed(findings_of, text):
    code = "chiropractic_care" if "CMT" in text else "physical_therapy"
    assert outcome(findings_of, text, code) == "failed"


@pytest.mark.parametrize("text", [
    # a course that helps
    "Started PT 3 weeks ago and feels PT is \"definitely helping.\"",
    "Had 8 visits of PT; the therapist reports steady gains in lifting tolerance.",
    "Started PT 11/13 - \"already a lot better\".",
    # one that helps and goes on is an improving one, not merely ongoing
    "PT since 10/12 (5 visits), improving slowly. Plan: Continue PT and meloxicam.",
    "A: Lumbar strain, improving with PT.\nP: Continue PT 2x/wk, HEP.",
    "Doing PT since 11/03, which has helped a lot. Will continue PT for another 4 weeks.",
])
def test_a_course_that_helps_improved(findings_of, text):
    assert outcome(findings_of, text) == "improved"
