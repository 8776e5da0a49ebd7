"""eviCore SP-1.2 Severe Radicular Pain (probe19a item 15): "Severity of pain unresponsive to
a minimum of seven (7) days of provider-directed treatment" is shown by a failed medicine the
notes date or time to seven days or more, not only by a failed therapy course; and "Treatment
plan includes ..." is a transforaminal injection (or one at a cervical or thoracic level), or
an operation or a spine-specialist referral - not a lumbar interlaminar injection the note
plans itself.
"""
import datetime as dt

import pytest

from spinecite.rules.evaluator import _course_days_shown
from spinecite.rules.ruleset import RuleFileError, parse_node

LINE = "evicore-spine.red-flag.severe-radicular-pain"


def _met(result, line=LINE):
    evi = {d.guideline: d for d in result.determinations}["evicore-spine"]
    found = {}

    def walk(c):
        found[c.id] = c.result
        for child in c.children or ():
            walk(child)
    for c in evi.criteria:
        walk(c)
    return found.get(line)


def _note(treatment, plan):
    return ("SPINE CLINIC 11/20/2026\n"
            "38 yo F with left L5 radicular pain from the buttock to the dorsum of the foot for "
            "two weeks, 9/10, unable to work her shifts as a nurse.\n"
            f"{treatment}\n"
            "Exam: SLR positive on the left at 40 degrees. Strength 5/5, reflexes 2+.\n"
            f"Plan: {plan} MRI lumbar spine.")


TFESI = "left L5 transforaminal epidural steroid injection next week."


@pytest.mark.parametrize("treatment", [
    "Meloxicam and a prednisone taper, finished 9 days ago, without any relief.",
    "Took ibuprofen 800 mg TID from 11/05/2026 with no relief at all.",
    "Failed 10 days of naproxen.",
])
def test_a_failed_medicine_dated_or_timed_to_a_week_shows_unresponsive_pain(review_note,
                                                                           treatment):
    assert _met(review_note(_note(treatment, TFESI), age=38)) == "met"


@pytest.mark.parametrize("treatment", [
    "Failed 3 days of naproxen.",
    "Started ibuprofen 11/17/2026, no relief so far.",
])
def test_a_medicine_begun_days_ago_is_too_short_to_tell(review_note, treatment):
    assert _met(review_note(_note(treatment, TFESI), age=38)) != "met"


@pytest.mark.parametrize("plan, on_the_list", [
    # a lumbar interlaminar injection the note plans itself is not on the list
    ("I will do an L4-5 interlaminar epidural steroid injection in clinic next week.", False),
    ("L5-S1 ILESI scheduled for 11/27.", False),
    # a referral to a spine specialist, or a transforaminal block, is
    ("urgent referral to spine surgery for a microdiscectomy.", True),
    ("right L5 selective nerve root block.", True),
])
def test_the_treatment_plan_names_a_transforaminal_injection_or_a_referral(review_note, plan,
                                                                            on_the_list):
    treatment = "Meloxicam and a prednisone taper, finished 9 days ago, without any relief."
    assert (_met(review_note(_note(treatment, plan), age=38)) == "met") is on_the_list


def test_course_days_must_be_a_positive_whole_number():
    with pytest.raises(RuleFileError):
        parse_node({"finding": "nsaid", "course_days": "seven"}, "t", None)
    assert parse_node({"finding": "nsaid", "course_days": 7}, "t", None).course_days == 7


def test_a_course_dated_only_by_a_future_end_is_not_shown():
    from spinecite.extractors.models import Evidence, Finding, TherapyValue
    from spinecite.rules.evaluator import CaseFacts

    def finding(end):
        return Finding(code="oral_steroid", assertion="present",
                       value=TherapyValue(outcome="failed", end=end),
                       evidence=[Evidence(document="n", start=0, end=4, text="pred")],
                       document_date=dt.date(2026, 11, 20))
    facts = CaseFacts(received_date=dt.date(2026, 11, 20), age=38, findings=(),
                      document_dates=(("n", dt.date(2026, 11, 20)),))
    assert _course_days_shown(finding(dt.date(2026, 11, 12)), 7, facts)
    assert not _course_days_shown(finding(dt.date(2026, 11, 16)), 7, facts)
    assert not _course_days_shown(finding(dt.date(2026, 11, 24)), 7, facts)


def _scored(score_phrase):
    return ("SPINE CLINIC 11/20/2026\n"
            f"52 yo M with right S1 radicular pain down the back of the leg for 3 weeks, "
            f"{score_phrase}, and he has been off work since it began.\n"
            "Meloxicam and a prednisone taper, finished 9 days ago, without any relief.\n"
            "Exam: SLR positive on the right. Strength 5/5.\n"
            f"Plan: {TFESI} MRI lumbar spine.")


@pytest.mark.parametrize("score_phrase", [
    "pain 5/10 at rest, up to 9/10 when he coughs",
    "usually 6/10 and at worst 10/10",
])
def test_a_peak_score_is_not_the_pains_level_on_the_scale(review_note, score_phrase):
    assert _met(review_note(_scored(score_phrase), age=52)) != "met"


@pytest.mark.parametrize("score_phrase", [
    "pain 9/10 all day, worse when he coughs",
    "rated 10/10 today",
])
def test_a_pain_rated_nine_or_ten_stays_severe(review_note, score_phrase):
    assert _met(review_note(_scored(score_phrase), age=52)) == "met"
