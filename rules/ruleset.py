"""Loads guideline rule files (rules/SCHEMA.md) into checked, immutable trees."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from spinecite.pipeline.resources import codes

RULES_DIR = Path(__file__).resolve().parent / "guidelines"
# closed word lists that rule files name in `mentions:` instead of repeating them
WORD_LISTS_PATH = Path(__file__).resolve().parent / "word_lists.yaml"
# contract §3's urgent red flags, in the guideline file format but governing no CPT code
RED_FLAGS_PATH = Path(__file__).resolve().parent / "red_flags.yaml"
FRAGMENTS_PATH = Path(__file__).resolve().parent / "fragments.yaml"
GUIDELINES_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "guidelines"
COMPARATORS = {"gte", "gt", "lte", "lt", "eq", "in"}
ASSERTIONS = {"present", "absent", "possible", "historical", "hypothetical", "family"}


class RuleFileError(ValueError):
    pass


# slots (every class below): the evaluator reads a case's ~1,400 nodes' fields, each read a
# slot's offset, not a look-up in the node's own dict
@dataclass(frozen=True, slots=True)
class Quote:
    text: Optional[str]
    section: Optional[str]


MODALITIES = {"ct", "mri", "mra"}


@dataclass(frozen=True, slots=True)
class FindingNode:
    code: str
    assertions: tuple[str, ...]
    where: tuple[tuple[str, str, Any], ...]   # (attribute, comparator, operand)
    within_days: Optional[int]
    quote: Quote
    # words one of the finding's evidence spans must name (a guideline's own list, e.g. the
    # implant kinds that make MRI contraindicated); empty = any evidence
    mentions: tuple[str, ...] = ()
    # assertions of the same code that put a met in doubt (the documents disagree: "CES ruled
    # out", "foot drop in 2015, resolved"): met becomes unknown, for a clinician to settle
    unless: tuple[str, ...] = ()
    # how `within_days` dates a finding without a date of its own: "document" (the note's
    # date), "unknown" (the window cannot be checked), or the codes whose latest date stands
    # for it (a stated failed course is as recent as the therapies it is made of)
    undated: Union[str, tuple[str, ...]] = "document"
    # a finding whose `where` attribute the note does not state does not count (not_met),
    # instead of leaving the node unknown: for an escape from an exclusion, which the request
    # must show ("the prior study was inconclusive")
    stated: bool = False
    # codes whose latest present finding the finding must not predate (its date as `undated`
    # says): a re-evaluation after the treatment period, not an exam before the course began
    after: tuple[str, ...] = ()
    # a code one of whose present findings must lie on this finding's side (or on both, or on
    # no stated side): a worsening of the right leg's pain does not make a left foot drop
    # progressive
    same_side_as: Optional[str] = None
    # the line asks for a new deficit: one the notes call old ("baseline", "chronic", "since
    # 2021") does not count, and one beside such a sign of the same limb is a reviewer's
    new: bool = False
    # the line asks for an acute deficit: one the notes call old or stable for weeks ("foot
    # drop, unchanged since my exam on 09/15") does not count
    acute: bool = False
    # the line asks for a deficit that progressed between examinations: it counts only when
    # a note dated before every note recording it denied it on that side ("Strength 5/5 BLE"
    # in April, "gastrocnemius 4/5" in May)
    since_denied: bool = False
    # the finding counts only when a present symptom_progression's evidence stands right
    # beside its own ("new and progressing EHL/TA weakness"): the worsening is said of it
    worsened: bool = False
    # the finding counts only when a word before one of its spans calls it new or changing
    # ("developed new R foot weakness", rules/course.yaml `onset`)
    called_new: bool = False
    # the line asks for a sign of the spine (a root's or the cord's): one on a side whose signs
    # the notes put on a stroke, MS, a brain lesion, a plexopathy or a neuropathy, and which
    # no span calls new, is a reviewer's (rules/course.yaml `central_signs`)
    spinal: bool = False
    # words the same evidence span must also name, beside one of `mentions`: an operation
    # and its scheduling in one phrase ("Scheduled for L4-5 decompression"), not a scheduled
    # injection beside an operation only considered
    mentions_also: tuple[str, ...] = ()
    # `mentions` may also be read in the words after a span, to its sentence's end: a study
    # named in a report line whose findings follow ("XR L-spine with flexion/extension today:
    # lucency around both S1 screws")
    mentions_sentence: bool = False
    # words that make a span no mention: with them, `mentions` and these are both read in the
    # span and the words right around it (the course window, in its sentence), and a span with
    # one of these there does not count: a suspicion is no known fact ("stage IV NSCLC" names
    # a known spread, "must exclude osseous metastasis" does not)
    mentions_not: tuple[str, ...] = ()
    # codes every present finding of which the finding's course must have begun after (its
    # start, a procedure's date; an undated one does not count): a treatment since the
    # previous study, not a course under way when it was done
    begun_after: tuple[str, ...] = ()
    # `mentions` may also be read in the words right around a span (the course window, in its
    # sentence): a suspicion written before the spread it doubts ("suspicious for metastatic
    # disease", where the span is "metastatic disease")
    mentions_near: bool = False
    # an operation counts only where its words (a level, "cervical", "ACDF") name the region
    # of the study requested, or name none: the "surgical site" of a post-operative line
    same_region: bool = False
    # a root sign or radicular symptom counts only where its level or limb (an L5 root, a leg;
    # a C6 root, an arm) is of the region of the study requested, or it names none
    limb_region: bool = False
    # days of treatment the course must show by the note recording it: a therapy the notes
    # date (or give weeks) at least that long before the note ("a Medrol dose pack completed 8
    # days ago, no relief"), not a course begun days ago ("failed 3 days of naproxen")
    course_days: Optional[int] = None
    # the line asks for a sign the patient has now: it does not count when a note dated after
    # every note recording it denies it ("fever to 39.2" at an admission, "afebrile, normal
    # CRP" at the follow-up: the fever is gone)
    current: bool = False
    # words that, right around any of the finding's spans (the course window, in its
    # sentence), make none of its spans a mention: one event, told once in these words, is so
    # told in every note ("rear-ended at ~15 mph" in the ED, "Low-mechanism MVC" in its MDM:
    # the x-ray's "MVC today" is no high-energy mechanism either; next39, dev e456)
    mentions_unless_told: tuple[str, ...] = ()
    # with `after`: a date on the day a course of those codes states as its end counts too
    # (a telephone or video contact of the requesting office on the course's last day, which
    # reports the course done: eviCore's "other meaningful contact" after the treatment
    # period; next41, dev e492 e496). Not for an in-person exam, where the therapist's
    # discharge visit of that day is part of the course
    after_same_day: bool = False


@dataclass(frozen=True, slots=True)
class RequestNode:
    """A fact of the request, not of the notes: the requested CPT code or its modality."""

    cpts: frozenset[str]
    modalities: frozenset[str]
    quote: Quote


@dataclass(frozen=True, slots=True)
class LogicNode:
    op: str                       # all | any | not | at_least
    children: tuple["Node", ...]
    n: int
    quote: Quote


@dataclass(frozen=True, slots=True)
class AgeNode:
    comparisons: tuple[tuple[str, float], ...]
    quote: Quote


@dataclass(frozen=True, slots=True)
class RefNode:
    name: str
    quote: Quote


@dataclass(frozen=True, slots=True)
class JudgmentNode:
    why: str
    quote: Quote


Node = Union[FindingNode, LogicNode, AgeNode, RefNode, JudgmentNode, RequestNode]


@dataclass(frozen=True, slots=True)
class Entry:
    """An indication, requirement, exclusion or definition: a quoted, placed tree."""

    id: str
    quote: Quote
    when: Optional[Node]
    family: Optional[str] = None
    regions: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()   # the entry applies only to requests of these modalities
    urgent: bool = False
    skip_requirements: bool = False
    # an exclusion that does not apply when an urgent indication of the file is met: an
    # emergent finding is the clinical change a repeat study needs (rules/SCHEMA.md)
    unless_urgent: bool = False


@dataclass(frozen=True)
class Guideline:
    id: str
    title: str
    source_file: str
    source_sha256: str
    governs: frozenset[str]
    definitions: dict[str, Entry]
    requirements: tuple[Entry, ...]
    exclusions: tuple[Entry, ...]
    indications: tuple[Entry, ...]
    judgment_only: tuple[Entry, ...]
    not_encoded: tuple[Entry, ...]
    path: Path = field(compare=False)
    # sections whose lines are no sign the patient has (a Review of Systems checklist, a Plan's
    # precautions): a sign found only there does not count in this file (rules/SCHEMA.md)
    no_sign_sections: frozenset[str] = frozenset()


def _quote(raw: dict[str, Any], parent_section: Optional[str]) -> Quote:
    return Quote(raw.get("text"), raw.get("section", parent_section))


def parse_node(raw: Any, where: str, section: Optional[str]) -> Node:
    if not isinstance(raw, dict):
        raise RuleFileError(f"{where}: a node must be a mapping, got {type(raw).__name__}")
    quote = _quote(raw, section)
    section = quote.section
    if "finding" in raw:
        code = raw["finding"]
        if code not in codes():
            raise RuleFileError(f"{where}: unknown finding code {code!r}")
        assertions = raw.get("assertion", "present")
        assertions = (assertions,) if isinstance(assertions, str) else tuple(assertions)
        if not set(assertions) <= ASSERTIONS:
            raise RuleFileError(f"{where}: unknown assertion in {assertions}")
        conditions = []
        for attribute, test in (raw.get("where") or {}).items():
            if not isinstance(test, dict):
                test = {"in": test} if isinstance(test, list) else {"eq": test}
            for comparator, operand in test.items():
                if comparator not in COMPARATORS:
                    raise RuleFileError(f"{where}: unknown comparator {comparator!r}")
                conditions.append((attribute, comparator, operand))
        mentions = _mentions(raw.get("mentions"), where)
        mentions_also = _mentions(raw.get("mentions_also"), where)
        if mentions_also and not mentions:
            raise RuleFileError(f"{where}: `mentions_also` needs `mentions`")
        mentions_sentence = raw.get("mentions_sentence", False)
        if not isinstance(mentions_sentence, bool) or (mentions_sentence and not mentions):
            raise RuleFileError(f"{where}: `mentions_sentence` is true or false, with `mentions`")
        mentions_near = _mentions_near(raw, bool(mentions), where)
        mentions_not = _mentions(raw.get("mentions_not"), where)
        if mentions_not and (not mentions or mentions_also or mentions_sentence):
            raise RuleFileError(f"{where}: `mentions_not` needs `mentions`, without "
                                "`mentions_also` or `mentions_sentence`")
        mentions_unless_told = _mentions(raw.get("mentions_unless_told"), where)
        if mentions_unless_told and not mentions:
            raise RuleFileError(f"{where}: `mentions_unless_told` needs `mentions`")
        unless = raw.get("unless") or ()
        unless = (unless,) if isinstance(unless, str) else tuple(unless)
        if not set(unless) <= ASSERTIONS or set(unless) & set(assertions):
            raise RuleFileError(f"{where}: `unless` {unless} must be other assertions than "
                                f"{assertions}")
        stated = raw.get("stated", False)
        if not isinstance(stated, bool):
            raise RuleFileError(f"{where}: `stated` is true or false")
        after = tuple(raw.get("after") or ())
        unknown = [c for c in after if c not in codes()]
        if unknown:
            raise RuleFileError(f"{where}: unknown finding code(s) {unknown} in `after`")
        after_same_day = raw.get("after_same_day", False)
        if not isinstance(after_same_day, bool) or (after_same_day and not after):
            raise RuleFileError(f"{where}: `after_same_day` is true or false, and needs `after`")
        begun_after = _begun_after(raw, where)
        same_side_as = raw.get("same_side_as")
        if same_side_as is not None and same_side_as not in codes():
            raise RuleFileError(f"{where}: unknown finding code {same_side_as!r} in `same_side_as`")
        new, acute = raw.get("new", False), raw.get("acute", False)
        since_denied, worsened = raw.get("since_denied", False), raw.get("worsened", False)
        called_new, spinal = raw.get("called_new", False), raw.get("spinal", False)
        same_region, limb_region = raw.get("same_region", False), raw.get("limb_region", False)
        current = raw.get("current", False)
        if not all(isinstance(v, bool) for v in (new, acute, since_denied, worsened, called_new,
                                                 spinal, same_region, limb_region, current)):
            raise RuleFileError(f"{where}: `new`, `acute`, `since_denied`, `worsened`, "
                                "`called_new`, `spinal`, `same_region`, `limb_region` and "
                                "`current` are true or false")
        return FindingNode(code, assertions, tuple(conditions), raw.get("within_days"), quote,
                           mentions, unless, _undated(raw.get("undated", "document"), where),
                           stated, after, same_side_as, new, acute, since_denied, worsened,
                           called_new, spinal, mentions_also, mentions_sentence, mentions_not,
                           begun_after=begun_after, mentions_near=mentions_near,
                           same_region=same_region, limb_region=limb_region,
                           course_days=_course_days(raw, where), current=current,
                           mentions_unless_told=mentions_unless_told,
                           after_same_day=after_same_day)
    for op in ("all", "any"):
        if op in raw:
            children = tuple(parse_node(c, f"{where}.{op}[{i}]", section)
                             for i, c in enumerate(raw[op]))
            return LogicNode(op, children, 0, quote)
    if "not" in raw:
        return LogicNode("not", (parse_node(raw["not"], f"{where}.not", section),), 0, quote)
    if "at_least" in raw:
        spec = raw["at_least"]
        children = tuple(parse_node(c, f"{where}.at_least[{i}]", section)
                         for i, c in enumerate(spec["of"]))
        return LogicNode("at_least", children, int(spec["n"]), quote)
    if "age" in raw:
        return AgeNode(tuple((k, float(v)) for k, v in raw["age"].items()), quote)
    if "ref" in raw:
        return RefNode(raw["ref"], quote)
    if "fragment" in raw:
        name = raw["fragment"]
        shared = fragments()
        if name not in shared:
            raise RuleFileError(f"{where}: unknown fragment {name!r} (rules/fragments.yaml)")
        node = parse_node(shared[name], f"{where}.fragment[{name}]", section)
        return node if quote.text is None else LogicNode("all", (node,), 0, quote)
    if "judgment" in raw:
        return JudgmentNode(str(raw["judgment"]), quote)
    if "request" in raw:
        spec = raw["request"] or {}
        modalities = _modalities(spec.get("modality"), where)
        cpts = frozenset(str(c) for c in spec.get("cpt") or ())
        if not cpts and not modalities:
            raise RuleFileError(f"{where}: a request node needs `cpt` or `modality`")
        return RequestNode(cpts, modalities, quote)
    if "when" in raw:  # a quoted line whose logic is its `when`
        return LogicNode("all", (parse_node(raw["when"], f"{where}.when", section),), 0, quote)
    raise RuleFileError(f"{where}: no node type among {sorted(raw)}")


def _mentions(raw: Any, where: str) -> tuple[str, ...]:
    if isinstance(raw, str):   # the name of a shared list
        lists = word_lists()
        if raw not in lists:
            raise RuleFileError(f"{where}: unknown word list {raw!r} (known: {sorted(lists)})")
        raw = lists[raw]
    return tuple(str(m).lower() for m in raw or ())


def _mentions_near(raw: dict, has_mentions: bool, where: str) -> bool:
    """rules/SCHEMA.md `mentions_near`: true or false, with `mentions`."""
    near = raw.get("mentions_near", False)
    if not isinstance(near, bool) or (near and not has_mentions):
        raise RuleFileError(f"{where}: `mentions_near` is true or false, with `mentions`")
    return near


def _begun_after(raw: dict, where: str) -> tuple[str, ...]:
    codes_ = tuple(raw.get("begun_after") or ())
    unknown = [c for c in codes_ if c not in codes()]
    if unknown:
        raise RuleFileError(f"{where}: unknown finding code(s) {unknown} in `begun_after`")
    return codes_


def _course_days(raw: dict, where: str) -> Optional[int]:
    days = raw.get("course_days")
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 1):
        raise RuleFileError(f"{where}: `course_days` is a whole number of days, at least 1")
    return days


def _undated(raw: Any, where: str) -> Union[str, tuple[str, ...]]:
    if raw in ("document", "unknown", "skip", "latest_document", "earlier_documents"):
        return raw
    if isinstance(raw, dict) and set(raw) == {"latest_of"}:
        unknown = [c for c in raw["latest_of"] if c not in codes()]
        if unknown:
            raise RuleFileError(f"{where}: unknown finding code(s) {unknown} in `undated`")
        return tuple(raw["latest_of"])
    raise RuleFileError(f"{where}: `undated` is document, unknown, skip, latest_document, "
                        "earlier_documents or {latest_of: [codes]}")


@lru_cache(maxsize=None)
def word_lists(path: Path = WORD_LISTS_PATH) -> dict[str, tuple[str, ...]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader) or {}
    return {name: tuple(_flat_words(words)) for name, words in data.items()}


def _flat_words(words: list) -> list:
    """A list may open with another list's YAML alias (`[*incontinence_or_retention, urge]`):
    it holds that list's words, so the two never drift apart."""
    flat: list = []
    for word in words:
        flat.extend(_flat_words(word) if isinstance(word, list) else [word])
    return flat


@lru_cache(maxsize=None)
def fragments(path: Path = FRAGMENTS_PATH) -> dict[str, Any]:
    """The node trees several guideline files share (rules/SCHEMA.md `fragment`). A quote
    belongs to one guideline's source, so a fragment is pure logic: no `text`."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader) or {}
    for name, tree in data.items():
        if _has_text(tree):
            raise RuleFileError(f"{path.name}:{name}: a fragment quotes no guideline (`text`)")
    return data


def _has_text(raw: Any) -> bool:
    if isinstance(raw, dict):
        return "text" in raw or any(_has_text(v) for v in raw.values())
    return isinstance(raw, list) and any(_has_text(v) for v in raw)


def _modalities(raw: Any, where: str) -> frozenset[str]:
    values = (raw,) if isinstance(raw, str) else tuple(raw or ())
    if not set(values) <= MODALITIES:
        raise RuleFileError(f"{where}: unknown modality in {values} (known: {sorted(MODALITIES)})")
    return frozenset(values)


def _entry(raw: dict[str, Any], where: str) -> Entry:
    if "id" not in raw:
        raise RuleFileError(f"{where}: entry without id")
    quote = _quote(raw, None)
    when = parse_node(raw["when"], f"{raw['id']}.when", quote.section) if "when" in raw else None
    regions = raw.get("region") or ()
    regions = (regions,) if isinstance(regions, str) else tuple(regions)
    modalities = tuple(sorted(_modalities(raw.get("modality"), raw["id"])))
    return Entry(id=raw["id"], quote=quote, when=when, family=raw.get("family"), regions=regions,
                 modalities=modalities, urgent=bool(raw.get("urgent", False)),
                 skip_requirements=bool(raw.get("skip_requirements", False)),
                 unless_urgent=bool(raw.get("unless_urgent", False)))


def load_guideline(path: Path) -> Guideline:
    # libyaml's loader parses the five files in a tenth of the pure-Python loader's time
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    gid = data["guideline"]
    definitions = {}
    for name, raw in (data.get("definitions") or {}).items():
        definitions[name] = _entry({"id": f"{gid}.def.{name}", **raw}, f"{path.name}:{name}")
    guideline = Guideline(
        id=gid, title=data.get("title", gid), source_file=data["source"]["file"],
        source_sha256=data["source"].get("sha256", ""),
        governs=frozenset(str(c) for c in data.get("governs", [])),
        definitions=definitions,
        requirements=tuple(_entry(r, path.name) for r in data.get("requirements") or []),
        exclusions=tuple(_entry(r, path.name) for r in data.get("exclusions") or []),
        indications=tuple(_entry(r, path.name) for r in data.get("indications") or []),
        judgment_only=tuple(_entry(r, path.name) for r in data.get("judgment_only") or []),
        not_encoded=tuple(_entry(r, path.name) for r in data.get("not_encoded") or []),
        path=path,
        no_sign_sections=frozenset(data.get("no_sign_sections") or ()),
    )
    _check_refs(guideline)
    return guideline


def walk(node: Optional[Node]):
    if node is None:
        return
    yield node
    if isinstance(node, LogicNode):
        for child in node.children:
            yield from walk(child)


def _check_refs(g: Guideline) -> None:
    entries = [*g.definitions.values(), *g.requirements, *g.exclusions, *g.indications]
    for entry in entries:
        for node in walk(entry.when):
            if isinstance(node, RefNode) and node.name not in g.definitions:
                raise RuleFileError(f"{g.path.name}: {entry.id} refers to unknown definition "
                                    f"{node.name!r}")


def source_sha256(g: Guideline, guidelines_dir: Path = GUIDELINES_DIR) -> str:
    return hashlib.sha256((guidelines_dir / g.source_file).read_bytes()).hexdigest()


@lru_cache(maxsize=None)
def load_all(rules_dir: Path = RULES_DIR) -> dict[str, Guideline]:
    return {g.id: g for g in (load_guideline(p) for p in sorted(rules_dir.glob("*.yaml")))}


@lru_cache(maxsize=None)
def load_red_flags(path: Path = RED_FLAGS_PATH) -> Guideline:
    return load_guideline(path)
