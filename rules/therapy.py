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
