"""How many weeks of a course of therapy the chart supports (rules/SCHEMA.md `weeks`).

A finding of a therapy is merged from every note that names it, and its weeks may be a
duration someone states ("Failed 6 wks PT" per pt, in the office note) while another note of
the case, the therapist's own, dates the course ("Date of eval: 10/27/2026"; dev d222). A
stated duration longer than the time between the course's documented start and the latest note
that reports it cannot be right: the chart contradicts it, and what the dates allow is what
counts against a weeks threshold. A duration the dates allow stands, stated or reported.
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
