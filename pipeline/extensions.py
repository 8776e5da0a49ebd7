"""The Doc and Span extensions spinecite sets. Registered once, idempotently."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from numpy import flatnonzero
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.tokens import Doc, Span, Token
from spacy.tokens.underscore import Underscore

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
    "relatives_same": False,  # "worried she has the same thing": a relative's diagnosis feared
    "circumstantial": False,  # denied only in a position or at rest ("no leg pain at rest")
}


def target_rule_metadata(span: Span) -> dict:
    """The metadata of the target rule that matched the span (medspaCy's `target_rule`
    extension); {} for none."""
    rule = getattr(span._, "target_rule", None)
    return (rule.metadata or {}) if rule is not None else {}


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


# ---- extension values, read and written where spaCy keeps them ----------------------------
#
# spaCy keeps an extension's value in the Doc's `user_data`, under the key ("._.", name,
# start, end) of `spacy.tokens.underscore.Underscore._get_key`: a Span's start_char and
# end_char, a Token's idx and None. `span._` builds an Underscore and looks the extension up
# again on every read (~1 us), and the assertion and the findings read some 1,000 to 2,000
# values a note, so `Extensions` reads and writes that key itself. The key is spaCy's, not a
# public format: tests/test_perf31_extensions.py fails if spaCy keeps the values otherwise.
_KEY = "._."


class Extensions:
    """`getattr(span._, name)`, `setattr(span._, name, value)` and `getattr(span[0]._,
    name)`, by the key spaCy keeps the value under. An extension with a getter or a method,
    or a mutable default (which spaCy stores on its first read, so that it can be changed in
    place), and a setter on a write, still go through spaCy. Registrations are looked up once
    per object: make one for a run (a component's pass over a Doc, one call of findings),
    not one for the process (a test may register an extension and remove it again)."""

    __slots__ = ("_spans", "_tokens", "_listed")

    def __init__(self) -> None:
        # name -> (whether the value is a plain one in the user data, its default, its setter)
        self._spans: dict[str, tuple[bool, Any, Any]] = {}
        self._tokens: dict[str, tuple[bool, Any, Any]] = {}
        self._listed: dict[tuple, list[tuple[str, bool, Any]]] = {}

    @staticmethod
    def _look_up(kind: type, name: str) -> tuple[bool, Any, Any]:
        found = kind.get_extension(name)
        if found is None:
            raise AttributeError(Errors.E046.format(name=name))  # as `span._` says it
        default, method, getter, setter = found
        return (method is None and getter is None
                and not isinstance(default, Underscore.mutable_types)), default, setter

    def _span(self, name: str) -> tuple[bool, Any, Any]:
        entry = self._spans.get(name)
        if entry is None:
            entry = self._spans[name] = self._look_up(Span, name)
        return entry

    def get(self, span: Span, name: str) -> Any:
        plain, default, _ = self._spans.get(name) or self._span(name)
        if plain:
            return span.doc.user_data.get((_KEY, name, span.start_char, span.end_char), default)
        return getattr(span._, name)

    def values(self, span: Span, names: tuple) -> list:
        """[getattr(span._, name) for name in names]."""
        listed = self._listed.get(names)
        if listed is None:
            listed = self._listed[names] = [(name, *self._span(name)[:2]) for name in names]
        data, start, end = span.doc.user_data, span.start_char, span.end_char
        return [data.get((_KEY, name, start, end), default) if plain else getattr(span._, name)
                for name, plain, default in listed]

    def first_token(self, span: Span, name: str) -> Any:
        """getattr(span[0]._, name): the first token's idx is the span's start_char."""
        entry = self._tokens.get(name)
        if entry is None:
            entry = self._tokens[name] = self._look_up(Token, name)
        plain, default, _ = entry
        if plain:
            return span.doc.user_data.get((_KEY, name, span.start_char, None), default)
        return getattr(span[0]._, name)

    def set(self, span: Span, name: str, value: Any) -> None:
        _, _, setter = self._spans.get(name) or self._span(name)
        if setter is not None:
            setattr(span._, name, value)
        else:
            span.doc.user_data[_KEY, name, span.start_char, span.end_char] = value


class KeptExtensions:
    """`span._` whose values are read once (through `Extensions`) and kept, for a reader that
    asks for the same values many times while the Doc does not change."""

    def __init__(self, span: Span, extensions: Extensions) -> None:
        self.__dict__["_span"] = span
        self.__dict__["_extensions"] = extensions

    def __getattr__(self, name: str) -> Any:  # a name not read yet
        value = self._extensions.get(self._span, name)
        self.__dict__[name] = value
        return value

    def read(self, names: tuple) -> None:
        """Read and keep these values now, in one pass (`Extensions.values`): a value first
        asked for one at a time costs a failed attribute lookup, then the key (~1 us), for a
        reader that will ask for each of them anyway."""
        self.__dict__.update(zip(names, self._extensions.values(self._span, names)))


def doc_text(doc: Doc) -> str:
    """doc.text, which spaCy joins token by token on every access: the cleaned text the Doc
    was made from when it carries one (the same string, checked by its length)."""
    text_map = doc._.text_map
    if text_map is not None and len(doc):
        last = doc[-1]
        if last.idx + len(last.text_with_ws) == len(text_map.cleaned):
            return text_map.cleaned
    return doc.text


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, as `Doc.sents` reads them (token 0 and each token
    whose SENT_START is 1), from one array: `Doc.sents` builds a Span a sentence. ConText
    and `SentenceIndex` both read the sentences this way."""
    if not len(doc):
        return []
    opens = doc.to_array(SENT_START) == 1
    opens[0] = True
    return flatnonzero(opens).tolist()


class SentenceIndex:
    """Sentence bounds of a Doc, read once. spaCy's Span.sent walks the tokens back to the
    sentence start and on to its end on every access, which with a hundred findings a note,
    each asking several times, was most of the attributes' time. Installed as the Doc's
    "sent" span hook while attributes are set, it returns the very span Span.sent would
    (the sentence holding the span's first token); the assertion asks it for a token's
    sentence (`holding`)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = sentence_starts(doc)
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
