"""Findings named by an abbreviation the note defines itself.

scispaCy's AbbreviationDetector pairs "home exercise program (HEP)" and marks every later
"HEP". When the long form is a finding, each short-form occurrence becomes the same finding;
when the note defines a short form that the lexicon knows as something else ("posterior
tibialis (PT)"), the lexicon's reading of that short form is dropped.
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
from typing import List, Tuple

from scispacy.abbreviation import AbbreviationDetector
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from spinecite.pipeline.extensions import SPAN_GROUP

# scispaCy's filter_matches drops parentheses holding more than this many tokens
_MAX_INSIDE = 8


class ParenthesisPairs:
    """What scispaCy's `"(" + ")"` Matcher finds, in its order, up to the contents its
    filter keeps. That Matcher pairs every "(" with every later ")", so a note with many
    parentheses (a templated ROS) gives a number of matches quadratic in their count."""

    def __init__(self, vocab):
        self.key = vocab.strings.add("parenthesis")
        self.opening = vocab.strings.add("(")
        self.closing = vocab.strings.add(")")

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        if not len(doc):
            return []
        opened: List[int] = []
        matches = []
        for j, orth in enumerate(doc.to_array([ORTH]).tolist()):
            if orth == self.closing:
                # spaCy gives the matches ending at one ")" from the nearest "(" outwards
                for i in reversed(opened):
                    if j - i - 1 > _MAX_INSIDE:
                        break
                    if j - i >= 2:
                        matches.append((self.key, i, j + 1))
            if orth == self.opening:
                opened.append(j)
        return matches


@Language.factory("spinecite_abbreviation_detector")
class LinearAbbreviationDetector(AbbreviationDetector):
    """scispaCy's AbbreviationDetector with a parenthesis search linear in the note."""

    def __init__(self, nlp: Language, name: str = "abbreviation_detector",
                 make_serializable: bool = False):
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        self.matcher = ParenthesisPairs(nlp.vocab)
        # The detector adds one ORTH pattern per definition on every note. spaCy's pattern
        # validation runs pydantic over each, which raises and catches inside; the caught
        # traceback ties the whole pipeline call's frames (the Doc, a review's criteria) into
        # a reference cycle that lives until the garbage collector's next pass. Patterns of
        # plain ORTH strings cannot be invalid, so nothing is lost by not validating them.
        self.global_matcher = Matcher(nlp.vocab, validate=False)


@Language.component("spinecite_abbreviation_targets")
def abbreviation_targets(doc: Doc) -> Doc:
    abbreviations = getattr(doc._, "abbreviations", None) or []
    if not abbreviations:
        return doc
    targets = list(doc.spans.get(SPAN_GROUP, []))
    # labels in the order of their spans (dicts, not sets: a set of strings iterates in an
    # order that changes with each process's hash seed, and the added spans' order decides
    # which of two spans on the same tokens takes an attribute value)
    by_token: dict[int, dict[str, None]] = {}
    for span in targets:
        for i in range(span.start, span.end):
            by_token.setdefault(i, {})[span.label_] = None

    def labels_within(start: int, end: int) -> dict[str, None]:
        found: dict[str, None] = {}
        for i in range(start, end):
            found.update(by_token.get(i, {}))
        return found

    added: list[Span] = []
    redefined: set[tuple[int, int, str]] = set()
    for short in abbreviations:
        long_form = short._.long_form
        # scispaCy also pairs ordinary words with a parenthesis ("60 degrees (was 35 degrees
        # ...)"); a short form without a capital is no abbreviation and redefines nothing
        if long_form is None or short.text.islower():
            continue
        long_labels = labels_within(long_form.start, long_form.end)
        short_labels = labels_within(short.start, short.end)
        for label in long_labels:
            if label not in short_labels:
                span = Span(doc, short.start, short.end, label=label)
                span._.implied_from_abbreviation = True
                added.append(span)
        for label in short_labels:
            if label not in long_labels:
                redefined.add((short.start, short.end, label))
    if added or redefined:
        kept = [s for s in targets
                if not any(s.start <= a < s.end and s.label_ == lbl for a, _, lbl in redefined)]
        doc.spans[SPAN_GROUP] = kept + added
    return doc
