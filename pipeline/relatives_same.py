"""A relative's diagnosis the patient fears is hers too, named only as "the same thing"
("Her brother had a herniated disc; she worries she has the same thing", "worried she has
what my mom had", "she worries hers could be something like that"): the words that point back
take the code of the relative's diagnosis told just before them, read possible and doubted
(the patient's worry: ANNOTATION "possible", a worry voiced by the patient; dev gold reads
them so, ASSERT41C Left). Only after a worry word in the same sentence, only where a
sentence before names a relative beside a diagnosis of `codes` (assertion_policy.json
`relatives_same_thing`); the span is marked `relatives_same`, which pipeline/assertion.py
reads as possible and doubted whatever the cues around it say."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from spinecite.pipeline.extensions import SPAN_GROUP, doc_text
from spinecite.pipeline.lines import line_bounds
from spinecite.pipeline.regex_literals import literal_index, plan
from spinecite.pipeline.resources import load_json


@lru_cache(maxsize=1)
def _rule() -> tuple[dict, re.Pattern, re.Pattern, re.Pattern]:
    rule = load_json("assertion_policy.json")["relatives_same_thing"]
    kin = "|".join(rule["kin"])
    anaphor = re.compile(rule["anaphor"].replace("(?&kin)", "(?:%s)" % kin), re.IGNORECASE)
    worry = re.compile(rule["worry"], re.IGNORECASE)
    kin_word = re.compile(r"\b(?:%s)\b" % kin, re.IGNORECASE)
    return rule, anaphor, worry, kin_word


def relatives_codes_before(spans: list[Span], end_char: int, text: str, rule: dict,
                           kin_word: re.Pattern) -> list[str]:
    """The codes of `rule["codes"]` named, before `end_char` and within `rule["reach"]`
    characters of it, in the nearest stretch of text (to a full stop or line break) that
    also names a relative; [] when none does."""
    start = max(0, end_char - rule["reach"])
    nearest = [s for s in spans if s.label_ in rule["codes"]
               and start <= s.start_char and s.end_char <= end_char]
    for span in sorted(nearest, key=lambda s: -s.start_char):
        left = max(text.rfind(".", start, span.start_char), text.rfind("\n", start,
                                                                        span.start_char))
        right = min((i for i in (text.find(".", span.end_char), text.find("\n", span.end_char),
                                 end_char) if i != -1), default=end_char)
        if kin_word.search(text, left + 1, right):
            return list(dict.fromkeys(s.label_ for s in nearest
                                      if left < s.start_char and s.end_char <= right))
    return []


_GLOSS = re.compile(r"[\"\u201d']?[ \t]*(?::|\(|-[ \t]|\u2013|\u2014)")


def relatives_codes_after(spans: list[Span], start_char: int, text: str, rule: dict,
                          kin_word: re.Pattern) -> list[str]:
    """The words glossed right after them ('worried she has "what my mom had": mother had
    surgery for a slipped disc'): the codes of `rule["codes"]` named from a colon, a
    parenthesis or a dash right after the words to the end of that line or sentence, when
    it names a relative too."""
    gloss = _GLOSS.match(text, start_char)
    if gloss is None:
        return []
    ends = [i for i in (text.find(".", gloss.end()), text.find("\n", gloss.end())) if i != -1]
    end = min(ends, default=len(text))
    if not kin_word.search(text, gloss.end(), end):
        return []
    return list(dict.fromkeys(s.label_ for s in spans if s.label_ in rule["codes"]
                              and gloss.end() <= s.start_char and s.end_char <= end))


@Language.component("spinecite_relatives_same")
def relatives_same(doc: Doc) -> Doc:
    rule, anaphor, worry, kin_word = _rule()
    text = doc_text(doc)  # `doc.text` joins the note token by token (~0.3 ms a note)
    # tried only where the pattern's words stand (the matches are finditer's): its
    # alternation under IGNORECASE was tried at every position of every note
    matches = literal_index(text).matches(anaphor, plan(anaphor.pattern, anaphor.flags))
    if not matches:
        return doc
    targets = list(doc.spans.get(SPAN_GROUP, []))
    added: list[Span] = []
    for match in matches:
        line_start, _ = line_bounds(text, match.start())
        sentence_start = max(text.rfind(". ", line_start, match.start()) + 1, line_start)
        if not worry.search(text, sentence_start, match.start()):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.start < span.end and span.start < t.end
                               and t.label_ in rule["codes"] for t in targets):
            continue
        codes = relatives_codes_before(targets, match.start(), text, rule, kin_word)
        if not codes:
            codes = relatives_codes_after(targets, match.end(), text, rule, kin_word)
        for code in codes:
            found = Span(doc, span.start, span.end, label=code)
            found._.relatives_same = True
            added.append(found)
    if added:
        doc.spans[SPAN_GROUP] = targets + added
    return doc
