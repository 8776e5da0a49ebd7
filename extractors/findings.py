"""Stage 3: the pipeline's finding spans become contract findings (§3, §4).

One finding per (code, assertion) across all documents of a case, carrying every evidence
span; attributes merge across spans (left + right = bilateral; the worst motor grade; the
highest pain score; the longest documented therapy).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable, Optional

from spacy.tokens import Doc, Span

from spinecite.extractors.models import VALUE_MODELS, Evidence, Finding, FindingValue
from spinecite.pipeline.assertion import last_work_return, planned_by_the_plan, work_status_ended
from spinecite.pipeline.extensions import (SPAN_GROUP, Extensions, KeptExtensions, doc_text,
                                           target_rule_metadata)
from spinecite.pipeline.lines import line_bounds
from spinecite.pipeline.resources import codes, load_json

# the extensions every mention is asked for (its rule, the filters, the merges, its
# evidence): read together when it is made
_READ_BY_EVERY_MENTION = ("target_rule", "assertion", "finding_section", "value", "level", "laterality")


class _Note:
    """What the mentions of one document share, read once: the extensions' registrations,
    the note's text (`doc_text` reads `doc._` on every call, and Span.text joins tokens) and
    its text map."""

    def __init__(self, doc: Doc) -> None:
        self.extensions = Extensions()
        self.text = doc_text(doc)
        self.text_map = doc._.text_map
        # of those, the ones registered: an unregistered one is read (and raises, or gives
        # `getattr`'s default) where it is asked for, as before
        self.read_at_once = tuple(name for name in _READ_BY_EVERY_MENTION if Span.has_extension(name))


class _Mention:
    """A finding span as the rest of this module reads it: the same attributes (read through
    to the span once, then kept), its extensions in `_` read once and kept
    (`extensions.KeptExtensions`: spaCy builds an `Underscore` on every `span._`, and the
    filters and merges below read ~2,000 values a note), its target rule's metadata, asked
    for by most filters. The Docs are not changed while findings are made, so a value read
    once is the value."""

    def __init__(self, span: Span, note: Optional[_Note] = None) -> None:
        self.span = span
        self.note = note or _Note(span.doc)
        self._ = KeptExtensions(span, self.note.extensions)
        self._.read(self.note.read_at_once)
        self.label_ = span.label_
        self.start_char = span.start_char
        self.end_char = span.end_char
        self.rule_meta = target_rule_metadata(self)  # read through the kept extensions

    def __getattr__(self, name: str) -> Any:  # `sent`, `doc`...: read once
        if name == "text":
            value = self.note.text[self.start_char:self.end_char]
        else:
            value = getattr(self.span, name)
        self.__dict__[name] = value
        return value


def _mentions(doc: Doc) -> list:
    note = _Note(doc)
    return [_Mention(span, note) for span in doc.spans.get(SPAN_GROUP, [])]


def _note_text(span: Span) -> str:
    """doc_text(span.doc), which a mention holds."""
    return span.note.text if isinstance(span, _Mention) else doc_text(span.doc)


def evidence_of(span: Span, document_id: str) -> Evidence:
    """The span in the document's own text (the Doc may be a cleaned copy of it)."""
    text_map = span.note.text_map if isinstance(span, _Mention) else span.doc._.text_map
    if text_map is None:
        start, end, original = span.start_char, span.end_char, _note_text(span)
    else:
        start, end = text_map.to_original(span.start_char, span.end_char)
        original = text_map.original
    return Evidence(document=document_id, start=start, end=end, text=original[start:end],
                    section=span._.finding_section)


def _merge_laterality(values: Iterable[Optional[str]]) -> Optional[str]:
    sides = {v for v in values if v}
    if not sides:
        return None
    if "bilateral" in sides or {"left", "right"} <= sides:
        return "bilateral"
    return sides.pop()


def _own_sides(members: list, assertion: str) -> Optional[str]:
    """The side of a finding from its own mentions: a normal grade read into an abnormal
    finding as its companion ("biceps R 4/5 (L 5/5)": the partial normal of the same exam)
    tells which side is normal, not a second side of the weakness (dev d595: the left 5/5
    made a right C6 weakness bilateral, eviCore's bilateral weakness; blind27a)."""
    spans = [s for _, s, _ in members]
    if assertion != "absent":
        spans = [s for s in spans if _rule_meta(s).get("assertion") != "absent"] or spans
    return _merge_laterality(s._.laterality for s in spans)


def _merge_level(spans: Iterable[Span]) -> Optional[str]:
    """The level the mentions give most often, a level written in the finding's own words
    counting twice ("T12 compression fracture ... compression fx" beside a "prior L2 fx"),
    one its sentence does not write (a sensory loss's skin area read off the dermatome
    chart, "below the umbilicus") half: the note's written "sensory level T8" outweighs it;
    on a tie, the first."""
    votes: dict[str, float] = {}
    for span in spans:
        if span._.level:
            root = span._.level.split("-")[0]
            weight = 2 if root in span.text else 1 if root in span.sent.text else 0.5
            votes[span._.level] = votes.get(span._.level, 0) + weight
    return max(votes, key=lambda level: votes[level]) if votes else None


def _outcome_priority(code: str) -> list[str]:
    """Across mentions of one therapy, the outcome a reviewer must know first
    (resources/attributes.json)."""
    table = load_json("attributes.json")["outcome_priority"]
    return table.get(code, table["default"])


def _merge_values(shape: Optional[str], values: list[dict[str, Any]],
                  code: str = "") -> Optional[dict[str, Any]]:
    values = [v for v in values if v]
    if not values or shape is None:
        return None
    if shape == "motor":
        graded = [v for v in values if v.get("grade") is not None]
        # the worst grade; of equal grades, one that names its muscle (a table's bare cell
        # may not)
        return min(graded, key=lambda v: (v["grade"], not v.get("muscle"))) if graded else values[0]
    if shape == "pain":
        return max(values, key=lambda v: v.get("score") or 0)
    if shape == "dermatome":
        # a root the notes name outvotes one read off the chart; the root most mentions give
        # wins, and a tie settles none
        values = [v for v in values if v.get("dermatome")]
        pool = [v for v in values if v.get("named")] or values
        if not pool:
            return None
        votes: dict[str, int] = {}
        for v in pool:
            votes[v["dermatome"]] = votes.get(v["dermatome"], 0) + 1
        ranked = sorted(votes.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return {"dermatome": max(votes, key=votes.__getitem__)}
    if shape == "therapy":
        # the best-grounded statement of the course wins; fields it lacks come from others
        # (a duration the patient reports or a prescription states, "3x/wk x 4 wks", ranks
        # below one the record's dates give, a month span "Sept-Oct" below dates known to the
        # day "09/08/2026 - 09/29/2026")
        rank = {"stated": 3, "dates": 2, "since": 1}
        best = max(values, key=lambda v: (rank.get(v.get("weeks_basis"), 0)
                                          - (1.5 if v.get("reported") or v.get("prescribed") else 0)
                                          - (0.75 if v.get("weeks_basis") == "dates"
                                             and not v.get("exact_dates") else 0),
                                          v.get("weeks") or 0, len(v)))
        merged = dict(best)
        exact = _exact_course(values) if not best.get("exact_dates") else None
        if exact is not None:
            # a stated duration keeps its weeks; its dates are those the record gives exactly
            merged.update(start=exact["start"], end=exact["end"], exact_dates=True)
        for v in values:
            for key, item in v.items():
                merged.setdefault(key, item)
        if not best.get("reported"):
            merged.pop("reported", None)  # the report was of a figure that did not win
        # a plan's "Continue HEP" is no course state beside one a mention states ("not
        # improving after 10 weeks of a home program ... Plan: Continue HEP" has failed)
        outcomes = {v.get("outcome") for v in values if not v.get("continued_by_plan")} - {None} \
            or {v.get("outcome") for v in values}
        for outcome in _outcome_priority(code):
            if outcome in outcomes:
                merged["outcome"] = outcome
                break
        if merged.get("weeks") is not None and merged.get("weeks_basis") == "visits_only":
            merged["weeks_basis"] = best.get("weeks_basis")
        return merged
    if shape == "procedure":
        # the name of the mention that says most of the operation: its level, then an operation
        # rather than "back surgery" ("Past back surgery" in the history, "L5-S1
        # microdiscectomy 2019" in the surgical history: the second); on a tie, the first
        values = sorted(values, key=lambda v: (not _LEVEL_NAMED.search(v.get("procedure") or ""),
                                               bool(_GENERIC_OPERATION.search(v.get("procedure") or ""))))
    merged: dict[str, Any] = {}
    for v in values:
        for key, item in v.items():
            merged.setdefault(key, item)
    dated = [v for v in values if v.get("date")]
    if dated:
        # a date known to the day goes before one known to the month or the year only
        # ("the 2024 MRI" in two office notes, "MRI LUMBAR SPINE ... 03/11/2024" in its report)
        merged["date"] = min(dated, key=lambda v: _PRECISION_RANK.get(v.get("date_precision"), 0))["date"]
    return merged


_PRECISION_RANK = {"month": 1, "year": 2}
_LEVEL_NAMED = re.compile(r"\b[CTLS]\d")
_GENERIC_OPERATION = re.compile(r"^(?:[CTLS]\d\S*\s+)?(?:\w+\s+)?(?:surgery|operation|procedure)s?$", re.IGNORECASE)


def _exact_course(values: list[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """Of the mentions dating the course from its start to its end to the day, the latest
    ending ("Episode: 07/21/2026 - 09/15/2026" beside "Completed PT Jul-Sep (8 wks)")."""
    dated = [v for v in values if v.get("exact_dates") and v.get("start") and v.get("end")]
    return max(dated, key=lambda v: (v["end"], v["start"])) if dated else None


def _member_values(shape: Optional[str], members: list,
                   claim_documents: frozenset[str] = frozenset()) -> list[Optional[dict[str, Any]]]:
    """Each member's value; an exam is dated by its note, and the merged exam by the latest of
    them: a face-to-face evaluation is as recent as the last note that documents one (a
    payer's "evaluated within 60 days" is about the latest visit, not the packet's oldest).
    A therapy's failure that only `claim_documents` state gives way to the improvement its
    clinical notes record (`_clinical_outcome_over_claim`)."""
    if shape == "therapy":
        return _clinical_outcome_over_claim(
            [(d, s._.value) for d, s, _ in _members_of_the_latest_course(members)],
            claim_documents)
    if shape != "exam":
        return [s._.value for _, s, _ in members]
    dates = [(s._.value or {}).get("date") or date for _, s, date in members]
    dates = [d for d in dates if d]
    return [{"date": max(dates)}] if dates else []


def _clinical_outcome_over_claim(pairs: list[tuple[str, Optional[dict[str, Any]]]],
                                 claim_documents: frozenset[str]) -> list[Optional[dict[str, Any]]]:
    """The values of a therapy's mentions ((document id, value) pairs), with a failure only
    claim documents state left out where the clinical notes record the course improving and
    none records it failing: an appeal's "She has failed 6 weeks of physical therapy" beside
    the therapist's discharge "Pt reports 80% improvement ... goals MET" and the office note's
    "clinically resolved with PT" (blind e368). A UR nurse trusts the dated record over the
    claim (rules/SCHEMA.md "Claims"; the `failed` outcome otherwise outranks every other,
    resources/attributes.json outcome_priority). A claimed failure beside an ongoing or
    unstated clinical course still stands."""
    if not claim_documents:
        return [v for _, v in pairs]
    clinical = {(v or {}).get("outcome") for d, v in pairs if d not in claim_documents}
    if "improved" not in clinical or "failed" in clinical:
        return [v for _, v in pairs]
    return [{k: x for k, x in v.items() if k != "outcome"}
            if v and d in claim_documents and v.get("outcome") == "failed" else v
            for d, v in pairs]


def _members_of_the_latest_course(members: list) -> list:
    """The mentions that can tell the latest course of a therapy: a note written before the
    latest course a mention dates began tells an earlier one ("PT x 3 weeks so far" in an
    April 2025 note beside "PT started 10/13 ... through 11/24" of 2026), and its weeks are
    not that course's. Undated notes are kept; if no note is as late as that start, all."""
    starts = [v["start"] for _, s, _ in members if (v := s._.value or {}).get("start")]
    if not starts:
        return members
    latest = max(starts)
    kept = [m for m in members if m[2] is None or m[2] >= latest]
    return kept or members


def _value_model(shape: Optional[str], value: Optional[dict[str, Any]]) -> Optional[FindingValue]:
    if shape is None or not value:
        return None
    model = VALUE_MODELS[shape]
    allowed = set(model.model_fields)
    return model(**{k: v for k, v in value.items() if k in allowed})


def _telehealth_exam_labels(groups: dict[tuple[str, str], list], rule: dict) -> None:
    """Drop in_person_exam present members that are a bare exam label ("Exam:", "O:",
    "neurologic exam") in a document whose own in_person_exam absent member names a telehealth
    visit (policy `telehealth_exam_labels`): the video visit's observation, not an exam in
    person. Explicit in-person words are no label and stay."""
    present = groups.get(("in_person_exam", "present"))
    if not present:
        return
    telehealth = _compiled(rule["telehealth"])
    remote = {m[0] for m in groups.get(("in_person_exam", "absent"), ())
              if telehealth.search(m[1].text)}
    if not remote:
        return
    labels = _compiled(rule["labels"])
    kept = [m for m in present if not (m[0] in remote and labels.match(m[1].text))]
    if len(kept) == len(present):
        return
    if kept:
        groups[("in_person_exam", "present")] = kept
    else:
        del groups[("in_person_exam", "present")]


def _add_derived(groups: dict[tuple[str, str], list]) -> None:
    """Findings implied by others (resources/derived_findings.json), with their evidence."""
    for rule in load_json("derived_findings.json")["derived"]:
        members = []
        silent = _documents_without(groups, rule.get("unless_document_has"),
                                    rule.get("unless_titled"))
        for source in rule["from"]:
            key = (source["code"], source["assertion"])
            for member in groups.get(key, []):
                if ("within_days" not in source or _within(member[1], source["within_days"])) \
                        and (not source.get("graded") or _graded(member[1])) \
                        and ("evidence" not in source
                             or _compiled(source["evidence"]).search(member[1].text)) \
                        and ("not_followed_by" not in source  # "stenosis/disc bulge"
                             or not _compiled(source["not_followed_by"]).match(
                                 member[1].doc.text, member[1].end_char)) \
                        and (silent is None or member[0] in silent):
                    members.append(member)
            if source.get("consumed"):
                # a planned operation is an intervention_planned, never a prior surgery
                groups.pop(key, None)
        if members:
            groups.setdefault((rule["code"], rule["assertion"]), []).extend(members)


def _documents_without(groups: dict[tuple[str, str], list], code: Optional[str],
                       title: Optional[str]) -> Optional[set[str]]:
    """The documents whose own words name `code` in no assertion and whose first two lines do
    not match `title` (None: no such condition)."""
    if code is None:
        return None
    naming = {m[0] for (c, _), members in groups.items() if c == code for m in members}
    silent = {}
    for members in groups.values():
        for document_id, span, _ in members:
            silent.setdefault(document_id, span.doc)
    return {document_id for document_id, doc in silent.items() if document_id not in naming
            and not (title and _compiled(title).search("\n".join(doc_text(doc).split("\n", 2)[:2])))}


def _graded(span: Span) -> bool:
    return (span._.value or {}).get("grade") is not None


def _last_word(members: list) -> Span:
    """The span the notes say last (the latest note, then the furthest into it): a suspicion
    that the note's own assessment then doubts is doubted ("Rule out cauda equina - she denies
    saddle anesthesia ... MDM: Low suspicion for CES"), one it raises again after a doubt is
    not ("CES unlikely, but cannot rule it out")."""
    return _last_member(members)[1]


def _last_member(members: list) -> tuple:
    """The (document id, span, date) member the notes say last: the latest note, then the
    furthest into it."""
    return max(members, key=lambda m: (m[2] or dt.date.min, m[1].start_char))


def _answered_by_its_report(code: str, members: list, absent: Iterable) -> bool:
    """A suspicion in a study's indication ("CLINICAL HX: ... R/o fracture.") that the same
    report's findings or impression then deny ("no fracture") is answered: the last word on it
    is the study's, so it is doubted as a suspicion the note itself doubts (it stays possible:
    policy `indication_answered_by_report`; next45/left46, dev e481)."""
    rule = load_json("assertion_policy.json")["indication_answered_by_report"]
    if code not in rule["codes"]:
        return False
    document_id, span, _ = _last_member(members)
    text = _note_text(span)
    first, last = line_bounds(text, span.start_char)
    if not _compiled(rule["indication"]).match(text[first:last]):
        return False
    part = _compiled(rule["report_part"])
    for other_id, denial, _ in absent:
        if other_id != document_id or denial.start_char <= last:
            continue
        if any(m.start() < denial.start_char for m in part.finditer(text, last)):
            return True
    return False


def _within(span: Span, days: int, key: str = "date") -> bool:
    """The span's own date is at most `days` before its note's reference date, and before
    the case's received date too: a 2020 discharge summary's "s/p microdiscectomy 06/12/2020"
    was recent when written, not for a request made years later (blind28f, e099)."""
    when = (span._.value or {}).get(key)
    reference = span.doc._.reference_date
    received = span.doc._.received_date
    return bool(when and reference and 0 <= (reference - when).days <= days
                and (received is None or (received - when).days <= days))


def _also_when_hypothetical(span: Span) -> list[str]:
    """Codes a planned or warned-of phrase watches for besides its own (`metadata.
    also_when_hypothetical`: "call if weakness/numbness develops"; "ED if ... or
    incontinence" warns of bladder and bowel leakage both), unless its clause or line places
    it among one kind's words as `_also` reads a denial (`also_unless_near`,
    `also_unless_on_line`: "ED if you cannot urinate or have incontinence" is the bladder's;
    assert41b)."""
    meta = _rule_meta(span)
    codes = list(meta.get("also_when_hypothetical", []))
    placed = meta.get("also_unless_near")
    if codes and ((placed and _compiled(placed).search(_near_text(span)))
                  or _placed_on_its_line(span, meta.get("also_unless_on_line"))):
        return []
    return codes


def _also_where_named(span: Span, meta: dict) -> list[str]:
    """Codes a phrase states besides its own where the phrase itself names them (`metadata.
    also_where_named`: code -> a regex searched in the span's text): a band-like pain that
    wraps round the trunk is radicular, and "band-like mid-back pain wrapping around to the
    front" names the mid back's pain too, while "band-like pain around the chest" names no
    region of the spine (assert44a)."""
    return [code for code, named in (meta.get("also_where_named") or {}).items()
            if _compiled(named).search(span.text)]


def _also(span: Span) -> list[str]:
    """Codes a phrase states besides its own ("off work" is a loss of function and an
    activity modification), from its target rule's `metadata.also`. A planned one ("work
    note for modified duty") only plans its own code: it states no loss of function. Codes
    in `metadata.also_when_absent` count only in a denial: "negative for incontinence" denies
    bladder and bowel leakage both, while a bare "incontinence" the patient has is urinary,
    and so is one its clause places (`metadata.also_unless_near`, a regex: "GU: negative for
    incontinence", "no new incontinence (baseline urge incontinence)")."""
    meta = _rule_meta(span)
    also = list(meta.get("also", [])) + _also_where_named(span, meta)
    placed = meta.get("also_unless_near")
    if (span._.assertion == "absent" and not (placed and _compiled(placed).search(_near_text(span)))
            and not _placed_on_its_line(span, meta.get("also_unless_on_line"))):
        also += meta.get("also_when_absent", [])
    if span._.assertion not in ("absent", "hypothetical"):
        # and codes in `metadata.also_when_affirmed` only where the phrase is not denied:
        # "trouble with buttons" is a loss of function, while "no trouble with buttons" in a
        # myelopathy screen denies the sign and says nothing of work or daily tasks, and a
        # precaution ("call if she starts dropping things") states no loss yet
        also += meta.get("also_when_affirmed", [])
    return also


def _also_assertion(code: str, span: Span, catalogue: dict, plan_sections: frozenset,
                    spans: list[Span], work_returned_at: Optional[int]) -> str:
    """The assertion of a code a phrase states besides its own, read for that code's kind: a
    past absence from work ("took 2 days off work, then returned to full duty") is a loss of
    function that ended (historical) and a restriction that was followed (activity_modification
    present: a treatment that happened is never historical, policy
    `historical_means_present_kinds`); one first given in today's Plan ("Plan: off work x 2
    wk") is a loss of function the note states and a restriction still to be followed
    (hypothetical, policy `plan_default_hypothetical_kinds`, ANNOTATION "Advice in the
    Plan"), unless a word before it says it goes on ("Remains off work", policy
    `kept_up_before`) or the note already has
    the patient under it outside the Plan ("Off work since 11/17 ... Plan: off work until
    re-check": kept up, present)."""
    assertion = span._.assertion
    policy = load_json("assertion_policy.json")
    kind = (catalogue.get(code) or {}).get("kind")
    if assertion == "historical" and kind in policy["historical_means_present_kinds"]:
        return "present"
    if assertion == "present" and work_status_ended(code, span, work_returned_at,
                                                    policy["work_status_ended"]):
        return "historical"  # "On modified duty in October. Back to full duty since 11/16"
    # unlike a span's own code (pipeline/assertion.py `_resolve`), any date the phrase has
    # ("off work until 12/01") keeps the code it states besides its own from being planned
    if (assertion == "present" and planned_by_the_plan(span._.finding_section, kind, code, policy)
            and not (span._.is_ongoing or span._.is_historical or (span._.value or {}).get("date"))
            and not _compiled(policy["kept_up_before"]).search(
                _note_text(span)[span.sent.start_char:span.start_char])
            and not any(other is not span and other._.assertion == "present"
                        and other._.finding_section not in plan_sections
                        and (code in _also(other) or _work_status_of(other, code, policy))
                        for other in spans)):
        return "hypothetical"
    return assertion


def _work_status_given_today_codes() -> frozenset:
    return frozenset(load_json("assertion_policy.json")["work_note_given_today"]["codes"])


def _work_note_given_today(span: Span, also_assertions: dict[str, str],
                           given_today_codes: frozenset) -> bool:
    """'Plan: off work until re-check (work note given)': a work status first given in today's
    Plan, whose restriction is still to be followed (the code it states besides its own read
    hypothetical by `_also_assertion`), states no loss of function by itself (ANNOTATION
    'Work status': "functional_impairment present only if the note says the patient cannot
    do the job now", which another phrase of the note then says). Policy
    `work_note_given_today.codes` (`given_today_codes`, read once a call): the own codes this
    holds for."""
    return (span._.assertion == "present" and span.label_ in given_today_codes
            and "hypothetical" in also_assertions.values())


def _work_status_of(span: Span, code: str, policy: dict) -> bool:
    """'Has been on modified duty since 09/02 ... Plan: Work status: modified duty': a work
    status the note already gives as in force, named under its own code (an activity
    modification), keeps up the Plan's work status (policy `work_status_ended.status`)."""
    return span.label_ == code and bool(
        _compiled(policy["work_status_ended"]["status"]).search(span.text))


def _only_beside(span: Span) -> Optional[frozenset]:
    """The codes one of which the note must name plainly for this span to count (target rule
    `metadata.only_beside`, one code or a list), or None."""
    need = _rule_meta(span).get("only_beside")
    if need is None:
        return None
    return frozenset([need] if isinstance(need, str) else need)


def _beside_their_code(spans: list[Span], affirmed_in_case: Optional[dict] = None
                       ) -> list[Span]:
    """Spans of a word that names a code only where the note names it plainly too (target
    rule `metadata.only_beside`): "has not started therapy" is physical therapy in a note
    that plans physical therapy, and says nothing in one about antibiotics; "the leg pain"
    is radicular in a note with sciatica, and may be claudication in one without. A rule with
    `metadata.denied_anywhere` counts its denial in any note: "no leg pain" denies the
    radicular pain a UR nurse asks about, whichever kind of leg pain it might have been."""
    named = {s.label_ for s in spans if _only_beside(s) is None}
    # and the other way: "bilat leg pain" is radicular, but in a note that describes neurogenic
    # claudication it is that claudication's leg pain (target rule `metadata.unless_beside`);
    # only a code the note holds now places the pain: a thoracic pain gone since 2024, a
    # relative's claudication, say nothing of today's "back pain"
    affirmed = {s.label_ for s in spans if s._.assertion in ("present", "possible")}
    return [s for s in spans if ((need := _only_beside(s)) is None or need & named
                                 or (s._.assertion == "absent" and _rule_meta(s).get("denied_anywhere")))
            and not (s._.assertion != "absent"
                     and _placed_elsewhere(s, affirmed, affirmed_in_case or {}))]


def _placed_elsewhere(span: Span, affirmed: set, affirmed_in_case: dict) -> bool:
    """Whether the code of the span's rule `metadata.unless_beside` is held now by its note
    or, with `metadata.unless_beside_in_case`, by any document of the case: a bare "back
    pain" on a phone note or an ED triage line of a case whose consult places the pain in the
    mid back is that thoracic pain (dev gold: none of 56 such cases has low back pain from it),
    while a case that says "low back" anywhere keeps its own low back pain. The metadata's
    value is a regex: a mention of the other code whose words match it reaches this one's
    region ("pain at the thoracolumbar junction") and places the bare word nowhere else, as
    does a match just before the bare word ("sharp mid-to-low back pain")."""
    meta = _rule_meta(span)
    other = meta.get("unless_beside")
    if other is None:
        return False
    if other in affirmed:
        return True
    reach = meta.get("unless_beside_in_case")
    words = affirmed_in_case.get(other)
    if not (reach and words):
        return False
    # "sharp mid-to-low back pain": the span's own word before it names the region too
    before = _note_text(span)[max(0, span.start_char - 12):span.start_char].rsplit("\n", 1)[-1]
    return not _compiled(reach).search(before) and not any(
        _compiled(reach).search(w) for w in words)


def _affirmed_in_case(mentions: list[list]) -> dict:
    """The words of each code some document of the case holds now (present or possible)."""
    held: dict = {}
    for mentioned in mentions:
        for s in mentioned:
            if s._.assertion in ("present", "possible"):
                held.setdefault(s.label_, []).append(_note_text(s)[s.start_char:s.end_char])
    return held


def _denied_beside_a_loss_in_case(spans: list[Span], affirmed_in_case: dict) -> list[Span]:
    """A denial whose clause names a part of a code (policy `absent_yields_to_present_in_case`:
    code -> words) denies nothing of the code where a document of the case holds it now by
    other words: "No sensory level on trunk" denies a cord level, not the L5 dermatome's loss
    the ED exam finds (assert43b)."""
    parts = load_json("assertion_policy.json")["absent_yields_to_present_in_case"]
    return [s for s in spans
            if not (s._.assertion == "absent" and (words := parts.get(s.label_))
                    and any(w in _near_text(s).lower()
                            and any(w not in held.lower()
                                    for held in affirmed_in_case.get(s.label_, ()))
                            for w in words))]


def _stopped_above_the_knee(spans: list[Span]) -> list[Span]:
    """A pain into the buttock or thigh whose sentence says it goes no further than the knee
    ("ache into R buttock and posterior thigh, not below the knee", "spreads into the back of
    the thigh, stops above the knee") is referred, not radicular (policy
    `stopped_above_the_knee`; assert43b)."""
    rule = load_json("assertion_policy.json")["stopped_above_the_knee"]
    return [s for s in spans
            if not (s.label_ in rule["codes"] and s._.assertion == "present"
                    and _compiled(rule["span"]).search(s.text)
                    and not _compiled(rule["not_in_span"]).search(s.text)
                    and _compiled(rule["sentence"]).search(_note_text(s)[s.sent.start_char:
                                                                         s.sent.end_char]))]


def _present_where_placed(spans: list[Span]) -> list[Span]:
    """A bare word affirmed (now or in the past) counts only where the note places it (target rule
    `metadata.present_near`, a regex): in a sentence that matches it, or in a document that
    affirms the code plainly too. "Ortho f/u for the fracture" after a fibular fracture is no
    spinal fracture; "no fracture" on the L-spine films is denied wherever it stands, and
    affirms no other mention ("EMG/NCS: median neuropathy at the wrist. No electrodiagnostic
    evidence of radiculopathy" has no abnormal EMG)."""
    named = {s.label_ for s in spans if _rule_meta(s).get("present_near") is None
             and s._.assertion in ("present", "historical")}
    return [s for s in spans
            if (near := _rule_meta(s).get("present_near")) is None
            or s._.assertion not in ("present", "historical") or s.label_ in named
            or _compiled(near).search(_sentence_and_its_clauses(s))]


def _sentence_and_its_clauses(span: Span) -> str:
    """The span's sentence with the clauses a semicolon joins to it (the splitter ends a
    sentence at ";"): "EMG 10/2026 - no carpal tunnel syndrome; chronic C6-7 radiculopathy" is
    one report, its second clause what places the study."""
    sent = span.sent
    note = _note_text(span)  # sliced: Span.text joins its tokens
    text = note[sent.start_char:sent.end_char]
    while text.rstrip().endswith(";") and sent.end < len(sent.doc):
        sent = sent.doc[sent.end].sent
        text = f"{text} {note[sent.start_char:sent.end_char]}"
    return text


def _therapy_of_another_body_part(spans: list[Span]) -> list[Span]:
    """A therapy, home program or failed course whose sentence names the therapy of another
    body part or a joint's diagnosis, and no spine word (policy
    `therapy_of_another_body_part`: "8 weeks of physical therapy for the shoulder (cuff
    program at Acme PT)", "R supraspinatus tear, failed 8 weeks of PT, NSAID and injection"),
    is that joint's care: no finding (ANNOTATION "Therapy of another body part")."""
    rule = load_json("assertion_policy.json")["therapy_of_another_body_part"]
    codes_ = frozenset(rule["codes"])
    kept = []
    for span in spans:
        if span.label_ in codes_:
            sentence = _sentence_and_its_clauses(span)
            if (_compiled(rule["places"]).search(sentence)
                    and not _compiled(rule["spine"]).search(sentence)):
                continue
        kept.append(span)
    return kept


def _night_numbness_of_a_nerve(spans: list[Span]) -> list[Span]:
    """Numbness or tingling that wakes the patient and is shaken out of the hand ("wakes her
    2-3x a night and she shakes the hand out"), or numbness said worse at night in a sentence
    that names no pain ("numbness of the ring and small fingers, worse at night and when he
    leans on the elbow"), is a nerve's numbness, not night pain (policy
    `night_numbness_not_pain`): no finding. A pain in the sentence keeps it ("arm pain and
    thumb tingling, worse at night")."""
    rule = load_json("assertion_policy.json")["night_numbness_not_pain"]
    codes_ = frozenset(rule["codes"])
    kept = []
    for span in spans:
        if span.label_ in codes_ and span._.assertion in ("present", "historical"):
            sentence = _sentence_and_its_clauses(span)
            if not _compiled(rule["pain"]).search(sentence) and (
                    _compiled(rule["shaken_out"]).search(sentence)
                    or (_compiled(rule["worse"]).search(span.text)
                        and _compiled(rule["numbness"]).search(sentence))):
                continue
        kept.append(span)
    return kept


def _not_in_such_a_document(doc: Doc, spans: list[Span]) -> list[Span]:
    """A bare word counts for its code nowhere in a document whose text matches its target
    rule's `metadata.unless_document_matches` (a regex): a bare "epidural" in a postpartum
    or labour-and-delivery note ("Sore low back where the epidural went in", "risk factors:
    epidural, prolonged 2nd stage, vacuum") is the obstetric epidural, no steroid injection
    (dev gold: no bare epidural of such a document is one; next40, e502). A denial still
    counts."""
    if not any(_rule_meta(s).get("unless_document_matches") for s in spans):
        return spans
    text = doc_text(doc)
    return [s for s in spans if (such := _rule_meta(s).get("unless_document_matches")) is None
            or s._.assertion == "absent" or not _compiled(such).search(text)]


def _not_where_placed_elsewhere(spans: list[Span]) -> list[Span]:
    """A bare word affirmed beside words that place it where another code reads it (target
    rule `metadata.unless_near`, a regex searched near it in its clause) is not this code:
    numbness "when she wipes", "between the legs" or "where I sit" is the saddle's
    (saddle_anesthesia), not a limb's paresthesia. A denial still counts ("denies any
    numbness in the legs or when wiping")."""
    return [s for s in spans
            if (far := _rule_meta(s).get("unless_near")) is None
            or s._.assertion not in ("present", "historical")
            or not _compiled(far).search(_near_text(s))]


def _own_placed_elsewhere(span: Span) -> bool:
    """An affirmed phrase whose clause names what its rule's own code is not (target rule
    `metadata.own_unless_near`, a regex searched near it in its clause) counts only for the
    codes it states besides: "Gait deferred (unable to stand due to pain)", "Gait: not
    tested - unable to bear weight comfortably" is a loss of function the pain makes, no gait
    disorder the examiner saw (assert41b; dev d681 e035 e197 e227 e245). A denial counts only
    for the codes it states besides where its line places it among their words alone
    (`metadata.own_unless_on_line`)."""
    meta = _rule_meta(span)
    far = meta.get("own_unless_near")
    if (far is not None and span._.assertion in ("present", "historical")
            and bool(_compiled(far).search(_near_text(span)))):
        return True
    # a denial its line places among another kind's words only (`metadata.
    # own_unless_on_line`, read as `also_unless_on_line`): "Bowels: last BM 2 days ago, no
    # incontinence" denies the bowel's leakage, not the bladder's (assert43b)
    return span._.assertion == "absent" and _placed_on_its_line(
        span, meta.get("own_unless_on_line"))


def _clause_before(text: str, start: int) -> str:
    """The words of a span's clause before it: from the last full stop, semicolon, colon or
    line break before it (a decimal point is none: "9.5 mm")."""
    line_start, _ = line_bounds(text, start)
    return re.split(r"[.;:](?:\s|$)", text[line_start:start])[-1]


def _not_said_of_a_study(spans: list[Span]) -> list[Span]:
    """A span of a rule with `metadata.not_after_in_clause` (a regex) is no finding where its
    clause names that before it: "healed T12 wedge deformity, unchanged since 2019" is a
    study's finding unchanged, no sameness of the patient's symptoms (ANNOTATION session-22,
    *Sameness denies progression*: not from a study; conv40)."""
    return [s for s in spans
            if (before := _rule_meta(s).get("not_after_in_clause")) is None
            or not _compiled(before).search(_clause_before(_note_text(s), s.start_char))]


def _told_after_what_it_treats(spans: list[Span]) -> list[Span]:
    """A bare operation ("and needed surgery", "had surgery", "s/p surgery (2024)") is a spine
    operation only where its sentence names the spine or its disease before it (target rule
    `metadata.told_after`, a regex searched in the sentence up to the span): "a coworker had a
    herniated disc last year and needed surgery", "Brother with lumbar stenosis, had surgery";
    "she broke her hip and needed surgery" is no spine operation (mend30d)."""
    return [s for s in spans
            if (after := _rule_meta(s).get("told_after")) is None
            or _compiled(after).search(_note_text(s)[s.sent.start_char:s.start_char])]


def _placed_on_its_line(span: Span, rule: Optional[dict]) -> bool:
    """A denial its sentence places among one kind's words (`metadata.also_unless_on_line`:
    `near`, a regex found within `before`/`after` characters of the span in its sentence on
    its own line, and none of `unless` there): "Voiding without difficulty since the foley came out; no
    incontinence", "Urinating normally, no incontinence" deny the bladder's leakage only, while
    "Bowel and bladder fine, no incontinence" still denies both."""
    if not rule:
        return False
    text = _note_text(span)
    start, end = line_bounds(text, span.start_char, span.end_char)
    # its sentence only: "No incontinence. On apixaban. Hx: prostate cancer" places nothing
    before = re.split(r"[.!?]\s", text[max(start, span.start_char - rule.get("before", 120)):
                                        span.start_char])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[span.end_char:min(end, span.end_char
                                                               + rule.get("after", 80))])[0]
    window = before + " " + after
    return bool(_compiled(rule["near"]).search(window)) and not (
        rule.get("unless") and _compiled(rule["unless"]).search(window))


def _near_text(span: Span, reach: int = 60) -> str:
    """The span's clause (between commas or semicolons), within `reach` characters either
    side of it: what places it ("numbness in both feet from diabetes, and wiping is normal"
    places the numbness in the feet)."""
    text = _note_text(span)
    start = max(span.sent.start_char, span.start_char - reach)
    end = min(span.sent.end_char, span.end_char + reach)
    before = max(text.rfind(",", start, span.start_char), text.rfind(";", start, span.start_char))
    after = [i for i in (text.find(",", span.end_char, end), text.find(";", span.end_char, end)) if i >= 0]
    return text[before + 1 if before >= 0 else start:min(after) if after else end]


_WEIGHT = re.compile(r"\d+(?:\.\d+)?")


def _weighed_without_a_loss(spans: list[Span]) -> list[Span]:
    """A weight written beside an earlier one (target rule `metadata.weighed_pair`: "wt 61 kg
    (70 kg 6/2025)") is a loss only when the earlier weight is the greater by more than 2%:
    "Wt 68.2 kg (68.0 kg in June)" or "wt 88.1 kg (88.4 kg in May)" is a weight held."""
    kept = []
    for span in spans:
        if _rule_meta(span).get("weighed_pair"):
            weights = [float(w) for w in _WEIGHT.findall(span.text)[:2]]
            if len(weights) == 2 and weights[1] - weights[0] <= 0.02 * weights[1]:
                continue
        kept.append(span)
    return kept


def _rule_meta(span: Span) -> dict:
    if isinstance(span, _Mention):
        return span.rule_meta
    return target_rule_metadata(span)


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _own_code(span: Span, plan_sections: frozenset) -> Optional[str]:
    """The code a span counts for, or None where it counts for none: its own, unless its rule
    counts it only where planned (`_planned_where_named`). Such a bare procedure that was done
    instead, and dated, counts for `metadata.done_as` where its date is at most
    `metadata.within_days` before the note (`_done_within`): "L4-5 MBB 10/14/2026" in a
    late-November note, "RIGHT SACROILIAC JOINT INJECTION ... DOS 11/03/2026" and "SCS trial
    11/09" are recent spinal procedures, as the derived 90-day rule reads a dated ESI (next40,
    dev e187, e387, e463, e465, e469; CONTRACT: "spinal surgery, injection or stimulator within
    the last 3 months")."""
    if _planned_where_named(span, plan_sections):
        return span.label_
    meta = _rule_meta(span)
    done, days = meta.get("done_as"), meta.get("within_days")
    return done if done and days is not None and _done_within(span, days) else None


def _done_within(span: Span, days: int) -> bool:
    """An affirmed procedure (not planned, doubted, denied or a relative's) whose date
    (attributes: the value's `done_date`) is within `days` of the note and the case, on a
    clause that does not name it as still to come (`metadata.done_unless_near`, a regex: a
    "PRE-PROCEDURE EVALUATION - THORACIC MBB ... 12/02/2026" is dated on the day it was to
    be done, dev e468)."""
    if not (span._.assertion in ("present", "historical")
            and not (span._.is_hypothetical or span._.is_uncertain)
            and _within(span, days, "done_date")):
        return False
    unless = _rule_meta(span).get("done_unless_near")
    if unless is None:
        return True
    return not _compiled(unless).search(_near_text(span))


def _planned_where_named(span: Span, plan_sections: frozenset) -> bool:
    """A span of a rule with `metadata.planned_only` ("medial branch blocks", "RFA": a
    procedure named bare) is an intervention_planned only where the note plans it: in a Plan
    section or under a conditional or future cue, not done, dated or denied ("s/p RFA 2024",
    "MBB with 80% relief" tell a past procedure). A declined one stays a denied plan."""
    rule = getattr(span._, "target_rule", None)
    if rule is None or not (rule.metadata or {}).get("planned_only"):
        return True
    if span._.assertion == "absent":
        return bool(span._.is_negated) and not span._.is_historical
    planned = span._.is_hypothetical or span._.is_uncertain or span._.finding_section in plan_sections
    return planned and not (span._.is_historical or span._.is_ongoing
                            or (span._.value or {}).get("date"))


def _denial_of_all_beside_its_own(span: Span, spans: list[Span],
                                  films_before: bool = False) -> bool:
    """'No prior lumbar imaging', 'never imaged' in a note that reports its own radiographs
    ('X-ray L-spine 09/08: mild L5-S1 narrowing'): the writer counts the films as no imaging
    and means the MRI and the CT. Such a denial (a rule whose `also` names the other codes)
    denies those, not the code the note has present in the same document - nor the films of
    another document of the packet dated on or before it (`films_before`: the ED note's "No
    prior spine imaging" beside the radiology report of the films the ED took that day)."""
    if span.label_ != "prior_xray" or span._.assertion != "absent":
        return False
    return films_before or any(other.label_ == span.label_ and other._.assertion == "present"
                               for other in spans)


def _film_dates(docs: list[tuple[str, Doc]], mentions: list[list]
                ) -> dict[str, Optional[dt.date]]:
    """The documents of a case that report radiographs (prior_xray present), with their dates."""
    return {document_id: doc._.document_date for (document_id, doc), spans in zip(docs, mentions)
            if any(s.label_ == "prior_xray" and s._.assertion == "present" for s in spans)}


def _films_before(document_id: str, date: Optional[dt.date],
                  films: dict[str, Optional[dt.date]]) -> bool:
    """Another document reports radiographs taken on or before this document's date."""
    return any(other != document_id and when is not None and date is not None and when <= date
               for other, when in films.items())


def _span_filters(doc: Doc, affirmed_in_case: dict) -> tuple:
    """The filters a document's mentions pass, in order, each taking and giving a list of
    spans: the order matters, as a filter reads what the ones before it kept."""
    return (functools.partial(_beside_their_code, affirmed_in_case=affirmed_in_case),
            functools.partial(_denied_beside_a_loss_in_case, affirmed_in_case=affirmed_in_case),
            _not_said_of_a_study,
            _stopped_above_the_knee,
            _told_after_what_it_treats,
            _present_where_placed,
            _not_where_placed_elsewhere,
            _therapy_of_another_body_part,
            _weighed_without_a_loss,
            _night_numbness_of_a_nerve,
            functools.partial(_not_in_such_a_document, doc))


def _filtered(spans: list[Span], filters: Iterable) -> list[Span]:
    for keep in filters:
        spans = keep(spans)
    return spans


def findings_from_docs(docs: Iterable[tuple[str, Doc]],
                       payer_facing: Iterable[str] = ()) -> list[Finding]:
    """Findings of one case: `docs` pairs each document id with its processed Doc, whose
    spans' assertions are final (the nlp stage, then `pipeline.across_documents.
    assert_across_documents` over the case's Docs). It only reads the Docs. `payer_facing`:
    the ids of the case's payer-facing documents (pipeline/document_kind.py); those with no
    in-person exam of their own state claims (rules/claims.py `claim_documents`)."""
    catalogue = codes()
    groups: dict[tuple[str, str], list[tuple[str, Span, Optional[dt.date]]]] = {}
    plan_sections = frozenset(load_json("assertion_policy.json")["plan_sections"])
    given_today_codes = _work_status_given_today_codes()
    docs = list(docs)
    mentions = [_mentions(doc) for _, doc in docs]
    films = _film_dates(docs, mentions)
    affirmed_in_case = _affirmed_in_case(mentions)
    for (document_id, doc), mentioned in zip(docs, mentions):
        spans = _filtered(mentioned, _span_filters(doc, affirmed_in_case))
        work_returned_at = last_work_return(((s.label_, s._.assertion, s) for s in spans),
                                            load_json("assertion_policy.json")["work_status_ended"])
        date = doc._.document_date  # read once: spaCy builds an Underscore per read
        for span in spans:
            own = _own_code(span, plan_sections) if span._.assertion is not None else None
            if own is None:
                continue
            if (span._.assertion in ("absent", "hypothetical")
                    and _rule_meta(span).get("affirmed_only")):
                # a denied hand task ("has not dropped things") denies the myelopathy screen's
                # sign, not a loss of function, and a precaution ("call if she starts dropping
                # cups") states no loss yet (ANNOTATION "Session-22 readings", *Hand function
                # lost*): a rule with `metadata.affirmed_only` counts only where affirmed, as
                # `also_when_affirmed` does
                continue
            if span._.assertion != "absent" and _rule_meta(span).get("denied_only"):
                # a band-like pain told with no wrap round the trunk is no radicular pain by
                # itself, but "no band-like chest pain" denies the thoracic radicular pain
                # (d478, d725, d731): a rule with `metadata.denied_only` counts only where denied
                continue
            if span._.assertion not in _rule_meta(span).get("only_as", (span._.assertion,)):
                # a bare "disc" is the herniation a writer rules out ("r/o disc pathology",
                # "+/- disc", the patient's "it's the disc again") and says nothing of one where
                # stated ("the L4-5 disc"); a bare "needed surgery" after a disc is the operation
                # of the relative or coworker told, the patient's own being named: a rule with
                # `metadata.only_as` counts only where read as one of those assertions (mend30d)
                continue
            # a planned phrase plans its own code only, unless its rule names codes it
            # warns of too (`metadata.also_when_hypothetical`: "call if weakness/numbness
            # develops" watches for both)
            also = (_also(span) if span._.assertion != "hypothetical"
                    else _also_when_hypothetical(span))
            if own != span.label_:
                # a bare procedure done within its days: a recent one (`_own_code`)
                groups.setdefault((own, "present"), []).append((document_id, span, date))
                continue
            code = own
            if span._.assertion == "hypothetical":
                # a loss named only as what to watch for ("call 911 if she cannot walk",
                # "should she develop any difficulty walking") is a new sign the note warns of,
                # not a limit of function: the code of target rule `metadata.hypothetical_as`
                code = _rule_meta(span).get("hypothetical_as", code)
            also_assertions = {other: _also_assertion(other, span, catalogue, plan_sections,
                                                      spans, work_returned_at)
                               for other in also}
            if not (also and _denial_of_all_beside_its_own(
                    span, spans, _films_before(document_id, date, films))
                    ) and not _work_note_given_today(span, also_assertions, given_today_codes
                    ) and not _own_placed_elsewhere(span):
                groups.setdefault((code, span._.assertion), []).append(
                    (document_id, span, date))
            for code, assertion in also_assertions.items():
                groups.setdefault((code, assertion), []).append(
                    (document_id, span, date))
    _add_derived(groups)
    examined = {m[0] for m in groups.get(("in_person_exam", "present"), ())}
    claim_documents = frozenset(payer_facing) - examined
    _telehealth_exam_labels(groups, load_json("assertion_policy.json")["telehealth_exam_labels"])
    order = {code: i for i, code in enumerate(catalogue)}
    findings = []
    # a mention stands in several findings (its code's, those it states besides, derived
    # ones): its evidence is made once
    items: dict[tuple[str, _Mention], Evidence] = {}
    for (code, assertion), members in sorted(
            groups.items(), key=lambda kv: (order.get(kv[0][0], 999), kv[0][1])):
        members.sort(key=lambda m: (m[0], m[1].start_char))
        shape = catalogue[code]["value"]
        level = _merge_level(s for _, s, _ in members)
        dates = [d for _, _, d in members if d]
        seen: set[tuple[str, int, int]] = set()
        evidence = []
        for document_id, span, _ in members:
            item = items.get((document_id, span))
            if item is None:
                item = items[document_id, span] = evidence_of(span, document_id)
            key = (document_id, item.start, item.end)
            if key not in seen:
                seen.add(key)
                evidence.append(item)
        findings.append(Finding(
            code=code,
            assertion=assertion,
            laterality=_own_sides(members, assertion),
            level=level,
            value=_value_model(shape, _merge_values(
                shape, _member_values(shape, members, claim_documents), code)),
            evidence=evidence,
            document_date=dates[0] if dates else None,
            doubted=True if assertion == "possible" and (
                _last_word(members)._.doubted or _answered_by_its_report(
                    code, members, groups.get((code, "absent"), ()))) else None,
        ))
    return findings
