"""Readings of a prior study and of a conservative course the lexicon missed: a study's name
wrapped over a line keeps the findings written after the break, and a non-specific mild
degenerative change that the same report calls otherwise normal is a negative film. Each
family has a look-alike the change must leave alone."""

import datetime as dt

import pytest


def xray(findings_of, text):
    _, result = findings_of(text, dt.date(2026, 12, 1))
    found = [f for f in result.findings if f.code == "prior_xray" and f.assertion == "present"]
    assert found, "no present prior_xray"
    return found[0].value


# --- a study's name wrapped over a line --------------------------------------------------------

def test_wrapped_study_name_reads_its_findings_and_region(findings_of):
    v = xray(findings_of, "Seen for low back ache. On 10/14 an XR\nL-spine - L3 compression "
                          "fracture with 20% height loss. Brace given.")
    assert (v.region, v.result) == ("lumbar", "abnormal")


def test_study_at_line_end_does_not_read_the_next_line(findings_of):
    # the study's words end the line; what the next line says is not its report
    v = xray(findings_of, "Neck ache. She had an x-ray\nlast spring. Lumbar spine tender, "
                          "mild degenerative change.")
    assert (v.region, v.result) == (None, None)


# --- a mild non-specific degenerative change the report calls otherwise normal -----------------

@pytest.mark.parametrize("text", [
    "Cervical radiographs 08/12/2026: minimal degenerative changes, otherwise normal.",
    "XR C-spine 08/12/2026 - mild multilevel spondylosis; otherwise unremarkable.",
    "Lumbar films 08/12/2026: age-related degenerative changes, normal alignment.",
])
def test_incidental_degeneration_in_a_normal_report_is_normal(findings_of, text):
    assert xray(findings_of, text).result == "normal"


@pytest.mark.parametrize("text", [
    # a named finding beside the normal words
    "Lumbar films 08/12/2026: mild L4-5 disc space narrowing, otherwise unremarkable.",
    # more than mild
    "Cervical radiographs 08/12/2026: moderate multilevel degenerative change, otherwise normal.",
    # mild change beside another finding
    "Lumbar films 08/12/2026: mild degenerative changes and an L1 wedge deformity, otherwise unremarkable.",
    # no word calls the rest normal
    "Cervical radiographs 08/12/2026: mild degenerative changes.",
])
def test_degeneration_without_a_normal_report_stays_abnormal(findings_of, text):
    assert xray(findings_of, text).result == "abnormal"


# --- a home programme named by its short name as the course that failed -------------------------

def codes(findings_of, text):
    table, result = findings_of(text, dt.date(2026, 12, 1))
    return table, result


def test_not_improving_after_weeks_of_a_home_program_is_a_failed_course(findings_of):
    table, result = codes(findings_of, "Impression: mechanical neck pain, not\nimproving after "
                                       "9 weeks of a daily home program and ergonomic changes.")
    assert "present" in table.get("conservative_care_failed", set())
    failed = [f for f in result.findings if f.code == "conservative_care_failed"]
    assert failed[0].value.weeks == 9


@pytest.mark.parametrize("text", [
    # the home programme helps
    "Impression: mechanical neck pain, improving after 9 weeks of a daily home program.",
    # one therapy failed and the home programme goes on: not a failed conservative course
    "She finished six weeks of PT with no improvement with PT, and she keeps up a home program.",
])
def test_home_program_look_alikes_are_no_failed_course(findings_of, text):
    table, _ = codes(findings_of, text)
    assert "present" not in table.get("conservative_care_failed", set())
