"""Whether the notes call a deficit old (rules/SCHEMA.md `new`), from the words right around
its evidence. The cues are data (rules/course.yaml)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping, Optional, Sequence

import yaml

from spinecite.extractors.models import Finding
from spinecite.pipeline.regex_literals import may_match
from spinecite.pipeline.timex import find_time_expressions

COURSE_PATH = Path(__file__).resolve().parent / "course.yaml"
_YEAR = r"(?:19|20)\d\d"
# a cue is read within its sentence only: a full stop or semicolon, a blank line, or a new
# line that opens a field ("Reflexes:", "- Gait:")
_BOUNDARY = re.compile(r"[.;](?:\s|$)|\n\s*\n|\n(?=\s*(?:[-*•]\s*)?[A-Za-z][^\n:]{0,30}:)")


@dataclass(frozen=True)
class Cues:
    window: int
    old: re.Pattern
    new: re.Pattern
    # the `new` words and the `onset` ones: what calls a deficit new or changing (`called_new`)
    called_new: re.Pattern
    limb_deficits: frozenset[str]
    stable: re.Pattern
    stable_weeks: float
    # sections whose spans say what to do or watch for, not how the sign has gone
    ignored_sections: frozenset[str]
    # sections whose spans are the patient's history: a sign there is called old
    old_sections: frozenset[str]
    # words that deny a treatment for the patient's whole history ("never had PT")
    never: re.Pattern
    # words that place a denial before this episode ("no urinary symptoms before this week")
    before_now: re.Pattern
    # the kinds of a sign a note may deny one of while it finds another (retention, leak),
    # by the sign's code (read once per span of it: no search through every code)
    sign_kinds: Mapping[str, tuple[tuple[str, re.Pattern], ...]]
    # sphincter complaints a note may explain by a cause outside the spine, and the words
    # that do ("urinary symptoms explained by cystitis")
    explained_signs: frozenset[str]
    explained: re.Pattern
    # a date this many days before the note places the span in the past
    dated_days: int
    # conditions of the current episode: called old, they are no finding of it
    episode_codes: frozenset[str]
    # a limb's signs a note may put on a cause outside the spine (a stroke's hemiparesis),
    # the causes, and a cause linked after a span ("residual from the stroke")
    central_signs: frozenset[str]
    limb_cause: re.Pattern
    limb_explained: re.Pattern
    # codes whose spans, unless present, are words of a course, not problems of their own: a
    # sameness beside a sign ("Achilles 1+ R (unchanged since surgery)") does not take the
    # sign's cue from it (a worsening between them still does: "weaker since surgery")
    course_codes: frozenset[str] = frozenset()
    # words that open a class's exception right after the class's word ("no trauma other
    # than gardening"): the word names the class denied, no mention of its own
    category_exception: Optional[re.Pattern] = None
    # findings that, put by the latest note recording them on a cause outside the spine
    # ("Fever most likely from acute cystitis"), are no finding of the spine for any line
    explained_findings: frozenset[str] = frozenset()
    # what `said_urological` reads: a sphincter span's urological kind (read up to the span's
    # end, or given in the parenthesis right after it), and a cause outside the spine tied to
    # it right before it
    urological_kinds: Optional[re.Pattern] = None
    urological_kinds_after: Optional[re.Pattern] = None
    cause_before: Optional[re.Pattern] = None
    # an injury a later sentence of its note unlinks from the complaint ("He had no neck pain
    # after that fall", "not changed by the June fall"), and how many days back the injury's
    # own date must lie for that to place it before this episode
    unlinked_injury: Optional[re.Pattern] = None
    unlinked_days: int = 0


@lru_cache(maxsize=None)
def cues(path: Path = COURSE_PATH) -> Cues:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    old = "|".join(f"(?:{c.replace('YEAR', _YEAR)})" for c in data["old"])
    new = "|".join(re.escape(w) for w in data["new"])
    called_new = "|".join(re.escape(w) for w in data["new"] + data["onset"])
    sign_kinds = MappingProxyType({
        code: tuple((kind, _any_of(words)) for kind, words in kinds.items())
        for code, kinds in data["sign_kinds"].items()})
    link = "|".join(f"(?:{c})" for c in data["explained_by"])
    cause = "|".join(re.escape(w) for w in data["other_causes"])
    limb_cause = "|".join(re.escape(w) for w in data["limb_causes"])
    return Cues(int(data["window"]), re.compile(rf"\b(?:{old})\b", re.I),
                re.compile(rf"\b(?:{new})\b", re.I),
                re.compile(rf"\b(?:{called_new})\b", re.I), frozenset(data["limb_deficits"]),
                _any_of(data["stable"]), float(data["stable_weeks"]),
                frozenset(data["ignored_sections"]), frozenset(data["old_sections"]),
                _any_of(data["never"]),
                _any_of(data["before_now"]), sign_kinds,
                frozenset(data["explained_signs"]),
                _explained_by(link, cause),
                int(data["dated_days"]), frozenset(data["episode_codes"]),
                frozenset(data["central_signs"]), re.compile(rf"\b(?:{limb_cause})\b", re.I),
                _explained_by(link, limb_cause), frozenset(data.get("course_codes", ())),
                _category_exception(data.get("category_exception", ())),
                frozenset(data.get("explained_findings", ())),
                *_urological_cues(data),
                unlinked_injury=_any_of(data.get("unlinked_injury", ())),
                unlinked_days=int(data.get("unlinked_days", 0)))


def _any_of(patterns: Sequence[str]) -> Optional[re.Pattern]:
    """One case-insensitive, whole-word pattern of a course.yaml list (None for none)."""
    if not patterns:
        return None
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.I)


def unlinked_injury(text: str, start: int, end: int, reference: Optional[date],
                    c: Cues) -> bool:
    """An injury (an `episode_codes` span) dated in its own sentence more than
    `unlinked_days` before the note, whose note says after it that the complaint did not come
    from it ("on 06/07 he tripped and fell ... He had no neck pain after that fall";
    course.yaml `unlinked_injury`, dev e080): the state before this episode, not its injury.
    A later injury the note does not so unlink stays (its own date is recent, or none)."""
    if c.unlinked_injury is None or reference is None:
        return False
    # the injury's whole sentence (its date may open it: "on 06/07/2026 he tripped on a rug
    # in his apartment and fell forward")
    sentence = _sentence_part(text[max(0, start - 4 * c.window):start], before=True) + \
        text[start:end] + _sentence_part(text[end:end + 4 * c.window], before=False)
    if not any((reference - _latest_day(m)).days > c.unlinked_days
               for m in _DATED.finditer(sentence)):
        return False
    return c.unlinked_injury.search(text, end) is not None


def _category_exception(words: Sequence[str]) -> Optional[re.Pattern]:
    """An exception opened right after a span ("other than gardening"): rules/course.yaml
    `category_exception`."""
    if not words:
        return None
    return re.compile(r"\s*,?\s*(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.I)


def _explained_by(link: str, cause: str) -> re.Pattern:
    """A link and, within a few words, a cause: "explained by cystitis", "residual from the
    stroke"; not a negated link ("not explained by her UTI")."""
    return re.compile(rf"(?<!not )(?<!n't )\b(?:more |most |likely |probably )?"
                      rf"(?:{link})\s+(?:[\w-]+\s+){{0,2}}?(?:{cause})\b", re.I)


# a year, a month/year or a month/day/year: "2019", "11/2019", "08/14/2019" (not an age's or a
# score's figures: four digits beginning 19 or 20, whole)
_DATED = re.compile(r"(?<![\d/])(?:(0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/)?)?"
                    r"((?:19|20)\d\d)(?![\d/])")


def _latest_day(m: re.Match) -> date:
    """The latest day a date written as `m` may mean: "2019" the 31st of December."""
    year, month = int(m.group(2)), m.group(1)
    if month is None:
        return date(year, 12, 31)
    return date(year, int(month), calendar.monthrange(year, int(month))[1])


def _dated_cues(part: str, reference: Optional[date], c: Cues) -> Iterable[re.Match]:
    """The dates in `part` that lie more than `dated_days` before `reference`."""
    if reference is None:
        return ()
    return [m for m in _DATED.finditer(part)
            if (reference - _latest_day(m)).days > c.dated_days]


def _sentence_part(text: str, before: bool) -> str:
    """The part of a window that lies in the span's sentence."""
    if before:
        last = None
        for last in _BOUNDARY.finditer(text):
            pass
        return text[last.end():] if last else text
    first = _BOUNDARY.search(text)
    return text[:first.start()] if first else text


def sentence_part(text: str, before: bool) -> str:
    """The part of `text` (what stands before a span, or after it) in the span's sentence."""
    return _sentence_part(text, before)


def sentence_rest(text: str) -> str:
    """The part of `text` (what follows a span) that lies in the span's sentence."""
    return _sentence_part(text, before=False)


def _ends_between(others: Iterable[tuple[int, int]], a: int, b: int) -> bool:
    """Whether another problem's evidence ends within text[a:b] (a cue before the span)."""
    return any(a < e <= b for _, e in others)


def _starts_between(others: Iterable[tuple[int, int]], a: int, b: int) -> bool:
    """Whether another problem's evidence starts within text[a:b] (a cue after the span)."""
    return any(a <= s < b for s, _ in others)


# what may stand between a problem's words and a course word said of it: "back pain for years",
# "LBP (chronic)", "chronic LBP" - blanks and light punctuation, no word
_ADJOINS = re.compile(r"[\s,:(\-–]*")


def _trails(others: Iterable[tuple[int, int]], text: str, at: int) -> bool:
    """Whether another problem's evidence ends right before text[at] (a cue trailing it)."""
    return any(e <= at and _ADJOINS.fullmatch(text, e, at) for _, e in others)


def _leads(others: Iterable[tuple[int, int]], text: str, at: int) -> bool:
    """Whether another problem's evidence starts right after text[:at] (a cue leading it)."""
    return any(s >= at and _ADJOINS.fullmatch(text, at, s) for s, _ in others)


# a cue after a span counts when it begins within the window, though it may end past it
# ("3+ bilaterally, unchanged from prior exams since 2019": the year is the cue's end)
_CUE_REACH = 30


def _cues_in(cue: re.Pattern, part: str) -> Iterable[re.Match]:
    """`cue.finditer(part)`, skipped where no match can lie (`regex_literals.may_match`): the
    old-course cues are ~130 alternatives tried at each character of a span's window (~5 us a
    window, ~15 windows a case), while most windows hold none of their ~17 literals (~1 us)."""
    return cue.finditer(part) if may_match(cue.pattern, part, cue.flags) else ()


def said_old(text: str, start: int, end: int, c: Cues,
             others: Iterable[tuple[int, int]] = (), reference: Optional[date] = None) -> bool:
    """An old-course cue stands near the span text[start:end], in its sentence, with nothing
    new said between them and no other problem named between them or right beside the cue:
    the cue is that problem's ("62M with chronic low back pain presents with R foot drop x3
    days", "back pain for years, with a R foot drop since Tuesday": the pain is chronic, the
    foot drop is not said to be). With the note's date, a date more than `dated_days` before
    it is such a cue too ("a 2004 gunshot wound")."""
    offset = max(0, start - c.window)
    before = _sentence_part(text[offset:start], before=True)
    offset = start - len(before)
    for cue in (*_cues_in(c.old, before), *_dated_cues(before, reference, c)):
        if not c.new.search(before, cue.end()) and not _ends_between(
                others, offset + cue.start(), start) and not (
                _trails(others, text, offset + cue.start())
                and not _ADJOINS.fullmatch(text, offset + cue.end(), start)):
            return True
    after = _sentence_part(text[end:end + c.window + _CUE_REACH], before=False)
    for cue in (*_cues_in(c.old, after), *_dated_cues(after, reference, c)):
        if cue.start() > c.window:
            continue
        if not c.new.search(after, 0, cue.start()) and not _starts_between(
                others, end, end + cue.start()) and not _leads(others, text, end + cue.end()):
            return True
    return False


def said_new(text: str, start: int, c: Cues) -> bool:
    """A word calling the deficit new or changing stands before the span text[start:...], in
    its sentence, within the window ("developed new R foot weakness", "now with L EHL 4/5")."""
    before = _sentence_part(text[max(0, start - c.window):start], before=True)
    return c.called_new.search(before) is not None


def said_never(text: str, start: int, c: Cues) -> bool:
    """A lifetime denial ("never had", "no prior") stands before the span text[start:...], in
    its sentence, within the window, with no comma or colon between: the treatment was never
    had, not only not now ("never had surgery, no PT now" denies the surgery for life)."""
    before = _sentence_part(text[max(0, start - c.window):start], before=True)
    return any(not _LIST_BREAK.search(before, cue.end()) for cue in c.never.finditer(before))


def denied_before_now(text: str, start: int, end: int, c: Cues) -> bool:
    """The denial text[start:end] is of the time before this episode (course.yaml
    `before_now`): "No prior urinary problems", "Prior to this, voiding normally", "no urinary
    symptoms before this week"."""
    before = _sentence_part(text[max(0, start - c.window):start], before=True)
    after = _LIST_BREAK.split(_sentence_part(text[end:end + c.window], before=False), 1)[0]
    return (said_never(text, start, c) or c.before_now.search(before) is not None
            or c.before_now.search(after) is not None)


def kinds_named(code: str, span: str, c: Cues) -> frozenset[str]:
    """The kinds of the sign `code` (course.yaml `sign_kinds`) that a span's words name:
    "straight cath 900 cc" → retention, "No incontinence" → incontinence."""
    return frozenset(kind for kind, words in c.sign_kinds.get(code, ()) if words.search(span))


# what ends the reach of a cue over the words that follow it within a sentence
_LIST_BREAK = re.compile(r"[,:]")


def said_explained(text: str, end: int, c: Cues) -> bool:
    """The span ending at text[end] is explained, in its sentence, by a cause outside the
    spine ("urinary symptoms explained by cystitis")."""
    return c.explained.search(_sentence_part(text[end:end + 2 * c.window], before=False)) \
        is not None


def _urological_cues(data: Mapping) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """course.yaml `urological_kinds` (read up to a span's end), `urological_kinds_after` (a
    sphincter span's urological kind given in the parenthesis right after it: "occasionally
    incontinent (functional, urge; ...)"), and one of `other_causes` with a
    `cause_before_links` link right before a span (the words after the link in group "gap")."""
    kinds = "|".join(f"(?:{k})" for k in data["urological_kinds"])
    cause = "|".join(re.escape(w) for w in data["other_causes"])
    link = "|".join(re.escape(w) for w in data["cause_before_links"])
    return (re.compile(rf"\b(?:{kinds})\b", re.I),
            re.compile("|".join(f"(?:{k})" for k in data["urological_kinds_after"]), re.I),
            re.compile(rf"\b(?:{cause})\s+(?:{link})(?P<gap>(?:\s+[\w,/-]+){{0,6}}?)\s*$",
                       re.I))


def said_urological(text: str, start: int, end: int, c: Cues) -> bool:
    """The sphincter span text[start:end] names its urological kind with nothing in its
    sentence calling it new ("Stress incontinence (N39.3)", "mixed urinary incontinence"; not
    "new urge incontinence since the fall"), or a cause outside the spine is tied to it right
    before it ("BPH with urinary hesitancy")."""
    tied = c.cause_before.search(
        _sentence_part(text[max(0, start - 2 * c.window):start], before=True))
    if tied is not None and not c.new.search(tied.group("gap")):
        return True
    before = _sentence_part(text[max(0, start - c.window):start], before=True)
    after = _sentence_part(text[end:end + 2 * c.window], before=False)
    if c.new.search(before) or c.new.search(text, start, end) or c.new.search(after):
        return False
    named = before + text[start:end]
    if c.urological_kinds_after.match(text, end, end + 2 * c.window):
        return True  # "bladder - occasionally incontinent (functional, urge)"
    return any(m.end() > len(before) for m in c.urological_kinds.finditer(named))


def _explained(f: Finding, texts: Mapping[str, str], dates: Mapping[str, date],
               c: Cues) -> bool:
    """The latest note recording the finding explains it by a cause outside the spine (an
    earlier note's explanation may be what a later change overturned)."""
    dated = [dates[e.document] for e in f.evidence if e.document in dates]
    latest = max(dated) if len(dated) == len(f.evidence) else None
    return any(said_explained(texts[e.document], e.end, c) for e in f.evidence
               if e.document in texts and (latest is None or dates[e.document] == latest))


def _cause_named_before(f: Finding, texts: Mapping[str, str], dates: Mapping[str, date],
                        c: Cues) -> bool:
    """The latest note recording the finding names a cause outside the spine right before one
    of its spans, tied by a `cause_before_links` link with no `new` word between ("1.
    Influenza A w/ fever"), as `said_urological` reads a sphincter complaint."""
    dated = [dates[e.document] for e in f.evidence if e.document in dates]
    latest = max(dated) if len(dated) == len(f.evidence) else None
    cause_before = c.cause_before
    for e in f.evidence:
        if e.document not in texts or (latest is not None and dates[e.document] != latest):
            continue
        text = texts[e.document]
        tied = cause_before.search(
            _sentence_part(text[max(0, e.start - 2 * c.window):e.start], before=True))
        if tied is not None and not c.new.search(tied.group("gap")):
            return True
    return False


def said_settled(text: str, start: int, end: int, reference: date, c: Cues,
                 others: Iterable[tuple[int, int]] = ()) -> bool:
    """A stable-course cue right after the span, in its sentence, dated at least
    `stable_weeks` back: "foot drop, unchanged since my exam on 09/15", "stable for 3 months"
    (not "unchanged since yesterday")."""
    after = _sentence_part(text[end:end + 2 * c.window], before=False)
    for cue in c.stable.finditer(after):
        if c.new.search(after, 0, cue.start()) or _starts_between(others, end,
                                                                  end + cue.start()):
            return False
        rest = after[cue.end():]
        for tx in find_time_expressions(rest, reference)[:1]:
            if tx.start > c.window // 2:
                break
            weeks = tx.weeks
            if weeks is None and tx.start_date is not None:
                weeks = (reference - tx.start_date).days / 7
            if weeks is not None and weeks >= c.stable_weeks:
                return True
    return False


def _spans(f: Finding, c: Cues) -> list:
    """The spans that can say how a sign has gone: not a Plan's or instructions' ("AFO fitted
    today for the L foot drop"), unless there are no others."""
    described = [e for e in f.evidence if e.section not in c.ignored_sections]
    return described or list(f.evidence)


@dataclass(frozen=True)
class Courses:
    old: frozenset[int]       # ids of findings the notes call old (`new`)
    settled: frozenset[int]   # ... old or stable for weeks (`acute`)
    # the sides (left, right) whose limb signs the notes put on a cause outside the spine
    explained_sides: frozenset[str] = frozenset()
    # ids of limb signs some of whose spans the notes call old and whose other spans only
    # restate them on the same side, none called new (`restated_old`)
    restated: frozenset[int] = frozenset()


class _Others:
    """The other problems' spans in a span's document (none overlapping it, none the
    finding's own), listed when first read: only a cue found near the span reads them (a few
    of a case's ~5 spans), and listing them scans every problem of the document (~65)."""

    __slots__ = ("_problems", "_span", "_own", "_listed")

    def __init__(self, problems: Iterable[tuple[int, int]], span, own: set) -> None:
        self._problems, self._span, self._own = problems, span, own
        self._listed: Optional[list[tuple[int, int]]] = None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        listed = self._listed
        if listed is None:
            e, own = self._span, self._own
            listed = self._listed = [(s, t) for s, t in self._problems
                                     if (t <= e.start or s >= e.end)
                                     and (e.document, s, t) not in own]
        return iter(listed)


def read_courses(findings: Iterable[Finding], texts: Mapping[str, str],
                 dates: Mapping[str, date], received: date, codes: frozenset[str]) -> Courses:
    """The present findings of `codes` whose every evidence span the notes call old, and
    those whose every span they call old or stable for weeks. A span in a document without
    text (a test's) is not called anything."""
    c = cues()
    findings = list(findings)
    # where the notes name other problems (a limb's other signs are the same deficit's)
    problems: dict[str, set[tuple[int, int]]] = {}
    for f in findings:
        if f.code not in c.limb_deficits and not (f.code in c.course_codes
                                                   and f.assertion != "present"):
            for e in f.evidence:
                problems.setdefault(e.document, set()).add((e.start, e.end))
    sphincter_spans = {(e.document, e.start, e.end) for f in findings
                       if f.code in c.explained_signs for e in f.evidence}
    old, settled, restated = set(), set(), set()
    for f in findings:
        if f.assertion != "present" or f.code not in codes:
            continue
        spans = _spans(f, c)
        if not all(e.document in texts for e in spans):
            continue
        if f.code in c.explained_findings:
            # read by its explanation alone (course.yaml `explained_findings`)
            if _explained(f, texts, dates, c) or _cause_named_before(f, texts, dates, c):
                old.add(id(f))
                settled.add(id(f))
            continue
        # the finding's own other spans are no other problem: "Urinary symptoms are her
        # chronic urge incontinence" calls both of its spans chronic
        own = {(e.document, e.start, e.end) for e in f.evidence}
        if f.code in c.explained_signs:
            # the other sphincter's spans are no other problem either: "incontinent of urine
            # and stool at baseline (long-standing)" calls both complaints chronic (mend43d)
            own |= sphincter_spans
        others = [_Others(problems.get(e.document, ()), e, own) for e in spans]
        # a date years back places a condition of the current episode in the past; for
        # the signs, the words of a course decide (a date beside a deficit is more often a
        # study's or an operation's: "weakness on the 2019 EMG")
        olds = [e.section in c.old_sections
                or (f.code in c.explained_signs and said_urological(texts[e.document],
                                                                    e.start, e.end, c))
                or said_old(texts[e.document], e.start, e.end, c, near,
                            dates.get(e.document, received) if f.code in c.episode_codes
                            else None)
                or (f.code in c.episode_codes
                    and unlinked_injury(texts[e.document], e.start, e.end,
                                        dates.get(e.document, received), c))
                for e, near in zip(spans, others)]
        if all(olds) or (f.code in c.explained_signs and (
                _explained(f, texts, dates, c) or _latest_old(f, spans, olds, texts, dates, c))):
            old.add(id(f))
            settled.add(id(f))
        elif f.code in c.limb_deficits and restated_old(f, spans, olds, texts, c):
            restated.add(id(f))
        elif all(was_old or said_settled(texts[e.document], e.start, e.end,
                                         dates.get(e.document, received), c, near)
                 for e, was_old, near in zip(spans, olds, others)):
            settled.add(id(f))
    return Courses(frozenset(old), frozenset(settled),
                   _explained_sides(findings, texts, c), frozenset(restated))


def _latest_old(f: Finding, spans: Sequence, olds: Sequence[bool], texts: Mapping[str, str],
                dates: Mapping[str, date], c: Cues) -> bool:
    """A sphincter complaint whose every span in the latest dated note recording it that note
    calls old (chronic, baseline, long-standing), while an earlier note only rates or lists it
    with no course ("H0300 Urinary continence: 3 - always incontinent" on a quarterly facility
    assessment, then the physician's "urinary incontinence since 2023, unchanged ...
    incontinence is longstanding"): the latest note's reading of the same complaint stands,
    and no span of any note calls it new (mend43d, blind e644). Every span must be dated."""
    dated = [dates.get(e.document) for e in spans]
    if not dated or any(d is None for d in dated):
        return False
    latest = max(dated)
    if len(set(dated)) < 2 or not all(was_old for was_old, d in zip(olds, dated)
                                      if d == latest):
        return False
    for e in spans:
        text = texts[e.document]
        before = _sentence_part(text[max(0, e.start - c.window):e.start], before=True)
        if c.called_new.search(before) or c.new.search(before) \
                or c.new.search(text, e.start, e.end):
            return False
    return True


def restated_old(f: Finding, spans: Sequence, olds: Sequence[bool],
                 texts: Mapping[str, str], c: Cues) -> bool:
    """A limb sign one note calls old, restated elsewhere on the same side with no word of a
    new course ("Achilles R 1+ (unchanged since the 2018 surgery)" in the office note, and
    "Neurological deficit: [X] Yes - diminished R Achilles reflex" on the request form a day
    later, blind e200): the restatement is the same old sign, not shown to be new - a reviewer
    decides (`beside_old`). Some span called old, one not; each span that is not names no side
    other than the old spans' sides, and none is called new."""
    if not any(olds) or all(olds):
        return False
    old_sides = set()
    for e, was_old in zip(spans, olds):
        if was_old:
            old_sides |= _span_sides(texts[e.document], e.start, e.end)
    old_sides = (old_sides & {"left", "right"}) or ({f.laterality} & {"left", "right"})
    if not old_sides:
        return False
    for e, was_old in zip(spans, olds):
        if was_old:
            continue
        text = texts[e.document]
        # `said_new`'s window, read for a new course's words too
        before = _sentence_part(text[max(0, e.start - c.window):e.start], before=True)
        if c.called_new.search(before) or c.new.search(before):
            return False
        sides = _span_sides(text, e.start, e.end) & {"left", "right"}
        if sides - old_sides:
            return False
    return True


def said_limb_cause(text: str, start: int, end: int, was_old: bool, c: Cues) -> bool:
    """The limb sign text[start:end] is put on a cause outside the spine (course.yaml
    `limb_causes`): a link and a cause right after it, in its sentence ("4/5 (residual from
    the stroke)", "weakness due to her MS"); or, for a sign the notes call old, a cause named
    in its sentence within the window ("PMH: stroke 2022 with residual right hemiparesis")."""
    linked, named = _limb_cause_words(text, start, end, c)
    return linked or (was_old and named)


def _limb_cause_words(text: str, start: int, end: int, c: Cues) -> tuple[bool, bool]:
    """`said_limb_cause`'s two readings, told apart so that whether the sign is called old is
    asked only when it decides (a cause named, none linked): (a link and a cause after the
    span; else a cause named in its sentence within the window)."""
    after = _sentence_part(text[end:end + 2 * c.window], before=False)
    if c.limb_explained.search(after) or _cause_in_parenthesis(after, c):
        return True, False
    before = _sentence_part(text[max(0, start - c.window):start], before=True)
    return False, (c.limb_cause.search(before) is not None
                   or c.limb_cause.search(after[:c.window]) is not None)


# a parenthesis opened within two words after a sign ("decreased light touch in the L T8 band
# (PHN area)", "R hand weakness (old stroke)"), and its content to the closing mark
_PAREN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?\(([^()]{1,40})\)")
# a parenthesis that weighs a cause instead of naming it ("(neuropathy vs L5)", "(r/o MS)")
_PAREN_DOUBT = re.compile(r"\?|\b(?:vs|versus|or|r/o|rule out|ruled out|not|no|unlikely|less "
                          r"likely|possible|possibly|question)\b", re.I)


def _cause_in_parenthesis(after: str, c: Cues) -> bool:
    """A cause outside the spine named in a parenthesis right after a sign, without a doubt
    in it: the notes put the sign on that cause as much as with a link word."""
    m = _PAREN_AFTER.match(after)
    return bool(m and c.limb_cause.search(m.group(1)) and not _PAREN_DOUBT.search(m.group(1)))


def _explained_sides(findings: Sequence[Finding], texts: Mapping[str, str],
                     c: Cues) -> frozenset[str]:
    """The sides whose limb signs a span puts on a cause outside the spine (`said_limb_cause`):
    a stroke's right hemiparesis explains the right side, not the left."""
    sides = set()
    for f in findings:
        if f.assertion != "present" or f.code not in c.central_signs:
            continue
        for e in f.evidence:
            text = texts.get(e.document)
            if text is None:
                continue
            # `said_limb_cause`, with `said_old` read only where a cause is named: most
            # central signs name none, and `said_old` is the costlier test
            linked, named = _limb_cause_words(text, e.start, e.end, c)
            if linked or named and (e.section in c.old_sections
                                    or said_old(text, e.start, e.end, c)):
                sides |= _span_sides(text, e.start, e.end) or {f.laterality}
    return frozenset(sides & {"left", "right"})


# a side named in the span or right before it ("residual right hemiparesis", "R EHL 4/5")
_SIDE_NAMED = re.compile(r"(?<![\w/])(left|right|lt|rt|l|r)(?![\w/])", re.I)
_SIDE_OF = {"left": "left", "lt": "left", "l": "left", "right": "right", "rt": "right",
            "r": "right"}


def _span_sides(text: str, start: int, end: int) -> set[str]:
    before = _sentence_part(text[max(0, start - 12):start], before=True)
    return {_SIDE_OF[m.group(1).lower()] for m in _SIDE_NAMED.finditer(before + text[start:end])}


# what may stand between a symptom and its duration: "low back pain of 5 weeks", "for 7
# weeks", "x 6 wks", "(8 weeks)", "since September", "that started 3 weeks ago", "leg pain to
# the lateral foot, onset early August" (where it goes, then when it began); a second
# symptom joined to it shares the duration ("LBP + R buttock pain x 5 wks", "neck and L arm
# pain for 6 weeks")
_DURATION_AFTER = re.compile(r"(?:\s*(?:\+|&|and|w/|with)\s+(?:(?:l|r|lt|rt|left|right|bilat|"
                             r"bilateral)\s+)?[a-z]+\s+(?:pain|ache|aching|numbness|tingling|"
                             r"paresthesias?|sciatica)\b)?"
                             # where the pain goes ("leg pain to the lateral foot, onset ...")
                             r"(?:\s+(?:to|into|down)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:foot|"
                             r"feet|toes?|calf|knee|thigh|leg|ankle|heel|hand|fingers?|arm|"
                             r"shoulder)\b)?"
                             r"\s*(?:[,(:-]\s*)?(?:(?:of|for|x|×|since|over|lasting|now|that "
                             r"(?:started|began)|which (?:started|began)|started|began|"
                             r"onset(?:\s+(?:in|on))?)\s*:?\s+)?",
                             re.I)
# how a duration right after a symptom opens ("~6 wks", "about 5 weeks", "> 6 wks", "x3d",
# "a month", "mid-October", "September"): timex runs only there, most spans have none
_DURATION_OPENS = re.compile(
    r"(?:(?:~|>|<|≥|about|approximately|approx\.?|around|nearly|almost|over|more than|"
    r"less than|roughly|x)\s*)?(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|several|few|couple|many|mid|early|late|last|past|this|since|the|"
    r"yesterday|today|tonight|overnight)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I)
# what every time expression holds: a figure, a time unit or a month's name
_TIME_WORD = re.compile(r"\d|week|wk|month|mo\b|mos\b|year|yr|day|since|ago|jan|feb|mar|apr|"
                        r"may|jun|jul|aug|sep|oct|nov|dec", re.I)
# and before it: "5 weeks of low back pain", "3-month history of back pain"
_DURATION_BEFORE = re.compile(r"(?:\s+(?:of|history of|hx of|h/o))\s+$", re.I)


# an onset word before a date makes the date the symptom's start ("onset early August 2026",
# "started 09/02/2026"): a plain date after the symptom says when, not since when
_ONSET_LINK = re.compile(r"\b(?:onset(?:\s+(?:in|on))?|started|began)\s*:?\s*$", re.I)


def stated_weeks(text: str, start: int, end: int, reference: date) -> Optional[float]:
    """How long the symptom at text[start:end] has lasted, as the sentence states it right
    next to the span (timex resolves the expression), else None."""
    if not (_TIME_WORD.search(text, end, end + 40)
            or _TIME_WORD.search(text, max(0, start - 40), start)):
        return None   # no figure, unit or month near: most spans
    after = _sentence_part(text[end:end + 40], before=False)
    lead = _DURATION_AFTER.match(after).end()
    # timex only where a duration can stand (most spans have none beside them)
    if _DURATION_OPENS.match(after, lead):
        for tx in find_time_expressions(after, reference)[:1]:
            if tx.start <= lead:
                return _weeks(tx, reference,
                              onset=_ONSET_LINK.search(after, 0, lead) is not None)
    before = _sentence_part(text[max(0, start - 40):start], before=True)
    link = _DURATION_BEFORE.search(before)
    if link and _TIME_WORD.search(before, 0, link.start()):
        head = before[:link.start()]
        found = find_time_expressions(head, reference)
        if found and found[-1].end == len(head):
            return _weeks(found[-1], reference)
    return None


def _weeks(tx, reference: date, onset: bool = False) -> Optional[float]:
    if tx.kind in ("since", "ago") and tx.start_date is not None:
        return (reference - tx.start_date).days / 7
    if onset and tx.kind == "date" and tx.start_date is not None \
            and tx.start_date <= reference:
        # "onset early August 2026": the date the symptom started, so lasting since then
        return (reference - tx.start_date).days / 7
    return tx.weeks
