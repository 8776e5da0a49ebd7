"""The Doc and Span extensions spinecite sets. Registered once, idempotently."""

from __future__ import annotations

from bisect import bisect_right

from numpy import flatnonzero
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

# The span group that holds every finding span, from the target matcher to the findings.
SPAN_GROUP = "medspacy_spans"

_DOC = {
    "reference_date": None,   # the date time expressions resolve against
    "document_date": None,    # the note's own date, when its header states one
    "received_date": None,    # the case's received date (the request's "now"), when given
    "time_expressions": None,  # list[timex.TimeExpression], doc-wide, computed once
    "text_map": None,          # cleaning.TextMap: Doc offsets -> the document's own offsets
    "patient_sex": None,       # "M"/"F" as the case file (contract §1 `patient`) states it
}
_SPAN = {
    "assertion": None,        # contract §4 assertion
    "laterality": None,
    "level": None,
    "value": None,            # dict of value fields for the finding's value model
    "finding_section": None,  # section category of the span's first token (medspaCy owns `section`)
    "is_ongoing": False,      # an ONGOING ConText modifier (continue, failed, completed ...)
    "doubted": False,         # possible only by a doubt ("CES unlikely", "doubt fracture")
    "presupposed": False,     # named only as what may worsen ("call sooner for worsening weakness")
    "implied_from_abbreviation": False,
    "circumstantial": False,  # denied only in a position or at rest ("no leg pain at rest")
}


def register() -> None:
    for name, default in _DOC.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name in ("is_negated", "is_uncertain", "is_historical", "is_hypothetical", "is_family"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=False)


def doc_text(doc: Doc) -> str:
    """doc.text, which spaCy joins token by token on every access: the cleaned text the Doc
    was made from when it carries one (the same string, checked by its length)."""
    text_map = doc._.text_map
    if text_map is not None and len(doc):
        last = doc[-1]
        if last.idx + len(last.text_with_ws) == len(text_map.cleaned):
            return text_map.cleaned
    return doc.text


class SentenceIndex:
    """Sentence bounds of a Doc, read once. spaCy's Span.sent walks the tokens back to the
    sentence start and on to its end on every access, which with a hundred findings a note,
    each asking several times, was most of the attributes' time. Installed as the Doc's
    "sent" span hook while attributes are set, it returns the very span Span.sent would
    (the sentence holding the span's first token); the assertion asks it for a token's
    sentence (`holding`)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = flatnonzero(doc.to_array(SENT_START) == 1).tolist() if len(doc) else []
        self.cache: dict[tuple[int, int], Span] = {}
        # by the span's first token: a finding asks for its sentence several times
        self.of_token: dict[int, Span] = {}

    def __call__(self, span: Span) -> Span:
        return self.holding(span.start)

    def holding(self, token: int) -> Span:
        """doc[token].sent."""
        sent = self.of_token.get(token)
        if sent is None:
            sent = self.of_token[token] = self._bounded(token)
        return sent

    def _bounded(self, token: int) -> Span:
        starts = self.starts
        i = bisect_right(starts, token)
        start = starts[i - 1] if i else 0
        end = starts[i] if i < len(starts) else len(self.doc)
        sent = self.cache.get((start, end))
        if sent is None:
            sent = self.cache[start, end] = self.doc[start:end]
        return sent
