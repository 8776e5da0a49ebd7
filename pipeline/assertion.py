"""One contract assertion per finding span, from ConText, the section and the code's kind.

ConText says which modifiers reach a span; this component decides what they mean for a
utilization reviewer (resources/assertion_policy.json, corpora/ANNOTATION.md):
- a section can assert by itself: Family History makes a finding `family`, a differential
  `possible`, patient instructions and goals `hypothetical` (unless the goal is met);
- a treatment or study named in the Plan is planned (`hypothetical`) unless the sentence
  says it is ongoing, already tried or dated ("A/P: failed 8 wks PT" is history);
- "history of" makes a symptom `historical`, but a cancer or a surgery stays `present`,
  because it still holds;
- a phrase that states a normal finding ("reflexes 2+ and symmetric") is `absent` unless a
  negation stands right at it ("sensation not intact");
- some readings are no finding at all (a denied family history, a planned test), others
  change with the code's kind (a conditional diagnosis is `possible`, a weighed treatment
  `hypothetical`);
- across a note, a sign found present in a section is not also absent there, and a
  suspected metastasis in a known cancer is that cancer, not a second, possible one.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from spinecite.pipeline.demographics import find_sex
from spinecite.pipeline.extensions import SPAN_GROUP, Extensions, SentenceIndex, doc_text
from spinecite.pipeline.lines import line_bounds, under_header
from spinecite.pipeline.regex_literals import fold, may_match, required_literals
from spinecite.pipeline.resources import codes, load_json

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A therapy that started at most this long before the note is a course under way.
_RECENT_START_DAYS = 183

# The Doc the component is reading, its text, its reference date, what the passes worked out
# once for it and its `Extensions`, for the length of one run: doc_text() reads an extension
# and the last token on every call, and the passes ask for the text of the same Doc some 200
# times a note. A context variable, not a global: two threads (or a pass that runs the
# component on another Doc) each see their own run. Outside a run (the public helpers called
# by other modules) everything is read as before.
_NO_RUN = (None, "", None, None, None)
_reading: ContextVar[tuple] = ContextVar("spinecite_assertion_run", default=_NO_RUN)


def _text_of(doc: Doc) -> str:
    reading = _reading.get()
    return reading[1] if reading[0] is doc else doc_text(doc)


def _reference_of(doc: Doc) -> Optional[dt.date]:
    reading = _reading.get()
    return reading[2] if reading[0] is doc else doc._.reference_date


def _run_memo(doc: Doc) -> dict:
    """What a pass worked out once for the whole Doc (a section title's reading), kept for
    the run only."""
    reading = _reading.get()
    return reading[3] if reading[0] is doc else {}


def _extensions() -> Extensions:
    """The run's `Extensions` (each registration looked up once a run), else a new one."""
    return _reading.get()[4] or Extensions()


def _time_expressions(doc: Doc) -> tuple:
    """doc._.time_expressions (or none), read once a run: each dated finding's sentence is
    checked against all of them."""
    memo = _run_memo(doc)
    if "time expressions" not in memo:
        memo["time expressions"] = tuple(doc._.time_expressions or ())
    return memo["time expressions"]


def _finding_spans(doc: Doc) -> list[Span]:
    """The spans of the finding group as the run found it (the group is replaced only at
    its end), listed once: the group builds a Span object for each on every pass over it,
    and a date's nearest finding is looked for among all of them."""
    memo = _run_memo(doc)
    if "finding spans" not in memo:
        memo["finding spans"] = list(doc.spans.get(SPAN_GROUP, ()))
    return memo["finding spans"]


def _sentence_of(doc: Doc, i: int) -> Span:
    """doc[i].sent, from the Doc's sentences listed once a run: spaCy scans for the bounds
    and checks the Doc's sentence annotation token by token on every call, some 400 calls a
    note. With a hook of its own the Doc is asked as before."""
    reading = _reading.get()
    if (reading[0] is not doc or doc.user_hooks or doc.user_span_hooks
            or doc.user_token_hooks):
        return doc[i].sent
    index = reading[3].get("sentences")
    if index is None:
        index = reading[3]["sentences"] = SentenceIndex(doc)
    return index.holding(i)


# the span extensions a _Finding holds, read once
_FINDING_VALUES = ("modifiers", "is_ongoing", "target_rule", "circumstantial", "is_family",
                   "is_hypothetical", "is_negated", "is_uncertain", "is_historical", "value",
                   "presupposed", "relatives_same")


class _Finding:
    """One finding span with the extension values the assertion reads, fetched once: each
    `span._` access builds an Underscore and looks in the Doc's user data, and the passes
    below read the same few values of ~100 spans a note many times over."""

    __slots__ = ("span", "label", "kind", "section", "assertion", "modifiers", "ongoing",
                 "target_rule", "circumstantial", "family", "hypothetical", "negated",
                 "uncertain", "historical", "value", "presupposed", "relatives_same", "heading",
                 "_sent", "_read", "_cues")

    def __init__(self, span: Span, kind: str, section: Optional[str] = None,
                 extensions: Optional[Extensions] = None):
        self.span, self.label, self.kind, self.section = span, span.label_, kind, section
        extensions = extensions or _extensions()
        (modifiers, self.ongoing, self.target_rule, self.circumstantial, self.family,
         self.hypothetical, self.negated, self.uncertain, self.historical, self.value,
         self.presupposed, self.relatives_same) = extensions.values(span, _FINDING_VALUES)
        self.modifiers = tuple(modifiers)
        # medspaCy's Section of the span's first token, whose category and title the
        # token's getters read from it on every access
        self.heading = extensions.first_token(span, "section")
        self.assertion: Optional[str] = None
        self._sent: Optional[Span] = None
        self._read: dict = {}
        self._cues: dict[str, tuple[str, ...]] = {}

    @property
    def section_category(self) -> Optional[str]:
        """span[0]._.section_category."""
        return None if self.heading is None else self.heading.category

    @property
    def section_title(self) -> Optional[Span]:
        """span[0]._.section_title."""
        if self.heading is None:
            return None
        start, end = self.heading.title_span
        return self.span.doc[start:end]

    @property
    def sent(self) -> Span:
        if self._sent is None:
            self._sent = _sentence_of(self.span.doc, self.span.start)
        return self._sent

    @property
    def sent_text(self) -> str:
        """self.sent.text, sliced from the note's text (Span.text joins its tokens)."""
        sent = self.sent
        return _text_of(sent.doc)[sent.start_char:sent.end_char]

    def cues(self, category: str) -> tuple[str, ...]:
        """The lower-case literals of the finding's modifiers of `category`, listed once: the
        passes ask for the same category of the same finding up to ten times."""
        cues = self._cues.get(category)
        if cues is None:
            cues = self._cues[category] = tuple(
                m.rule.literal.lower() for m in self.modifiers if m.category == category)
        return cues

    def once(self, read: Callable, rule: Optional[dict]):
        """read(self, rule), computed once: the record a finding stands in is asked for by
        the assertion and again by the partial-normal pass (its header looked for on the
        lines above each time), its rules' metadata by four checks. Keyed by the rule
        object, which the cached policy holds for the process."""
        key = (read, id(rule))
        if key not in self._read:
            self._read[key] = read(self, rule)
        return self._read[key]


def _resolve(finding: _Finding, policy: dict) -> Optional[str]:
    """The assertion of one span, or None when the span is no finding at all."""
    span, kind, section = finding.span, finding.kind, finding.section
    rule = finding.target_rule
    metadata = (rule.metadata or {}) if rule is not None else {}

    if section in policy["drop_in_sections"] and kind in policy["drop_in_sections"][section]:
        return None
    # consent text ("risks include infection, paralysis and loss of bladder control") lists
    # what might follow a procedure; read as a conditional diagnosis it would be a suspicion
    if _modifier_says(finding, "no_finding"):
        return None
    if finding.relatives_same:
        return "possible"  # "worried she has the same thing": her relative's, feared
    if finding.circumstantial:
        return None  # "No leg pain at rest": denied in a circumstance only (ANNOTATION.md)
    if finding.label in policy["planned_visit"]["codes"] and _planned_visit(
            span, policy["planned_visit"], section):
        return None  # "In-person visit in 2 weeks", wherever it is written: not held yet
    if finding.label in policy["goal_status_not_a_course"]["codes"] and _goal_status(
            span, section, policy["goal_status_not_a_course"]):
        return None  # "Goals: walk 1 mi w/o AFO - progressing": progress toward a goal
    if finding.label in policy["study_spoken_of"]["codes"] and _study_spoken_of(
            span, policy["study_spoken_of"]):
        return None  # "He understands a CT may not show the nerve roots": no study had
    if finding.label in policy["study_screened_for"]["codes"] and _study_screened_for(
            span, policy["study_screened_for"]):
        return None  # "MRI SAFETY SCREENING ... Exam: MRI L-spine w/o": the study to come

    flags = {
        # "unable to sit through her son's soccer games": the relative is where the
        # patient's limitation shows, not whose it is
        "family": (finding.family and finding.label not in policy["family_cue_ignored_codes"]
                   and not _relative_voices_worry(finding)),
        "hypothetical": finding.hypothetical,
        "absent": finding.negated,
        "possible": finding.uncertain,
        "historical": finding.historical,
    }
    if not flags["hypothetical"] and _under_conditional_head(span, policy["conditional_list_head"]):
        # "Go to the Emergency Department right away if you have:" over "- new weakness in
        # your legs": the bullets name what might come, as an inline "if you have ..."
        flags["hypothetical"] = True
    only_at = policy["negation_only_at"]
    if flags["absent"] and finding.label in only_at["codes"]:
        # "no red flags, normal neuro exam": a list's denial does not undo the exam
        flags["absent"] = (_negated_at(finding, only_at["max_gap"], only_at["not_across"])
                           and not _names_where_looked(span, only_at.get("where_looked", ())))
    exception = policy["denial_with_exception"]
    excepted = (_compiled(exception["pattern"]).match(_text_of(span.doc), span.end_char)
                if flags["absent"] and kind in exception["kinds"] else None)
    if excepted and not _exception_is_not_the_code(finding.label, excepted, exception):
        flags["absent"] = False  # "No trauma other than the workout": the exception is there
    if flags["absent"] and flags["possible"] and _doubted_after_a_reason(finding):
        # "with no fever and a normal WBC, an epidural abscess is felt to be very unlikely":
        # the denial before is the doubt's reason (ANNOTATION "A doubt's reason"); the
        # diagnosis the sentence weighs is doubted, not denied
        flags["absent"] = False
    since = policy["denied_since"]
    ended_use = (flags["absent"] and finding.label in since["codes"]
                 and bool(_compiled(since["after"]).match(_text_of(span.doc), span.end_char)))
    if ended_use:
        # "no injection drug use since 05/2021": a use that was there and ended then
        flags["absent"], flags["historical"] = False, True
    status = policy["status_cell"]
    if (not flags["historical"] and not flags["absent"] and finding.label in status["codes"]
            and _status_cell_says(span, status["status"])):
        # "L foot drop        | 2018    | Resolved": a problem table's status cell, on the
        # problem's row, ends it as the dotted "........ Resolved 2019" does (mend38b)
        flags["historical"] = True
    negated, historical, ongoing = flags["absent"], flags["historical"], finding.ongoing
    if ongoing and kind == "imaging" and section in policy["plan_sections"]:
        ongoing = _done_at_the_study(finding, policy["study_done_at"])
    by_section = policy["section_assertion"].get(section)
    if (finding.label in policy["section_assertion_not_for"].get(section, ())
            and metadata.get("assertion") != "absent"):
        # "Goals: 1) sit 60 min - not met 2) NDI < 20%": a goal names a limitation still
        # there (ANNOTATION "Goals"), never a planned one; its own cues (met, not met,
        # without) still read it. A normal state a rule reads absent ("full duty") keeps the
        # section's reading: "return to full duty in 3 wks" is no denial (assert43a)
        by_section = None
    # "return to full duty - not met": the normal state a goal names is not reached
    goal_unmet = _modifier_says(finding, "goal_unmet")
    reached = _modifier_says(finding, "goal_met")
    named = policy["goal_sections"]
    if (not (goal_unmet or reached) and section in named["sections"]
            and kind in policy["goal_met_historical_kinds"] and flags["absent"]
            and all(c in named["negations"] for c in finding.cues("NEGATED_EXISTENCE"))
            and not _compiled(named["status_after"]).match(_text_of(span.doc), span.end_char)):
        # "Goals (6 wk): walk 30 min w/o leg pain": a goal names the pain still there
        # (ANNOTATION "Goals"), as one marked not met does; a status after it on its line
        # ("... without waking from pain   wakes 3x/night   MET") is read by its own rules
        goal_unmet = True
    if (flags["absent"] and (goal_unmet or reached)
            and all(c in policy["goal_negations"] for c in finding.cues("NEGATED_EXISTENCE"))):
        # "Sit 60 min without leg pain - not met": a goal names the pain, it denies nothing;
        # met, the pain it named is over
        flags["absent"] = False
        flags["historical"] = flags["historical"] or (
            reached and kind in policy["goal_met_historical_kinds"])
    if (reached and ongoing and flags["hypothetical"]
            and all(c in policy["goal_cues"] for c in finding.cues("HYPOTHETICAL"))):
        # "Goal 2 - independent HEP - MET" inside an Assessment: the goal reached is done
        flags["hypothetical"] = False
    if by_section == "hypothetical" and _worsening_of_it(finding):
        # "Return precautions: numbness between the legs, worsening leg weakness": an
        # instructions section's worsening speaks of a symptom there now, as a precaution's
        # cue does ("call sooner for worsening weakness"; pipeline/context.py
        # _condition_holds); _presupposed_only still makes it hypothetical in a note that
        # denies the symptom and never states it
        by_section = None
        finding.presupposed = span._.presupposed = True
    # "Goals: independent with HEP - met" states what is done, not a goal
    if by_section and not ((ongoing or goal_unmet)
                           and section in policy["section_assertion_yields_to_ongoing"]):
        flags[by_section] = True
    # "Goals: return to full duty - MET": the limitation the goal named was there and is over,
    # also where the goals run on inside another section ("Assessment: good progress. Goals:
    # return to full duty - MET 11/16")
    goal_met = (ongoing and kind in policy["goal_met_historical_kinds"]
                and _modifier_says(finding, "goal_met"))
    if metadata.get("assertion") == "absent":
        # "sensation intact": absent, unless negated right there ("sensation not intact"); a
        # list's negation does not turn it round ("no fever, weight stable")
        # - nor where the rule says a denial agrees with it ("no implants (staples MR-safe)":
        # the device denied and cleared say the same, `metadata.denial_agrees`; mend43c)
        flags["absent"] = not (goal_unmet
                               or (not metadata.get("denial_agrees")
                                   and _negated_at(finding, policy["double_negation_max_gap"],
                                                   policy["double_negation_not_across"])))
    if goal_met or (metadata.get("assertion") == "absent" and flags["absent"]
                    and kind in policy["goal_met_historical_kinds"]
                    and _normal_now(span, finding.label, policy["normal_now"])):
        # "Sleeping through the night now (was waking 2x)": the symptom was there and is over
        flags["historical"], flags["absent"] = True, False
    elif (metadata.get("assertion") == "absent" and flags["absent"] and flags["historical"]
            and kind in policy["past_normal_is_no_finding_kinds"]):
        return None  # "she had been continent", "5/5 at the initial eval": then, not now
    # a study's or an operation's `date`, a therapy's `start` ("deltoid 4/5 at PT eval 11/16"
    # in an A/P: the course began before the note). A start of most of a year ago is no such
    # course: a year-less date just after the note ("first visit 12/04" on 11/30) is read as
    # last year's
    reference = _reference_of(span.doc)
    when = (finding.value or {}).get("date")
    start = (finding.value or {}).get("start")
    if not when and start and reference and (reference - start).days <= _RECENT_START_DAYS:
        when = start
    dated = bool(when and reference and when < reference)
    if (when and reference and when > reference
            and planned_by_the_plan(section, kind, finding.label, policy)):
        flags["hypothetical"] = True  # "TLIF with pedicle screw fixation on 12/15/2026"
    # "A/P: ... No prior lumbar imaging.": a rule that reads a denial by itself (metadata
    # absent) denies the study as a negation cue would; a Plan names no study to come by it
    denied_by_rule = (metadata.get("assertion") == "absent" and flags["absent"]
                      and kind in policy["plan_default_hypothetical_kinds"])
    if (planned_by_the_plan(section, kind, finding.label, policy)
            and not (ongoing or historical or negated or dated or metadata.get("in_force")
                     or denied_by_rule)):
        # a target marked `in_force` is an order carried out as the note is written ("Plan:
        # Log-roll precautions until CT read"), not advice for later (ANNOTATION "Advice in
        # the Plan"); its own cues ("if fracture, ...") still make it planned
        flags["hypothetical"] = True
    # "in 08/2019 he had cauda equina syndrome", "in a 2019 car accident": an episode the
    # sentence dates long before the note, with no word of now, is over
    old_rule = policy["old_episode"]
    old = (not any(v for k, v in flags.items() if k != "historical")
           and (_old_episode(finding, old_rule)
                or _from_old_record(finding, policy["old_record"],
                                    tuple(old_rule["still_words"]))))
    if old:
        flags["historical"] = True
    elif (flags["historical"] and finding.cues("HISTORICAL")
          and all(c in old_rule["yield_to_still_cues"] for c in finding.cues("HISTORICAL"))
          and _words_pattern(tuple(old_rule["still_words"])).search(finding.sent_text.lower())):
        flags["historical"] = False  # "Sciatica in 2019, still there most days"
    elif flags["historical"] and _just_had(finding, policy["just_had"]):
        flags["historical"] = False  # "he had a temp of 101.6 last night"
    # "Pacemaker placed 2015, removed 2019": a cue that ends the thing itself, not a symptom
    # ... and one that ends this code only: "IV drug use - remote, in recovery since 2017"
    ending = policy["ending_cues"] + policy["code_ending_cues"].get(finding.label, [])
    ends = old or ended_use or finding.label in policy["episodic_codes"] or any(
        c in ending for c in finding.cues("HISTORICAL"))
    # a problem list's or a past history's status is the problem's: "Lumbar disc herniation
    # L5-S1 (2019) - resolved with PT, no surgery" is over, though a condition's past usually
    # still holds; a cancer's never ends so (not_codes: "h/o breast cancer" holds)
    statuses = policy["status_ending_cues"]
    if section in statuses["sections"] and finding.label not in statuses["not_codes"] and any(
            c in statuses["cues"] for c in finding.cues("HISTORICAL")):
        ends = True
    if section in policy["past_history_sections"] and (
            ends or finding.label in policy["past_history_codes"]):
        ends = flags["historical"] = True  # "PMH: L1 fracture 2012", unlike "PMH: DM2"
    if (section in policy["past_history_sections"] and flags["historical"] and not old
            and finding.label not in policy["past_history_codes"]
            and not finding.cues("HISTORICAL") and _runs_since_right_after(finding)):
        # "PMH: ... L4-5 HNP w/ L5 radicular pain since 07/2026, latent TB": an item of the
        # past history whose course runs from a date to now goes on (mend40b, blind e557)
        ends, flags["historical"] = False, False
    if flags["historical"] and kind in policy["historical_means_present_kinds"] and not ends:
        flags["historical"] = False
    if (ongoing and kind in policy["ongoing_over_hypothetical_kinds"]
            and _nearest(finding, ("ONGOING", "HYPOTHETICAL"), policy["plan_header_cues"])
            in policy["continuation_cues"]):
        flags["hypothetical"] = False  # "Plan: discharge from PT", not "Start PT (referral placed)"
    if (ongoing and kind in policy["ongoing_over_hypothetical_kinds"] and flags["hypothetical"]
            and _stopped_at_the_treatment(finding, policy["stopped_at_the_treatment"])):
        flags["hypothetical"] = False  # "Plan: D/C skilled PT", "Discontinue CMT pending imaging"
    if (flags["hypothetical"] and any(c in policy["dose_given_cues"] for c in finding.cues("ONGOING"))
            and all(c in policy["plan_header_cues"] for c in finding.cues("HYPOTHETICAL"))):
        # "Plan: Morphine 4 mg IV": a dose by vein or muscle is given in the ED or clinic, no
        # prescription to take home; "will give ...", "if ...", "consider ..." keep it planned
        flags["hypothetical"] = False
    if (flags["hypothetical"] and metadata.get("in_force") and all(
            c in policy["plan_header_cues"] or c in policy["in_force_despite"]
            for c in finding.cues("HYPOTHETICAL"))):
        # "Plan: Log-roll precautions, flat bedrest pending CT": the order holds until the CT
        # is read; a plan's header or "pending" does not put it off
        flags["hypothetical"] = False
    if flags["hypothetical"] and _held_drug(finding, policy["held_drug_is_taken"]):
        # "Hold lenalidomide pending the MRI", "If surgery: tofacitinib to be held 3 days
        # pre-op": a drug held is one the patient is on (assert41c)
        flags["hypothetical"] = False
    if (kind == "treatment" and (ongoing or historical) and finding.cues("HYPOTHETICAL")
            and all(c in policy["trial_cues"] for c in finding.cues("HYPOTHETICAL"))):
        flags["hypothetical"] = False  # "a trial of cyclobenzaprine in Sept (stopped)": done
    if (kind == "treatment" and flags["hypothetical"]
            and any(c in policy["course_counted_cues"] for c in finding.cues("ONGOING"))):
        flags["hypothetical"] = False  # "PT ordered 10/30, 6 visits so far": begun
    if flags["hypothetical"] and flags["possible"] and _read_then_feared(finding, policy):
        flags["hypothetical"] = False  # "read about CES online and is afraid she has it"
    if flags["hypothetical"] and _read_then_feared_after(finding, policy):
        # "She read online that back pain can be cauda equina and is worried about it":
        # the fear told after the reading makes it hers, possible and doubted (assert43b)
        flags["hypothetical"] = False
        flags["possible"] = True
    if flags["absent"] and (kind in policy["absent_over_hypothetical"]
                            or finding.label in policy["absent_over_hypothetical"]) and not any(
            c in policy["conditional_cues"] for c in finding.cues("HYPOTHETICAL")):
        # "ESI discussed - pt declines": offered, not done; but "If he is not a surgical
        # candidate, a stimulator trial" is a condition, not a refusal
        flags["hypothetical"] = False

    if any(all(flags.get(a) for a in combination) for combination in policy["no_finding_when"]):
        return None  # "no family history of cancer" says nothing of the patient or a relative
    if flags["absent"] and metadata.get("denied_is_no_finding") and not flags.get("family"):
        # "XR: no compression deformity or lytic lesion": a study that shows no bone lesion
        # does not deny the cancer (target metadata `denied_is_no_finding`; mend49d)
        return None
    assertion = next((a for a in policy["precedence"] if flags.get(a)), "present")
    by_code = policy["code_assertion_map"].get(finding.label, {})
    if assertion in by_code:
        return by_code[assertion]
    # a conditional diagnosis ("if fracture", "if stenosis confirmed") is uncertain now; an
    # uncertain treatment ("TFESI vs ILESI") is one being considered
    return policy["kind_assertion_map"].get(kind, {}).get(assertion, assertion)


def _just_had(finding: _Finding, rule: dict) -> bool:
    """A symptom put in the past only by a bare past tense (`cues`: "had a") in a sentence
    that dates it hours ago (`words`: "last night", "yesterday") is the current complaint,
    not an ended one - unless the sentence says it is over (`over_words`: "afebrile today",
    "resolved")."""
    cues = finding.cues("HISTORICAL")
    if finding.kind not in rule["kinds"] or not cues or not all(c in rule["cues"] for c in cues):
        return False
    text = finding.sent_text.lower()
    return bool(_words_pattern(tuple(rule["words"])).search(text)
                and not _words_pattern(tuple(rule["over_words"])).search(text))


def planned_by_the_plan(section: Optional[str], kind: Optional[str], code: str,
                        policy: dict) -> bool:
    """Whether a finding of `code` (of `kind`) named in `section` is planned by default: in a
    Plan a treatment, a study or a spine operation is one to come (hypothetical; policy
    `plan_sections`, `plan_default_hypothetical_kinds` and `_codes`, ANNOTATION "Advice in
    the Plan"), unless the note says otherwise - what says otherwise each caller reads: the
    span's own code here (`_resolve`), a code its phrase states besides its own in
    extractors/findings.py (`_also_assertion`)."""
    return section in policy["plan_sections"] and (
        kind in policy["plan_default_hypothetical_kinds"]
        or code in policy["plan_default_hypothetical_codes"])


def _done_at_the_study(finding: _Finding, rule: dict) -> bool:
    """'Plan: - MRI T-spine w/o (she did well with a mock scanner)', '- CT C-spine today (she is
    on dialysis)', 'P: MRI L-spine w/o - failed > 6 wks chiropractic': a cue of something done
    that stands away from a study the Plan orders tells of the patient or of another thing,
    not that the study was done. Only one at the study ('MRI reviewed', 'x-rays obtained
    today') is: within `reach` tokens, with no bracket, dash or semicolon between."""
    span = finding.span
    doc = span.doc
    for m in finding.modifiers:
        if m.category != "ONGOING":
            continue
        start, end = m.modifier_span
        lo, hi = (end, span.start) if end <= span.start else (span.end, start)
        if hi - lo > rule["reach"]:
            continue
        if any(t.text in rule["not_across"] for t in doc[lo:hi]):
            continue
        return True
    return False


_SENTENCE_END = re.compile(r"[.;]\s+")
_BARE_YEAR = re.compile(r"(?<![\w/.-])(19[5-9]\d|20\d\d)(?![\w/])")
# a date written with its year ("08/2019", "April 2025", "3/4/21", "Aug '19"): one without
# ("12/02", "11/28 - 12/12") is resolved by guessing the year, too loose to put an episode
# in the past
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d/\d{1,2}/\d\d(?!\d)|'\d\d\b")
_YEAR_SKIP = ("a", "an", "the", "early", "mid", "late", "of", "in")


def _dated_reference(finding: _Finding, rule: dict) -> Optional[dt.date]:
    """The note's date, for a finding of the kinds or codes a dating rule reads."""
    if finding.kind not in rule["kinds"] and finding.label not in rule["codes"]:
        return None
    return _reference_of(finding.span.doc)


def _runs_since_right_after(finding: _Finding) -> bool:
    """Whether a "since" time expression ("since 07/2026", "since 2019") follows the
    finding's span with only spaces between: the course the item names runs to now."""
    span = finding.span
    text = _text_of(span.doc)
    for t in _time_expressions(span.doc):
        if t.kind == "since" and span.end_char <= t.start <= span.end_char + 3 and not text[
                span.end_char:t.start].strip():
            return True
    return False


def _old_episode(finding: _Finding, rule: dict) -> bool:
    """Whether the finding's sentence dates it long before the note (`rule["min_days"]`):
    the dates of the sentence that speak of a finding like it lie that far back, and no word
    of now ("still", "since", "presents", "unchanged from") nor a course running to now
    ("since 2019") stands in it. 'Sciatica in 2019, still there' and 'pain since 08/2025' go
    on. A date is left out when it belongs to something else: a study's or a document's
    ("MRI 08/2025", "per 2024 notes"), one in parentheses the finding is not in ("transplant
    (2019)"), or one nearer another kind of finding ("laminectomy in 03/2019 for ... foot
    drop" dates the operation)."""
    reference = _dated_reference(finding, rule)
    if reference is None:
        return False
    span = finding.span
    doc = span.doc
    text = _text_of(doc)
    sent = finding.sent
    a, b = sent.start_char, sent.end_char
    a = _clause_before_semicolon(doc, text, sent, span.start_char, rule)
    memo, key = _run_memo(doc), ("sentence dated", a, b)
    if key not in memo:
        # what the sentence's findings share: its lower case, whether it has a date at all
        lower = text[a:b].lower()
        memo[key] = lower, any(map(str.isdigit, lower)) or " ago" in lower
    lower, dated = memo[key]
    if not dated:
        return False  # no date at all: most sentences
    # "the current pain feels nothing like the 2021 pain, which came with fevers": a word of
    # now before a contrast speaks of the thing compared, not of the old episode after it
    contrasts = [m.end() for m in _words_pattern(tuple(rule["contrast_words"])).finditer(
        lower, 0, max(0, span.start_char - a))]
    # ... and one a past copula holds ("the 2021 pain, which was constant") describes then
    past = _compiled(rule["past_copula"])
    key = ("stable", a, b, id(rule))
    if key not in memo:
        memo[key] = (_stability_on_study(lower, a, rule) + _left_undone(lower, a, rule)
                     + _free_since(lower, a, rule))
    # "wedge deformity of T12 (15% height loss), unchanged since 11/2019": a study that finds
    # a lesion as it was at a past written date dates the lesion (detfm36); its words are
    # the study's course, no word of now
    seen, seen_dates = _seen_unchanged_since(finding, lower, a, rule)
    stable = memo[key] + seen
    if any(not past.search(lower, 0, m.start())
           and not _speaks_of_after(m, span.end_char - a, rule)
           and not _since_the_finding(m, lower, span.start_char - a, span.label_, rule)
           and not _inside(m.start() + a, stable)
           for m in _words_pattern(tuple(rule["now_words"])).finditer(
               lower, contrasts[-1] if contrasts else 0)):
        return False
    opens = set(rule["open_before"])
    dates, taken = [], []
    for t in _time_expressions(doc):
        if t.end <= a or t.start >= b:
            continue
        taken.append((t.start, t.end))
        if t.kind == "since" and not _inside(t.start, stable):
            return False  # "pain since 2019": a course that runs to now
        if t.kind == "ago" or (t.kind in ("date", "range")
                               and _WRITTEN_YEAR.search(text, t.start, t.end)):
            last = t.start_date if t.kind == "ago" else (
                t.end_date or _last_day(t.start_date, t.precision))
            if last is not None:
                dates.append((t.start, t.end, last))
    for m in _BARE_YEAR.finditer(text, a, b):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = [w for w in text[a:m.start()].lower().split()[-3:] if w not in _YEAR_SKIP]
        if before and before[-1] in opens and not _inside(m.start(), stable):
            return False  # "from 2019 on", "since 2019"
        dates.append((m.start(), m.end(), dt.date(int(m.group(1)), 12, 31)))
    latest = [last for start, end, last in dates
              if _dates_finding(finding, start, end, text, a, b, rule)] + seen_dates
    if not latest:
        return False
    return (reference - max(latest)).days >= rule["min_days"]


def _seen_unchanged_since(finding: _Finding, lower: str, offset: int, rule: dict
                          ) -> tuple[list, list]:
    """The spans (note offsets) and dates of an imaging comparison right after a lesion of
    `rule["seen_unchanged_since"]["codes"]` that finds it unchanged since a date whose year
    is written ("Stable mild wedge deformity of T12 (~15% height loss), unchanged since
    11/2019", "old L1 deformity unchanged from chest radiographs of 03/2025"): the lesion was
    there then, so it is at least that old - a healed fracture, not a new one. Only after the
    lesion, within `reach` characters and with no other clause between (a semicolon, an
    "and" joining another lesion: "acute L1 fracture and old T12 wedging unchanged from 2021"
    leaves the L1 fracture alone)."""
    seen = rule.get("seen_unchanged_since")
    if not seen or finding.label not in seen["codes"]:
        return [], []
    end = finding.span.end_char - offset
    spans, dates = [], []
    for m in _compiled(seen["pattern"]).finditer(lower, max(0, end)):
        gap = lower[end:m.start()]
        if len(gap) > seen["reach"] or _compiled(seen["gap_break"]).search(gap):
            break
        month, year = m.group("month"), int(m.group("year"))
        month = int(month) if month and 1 <= int(month) <= 12 else 12
        spans.append((m.start() + offset, m.end() + offset))
        dates.append(_last_day(dt.date(year, month, 1), "month"))
    return spans, dates


def _stability_on_study(lower: str, offset: int, rule: dict) -> list:
    """The spans (note offsets) of the sentence that date how a finding has looked on imaging
    ("unchanged on films since 2020", "stable by x-ray"): the study's course, not the
    episode's - the old fall stays old however long its films have been stable."""
    return [(m.start() + offset, m.end() + offset)
            for m in _compiled(rule["stability_on_study"]).finditer(lower)]


def _left_undone(lower: str, offset: int, rule: dict) -> list:
    """The spans (note offsets) of the sentence that say what was never done to an old thing
    ("grinding injury 2004, never removed"): its "never" speaks of the thing left as it was,
    not of an episode running to now."""
    return [(m.start() + offset, m.end() + offset)
            for m in _compiled(rule["left_undone"]).finditer(lower)]


def _free_since(lower: str, offset: int, rule: dict) -> list:
    """The spans (note offsets) of the sentence that deny symptoms from the old episode to now
    ("fully resolved by 2023 - no neck symptoms since, until now"): its "since" and "now" say
    the episode ended, not that it runs to now."""
    return [(m.start() + offset, m.end() + offset)
            for m in _compiled(rule["free_since"]).finditer(lower)]


def _inside(position: int, spans: list) -> bool:
    return any(start <= position < end for start, end in spans)


def _speaks_of_after(word: re.Match, finding_end: int, rule: dict) -> bool:
    """Whether a word of now after the finding speaks only of what follows it: "CES in 2018,
    decompressed, with residual saddle numbness" - the numbness is now, the CES is not."""
    return word.start() >= finding_end and word.group() in rule["now_words_of_what_follows"]


def _since_the_finding(word: re.Match, lower: str, finding_start: int, code: str,
                       rule: dict) -> bool:
    """Whether a "since" right before the finding speaks of what has run since it, not of the
    finding going on: "mid-back pain since T7 compression fracture in 2021 MVC" - the pain is
    now, the 2021 fracture is past (codes of policy `since_the_finding_codes`, only articles
    and possessives between)."""
    if word.group() != "since" or code not in rule.get("since_the_finding_codes", ()):
        return False
    return bool(_compiled(rule["since_the_finding_gap"]).fullmatch(
        lower, word.end(), finding_start))


def _from_old_record(finding: _Finding, rule: dict, still_words: tuple) -> bool:
    """Whether the finding stands in a copy of an earlier record dated at least
    `rule["min_days"]` before the note - a block carried or copied forward ("HPI (carried
    forward from visit of 03/12/2025):"), a header dating an earlier exam, HPI or note ("Exam
    06/02/2026 (prior episode): L ankle DF 2/5", "PREVIOUS NOTE (06/02/2026):" over its
    lines), or a sentence led by a dated "previously" ("Previously (06/2026) numbness"): what
    that record found is its visit's picture, its words of now ("x 2 weeks", "Exam today")
    that visit's. Unless the finding's sentence says it persists ("unchanged today"), or the
    header names today or says the copy was brought up to date ("and updated")."""
    reference = _dated_reference(finding, rule)
    if reference is None:
        return False
    head = finding.once(_record_header, rule)
    if head is None or not _dated_before(finding.span.doc, head, reference, rule):
        return False
    return not _words_pattern(still_words).search(finding.sent_text.lower())


def _record_header(finding: _Finding, rule: dict) -> Optional[tuple[int, int]]:
    """The character range of the header that may date the record the finding stands in:
    its section's title line when that says the block was carried forward, else the label
    of its own line when that dates it, a dated "previously" leading its sentence, or a
    header line above over the block's sub-labelled lines."""
    span, text = finding.span, _text_of(finding.span.doc)
    line_start, _ = line_bounds(text, span.start_char)
    carried = _carried_forward_title(finding, text, rule)
    if carried is not None and _dates_nothing(text, carried):
        # "SURGICAL HISTORY (template, carried forward)" dates no record: a line of it that
        # dates its own ("- Pre-op (copied from H&P 02/2021): ...") is read below
        carried = None
    if carried is not None:
        now = _compiled(rule["current_lead"])
        if any(now.match(text, at) for at in (line_start, finding.sent.start_char)):
            return None  # "Today: 10 days of low back ache" below the copy: the note's own words
        return carried
    head = _line_head(text, line_start, span.start_char, rule["head_max_chars"])
    if head is not None and _names_a_time(text[head[0]:head[1]].lower(), rule):
        if finding.sent.start_char >= head[1] and _words_pattern(
                tuple(rule["current_words"])).search(finding.sent_text.lower()):
            return None  # "Exam 2024: L EHL 4/5. Today reflexes absent": a sentence of now
        return head
    lead = _compiled(rule["dated_lead"]).match(text, finding.sent.start_char, span.start_char)
    if lead is not None:
        return lead.start(), lead.end()
    # a plain label ("Motor:") is a line of the block a header above may date ...
    memo, key = _run_memo(span.doc), ("header above", line_start, id(rule))
    if key not in memo:
        memo[key] = _header_line_above(text, line_start, rule)  # the line's findings share it
    head = memo[key]
    if head is not None and _section_opens_between(finding, head[0], rule):
        return None  # ... unless a section of the note opens between ("HPI:")
    return head


def _dates_nothing(text: str, head: tuple[int, int]) -> bool:
    """Whether a header's words hold no digit, so no date ("(template, carried forward)")."""
    return not any(ch.isdigit() for ch in text[head[0]:head[1]])


def _carried_forward_title(finding: _Finding, text: str,
                           rule: dict) -> Optional[tuple[int, int]]:
    """The words after the finding's section title when they say the block was copied or
    carried forward ("HPI (carried forward from visit of 03/12/2025):"), up to the end of its
    parenthesis or colon; the cue stands right after the title (one word between at most).
    Read once a title: the findings of a section share it."""
    if finding.heading is None:
        return None
    memo = _run_memo(finding.span.doc)
    key = ("carried forward", finding.heading.title_span, id(rule))
    if key not in memo:
        memo[key] = _carried_forward(finding.section_title, text, rule)
    return memo[key]


def _carried_forward(title: Span, text: str, rule: dict) -> Optional[tuple[int, int]]:
    start = title.start_char
    line_end = text.find("\n", title.end_char)
    line = text[start:line_end if line_end >= 0 else len(text)]
    cue = _compiled(rule["carried_cue"]).search(line.lower())
    if cue is None or len(re.findall(r"\w+", line[title.end_char - start:cue.start()])) > 1:
        return None  # "HPI: 58 y/o whose meds were copied from ...": the note's own words
    stops = [i for i in (line.find(")", cue.end()), line.find(":", cue.end())) if i >= 0]
    # after the title: "History of present illness" names no present
    return title.end_char, start + (min(stops) if stops else len(line))


def _section_opens_between(finding: _Finding, head_start: int, rule: dict) -> bool:
    """Whether a section of the note opens between a header at `head_start` and the span: a
    sub-label of a copied exam or review of systems ("Motor:", "Reflexes:") does not end the
    copy, a section of the note's own ("HPI:", "Assessment:") does."""
    title = finding.section_title
    return (title is not None and title.start_char > head_start
            and finding.section_category not in rule["sub_label_categories"])


def _line_head(text: str, line_start: int, at: int, max_chars: int) -> Optional[tuple[int, int]]:
    """The label of a "Label: content" line, when it ends before `at`: its character range."""
    colon = text.find(":", line_start, at)
    if colon < 0 or colon - line_start > max_chars:
        return None
    # "Initial eval 09/16/2026. Dx: L radiculopathy": the label is the last sentence's
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, colon)]
    return (ends[-1] if ends else line_start), colon


def _names_a_time(label: str, rule: dict) -> bool:
    """Whether a line's label dates its line or calls it current ("Exam 11/30/2026",
    "Exam today"), unlike a plain one ("Motor", "Dx")."""
    return (any(ch.isdigit() for ch in label)
            or bool(_words_pattern(tuple(rule["current_words"])).search(label)))


def _header_line_above(text: str, line_start: int, rule: dict) -> Optional[tuple[int, int]]:
    """The nearest header line above `line_start` in its block ("PREVIOUS NOTE (06/02/2026):"
    alone on its line, a short line in capitals, or one framed in brackets or rules: "[Copied
    from 03/2022 pre-op H&P]", "--- Pasted from visit 05/2024 ---"; its closing marker "[End
    copied text]" dates nothing and so ends the copy), over lines that carry no label of
    their own; a blank line, or a line whose own label dates it or calls it current, ends
    the look."""
    end = line_start - 1
    for _ in range(rule["lines_back"]):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return None
        # a header that says its block was copied may run longer ("Pre-op template
        # (carried forward from 08/2025 H&P, for reference only):")
        if (len(line) <= rule["head_max_chars"] or (
                line.endswith(":") and _compiled(rule["carried_cue"]).search(line.lower()))) and (
                line.endswith(":") or (line.isupper() and any(c.isalpha() for c in line))
                or _compiled(rule["framed_header"]).fullmatch(line)):
            if _undated_sub_label(line.lower(), rule):
                pass
            elif text.count("\n", 0, start) < rule["title_lines"] and not _words_pattern(
                    tuple(rule["prior_words"])).search(line.lower()):
                return None  # "OFFICE VISIT 10/28/2026": the note's own title, its own date
            else:
                return start, end
        else:
            own = _line_head(text, start, end, rule["head_max_chars"])
            if own is not None and any(ch.isdigit() for ch in text[own[0]:own[1]]):
                return None  # "CURRENT VISIT 11/30/2026: ..." opens a block of its own
        end = start - 1
    return None


def _undated_sub_label(line: str, rule: dict) -> bool:
    """Whether a header line alone on its line neither dates nor calls current what follows
    ("Exam:", "Neuro:" inside a copied note): the look goes on to the header above it."""
    return not any(ch.isdigit() for ch in line) and not _names_a_time(line, rule)


def _dated_before(doc: Doc, head: tuple[int, int], reference: dt.date, rule: dict) -> bool:
    """Whether the header text[head] names a record and dates it, with its year written, at
    least `rule["min_days"]` before the note, and names nothing current: a copy "not
    re-verified today" is still the old record's."""
    a, b = head
    text = _text_of(doc)
    lower = text[a:b].lower()
    if not _words_pattern(tuple(rule["record_words"])).search(lower):
        return False
    if _words_pattern(tuple(rule["current_words"])).search(
            _compiled(rule["not_current"]).sub(" ", lower)):
        return False
    dates, taken = _written_dates(doc, text, a, b)
    dates += [dt.date(int(m.group(1)), 12, 31) for m in _BARE_YEAR.finditer(text, a, b)
              if not any(s <= m.start() < e for s, e in taken)]
    return bool(dates) and (reference - max(dates)).days >= rule["min_days"]


def _written_dates(doc: Doc, text: str, a: int, b: int
                   ) -> tuple[list[dt.date], list[tuple[int, int]]]:
    """The last days of the dates and ranges inside text[a:b] whose year is written, and the
    character spans of every time expression there (a bare year inside one is not another)."""
    dates, taken = [], []
    for t in _time_expressions(doc):
        if t.start < a or t.end > b:
            continue
        taken.append((t.start, t.end))
        if t.kind in ("date", "range") and _WRITTEN_YEAR.search(text, t.start, t.end):
            last = t.end_date or _last_day(t.start_date, t.precision)
            if last is not None:
                dates.append(last)
    return dates, taken


def _clause_before_semicolon(doc: Doc, text: str, sent, at: int, rule: dict) -> int:
    """Where the old episode's sentence starts: a clause after a semicolon that dates nothing
    itself ('In early 2020 his left biceps became weak; his surgeon documented biceps 3/5 and
    thumb numbness') goes on telling the dated episode before the semicolon, so the search
    starts there; not when the clause has a course of its own ('; back pain for 3 weeks',
    'since', 'ago': `rule["own_course_kinds"]`), nor when no past verb (`rule["past_verb"]`)
    before the finding tells it on ('...; numbness in the left foot' may be today's)."""
    a = sent.start_char
    if not rule.get("across_semicolon") or sent.start == 0 or _last_mark_before(text, a) != ";":
        return a
    if not _compiled(rule["past_verb"]).search(text, a, max(a, at)):
        return a
    own = rule["own_course_kinds"]
    if any(t.kind in own and sent.start_char <= t.start < sent.end_char
           for t in _time_expressions(doc)):
        return a
    return _sentence_of(doc, sent.start - 1).start_char


def _last_mark_before(text: str, at: int) -> str:
    """text[:at].rstrip()[-1:], without copying the note up to `at` (asked once a finding)."""
    while at and text[at - 1].isspace():
        at -= 1
    return text[at - 1:at]


def _dates_finding(finding: _Finding, start: int, end: int, text: str, a: int, b: int,
                   rule: dict) -> bool:
    """Whether the date at text[start:end] (in the sentence text[a:b]) may date a finding of
    the finding's kind rather than a study, a document, a parenthesis' own subject or another
    kind of finding nearer to it."""
    studies = _words_pattern(tuple(rule["study_words"]))
    head = text[a:start].lower()
    # "fragment seen on orbit films (grinding injury 2004, never removed)": a parenthesis that
    # holds both the date and the finding is its own phrase; a study named before it opens is
    # not the one the date belongs to (blind29a e124)
    own = _in_parentheses(text, a, b, start)
    if own is not None and own[0] > a and own[0] <= finding.span.start_char < own[1]:
        head = text[own[0]:start].lower()
    # "the neurologic examination is normal, and the 2019 foot drop was ...": a study named in
    # an earlier clause of the sentence is not the one the date belongs to
    breaks = [m.end() for m in _compiled(rule["study_clause_break"]).finditer(head)]
    before = head[breaks[-1] if breaks else 0:].split()[-rule["study_reach"]:]
    after = text[end:b].lower().split()[:1]
    if studies.search(" ".join(before + after)) and not (
            rule.get("study_when") and end <= finding.span.start_char
            and _compiled(rule["study_when"]).match(text, end, finding.span.start_char)):
        return False  # "MRI 08/2025", "the 2025 study", "per 2024 notes"
        # - but "present on her 2019 film, when she had a fall": the when-clause after a
        # study's date tells what happened then (mend38d, e450)
    if _birth_date(text, a, start, rule):
        return False
    span = finding.span
    if span.end_char <= start and _compiled(rule["study_clause_break"]).search(
            text[span.end_char:start]):
        return False  # "the injury is 6 weeks old, ..., and the 2019 foot drop was ...": a
        # date in a later clause dates that clause's finding, not one before it
    inside = _in_parentheses(text, a, b, start)
    if (inside is not None and not inside[0] <= span.start_char < inside[1]
            and not _glosses_a_finding(span.doc, inside, text)):
        return False  # "renal transplant (2019)", "(unchanged from 2023)"
    if end <= span.start_char and re.search(rule["date_opens_clause"], text[a:start], re.I):
        return True  # "In 03/2019 she had a herniation with a foot drop": the clause's time
    nearest, gap = None, None
    for other in _finding_spans(span.doc):
        if other.start_char < a or other.end_char > b:
            continue
        distance = max(other.start_char - end, start - other.end_char, 0)
        if gap is None or distance < gap:
            nearest, gap = other, distance
    if nearest is None:
        return True
    entry = codes().get(nearest.label_, {})
    return entry.get("kind") in rule["kinds"] or nearest.label_ in rule["codes"]


def _glosses_a_finding(doc: Doc, inside: tuple[int, int], text: str) -> bool:
    """Whether the parentheses at `inside` open right after a finding, so the date in them is
    that finding's ("prior MVC (2012) with whiplash", "L1 fracture (2019)"; the nearest
    finding then decides whom it dates), not a parenthesis' subject of its own ("renal
    transplant (2019)")."""
    return any(other.end_char <= inside[0] and not text[other.end_char:inside[0]].strip()
               for other in _finding_spans(doc))


def _birth_date(text: str, a: int, start: int, rule: dict) -> bool:
    """Whether the date starting at `start` is the patient's birth ("Jane Roe DOB 03/04/1961
    Fell on ice", "date of birth 04/05/1958, slipped on the stairs"): a header's birth date
    run into the first sentence dates the person, never the event told after it."""
    return bool(_compiled(rule["birth_before"]).search(text[max(a, start - 40):start]))


def _in_parentheses(text: str, a: int, b: int, at: int) -> Optional[tuple[int, int]]:
    """The character range of the parentheses (within text[a:b]) holding position `at`."""
    opening, closing = text.rfind("(", a, at), text.rfind(")", a, at)
    after_open, after_close = text.find("(", at, b), text.find(")", at, b)
    if opening > closing:
        return opening, after_close if after_close >= 0 else b
    if after_close >= 0 and (after_open < 0 or after_close < after_open):
        return a, after_close  # the sentence starts inside a parenthesis
    return None


def _last_day(day: Optional[dt.date], precision: str) -> Optional[dt.date]:
    """The latest day a date of this precision can mean ("08/2019" is up to 31 Aug 2019)."""
    if day is None or precision == "day":
        return day
    if precision == "year":
        return dt.date(day.year, 12, 31)
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@lru_cache(maxsize=None)
def _words_pattern(words: tuple) -> re.Pattern:
    """Any of `words` as whole words (a phrase as written)."""
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, words)))


def _planned_visit(span: Span, rule: dict, section: Optional[str] = None) -> bool:
    """A visit the note dates in the future ("In-person visit in 2 weeks", "f/u in 2 weeks for
    re-exam"), read on the span's own line; in a Plan also one dated or booked right after
    its words ("In-person visit 12/21 for a full exam", "in-office visit scheduled")."""
    text = _text_of(span.doc)
    start, end = span.start_char, span.end_char
    before = text[max(0, start - rule["reach"]):start].rsplit("\n", 1)[-1]
    after = text[end:end + rule["reach"]].split("\n", 1)[0]
    if section in rule["plan_sections"] and _compiled(rule["plan_after"]).match(after):
        return True
    return bool(_compiled(rule["after"]).match(after) or _compiled(rule["before"]).search(before))


def _goal_status(span: Span, section: Optional[str], rule: dict) -> bool:
    """Whether the span is a goal's status word in a Goals section ('Goals: full duty w/o
    restrictions - progressing'): the patient's progress toward the goal, not a course of the
    symptoms (policy goal_status_not_a_course)."""
    if section not in rule["sections"] or not _compiled(rule["span"]).match(span.text):
        return False
    text = _text_of(span.doc)
    line_start, _ = line_bounds(text, span.start_char)
    return bool(_compiled(rule["before"]).search(text[line_start:span.start_char]))


def _study_spoken_of(span: Span, rule: dict) -> bool:
    """A study with a modal or a generic verb right after it ("CT may not show the nerve
    roots", "CT carries no device risk", "CT should be reviewed"), its region aside, on the
    span's own line: a kind of study, one advised or one to come, not one had."""
    text = _text_of(span.doc)
    window = text[span.end_char:span.end_char + rule["reach"]]
    line, _, rest = window.partition("\n")
    pattern = _compiled(rule["after"])
    if pattern.match(line):
        return True
    # A sentence wrapped at the line's end ("Advised MRI is being\nauthorized", a fax's or a
    # portal's fixed width) goes on in lower case on the next line; a new line that opens
    # with a capital, a bullet or a blank is a new item, read apart as before (mend36b e377).
    if line.strip() and rest[:1].islower():
        return bool(pattern.match(line + " " + rest.split("\n", 1)[0]))
    return False


def _study_screened_for(span: Span, rule: dict) -> bool:
    """A safety or contrast screening form (a `title` on one of its first `header_lines`
    lines: "MRI SAFETY SCREENING", "MRI PRE-SCREEN / SEDATION REQUEST") names the study it
    screens for in its title and in a field (`field` right before the span on its line:
    "Exam: MRI L-spine w/o"): that study is still to come, not one had (ANNOTATION 'The
    imaging being requested ... is not a finding'). A radiology report's own "EXAM: MRI
    LUMBAR SPINE" heads a study done: its title names no screening. Read in code because the
    form is known by its title, lines away from the span (mend37c: e411, e414, e416, e417)."""
    text = _text_of(span.doc)
    head = text[:span.start_char].count("\n")
    lines = text.split("\n", rule["header_lines"])[:rule["header_lines"]]
    title = _compiled(rule["title"])
    at = next((i for i, line in enumerate(lines) if title.search(line)), None)
    if at is None:
        return False
    if head <= at:
        return True  # the title line itself, or the lines above it
    line_start, _ = line_bounds(text, span.start_char)
    return bool(_compiled(rule["field"]).search(text[line_start:span.start_char]))


def _device_taken_out(findings: list[_Finding], text: str, rule: dict, ending: list) -> None:
    """'a dual chamber pacemaker placed in 2014 ..., and the entire system including leads was
    extracted in 2019': a device the same sentence says was taken out (`taken_out`, after
    it), or one the note later names again as taken out ('with the pacemaker removed': a
    historical finding of the same device word by an ending cue), is gone: historical -
    unless a word of a device still there or put in again (`still_there`) stands from the
    first mention's sentence to the removal ('new MR-conditional pacemaker placed 2020'). A
    bare mention of a device the note clears for MRI elsewhere (`cleared`: 'pacemaker (MR
    Conditional system)') is that device, no contraindication: no finding."""
    codes = rule["codes"]
    taken_out, still = _compiled(rule["taken_out"]), _compiled(rule["still_there"])
    present = [f for f in findings if f.label in codes and f.assertion == "present"]
    if not present:
        return
    removed = [f for f in findings if f.label in codes and f.assertion == "historical"
               and any(c in ending for c in f.cues("HISTORICAL"))]
    cleared_pattern, words = _compiled(rule["cleared"]), _compiled(rule["device_words"])
    cleared = {_device_word(f.span.text, words) for f in findings
               if f.label in codes and f.assertion == "absent"
               and cleared_pattern.search(f.span.text)} - {""}
    for finding in present:
        word = _device_word(finding.span.text, words)
        if word in cleared:
            # "PMH: sick sinus syndrome s/p pacemaker" beside "pacemaker (MR Conditional
            # system)": the same device, cleared for MRI (DETERMINATIONS d168)
            finding.assertion = None
            continue
        sent = finding.sent
        tail = text[finding.span.end_char:sent.end_char]
        if taken_out.search(tail) and not still.search(text[sent.start_char:sent.end_char]):
            finding.assertion = "historical"
            continue
        for other in removed:
            if (other.span.start_char > finding.span.end_char
                    and _device_word(other.span.text, words) == word
                    and not still.search(text[sent.start_char:other.sent.end_char])):
                finding.assertion = "historical"
                break


def _device_word(phrase: str, words: re.Pattern) -> str:
    """The kind of device a phrase names ('dual chamber pacemaker' -> 'pacemaker')."""
    found = words.search(phrase)
    return found.group(0).lower().rstrip("s") if found else ""


def _under_conditional_head(span: Span, rule: dict) -> bool:
    """A bullet item under a line that opens a conditional list ("Go to the ED right away if
    you have:", "Call 911 or return for:"), with only bullet lines between (policy
    `conditional_list_head`)."""
    text = _text_of(span.doc)
    start, _ = line_bounds(text, span.start_char)
    # the findings of a line share its reading
    memo, key = _run_memo(span.doc), ("conditional head", start, id(rule))
    if key not in memo:
        memo[key] = _bullet_under_conditional_head(text, start, rule)
    return memo[key]


def _bullet_under_conditional_head(text: str, start: int, rule: dict) -> bool:
    bullet = _compiled(rule["bullet"])
    for _ in range(rule["max_lines"]):
        if not bullet.match(text, start):
            return False
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        if not bullet.match(text, start):
            return bool(_compiled(rule["head"]).search(text[start:end]))
    return False


def _doubted(finding: _Finding) -> bool:
    """Uncertain only by doubt cues (ConText rules with metadata `doubted`) or by the worry of
    the patient or a relative (metadata `worry`, policy `worry_subjects`) - or doubted by the
    cue the sentence says last: "r/o cauda equina, felt to be very unlikely" suspects and then
    doubts, and the last word counts, as it does across notes (extractors/findings.py)."""
    cues = [m for m in finding.modifiers if m.category == "POSSIBLE_EXISTENCE"]
    if not cues:
        return False
    doc, span = finding.span.doc, finding.span
    doubts = [m for m in cues if (m.rule.metadata or {}).get("doubted") or _voiced_worry(m, doc)
              or _weighed_then_doubted(m, finding) or _ruled_out_then_doubted(m, finding)]
    # "Her mother heard that leg numbness may be a sign of stenosis", "he is worried it could
    # be a tumor": a cue of uncertainty between a voiced worry and the finding is in the worry,
    # and so is one inside the worry's scope, in the finding's own words or after them ("my
    # coach thinks it [[could be a disc]]", "a friend told him a [[fracture]] can be missed on
    # x-ray", hear47)
    worries = [m for m in doubts if not (m.rule.metadata or {}).get("doubted")
               and m.modifier_span[1] <= span.start]
    doubts += [m for m in cues if m not in doubts and any(
        w.modifier_span[1] <= m.modifier_span[0] < w.scope_span[1] for w in worries)]
    if len(doubts) == len(cues):
        return True
    last = max(cues, key=lambda m: m.modifier_span[0])
    return last in doubts and last.modifier_span[0] >= span.end


def _read_then_feared(finding: _Finding, policy: dict) -> bool:
    """'She read about cauda equina syndrome online and is afraid she has it': a diagnosis the
    patient read of (only reading cues make it hypothetical) that a worry of hers points to
    is her fear, possible (policy `read_then_feared`)."""
    reading = policy["read_then_feared"]["cues"]
    cues = finding.cues("HYPOTHETICAL")
    return bool(cues) and all(c in reading for c in cues) and any(
        (m.rule.metadata or {}).get("worry") for m in finding.modifiers
        if m.category == "POSSIBLE_EXISTENCE")


def _read_then_feared_after(finding: _Finding, policy: dict) -> bool:
    """'She read online that bladder problems with sciatica can mean cauda equina syndrome and
    she is frightened', '... and asks if he could have it': a syndrome (policy
    `read_then_feared.feared_codes`) only reading cues make hypothetical, with the patient's
    fear told after it in its sentence (`feared_after`, a regex searched from the span to the
    sentence's end), is her feared diagnosis: possible, and doubted as a worry is - a lay
    fear raises no urgency. The symptoms she read of ("bladder problems") stay as read."""
    rule = policy["read_then_feared"]
    if finding.label not in rule["feared_codes"]:
        return False
    cues = finding.cues("HYPOTHETICAL")
    span = finding.span
    return bool(cues) and all(c in rule["cues"] for c in cues) and bool(
        _compiled(rule["feared_after"]).search(_text_of(span.doc), span.end_char,
                                               finding.sent.end_char))


def _weighed_then_doubted(modifier, finding: _Finding) -> bool:
    """'Discitis was considered given the bacteremia, but is unlikely: ...': a diagnosis the
    note weighed (a cue with metadata `weighed`) and its sentence then doubts, after a
    reason of any length, is doubted; 'Discitis was considered; MRI ordered' is not."""
    if not (modifier.rule.metadata or {}).get("weighed"):
        return False
    doc = finding.span.doc
    end = doc[modifier.modifier_span[1] - 1].idx + len(doc[modifier.modifier_span[1] - 1])
    rule = load_json("assertion_policy.json")["weighed_then_doubted"]
    return bool(_compiled(rule).match(_text_of(doc), end, finding.sent.end_char))


def _ruled_out_then_doubted(modifier, finding: _Finding) -> bool:
    """'CT ordered to r/o occult fracture; I explained it is unlikely to show anything': a
    study asked for to rule a diagnosis out, whose clause after the semicolon (a sentence of
    its own to the splitter) says the study is unlikely to find anything, doubts what it is to
    rule out - the last word counts (policy `ruled_out_then_doubted`: the rule-out cues it
    reads, and the doubt the next clause must open with). 'to r/o fracture; will call with
    results' is not doubted."""
    rule = load_json("assertion_policy.json")["ruled_out_then_doubted"]
    doc, sent = finding.span.doc, finding.sent
    if modifier.rule.literal not in rule["cues"] or sent.end >= len(doc):
        return False
    text = _text_of(doc)
    if not text[sent.start_char:sent.end_char].rstrip().endswith(";"):
        return False
    following = doc[sent.end].sent
    if "\n" in text[sent.end_char:following.start_char]:
        return False
    return bool(_compiled(rule["doubt"]).match(text, following.start_char, following.end_char))


def _relative_voices_worry(finding: _Finding) -> bool:
    """'Mom requests a CT to r/o fracture', 'Dad called asking for imaging to rule out a broken
    back', 'Her husband is worried it is a tumor': the relative who asks or worries is the
    speaker, and the diagnosis feared is the patient's (possible, doubted), not the relative's
    own - the relative stands before the worry that reaches the finding."""
    doc, start = finding.span.doc, finding.span.start
    worries = [m for m in finding.modifiers if m.category == "POSSIBLE_EXISTENCE"
               and m.modifier_span[1] <= start and _voiced_worry(m, doc)]
    if not worries:
        return False
    first = min(m.modifier_span[0] for m in worries)
    return all(m.modifier_span[1] <= first for m in finding.modifiers if m.category == "FAMILY")


def _voiced_worry(modifier, doc: Doc) -> bool:
    """'She is worried about ...', 'Pt concerned about ...': the worry's subject, read back
    from the cue over a few linking words, is the patient or a relative."""
    if not (modifier.rule.metadata or {}).get("worry"):
        return False
    rule = load_json("assertion_policy.json")["worry_subjects"]
    start, end = modifier.modifier_span
    # a cue that names its own worrier ("Mom is worried it is ...") holds the subject inside it
    if any(token.lower_ in rule["words"] for token in doc[start:end]):
        return True
    coordinated = False
    for token in reversed(doc[max(0, start - rule["reach"]):start]):
        word = token.lower_
        if word in rule["words"]:
            return True
        if word not in rule["between"]:
            break
        coordinated = coordinated or word == "and"
    else:
        return False
    # "She read online that ... and is worried about CES": the worry's subject is elided after
    # "and", so it is the subject the sentence opened with
    return coordinated and _opening_subject(doc[start].sent) in rule["words"]


def _opening_subject(sent: Span) -> str:
    """The sentence's first word, lower-cased, past a line's bullet or quote marks."""
    for token in sent:
        if token.is_alpha:
            return token.lower_
    return ""


def _normal_now(span: Span, code: str, rule: dict) -> bool:
    """A normal state the note says holds *now*, or again ("sleeping through the night now",
    "Back to full duty since 11/16"): the span's own words may say it. An exam's normal
    finding with a bare "now" is the exam at present ("his neuro exam is intact now"): only
    "back to" / "returned to" put its deficit in the past."""
    text = _text_of(span.doc)
    if _compiled(rule["own"]).match(text, span.start_char, span.end_char):
        return True
    exam = code in rule.get("exam_codes", ())
    if not exam and _compiled(rule["after"]).match(text, span.end_char):
        return True
    before = _compiled(rule["before"]).search(
        text, max(0, span.start_char - rule["reach"]), span.start_char)
    return bool(before and not (exam and before.group().strip().lower() == "now"))


def _doubted_after_a_reason(finding: _Finding) -> bool:
    """A doubt cue after the span ("X is unlikely") stands nearer it than every denial that
    reaches it, and every denial stands before it: "Without fever or a high WBC, discitis
    is unlikely", "no focal tenderness, a normal exam and normal labs; abscess felt very
    unlikely". A denial right at the span ("no CES; unlikely ...") or after it keeps it.
    So does a doubt cue before the span that opens after every denial: "no fever, no
    bacteremia - low suspicion for discitis" doubts what the reasons before it argue against
    (next42, dev e580); "low suspicion, no discitis" stays denied."""
    span = finding.span
    doubting = [m.modifier_span for m in finding.modifiers
                if m.category == "POSSIBLE_EXISTENCE" and (m.rule.metadata or {}).get("doubted")]
    doubts = [start - span.end for start, _ in doubting if start >= span.end]
    denials = [m.modifier_span for m in finding.modifiers if m.category == "NEGATED_EXISTENCE"]
    if not denials or any(end > span.start for _, end in denials):
        return False
    last_denial = max(end for _, end in denials)
    if any(last_denial <= start and end <= span.start for start, end in doubting):
        return True
    return bool(doubts) and min(doubts) < min(span.start - end for _, end in denials)


def _modifier_says(finding: _Finding, key: str) -> bool:
    """Whether a ConText rule modifying the span carries metadata `key`."""
    return key in finding.once(_metadata_said, None)


def _metadata_said(finding: _Finding, _) -> frozenset:
    """The metadata keys the finding's ConText rules carry with a true value, gathered once
    for the four keys _resolve asks about."""
    return frozenset(key for m in finding.modifiers
                     for key, value in (m.rule.metadata or {}).items() if value)


def _nearest(finding: _Finding, categories: tuple, ignored: list) -> Optional[str]:
    """The literal of the modifier of `categories` that stands nearest the span, other than
    the `ignored` ones (a Plan's header is no cue of the treatment's own: "Plan: AFO fitted
    today")."""
    span, best = finding.span, None
    for modifier in finding.modifiers:
        if modifier.category not in categories or modifier.rule.literal.lower() in ignored:
            continue
        start, end = modifier.modifier_span
        gap = max(start - span.end, span.start - end, 0)
        if best is None or gap < best[0]:
            best = (gap, modifier.rule.literal.lower())
    return best[1] if best else None


def _stopped_at_the_treatment(finding: _Finding, rule: dict) -> bool:
    """A stop cue (rule["cues"], ONGOING) standing right before the treatment, only
    rule["between"] words between them: "D/C skilled PT", "Discontinue CMT", "stop the
    ibuprofen" - the course was had, whatever plan cue reaches it. "D/C home with PT" (the
    discharge is the patient's) is no such stop."""
    span = finding.span
    doc = span.doc
    between = rule["between"]
    for modifier in finding.modifiers:
        if modifier.category != "ONGOING" or modifier.rule.literal.lower() not in rule["cues"]:
            continue
        end = modifier.modifier_span[1]
        if end <= span.start and all(doc[i].lower_ in between for i in range(end, span.start)):
            return True
    return False


def _negated_at(finding: _Finding, max_gap: int, joins: list) -> bool:
    """A negation right at a normal phrase turns it round ("sensation not intact"); one
    across a coordinator denies the next item ("has not had an injection and has never seen
    a chiropractor"). A cue made only of normal-state words ("Bowel/bladder: nml") says the
    same normal again: it turns nothing round."""
    span = finding.span
    doc = span.doc
    for modifier in finding.modifiers:
        metadata = modifier.rule.metadata or {}
        if modifier.category != "NEGATED_EXISTENCE" or metadata.get("states_normal"):
            continue  # "Bowel/bladder: nml": a normal word says the same, it turns nothing
        if metadata.get("opens_list"):
            continue  # "no red flags (afebrile, ...)": a heading over the list, no negation of it
        start, end = modifier.modifier_span
        if span.start <= start and end <= span.end:
            continue  # "no change in bowel habits": the denial the normal phrase itself holds
        if start - span.end <= max_gap and span.start - end <= max_gap:
            gap = doc[min(span.end, end):max(start, span.start)]
            # "SLR + L, neg R. Gait normal": an abbreviation's full stop that the splitter read
            # as "R." still ends the statement the negation belongs to; a run of spaces is a
            # table's column break ("SLR      neg bilat      neg bilat": the next column's
            # value, the same denial again, turns nothing round)
            if not any(t.lower_ in joins or (len(t) > 1 and t.text.endswith("."))
                       or (t.is_space and "\n" not in t.text) for t in gap):
                return True
    return False


@Language.component("spinecite_assertion")
def assertion_component(doc: Doc) -> Doc:
    run = _reading.set((doc, doc_text(doc), doc._.reference_date, {}, Extensions()))
    try:
        return _assert_findings(doc)
    finally:
        _reading.reset(run)


def _assert_findings(doc: Doc) -> Doc:
    policy = load_json("assertion_policy.json")
    catalogue = codes()
    extensions = _extensions()
    kept = []
    for span in _finding_spans(doc):
        entry = catalogue.get(span.label_)
        if entry is None:
            continue
        finding = _Finding(span, entry["kind"], extensions=extensions)
        finding.section = _section_of(finding, policy)
        extensions.set(span, "finding_section", finding.section)
        finding.assertion = _resolve(finding, policy)
        if finding.assertion is not None:
            kept.append(finding)
    text = _text_of(doc)
    lower = text.lower()  # both passes below look for their cue words in it first
    _another_persons_pronoun(kept, doc, text, policy)
    kept = _withdrawn(kept, text, lower, policy["withdrawal"])
    _not_yet_begun(kept, text, lower, policy["not_yet_begun"])
    _declined_after(kept, text, lower, policy["declined_after"])
    _declined_after_a_course(kept, text, lower, policy["declined_after_a_course"])
    _denied_after(kept, text, lower, policy["denied_after"])
    _glossed_in_parentheses(kept, text)
    _templated_answers(kept, text, policy["templated_answer"])
    _then_and_now(kept, policy["then_and_now"])
    _work_status_ended(kept, policy["work_status_ended"])
    _came_back(kept, text, policy["came_back"])
    kept = _past_only_denials(kept, text, policy["past_only_denial"])
    kept = _denied_at_another_site(kept, text, policy["denied_at_another_site"])
    kept = _denied_on_the_other_side(kept, text, policy["denied_on_the_other_side"])
    _continued_in_plan(kept, policy)
    _course_awaited(kept, text, policy["course_awaited"])
    _order_then_course(kept, text, policy)
    _modification_kept_up(kept, policy)
    _manipulation_given_at_the_visit(kept, policy)
    _advice_followed(kept, policy)
    _treated_by_surgery(kept, policy)
    _device_taken_out(kept, text, policy["device_taken_out"], policy["ending_cues"])
    kept = [f for f in kept if f.assertion is not None]
    _presupposed_only(kept)
    kept = _felt_only(kept, text, policy["felt_only"])
    kept = _label_over_boxes_below(kept, text, policy["label_over_boxes"])
    kept = _drop_partial_normals(kept, policy)
    _suspected_with_its_list(kept, policy["suspected_with_its_list"])
    kept = _drop_possible_of_present(kept, policy)
    for finding in kept:
        extensions.set(finding.span, "assertion", finding.assertion)
        # "CES unlikely", "doubt fracture": possible, and marked so that the rules can tell a
        # doubted diagnosis from a suspected one (it raises no urgency, meets no indication)
        doubted = finding.assertion == "possible" and (
            finding.relatives_same or _doubted(finding)
            or _read_then_feared_after(finding, policy))
        extensions.set(finding.span, "doubted", doubted)
        if doubted:
            _drop_doubted_values(finding, policy)
    _weighed_against_a_joint(kept, text, policy["source_weighed_against_a_joint"])
    doc.spans[SPAN_GROUP] = [finding.span for finding in kept]
    return doc


def _weighed_against_a_joint(findings: list[_Finding], text: str, pattern: str) -> None:
    """A bare sided limb pain (target rule `metadata.weighed_against_a_joint`: "R thigh pain")
    in a document that weighs its source between the spine and a joint ("r/o L3-4
    radiculopathy vs hip source", "symptoms fully explained by the hip"; policy
    `source_weighed_against_a_joint`) is radicular only possibly, as a thigh pain "referred vs
    radicular" is. A pain that radiates is another rule's, and keeps its reading. Read last,
    after the other passes and the doubt: the note weighs where the pain comes from, not
    whether it is there, so the pain is not doubted (`span._.doubted` stays False) and a
    present mention elsewhere does not drop it."""
    weighed = [f for f in findings if f.assertion == "present"
               and (rule := f.target_rule) is not None
               and (rule.metadata or {}).get("weighed_against_a_joint")]
    if weighed and _compiled(pattern).search(text):
        for f in weighed:
            f.assertion = f.span._.assertion = "possible"


def _another_persons_pronoun(findings: list[_Finding], doc: Doc, text: str,
                             policy: dict) -> None:
    """'Father died of an overdose; he injected heroin for years' in a woman's note: a he or
    she that opens a clause right after one naming a relative or another person of that sex,
    where the patient is of the other sex, goes on telling that person's story (family). A
    pronoun of the patient's own sex ('Mother has RA. She also reports stiffness') may be
    the patient, and stays hers; with no sex in the case file nor the note, nothing changes."""
    rule = policy["another_persons_pronoun"]
    patient = doc._.patient_sex or find_sex(text) or _sex_by_title(text, rule)
    if patient is None:
        return
    other = "she" if patient == "M" else "he"
    persons = _words_pattern(tuple(rule["persons"][other]))
    for finding in findings:
        if (finding.assertion == "family" or finding.label in policy["family_cue_ignored_codes"]
                or finding.relatives_same):
            continue  # (relatives_same: the patient's fear of the relative's diagnosis)
        if _clause_of_pronoun(finding, text, other, persons, rule):
            finding.assertion = "family"
    _relatives_own_pronoun(findings, text, "he" if patient == "M" else "she", policy)


def _relatives_own_pronoun(findings: list[_Finding], text: str, own: str,
                           policy: dict) -> None:
    """'Her mother was diagnosed with myelopathy; she had a laminoplasty and still walks with
    a cane' in a woman's note: a pronoun of the patient's own sex that opens a clause of the
    same sentence right after one whose subject is a relative of that sex goes on telling the
    relative's story (family). Kept to the sentence, and not where the pronoun speaks or is
    in the present as the patient would ('her mother had MS; she has numbness' stays hers),
    except in a parenthesis glossing the relative's clause."""
    rule = policy["relatives_own_pronoun"]
    breaks = _compiled(rule["clause_break"])
    opens = _compiled(rule["opens_on"] % own)
    speaks = _compiled(rule["patient_speaks"])
    patient_words = _compiled(rule["patient_words"])
    relative = _compiled(rule["relative_subject"] % "|".join(
        map(re.escape, rule["relatives"][own])))
    lower = text.lower()
    for finding in findings:
        if (finding.assertion == "family" or finding.label in policy["family_cue_ignored_codes"]
                or finding.relatives_same):
            continue  # (relatives_same: the patient's fear of the relative's diagnosis)
        start, end = _whole_sentence_start(finding.sent, text), finding.span.start_char
        if not _may_match_within(opens.pattern, text, start, end):
            continue  # no clause of it can open on the pronoun
        cuts = [(m.start(), m.end()) for m in breaks.finditer(text, start, end)]
        if not cuts:
            continue
        cut, clause = cuts[-1]
        if (not opens.match(text, clause, end)
                or patient_words.search(text, clause, end)
                or (text[cut] != "(" and speaks.match(lower, clause, end))):
            continue
        # the clauses before, nearest first, within the sentence
        bounds = [start] + [b for _, b in cuts[:-1]]
        ends = [a for a, _ in cuts]
        for a, b in reversed(list(zip(bounds, ends))):
            words = text[a:b]
            if patient_words.search(words):
                break
            if relative.search(words):
                finding.assertion = "family"
                break
            if not opens.match(words):
                break


def _may_match_within(pattern: str, text: str, start: int, end: int) -> bool:
    """`regex_literals.may_match` on text[start:end]. The pronoun passes scan each finding's
    sentence up to it for clause breaks, ~10 us a finding, to find the clause opening on a
    pronoun that nine sentences in ten do not hold before the finding; looking for the pronoun
    first costs ~2 us. In a run, where the pattern's literals stand in the note is listed
    once, and a window holds one when an occurrence lies inside it: each finding folded its
    own window (~150 windows a note)."""
    reading = _reading.get()
    if reading[0] is None or reading[1] is not text:  # outside a run, or another text
        return may_match(pattern, text[start:end])
    key = ("literal occurrences", pattern)
    occurrences = reading[3].get(key)
    if occurrences is None:
        occurrences = reading[3][key] = _literal_occurrences(pattern, text)
    if occurrences is False:
        return may_match(pattern, text[start:end])
    return any(at < len(positions) and positions[at] + size <= end
               for size, positions in occurrences
               for at in (bisect_left(positions, start),))


def _literal_occurrences(pattern: str, text: str):
    """For each literal one of which every match of `pattern` holds (`required_literals`, as
    `may_match` reads them): its length and where it starts in the folded note. False when a
    window's folding is not the note's, cut (a non-ASCII note: lower case may change lengths
    and reads a final sigma from its neighbours), or no literal is required."""
    literals = required_literals(pattern)
    if literals is None or not text.isascii():
        return False
    folded = fold(text)
    occurrences = []
    for literal in literals:
        positions, at = [], folded.find(literal)
        while at >= 0:
            positions.append(at)
            at = folded.find(literal, at + 1)
        occurrences.append((len(literal), positions))
    return occurrences


def _whole_sentence_start(sent: Span, text: str) -> int:
    """Where the sentence holding `sent` begins: the segmenter may end one at a ';' or ':'
    ('... severe stenosis; she had a laminoplasty'), and the clauses it cut off belong to it
    (not across a blank line). Once a sentence a run: its findings share it."""
    memo, key = _run_memo(sent.doc), ("whole sentence", sent.start)
    if key not in memo:
        memo[key] = _clauses_joined(sent, text, memo)
    return memo[key]


def _clauses_joined(sent: Span, text: str, memo: Optional[dict] = None) -> int:
    """_whole_sentence_start, walked back afresh; with the run's `memo`, the walk stops at a
    sentence whose start is known and leaves the start of each sentence it joined: each
    sentence of a list joined by colons and semicolons was walked back to the list's head."""
    doc = sent.doc
    joined, start = [], None
    while sent.start > 0:
        if joined and memo is not None:
            start = memo.get(("whole sentence", sent.start))
            if start is not None:
                break
        previous = _sentence_of(doc, sent.start - 1)
        if (not text[previous.start_char:previous.end_char].rstrip().endswith((";", ":", ","))
                or _BLANK_LINE.search(text[previous.end_char:sent.start_char])):
            break
        joined.append(sent.start)
        sent = previous
    if start is None:
        start = sent.start_char
    if memo is not None:
        for i in joined:
            memo["whole sentence", i] = start
    return start


def _sex_by_title(text: str, rule: dict) -> Optional[str]:
    """The patient's sex from a title before the name ("Mr. Lee", "Mrs. Ortiz"), if one is
    given at the top of the note."""
    m = _compiled(rule["title"]).search(text[:rule["title_reach"]])
    return None if m is None else ("M" if m.group(1).lower() == "mr" else "F")


def _clause_of_pronoun(finding: _Finding, text: str, pronoun: str, persons: re.Pattern,
                       rule: dict) -> bool:
    """Whether the finding's clause opens on `pronoun` as its subject and the clauses before
    it (through others opening on the same pronoun) name a person `persons` finds."""
    sent, span = finding.sent, finding.span
    breaks = _compiled(rule["clause_break"])
    opens = _compiled(rule["opens_on"] % pronoun)
    start = sent.start_char
    if not _may_match_within(opens.pattern, text, start, span.start_char):
        return False  # no clause of it can open on the pronoun
    cuts = [m.end() for m in breaks.finditer(text, start, span.start_char)]
    clause = cuts[-1] if cuts else start
    if not opens.match(text, clause, span.start_char):
        return False
    # the clauses before, nearest first: this sentence's, then up to `reach` sentences back
    # (not across a blank line: another block of the note)
    before = [text[a:b] for a, b in zip([start] + cuts[:-1], cuts)][::-1]
    doc = span.doc
    i = sent.start
    for _ in range(rule["reach"]):
        if i <= 0:
            break
        previous = _sentence_of(doc, i - 1)
        gap = text[previous.end_char:start]
        if _BLANK_LINE.search(gap):
            break
        before.append(text[previous.start_char:previous.end_char])
        start, i = previous.start_char, previous.start
    for words in before:
        if persons.search(words.lower()):
            return True
        if not opens.match(words):
            return False
    return False


def _worsening_of_it(finding: _Finding) -> bool:
    """'worsening leg weakness', 'numbness that gets worse': the target said to worsen, the
    symptom itself there now (clauses.condition_holds of resources/context_rules.json)."""
    from spinecite.pipeline.context import _condition_holds
    return (finding.kind in ("symptom", "sign") and finding.label != "symptom_progression"
            and _condition_holds(finding.span))


def _presupposed_only(findings: list[_Finding]) -> None:
    """A precaution about a symptom's worsening ("call sooner for worsening weakness")
    presupposes the symptom (present, ANNOTATION), unless the note denies it and never states
    it: a template's precaution after "Strength 5/5 throughout" says only what to watch for
    (hypothetical), or one line of boilerplate would be a motor deficit."""
    stated = {f.label for f in findings
              if f.assertion == "present" and not f.presupposed}
    denied = {f.label for f in findings if f.assertion == "absent"}
    for finding in findings:
        if (finding.assertion == "present" and finding.presupposed
                and finding.label in denied and finding.label not in stated):
            finding.assertion = "hypothetical"


def _label_over_boxes_below(findings: list[_Finding], text: str,
                            rule: dict) -> list[_Finding]:
    """'Radicular symptoms:' alone on its line over '[ ] leg pain  [x] numbness': a label
    naming a group of symptoms or signs is the form's question, not a finding; the boxes on
    the next line answer it, each item from its own box (the label on the boxes' own line is
    read so by pipeline/context.py)."""
    label, below = _compiled(rule["label"]), _compiled(rule["boxes_below"])
    kept = []
    for finding in findings:
        start, end = finding.span.start_char, finding.span.end_char
        line_end = text.find("\n", end)
        if (line_end >= 0 and "\n" not in text[start:end]
                and "[" not in text[text.rfind("\n", 0, start) + 1:line_end]
                # the boxes first: a match anchored at the next line fails at once on most
                and below.match(text, line_end + 1) and label.search(text, start, line_end)
                and not _checked_below(finding, findings, text, line_end, rule["reach"])):
            continue
        kept.append(finding)
    return kept


def _checked_below(label: _Finding, findings: list[_Finding], text: str, line_end: int,
                   reach: int) -> bool:
    """A box below the label checks an item of the label's own code ('Radicular symptoms:'
    over '[x] leg pain'): the label names what that item is, and stays with it."""
    block = text.find("\n\n", line_end + 1)
    block = min(block if block >= 0 else len(text), line_end + 1 + reach)
    return any(f.label == label.label and f.assertion == "present"
               and line_end < f.span.start_char < block for f in findings)


def _felt_only(findings: list[_Finding], text: str, rule: dict) -> list[_Finding]:
    """'Pt feels his right leg is "weak and wobbly"' beside 'Strength 5/5 in all myotomes':
    a sign the patient only feels, that the note's own exam finds normal, is no objective
    sign (the code is the examiner's finding); a felt weakness the exam confirms, or one
    no exam denies, stays."""
    felt = _compiled(rule["felt_before"])
    kept = []
    for finding in findings:
        if (finding.assertion == "present" and finding.label in rule["codes"]
                and _only_felt(finding, findings, text, felt, rule)):
            continue
        kept.append(finding)
    return kept


def _only_felt(finding: _Finding, findings: list[_Finding], text: str, felt: re.Pattern,
               rule: dict) -> bool:
    same = [f for f in findings if f.label == finding.label]
    if not any(f.assertion == "absent" and f.section in rule["exam_sections"] for f in same):
        return False
    for other in same:
        if other.assertion != "present":
            continue
        start = max(other.sent.start_char, other.span.start_char - rule["reach"])
        if not felt.search(text, start, other.span.start_char):
            return False
    return True


def _withdrawn(findings: list[_Finding], text: str, lower: str,
               rule: dict) -> list[_Finding]:
    """An addendum that withdraws a statement ('The statement "No history of cancer" was
    entered in error and is withdrawn', 'disregard the foot drop noted above'): the statement
    no longer stands, wherever the note made it. With a quotation only the quoted words are
    withdrawn (and every sentence of the note that says them); without one, the findings of
    the withdrawing sentence and the same statements before it. A correction ('Correction:
    she did complete 6 weeks of PT') replaces the contrary statement made before it.
    Sentences here are the text between full stops and line ends: the cue and the statement
    it withdraws may stand on either side of a semicolon."""
    if not any(word in lower for word in rule["anchors"]):
        return findings  # the cues' literal words, looked for once: most notes have none
    dropped: set[int] = set()
    for cue in _cues_near_anchors(text, lower, rule["anchors"], rule["withdraw_cues"]):
        a, b = _statement_at(text, cue)
        quoted = [(a + m.start(1), a + m.end(1), " ".join(m.group(1).lower().split()))
                  for m in re.finditer(rule["quotation"], text[a:b])]
        own = [f for f in findings if a <= f.span.start_char < b and (not quoted or any(
            qa <= f.span.start_char and f.span.end_char <= qb for qa, qb, _ in quoted))]
        for f in own:
            dropped.add(id(f))
            for g in findings:
                if g.label != f.label or g.assertion != f.assertion or a <= g.span.start_char < b:
                    continue
                if quoted:
                    ga, gb = _statement_at(text, g.span.start_char)
                    said = " ".join(lower[ga:gb].split())
                    if any(q in said for _, _, q in quoted):
                        dropped.add(id(g))
                elif g.span.start_char < a:
                    dropped.add(id(g))
    for cue in _cues_near_anchors(text, lower, rule["anchors"], rule["correction_cues"]):
        a, b = _statement_at(text, cue)
        for f in findings:
            if not a <= f.span.start_char < b or f.assertion not in rule["contrary"]:
                continue
            contrary = rule["contrary"][f.assertion]
            for g in findings:
                if g.label == f.label and g.assertion == contrary and g.span.start_char < a:
                    dropped.add(id(g))
    return [f for f in findings if id(f) not in dropped] if dropped else findings


_STATEMENT_END = re.compile(r"\.(?=\s)|\n")


def _status_cell_says(span: Span, status: str) -> bool:
    """The finding opens its table row ("Sciatica R   | 2009 | Resolved": nothing but spaces
    and words before it, no cell) and the row's last cell opens on `status`."""
    text = _text_of(span.doc)
    line_start, line_end = line_bounds(text, span.start_char, span.end_char)
    if "|" in text[line_start:span.start_char]:
        return False
    rest = text[span.end_char:line_end]
    if rest.count("|") < 1:
        return False
    return bool(_compiled(status).match(rest.rsplit("|", 1)[1]))


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _cues_near_anchors(text: str, lower: str, anchors: list, pattern: str) -> list[int]:
    """Where `pattern` matches around an anchor word (each of its cues holds one): the regex
    runs on a short window at each anchor, never over the whole note."""
    found, regex = set(), _compiled(pattern)
    for anchor in anchors:
        at = lower.find(anchor)
        while at >= 0:
            start = max(0, at - 80)
            for m in regex.finditer(text, start, min(len(text), at + len(anchor) + 80)):
                if m.start() <= at < m.end():
                    found.add(m.start())
            at = lower.find(anchor, at + 1)
    return sorted(found)


def _statement_at(text: str, char: int) -> tuple[int, int]:
    """The character range of the statement holding `char`: from the last full stop or line
    end before it to the next one."""
    start = max(text.rfind("\n", 0, char), text.rfind(". ", 0, char)) + 1
    end = _STATEMENT_END.search(text, char)
    return start, end.start() if end else len(text)


def _not_yet_begun(findings: list[_Finding], text: str, lower: str, rule: dict) -> None:
    """'PT was prescribed at the 3/3 visit but insurance needed authorization; first PT eval is
    scheduled for 04/09': a session therapy whose first session is still to come is planned,
    though the splitter ends the sentence at the semicolon."""
    if not any(word in lower for word in rule["anchors"]):
        return
    for f in findings:
        if f.assertion != "present" or f.label not in rule["codes"] or (
                f.ongoing and not _dated_only(f, rule)):
            continue  # "Completed 6 weeks of PT; first eval with the chiropractor scheduled"
        start = f.span.start_char
        end = _STATEMENT_END.search(text, start, start + rule["reach"])
        window = lower[start:end.start() if end else start + rule["reach"]]
        if any(word in window for word in rule["anchors"]) and _compiled(rule["cues"]).search(
                window):
            f.assertion = "hypothetical"


def _dated_only(finding: _Finding, rule: dict) -> bool:
    """'Referred to PT on 9/15': the only sign of a course under way is the date's 'on'."""
    cues = finding.cues("ONGOING")
    return bool(cues) and all(c in rule["dated_only"] for c in cues)


def _continued_in_plan(findings: list[_Finding], policy: dict) -> None:
    """'Meds: ibuprofen prn ... Plan: - Ibuprofen prn.': a treatment the note already gives as
    taken, named again in the Plan with no cue of its own, is continued, not planned. Only the
    same words count: 'tried ibuprofen ... Plan: naproxen' is a new drug of the same class."""
    plan = policy["plan_sections"]
    if not any(f.assertion == "hypothetical" and f.section in plan
               and f.kind in policy["plan_default_hypothetical_kinds"] for f in findings):
        return  # nothing planned by the Plan to read again: most notes' drug keys unneeded
    names = policy["same_drug"]
    text = _text_of(findings[0].span.doc) if findings else ""
    # each finding's key once, from the note's text (span.text joins the span's tokens)
    key_of = {f: drug_key_of(f.label, text[f.span.start_char:f.span.end_char], names)
              for f in findings if f.assertion in ("present", "absent", "hypothetical")}
    present = [f for f in findings if f.assertion == "present"]
    # a dose given at the visit ("oxycodone 5 mg PO given" in the ED) is no course taken: the
    # prescription after it ("Rx: oxycodone 5 mg q6h prn") is new (blind28f, e097; d202)
    taken = {key_of[f] for f in present
             if f.section not in plan and not _dose_given_here(f, text, policy)}
    going = {key_of[f] for f in present}
    # ... unless the note denies it for now ("got better after PT in 2020 ... No PT for the
    # current flare. Plan: PT 2x/wk"): the Plan's is a new course, not the old one going on
    # (blind29a e129)
    taken -= {key_of[f] for f in findings if f.assertion == "absent"}
    for f in findings:
        if (f.assertion != "hypothetical" or f.section not in plan
                or f.kind not in policy["plan_default_hypothetical_kinds"]):
            continue
        key = key_of[f]
        # "Plan: heat, gentle activity, acetaminophen": the header's own cue is the section
        own_cues = [c for c in f.cues("HYPOTHETICAL") if c not in policy["plan_header_cues"]]
        if (not own_cues and key in taken) or (_only_conditional(f, policy) and key in going):
            f.assertion = "present"  # "Continue PT ... if the pain plateaus after PT"


_GIVEN_HERE = re.compile(r"[^;.\n]{0,30}?\b(?:given|administered)\b"
                         r"(?!\s+(?:at\s+home|by\s+(?:his|her)\s+(?:pcp|doctor)))", re.IGNORECASE)


def dose_given_at_the_visit(span, policy: dict) -> bool:
    """'Hydromorphone 0.5 mg IV given, then oxycodone 5 mg PO given', 'Toradol 30 mg IM x1':
    a dose the staff gave where the note is written, not a medicine the patient takes."""
    return _dose_given(span._.modifiers, _text_of(span.doc), span.end_char, policy)


def _dose_given_here(finding: _Finding, text: str, policy: dict) -> bool:
    """dose_given_at_the_visit of a finding, from its modifiers read once."""
    return _dose_given(finding.modifiers, text, finding.span.end_char, policy)


def _dose_given(modifiers, text: str, end_char: int, policy: dict) -> bool:
    if any(m.category == "ONGOING" and m.rule.literal.lower() in policy["dose_given_cues"]
           for m in modifiers):
        return True
    return bool(_GIVEN_HERE.match(text, end_char))


def _course_awaited(findings: list[_Finding], text: str, rule: dict) -> None:
    """'Continue PT 2x/wk ... If no better after PT, consider ESI', 'Consider TFESI if not
    improving after the PT course', 'imaging at f/u after PT ends', 'sooner if PT stalls': a
    treatment named as what an outcome is awaited from is the course under way, not a new one
    planned (ANNOTATION 'Conditions that still hold', 'A treatment already tried stays present
    wherever it is written'). Only where the note has that treatment going (present elsewhere
    in the document): 'Start PT. If no better after 6 wks of PT, MRI' plans the course, and
    'If no better in 2 weeks, start PT' names no outcome of PT (stays hypothetical)."""
    going = {f.label for f in findings if f.assertion == "present"}
    if not any(f.assertion == "hypothetical" and f.kind == "treatment" and f.label in going
               for f in findings):
        return
    before, after = _compiled(rule["before"]), _compiled(rule["after"])
    for f in findings:
        if f.assertion != "hypothetical" or f.kind != "treatment" or f.label not in going:
            continue
        start = f.span.start_char
        # the sentence's words (a wrapped line goes on: "if not better after\n a full course of PT")
        head = text[max(f.sent.start_char, start - rule["reach"]):start]
        if before.search(head) or (after.match(text, f.span.end_char)
                                   and _compiled(rule["after_head"]).search(head)):
            f.assertion = "present"


def _order_then_course(findings: list[_Finding], text: str, policy: dict) -> None:
    """'PT ordered 11/24 but he could not get in until 12/08; has had 3 PT visits', 'told to
    start PT. PT started 10/29', 'a short course of physical therapy was ordered which she then
    completed': an earlier order told in the history, followed by the course it led to, is the
    course (present), not a plan (ANNOTATION 'Treatment not yet begun': a prescription given at
    an earlier visit and told in the history was taken). Only outside the Plan, only an order
    cue, and only where the course follows - the same treatment present after it in the same
    section (within `reach`), or 'which/and she completed/went' right after the order: 'PT was
    prescribed; first eval is scheduled for Tuesday' (nothing had yet) stays planned."""
    rule = policy["order_then_course"]
    plan = policy["plan_sections"]
    cues = tuple(rule["cues"])
    before, after = _compiled(rule["order_before"]), _compiled(rule["order_after"])
    course = _compiled(rule["course_after"])
    for f in findings:
        if (f.assertion != "hypothetical" or f.kind != "treatment" or f.section in plan
                or f.uncertain or f.negated):
            continue
        said = f.cues("HYPOTHETICAL")
        if not said or not all(any(c in literal for c in cues) for literal in said):
            continue
        start, end = f.span.start_char, f.span.end_char
        head = text[max(f.sent.start_char, start - rule["head"]):start]
        order = after.match(text, end)
        if not (order or before.search(head)):
            continue
        at = order.end() if order else end
        if course.match(text, at):
            f.assertion = "present"
            continue
        if any(g is not f and g.label == f.label and g.assertion == "present"
               and g.section == f.section and at <= g.span.start_char <= end + rule["reach"]
               for g in findings):
            f.assertion = "present"


def _modification_kept_up(findings: list[_Finding], policy: dict) -> None:
    """'Using a heating pad ... Plan: heat, walking': an activity modification the note already
    gives as done, named again in the Plan by the same thing in other words, is kept up
    (present), not planned. Only the kinds the policy lists count ('sat out of soccer' ... 'No
    soccer until MRI reviewed'); 'stopped the overhead lifts ... Plan: monitor riser' is a new
    one and stays planned."""
    rule = policy["same_modification"]
    plan = policy["plan_sections"]

    def things(f: _Finding) -> set[str]:
        # "Heat/ice", "ice or heat": each thing the span names
        return {rule["words"][w] for w in re.findall(r"[a-z]+", f.span.text.lower())
                if w in rule["words"]}

    done: set[tuple[str, str]] = set()
    for f in findings:
        if f.label in rule["codes"] and f.assertion == "present" and f.section not in plan:
            done |= {(f.label, t) for t in things(f)}
    for f in findings:
        if f.label not in rule["codes"] or not _planned_by_the_header_alone(f, policy):
            continue
        if any((f.label, t) in done for t in things(f)):
            f.assertion = "present"
    _restriction_of_a_kept_status(findings, policy)
    _modality_given_at_the_visit(findings, policy)
    _paper_of_a_kept_modification(findings, rule, policy)


def _planned_by_the_header_alone(f: _Finding, policy: dict) -> bool:
    """A Plan's finding whose only hypothetical cue is the Plan's own header ('Plan: heat, CMT
    L5'): the section says planned, nothing in its own words does - the finding the readings
    of a treatment given or kept up at the visit may take back to present."""
    return (f.assertion == "hypothetical" and f.section in policy["plan_sections"]
            and all(c in policy["plan_header_cues"] for c in f.cues("HYPOTHETICAL")))


def _manipulation_given_at_the_visit(findings: list[_Finding], policy: dict) -> None:
    """'P: CMT L5/SI, ice, re-eval', 'P: CMT diversified T5-T7, IASTM R rhomboid', 'P: CMT,
    STM, heat': a chiropractor's treatment line names the manipulation given at this visit,
    with the segments adjusted or the soft-tissue work done beside it - the session's record,
    not a plan (ANNOTATION 'Goals': a treatment done at this visit is present though written
    in the Plan). Only where the Plan's header is the only cue, and the document has that
    care under way outside the Plan (the chiropractor's own header, an earlier visit):
    'Plan: CMT 2x/wk x 4 wks with a local chiropractor' in a referring note stays planned."""
    rule = policy["manipulation_given_at_visit"]
    plan = policy["plan_sections"]
    if not any(f.label in rule["codes"] and f.assertion == "hypothetical" and f.section in plan
               for f in findings):
        return
    manipulation, session = _compiled(rule["manipulation"]), _compiled(rule["session"])
    going = {f.label for f in findings if f.assertion == "present" and f.section not in plan}
    for f in findings:
        if (f.label not in rule["codes"] or f.label not in going
                or not _planned_by_the_header_alone(f, policy)
                or not manipulation.fullmatch(f.span.text)):
            continue
        text = _text_of(f.span.doc)
        _, line_end = line_bounds(text, f.span.start_char, f.span.end_char)
        end = _STATEMENT_END.search(text, f.span.end_char, line_end)
        if session.search(text, f.span.end_char, end.start() if end else line_end):
            f.assertion = "present"


def _modality_given_at_the_visit(findings: list[_Finding], policy: dict) -> None:
    """'P: Diversified adj L4-5, L SI; moist heat 10 min', 'e-stim and ice to the lumbar
    paraspinals today': in a chiropractic or therapy treatment line, heat or ice with its
    session's length and no schedule is the modality given at this visit (present, as a
    device put on at the visit is; ANNOTATION 'Advice in the Plan'). 'Ice 15 min after
    activity', 'Heat 20 min three times a day' are advice for home: planned."""
    rule = policy["same_modification"]["given_at_visit"]
    modality, line_says = _compiled(rule["modality"]), _compiled(rule["line"])
    for f in findings:
        if (f.label not in policy["same_modification"]["codes"]
                or not _planned_by_the_header_alone(f, policy)):
            continue
        text = _text_of(f.span.doc)
        line_start, line_end = line_bounds(text, f.span.start_char, f.span.end_char)
        line = text[line_start:line_end]
        after = text[f.span.start_char:line_end]
        if modality.match(after) and line_says.search(line):
            f.assertion = "present"


def _restriction_of_a_kept_status(findings: list[_Finding], policy: dict) -> None:
    """'Has been on modified duty since 09/02 ... Plan: Work status: modified duty, no lifting
    > 15 lb': the Plan's work status, with the restrictions its sentence lists, goes on with
    the status the note already gives as in force outside the Plan (ANNOTATION 'Advice in the
    Plan': present when the note says it is already followed). Without such a word ('Work
    status: modified duty effective today, no lifting > 20 lb') it is given today: planned."""
    rule = policy["same_modification"]
    plan = policy["plan_sections"]
    status = _compiled(policy["work_status_ended"]["status"])
    in_force = any(g.label in rule["status_codes"] and g.assertion == "present"
                   and g.section not in plan and status.search(g.span.text) for g in findings)
    if not in_force:
        return
    sentence_says = _compiled(rule["status_sentence"])
    for f in findings:
        if (f.label in rule["codes"] and _planned_by_the_header_alone(f, policy)
                and sentence_says.search(f.sent_text)):
            f.assertion = "present"


def _paper_of_a_kept_modification(findings: list[_Finding], rule: dict, policy: dict) -> None:
    """'Work note: modified duty, no forklift x 4 wk' after 'now on modified duty': the work
    note is the paper of the restriction its sentence names, one modification with it - kept
    up when that one is. Beside a new restriction ('Work note: no lifting > 10 lb until the
    MRI is reviewed') it stays planned with it. A work status its sentence names ('Work note:
    off work until re-evaluation') is kept up when the note already has the patient under a
    work status outside the Plan ('Has been out of work since 11/17'), whichever of the
    status codes names it (policy `work_status_ended.status`, `same_modification.status_codes`)."""
    paper = _compiled(rule["paper"])
    kept_up = _compiled(policy["kept_up_before"])
    status = _compiled(policy["work_status_ended"]["status"])
    plan = policy["plan_sections"]
    status_kept = any(g.assertion == "present" and g.label in rule["status_codes"]
                      and g.section not in plan and status.search(g.span.text)
                      for g in findings)
    for f in findings:
        if (f.label not in rule["codes"] or f.assertion != "hypothetical"
                or not paper.fullmatch(f.span.text)):
            continue
        beside = [g for g in findings if g is not f and g.sent == f.sent and (
            g.label == f.label or (status_kept and g.label in rule["status_codes"]
                                   and g.assertion == "present"
                                   and status.search(g.span.text)))]
        if any(g.assertion == "present" for g in beside) or (
                not beside and _kept_just_before(f, findings, _compiled(rule["papered"]))):
            f.assertion = "present"
        elif any(g.label in rule["status_codes"] and _named_after_its_label(f, g)
                 and kept_up.search(_text_of(f.span.doc), f.span.end_char, g.span.start_char)
                 for g in findings):
            f.assertion = "present"


_AFTER_THE_LABEL = re.compile(r"[ \t]*[:\-\u2013][^.;\n]*")


def _named_after_its_label(paper: _Finding, g: _Finding) -> bool:
    """'Work note: remains off work pending imaging': the paper written as a label, the
    restriction it gives after its colon or dash on the same line, in the same statement (no
    '.', ';' or line end between) - the splitter may end a sentence at the label's colon, but
    the restriction is still the one the paper names. When a word right before it says it
    goes on (policy `kept_up_before`: 'remains', 'stay', 'continue'), the paper is of a
    restriction kept up: present, as the restriction is (extractors/findings.py
    `_also_assertion`; ANNOTATION 'Advice in the Plan'; assert42a, dev e475, e593). 'Work
    note: off work until re-check' names no such word: planned."""
    if g.span.doc is not paper.span.doc or g.span.start_char < paper.span.end_char:
        return False
    text = _text_of(paper.span.doc)
    return _AFTER_THE_LABEL.fullmatch(text, paper.span.end_char, g.span.start_char) is not None


def _kept_just_before(paper: _Finding, findings: list[_Finding], papered: re.Pattern) -> bool:
    """'Remains on light duty; work note updated.', 'Stay on light duty. Work note given.': a
    bare work note right after a kept work restriction (`papered`: not the heat of the same
    Plan line), on its line, is that restriction's paper."""
    doc = paper.span.doc
    start = paper.sent.start
    if start == 0:
        return False
    before = _sentence_of(doc, start - 1)
    if "\n" in _text_of(doc)[before.start_char:paper.span.start_char]:
        return False  # another Plan item, or another paragraph
    return any(g.label == paper.label and g.assertion == "present" and g.sent == before
               and papered.search(g.span.text) for g in findings)


def drug_key(span: Span, names: dict) -> tuple[str, str]:
    """The code and the treatment's words, a brand read as its generic name ("Tylenol 500 mg"
    on the med list and "Acetaminophen 1 g TID" in the Plan are one drug)."""
    return drug_key_of(span.label_, span.text, names)


def drug_key_of(code: str, phrase: str, names: dict) -> tuple[str, str]:
    """drug_key of a span of `code` whose text is `phrase`."""
    return code, " ".join(names.get(w, w) for w in phrase.lower().split())


def _declined_after(findings: list[_Finding], text: str, lower: str, rule: dict) -> None:
    """'Discussed ESI and surgery; declines.': a refusal opening the next clause takes back
    the offer of the clause before it (the splitter ends the sentence at the semicolon, so
    ConText does not see the two together). The treatment or operation offered is not done
    (absent), and no intervention is planned."""
    _taken_back(findings, text, lower, rule,
                lambda f: (f.assertion == "hypothetical" and (
                    f.kind == "treatment" or f.label in rule["proposed_codes"]))
                or (f.label in rule["codes"] and f.assertion == "present")
                # "A fusion was suggested last year; he chose not to proceed": not had
                or (f.label in rule["proposed_codes"] and f.assertion == "present"
                    and bool(_compiled(rule["proposed"]).search(f.sent_text))))


def _declined_after_a_course(findings: list[_Finding], text: str, lower: str,
                             rule: dict) -> None:
    """'She declined PT because she did 8 weeks of it last summer without success': a
    refusal explained by a course already had refuses more of it - the course itself was
    done (present), with what the sentence says of it."""
    if not any(word in lower for word in rule["anchors"]):
        return
    reason = _compiled(rule["reason"])
    for f in findings:
        if (f.assertion == "absent" and f.kind == "treatment"
                # "declined", "she declined", "pt refuses": the refusal's own word
                and any(c.split()[-1] in rule["cues"] for c in f.cues("NEGATED_EXISTENCE"))
                and reason.match(text, f.span.end_char, f.sent.end_char)):
            f.assertion = "present"


def _denied_after(findings: list[_Finding], text: str, lower: str, rule: dict) -> None:
    """'Wife thinks he is dropping things more; he denies this.': a bare denial opening the
    next clause takes back the symptoms and signs the clause before it reported; so does
    ', which he denies' after them in their sentence."""
    _taken_back(findings, text, lower, rule,
                lambda f: f.kind in rule["kinds"] and f.assertion == "present")


def _taken_back(findings: list[_Finding], text: str, lower: str, rule: dict,
                eligible: Callable[[_Finding], bool]) -> None:
    """What a clause says is absent when the next clause opens with the rule's `cue` (within
    `reach` of its sentence's end), or when `cue_within` follows it in its own sentence."""
    if not any(word in lower for word in rule["anchors"]):
        return
    cue = _compiled(rule["cue"])
    within = _compiled(rule["cue_within"]) if "cue_within" in rule else None
    for f in findings:
        if eligible(f):
            end = f.sent.end_char
            if cue.match(text, end, min(len(text), end + rule["reach"])) or (
                    within is not None and within.match(text, f.span.end_char, end)):
                f.assertion = "absent"


# what a single field's label never holds: a leader, a column gap, a sentence's end
_WIDE_GAP = re.compile(r"\.\s|\.\.|[ \t]{3,}|_{2,}")


def _templated_answers(findings: list[_Finding], text: str, rule: dict) -> None:
    """'Fever or chills ........ denies', 'Saddle numbness . . . . . no', 'Weakness ..... yes':
    a templated line's answer after its leader says whether the item it ends is there. Read
    on the line, not the sentence: the splitter may end a sentence at each dot of a leader,
    and a line's trailing "denies" would otherwise deny the next line's item, not its own."""
    line = _compiled(rule["line"])
    no, yes = set(rule["no"]), set(rule["yes"])
    answers = (no | yes) if rule["line"].endswith(_ANSWER_TAIL) else None
    if answers is not None and not all(_one_run(answer) for answer in answers):
        answers = None  # an answer of two words ("not present"): every line matched
    # the line's pattern backtracks over its whole line: matched once a line, not a finding
    matched: dict[tuple[int, int], Optional[re.Match]] = {}
    # a column asking whether the item helped: its row's "N" answers the help, not the item
    header = _compiled(rule["not_under_header"]) if rule.get("not_under_header") else None
    for f in findings:
        if f.assertion not in ("present", "absent", "historical"):
            continue
        bounds = line_bounds(text, f.span.start_char, f.span.end_char)
        if bounds not in matched:
            matched[bounds] = (line.fullmatch(text, *bounds) if answers is None
                               or _may_answer(text, *bounds, answers) else None)
        m = matched[bounds]
        if m is None or f.span.end_char > m.end("item") or _WIDE_GAP.search(m.group("item")):
            continue
        answer = m.group("answer").lower()
        # under a column asking whether the item helped, a no answers the help: the item was
        # had, whatever a cue of the row above made of it ("Injection   never had" over
        # "Tramadol   N": next40, dev e453)
        helped = (answer in no and header is not None
                  and under_header(text, bounds[0], header))
        if answer in no and not helped and not _a_study_result(f, answer, rule):
            f.assertion = "absent"
        elif (answer in yes or helped) and f.assertion == "absent":
            f.assertion = "present"


# The end of the policy's templated line pattern that `_may_answer` reads: a leader, then the
# answer, a full stop and a remark in brackets or quotes (the item before it may change).
_ANSWER_TAIL = (r"(?P<leader>[ \t]*(?:\.[ \t]*){2,}|[ \t]*:[ \t]*|[ \t]{3,}|[ \t]*_{2,}[ \t]*)"
                r"(?P<answer>[^\s.]+(?:[ \t]+[^\s.]+)?)[ \t]*\.?[ \t]*"
                "(?:[ \\t](?:\\([^\\n()]*\\)|\"[^\\n\"]*\"|\u201c[^\\n\u201d]*\u201d)[ \\t]*)?")


def _one_run(answer: str) -> bool:
    """One run of the characters the pattern's answer is made of (no blank, no '.')."""
    return bool(answer) and not any(c.isspace() or c == "." for c in answer)


def _may_answer(text: str, start: int, end: int, answers: set) -> bool:
    """Whether the line text[start:end] can end on one of `answers` (lower case, one word
    each) as the line pattern reads it (`_ANSWER_TAIL`): its last run of characters other
    than blanks and '.', before one '.' and blanks, or the part of that run after a colon or
    underscores of the leader. A line ending on a bracket or a quote may end on a remark after
    the answer, and is matched. Most lines a finding stands on end on a sentence's last word,
    and the match (~10 us, backtracking over the line) could only read an answer that is none.
    tests/test_perf33_assertion.py"""
    while end > start and text[end - 1] in " \t":
        end -= 1
    if end > start and text[end - 1] in ')"\u201d':
        return True
    if end > start and text[end - 1] == ".":
        end -= 1
        while end > start and text[end - 1] in " \t":
            end -= 1
    first = end
    while first > start and not (text[first - 1].isspace() or text[first - 1] == "."):
        first -= 1
    # no longer than the longest answer (lower case never shortens): a run of a thousand
    # underscores is not cut a thousand times
    longest = max(map(len, answers), default=0)
    return any(text[at:end].lower() in answers for at in range(max(first, end - longest), end)
               if at == first or text[at - 1] in ":_")


def _a_study_result(finding: _Finding, answer: str, rule: dict) -> bool:
    """'MRI lumbar 09/15/2026: negative': a study's (or an exam's) answer of negative is its
    result, the study done and read normal, not a denial that it was done ('MRI: none' is)."""
    return finding.label in rule["result_codes"] and answer in rule["result_answers"]


def _then_and_now(findings: list[_Finding], rule: dict) -> None:
    """'At that time he could walk 3 blocks before his legs got heavy' beside a claudication
    the note has now: a comparison with an earlier state of a symptom still there tells its
    course, not a past episode that ended."""
    present = {f.label for f in findings if f.assertion == "present"}
    for f in findings:
        if f.assertion != "historical" or f.kind not in rule["kinds"] or f.label not in present:
            continue
        cues = f.cues("HISTORICAL")
        if cues and all(c in rule["cues"] for c in cues):
            f.assertion = "present"


def _work_status_ended(findings: list[_Finding], rule: dict) -> None:
    """'Off work 11/07-11/22 ... Back at work full time since 11/23', 'took 2 days off work,
    then returned to full duty': a work status the note goes on to say the patient has left
    for his usual work is over - the limitation is historical (ANNOTATION 'Work status',
    'Back to full duty'), as is a counted absence its own statement ends ("Missed 2 shifts,
    back at work"). Only a status told before the return in the same document ends;
    one told after it ('back to full duty in May ... off work again since the fall') holds,
    and a goal or a release still to come ('Goal: return to full duty') is no return."""
    back = last_work_return(((f.label, f.assertion, f.span) for f in findings), rule)
    counted, back_after = _compiled(rule["counted_absence"]), _compiled(rule["back_after"])
    for f in findings:
        if f.assertion == "present" and work_status_ended(f.label, f.span, back, rule):
            f.assertion = "historical"
        elif (f.assertion == "present" and f.label in rule["codes"]
              and counted.search(f.span.text)
              and back_after.match(doc_text(f.span.doc), f.span.end_char)):
            # "Missed 2 shifts, back at work", "called out 2 days; now back at work": a
            # counted absence its own statement ends is over
            f.assertion = "historical"


def last_work_return(spans: Iterable[tuple[str, Optional[str], Span]], rule: dict
                     ) -> Optional[int]:
    """Where a document last says the patient is back at his usual work (policy
    `work_status_ended`: `returned` in the words of a finding of one of its `codes` read as
    one of `returned_assertions`: "Back to full duty since 11/16"), from (code, assertion,
    span) triples of one document; None when it never does. Computed once per document and
    passed to `work_status_ended`."""
    codes, back = rule["codes"], _compiled(rule["returned"])
    return max((span.start_char for code, assertion, span in spans
                if code in codes and assertion in rule["returned_assertions"]
                and back.search(span.text)), default=None)


def work_status_ended(code: str, span: Span, last_return: Optional[int], rule: dict) -> bool:
    """Whether `span`, read as a finding of `code`, states a work status (policy
    `work_status_ended.status`: "off work", "modified duty") that the document's later return
    (`last_return`, from `last_work_return`) ends. It serves the span's own code here and a
    code its phrase states besides its own (extractors/findings.py `_also_assertion`: "modified
    duty" is a restriction followed and a loss of function)."""
    # told after the return, a status its own sentence closes with a date range and no word of
    # now ("Back at work full time since 11/23. Off work 11/07-11/22.") is the spell it ended
    return (last_return is not None and code in rule["codes"]
            and (span.start_char < last_return
                 or bool(_compiled(rule["closed_after_return"]).search(span.sent.text)))
            and bool(_compiled(rule["status"]).search(span.text)))


def _came_back(findings: list[_Finding], text: str, rule: dict) -> None:
    """'The leg pain went away after surgery, but over the last month it has returned': a
    symptom that ended and, in the same sentence or the next, came back is there now. The
    recurrence must follow the cue that ended it ('came back in May and has since resolved'
    is over)."""
    came_back = _compiled(rule["came_back"])
    ended = set(rule["ended_cues"])
    lower = text.lower()
    for f in findings:
        if f.assertion != "historical" or f.kind not in rule["kinds"]:
            continue
        cues = [m for m in f.modifiers if m.category == "HISTORICAL"]
        if not cues or any(m.rule.literal.lower() not in ended for m in cues):
            continue
        doc = f.span.doc
        after = max(doc[m.modifier_span[1] - 1].idx + len(doc[m.modifier_span[1] - 1])
                    for m in cues)
        this_end = _statement_at(text, after)[1]
        end = _statement_at(text, min(this_end + 1, len(text)))[1] if this_end < len(text) \
            else this_end
        if came_back.search(lower, after, end):
            f.assertion = "present"


def _past_only_denials(findings: list[_Finding], text: str, rule: dict) -> list[_Finding]:
    """'Unable to void since last night ... No prior urinary problems': beside a sign the note
    has now, a denial of it said of the past tells its history, not that it is missing now
    (no finding). Without the sign present it still denies it ('No back pain before this')."""
    present = {f.label for f in findings if f.assertion == "present"}
    after, before = _compiled(rule["after"]), _compiled(rule["before"])

    def past_only(f: _Finding) -> bool:
        if f.assertion != "absent" or f.kind not in rule["kinds"] or f.label not in present:
            return False
        cues = f.cues("NEGATED_EXISTENCE")
        span, sent = f.span, f.sent
        return (bool(cues) and all(c in rule["past_cues"] for c in cues)
                or bool(after.match(text[span.end_char:sent.end_char]))
                or bool(before.search(text[sent.start_char:span.start_char])))

    return [f for f in findings if not past_only(f)]


def _denied_at_another_site(findings: list[_Finding], text: str,
                            rule: dict) -> list[_Finding]:
    """'Tingling in the right toes ... no facial numbness', 'denies numbness but reports
    tingling': beside a symptom the note has present, a denial that names a site the
    symptom is not at, or another kind the sentence reports, denies that (no finding)."""
    present = {f.label for f in findings if f.assertion == "present"}
    after, before = _compiled(rule["after"]), _compiled(rule["before"])

    def elsewhere(f: _Finding) -> bool:
        if f.assertion != "absent" or f.label not in rule["codes"] or f.label not in present:
            return False
        span, sent = f.span, f.sent
        return (bool(after.match(text[span.end_char:sent.end_char]))
                or bool(before.search(text[sent.start_char:span.start_char])))

    return [f for f in findings if not elsewhere(f)]


def _sides_named(words: str, rule: dict) -> set:
    """The sides ("left", "right", "both") a stretch of a note's words names."""
    return {side for side in ("left", "right", "both") if _compiled(rule[side]).search(words)}


def _denied_on_the_other_side(findings: list[_Finding], text: str,
                              rule: dict) -> list[_Finding]:
    """'R shoulder and lateral arm pain ... No L arm symptoms', 'L leg pain ... No right leg
    symptoms': beside a radiating pain the document has present on one side (named in its
    words or within `reach` characters of them in its sentence), a denial that
    names only the other side tells which side it is on (the other side's companion, as the
    exam's "SLR + L, neg R"), not that the pain is missing: no finding. A denial naming no side
    or the same side ('No leg pain today', 'No R leg pain now') stands, and so does one beside a
    pain on both sides or with no side named."""
    codes = set(rule["codes"])
    present: dict = {}
    for f in findings:
        if f.assertion == "present" and f.label in codes:
            sent = f.sent
            start = max(sent.start_char, f.span.start_char - rule["reach"])
            end = min(sent.end_char, f.span.end_char + rule["reach"])
            present.setdefault(f.label, []).append(_sides_named(text[start:end], rule))

    def other_side(f: _Finding) -> bool:
        if f.assertion != "absent" or f.label not in present:
            return False
        denied = _sides_named(text[f.span.start_char:f.span.end_char], rule)
        if len(denied) != 1 or "both" in denied:
            return False
        sides = [named for named in present[f.label] if named]
        if not sides or any(denied & named or "both" in named for named in sides):
            return False
        return True

    return [f for f in findings if not other_side(f)]


def _glossed_in_parentheses(findings: list[_Finding], text: str) -> None:
    """'Suspected right L5 pars stress injury (early spondylolysis)': a parenthesis right
    after a finding that names the same finding again glosses it, and says what it says."""
    by_end = {}
    for f in findings:
        by_end.setdefault((f.label, f.span.end_char), f)
    for f in findings:
        if f.modifiers:
            continue
        start = f.span.start_char
        opening = text.rfind("(", max(0, start - 20), start)
        if opening < 0 or ")" in text[opening:start]:
            continue
        if len(text[opening + 1:start].split()) > 2:
            continue
        before = opening - len(text[:opening]) + len(text[:opening].rstrip())
        glossed = by_end.get((f.label, before))
        if glossed is not None and glossed is not f and not _exception_to_a_normal(glossed, f):
            f.assertion = glossed.assertion


def _states_normal(finding: _Finding) -> bool:
    """The span's own words state a normal finding ("reflexes 2+ symmetric", "gait normal"):
    the lexicon reads it absent with no negation."""
    rule = finding.target_rule
    return rule is not None and (rule.metadata or {}).get("assertion") == "absent"


def _exception_to_a_normal(glossed: _Finding, inner: _Finding) -> bool:
    """'reflexes 2+ symmetric (ankles 1+ bilat, longstanding)': a parenthesis that grades an
    abnormal part of what a normal statement before it sums up is its exception, not its
    gloss; the part keeps its own reading (blind27b, d934)."""
    return _states_normal(glossed) and not _states_normal(inner)


def _advice_followed(findings: list[_Finding], policy: dict) -> None:
    """'HPI: his PCP recommended chiropractic first. Chiropractic 2x/wk x 6 wks': advice told
    outside the Plan, that the note shows taken, was followed. Not in a block copied from the
    visit that gave it ("HPI (copied from 09/29 visit): Given chiro referral."): there it is
    that visit's advice, still to come (ANNOTATION "Advice in the Plan", both kept)."""
    taken = {f.label for f in findings if f.assertion == "present"}
    for f in findings:
        if (f.assertion != "hypothetical" or f.label not in taken or f.kind != "treatment"
                or f.section in policy["plan_sections"]):
            continue
        cues = f.cues("HYPOTHETICAL")
        if (cues and all(c in policy["past_advice_cues"] for c in cues)
                and _carried_forward_title(f, _text_of(f.span.doc),
                                           policy["old_record"]) is None):
            f.assertion = "present"


def _only_conditional(finding: _Finding, policy: dict) -> bool:
    """The span is hypothetical only by a condition ("if the pain plateaus after PT")."""
    cues = finding.cues("HYPOTHETICAL")
    prefixes = tuple(policy["conditional_cue_prefixes"])
    return bool(cues) and all(c in policy["conditional_cues"] or c.startswith(prefixes)
                              for c in cues)


def _treated_by_surgery(findings: list[_Finding], policy: dict) -> None:
    """'s/p L3-L5 laminectomy for lumbar spinal stenosis', 'h/o L4-5 HNP s/p microdiscectomy':
    the lesion a past operation removed is history, unless the note calls it recurrent,
    residual or adjacent, or puts it at another level."""
    rule = policy["treated_by_surgery"]
    surgeries = [f for f in findings
                 if f.label == "prior_spine_surgery" and f.assertion == "present"]
    if not surgeries:
        return
    text = _text_of(surgeries[0].span.doc)
    for f in findings:
        if f.label not in rule["codes"] or f.assertion != "present":
            continue
        s = f.span
        before = s.doc[max(f.sent.start, s.start - 3):s.end].text.lower()
        if any(word in before for word in rule["still_there"]):
            continue
        # the sentence's own words: "His pre-op L leg pain resolved. Since week 3 he has new
        # R leg pain" - the first sentence's "pre-op" is not the new pain's
        line = text[max(f.sent.start_char, s.start_char - rule["preoperative_reach"]):s.start_char]
        rest = _STATEMENT_END.search(text, s.end_char, s.end_char + rule["preoperative_reach"])
        after = text[s.end_char:rest.start() if rest else s.end_char]
        if _compiled(rule["preoperative"]).search(line.rsplit("\n", 1)[-1] + " " + after):
            f.assertion = "historical"  # "Pre-op MRI 06/2026: severe central stenosis L3-4"
            continue
        clause = text[s.end_char:rest.start() if rest else f.sent.end_char]
        if _compiled(rule["removed_after"]).search(clause):
            f.assertion = "historical"  # an operative note's "free fragment ..., removed"
            continue
        level = s._.level
        for surgery in surgeries:
            surgery_level = surgery.span._.level
            # a radiculopathy is named by its root (L5), an operation by its disc (L4-5)
            # "L4-5 transforaminal lumbar interbody fusion": the level the operation's words
            # leave out of its span is its level all the same
            if surgery.sent != f.sent or (level and surgery_level and level != surgery_level
                                          and f.label not in rule["root_codes"]
                                          and not _covers(f"{surgery.span.text} {surgery_level}",
                                                          level)):
                continue
            if surgery.span.end <= s.start:
                between = text[surgery.span.end_char:s.start_char]
                linked = re.search(rule["reason_after"], between, re.I)
            else:
                # the surgery's own words may hold the "s/p"; a problem list's dotted leader
                # ("Lumbar disc herniation L4-5 ...... Resolved - s/p microdiscectomy") is a gap
                between = _LEADER.sub(" ", text[s.end_char:surgery.span.start_char]) + \
                    surgery.span.text[:14]
                # "stenosis with neurogenic claudication, s/p L4-5 fusion": a symptom before an
                # "s/p" may be newer than the operation; one "treated with" it is its reason
                linked = re.search(rule["treated_after"] if f.label in rule["reason_only_codes"]
                                   else rule["surgery_after"], between, re.I)
            if linked:
                f.assertion = "historical"
                break
        if f.assertion == "present" and _seen_before_its_operation(f, surgeries, text, policy):
            f.assertion = "historical"


def _seen_before_its_operation(finding: _Finding, surgeries: list[_Finding], text: str,
                               policy: dict) -> bool:
    """'In 08/2019 he had cauda equina syndrome from a massive L4-5 disc herniation ... PSH:
    L4-5 laminectomy/discectomy 08/2019', 'MRI C-spine 03/12/2026: R foraminal disc
    herniation C5-6' before a C5-6 ACDF of 10/19/2026: a lesion the note dates (its sentence,
    or the line heading the old report it stands in) no later than an operation at its level
    is the lesion the operation treated - history (ANNOTATION "Problems that ended"), unless
    `still_there` words name it recurrent, residual or new. Both dates must be written; a
    lesion dated after the operation ('MRI 11/2026: L4-5 extrusion') is a new one."""
    rule = policy["treated_by_surgery"]
    level = operable_lesion_level(finding.span, rule)
    if level is None:
        return False
    doc = finding.span.doc
    sent = finding.sent
    seen, _ = _written_dates(doc, text, sent.start_char, sent.end_char)
    if not seen:
        seen = _report_date_above(finding, text, rule)
    return bool(seen) and any(operated_at(surgery.span, level) and max(seen) <= done
                              for surgery in surgeries
                              if (done := operation_done_by(surgery.span)) is not None)


def operable_lesion_level(span: Span, rule: dict) -> Optional[str]:
    """The level of a present lesion an operation may have treated (`rule["dated_codes"]`),
    written in it or before it on its line ("L4-5: large paracentral extrusion"); None when
    it has none, or its sentence calls it recurrent, residual or new (`still_there`)."""
    if span.label_ not in rule["dated_codes"]:
        return None
    sent = _sentence_of(span.doc, span.start)
    if any(word in sent.text.lower() for word in rule["still_there"]):
        return None
    written = [m.group(0) for m in _LEVELS.finditer(_text_of(span.doc), sent.start_char,
                                                    span.start_char)]
    return span._.level or (written[-1] if written else None)


def operated_at(surgery: Span, level: str) -> bool:
    """Whether an operation's level is, or reaches, the lesion's."""
    return surgery._.level == level or _covers(surgery.text, level)


def operation_done_by(surgery: Span) -> Optional[dt.date]:
    """The last day an operation may have been done: its date, or the end of the month or
    year its sentence writes when no day is written ('08/2019', '2019' are read by the
    attributes as their first day); None when undated."""
    value = surgery._.value or {}
    done = value.get("date") if isinstance(value, dict) else getattr(value, "date", None)
    if done is None:
        return None
    if isinstance(done, str):
        done = dt.date.fromisoformat(done)
    text = _text_of(surgery.doc)
    a, b = surgery.sent.start_char, surgery.sent.end_char
    dates, taken = _written_dates(surgery.doc, text, a, b)
    dates += [dt.date(int(m.group(1)), 12, 31) for m in _BARE_YEAR.finditer(text, a, b)
              if not any(s <= m.start() < e for s, e in taken)]
    later = [d for d in dates if d >= done]
    return min(later) if later else done


def _report_date_above(finding: _Finding, text: str, rule: dict) -> list[dt.date]:
    """The written dates of the line that heads the imaging report the finding stands in
    ("MRI LUMBAR SPINE WITHOUT CONTRAST   03/11/2019", "Exam date: 02/20/2024"), found
    going up its block (a blank line ends it) at most `report_lines_back` lines."""
    head = _compiled(rule["report_head"])
    end = text.rfind("\n", 0, finding.span.start_char)
    for _ in range(rule["report_lines_back"]):
        if end <= 0:
            return []
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            return []
        if head.search(text, start, end):
            dates, _ = _written_dates(finding.span.doc, text, start, end)
            if dates:
                return dates
        end = start - 1
    return []


_LEADER = re.compile(r"\s*(?:\.\s*){3,}")
_LEVELS = re.compile(r"\b([CTLS])(\d{1,2})(?:\s*[-/]\s*([CTLS])?(\d{1,2}))?", re.I)
_REGION_ORDER = "CTLS"
_REGION_LAST = (7, 12, 5, 5)


def _vertebrae(text: str) -> set[tuple[int, int]]:
    """The vertebrae a text's levels span: "L3-5" and "L3-4, L4-5" both hold L3, L4, L5."""
    out = set()
    for region, first, region2, last in _LEVELS.findall(text):
        r1 = _REGION_ORDER.index(region.upper())
        r2 = _REGION_ORDER.index((region2 or region).upper())
        a, b = (r1, int(first)), (r2, int(last or first))
        if r1 == r2:
            out.update((r1, n) for n in range(a[1], b[1] + 1))
        else:  # "L4-S1": the rest of the first region, then the next one's start
            out.update((r1, n) for n in range(a[1], _REGION_LAST[r1] + 1))
            out.update((r2, n) for n in range(1, b[1] + 1))
    return out


def _covers(surgery_text: str, level: str) -> bool:
    """Whether an operation's levels reach the lesion's ("L3-4, L4-5 laminectomy" reaches
    L4-5; "L4-5 microdiscectomy" does not reach L5-S1)."""
    wanted = _vertebrae(level)
    return bool(wanted) and wanted <= _vertebrae(surgery_text)


def _drop_possible_of_present(findings: list[_Finding], policy: dict) -> list[_Finding]:
    """'Known breast cancer ... concern for osseous metastatic disease': the suspected
    metastasis is the known malignancy, not a second, uncertain one; likewise a chronic
    condition the note states ('DM2 ... neuropathy likely from diabetes')."""
    yielding = {"possible": set(policy["possible_yields_to_present"]),
                "hypothetical": set(policy["hypothetical_yields_to_present"])}
    for f in findings:
        if _known_one_weighed(f, policy):
            f.assertion = "present"
    present = {f.label for f in findings if f.assertion == "present"}
    for f in findings:
        # the suspected spread is that known cancer (ANNOTATION "Known cancer"): kept as its
        # evidence, so what the words say of it ("metastatic disease to the spine must be
        # excluded") still reaches the finding instead of leaving with a dropped span
        if (f.assertion == "possible" and f.label in present
                and f.label in policy["possible_is_new_except"]):
            if _doubted(f):
                # "I think metastatic recurrence of her breast cancer in the spine is very
                # unlikely": the known cancer, but not a spread the note knows of
                _drop_doubted_values(f, policy)
            f.assertion = "present"
    return [f for f in findings
            if not (f.label in present and f.label in yielding.get(f.assertion, ())
                    and not _a_new_one(f, policy) and not _at_another_level(f, findings, policy)
                    and not (f.assertion == "hypothetical" and _named_in_condition(f)))
            and not _denies_a_kind_of_present(f, findings, policy)]


def _named_in_condition(finding: _Finding) -> bool:
    """'Low back pain x 3 days ... recheck if back pain persists': an axial pain named in the
    condition a conditional cue opens is hypothetical beside the present one (ruling R9,
    contract46), not a plan's mention that yields to it (hypothetical_yields_to_present)."""
    from spinecite.pipeline.context import _CLAUSES, _in_condition
    config = _CLAUSES.get().get("condition_holds", {})
    return any(m.category.upper() == "HYPOTHETICAL" and _in_condition(finding.span, m, config)
               for m in finding.modifiers)


def _suspected_with_its_list(findings: list[_Finding], rule: dict) -> None:
    """'High pretest probability of vertebral osteomyelitis\n / discitis +/- epidural
    abscess', 'a spinal epidural abscess ... until proven otherwise, with T8-9
    discitis-osteomyelitis': a diagnosis of a code in rule["codes"] after a possible mention
    of the code in its sentence is an item of the list the cue weighs, though the cue did not
    reach it over a slash, a line break or a clause: possible (assert41c; ANNOTATION "Lists");
    so is one before it when the sentence ends by putting them all in doubt (rule["trailing"]:
    "vertebral osteomyelitis/discitis and/or epidural abscess L4-S1 must be excluded"). One
    standing before the doubt with no such ending stays ("deep surgical site infection,
    possible epidural abscess": the infection is there, dev d320)."""
    codes, trailing = rule["codes"], _compiled(rule["trailing"])
    weighed = {}
    for f in findings:
        if f.assertion == "possible" and f.label in codes:
            key = (f.label, f.sent.start)
            weighed[key] = min(weighed.get(key, f.span.start), f.span.start)
    for f in findings:
        first = weighed.get((f.label, f.sent.start))
        if f.assertion != "present" or first is None:
            continue
        doc = f.span.doc
        if f.span.start > first or trailing.search(doc[f.span.end:f.sent.end].text):
            f.assertion = "possible"


def _held_drug(finding: _Finding, rule: dict) -> bool:
    """A drug of rule["codes"] that a hold word names right before it ("hold (the)
    adalimumab", "Hold infliximab/MTX") or right after it ("tofacitinib to be held", "MTX
    held", "etanercept on hold")."""
    if finding.label not in rule["codes"]:
        return False
    span, doc = finding.span, finding.span.doc
    before = [t.lower_ for t in doc[max(finding.sent.start, span.start - 3):span.start]]
    while before and before[-1] in rule["skip"]:
        before.pop()
    if before and before[-1] in rule["before"]:
        return True
    after = " ".join(t.lower_ for t in doc[span.end:min(finding.sent.end, span.end + 3)])
    return any(after.startswith(words) for words in rule["after"])


def _known_one_weighed(finding: _Finding, policy: dict) -> bool:
    """'Cauda equina syndrome, most likely from his known L4-5 herniation': a lesion the
    note calls known, named as the likely cause, is that lesion (ANNOTATION "A known lesion
    named as the likely cause"), though no other sentence of the note states it; a new,
    enlarged or recurrent one beside it stays possible, and so does a doubted one."""
    if (finding.assertion != "possible" or finding.label not in policy["possible_yields_to_present"]
            or _a_new_one(finding, policy) or _doubted(finding)):
        return False
    span = finding.span
    before = [t.lower_ for t in span.doc[max(finding.sent.start, span.start - 3):span.start]]
    return any(word in before for word in policy["known_words"])


def _at_another_level(finding: _Finding, findings: list[_Finding], policy: dict) -> bool:
    """'MRI 2024: small L4-5 protrusion ... L S1 radiculopathy, presumed L5-S1 disc
    herniation': a lesion suspected at a level where no stated one of its code lies is not
    the known one (ANNOTATION "A known lesion named as the likely cause": "or puts it at
    another level"). Only when every stated one names its level."""
    if finding.assertion != "possible" or finding.label not in policy["possible_is_new_at_another_level"]:
        return False
    span = finding.span
    level = span._.level
    # the level written with the suspected lesion, not one the attributes found nearby
    # ("L5 radiculopathy, likely from the disc herniation" names no level of a disc)
    near = span.doc[max(finding.sent.start, span.start - 3):span.end].text
    if not level or not _LEVELS.search(near):
        return False
    stated = [f.span._.level for f in findings
              if f.label == finding.label and f.assertion == "present"]
    return bool(stated) and all(stated) and level not in stated


def _drop_doubted_values(finding: _Finding, policy: dict) -> None:
    """A doubted mention says nothing of what it doubts ("osseous mets felt to be quite
    unlikely"): the values of policy `doubted_values_dropped` (a cancer's spread) go."""
    value = finding.span._.value
    dropped = policy["doubted_values_dropped"].get(finding.label, ())
    if value and any(key in value for key in dropped):
        finding.span._.value = {k: v for k, v in value.items() if k not in dropped} or None


def _a_new_one(finding: _Finding, policy: dict) -> bool:
    """'Suspect recurrent/adjacent disc herniation at L5-S1' after a known one: a suspected
    new lesion is not the known one, and stays possible."""
    if finding.assertion != "possible" or finding.label in policy["possible_is_new_except"]:
        return False  # "concern for new T6 metastasis" in a known cancer is that cancer
    span = finding.span
    near = span.doc[max(finding.sent.start, span.start - 4):span.end].text.lower()
    return any(word in near for word in policy["possible_is_new_when"])


def _denies_a_kind_of_present(finding: _Finding, findings: list[_Finding], policy: dict) -> bool:
    """'Known breast cancer ... no features suggesting metastatic disease' denies a spread,
    not the cancer; 'laminectomy (decompression, no fusion)' names the kind of the operation
    done. Such an absent span is no denial of a code the note has present."""
    if finding.assertion != "absent":
        return False
    spread = policy["absent_yields_to_present"].get(finding.label)
    same_sentence = finding.label in policy["absent_yields_to_present_in_sentence"]
    # "No prior lumbar imaging" also denies the MRI and the CT (its rule's `also`): it stays
    rule = finding.target_rule
    anywhere = (finding.label in policy["absent_yields_to_present_anywhere"]
                and not (rule is not None and (rule.metadata or {}).get("also"))
                and not _study_cleared(finding, policy))
    if not spread and not same_sentence and not anywhere:
        return False
    for other in findings:
        if other.label != finding.label or other.assertion != "present":
            continue
        if anywhere:
            return True
        span = finding.span  # "[ ] Progressive weakness": the spread may stand just before
        # ... or just after it ("no clinical features of lymphoma recurrence")
        near = span.doc[max(span.start - 5, finding.sent.start):
                        min(span.end + 2, finding.sent.end)].text.lower()
        if spread and any(w in near and w not in other.span.text.lower() for w in spread):
            return True
        if same_sentence and other.sent == finding.sent:
            return True
    return False


def _study_cleared(finding: _Finding, policy: dict) -> bool:
    """'MRI lumbar spine may proceed ... Not a contraindication to MRI': a sentence that
    clears the MRI itself is no denied kind of contraindication beside another one ('no
    pacemaker' beside '[X] Metal fragment'): it answers the device another note gave as the
    reason MRI cannot be done ('Because of the aneurysm clip, ordering CT'), and both
    readings stand - the notes disagree (DETERMINATIONS d123, d886). A device called MR
    Conditional alone may still bar the region asked for ('head-only MR conditional')."""
    rule = policy["device_taken_out"]
    return (finding.label in rule["codes"]
            and bool(_compiled(rule["study_cleared"]).search(finding.sent_text)))


def _section_of(finding: _Finding, policy: dict) -> Optional[str]:
    """The section category of the span's first token. A section written as a short block
    ends with its header's line when it starts there ("FH: father - lung cancer."), else at
    the first blank line after its text: an unrecognised header after it ("0: Afebrile", an
    OCR'd "O:", a dated study) must not make the exam family history."""
    span = finding.span
    category = finding.section_category
    if category not in policy["paragraph_sections"]:
        return category
    title = finding.section_title
    if title is None:
        return category
    text = _text_of(span.doc)
    between = text[title.end_char:span.start_char]
    # "FH: father - spinal stenosis.\nLumbar X-rays 08/20/2026: ...": a block written on its
    # header's line ends with that line; one under its own header runs to a blank line
    inline = text[title.end_char:text.find("\n", title.end_char) % (len(text) + 1)].strip()
    if inline and "\n" in between:
        return None
    if inline and _patient_sentence_between(span, title.end_char, policy["paragraph_ends_at"]):
        return None
    return None if _BLANK_LINE.search(between.lstrip()) else category


def _patient_sentence_between(span: Span, start_char: int, rule: dict) -> bool:
    """'FH: noncontributory. Pt has history of breast cancer': a sentence after an inline
    Family History whose subject is the patient speaks of the patient again, up to the
    span's own sentence ('FH: mother - breast cancer. Sister with lupus.' stays family)."""
    doc, sent = span.doc, _sentence_of(span.doc, span.start)
    while sent.start_char > start_char:
        words = [t.lower_ for t in sent[:5] if not t.is_space]
        subject = 2 if " ".join(words[:2]) in rule["subjects"] else int(
            bool(words) and words[0] in rule["subjects"])
        if (subject and words[subject:subject + 1] and words[subject] in rule["verbs"]
                and not any(w in rule["not_after"] for w in words[subject:subject + 3])):
            return True
        if sent.start == 0:
            break
        sent = _sentence_of(doc, sent.start - 1)
    return False


def _drop_partial_normals(findings: list[_Finding], policy: dict) -> list[_Finding]:
    kinds = set(policy.get("present_overrides_absent_in_section_kinds", ()))
    graded = policy["graded_beside_normal"]
    candidates = [f for f in findings if f.assertion == "absent" and f.kind in kinds]
    if not candidates:
        return findings
    rule = policy["old_record"]
    # the earlier record (its header looked for on the lines above) only of the present
    # findings a candidate could be the partial normal of
    named = {(f.label, f.section) for f in candidates}
    present = {(f.label, f.section, f.once(_earlier_record, rule))
               for f in findings if f.assertion == "present" and (f.label, f.section) in named}
    return [f for f in findings
            if not (f.assertion == "absent" and f.kind in kinds
                    and (f.label not in policy["sided_tests"]
                         or _other_side_on_the_line(f, findings, policy))
                    and not _another_kind_denied(f, policy)
                    and not _another_sign_denied(f, findings, policy)
                    and not _reported_denial(f, policy)
                    and (f.label, f.section, f.once(_earlier_record, rule)) in present)
            and not (f.assertion == "absent" and f.label in graded
                     and _graded_beside(f, **graded[f.label]))]


def _earlier_record(finding: _Finding, rule: dict) -> Optional[int]:
    """Where the copy of an earlier dated record the finding stands in opens ("PHYSICAL EXAM
    (carried forward from 09/10/2026):", "Exam 10/02/2026 (prior visit):"), however recent,
    or None for the note's own words: a normal of that exam is that visit's finding, no
    partial normal of today's deficit (dev d839: "Strength 5/5" carried forward from the
    first visit beside today's "EHL 4/5")."""
    reference = _dated_reference(finding, rule)
    if reference is None:
        return None
    head = finding.once(_record_header, rule)
    if head is None or not _dated_before(finding.span.doc, head, reference,
                                         dict(rule, min_days=1)):
        return None
    return head[0]


def _exception_is_not_the_code(label: str, excepted: re.Match, exception: dict) -> bool:
    """'No wt loss beyond expected PP', 'not immunosuppressed apart from the prednisone
    burst': the exception names what the code leaves out (an expected loss, a short steroid
    course), so the denial of the code stands (policy denial_with_exception.not_the_code)."""
    pattern = exception.get("not_the_code", {}).get(label)
    return bool(pattern) and bool(_compiled(pattern).match(excepted.string, excepted.end()))


def _another_kind_denied(finding: _Finding, policy: dict) -> bool:
    """'Some urinary urgency, no incontinence': a code made of several symptoms states one
    and denies another (both stand), unless the denial names its exception ('no bladder
    incontinence except longstanding stress incontinence': the partial normal of the one
    there)."""
    if finding.label not in policy["several_kinds_codes"]:
        return False
    exception = _compiled(policy["denial_with_exception"]["pattern"])
    return not exception.match(_text_of(finding.span.doc), finding.span.end_char)


def _other_side_on_the_line(finding: _Finding, findings: list[_Finding],
                            policy: dict) -> bool:
    """'L SLR positive at 40 degrees; R SLR negative': a sided test denied on one side, on
    the line that finds it positive on the other, says which side the positive one is
    (ANNOTATION 'Exam companions'), while a crossed, seated or bilateral negative is its own
    finding (policy sided_companion: the side words right before or in the span, the words
    that make it another test; assert41b)."""
    rule = policy["sided_companion"]
    text = _text_of(finding.span.doc)
    start, end = finding.span.start_char, finding.span.end_char
    first, last = line_bounds(text, start, end)
    # the side words of its own clause: "Femoral stretch + on the left; SLR negative" names
    # no side of the SLR
    before = re.split(r"[;,.:]", text[max(first, start - rule["before"]):start])[-1]
    near = before + text[start:end]
    other = _compiled(rule["other_test"])
    if not _compiled(rule["side"]).search(near) or other.search(near):
        return False
    return any(f.assertion == "present" and f.label == finding.label
               and first <= f.span.start_char < last and not other.search(f.span.text)
               for f in findings)


def _reported_denial(finding: _Finding, policy: dict) -> bool:
    """'She denies weakness' beside 'EHL 4/5': the patient's own denial of a symptom the
    examiner then finds is the history's answer, not a normal companion of the exam's grade
    (both stand: absent and present); read only for the codes and the denial verbs of policy
    reported_denial (assert41b)."""
    rule = policy.get("reported_denial") or {}
    if finding.label not in rule.get("codes", ()):
        return False
    cues = rule.get("cues", ())
    return any(c.split()[0] in cues for c in finding.cues("NEGATED_EXISTENCE"))


def _signs_named(text: str, signs: dict) -> set:
    return {name for name, pattern in signs.items() if _compiled(pattern).search(text.lower())}


def _another_sign_denied(finding: _Finding, findings: list[_Finding], policy: dict) -> bool:
    """'Hoffmann positive bilaterally ... No clonus, toes downgoing': each upper motor neuron
    sign is its own finding, so a denied one beside another found stands (present and
    absent); the same sign denied on the other side ('Hoffmann + on L, neg R') names no
    other sign and stays the positive one's companion."""
    signs = policy["separate_signs"].get(finding.label)
    if not signs:
        return False
    denied = _signs_named(finding.span.text, signs)
    found = set()
    for f in findings:
        if f.assertion == "present" and (f.label, f.section) == (finding.label, finding.section):
            found |= _signs_named(f.span.text, signs)
    return bool(denied) and not denied & found


def _names_where_looked(span, openers) -> bool:
    """'no recurrence on today's exam': a span opened by a preposition names the exam as where
    the denied thing was looked for - the exam was done."""
    return len(span) > 1 and span[0].lower_ in openers


def _graded_beside(finding: _Finding, abnormal: str, unless: str) -> bool:
    """'deltoid and biceps 5/5; intrinsics 4+/5': a normal grade on a line that grades the
    same exam abnormal elsewhere is a partial normal, no denial."""
    rule = finding.target_rule
    if rule is None or (rule.metadata or {}).get("assertion") != "absent":
        return False
    text = _text_of(finding.span.doc)
    first, last = line_bounds(text, finding.span.start_char, finding.span.end_char)
    line = text[first:last]
    return bool(_compiled(abnormal).search(line)) and not _compiled(unless).search(line)
