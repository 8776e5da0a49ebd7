"""The assertions only a case's documents together decide, settled once over all of them.

The nlp stage reads one note at a time (pipeline/assertion.py); a packet's documents also
speak of each other: an old imaging report shows the lesion that another document says an
operation later treated. `assert_across_documents` settles those readings on the Docs' spans
after every document has been processed and before the findings stage reads them, so that
the findings stage only reads assertions that are final.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc

from spinecite.pipeline.assertion import (dose_given_at_the_visit, drug_key,
                                          operable_lesion_level, operated_at, operation_done_by)
from spinecite.pipeline.extensions import SPAN_GROUP, doc_text, target_rule_metadata
from spinecite.pipeline.resources import load_json
from spinecite.pipeline.timex import MONTH_WORD, month_number


def assert_across_documents(docs: Sequence[tuple[str, Doc]]) -> None:
    """Settles, in place, the assertions of one case's processed Docs (`docs` pairs each
    document id with its Doc) that depend on the case's other documents. Call it once per
    case, after the nlp stage and before `extractors.findings.findings_from_docs`; a second
    call changes nothing, and one document alone is left as it is."""
    _operated_in_another_document(docs)
    _episode_resolved_in_a_later_document(docs)
    _deficit_recovered_on_a_later_exam(docs)
    _claudication_put_on_the_arteries(docs)
    _continued_in_a_same_day_document(docs)
    _denied_kind_beside_one_in_another_document(docs)


def _operated_in_another_document(docs: Sequence[tuple[str, Doc]]) -> None:
    """A packet's old imaging report dated no later than an operation another of its
    documents tells at the lesion's level ("MRI 02/20/2024: L5-S1 extrusion" beside "s/p
    L5-S1 microdiscectomy 03/12/2024") shows the lesion the operation treated: historical,
    as inside one note (pipeline/assertion.py `_seen_before_its_operation`)."""
    if len(docs) < 2:
        return  # only another document's operation reads a span historical
    rule = load_json("assertion_policy.json")["treated_by_surgery"]
    surgeries = [(document_id, span, done) for document_id, doc in docs
                 for span in doc.spans.get(SPAN_GROUP, [])
                 if span.label_ == "prior_spine_surgery" and span._.assertion == "present"
                 and (done := operation_done_by(span)) is not None]
    if not surgeries:
        return
    for document_id, doc in docs:
        written = doc._.document_date
        if written is None:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if span._.assertion != "present":
                continue
            level = operable_lesion_level(span, rule)
            if level is not None and any(
                    other != document_id and written <= done and operated_at(surgery, level)
                    for other, surgery, done in surgeries):
                span._.assertion = "historical"


def _episode_resolved_in_a_later_document(docs: Sequence[tuple[str, Doc]]) -> None:
    """A packet's older note tells an episode ("R leg pain and numbness to the lateral foot",
    "SLR R +", "Sensation diminished lat R foot") that a later note says ended ("Leg pain and
    foot numbness resolved since about 11/01", "Had R sciatica in October, completely gone"):
    the older note's findings of that episode are historical, its exam too (ANNOTATION
    "Packets of several visits"). Only while the case's latest note no longer has the
    episode's symptom present after the note that ends it (a sciatica back again keeps the
    old one; a note with no date of its own counts as later), in an older note that tells the
    episode's symptom itself, and on the same side where both name one. Nothing said of the
    episode ending keeps the old findings present."""
    if len(docs) < 2:
        return  # an ending reads historical only a note dated before the one that tells it
    rule = load_json("assertion_policy.json")["episode_resolved_in_a_later_document"]
    anchors, codes = set(rule["anchor_codes"]), set(rule["episode_codes"])
    resolved = re.compile(rule["resolved_words"], re.IGNORECASE)
    dated = [(doc, doc._.document_date) for _, doc in docs if doc._.document_date is not None]
    endings = [(written, span._.laterality, _months(span.sent.text)) for doc, written in dated
               for span in doc.spans.get(SPAN_GROUP, [])
               if span.label_ in anchors and span._.assertion == "historical"
               and resolved.search(span.sent.text)]
    if not endings:
        return
    last_ending = max(written for written, _, _ in endings)
    if any(span.label_ in anchors and span._.assertion == "present"
           and (doc._.document_date is None or doc._.document_date > last_ending)
           for _, doc in docs for span in doc.spans.get(SPAN_GROUP, [])):
        return  # a later (or undated) note has the symptom again
    for doc, written in dated:
        # "L foot numbness in 2019 that resolved", "operated in March 2024 ... the leg pain
        # resolved": an episode the sentence dates before the older note is another one
        # ("Previous L sciatica March to May 2026, resolved": ended before a November note)
        ended_sides = [side for ended, side, months in endings
                       if written < ended and not any(m < (written.year, written.month)
                                                      for m in months)]
        # the older note must tell the episode itself (its leg pain, numbness): a later
        # note's "2019 sciatica resolved" ends nothing of an axial-pain note's findings
        told = [span._.laterality for span in doc.spans.get(SPAN_GROUP, [])
                if span.label_ in anchors and span._.assertion == "present"
                and any(_same_side(side, span._.laterality) for side in ended_sides)]
        if not told:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if span.label_ not in codes or span._.assertion != "present":
                continue
            if any(_same_side(side, span._.laterality) for side in ended_sides):
                span._.assertion = "historical"


def _denied_kind_beside_one_in_another_document(docs: Sequence[tuple[str, Doc]]) -> None:
    """A screening note's denied kinds ("No pacemaker, no implants, no shrapnel", "denies
    pacer, stimulator, clips") beside another document's present one of the same code
    ("severe claustrophobia - walked out of a shoulder MRI", "exceeds the bore"): no denial
    of the code, as inside one note (pipeline/assertion.py `_denies_a_kind_of_present`,
    policy `absent_yields_to_present_anywhere`), for the codes of policy
    `absent_yields_to_present_across_documents`. A denial read with the rule's `also` ("No
    prior lumbar imaging") stays, and so does a sentence that clears the study itself ("Not
    a contraindication to MRI", "the pacemaker is not a barrier to MRI": the notes disagree,
    and both readings stand - DETERMINATIONS d123, d886); a note with a present one of its
    own has settled its denials itself, and a form's unchecked boxes ("[ ] Pacemaker  [ ]
    Metal in eyes  [ ] Implants") answer the form's own list, both kept (dev e366)."""
    if len(docs) < 2:
        return  # only another document's present kind drops a denial
    policy = load_json("assertion_policy.json")
    codes = set(policy["absent_yields_to_present_across_documents"])
    cleared = re.compile(policy["device_taken_out"]["study_cleared"])
    present = {(document_id, span.label_) for document_id, doc in docs
               for span in doc.spans.get(SPAN_GROUP, [])
               if span.label_ in codes and span._.assertion == "present"}
    if not present:
        return
    for document_id, doc in docs:
        spans = list(doc.spans.get(SPAN_GROUP, []))
        kept = [span for span in spans
                if not (span._.assertion == "absent" and span.label_ in codes
                        and (document_id, span.label_) not in present
                        and any(other != document_id and code == span.label_
                                for other, code in present)
                        and not target_rule_metadata(span).get("also")
                        and not cleared.search(span.sent.text)
                        and not _EMPTY_BOX_BEFORE.search(
                            doc_text(doc)[max(0, span.start_char - 8):span.start_char]))]
        if len(kept) != len(spans):
            doc.spans[SPAN_GROUP] = kept


_EMPTY_BOX_BEFORE = re.compile(r"[\[(]\s*[)\]]\s*$")


def _deficit_recovered_on_a_later_exam(docs: Sequence[tuple[str, Doc]]) -> None:
    """An older note's exam sign ("R biceps 4+/5", "Decr PP R thumb", "SLR + R at 50 deg")
    that a later note's exam finds normal on that side and limb ("deltoid, biceps, wrist ext
    5/5 bilat", "Sens: intact LT/PP C5-T1", "SLR neg bilat") is historical, and so is an
    older value a note quotes in parentheses with its earlier date beside today's normal
    one ("DTR: biceps 2+ = (1+ R on 09/29)"): ANNOTATION "Packets of several visits",
    "Ended episodes" (policy `deficit_recovered_on_a_later_exam`). Only while no later (or
    undated) note's exam still finds the sign on that side and limb: a deficit unchanged,
    back again or on the other side stays present; a later note that says nothing of it,
    or denies it outside an exam ("no new weakness" on the phone), ends nothing."""
    rule = load_json("assertion_policy.json")["deficit_recovered_on_a_later_exam"]
    codes, exam = set(rule["codes"]), set(rule["exam_sections"])
    regions = {name: re.compile(pattern, re.IGNORECASE)
               for name, pattern in rule["regions"].items()}
    normal_reading = {code: re.compile(pattern, re.IGNORECASE)
                      for code, pattern in rule["normal_reading"].items()}
    # a line that quotes the earlier value beside today's normal one reads the code normal
    normals = [(doc._.document_date, span.label_, span._.laterality, _limb(span, regions))
               for _, doc in docs
               for span in _quoted_earlier_beside_a_normal(doc, codes, normal_reading)]
    other_test = re.compile(rule["other_test"], re.IGNORECASE)
    normals += [(doc._.document_date, span.label_, span._.laterality, _limb(span, regions))
                for _, doc in docs if doc._.document_date is not None
                for span in doc.spans.get(SPAN_GROUP, [])
                if span.label_ in codes and span._.assertion == "absent"
                and span._.finding_section in exam and not other_test.search(span.text)]
    if not normals:
        return
    recovered = set()
    for _, doc in docs:
        written = doc._.document_date
        if written is None:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if (span.label_ not in codes or span._.assertion != "present"
                    or other_test.search(span.text)):
                continue
            side, limb = span._.laterality, _limb(span, regions)
            if not any(later > written and code == span.label_ and _normal_covers(normal, side)
                       and _same_limb(limb, where) for later, code, normal, where in normals):
                continue
            if any(_still_found(other, span.label_, side, limb, written, regions)
                   for _, other in docs if other is not doc):
                continue
            span._.assertion = "historical"
            recovered.add((id(doc), span.label_, limb))
    # the same note's unsided mention of a sign all of whose sided findings recovered ("RTC
    # sooner if weakness worsens" beside "R biceps 4+/5") is that sign: historical with them
    # (not one of the other limb: "leg weakness" beside a recovered arm)
    for _, doc in docs:
        spans = doc.spans.get(SPAN_GROUP, [])
        for span in spans:
            if (span._.assertion == "present" and not span._.laterality
                    and any(one == id(doc) and code == span.label_
                            and _same_limb(_limb(span, regions), where)
                            for one, code, where in recovered)
                    and not any(other.label_ == span.label_ and other._.assertion == "present"
                                and other._.laterality for other in spans)):
                span._.assertion = "historical"


def _still_found(doc: Doc, code: str, side, limb, written, regions: dict) -> bool:
    """A later (or undated) note still has the sign present on that side and limb."""
    if doc._.document_date is not None and doc._.document_date <= written:
        return False
    return any(span.label_ == code and span._.assertion == "present"
               and _same_side(side, span._.laterality)
               and _same_limb(limb, _limb(span, regions))
               for span in doc.spans.get(SPAN_GROUP, []))


def _quoted_earlier_beside_a_normal(doc: Doc, codes: set, normal_reading: dict) -> list:
    """"Motor: deltoid, biceps, wrist ext 5/5 bilat (R biceps 4+/5 on 10/13)": a sign inside
    a parenthesis that dates it before the note, after the same line's normal reading of the
    code, is the earlier exam's value, not today's: historical. Returns the spans so read
    (each stands for the line's normal reading of its code, side and limb)."""
    written = doc._.document_date
    if written is None:
        return []
    text = doc_text(doc)  # not `doc.text`, joined token by token at each read
    dates = doc._.time_expressions or []
    quoted = []
    for span in doc.spans.get(SPAN_GROUP, []):
        if span.label_ not in codes or span._.assertion != "present":
            continue
        line_start = text.rfind("\n", 0, span.start_char) + 1
        opened = text.rfind("(", line_start, span.start_char)
        if opened < 0 or ")" in text[opened:span.start_char]:
            continue
        closed = text.find(")", span.end_char)
        line_end = text.find("\n", span.end_char)
        if closed < 0 or (0 <= line_end < closed):
            continue
        if not any(opened < t.start and t.end <= closed + 1 and t.start_date is not None
                   and t.start_date < written for t in dates):
            continue
        # today's normal reading is the clause the parenthesis follows ("biceps 2+ = (1+ R
        # on 09/29)"), not one a sentence or comma before ("R 5/5 throughout. (PCP note
        # 11/25: L TA 4/5.)" after "L TA 2/5": the quoted value is no recovered one)
        clause = max(text.rfind(mark, line_start, opened) for mark in ".;,") + 1
        normal = normal_reading.get(span.label_)
        if normal is not None and normal.search(text, max(clause, line_start), opened):
            span._.assertion = "historical"
            quoted.append(span)
    return quoted


def _normal_covers(normal, side) -> bool:
    """A normal reading unsided or of both sides covers every side; a sided one its own."""
    return not normal or normal == "bilateral" or normal == side


def _limb(span, regions: dict):
    """The limb a sign is of ("upper", "lower"), from its own words, else its sentence's;
    None when neither names one alone."""
    for text in (span.text, span.sent.text):
        named = {name for name, rx in regions.items() if rx.search(text)}
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return None


def _same_limb(one, other) -> bool:
    return one == other or one is None or other is None


def _same_side(one, other) -> bool:
    """Whether two lateralities may be one episode's: the same, or either unnamed or both sides."""
    return one == other or not one or not other or "bilateral" in (one, other)


def _years(text: str) -> list[int]:
    """The years a sentence names ("in 2019", "March 2024")."""
    return [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)]


def _months(text: str) -> list[tuple[int, int]]:
    """The latest month each year a sentence names can mean, as (year, month): "March to May
    2026" -> (2026, 5), "in 2019" -> (2019, 12) (a year alone may mean its December)."""
    named = [(int(m["y"]), month_number(m["mon"])) for m in re.finditer(
        rf"\b(?P<mon>{MONTH_WORD})\.?,?\s+(?:of\s+)?(?P<y>19[5-9]\d|20\d\d)\b", text,
        re.IGNORECASE)]
    return named + [(year, 12) for year in _years(text)
                    if not any(y == year for y, _ in named)]


def _claudication_put_on_the_arteries(docs: Sequence[tuple[str, Doc]]) -> None:
    """A vascular surgeon's letter that calls the walking calf pain "vascular claudication by
    history and by ABI" and the neurogenic one "much less likely" has the last word on the
    referral's "leg pain with walking - r/o stenosis": a neurogenic claudication read as
    present in that document, or in one dated no later, is only possible, and doubted
    (policy `claudication_put_on_the_arteries`). A document dated after it keeps its own
    reading; a vascular claudication only weighed ("PAD vs stenosis", "vascular claudication
    unlikely") settles nothing."""
    rule = load_json("assertion_policy.json")["claudication_put_on_the_arteries"]
    codes = set(rule["codes"])
    vascular, denied = re.compile(rule["vascular"]), re.compile(rule["not_in_clause"])
    ends = re.compile(rule["clause_ends"])
    settling = [doc._.document_date for _, doc in docs
                if _settles(doc, codes, vascular, ends, denied)]
    if not settling:
        return
    # the latest date of a document that settles it; an undated one settles every document
    last_word = None if None in settling else max(settling)
    for _, doc in docs:
        written = doc._.document_date
        if last_word is not None and written is not None and written > last_word:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if span.label_ in codes and span._.assertion == "present":
                span._.assertion = "possible"
                span._.doubted = True


def _settles(doc: Doc, codes: set, vascular: re.Pattern, ends: re.Pattern,
             denied: re.Pattern) -> bool:
    """The document doubts a neurogenic claudication and puts the claudication on the
    arteries in a clause of its own."""
    if not any(s.label_ in codes and s._.assertion == "possible" and s._.doubted
               for s in doc.spans.get(SPAN_GROUP, [])):
        return False
    text = doc_text(doc)
    return any(_clause_of_its_own(text, m, ends, denied) for m in vascular.finditer(text))


def _clause_of_its_own(text: str, match: re.Match, ends: re.Pattern, denied: re.Pattern) -> bool:
    """The vascular attribution stands in a clause with no denial, doubt or differential."""
    start = max((m.end() for m in ends.finditer(text, 0, match.start())), default=0)
    after = ends.search(text, match.end())
    end = after.start() if after else len(text)
    return not denied.search(text[start:end])


def _continued_in_a_same_day_document(docs: Sequence[tuple[str, Doc]]) -> None:
    """An after-visit summary's "Take ibuprofen 800 mg with food 3 times a day" beside the
    visit note of the same day that gives ibuprofen as taken ("ibuprofen 800 mg TID x 4 wks"):
    the same drug, named again in the instructions or the Plan of a document of that day with
    no cue of its own (its section makes it planned), is continued (present), as inside one
    note (pipeline/assertion.py `_continued_in_plan`); a new drug of the class stays planned."""
    if len(docs) < 2:
        return
    policy = load_json("assertion_policy.json")
    planning = set(policy["plan_sections"]) | {
        section for section, assertion in policy["section_assertion"].items()
        if assertion == "hypothetical"}
    names, header_cues = policy["same_drug"], set(policy["plan_header_cues"])
    taken: dict = {}
    for _, doc in docs:
        for span in doc.spans.get(SPAN_GROUP, []):
            # a dose given in the ED is no course taken: the Rx after it is new (e097)
            if (span._.assertion == "present" and span._.finding_section not in planning
                    and not dose_given_at_the_visit(span, policy)):
                taken.setdefault(doc._.document_date, set()).add(drug_key(span, names))
    for _, doc in docs:
        day = taken.get(doc._.document_date) if doc._.document_date is not None else None
        if not day:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if (span._.assertion != "hypothetical" or span._.finding_section not in planning
                    or span.label_ not in policy["same_day_continued_codes"]):
                continue
            own_cues = [m for m in span._.modifiers if m.category == "HYPOTHETICAL"
                        and m.rule.literal.lower() not in header_cues]
            if not own_cues and drug_key(span, names) in day:
                span._.assertion = "present"


