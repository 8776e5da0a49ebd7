"""Evaluates a case's findings against a guideline rule set. Deterministic and pure.

Three-valued: a node is met, not_met or unknown (a therapy whose weeks the note does not
state, a judgment no note settles). Only `met` indications make an outcome `met`; the
program never denies, so everything else is `not_met` with `missing` sentences a nurse can act
on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
from dataclasses import dataclass
from itertools import chain
from typing import Any, Iterable, Iterator, Mapping, Optional

from pydantic import BaseModel

from spinecite.extractors.models import Evidence, Finding, MotorValue, TherapyValue
# the written x/5 grade as the pipeline reads it: what counts as a grade here is what gave
# the finding its grade (not a date's "3/5/26")
from spinecite.pipeline.attributes import _GRADE as _MUSCLE_GRADE
from spinecite.pipeline.attributes import REGION_OF_LEVEL as _OPERATED_REGION
from spinecite.pipeline.resources import codes
from spinecite.rules.claims import Claim, claim_sentence, contradicted_claims
from spinecite.rules.course import (Courses, cues as course_cues, read_courses, said_never,
                                    denied_before_now, kinds_named,
                                    said_new, sentence_part, sentence_rest, stated_weeks)
from spinecite.rules.missing import (_CONSTANT_SCORES, _REQUEST_WORDS, _SIGNS, _age_words,
                                     _closeness, _logic_words, _missing_sentence,
                                     describe_finding)
from spinecite.rules.models import CriterionResult, Determination, Source
from spinecite.rules.therapy import (COMPLAINT_CODES, TRIAL_CODES, charted_weeks,
                                     course_start, within_complaint, within_courses,
                                     within_named)
from spinecite.rules.ruleset import (AgeNode, Entry, FindingNode, Guideline, JudgmentNode,
                                     LogicNode, Node, Quote, RefNode, RequestNode, word_lists)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
OLD, BESIDE_OLD = "old", "beside_old"
_NO_COURSES = Courses(frozenset(), frozenset())

CPT_REGIONS = {
    "cervical": {"72125", "72126", "72127", "72141", "72142", "72156"},
    "thoracic": {"72128", "72129", "72130", "72146", "72147", "72157"},
    "lumbar": {"72131", "72132", "72133", "72148", "72149", "72158"},
}


# contract §5 CPT lists: 72125-72133 CT, 72141-72158 MRI, 72159 MRA spinal canal
CPT_MODALITIES = {
    "ct": {"72125", "72126", "72127", "72128", "72129", "72130", "72131", "72132", "72133"},
    "mri": {"72141", "72142", "72146", "72147", "72148", "72149", "72156", "72157", "72158"},
    "mra": {"72159"},
}


_OPPOSITE = {"left": "right", "right": "left"}
_REGION_OF = {cpt: region for region, cpts in CPT_REGIONS.items() for cpt in cpts}
_MODALITY_OF = {cpt: modality for modality, cpts in CPT_MODALITIES.items() for cpt in cpts}


def cpt_region(cpt: str) -> Optional[str]:
    return _REGION_OF.get(cpt)


def cpt_modality(cpt: str) -> Optional[str]:
    return _MODALITY_OF.get(cpt)


def _applies(entry: Entry, cpt: str) -> bool:
    return ((not entry.regions or cpt_region(cpt) in entry.regions)
            and (not entry.modalities or cpt_modality(cpt) in entry.modalities))


# the fields whose change makes another case (`CaseFacts.replace` keeps no index)
_CASE_FIELDS = frozenset({"findings", "texts", "document_dates"})


@dataclass(frozen=True)
class CaseFacts:
    received_date: dt.date
    age: Optional[float]
    findings: tuple[Finding, ...]
    cpt: Optional[str] = None   # the requested study being evaluated (set by `evaluate`)
    # set for the urgency pass only: a red flag the documents dispute (`unless`) still counts
    ignore_doubt: bool = False
    # (document id, its date) for each dated document of the case
    document_dates: tuple[tuple[str, dt.date], ...] = ()
    # (document id, its text as read) for each document: what evidence offsets point into,
    # read for the words around a deficit's evidence (`new`, rules/course.py)
    texts: tuple[tuple[str, str], ...] = ()
    # the payer-facing documents of the case (a letter of medical necessity, a PA form:
    # pipeline/document_kind.py); `weigh_claims` (set by `evaluate`) sets aside their claims
    # that the clinical record contradicts (rules/claims.py)
    payer_facing: tuple[str, ...] = ()
    weigh_claims: bool = False

    def of_code(self, code: str) -> list[Finding]:
        return list(self._by_code.get(code, ()))

    def replace(self, **changes: Any) -> "CaseFacts":
        """`dataclasses.replace`, keeping the indexes of the findings built so far (every
        guideline of a case re-reads the same findings)."""
        new = dataclasses.replace(self, **changes)
        if changes.keys() & _CASE_FIELDS:
            return new
        self._read   # made here, so that what one guideline reads the next one finds
        self.made_once
        for name in ("_by_code", "codes", "dates", "text_of", "_read", "made_once"):
            if name in self.__dict__:
                new.__dict__[name] = self.__dict__[name]
        return new

    @functools.cached_property
    def codes(self) -> frozenset[str]:
        """Every code the findings name, whatever their assertion."""
        return frozenset(self._by_code)

    @functools.cached_property
    def dates(self) -> dict[str, dt.date]:
        """`document_dates` by document id (never mutated)."""
        return dict(self.document_dates)

    @functools.cached_property
    def text_of(self) -> dict[str, str]:
        """`texts` by document id (never mutated)."""
        return dict(self.texts)

    @functools.cached_property
    def _read(self) -> dict[Any, Any]:
        """What is read from the notes' words (rules/course.py), once for the case: the facts
        of each guideline (`replace`) share this dict."""
        return {}

    @functools.cached_property
    def made_once(self) -> dict[Any, Any]:
        """What the evaluators of the case make from its findings, once for the case (results
        are never mutated): the criteria's evidence lists (every guideline cites the same
        findings, so each list is built once and shared, not rebuilt and deduplicated per
        guideline) and the finding tests' outcomes (`_Evaluator._finding`)."""
        return {}

    @property
    def _courses(self) -> Courses:
        """The present signs the notes call old, or stable for weeks (rules/course.py)."""
        read = self._read
        courses = read.get("courses")
        if courses is None:
            courses = _NO_COURSES
            if self.texts:
                kinds = codes()
                cues = course_cues()
                episode = cues.episode_codes | cues.explained_findings
                signs = frozenset(c for c in self.codes
                                  if kinds[c]["kind"] == "sign" or c in episode)
                courses = read_courses(self.findings, self.text_of, self.dates,
                                       self.received_date, signs)
            read["courses"] = courses
        return courses

    def stated_weeks(self, finding: Finding) -> Optional[float]:
        """How long a symptom has lasted, as its notes state it next to its evidence ("low
        back pain of 5 weeks", "since September"; rules/course.py): the longest such span."""
        known = self._read
        key = id(finding)
        if key not in known:
            texts = self.text_of
            weeks = [w for e in finding.evidence if e.document in texts
                     and (w := stated_weeks(texts[e.document], e.start, e.end,
                                            self.dates.get(e.document, self.received_date)))
                     is not None]
            known[key] = max(weeks, default=None)
        return known[key]

    def therapy_weeks(self, finding: Finding) -> Optional[float]:
        """A course's weeks as far as its dates allow (rules/therapy.py): a stated duration
        longer than the time from the course's start to the latest note recording it is cut
        to that time ("Failed 6 wks PT" per pt beside a discharge dated from 10/27, dev d222)."""
        known = self._read
        key = ("therapy_weeks", id(finding))
        if key not in known:
            dates = self.dates
            reported_on = ([dates[e.document] for e in finding.evidence if e.document in dates]
                           or [finding.document_date or self.received_date])
            weeks = charted_weeks(finding.value, reported_on)
            if finding.code == "conservative_care_failed":
                # the failed course is no longer than the complaint it treated (d896)
                weeks = within_complaint(weeks, finding.value, [
                    self.stated_weeks(f) for code in COMPLAINT_CODES
                    for f in self._by_code.get(code, ()) if f.assertion == "present"])
                # ... nor than the treatments the packet dates (d966), nor past their end (e128)
                weeks = within_courses(weeks, finding.value, reported_on, self._trial_rows())
                # ... nor than the dated course of a therapy its own sentence names (e058)
                weeks = within_named(weeks, finding.value, reported_on, self._named_in(finding))
            known[key] = weeks
        return known[key]

    def _named_in(self, claim: Finding) -> list[tuple[Optional[dt.date], Optional[dt.date]]]:
        """(start, end) of each present treatment of `TRIAL_CODES` that a span of `claim`'s
        names in its own sentence, a few words off ("Failed >= 6 weeks conservative therapy
        incl. PT", "has failed 6 weeks of conservative care incl PT and chiropractic")."""
        texts, named = self.text_of, []
        for code in TRIAL_CODES:
            for f in self._by_code.get(code, ()):
                if f.assertion != "present" or not isinstance(f.value, TherapyValue):
                    continue
                if any(e.document == c.document and e.document in texts
                       and _beside(texts[e.document], c, e, _NAMED_BESIDE)
                       for c in claim.evidence for e in f.evidence):
                    named.append((f.value.start, f.value.end))
        return named

    def _trial_rows(self) -> list[tuple[str, Optional[dt.date], Optional[dt.date]]]:
        """(code, start, last) for each present treatment of a conservative course
        (rules/therapy.py `TRIAL_CODES`) that states a course: when it began (`course_start`,
        None when the notes neither date nor time it) and the day it was last shown going (its
        end, else the latest note recording it; dev e128's PT ended 11/04)."""
        dates, rows = self.dates, []
        for code in TRIAL_CODES:
            for f in self._by_code.get(code, ()):
                if f.assertion != "present" or not isinstance(f.value, TherapyValue):
                    continue
                noted = max((dates[e.document] for e in f.evidence if e.document in dates),
                            default=f.document_date)
                rows.append((code, course_start(f.value, noted), f.value.end or noted))
        return rows

    def worsened(self, finding: Finding) -> bool:
        """rules/SCHEMA.md `worsened`: a present symptom_progression's evidence stands right
        beside one of the finding's, in its sentence ("new and progressing EHL/TA weakness",
        "weakness is worse")."""
        known = self._read
        key = ("worsened", id(finding))
        if key not in known:
            texts = self.text_of
            worse = [e for f in self._by_code.get("symptom_progression", ())
                     if f.assertion == "present" for e in f.evidence if e.document in texts]
            known[key] = any(
                w.document == e.document and _beside(texts[e.document], w, e)
                for w in worse for e in finding.evidence)
        return known[key]

    def called_new(self, finding: Finding) -> bool:
        """rules/SCHEMA.md `called_new`: a word before one of its spans calls it new or
        changing ("developed new R foot weakness")."""
        known = self._read
        key = ("called_new", id(finding))
        if key not in known:
            texts, c = self.text_of, course_cues()
            known[key] = any(said_new(texts[e.document], e.start, c)
                             for e in finding.evidence if e.document in texts)
        return known[key]

    def side_now(self, finding: Finding) -> Optional[str]:
        """rules/SCHEMA.md "Both sides at once": the finding's side, except that weakness of
        both sides merged from notes of different dates is of the one side the latest of them
        names, when its spans name one only (right arm weak in 2025, left arm weak now)."""
        side = finding.laterality
        if side != "bilateral" or len(finding.evidence) < 2:
            return side
        dates = self.dates
        dated = {dates.get(e.document) for e in finding.evidence}
        if None in dated or len(dated) < 2:
            return side
        latest = max(dated)
        named = {w for e in finding.evidence if dates[e.document] == latest
                 for w in _side_words(e.text)}
        return named.pop() if len(named) == 1 and named <= _OPPOSITE.keys() else side

    def settled(self, finding: Finding) -> bool:
        return id(finding) in self._courses.settled

    @property
    def never_had(self) -> frozenset[int]:
        """rules/SCHEMA.md "Never had": the ids of the present treatments that state nothing
        of a course of their own ("her choice over PT") where a note denies the treatment for
        the patient's whole history ("Never had formal physical therapy", dev d426)."""
        read = self._read
        found = read.get("never_had")
        if found is None:
            found = read["never_had"] = _never_had(self._by_code, self.text_of)
        return found

    def course(self, finding: Finding) -> Optional[str]:
        """rules/SCHEMA.md `new`: "old" when the notes call the finding old; "beside_old" when
        they call old a sign of the same limb (the finding's side); else None."""
        old = self._courses.old
        if id(finding) in old:
            return OLD
        if self.explained_side(finding) or id(finding) in self._courses.restated:
            return BESIDE_OLD
        if not old:
            return None
        side = finding.laterality
        if side in _OPPOSITE and any(
                id(f) in old and f.laterality == side
                for code in course_cues().limb_deficits for f in self._by_code.get(code, ())):
            return BESIDE_OLD
        return None

    def explained_side(self, finding: Finding) -> bool:
        """rules/course.yaml `central_signs`: a limb sign on a side whose signs the notes put
        on a cause outside the spine (a stroke's right hemiparesis: "R ankle DF 4/5 (residual
        from the stroke)"), none of its spans called new."""
        return (finding.laterality in self._courses.explained_sides
                and finding.code in course_cues().central_signs
                and not self.called_new(finding))

    @functools.cached_property
    def _by_code(self) -> dict[str, tuple[Finding, ...]]:
        # rule trees ask for the same codes hundreds of times per case
        by_code: dict[str, list[Finding]] = {}
        for finding in self.findings:
            by_code.setdefault(finding.code, []).append(finding)
        return {code: tuple(findings) for code, findings in by_code.items()}


# a course's own facts: a present treatment stating one of them stands against a denial
_COURSE_FACTS = ("weeks", "start", "end", "visits", "outcome")


def _never_had(by_code: dict[str, tuple[Finding, ...]], texts: dict[str, str]) -> frozenset[int]:
    kinds, c = codes(), None
    found = set()
    for code, findings in by_code.items():
        if kinds[code]["kind"] != "treatment":
            continue
        bare = [f for f in findings if f.assertion == "present"
                and (f.value is None or not any(f.value.__dict__.get(n) is not None
                                                for n in _COURSE_FACTS))]
        if not bare:
            continue
        c = c or course_cues()
        if any(e.document in texts and said_never(texts[e.document], e.start, c)
               for f in findings if f.assertion == "absent" for e in f.evidence):
            found.update(id(f) for f in bare)
    return frozenset(found)


# the fields a finding test's outcome may depend on besides the case (`_Evaluator._tested`),
# read once: `dataclasses.fields` walks the class on each call (~6 evaluators a case). The
# requested study and `ignore_doubt` are left out: only the few tests that read them
# (`_Static.varies`) are told apart by them, so that the red flags, every guideline and the
# lenient urgency pass share the rest. `weigh_claims` is read as what it changes (`_test_facts`)
_TEST_FIELDS = tuple(f.name for f in dataclasses.fields(CaseFacts)
                     if f.name not in _CASE_FIELDS | {"cpt", "ignore_doubt"})


def _test_facts(facts: CaseFacts) -> tuple[Any, ...]:
    """`_TEST_FIELDS`' values, `weigh_claims` as the tests read it: it sets claims aside only
    where the case has payer-facing documents (`_Evaluator._claimed`). Without them the red
    flags' pass (which does not weigh claims) and the guidelines' (which do) are the same
    tests, made once: before, every test the red flags made was made again by the first
    guideline."""
    return tuple(facts.weigh_claims and bool(facts.payer_facing) if name == "weigh_claims"
                 else getattr(facts, name) for name in _TEST_FIELDS)


# what may stand between a worsening and the sign it is said of: a few words, no sentence end
_BESIDE = re.compile(r"[^.;\n]{0,25}")


# what may stand between a claim and a treatment it names: a few words, no sentence end but
# the point of "incl." ("Failed >= 6 weeks conservative therapy incl. PT and chiropractic")
_NAMED_BESIDE = re.compile(r"(?:[^.;\n]|(?<=incl)\.){0,30}", re.I)


def _beside(text: str, a: Evidence, b: Evidence, between: re.Pattern[str] = _BESIDE) -> bool:
    """Whether two spans of `text` stand within a few words of each other in one sentence
    (`between`: what may stand between them)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first.end <= second.start and between.fullmatch(text, first.end, second.start) is not None


# the side a span's own words name ("R biceps 4/5", "left grip 4-/5", "bilateral EHL 4/5");
# a letter inside a word or a level ("L5", "LE") is no side
_SIDE_WORDS = {"left": "left", "l": "left", "lt": "left", "right": "right", "r": "right",
               "rt": "right", "bilateral": "bilateral", "bilat": "bilateral",
               "both": "bilateral", "b/l": "bilateral", "bl": "bilateral"}
_SIDE = re.compile(r"(?<![\w/])(?:left|right|lt|rt|bilateral|bilat|both|b/l|bl|l|r)(?![\w/])",
                   re.I)


def _side_words(text: str) -> set[str]:
    return {_SIDE_WORDS[m.group().lower()] for m in _SIDE.finditer(text)}


_LEVEL_REGIONS = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}


def _attribute(finding: Finding, name: str) -> Any:
    if name in ("laterality", "level"):
        return getattr(finding, name)
    if name == "level_region":   # "T5-11" → thoracic: where along the spine the level lies
        level = (finding.level or "").strip().upper()
        return _LEVEL_REGIONS.get(level[:1]) if level else None
    if finding.value is None:
        return None
    return getattr(finding.value, name, None)


# a level written in an operation's words ("C5-6 ACDF", "T12-L1", "L5-S1"): its region as
# `_OPERATED_REGION` reads it, the sacrum operated on from the lumbar spine and imaged with it
_LEVEL_IN_WORDS = re.compile(r"(?<![A-Za-z])([CTLS])\d{1,2}(?!\d)")


@functools.lru_cache(maxsize=1)
def _operation_region_words() -> dict[str, re.Pattern]:
    """rules/word_lists.yaml `operation_region_*`, by region (read once, not per finding)."""
    lists = word_lists()
    return {region: _mention_pattern(lists[f"operation_region_{region}"])
            for region in ("cervical", "thoracic", "lumbar")}


def _operated_regions(finding: Finding) -> set[str]:
    """rules/SCHEMA.md `same_region`: the regions an operation's level and evidence spans name
    (a level, or a word of rules/word_lists.yaml `operation_region_*`); empty when none does."""
    named = _operation_region_words()
    regions = {_OPERATED_REGION[m.group(1)] for m in _LEVEL_IN_WORDS.finditer(finding.level or "")}
    for e in finding.evidence:
        regions |= {_OPERATED_REGION[m.group(1)] for m in _LEVEL_IN_WORDS.finditer(e.text)}
        regions |= {region for region, pattern in named.items() if pattern.search(e.text.lower())}
    return regions


def _of_requested_region(finding: Finding, facts: CaseFacts) -> bool:
    """An operation whose words name regions counts only when one of them is the requested
    study's: a cervical fusion is no surgical site of a lumbar MRI. Words that name no region
    ("s/p laminectomy") leave it to the reviewer, who reads the operation."""
    requested = cpt_region(facts.cpt or "")
    regions = _operated_regions(finding)
    return requested is None or not regions or requested in regions


# the regions a study of which may show a limb's sign: a leg's is a lumbar root's or the
# thoracic cord's (rules/word_lists.yaml `limb_region_*`)
_LIMB_STUDY_REGIONS = {"cervical": {"cervical"}, "lumbar": {"lumbar", "thoracic"}}


@functools.lru_cache(maxsize=1)
def _limb_region_words() -> dict[str, re.Pattern]:
    """rules/word_lists.yaml `limb_region_*`, by region (read once, not per finding)."""
    lists = word_lists()
    return {region: _mention_pattern(lists[f"limb_region_{region}"])
            for region in _LIMB_STUDY_REGIONS}


def _limb_regions(finding: Finding) -> set[str]:
    """rules/SCHEMA.md `limb_region`: the regions a sign's level names (an L5 or S1 root is
    lumbar), else those whose study may show the limbs its spans and muscle name; empty when
    neither names one."""
    by_level = {_OPERATED_REGION[m.group(1)] for m in _LEVEL_IN_WORDS.finditer(finding.level or "")}
    if by_level:
        return by_level
    words = [e.text.lower() for e in finding.evidence]
    muscle = _field(finding.value, "muscle") if finding.value is not None else None
    if muscle:
        words.append(muscle.lower())
    return {study for limb, pattern in _limb_region_words().items()
            if any(pattern.search(text) for text in words) for study in _LIMB_STUDY_REGIONS[limb]}


def _of_requested_limb(finding: Finding, facts: CaseFacts) -> bool:
    """A root sign or radicular symptom of another region's roots is no finding of the study
    requested: an L5 radiculopathy, a weak EHL, for a cervical MRI. One that names no level or
    limb is left to the reviewer."""
    requested = cpt_region(facts.cpt or "")
    regions = _limb_regions(finding)
    return requested is None or not regions or requested in regions


def _compare(value: Any, comparator: str, operand: Any) -> bool:
    if comparator == "in":
        return value in operand
    if comparator == "eq":
        return value == operand
    return {"gte": value >= operand, "gt": value > operand,
            "lte": value <= operand, "lt": value < operand}[comparator]


def _field(value: Any, name: str) -> Any:
    """A value's field, None when its kind has no such field: `getattr(value, name, None)`
    without the AttributeError pydantic raises and catches for a missing one (~20 us each,
    loaded, for each date `_own_date` and `_yet_to_come` read; rules/missing.py's
    `describe_finding` reads `__dict__` the same way). Value models forbid extra fields, so
    their `__dict__` is exactly their fields."""
    return value.__dict__.get(name)


def _own_date(finding: Finding) -> Optional[dt.date]:
    """The date the finding states: a study's date, a therapy's end (else its start)."""
    value = finding.value
    if value is None:
        return None
    for name in ("date", "end", "start"):
        d = _field(value, name)
        if d:
            return d
    return None


def _finding_date(finding: Finding) -> Optional[dt.date]:
    return _own_date(finding) or finding.document_date


def _course_reaches(finding: Finding, facts: CaseFacts) -> Optional[dt.date]:
    """How far a course with a start and no end runs, when the notes say (rules/SCHEMA.md
    `within_days`): weeks counted from its start to a note ("naproxen since 08/01") reach that
    note's date; one called ongoing ("continues gabapentin") reaches the latest note that
    records it. None when the notes say neither."""
    value = finding.value
    if not isinstance(value, TherapyValue) or value.end is not None or value.start is None:
        return None
    if value.weeks_basis == "since" and value.weeks is not None:
        return value.start + dt.timedelta(weeks=value.weeks)
    if value.outcome == "ongoing":
        return _latest_document_date(finding, facts, None)
    return None


def _window_date(node: FindingNode, finding: Finding, facts: CaseFacts) -> Optional[dt.date]:
    """The date a time window is measured on (rules/SCHEMA.md `undated`)."""
    if node.within_days is not None:
        # a course under way is as recent as the note it is counted to, not its start
        reaches = _course_reaches(finding, facts)
        if reaches is not None:
            return reaches
    own = _own_date(finding)
    if node.undated == "latest_document":
        return _latest_document_date(finding, facts, own)
    if own is not None or node.undated == "document":
        return own or finding.document_date
    if node.undated in ("unknown", "skip"):
        return None
    if node.undated == "earlier_documents":
        return _earlier_document_date(finding, facts)
    # a stated course ("failed 6 months of PT and NSAIDs") is as recent as the latest of the
    # therapies it is made of, each dated by its end, else by the note that reports it
    return _latest_of(node.undated, facts)


def _latest_document_date(finding: Finding, facts: CaseFacts,
                          own: Optional[dt.date]) -> Optional[dt.date]:
    """The latest of the notes that record the finding (rules/SCHEMA.md `latest_document`):
    merged from several notes, its one value date is one note's, not the latest's."""
    documents = {e.document for e in finding.evidence}
    # a note that also denies it ("Telephone encounter - no exam performed") dates none
    denied = {e.document for f in facts.of_code(finding.code) if f.assertion == "absent"
              for e in f.evidence}
    dates = facts.dates
    # nor its own date when that is the denying note's ("Exam: deferred (video visit)" in a
    # video note dated 11/20, merged with an April office exam: dev d264), in one note as in
    # several: a video visit's "Exam: observation only" is no face-to-face exam of its day
    # (dev d508). A note that grades a muscle tested it by hand (eViCore SP-1.0's in-person
    # evaluation holds "results of manual motor testing"): what reads as its denial is not the
    # visit's ("Telehealth only? [ ] Y [X] N" on a form, dev d271; "secondary survey
    # otherwise neg", d469)
    own_denied = own is not None and any(dates.get(d) == own for d in documents & denied
                                         if not _muscle_graded_in(d, facts))
    if own is not None and len(documents) == 1 and not own_denied:
        return own
    latest = [dates[d] for d in documents if d in dates and d not in denied]
    if own is not None and not own_denied:
        latest.append(own)
    if latest:
        return max(latest)
    return None if own_denied else finding.document_date


def _muscle_graded_in(document: str, facts: CaseFacts) -> bool:
    """A strength grade ("hip flexion 4/5", "5/5 throughout") the note writes itself: the
    grade in a span of its own, not one a finding merged from another note carries."""
    return any(isinstance(f.value, MotorValue) and e.document == document
               and _MUSCLE_GRADE.search(e.text)
               for f in facts.findings for e in f.evidence)


def _earlier_document_date(finding: Finding, facts: CaseFacts) -> Optional[dt.date]:
    """rules/SCHEMA.md `earlier_documents`: the latest date of the documents recording the
    finding other than the case's newest ones (where a study asked for today is named too)."""
    if not facts.document_dates:
        return None
    dates = facts.dates
    newest = max(dates.values())
    earlier = [dates[e.document] for e in finding.evidence
               if e.document in dates and dates[e.document] < newest]
    return max(earlier) if earlier else None


def _mentions(node: FindingNode, finding: Finding, facts: CaseFacts) -> bool:
    if not node.mentions:
        return True
    if node.mentions_unless_told and _told_so(finding, _words_pattern(node.mentions_unless_told),
                                              facts):
        return False
    pattern = _words_pattern(node.mentions)
    also = _words_pattern(node.mentions_also) if node.mentions_also else None
    if node.mentions_not:
        unsaid = _words_pattern(node.mentions_not)
        return any(_said_plainly(e, pattern, unsaid, facts) for e in finding.evidence)
    return any(pattern.search(text) and (also is None or also.search(text))
               for text in _mentioned_texts(node, finding, facts))


def _told_so(finding: Finding, words: re.Pattern, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `mentions_unless_told`: one of `words` stands in one of the finding's
    spans or right around it (the course window, in its sentence)."""
    for e in finding.evidence:
        text = facts.text_of.get(e.document)
        if text is None:
            if words.search(e.text.lower()):
                return True
            continue
        a, b = _near(text, e.start, e.end)
        if words.search(text.lower(), a, b):
            return True
    return False


def _mentioned_texts(node: FindingNode, finding: Finding, facts: CaseFacts) -> tuple[str, ...]:
    """The words `mentions` reads in each of the finding's spans that names no class its
    sentence denies (`_class_before_exception`, `_mentioned`): the same for every test of the
    finding that reads them the same way (the same findings are tried by dozens of lines a
    case), so read once a case."""
    known = facts._read
    key = ("mentioned", id(finding), bool(node.mentions_near), bool(node.mentions_sentence))
    texts = known.get(key)
    if texts is None:
        texts = known[key] = tuple(_mentioned(e, node, facts) for e in finding.evidence
                                   if not _class_before_exception(e, facts))
    return texts


# `_mention_pattern` by the word list's identity: its cache hashes the whole tuple on every
# call (up to ~90 words a line's `mentions`); the tuple is kept beside its pattern, so that its
# id stays its own
_PATTERNS: dict[int, tuple[tuple[str, ...], re.Pattern]] = {}


def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    known = _PATTERNS.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    pattern = _mention_pattern(words)
    _PATTERNS[id(words)] = (words, pattern)
    return pattern


def _class_before_exception(e: Evidence, facts: CaseFacts) -> bool:
    """rules/course.yaml `category_exception`: the span names a class its sentence denies
    but for an exception right after it ("no trauma other than gardening"): no mention of
    its own. Without the documents' texts, none is. Read once a case for each span (the
    ways `mentions` reads a span all ask it)."""
    known = facts._read
    key = ("class_before_exception", id(e))
    found = known.get(key)
    if found is None:
        found = known[key] = _reads_class_before_exception(e, facts)
    return found


def _reads_class_before_exception(e: Evidence, facts: CaseFacts) -> bool:
    text = facts.text_of.get(e.document)
    exception = course_cues().category_exception
    if text is None or exception is None:
        return False
    return exception.match(sentence_rest(text[e.end:e.end + 40])) is not None


def _near(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the words right around text[start:end]: the course window, in its
    sentence."""
    window = course_cues().window
    before = sentence_part(text[max(0, start - window):start], before=True)
    after = sentence_rest(text[end:end + window])
    return start - len(before), end + len(after)


def _said_plainly(e: Evidence, words: re.Pattern, unsaid: re.Pattern, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `mentions_not`: one of `words` stands in the span or right around it,
    with none of `unsaid` right around that word ("stage IV NSCLC"; not "breast cancer,
    metastatic disease to the spine must be excluded")."""
    text = facts.text_of.get(e.document)
    if text is None:
        lowered = e.text.lower()
        return words.search(lowered) is not None and unsaid.search(lowered) is None
    lowered = text.lower()
    a, b = _near(text, e.start, e.end)
    for m in words.finditer(lowered, a, b):
        c, d = _near(text, m.start(), m.end())
        if unsaid.search(lowered, c, d) is None:
            return True
    return False


# how far a study's report line reaches after the span (`mentions_sentence`)
_REPORT_LINE = 200


def _mentioned(e: Evidence, node: FindingNode, facts: CaseFacts) -> str:
    """The words `mentions` reads for one span: the span's, and with `mentions_sentence` the
    rest of its sentence in the document (rules/SCHEMA.md)."""
    text = facts.text_of.get(e.document) if (node.mentions_sentence
                                              or node.mentions_near) else None
    if text is None:
        return e.text.lower()
    if node.mentions_near:
        a, b = _near(text, e.start, e.end)
        return text[a:b].lower()
    rest = sentence_rest(text[e.end:e.end + _REPORT_LINE])
    return (e.text + rest).lower()


@functools.lru_cache(maxsize=256)
def _mention_pattern(words: tuple[str, ...]) -> re.Pattern:
    # whole words: "car" is not "carrying", "head" not "headache", "motor" not "motor exam"
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _sided(finding: Finding, code: str, assertion: str, facts: CaseFacts) -> Iterator[Finding]:
    """The case's findings of `code` with `assertion` on the finding's side, on both sides or
    on no stated side."""
    opposite = _OPPOSITE.get(finding.laterality or "")
    return (f for f in facts.of_code(code)
            if f.assertion == assertion and (opposite is None or f.laterality != opposite))


def _on_its_side(finding: Finding, code: str, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `same_side_as`: a present finding of `code` lies on the finding's side,
    on both, or on no stated side."""
    return next(_sided(finding, code, "present", facts), None) is not None


def _finding_result(node: FindingNode, finding: Finding, facts: CaseFacts) -> str:
    if not _mentions(node, finding, facts):
        return NOT_MET
    if finding.code in course_cues().episode_codes and facts.course(finding) == OLD:
        return NOT_MET   # the notes place it years back: no injury of the current episode
    if node.same_side_as and not _on_its_side(finding, node.same_side_as, facts):
        return NOT_MET
    result = MET
    if node.new:
        course = facts.course(finding)
        if course == OLD:
            return NOT_MET   # the notes call it old: not the new deficit the line asks for
        if course == BESIDE_OLD:
            result = UNKNOWN   # beside an old deficit of the same limb: a reviewer decides
    if node.spinal and facts.explained_side(finding):
        result = UNKNOWN   # its side's signs are put on a stroke, MS ...: a reviewer decides
    if node.acute and facts.settled(finding):
        return NOT_MET   # called old, or stable for weeks: no acute deficit
    if node.since_denied and not _denied_before(finding, facts):
        return NOT_MET   # no earlier exam found it absent: not shown to have progressed
    if node.current and _denied_since(finding, facts):
        return NOT_MET   # a later note finds it gone: a past sign, not the patient's now
    if node.worsened and not facts.worsened(finding):
        return NOT_MET   # no worsening said of it
    if node.called_new and not facts.called_new(finding):
        return NOT_MET   # not said to be new or changing
    if node.same_region and not _of_requested_region(finding, facts):
        return NOT_MET   # an operation on another region of the spine
    if node.limb_region and not _of_requested_limb(finding, facts):
        return NOT_MET   # a sign of another region's roots
    for attribute, comparator, operand in node.where:
        if operand == "requested":   # the region of the study being requested
            operand = cpt_region(facts.cpt or "")
        if attribute == "weeks" and isinstance(finding.value, TherapyValue):
            value = facts.therapy_weeks(finding)   # as far as the course's dates allow
        elif attribute == "laterality":
            value = facts.side_now(finding)   # both sides at one time, not over years
        else:
            value = _attribute(finding, attribute)
        if value is None and attribute == "weeks" and (
                finding.value is None or "weeks" not in type(finding.value).model_fields):
            # a value with no weeks of its own (a symptom's, or its dermatome) leaves its
            # duration to the note's words: as the note says it
            value = facts.stated_weeks(finding)
        if value is None:
            if node.stated:
                return NOT_MET
            result = UNKNOWN
        elif not _compare(value, comparator, operand):
            return NOT_MET
    if node.within_days is not None or node.after:
        when = _window_date(node, finding, facts)
        if when is None and node.undated == "skip":
            return NOT_MET   # only a finding dated in the notes counts
        if when is None:
            result = UNKNOWN
        elif node.within_days is not None and (facts.received_date - when).days > node.within_days:
            return NOT_MET
        elif node.within_days is not None and _yet_to_come(finding, facts):
            return NOT_MET   # "in the last N days" is of what has happened, not what is planned
        elif node.after and not _follows(when, node.after, facts,
                                         same_day=node.after_same_day):
            return NOT_MET
    if node.begun_after and not _begun_after(finding, node.begun_after, facts):
        return NOT_MET
    if node.course_days is not None and not _course_days_shown(finding, node.course_days, facts):
        return NOT_MET
    return result


def _course_days_shown(finding: Finding, days: int, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `course_days`: the course's weeks (as its dates allow) reach `days`, or
    it began at least `days` before the latest note recording it. A course dated only by its
    end began no later than that ("a Medrol dose pack completed 8 days ago"); one the notes
    neither date nor time does not count."""
    if not isinstance(finding.value, TherapyValue):
        return False
    weeks = facts.therapy_weeks(finding)
    if weeks is not None and weeks * 7 >= days:
        return True
    began = _course_start(finding) or finding.value.end
    dates = facts.dates
    noted = [dates[e.document] for e in finding.evidence if e.document in dates]
    noted_on = max(noted) if noted else finding.document_date
    return began is not None and noted_on is not None and (noted_on - began).days >= days


def _begun_after(finding: Finding, codes: tuple[str, ...], facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `begun_after`: the finding's course began after every present finding
    of `codes` (a course under way when the study was done is no treatment since it); one
    the notes do not date does not count. Only a study of the requested region, or of none
    stated, is "the previous study" of the area."""
    start = _course_start(finding)
    return start is not None and _follows(start, codes, facts,
                                          region=cpt_region(facts.cpt or ""))


def _of_another_region(finding: Finding, region: Optional[str]) -> bool:
    """The finding states a region other than `region`: a lumbar MRI is no previous study of
    the neck. An unstated region may be the same one, and is not another."""
    stated = _field(finding.value, "region") if finding.value is not None else None
    return region is not None and stated is not None and stated != region


def _course_start(finding: Finding) -> Optional[dt.date]:
    """When the course the finding states began: its start, else its end less its weeks
    (six weeks ending 10/15: early September); a procedure's date."""
    value = finding.value
    if isinstance(value, TherapyValue):
        if value.start is None and value.end is not None and value.weeks is not None:
            return value.end - dt.timedelta(weeks=value.weeks)
        return value.start
    return _field(value, "date") if value is not None else None


def _yet_to_come(finding: Finding, facts: CaseFacts) -> bool:
    """The finding's own date lies after the notes that record it, or after the received date:
    a planned operation or study ("TLIF on 12/15/2026") misread as a past one. A course of
    therapy may state the planned end of a course under way: only its start counts here."""
    value = finding.value
    if value is None:
        return False
    if isinstance(value, TherapyValue):
        when = value.start
    else:
        when = _field(value, "date")
    if when is None:
        return False
    if when > facts.received_date:
        return True
    dates = facts.dates
    written = [dates[e.document] for e in finding.evidence if e.document in dates]
    latest = max(written) if written else finding.document_date
    return latest is not None and when > latest


def _follows(when: dt.date, codes: tuple[str, ...], facts: CaseFacts,
             region: Optional[str] = None, same_day: bool = False) -> bool:
    """rules/SCHEMA.md `after`: `when` is later than the end each present finding of `codes`
    states (the discharge summary dated on a course's last day is part of the course), and not
    before the note of one that states no date. With `region`, a finding of another stated
    region does not bound it. With `same_day` (`after_same_day`), the end's own day counts."""
    for code in codes:
        for f in facts.of_code(code):
            if f.assertion != "present" or _of_another_region(f, region):
                continue
            own = _own_date(f)
            if own is not None and (when < own if same_day else when <= own):
                return False
            if own is None and f.document_date is not None and when < f.document_date:
                return False
    return True


def _course_end(finding: Finding) -> Optional[dt.date]:
    """When the course the finding states ended, as far as its own figures say: its end, else
    its start plus its weeks (begun 09/01, six weeks: mid-October), else its start; a study's
    or an operation's date."""
    value = finding.value
    if isinstance(value, TherapyValue) and value.end is None and value.start is not None \
            and value.weeks is not None:
        return value.start + dt.timedelta(weeks=value.weeks)
    return _own_date(finding)


def _first_written(findings: Iterable[Finding], dates: dict[str, dt.date]) -> Optional[dt.date]:
    """The date of the earliest note recording any of `findings`; None when one of their
    notes is undated (nothing can then be said to come before them all)."""
    written = [dates.get(e.document) for f in findings for e in f.evidence]
    if not written or None in written:
        return None
    return min(written)


def _last_written(findings: Iterable[Finding], dates: dict[str, dt.date]) -> Optional[dt.date]:
    """The date of the latest note recording any of `findings`; None when one of their notes
    is undated (nothing can then be said to come after them all)."""
    written = [dates.get(e.document) for f in findings for e in f.evidence]
    if not written or None in written:
        return None
    return max(written)


def _written_before(finding: Finding, first: dt.date, dates: dict[str, dt.date]) -> bool:
    """Every note recording `finding` is dated, and dated before `first`."""
    return all((d := dates.get(e.document)) is not None and d < first for e in finding.evidence)


def _denied_before(finding: Finding, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `since_denied`: a note dated before every note recording the finding
    denies its code on its side, on both sides or on no stated side."""
    dates = facts.dates
    first = _first_written((finding,), dates)
    if first is None:
        return False
    return any(_written_before(f, first, dates)
               and not _denies_a_limb_only(f, finding, facts.text_of)
               for f in _sided(finding, finding.code, "absent", facts))


# a trunk dermatome (T2-T12: a band of the chest or belly wall, not a limb's) and a limb named
# right after a denial's span ("Neuro intact LE", "Sensation intact BLE", "intact to light
# touch bilateral legs")
_TRUNK_LEVEL = re.compile(r"T(?:[2-9]|1[0-2])\b", re.I)
_LIMB_AFTER = re.compile(r"\s*(?:to\s+(?:light\s+touch|touch|lt|pinprick|pin\s*prick|pp|vibration)"
                         r"(?:\s+(?:and|&|/)\s+(?:light\s+touch|lt|pinprick|pp))?\s+)?"
                         r"(?:in\s+|to\s+|of\s+|throughout\s+)?(?:the\s+)?(?:(?:bilateral|bilat|"
                         r"both|b/l)\s+)?(?:b?le|b?ue|b?les|lower extremit(?:y|ies)|upper "
                         r"extremit(?:y|ies)|legs?|arms?)\b", re.I)


def _denies_a_limb_only(denial: Finding, finding: Finding, texts: Mapping[str, str]) -> bool:
    """An earlier exam that denies the deficit of the limbs only ("Neuro intact LE") says
    nothing of a trunk band (a T8 sensory loss): it is no earlier state of that deficit, so no
    progression between examinations (rules/SCHEMA.md `since_denied`; dev e589). Without the
    documents' texts, or a finding with no trunk level, the denial stands."""
    if not _TRUNK_LEVEL.fullmatch(finding.level or "") or not denial.evidence:
        return False
    for e in denial.evidence:
        text = texts.get(e.document)
        if text is None or not _LIMB_AFTER.match(text, e.end, e.end + 40):
            return False
    return True


def _denied_since(finding: Finding, facts: CaseFacts) -> bool:
    """rules/SCHEMA.md `current`: a note dated after every note recording the finding denies
    its code on its side, on both sides or on no stated side ("fever to 39.2 C" in the 11/14
    admission's course, "afebrile, normal CRP/ESR/WBC" at the 12/02 follow-up: blind e269).
    A denial of the time before this episode ("no fevers before this week") is none."""
    dates = facts.dates
    last = _last_written((finding,), dates)
    if last is None:
        return False
    return any(any((d := dates.get(e.document)) is not None and d > last for e in f.evidence)
               and not _denied_before_now(f, facts)
               for f in _sided(finding, finding.code, "absent", facts))


def _not_superseded(doubt: list[Finding], met: list[Finding],
                    facts: CaseFacts) -> list[Finding]:
    """The contrary statements (`unless`) that still dispute a met: not those all written in
    notes dated before every note that affirms it. "Denies bowel or bladder changes" at the
    office visit of 11/02 and "wet her pants twice and didn't feel it coming" on the phone on
    11/30 (dev d270) are the state before and the change since, not a dispute."""
    doubt = [f for f in doubt
             if not _denied_before_now(f, facts) and not _denies_another_kind(f, met)]
    dates = facts.dates
    first = _first_written(met, dates) if dates else None
    if first is None:
        return doubt
    return [f for f in doubt if not _written_before(f, first, dates)]


def _denies_another_kind(denial: Finding, met: list[Finding]) -> bool:
    """A denial whose spans name only kinds of the sign that no span of the met findings names
    ("No incontinence" beside "unable to void; straight cath 900 cc"): it denies the leak, not
    the retention (rules/course.yaml `sign_kinds`)."""
    c = course_cues()
    denied = [kinds_named(denial.code, e.text, c) for e in denial.evidence]
    if not denied or not all(denied):
        return False
    found = frozenset().union(*(kinds_named(f.code, e.text, c) for f in met for e in f.evidence))
    return bool(found) and found.isdisjoint(frozenset().union(*denied))


def _denied_before_now(finding: Finding, facts: CaseFacts) -> bool:
    """A denial whose every span is of the time before this episode ("No prior urinary
    problems" beside "unable to void; cath 900 cc", probe17 c33): the state before, not a
    dispute (rules/course.yaml `before_now`). Without the documents' texts, none is."""
    texts = facts.text_of
    if finding.assertion != "absent" or not all(e.document in texts for e in finding.evidence):
        return False
    c = course_cues()
    return all(denied_before_now(texts[e.document], e.start, e.end, c)
               for e in finding.evidence)


def _latest_of(codes: tuple[str, ...], facts: CaseFacts) -> Optional[dt.date]:
    """The latest date of the present findings of `codes`, each by the end its own figures
    give (`_course_end`); only when none gives one, by its document's; None when there is
    none."""
    present = [f for code in codes for f in facts.of_code(code) if f.assertion == "present"]
    # a therapy that states its dates dates the course; one that states none is dated by its
    # note only when none does ("Failed conservative care: eight weeks of PT in the spring,
    # home exercises ..." in a November note is no November course, blind d272)
    dates = [d for f in present if (d := _course_end(f)) is not None]
    if not dates:
        dates = [d for f in present if (d := f.document_date) is not None]
    return max(dates, default=None)


@functools.lru_cache(maxsize=4096)
def _source_of(file: str, section: Optional[str]) -> Source:
    # a guideline has a few hundred sections and every case cites them: build each once
    # (results are never mutated, so criteria may share it)
    return Source(file=file, section=section)


def _source(guideline: Guideline, section: Optional[str]) -> Source:
    return _source_of(guideline.source_file, section)


_EVIDENCE = operator.attrgetter("evidence")
_SPAN = operator.attrgetter("document", "start", "end")


def _combine(op: str, results: list[str], n: int) -> str:
    if op == "all":
        return NOT_MET if NOT_MET in results else UNKNOWN if UNKNOWN in results else MET
    if op == "any":
        return MET if MET in results else UNKNOWN if UNKNOWN in results else NOT_MET
    if op == "not":
        return {MET: NOT_MET, NOT_MET: MET, UNKNOWN: UNKNOWN}[results[0]]
    met = results.count(MET)
    if met >= n:
        return MET
    return UNKNOWN if met + results.count(UNKNOWN) >= n else NOT_MET


# a finding test's yes/no conditions and what each adds to the words that say what it requires,
# in the order they are said
_FLAG_WORDS = (
    ("new", ", new (not called chronic, baseline or old)"),
    ("acute", ", acute (not called old or stable for weeks)"),
    ("since_denied", ", denied by an earlier note's exam"),
    ("current", ", not found gone by a later note"),
    ("worsened", ", said to be worsening"),
    ("called_new", ", said to be new or changing"),
    ("spinal", ", not put on a stroke or neuropathy"),
    ("same_region", ", of the region requested"),
    ("limb_region", ", of a limb or root of the region requested"),
)


def _requires(node: FindingNode) -> str:
    words = node.code.replace("_", " ")
    if node.assertions != ("present",):
        words += f" ({'/'.join(node.assertions)})"
    for attribute, comparator, operand in node.where:
        sign = _SIGNS[comparator]
        words += f", {attribute} {sign} {operand}"
    if node.stated:
        words += " (as the note states)"
    if node.within_days is not None:
        words += f", within {node.within_days} days"
        if node.undated in ("unknown", "skip"):
            words += " (dated in the note)"
        elif node.undated == "latest_document":
            words += " (as of the latest note recording it)"
        elif node.undated == "earlier_documents":
            words += " (undated: as of an earlier note recording it)"
        elif node.undated != "document":
            words += f" (undated: as of the latest {'/'.join(c.replace('_', ' ') for c in node.undated)})"
    if node.after:
        words += f", after every {'/'.join(c.replace('_', ' ') for c in node.after)}"
        if node.after_same_day:
            words += " (or on its last day)"
    if node.begun_after:
        words += f", begun after every {'/'.join(c.replace('_', ' ') for c in node.begun_after)}"
    if node.course_days is not None:
        words += f", at least {node.course_days} days of it by the note"
    if node.same_side_as:
        words += f", on the side of a {node.same_side_as.replace('_', ' ')}"
    words += "".join(flag_words for flag, flag_words in _FLAG_WORDS if getattr(node, flag))
    if node.mentions:
        words += f", naming one of: {', '.join(node.mentions)}"
    if node.mentions_also:
        words += f" and, in the same words, one of: {', '.join(node.mentions_also)}"
    if node.unless:
        words += f", and not also documented {'/'.join(node.unless)}"
    return words


def _request_words(node: RequestNode) -> str:
    asked = sorted(node.modalities) + sorted(node.cpts)
    return _REQUEST_WORDS + " or ".join(m.upper() if m in CPT_MODALITIES else f"CPT {m}"
                                              for m in asked)


# The evaluator builds ~1,000 criteria per case from values it made itself (codes, outcomes,
# Evidence already validated as findings); pydantic's validation of each, evidence list
# included, cost more than the evaluation, and so did `model_construct`'s generic walk over
# aliases and deep-copied defaults. This is `model_construct` for this one model: the same
# instance (`__dict__` in field order, the given fields as set), built directly.
# `test_review_results` revalidates every dev determination.
_new_criterion = CriterionResult.__new__
# `object.__setattr__(criterion, name, value)` finds the slot's descriptor by name on every
# call; its setter, taken once, is called directly (-0.8 us a criterion, ~1,100 a case)
_SLOTS = BaseModel.__dict__
_set_dict = _SLOTS["__dict__"].__set__
_set_fields = _SLOTS["__pydantic_fields_set__"].__set__
_set_extra = _SLOTS["__pydantic_extra__"].__set__
_set_private = _SLOTS["__pydantic_private__"].__set__
# the fields in the model's order, which `__dict__` keeps (as pydantic's own constructors do)
assert tuple(CriterionResult.model_fields) == (
    "id", "text", "source", "result", "evidence", "children", "requires", "code")
_new_determination = Determination.__new__
assert tuple(Determination.model_fields) == (
    "guideline", "cpt", "outcome", "basis", "urgent", "criteria", "missing")


def _criterion(**values: Any) -> CriterionResult:
    return _build(values["id"], values.get("text"), values.get("source"), values["result"],
                  values.get("evidence", _NONE), values.get("children", _NONE),
                  values.get("requires"), values.get("code"), _fields(frozenset(values)))


@functools.lru_cache(maxsize=64)
def _fields(names: frozenset[str]) -> set[str]:
    return set(names)


def _build(id_: str, text: Optional[str], source: Optional[Source], result: str,
           evidence: list[Evidence], children: list[CriterionResult], requires: Optional[str],
           code: Optional[str], fields_set: set[str]) -> CriterionResult:
    criterion = _new_criterion(CriterionResult)
    _set_dict(criterion, {
        "id": id_, "text": text, "source": source, "result": result,
        "evidence": evidence or _NONE, "children": children or _NONE, "requires": requires,
        "code": code})
    _set_fields(criterion, fields_set)
    _set_extra(criterion, None)
    _set_private(criterion, None)
    return criterion


def _built(base: dict[str, Any], result: str, evidence: list[Evidence],
           children: list[CriterionResult], fields_set: set[str]) -> CriterionResult:
    """`_build` from a node's own fields (`_Static.base`): a copy of a dict already in the
    model's field order, three of its values set, costs less than building all eight (the
    ~1,000 criteria a case builds from its logic and finding nodes)."""
    values = base.copy()
    values["result"] = result
    values["evidence"] = evidence or _NONE
    values["children"] = children or _NONE
    criterion = _new_criterion(CriterionResult)
    _set_dict(criterion, values)
    _set_fields(criterion, fields_set)
    _set_extra(criterion, None)
    _set_private(criterion, None)
    return criterion


# A case's criteria are ~1,500 objects a guideline, and every container among them is one
# more object for the cyclic garbage collector to walk on each full pass, for as long as the
# result lives (a benchmark or a caller that keeps results: most of review's cost over
# extract, measured). Results are never mutated (evidence lists are already shared between
# criteria), so what is the same for many criteria is one object: the empty list (most
# criteria have no children, many no evidence) and the set of fields each kind of node sets
# (what `model_fields_set` reports, as if constructed; pydantic's `model_copy` copies it
# before adding to it).
_NONE: list = []
_FINDING_FIELDS = {"id", "text", "source", "result", "evidence", "requires", "code"}
_LOGIC_FIELDS = {"id", "text", "source", "result", "evidence", "children", "requires"}
_PLAIN_FIELDS = {"id", "text", "source", "result", "requires"}
_REF_FIELDS = {"id", "text", "source", "result", "evidence", "children"}
_ENTRY_FIELDS = {"id", "text", "source", "result", "evidence", "children", "requires"}
_UNDECIDED_FIELDS = {"id", "text", "source", "result"}


# slots: the walk reads ~8 of an entry's fields for each of a case's ~1,400 nodes, each read a
# slot's offset, not a look-up in the entry's own dict
@dataclass(eq=False, slots=True)
class _Static:
    """What a node's criterion takes from the rule file alone: built once per node, not once
    per case (a case evaluates ~1,500 nodes, most of them the same words every time)."""

    node: Node   # kept, so that its id() is not reused while this entry lives
    node_id: str
    text: Optional[str]
    source: Optional[Source]
    requires: Optional[str]
    child_ids: tuple[str, ...]
    # a logic node's subtree: the finding codes it tests (through definitions too) and
    # whether it asks the age. With none of those codes among a case's findings, its result
    # depends on the request and the age alone
    codes: frozenset[str] = frozenset()
    asks_age: bool = False
    # the results that do not depend on the notes, by CPT and age (`_Evaluator.node`)
    memo: dict[Any, CriterionResult] = dataclasses.field(default_factory=dict)
    # a logic node's children's entries, filled on its first evaluation
    kids: Optional[tuple["_Static", ...]] = None
    # a finding node: what its result and evidence depend on besides the case (its words and
    # id aside), so that the same test in several places of a case's trees is made once
    sig: Any = None
    # the node's type (`_KINDS`), so that a case's ~1,500 nodes are told apart by one compare,
    # not a chain of isinstance calls; and a finding node's code
    kind: int = -1
    code: Optional[str] = None
    # a finding node whose test reads the requested study (`same_region`, `begun_after`, a
    # `where` on the requested region) or `ignore_doubt` (`unless`): its outcome is kept by
    # those too (`_Evaluator._test_key`)
    varies: bool = False
    # a logic node's operator and count, read here, not through the node, on each evaluation
    op: Optional[str] = None
    n: int = 0
    # a finding node that tests more than its code and assertion (`_conditioned`)
    conditioned: bool = False
    # a finding node that reads the requested study (`_reads_request`), for `_test_key`
    reads_request: bool = False
    # the node's criterion's fields that are the same in every case, in the model's order
    # (`_built`); its result, evidence and children are set per case
    base: Optional[dict[str, Any]] = None


_FINDING, _LOGIC, _REF, _AGE, _REQUEST, _JUDGMENT = range(6)
# a key no memo holds (a node of no known kind: `_node` raises)
_NO_KEY = object()
_KINDS = ((FindingNode, _FINDING), (LogicNode, _LOGIC), (RefNode, _REF), (AgeNode, _AGE),
          (RequestNode, _REQUEST), (JudgmentNode, _JUDGMENT))

_STATICS: dict[int, _Static] = {}
_NO_QUOTE = Quote(None, None)


class _Fields:
    """A node's criterion's fields in the model's order (`_Static.base`), made as an
    instance's attributes only for its `__dict__`: a dict sharing one table of keys with every
    other node's (a split table), whose copy (`_built`, ~1,300 a case) copies only the values,
    not a table of keys and hashes of its own each (measured: -0.07 ms a note, min; -0.10
    median; the JSON the same bytes: a dict's order is its keys' either way)."""

    def __init__(self, id_: str, text: Optional[str], source: Optional[Source],
                 result: Optional[str], evidence: list, children: list,
                 requires: Optional[str], code: Optional[str]):
        self.id = id_
        self.text = text
        self.source = source
        self.result = result
        self.evidence = evidence
        self.children = children
        self.requires = requires
        self.code = code


def _static(guideline: Guideline, node: Node, node_id: str) -> _Static:
    static = _STATICS.get(id(node))
    if static is not None and static.node is node and static.node_id == node_id:
        return static
    quote = node.quote
    requires, child_ids, codes, asks_age = None, (), frozenset(), False
    sig, varies, conditioned, reads_request = None, False, False, False
    if isinstance(node, FindingNode):
        requires = _requires(node)
        # every field but the quote, whatever fields the node gains (a list operand of `where`
        # makes the node itself unhashable)
        sig = repr(dataclasses.replace(node, quote=_NO_QUOTE))
        reads_request = _reads_request(node)
        varies = reads_request or bool(node.unless)
        conditioned = _conditioned(node)
    elif isinstance(node, LogicNode):
        requires = _logic_words(node)
        child_ids = tuple(f"{node_id}.{i + 1}" for i in range(len(node.children)))
        codes, asks_age = _subtree(guideline, node)
    elif isinstance(node, AgeNode):
        requires = _age_words(node)
    elif isinstance(node, RequestNode):
        requires = _request_words(node)
    elif isinstance(node, JudgmentNode):
        requires = f"clinical judgment: {node.why}"
    kind = next((k for cls, k in _KINDS if isinstance(node, cls)), -1)
    static = _STATICS[id(node)] = _Static(
        node, node_id, quote.text, _source(guideline, quote.section) if quote.text else None,
        requires, child_ids, codes, asks_age, sig=sig, kind=kind,
        code=node.code if kind == _FINDING else None, varies=varies,
        op=node.op if kind == _LOGIC else None, n=node.n if kind == _LOGIC else 0,
        conditioned=conditioned, reads_request=reads_request)
    static.base = _Fields(node_id, static.text, static.source, None, _NONE, _NONE, requires,
                          static.code).__dict__
    return static


def _conditioned(node: FindingNode) -> bool:
    """Whether a finding test reads more than its findings' code and assertion (each finding
    is then tried by `_finding_result`)."""
    return bool(node.where or node.mentions or node.within_days is not None or node.after
                or node.begun_after or node.same_side_as or node.new or node.acute
                or node.since_denied or node.current or node.course_days is not None
                or node.worsened or node.called_new or node.spinal or node.same_region
                or node.limb_region)


def _is_conditioned(node: FindingNode) -> bool:
    """`_conditioned`, read from the node's static entry when it has one (every node of a
    prepared guideline): fifteen fields read once per process, not once per test."""
    st = _STATICS.get(id(node))
    return st.conditioned if st is not None and st.node is node else _conditioned(node)


def _reads_request(node: FindingNode) -> bool:
    """Whether a finding test reads the requested study (`_of_requested_region`,
    `_of_requested_limb`, `_begun_after`, a `where` operand `requested`): every other test is
    the same whatever the CPT, the red flags' (no CPT) included."""
    return bool(node.same_region or node.limb_region or node.begun_after
                or any(operand == "requested" for _, _, operand in node.where))


_ENTRIES: dict[int, tuple[Entry, Source, Optional[_Static]]] = {}


def _entry_static(guideline: Guideline, entry: Entry
                  ) -> tuple[Entry, Source, Optional[_Static]]:
    """An entry's source and its `when` node's static entry (None without one): the same for
    every case (an entry is read ~240 times a case, in every guideline and the red flags)."""
    known = _ENTRIES.get(id(entry))
    if known is not None and known[0] is entry:
        return known
    when = entry.when
    known = _ENTRIES[id(entry)] = (
        entry, _source(guideline, entry.quote.section),
        None if when is None else _static(guideline, when, f"{entry.id}.when"))
    return known


def prepare(guideline: Guideline) -> None:
    """Builds the static entry of every node of the guideline's trees ahead of its first case,
    so that they are made with the rule files, long-lived objects both (review.py sets them
    aside from the garbage collector), not among a case's criteria."""
    def visit(node: Node, node_id: str) -> _Static:
        st = _static(guideline, node, node_id)
        if isinstance(node, LogicNode) and st.kids is None:
            st.kids = tuple(visit(c, i) for c, i in zip(node.children, st.child_ids))
        return st

    for entry in (*guideline.definitions.values(), *guideline.requirements,
                  *guideline.exclusions, *guideline.indications):
        _entry_static(guideline, entry)
        if entry.when is not None:
            visit(entry.when, f"{entry.id}.when")


def _subtree(guideline: Guideline, node: Optional[Node]) -> tuple[frozenset[str], bool]:
    """The finding codes a subtree tests (its definitions' included) and whether it asks the
    age."""
    if isinstance(node, FindingNode):
        return frozenset({node.code}), False
    if isinstance(node, AgeNode):
        return frozenset(), True
    if isinstance(node, RefNode):
        return _subtree(guideline, guideline.definitions[node.name].when)
    if isinstance(node, LogicNode):
        parts = [_subtree(guideline, child) for child in node.children]
        return frozenset().union(*(c for c, _ in parts)), any(a for _, a in parts)
    return frozenset(), False


def _signs_not_had(guideline: Guideline, facts: CaseFacts) -> frozenset[int]:
    """The ids of the sign findings whose every evidence span lies in one of the guideline's
    `no_sign_sections` (rules/SCHEMA.md)."""
    sections = guideline.no_sign_sections
    explained = _explained_not_had(facts)
    if not sections:
        return explained
    # the same for every guideline naming the same sections, and for its lenient re-reading
    made = facts.made_once
    key = ("not_had", sections)
    found = made.get(key)
    if found is None:
        kinds = codes()
        found = made[key] = frozenset(
            id(f) for f in facts.findings if kinds[f.code]["kind"] == "sign"
            and all(e.section in sections for e in f.evidence)) | explained
    return found


def _explained_not_had(facts: CaseFacts) -> frozenset[int]:
    """The ids of the present findings of rules/course.yaml `explained_findings` that the
    latest note recording them puts on a cause outside the spine ("Fever most likely from
    acute cystitis"): no finding of the spine for any line or red flag, once a case."""
    made = facts.made_once
    found = made.get("explained_not_had")
    if found is None:
        kinds = course_cues().explained_findings
        found = made["explained_not_had"] = frozenset(
            id(f) for code in kinds for f in facts.of_code(code)
            if f.assertion == "present" and facts.course(f) == OLD)
    return found


def _by_code_of(facts: CaseFacts, ids: frozenset[int]) -> dict[str, frozenset[int]]:
    """`ids` (of the case's findings) by their findings' code; codes with none left out."""
    if not ids:
        return {}
    by_code: dict[str, set[int]] = {}
    for f in facts.findings:
        if id(f) in ids:
            by_code.setdefault(f.code, set()).add(id(f))
    return {code: frozenset(found) for code, found in by_code.items()}


def _claims(facts: CaseFacts) -> list[Claim]:
    """The claims of payer-facing documents the clinical record contradicts, once a case
    (rules/claims.py)."""
    made = facts.made_once
    found = made.get("claims")
    if found is None:
        found = made["claims"] = (contradicted_claims(facts.findings, facts.payer_facing)
                                  if facts.payer_facing else [])
    return found


def _not_had_by_code(facts: CaseFacts, ids: frozenset[int]) -> dict[str, frozenset[int]]:
    """`_by_code_of`, once a case for each set of signs set aside (the same set for every
    guideline naming the same sections, and for its lenient re-reading: `_signs_not_had`
    keeps it alive beside this, so its id stays its own)."""
    if not ids:
        return {}
    made = facts.made_once
    key = ("not_had_of", id(ids))
    found = made.get(key)
    if found is None or found[0] is not ids:
        found = made[key] = (ids, _by_code_of(facts, ids))
    return found[1]


def _doubted(facts: CaseFacts) -> frozenset[int]:
    """The ids of the possible findings the notes only doubt ("CES unlikely"), once a case."""
    made = facts.made_once
    found = made.get("doubted")
    if found is None:
        found = made["doubted"] = frozenset(id(f) for f in facts.findings
                                            if f.assertion == "possible" and f.doubted)
    return found


class _Evaluator:
    # slots: the walk reads a few of these for each of a case's ~1,400 nodes
    __slots__ = ("g", "facts", "_definitions", "_definition_results", "_evidence", "_not_had",
                 "_doubted", "_never", "_claimed", "_tested", "_not_had_of", "_codes",
                 "_logic_keys", "_fixed_keys", "_spans")

    def __init__(self, guideline: Guideline, facts: CaseFacts):
        self.g = guideline
        self.facts = facts
        # a definition ("conservative therapy") is referred to from many indications; its
        # result depends only on the facts, so it is evaluated once (results are never mutated)
        self._definitions: dict[str, CriterionResult] = {}
        self._definition_results: dict[str, str] = {}  # `entry_result`'s, the same way
        self._evidence = facts.made_once
        # signs the notes hold only as checklist answers ("ROS: Neuro: positive for weakness"
        # beside "Strength 5/5") or as a Plan's precautions: they meet nothing here
        self._not_had = _signs_not_had(guideline, facts)
        self._doubted = _doubted(facts)
        # present treatments with no course of their own that a note says were never had
        self._never = facts.never_had
        # claims of a letter or form that the clinical notes contradict (rules/claims.py)
        self._claimed = (frozenset(id(c.finding) for c in _claims(facts))
                         if facts.weigh_claims and facts.payer_facing else frozenset())
        # a finding test's outcome depends on the test, the facts and the signs of its code set
        # aside (`_test_key`): the same test under several entries or guidelines of the case,
        # and in the red flags, is made once
        self._tested = self._evidence.setdefault(
            ("tested", *_test_facts(facts)), {})
        # the guideline's signs set aside, by code: a test of another code reads none of them
        self._not_had_of = _not_had_by_code(facts, self._not_had)
        self._codes = facts.codes
        self._logic_keys = ((facts.cpt, None), (facts.cpt, facts.age))
        # what the result of a node of each kind that reads no finding depends on, by kind
        self._fixed_keys = {_AGE: facts.age, _REQUEST: facts.cpt, _JUDGMENT: None}
        self._spans = _case_spans(facts)

    def node(self, node: Node, node_id: str) -> CriterionResult:
        return self._node(_static(self.g, node, node_id))

    def _node(self, st: _Static) -> CriterionResult:
        kind = st.kind
        if kind == _LOGIC:
            if not st.codes.isdisjoint(self._codes):
                return self._logic(st.node, st)
            key = self._logic_keys[st.asks_age]   # (cpt, age if the subtree asks it)
        elif kind == _FINDING:
            if st.code in self._codes:
                return self._finding(st.node, st)
            key = None   # nothing of the code in the notes: not met, with no evidence
        elif kind == _REF:
            return self._ref(st.node, st)
        else:   # the age's, the request's and a judgment's (`_fixed_keys`): one look-up
            try:
                key = self._fixed_keys[kind]
            except KeyError:
                raise TypeError(type(st.node).__name__) from None
        # what is left depends on the request and the age alone: the same object for every
        # case with the same key (most of a guideline's tree, for most notes)
        memo = st.memo.get(key)
        if memo is None:
            memo = self._constant(st.node, st)
            if not memo.evidence:   # never another case's evidence (it has none)
                st.memo[key] = memo
                _CONSTANT_SCORES[id(memo)] = None   # kept alive by the memo: its id is its own
        return memo

    def _constant(self, node: Node, st: _Static) -> CriterionResult:
        """A node whose result does not depend on what the notes say."""
        if isinstance(node, FindingNode):
            return self._finding(node, st)
        if isinstance(node, LogicNode):
            return self._logic(node, st)
        if isinstance(node, AgeNode):
            age = self.facts.age
            if age is None:
                result = UNKNOWN
            else:
                result = MET if all(_compare(age, c, v) for c, v in node.comparisons) else NOT_MET
        elif isinstance(node, RequestNode):
            cpt = self.facts.cpt or ""
            ok = cpt in node.cpts or cpt_modality(cpt) in node.modalities
            result = MET if ok else NOT_MET
        else:
            result = UNKNOWN   # a judgment no note settles
        return _build(st.node_id, st.text, st.source, result, [], [], st.requires, None,
                      _PLAIN_FIELDS)

    def _ref(self, node: RefNode, st: _Static) -> CriterionResult:
        inner = self._definitions.get(node.name)
        if inner is None:
            inner = self._definitions[node.name] = self.entry(self.g.definitions[node.name])
        if st.text:
            return _build(st.node_id, st.text, st.source, inner.result, inner.evidence, [inner],
                          None, None, _REF_FIELDS)
        # `inner.model_copy(update={"id": node_id})`, without pydantic's generic copy: its
        # values (already in the model's order, `_NONE` for no evidence or children) copied
        values = inner.__dict__.copy()
        values["id"] = st.node_id
        criterion = _new_criterion(CriterionResult)
        _set_dict(criterion, values)
        _set_fields(criterion, inner.__pydantic_fields_set__)
        _set_extra(criterion, None)
        _set_private(criterion, None)
        return criterion

    def _logic(self, node: LogicNode, st: _Static) -> CriterionResult:
        result, evidence, children = self._logic_parts(node, st)
        return _built(st.base, result, evidence, children, _LOGIC_FIELDS)

    def _logic_parts(self, node: LogicNode, st: _Static
                     ) -> tuple[str, list[Evidence], list[CriterionResult]]:
        """A logic node's result, evidence and children's criteria."""
        kids = st.kids
        if kids is None:
            kids = st.kids = tuple(_static(self.g, c, i)
                                   for c, i in zip(node.children, st.child_ids))
        # one loop builds each child's criterion and keeps its result and evidence: the two
        # commonest kinds over the case's codes (`_node`'s first two branches) are built here,
        # so their result and evidence are known without reading them back from the model
        # (each read through pydantic's `__getattr__` hook) and without `_node`'s frame
        codes, tested_of, not_had_of = self._codes, self._tested, self._not_had_of
        logic_keys, fixed_keys = self._logic_keys, self._fixed_keys
        # `_built` without its frame (a criterion for each of the case's ~1,300 children)
        new, set_dict, set_fields = _new_criterion, _set_dict, _set_fields
        set_extra, set_private = _set_extra, _set_private
        children, results, evidences = [], [], []
        for kid in kids:
            kind = kid.kind
            if kind == _FINDING and kid.code in codes:
                key = (kid.sig if not kid.varies and kid.code not in not_had_of
                       else self._test_key(kid))
                tested = tested_of.get(key)
                if tested is None:
                    tested = tested_of[key] = self._test(kid.node, kid.conditioned)
                result, evidence = tested
                grandchildren, fields = None, _FINDING_FIELDS
            elif kind == _LOGIC and not kid.codes.isdisjoint(codes):
                result, evidence, grandchildren = self._logic_parts(kid.node, kid)
                fields = _LOGIC_FIELDS
            else:
                fields = None
                # a constant already made (`_node`'s memo: a finding or logic node reading no
                # code of the case; an age, a request or a judgment) is taken here, and a
                # reference made, without `_node`'s frame
                if kind == _FINDING:
                    child = kid.memo.get(None)
                elif kind == _LOGIC:
                    child = kid.memo.get(logic_keys[kid.asks_age])
                elif kind == _REF:
                    child = self._ref(kid.node, kid)
                else:
                    child = kid.memo.get(fixed_keys.get(kind, _NO_KEY))
                if child is None:
                    child = self._node(kid)
                made = child.__dict__   # one read through pydantic's hook, not two
                result, evidence = made["result"], made["evidence"]
            if fields is not None:
                values = kid.base.copy()
                values["result"] = result
                if evidence:
                    values["evidence"] = evidence
                if grandchildren:
                    values["children"] = grandchildren
                child = new(CriterionResult)
                set_dict(child, values)
                set_fields(child, fields)
                set_extra(child, None)
                set_private(child, None)
            children.append(child)
            results.append(result)
            evidences.append(evidence)
        if len(children) == 1:
            # a wrapper or a `not` (a third of the case's logic nodes): its one child's
            # evidence, when the child's result is the node's
            only = results[0]
            result = _combine(st.op, results, st.n)
            return result, (evidences[0] if only == result else _NONE), children
        op = st.op
        # `_combine`'s two common operators, without its call
        if op == "any":
            result = MET if MET in results else UNKNOWN if UNKNOWN in results else NOT_MET
        elif op == "all":
            result = NOT_MET if NOT_MET in results else UNKNOWN if UNKNOWN in results else MET
        else:
            result = _combine(op, results, st.n)
        # every criterion's evidence is already free of repeats: one child's is reused (a
        # loop: a node has two or three children as a rule, and a comprehension is a
        # function made and called anew in Python 3.11)
        cited = []
        for child_result, evidence in zip(results, evidences):
            if evidence and child_result == result:
                cited.append(evidence)
        if len(cited) > 1:
            # the same lists are merged under many nodes of the case's guidelines; the key's
            # lists are kept alive beside the merge, so their ids stay theirs
            key = tuple(map(id, cited))
            merged = self._evidence.get(key)
            if merged is None:
                merged = self._evidence[key] = (
                    cited, _unique(list(chain.from_iterable(cited)), self._spans))
            evidence = merged[1]
        else:
            evidence = cited[0] if cited else _NONE
        return result, evidence, children

    def _test_key(self, st: _Static) -> Any:
        """What a finding test's outcome depends on in this evaluation besides the case: the
        test (its signature), and only where it reads them, the requested study,
        `ignore_doubt`, and the signs of its code the guideline sets aside. A plain signature
        (a str) for most tests; a tuple never equals it."""
        not_had = self._not_had_of.get(st.code)
        if not st.varies and not_had is None:
            return st.sig
        facts = self.facts
        return (st.sig, facts.cpt if st.reads_request else None,
                facts.ignore_doubt and bool(st.node.unless), not_had)

    def _finding(self, node: FindingNode, st: _Static) -> CriterionResult:
        tested = self._tested_of(st)
        return _built(st.base, tested[0], tested[1], _NONE, _FINDING_FIELDS)

    def _tested_of(self, st: _Static) -> tuple[str, list[Evidence]]:
        """A finding node's outcome, tested once a case (`_test_key`)."""
        # `_test_key`'s plain case without its call (~480 finding nodes a case)
        key = (st.sig if not st.varies and st.code not in self._not_had_of
               else self._test_key(st))
        tested = self._tested.get(key)
        if tested is None:
            tested = self._tested[key] = self._test(st.node, st.conditioned)
        return tested

    def _test(self, node: FindingNode, conditioned: Optional[bool] = None
              ) -> tuple[str, list[Evidence]]:
        """A finding node's result and evidence. `conditioned`: `_Static.conditioned`, which
        the walk has in hand (else looked up)."""
        # the case's own tuple, not `of_code`'s copy: it is only read here
        of_code = self.facts._by_code.get(node.code, ())
        never, claimed = self._never, self._claimed
        assertions, not_had = node.assertions, self._not_had
        candidates = [f for f, assertion, key in self._rows(node.code, of_code)
                      if assertion in assertions
                      and key not in not_had and (not never or key not in never)
                      and (not claimed or key not in claimed)]
        if not candidates:
            # nothing of the assertions asked (most tests of a case): not met, citing what the
            # notes do say about the code, as below
            return NOT_MET, self._code_evidence(node.code, of_code)
        if conditioned if conditioned is not None else _is_conditioned(node):
            results = [(f, _finding_result(node, f, self.facts)) for f in candidates]
            met = [f for f, r in results if r == MET]
            unknown = [f for f, r in results if r == UNKNOWN]
        else:   # nothing to test but the code and assertion
            met, unknown = candidates, []
        if met and self._doubted:
            # a condition the notes doubt ("CES unlikely"): cited, for a reviewer, but it meets
            # nothing by itself (rules/SCHEMA.md `doubted`)
            unknown = unknown + [f for f in met if id(f) in self._doubted]
            met = [f for f in met if id(f) not in self._doubted]
        # what disputes a met: read only when something is met
        doubt = ([] if not met or self.facts.ignore_doubt or not node.unless
                 else [f for f in of_code if f.assertion in node.unless])
        if doubt:
            doubt = _not_superseded(doubt, met, self.facts)
        if met and doubt:
            result, support = UNKNOWN, met + doubt
        elif met:
            result, support = MET, met
        elif unknown:
            result, support = UNKNOWN, unknown
        else:
            # evidence for "not met": what the notes do say about the code (denied, planned ...)
            result, support = NOT_MET, None
        # the same findings support many nodes of the case's trees: one list for all of them
        # (a code's own evidence by the code, a support by its findings, kept alive by the
        # case's facts)
        if support is None:
            return result, self._code_evidence(node.code, of_code)
        key = tuple(map(id, support))
        evidence = self._evidence.get(key)
        if evidence is None:
            evidence = self._evidence[key] = _unique(list(chain.from_iterable(
                map(_EVIDENCE, support))), self._spans)
        return result, evidence

    def _rows(self, code: str, of_code: tuple[Finding, ...]
              ) -> tuple[tuple[Finding, str, int], ...]:
        """(finding, its assertion, its id) of each finding of the code, once a case: the
        tests of a code (a dozen a case, in every guideline) read them without a read through
        pydantic's `__getattr__` hook and an `id` call per finding each."""
        key = ("rows", code)
        rows = self._evidence.get(key)
        if rows is None:
            rows = self._evidence[key] = tuple((f, f.assertion, id(f)) for f in of_code)
        return rows

    def _code_evidence(self, code: str, of_code: tuple[Finding, ...]) -> list[Evidence]:
        """Every span of the code's findings, once: a test's evidence for "not met"."""
        evidence = self._evidence.get(code)
        if evidence is None:
            evidence = self._evidence[code] = _unique(list(chain.from_iterable(
                map(_EVIDENCE, of_code))), self._spans)
        return evidence

    def entry_result(self, entry: Entry) -> str:
        """`self.entry(entry).result`, without building the criteria under it."""
        st = _entry_static(self.g, entry)[2]
        return UNKNOWN if st is None else self._result(st)

    def _result(self, st: _Static) -> str:
        """`self._node(st).result`: a logic node over the case's codes combines its
        children's results; every other node is read as `_node` reads it (its test shared
        with the full evaluation, its constant memoized)."""
        kind = st.kind
        if kind == _LOGIC and not st.codes.isdisjoint(self._codes):
            kids = st.kids
            if kids is None:
                kids = st.kids = tuple(_static(self.g, c, i)
                                       for c, i in zip(st.node.children, st.child_ids))
            return self._combined(st.op, kids, st.n)
        if kind == _FINDING and st.code in self._codes:
            key = self._test_key(st)
            tested = self._tested.get(key)
            if tested is None:
                tested = self._tested[key] = self._test(st.node, st.conditioned)
            return tested[0]
        if kind == _REF:
            return self._definitions_result(st.node.name)
        return self._node(st).result

    def _combined(self, op: str, kids: tuple[_Static, ...], n: int) -> str:
        """`_combine` of the kids' results, `any` and `all` read only as far as their first
        met (not met) child: the rest cannot change them, and their tests, made for nothing
        (the red flags' pass asks the result of ~200 nodes a case, most of them on lines not
        met), are made later only if a criterion cites them. Tests are pure: which one is
        made first changes no outcome."""
        if op == "any" or op == "all":
            decides, otherwise = (MET, NOT_MET) if op == "any" else (NOT_MET, MET)
            undecided = False
            for kid in kids:
                result = self._result(kid)
                if result == decides:
                    return decides
                undecided = undecided or result == UNKNOWN
            return UNKNOWN if undecided else otherwise
        return _combine(op, list(map(self._result, kids)), n)

    def _definitions_result(self, name: str) -> str:
        inner = self._definitions.get(name)
        if inner is not None:
            return inner.result
        result = self._definition_results.get(name)
        if result is None:
            result = self._definition_results[name] = \
                self.entry_result(self.g.definitions[name])
        return result

    def entry(self, entry: Entry) -> CriterionResult:
        # `_entry_static`'s look-up, without its call (~230 entries a case)
        known = _ENTRIES.get(id(entry))
        if known is None or known[0] is not entry:
            known = _entry_static(self.g, entry)
        _, source, st = known
        quote = entry.quote
        if st is None:
            return _build(entry.id, quote.text, source, UNKNOWN, _NONE, _NONE, None, None,
                          _UNDECIDED_FIELDS)
        if st.kind == _LOGIC and st.text is None and not st.codes.isdisjoint(self._codes):
            # the entry takes a plain inner node's parts: its own criterion would be made only
            # to be dropped (~200 of a case's ~1,400 criteria)
            result, evidence, children = self._logic_parts(st.node, st)
            return _build(entry.id, quote.text, source, result, evidence, children,
                          st.requires, None, _ENTRY_FIELDS)
        if st.kind == _FINDING and st.code in self._codes:
            # a test's outcome is at hand: a plain node's criterion (its words are the
            # entry's) is not made only to be read and dropped
            result, evidence = self._tested_of(st)
            if st.text is None:
                return _build(entry.id, quote.text, source, result, evidence, _NONE,
                              st.requires, None, _ENTRY_FIELDS)
            inner = _built(st.base, result, evidence, _NONE, _FINDING_FIELDS)
            return _build(entry.id, quote.text, source, result, evidence, [inner],
                          "all of", None, _ENTRY_FIELDS)
        inner = self._node(st)
        fields = inner.__dict__   # one read through pydantic's hook, not five
        plain = fields["text"] is None
        return _build(entry.id, quote.text, source, fields["result"], fields["evidence"],
                      fields["children"] if plain else [inner],
                      fields["requires"] if plain else "all of", None, _ENTRY_FIELDS)


def _claims_missing(guideline: Guideline, cpt: str, facts: CaseFacts) -> list[str]:
    """rules/claims.py: when the claims set aside are what would have met the guideline,
    a line for each, in a reviewer's words (claimed in the letter/form, not shown)."""
    if evaluate(guideline, cpt, facts, weigh_claims=False).outcome != "met":
        return []
    return [claim_sentence(c, describe_finding(c.finding)) for c in _claims(facts)]


def _unique(evidence: list[Evidence],
            spans: Optional[dict[int, Any]] = None) -> list[Evidence]:
    """`evidence` without the spans cited before (the first of each kept, in order): the list
    itself when it has no repeat. C-level iterators, not a loop over the spans (~135 lists a
    case, of a few to a few dozen spans). `spans`: each span's key by its id (`_span_keys`)."""
    keys = list(map(_SPAN, evidence)) if spans is None else _span_keys(evidence, spans)
    # most merged lists repeat no span: one set, not the index of first places below
    if len(set(keys)) == len(keys):
        return evidence
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))   # a span's first index
    return list(map(evidence.__getitem__, sorted(first.values())))


def _span_keys(evidence: list[Evidence], spans: dict[int, int]) -> list[Any]:
    """A key of each span, equal for two spans only where their (document, start, end) are:
    the span's number in the case's table (`_case_spans`: one look-up, not three reads of a
    model's fields through pydantic's `__getattr__` hook, and an int to hash, not a tuple);
    where a span is of none of the case's findings, `_SPAN` of every span, as before."""
    try:
        return list(map(spans.__getitem__, map(id, evidence)))
    except KeyError:
        return list(map(_SPAN, evidence))


def _case_spans(facts: CaseFacts) -> dict[int, int]:
    """Every evidence span of the case's findings, by the span's id, numbered by its
    (document, start, end): two spans have the same number where those are the same. Once a
    case (the findings, kept by the facts, keep the ids their spans')."""
    made = facts.made_once
    spans = made.get("spans")
    if spans is None:
        numbers: dict[tuple[str, int, int], int] = {}
        spans = made["spans"] = {id(e): numbers.setdefault(_SPAN(e), len(numbers))
                                 for f in facts.findings for e in f.evidence}
    return spans


def _urgent(guideline: Guideline, facts: CaseFacts,
            results: list[tuple[Entry, CriterionResult]]) -> bool:
    """Whether a line is raised (`_each_raised`), read only as far as the first: a line met with
    evidence needs no lenient re-reading of the disputed ones (half the cases that have one,
    measured), and the re-reading stops at its first line met. Tests and evidence are pure:
    which are made, and in what order, changes no outcome."""
    return next(_each_raised(guideline, facts, results), None) is not None


def _each_raised(guideline: Guideline, facts: CaseFacts,
                 results: list[tuple[Entry, CriterionResult]]) -> Iterator[CriterionResult]:
    """The urgent entries met with evidence; and those that only the documents' disagreement
    keeps from met ("denies incontinence" beside "urinary retention"): such a case is not
    fast-tracked but still goes to the top of the clinician's queue. One at a time, the
    lenient re-reading made only when the met ones are used up (`red_flags` does the same
    over the lines' results)."""
    for e, r in results:
        if e.urgent and r.result == MET and r.evidence:
            yield r
    disputed = [e for e, r in results if e.urgent and r.result == UNKNOWN]
    if disputed:
        lenient = _Evaluator(guideline, facts.replace(ignore_doubt=True))
        for e in disputed:
            if lenient.entry_result(e) == MET and (r := lenient.entry(e)).evidence:
                yield r


def red_flags(flags: Guideline, facts: CaseFacts) -> list[CriterionResult]:
    """Contract §3's emergent red flags (`rules/red_flags.yaml`) that the findings raise, with
    their evidence: read from the documentation alone, never from a guideline's requirements,
    the requested region or CPT code."""
    ev = _Evaluator(flags, facts)
    # `_each_raised` over the urgent lines, each read first by its result alone
    # (`entry_result`): only a line met is raised by its own criterion, so only its criterion
    # is built; an undecided one is read again leniently, and a line not met is not raised.
    # The criteria of the others (most lines of most cases, and a third of those read
    # further: the undecided ones, measured) would be built only to be dropped
    raised, disputed = [], []
    for e in flags.indications:
        if e.urgent:
            result = ev.entry_result(e)
            if result == MET:
                r = ev.entry(e)
                if r.evidence:
                    raised.append(r)
            elif result == UNKNOWN:
                disputed.append(e)
    if disputed:
        lenient = _Evaluator(flags, facts.replace(ignore_doubt=True))
        for e in disputed:
            if lenient.entry_result(e) == MET and (r := lenient.entry(e)).evidence:
                raised.append(r)
    return raised


_APPLICABLE: dict[tuple[int, str], tuple[Guideline, tuple[tuple[Entry, ...], ...]]] = {}


def _applicable(guideline: Guideline, cpt: str) -> tuple[tuple[Entry, ...], ...]:
    """The guideline's requirements, exclusions and indications that apply to the study: the
    same for every case asking it (~200 entries a case read otherwise)."""
    known = _APPLICABLE.get((id(guideline), cpt))
    if known is not None and known[0] is guideline:
        return known[1]
    lists = tuple(tuple(e for e in entries if _applies(e, cpt)) for entries in
                  (guideline.requirements, guideline.exclusions, guideline.indications))
    # the guideline is kept beside its lists, so that its id is not another's while they live
    _APPLICABLE[(id(guideline), cpt)] = (guideline, lists)
    return lists


def evaluate(guideline: Guideline, cpt: str, facts: CaseFacts,
             weigh_claims: bool = True) -> Determination:
    if cpt not in guideline.governs:
        return Determination(guideline=guideline.id, cpt=cpt, outcome="not_applicable")
    region = cpt_region(cpt)
    facts = facts.replace(cpt=cpt, weigh_claims=weigh_claims)
    ev = _Evaluator(guideline, facts)
    applicable = _applicable(guideline, cpt)
    requirements = [(e, ev.entry(e)) for e in applicable[0]]
    exclusions = [(e, ev.entry(e)) for e in applicable[1]]
    indications = [(e, ev.entry(e)) for e in applicable[2]]
    requirements_met = all(r.result == MET for _, r in requirements)
    # nothing is fast-tracked on the absence of findings alone: a met indication cites evidence
    met = [e for e, r in indications
           if r.result == MET and r.evidence and (e.skip_requirements or requirements_met)]
    # an emergent finding is the clinical change that a repeat study needs (`unless_urgent`)
    emergent = any(e.urgent for e in met)
    excluded = [(e, r) for e, r in exclusions
                if r.result == MET and not (e.unless_urgent and emergent)]
    urgent = _urgent(guideline, facts, indications)
    outcome = "met" if met and not excluded else "not_met"
    missing: list[str] = []
    if outcome == "not_met":
        for e, r in excluded:
            missing.append(f"Exclusion applies: {e.quote.text or e.id}"
                           f"{f' [{e.quote.section}]' if e.quote.section else ''}")
        if not met:
            best: dict[str, tuple[float, Entry, CriterionResult]] = {}
            seen: dict[int, float] = {}
            for e, r in indications:
                score = _closeness(r, seen)
                family = e.family or "other"
                if score > 0 and (family not in best or score > best[family][0]):
                    best[family] = (score, e, r)
            ranked = sorted(best.values(), key=lambda t: (-t[0], t[1].id))[:3]
            for _, e, r in ranked:
                missing.append(_missing_sentence(e, r, facts, seen=seen))
            if not ranked:
                missing.append("No indication of this guideline is documented for the "
                               f"{region or 'requested'} region.")
        for e, r in requirements:
            if r.result != MET:
                missing.append(_missing_sentence(e, r, facts, prefix="Requirement: "))
        if ev._claimed:
            missing[:0] = _claims_missing(guideline, cpt, facts)
    criteria = [r for _, r in requirements] + [r for _, r in exclusions] + [r for _, r in indications]
    return _determination(
        guideline.id, cpt, outcome,
        sorted({e.family or "other" for e in met}) if outcome == "met" else [],
        urgent, criteria, missing)


_DETERMINATION_FIELDS = frozenset(Determination.model_fields)


def _determination(guideline: str, cpt: str, outcome: str, basis: list[str], urgent: bool,
                   criteria: list[CriterionResult], missing: list[str]) -> Determination:
    """`Determination(...)` with every field given, without validating again what the
    evaluator built (its ~230 criteria checked one by one, the lists copied): the values are
    already of the fields' types, and the fields set are what the constructor reports."""
    determination = _new_determination(Determination)
    _set_dict(determination, {"guideline": guideline, "cpt": cpt, "outcome": outcome,
                              "basis": basis, "urgent": urgent, "criteria": criteria,
                              "missing": missing})
    _set_fields(determination, set(_DETERMINATION_FIELDS))
    _set_extra(determination, None)
    _set_private(determination, None)
    return determination
