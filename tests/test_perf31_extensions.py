"""Session 31's cuts in the assertion and findings stages: one reader of span extensions for
both (`pipeline/extensions.py` `Extensions`, which reads spaCy's user-data key itself), the
assertion's run state in a context variable, the pronoun passes' look for the pronoun before
their clause scan, and findings' per-document note text and per-mention rule metadata.

spaCy's key is not a public format: the first tests fail if spaCy keeps extension values
anywhere else, and every reading is compared with what `span._` gives over the real
pipeline's Docs of development notes."""

import datetime as dt
import json
import random
import threading
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span, Token
from spacy.tokens.underscore import Underscore

from spinecite.extractors import findings as F
from spinecite.pipeline import assertion as A
from spinecite.pipeline import cleaning, timex
from spinecite.pipeline.extensions import SPAN_GROUP, Extensions, KeptExtensions, doc_text
from spinecite.pipeline.resources import load_json

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"
CASES = 20  # the first cases' documents: ~40 notes, ~3,000 finding spans


def _dev_texts() -> list[str]:
    return [document["text"] for path in sorted(DEV.glob("*.case.json"))[:CASES]
            for document in json.loads(path.read_text())["documents"]]


def _doc_upto(nlp, text: str, last: str = "spinecite_assertion") -> Doc:
    names = [name for name, _ in nlp.pipeline]
    text_map = cleaning.clean(text)
    doc = nlp.make_doc(text_map.cleaned)
    doc._.text_map = text_map
    doc._.reference_date = timex.find_document_date(text_map.cleaned) or dt.date(2026, 3, 2)
    for _, pipe in nlp.pipeline[:names.index(last)]:
        doc = pipe(doc)
    return doc


@pytest.fixture(scope="module")
def before_assertion(nlp):
    """Docs of development notes as the assertion stage receives them."""
    return [_doc_upto(nlp, text) for text in _dev_texts()]


@pytest.fixture(scope="module")
def finished(nlp):
    """Docs of development notes through the whole pipeline, as findings read them."""
    return [A.assertion_component(_doc_upto(nlp, text)) for text in _dev_texts()]


# ---- spaCy's key ------------------------------------------------------------------------

def test_spacy_keeps_span_and_token_values_under_the_key_read(nlp):
    """If this fails, spaCy keeps extension values under another key: `Extensions` must
    follow it (or go back to `span._`)."""
    Span.set_extension("perf31_value", default=None, force=True)
    Token.set_extension("perf31_value", default=None, force=True)
    try:
        doc = nlp.make_doc("Left leg pain since May.")
        span, token = doc[1:3], doc[2]
        span._.perf31_value, token._.perf31_value = "span", "token"
        assert doc.user_data[("._.", "perf31_value", span.start_char, span.end_char)] == "span"
        assert doc.user_data[("._.", "perf31_value", token.idx, None)] == "token"
        assert len(doc.user_data) == 2
        assert span._._get_key("perf31_value") == ("._.", "perf31_value", span.start_char,
                                                   span.end_char)
        # and what is written there is what spaCy reads
        doc.user_data[("._.", "perf31_value", span.start_char, span.end_char)] = "written"
        doc.user_data[("._.", "perf31_value", doc[0].idx, None)] = "first"
        assert span._.perf31_value == "written" and doc[0]._.perf31_value == "first"
        # a span of the same characters (another label, another Span object) shares the value
        assert Span(doc, 1, 3, label="other")._.perf31_value == "written"
        extensions = Extensions()
        assert extensions.get(span, "perf31_value") == "written"
        assert extensions.first_token(doc[0:2], "perf31_value") == "first"
        assert extensions.first_token(doc[1:2], "perf31_value") is None
    finally:
        Span.remove_extension("perf31_value")
        Token.remove_extension("perf31_value")


def test_spacy_reads_a_getter_a_method_and_a_mutable_default_as_extensions_expects():
    """The kinds of extension `Extensions` leaves to spaCy are those spaCy does not simply
    read from the user data."""
    assert Underscore.mutable_types == (dict, list, set)
    assert Span.get_extension("assertion") == (None, None, None, None)


# ---- Extensions against span._ ----------------------------------------------------------

def _plain_span_extensions() -> list[str]:
    return [name for name, (_, method, _, _) in Underscore.span_extensions.items() if method is None]


def test_extensions_read_what_span_underscore_reads(finished):
    names = tuple(_plain_span_extensions())
    assert {"assertion", "value", "target_rule", "modifiers", "is_negated"} <= set(names)
    extensions = Extensions()
    for doc in finished:
        for span in doc.spans.get(SPAN_GROUP, []):
            spacy_read = [getattr(span._, name) for name in names]
            keys = set(doc.user_data)
            assert extensions.values(span, names) == spacy_read
            assert [extensions.get(span, name) for name in names] == spacy_read
            assert extensions.first_token(span, "section") is span[0]._.section
            assert set(doc.user_data) == keys  # reading stores nothing
            kept = KeptExtensions(span, extensions)
            for name in names:
                assert getattr(kept, name) == getattr(span._, name)
                assert getattr(kept, name) == getattr(span._, name)  # kept
            with pytest.raises(AttributeError):
                kept.no_such_extension
            with pytest.raises(AttributeError):
                extensions.get(span, "no_such_extension")


def test_a_getter_a_method_and_a_mutable_default_go_through_spacy(finished):
    doc = finished[0]
    span = doc.spans[SPAN_GROUP][0]
    Span.set_extension("perf31_listed", default=[])
    Span.set_extension("perf31_got", getter=lambda s: s.start_char * 2)
    Span.set_extension("perf31_method", method=lambda s, k: s.start_char + k)
    try:
        extensions = Extensions()
        listed, got = extensions.values(span, ("perf31_listed", "perf31_got"))
        assert got == span.start_char * 2
        # spaCy stores a mutable default on its first read, so that it can be changed in place
        assert listed == [] and listed is span._.perf31_listed
        assert extensions.get(span, "perf31_method")(3) == span.start_char + 3
        assert KeptExtensions(span, extensions).perf31_got == span.start_char * 2
    finally:
        Span.remove_extension("perf31_listed")
        Span.remove_extension("perf31_got")
        Span.remove_extension("perf31_method")
        doc.user_data.pop(("._.", "perf31_listed", span.start_char, span.end_char), None)


def test_a_write_is_spacys_write_or_goes_through_the_setter(finished):
    doc = finished[0]
    span = doc.spans[SPAN_GROUP][1]
    before = dict(doc.user_data)
    try:
        Extensions().set(span, "finding_section", "perf31")
        written = dict(doc.user_data)
        doc.user_data.clear()
        doc.user_data.update(before)
        span._.finding_section = "perf31"
        assert dict(doc.user_data) == written != before
        doc.user_data.clear()
        doc.user_data.update(before)
        seen = []
        Span.set_extension("perf31_set", getter=lambda s: None, setter=lambda s, v: seen.append(v))
        try:
            Extensions().set(span, "perf31_set", 7)
        finally:
            Span.remove_extension("perf31_set")
        assert seen == [7] and dict(doc.user_data) == before
    finally:
        doc.user_data.clear()
        doc.user_data.update(before)


# ---- the assertion's run state ------------------------------------------------------------

def test_a_run_is_seen_by_its_own_thread_only(before_assertion):
    doc = before_assertion[0]
    seen = {}

    def other_thread():
        seen["run"] = A._reading.get()
        seen["text"] = A._text_of(doc)

    run = A._reading.set((doc, "not the note", None, {}, Extensions()))
    try:
        assert A._text_of(doc) == "not the note"
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    finally:
        A._reading.reset(run)
    assert seen["run"] is A._NO_RUN and seen["text"] == doc_text(doc)
    assert A._reading.get() is A._NO_RUN


def test_runs_in_two_threads_assert_as_one_thread_does(nlp):
    texts = _dev_texts()[:6]
    alone = [A.assertion_component(_doc_upto(nlp, t)) for t in texts]
    docs = [_doc_upto(nlp, t) for t in texts]
    errors = []

    def run(part):
        try:
            for doc in part:
                A.assertion_component(doc)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(docs[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors

    def read(doc):
        return [(s.start, s.end, s.label_, s._.assertion, s._.doubted, s._.finding_section)
                for s in doc.spans[SPAN_GROUP]]

    assert [read(d) for d in docs] == [read(d) for d in alone]


# ---- the pronoun passes: the pronoun looked for before the clause scan --------------------

def _pronoun_patterns() -> list[str]:
    policy = load_json("assertion_policy.json")
    return [policy[rule]["opens_on"] % pronoun
            for rule in ("relatives_own_pronoun", "another_persons_pronoun")
            for pronoun in ("he", "she")]


def _windows(texts: list[str], seed: int) -> list[tuple[str, int, int]]:
    rng = random.Random(seed)
    out = []
    for text in texts:
        for _ in range(60):
            start = rng.randrange(len(text))
            out.append((text, start, min(len(text), start + rng.randint(0, 300))))
    return out


def test_no_window_the_pronoun_can_open_is_skipped(before_assertion):
    """Wherever the pattern matches in a window, the look for its literals lets it through;
    over the dev notes' sentences up to each finding, and random windows of their text and
    of a text made of the pronouns' neighbourhoods (He, SHE, the, ſhe ...)."""
    texts = [doc_text(doc) for doc in before_assertion]
    windows = _windows(texts, 31)
    for doc, text in zip(before_assertion, texts):
        for span in doc.spans.get(SPAN_GROUP, []):
            sent = span.sent
            windows.append((text, sent.start_char, span.start_char))
    words = ["he", "she", "He", "SHE", "the", "ſhe", "she's", "and", "but", "then", "also",
             "herself", ";", ":", "(", ",", " ", "\n", "  ", "pain", "\u0130", "\u212a"]
    rng = random.Random(7)
    for _ in range(3000):
        made = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        windows.append((made, 0, len(made)))
    for pattern in _pronoun_patterns():
        compiled = A._compiled(pattern)
        matched = skipped = 0
        for text, start, end in windows:
            can = compiled.search(text, start, end) is not None
            let = A._may_match_within(pattern, text, start, end)
            assert let or not can, (pattern, text[start:end])
            matched += can
            skipped += not let
        assert matched > 50 and skipped > 500, pattern  # the test sees both sides


def test_a_pattern_without_a_literal_is_always_scanned():
    assert A._may_match_within(r"\s*[a-z]+", "", 0, 0)
    assert not A._may_match_within(r"\s*she\b", "the herd", 0, 8)


# ---- findings: the note's text and the rule's metadata once ------------------------------

def test_a_mention_reads_what_its_span_reads(finished):
    for doc in finished:
        note = F._Note(doc)
        assert note.text == doc.text and note.text_map is doc._.text_map
        for span in doc.spans.get(SPAN_GROUP, []):
            mention = F._Mention(span, note)
            assert mention.text == span.text
            assert F._note_text(mention) == F._note_text(span) == doc.text
            assert F._rule_meta(mention) == F._rule_meta(span)
            assert F._sentence_and_its_clauses(mention) == F._sentence_and_its_clauses(span)
            assert F._near_text(mention) == F._near_text(span)
            assert F.evidence_of(mention, "d") == F.evidence_of(span, "d")


# ---- the assertion: a joined sentence's start, walked back once ------------------------

def test_a_joined_sentences_start_is_the_walk_afresh_in_any_order(before_assertion):
    rng = random.Random(31)
    joined = 0
    for doc in before_assertion:
        text = doc_text(doc)
        sentences = list(doc.sents)
        rng.shuffle(sentences)
        run = A._reading.set((doc, text, doc._.reference_date, {}, Extensions()))
        try:
            for sent in sentences + sentences[::-1]:
                mine = A._sentence_of(doc, sent.start)
                start = A._whole_sentence_start(mine, text)
                assert start == A._clauses_joined(sent, text), sent.text
                joined += start < sent.start_char
        finally:
            A._reading.reset(run)
    assert joined > 100  # the notes hold sentences joined to those before them
