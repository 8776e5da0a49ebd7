"""How many weeks of a course of therapy the chart supports (rules/SCHEMA.md `weeks`).

A finding of a therapy is merged from every note that names it, and its weeks may be a
duration someone states ("Failed 6 wks PT" per pt, in the office note) while another note of
the case, the therapist's own, dates the course ("Date of eval: 10/27/2026"; dev d222). A
stated duration longer than the time between the course's documented start and the latest note
that reports it cannot be right: the chart contradicts it, and what the dates allow is what
counts against a weeks threshold. A duration the dates allow stands, stated or reported.

Nor can a failed conservative course have lasted longer than the complaint it treated: "failed
6 wks PT/NSAID" (a template line carried forward) beside back pain "x ~5 wks" (dev d896) is cut
to the complaint's weeks, when every complaint of the case states how long it has lasted.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from spinecite.extractors.models import TherapyValue

# A course counted in weeks from its first to its last visit is a week shorter than the weeks
# people say it took ("6 weeks of PT", 09/01 to 10/06): a stated duration is contradicted
# only when it exceeds what the dates allow by more than this.
SLACK_WEEKS = 1.0


def charted_weeks(value: TherapyValue, reported_on: Iterable[dt.date]) -> Optional[float]:
    """The weeks of the course `value` describes, as far as its dates allow: its weeks, or,
    when they were stated and exceed the time from its start to the latest of `reported_on`
    (the dates of the notes that record it) by more than `SLACK_WEEKS`, that time."""
    weeks = value.weeks
    if weeks is None or value.start is None or value.weeks_basis in ("dates", "since"):
        return weeks   # nothing to weigh the duration against, or it is the dates' own
    latest = max(reported_on, default=None)
    if latest is None:
        return weeks
    allowed = max(0.0, (latest - value.start).days / 7)
    return round(allowed, 1) if weeks > allowed + SLACK_WEEKS else weeks


# The complaints a conservative course treats: how long they have lasted bounds the course.
COMPLAINT_CODES = ("low_back_pain", "neck_pain", "thoracic_pain", "radicular_pain",
                   "bilateral_sciatica", "neurogenic_claudication")


def within_complaint(weeks: Optional[float], value: TherapyValue,
                     complaint_weeks: Iterable[Optional[float]]) -> Optional[float]:
    """The stated weeks of a failed conservative course, cut to the longest complaint's weeks
    when it exceeds them (no slack: a course begins no earlier than its complaint, and
    both figures are the note's own round numbers); `complaint_weeks` holds one entry per
    present complaint (None when its notes state no duration: then nothing bounds the course,
    an undated complaint may be older)."""
    if weeks is None or value.weeks_basis != "stated":
        return weeks
    known = list(complaint_weeks)
    if not known or any(w is None for w in known):
        return weeks
    longest = max(known)
    return round(longest, 1) if weeks > longest else weeks


# The treatments a failed conservative course is made of: how long the packet shows them
# going bounds the course a note or a form states without dates of its own. The mainstays
# (therapy, home program, manipulation, an anti-inflammatory or analgesic) are what such a
# course rests on: one the notes neither date nor time may be the older course the claim
# means, so nothing is cut. An adjunct added to a course (a muscle relaxant, a neuropathic
# agent, a steroid pack) counts by its date when it has one; undated, it weighs nothing.
MAINSTAY_CODES = ("physical_therapy", "home_exercise_program", "chiropractic_care", "nsaid",
                  "analgesic")
TRIAL_CODES = MAINSTAY_CODES + ("muscle_relaxant", "oral_steroid", "neuropathic_agent")


def course_start(value: TherapyValue, noted_on: Optional[dt.date]) -> Optional[dt.date]:
    """When a treatment's course began, as far as the chart dates it: its start; else its end,
    or the latest note recording it, less its weeks ("naproxen x 6 wks"). None when the notes
    neither date nor time it."""
    if value.start is not None:
        return value.start
    anchor = value.end or noted_on
    if value.weeks is not None and anchor is not None:
        return anchor - dt.timedelta(weeks=value.weeks)
    return None


# A home program is the home part of a supervised course: the therapist teaches it at the
# evaluation ("has been to PT 3 times and does the press-ups at home"). Undated, it began with
# the course that taught it, when the packet dates that course.
TAUGHT_BY = {"home_exercise_program": ("physical_therapy", "chiropractic_care")}


def taught_at(starts: list[tuple[str, Optional[dt.date]]]
              ) -> list[tuple[str, Optional[dt.date]]]:
    """`starts` ((code, start) per present treatment) with an undated home program
    (`TAUGHT_BY`) dated by the earliest dated course that teaches one (dev e008: a home
    program beside PT from 12/04 is no undated older course; e030). A home program with
    no dated teaching course stays undated."""
    out = []
    for code, start in starts:
        if start is None and code in TAUGHT_BY:
            taught = [s for c, s in starts if c in TAUGHT_BY[code] and s is not None]
            start = min(taught, default=None)
        out.append((code, start))
    return out


def course_through(claimed: dt.date, lasts: list[Optional[dt.date]]) -> dt.date:
    """How far the packet shows a failed conservative course going, for a claim stated on
    `claimed`: to the claim, unless every dated treatment of the course ended well before it
    (`lasts`: the day each was last shown going - its end, or the latest note recording it;
    None when unknown). Then to the last of those ends, with `SLACK_WEEKS` (a course counted
    from its first to its last visit is a week shorter than people say it took). Dev e128:
    PT 10/21-11/04, self-discharged, beside a precert of 12/02 claiming "FAILED 6+ WEEKS"; a
    UR nurse trusts the dated record over the claim (as d222 cut a stated PT course to its
    dates)."""
    if not lasts or any(last is None for last in lasts):
        return claimed
    ended = max(lasts) + dt.timedelta(weeks=SLACK_WEEKS)
    return min(claimed, ended)


def within_courses(weeks: Optional[float], value: TherapyValue,
                   claimed_on: Iterable[dt.date],
                   starts: Iterable[tuple]) -> Optional[float]:
    """The stated weeks of a failed conservative course with no dates of its own ("Failed
    conservative therapy >= 6 weeks" checked on a form, "has failed 6 weeks of conservative
    therapy" in a note), cut to the time from the earliest start the packet documents for any
    of its treatments (`starts`: (code, start) or (code, start, last) for each present
    treatment of `TRIAL_CODES`, start None for one the notes neither date nor time, last the
    day it was last shown going) to the latest note stating the failure (`claimed_on`) - or,
    when every dated treatment ended well before that note, to their last end
    (`course_through`) - when it exceeds it: the courses the chart dates contradict the claim
    (dev d966: naproxen from 11/06 and 2 PT visits from 11/13 beside a form of 12/17; e128:
    PT 10/21-11/04 beside a form of 12/02). No slack to the claim: the time is counted to the
    claim's own note. An undated mainstay (`MAINSTAY_CODES`) leaves the claim alone (it may
    be the older course, dev d296's meloxicam from a visit the notes do not date); an undated
    adjunct weighs nothing; with no dated treatment nothing bounds the claim."""
    if weeks is None or value.weeks_basis != "stated" or value.start is not None \
            or value.end is not None:
        return weeks
    latest = max(claimed_on, default=None)
    rows = [tuple(row) + (None,) * (3 - len(row)) for row in starts]
    dated_starts = taught_at([(code, start) for code, start, _ in rows])
    if any(s is None and code in MAINSTAY_CODES for code, s in dated_starts):
        return weeks
    dated = [s for _, s in dated_starts if s is not None]
    if latest is None or not dated:
        return weeks
    through = course_through(latest, [last for code, start, last in rows
                                      if start is not None or code in TAUGHT_BY])
    allowed = max(0.0, (through - min(dated)).days / 7)
    return round(allowed, 1) if weeks > allowed else weeks


def within_named(weeks: Optional[float], value: TherapyValue, claimed_on: Iterable[dt.date],
                 named: Iterable[tuple[Optional[dt.date], Optional[dt.date]]]) -> Optional[float]:
    """The stated weeks of a failed conservative course with no dates of its own, weighed
    against the treatments its own sentence names ("Failed >= 6 weeks conservative therapy
    incl. PT"; `named`: (start, end) of each such present treatment's course, None where the
    notes do not date it): when every one of them is dated and even the longest ran, from its
    start to its end or to the latest note stating the failure (`claimed_on`), shorter than
    the claim by more than `SLACK_WEEKS`, the claim is cut to that longest course - the dated
    course of the very therapy it names contradicts it, as a PT course's own dates cut its
    stated weeks (`charted_weeks`, dev d222). A named treatment the notes do not date may be
    the older course the claim means: then, as with no named treatment, nothing is cut."""
    if weeks is None or value.weeks_basis != "stated" or value.start is not None \
            or value.end is not None:
        return weeks
    latest = max(claimed_on, default=None)
    named = list(named)
    if latest is None or not named or any(start is None for start, _ in named):
        return weeks
    longest = max(max(0.0, (min(end or latest, latest) - start).days / 7) for start, end in named)
    return round(longest, 1) if weeks > longest + SLACK_WEEKS else weeks
