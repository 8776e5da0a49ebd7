"""Findings named by an abbreviation the note defines itself.

scispaCy's AbbreviationDetector pairs "home exercise program (HEP)" and marks every later
"HEP". When the long form is a finding, each short-form occurrence becomes the same finding;
when the note defines a short form that the lexicon knows as something else ("posterior
tibialis (PT)"), the lexicon's reading of that short form is dropped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from spinecite.pipeline.extensions import SPAN_GROUP


@Language.component("spinecite_abbreviation_targets")
def abbreviation_targets(doc: Doc) -> Doc:
    abbreviations = getattr(doc._, "abbreviations", None) or []
    if not abbreviations:
        return doc
    targets = list(doc.spans.get(SPAN_GROUP, []))
    by_token: dict[int, set[str]] = {}
    for span in targets:
        for i in range(span.start, span.end):
            by_token.setdefault(i, set()).add(span.label_)

    def labels_within(start: int, end: int) -> set[str]:
        found: set[str] = set()
        for i in range(start, end):
            found |= by_token.get(i, set())
        return found

    added: list[Span] = []
    redefined: set[tuple[int, int, str]] = set()
    for short in abbreviations:
        long_form = short._.long_form
        if long_form is None:
            continue
        long_labels = labels_within(long_form.start, long_form.end)
        short_labels = labels_within(short.start, short.end)
        for label in long_labels - short_labels:
            span = Span(doc, short.start, short.end, label=label)
            span._.implied_from_abbreviation = True
            added.append(span)
        for label in short_labels - long_labels:
            redefined.add((short.start, short.end, label))
    if added or redefined:
        kept = [s for s in targets
                if not any(s.start <= a < s.end and s.label_ == lbl for a, _, lbl in redefined)]
        doc.spans[SPAN_GROUP] = kept + added
    return doc
