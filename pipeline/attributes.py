"""Attributes of each finding read from its words and its sentence.

Laterality, spinal level, motor grade, pain score, and for therapy, imaging and surgery the
dates, durations and outcome, normalised against the note's reference date. Cue words are
data (resources/attributes.json); the nearest cue to the finding wins, because a sentence
such as "4/5 L EHL, R side intact" carries several.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from spinecite.pipeline import timex
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.resources import codes, load_json

_LEVEL = re.compile(
    r"\b([CTLS])\s?(\d{1,2})\s?(?:-|–|/|to|through)\s?([CTLS])?\s?(\d{1,2})\b"
    r"|\b([CTLS])(\d{1,2})\b")
_GRADE = re.compile(r"(?<![\d/.])([0-5])\s?([+-]?)\s?/\s?5(?![\d/])")
_SCORE = re.compile(r"(?<![\d/.])(10|\d(?:\.\d)?)\s?(?:/|out of)\s?10(?!\d)")
_WINDOW_BEFORE = 4
_WINDOW_AFTER = 5
# "completed in March", "finished PT on 1/15", "discharged from therapy 2/3": an end date
_ENDED = re.compile(r"(?:complet|finish|ended|discharg|d/c|stopped|last)\w*(?:\W+\w+){0,3}?\W*$")
_CLAUSE_BREAKS = {",", ";", ".", ":", "but", "however", "and", "or", "with", "while", "although"}
_SIDE_WORDS = re.compile(r"^(?:(?:left|right|bilateral|bilat|b/l|lt|rt|[LR])\.?\s+)+", re.IGNORECASE)


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    # a cue may wrap onto the next line ("without\nrelief")
    alternatives = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases),
                          key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?![\w/])", re.IGNORECASE)


class _Cues:
    """Compiled cue tables, built once per process."""

    def __init__(self) -> None:
        data = load_json("attributes.json")
        self.laterality = {}
        for side, words in data["laterality"].items():
            for w in words:
                self.laterality[w] = side
        self.outcome = [(name, _phrase_regex(words))
                        for name, words in data["therapy_outcome"].items()]
        self.imaging_result = [(name, _phrase_regex(words))
                               for name, words in data["imaging_result"].items()]
        self.region = [(name, _phrase_regex(words)) for name, words in data["region"].items()]
        self.site = _phrase_regex(data["malignancy_site"])
        self.metastatic = _phrase_regex(data["metastatic"])


_cues: Optional[_Cues] = None


def _get_cues() -> _Cues:
    global _cues
    if _cues is None:
        _cues = _Cues()
    return _cues


def _laterality(span: Span, cues: _Cues) -> Optional[str]:
    doc = span.doc
    sent = span.sent
    lo = max(sent.start, span.start - _WINDOW_BEFORE)
    hi = min(sent.end, span.end + _WINDOW_AFTER)
    # a side word belongs to this finding only within its own clause
    for tok in reversed(list(doc[lo:span.start])):
        if tok.text in _CLAUSE_BREAKS or tok.lower_ in _CLAUSE_BREAKS:
            lo = tok.i + 1
            break
    for tok in doc[span.end:hi]:
        if tok.text in _CLAUSE_BREAKS or tok.lower_ in _CLAUSE_BREAKS:
            hi = tok.i
            break
    best: tuple[int, str] | None = None
    for tok in doc[lo:hi]:
        text = tok.text
        key = text.lower()
        side = cues.laterality.get(key)
        if side is None:
            continue
        # A lone "l"/"r" is a side only when written as a capital ("4/5 L EHL").
        if len(key.rstrip(".")) == 1 and not text[0].isupper():
            continue
        if tok.i in range(span.start, span.end):
            distance = 0
        elif tok.i < span.start:
            distance = span.start - tok.i
        else:
            distance = tok.i - span.end + 1
        if best is None or distance < best[0]:
            best = (distance, side)
    return best[1] if best else None


def _level(span: Span) -> Optional[str]:
    sent = span.sent
    text = sent.text
    anchor = span.start_char - sent.start_char
    best: tuple[int, str] | None = None
    for m in _LEVEL.finditer(text):
        if m.group(1):
            upper = f"{m.group(1)}{m.group(2)}"
            lower_region = m.group(3)
            level = f"{upper}-{lower_region}{m.group(4)}" if lower_region and lower_region != m.group(1) else f"{upper}-{m.group(4)}"
        else:
            level = f"{m.group(5)}{m.group(6)}"
        distance = abs(m.start() - anchor)
        if best is None or distance < best[0]:
            best = (distance, level)
    return best[1] if best else None


def _nearest(pattern: re.Pattern[str], span: Span) -> Optional[re.Match[str]]:
    """The match in the span itself, else the nearest one in its sentence."""
    inside = pattern.search(span.text)
    if inside:
        return inside
    sent = span.sent
    anchor = span.start_char - sent.start_char
    matches = list(pattern.finditer(sent.text))
    if not matches:
        return None
    return min(matches, key=lambda m: abs(m.start() - anchor))


def _first_cue(tables: list[tuple[str, re.Pattern[str]]], text: str) -> Optional[str]:
    for name, pattern in tables:
        if pattern.search(text):
            return name
    return None


def _sentence_times(span: Span) -> list[timex.TimeExpression]:
    sent = span.sent
    return [t for t in span.doc._.time_expressions or []
            if t.start >= sent.start_char and t.end <= sent.end_char]


def _distance(span: Span, start: int, end: int) -> int:
    """Characters between the span and a sentence-level match (0 when they touch)."""
    if end <= span.start_char:
        return span.start_char - end
    if start >= span.end_char:
        return start - span.end_char
    return 0


def _nearest_expression(span: Span, items: list[timex.TimeExpression]):
    return min(items, key=lambda t: _distance(span, t.start, t.end)) if items else None


def _outcome(span: Span, cues: _Cues) -> Optional[str]:
    """The outcome cue nearest the therapy; a longer cue wins over one inside it
    ("temporary relief" is a failure, not "relief")."""
    sent = span.sent
    found = []
    for name, pattern in cues.outcome:
        for m in pattern.finditer(sent.text):
            found.append((sent.start_char + m.start(), sent.start_char + m.end(), name))
    found = [f for f in found
             if not any(o[0] <= f[0] and f[1] <= o[1] and (o[1] - o[0]) > (f[1] - f[0])
                        for o in found)]
    if not found:
        return None
    return min(found, key=lambda f: _distance(span, f[0], f[1]))[2]


def _therapy_value(span: Span, cues: _Cues) -> dict[str, Any]:
    value: dict[str, Any] = {}
    times = _sentence_times(span)
    ranges = [t for t in times if t.kind == "range"]
    since = [t for t in times if t.kind == "since"]
    durations = [t for t in times if t.kind == "duration" and t.weeks is not None]
    visits = [t.visits for t in times if t.visits]
    dates = [t for t in times if t.kind in ("date", "ago") and t.start_date]
    r = _nearest_expression(span, ranges)
    if r is not None:
        value.update(start=r.start_date, end=r.end_date, weeks=r.weeks, weeks_basis="dates")
    if durations:
        # the note's own number beats one computed from dates ("8 weeks (Sept-Oct)")
        if span.label_ == "conservative_care_failed":
            totals = [t for t in durations
                      if re.match(r"\W*(?:total|in total|overall|altogether)",
                                  span.doc.text[t.end:t.end + 15], re.I)]
            chosen = totals[0] if totals else max(durations, key=lambda t: t.weeks)
        else:
            chosen = _nearest_expression(span, durations)
        value.update(weeks=chosen.weeks, weeks_basis="stated")
    elif r is None and since:
        s = _nearest_expression(span, since)
        value.update(start=s.start_date, weeks=s.weeks, weeks_basis="since")
    if visits:
        value["visits"] = visits[0]
        if value.get("weeks") is None:
            value["weeks_basis"] = "visits_only"
    if "start" not in value and "end" not in value and dates:
        # "completed in March", "started 12/1": one date, its role read from the words before it
        d = _nearest_expression(span, dates)
        before = span.sent.text[: d.start - span.sent.start_char].lower()
        if _ENDED.search(before):
            value["end"] = d.start_date
        else:
            value["start"] = d.start_date
    outcome = _outcome(span, cues)
    if outcome:
        value["outcome"] = outcome
    return value


def _imaging_value(span: Span, cues: _Cues) -> dict[str, Any]:
    value: dict[str, Any] = {}
    dates = [t for t in _sentence_times(span) if t.start_date and t.kind in ("date", "ago")]
    if dates:
        value["date"] = dates[0].start_date
    region = _first_cue(cues.region, span.sent.text)
    if region:
        value["region"] = region
    result = _first_cue(cues.imaging_result, span.sent.text[span.end_char - span.sent.start_char:]
                        or span.sent.text)
    if result:
        value["result"] = result
    return value


def _procedure_value(span: Span) -> dict[str, Any]:
    value: dict[str, Any] = {"procedure": span.text}
    dates = [t for t in _sentence_times(span) if t.start_date and t.kind in ("date", "ago")]
    if dates:
        value["date"] = dates[0].start_date
    return value


def _malignancy_value(span: Span, cues: _Cues) -> dict[str, Any]:
    value: dict[str, Any] = {}
    site = _nearest(cues.site, span)
    if site:
        value["site"] = site.group(0).lower()
    if cues.metastatic.search(span.sent.text):
        value["metastatic"] = True
    return value


def _motor_value(span: Span) -> dict[str, Any]:
    m = _nearest(_GRADE, span)
    if not m:
        return {}
    value: dict[str, Any] = {"grade": int(m.group(1)), "grade_text": m.group(0).replace(" ", "")}
    after = span.doc.text[span.start_char + m.end():span.end_char] if _GRADE.search(span.text) else ""
    muscle = _SIDE_WORDS.sub("", after.strip(" ,;:").strip())
    if muscle:
        value["muscle"] = muscle
    return value


def _pain_value(span: Span) -> dict[str, Any]:
    sent_scores = [float(m.group(1)) for m in _SCORE.finditer(span.sent.text)]
    in_span = [float(m.group(1)) for m in _SCORE.finditer(span.text)]
    scores = in_span or sent_scores
    return {"score": max(scores)} if scores else {}


def set_attributes(doc: Doc) -> Doc:
    cues = _get_cues()
    catalogue = codes()
    reference = doc._.reference_date
    if doc._.time_expressions is None:
        doc._.time_expressions = timex.find_time_expressions(doc.text, reference) if reference else []
    for span in doc.spans.get(SPAN_GROUP, []):
        entry = catalogue.get(span.label_)
        if entry is None:
            continue
        span._.laterality = _laterality(span, cues)
        span._.level = _level(span)
        shape = entry["value"]
        if shape == "therapy":
            value = _therapy_value(span, cues)
        elif shape == "imaging":
            value = _imaging_value(span, cues)
        elif shape == "procedure":
            value = _procedure_value(span)
        elif shape == "malignancy":
            value = _malignancy_value(span, cues)
        elif shape == "motor":
            value = _motor_value(span)
        elif shape == "pain":
            value = _pain_value(span)
        elif shape == "exam":
            value = {"date": doc._.document_date} if doc._.document_date else {}
        else:
            value = {}
        rule = getattr(span._, "target_rule", None)
        extra = (rule.metadata or {}).get("value") if rule is not None and rule.metadata else None
        if extra:
            value = {**value, **extra}
        if rule is not None and rule.metadata and rule.metadata.get("laterality"):
            span._.laterality = rule.metadata["laterality"]
        span._.value = value or None
    return doc


@Language.component("spinecite_attributes")
def attributes_component(doc: Doc) -> Doc:
    return set_attributes(doc)
