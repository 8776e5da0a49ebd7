"""Session 30's cuts in the assertion stage (pipeline/assertion.py): extension values read
from the Doc's user data instead of through `span._`, and what the passes ask of a Doc many
times (its text, sentences, time expressions, finding spans; a section title's, a line's or
a sentence's reading) worked out once a run. Each must give what spaCy, or the same reading
computed afresh, gives, over the real pipeline's Docs of development notes; and the
run's state must not outlive the run."""

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.tokens import Span

from spinecite.pipeline import assertion as A
from spinecite.pipeline import cleaning, timex
from spinecite.pipeline.extensions import SPAN_GROUP, Extensions, doc_text
from spinecite.pipeline.resources import load_json

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"
CASES = 30  # the first cases' documents: ~60 notes, ~4,000 finding spans


@pytest.fixture(scope="module")
def docs(nlp):
    """Docs of development notes as the assertion stage receives them (every pipe before
    it has run)."""
    names = [name for name, _ in nlp.pipeline]
    before = nlp.pipeline[:names.index("spinecite_assertion")]
    out = []
    for path in sorted(DEV.glob("*.case.json"))[:CASES]:
        for document in json.loads(path.read_text())["documents"]:
            text_map = cleaning.clean(document["text"])
            doc = nlp.make_doc(text_map.cleaned)
            doc._.text_map = text_map
            doc._.reference_date = (timex.find_document_date(text_map.cleaned)
                                    or dt.date(2026, 3, 2))
            for _, pipe in before:
                doc = pipe(doc)
            out.append(doc)
    return out


@contextlib.contextmanager
def reading(doc):
    """The state assertion_component sets for its run."""
    run = A._reading.set((doc, doc_text(doc), doc._.reference_date, {}, Extensions()))
    try:
        yield
    finally:
        A._reading.reset(run)


def findings(doc):
    catalogue = A.codes()
    return [A._Finding(span, catalogue[span.label_]["kind"])
            for span in doc.spans.get(SPAN_GROUP, []) if span.label_ in catalogue]


def test_the_notes_hold_what_the_cuts_read(docs):
    spans = [s for doc in docs for s in doc.spans.get(SPAN_GROUP, [])]
    assert len(spans) > 1000
    assert any(s._.is_negated for s in spans) and any(s._.modifiers for s in spans)
    assert any(s[0]._.section is not None for s in spans)
    assert any(s[0]._.section is None for s in spans)


def test_span_values_are_what_span_underscore_reads_and_store_nothing(docs):
    for doc in docs:
        with reading(doc):
            for span in doc.spans.get(SPAN_GROUP, []):
                keys = set(doc.user_data)
                direct = A._extensions().values(span, A._FINDING_VALUES)
                assert set(doc.user_data) == keys
                assert direct == [getattr(span._, name) for name in A._FINDING_VALUES]
                assert A._extensions().first_token(span, "section") is span[0]._.section


def test_an_extension_with_a_getter_or_a_mutable_default_is_read_through_spacy(docs):
    doc = docs[0]
    span = doc.spans[SPAN_GROUP][0]
    Span.set_extension("perf30b_listed", default=[])
    Span.set_extension("perf30b_got", getter=lambda s: s.start_char * 2)
    try:
        with reading(doc):
            listed, got = A._extensions().values(span, ("perf30b_listed", "perf30b_got"))
        assert got == span.start_char * 2
        # spaCy stores a mutable default on its first read, so that it can be changed in place
        assert listed == [] and listed is span._.perf30b_listed
    finally:
        Span.remove_extension("perf30b_listed")
        Span.remove_extension("perf30b_got")
        doc.user_data.pop(("._.", "perf30b_listed", span.start_char, span.end_char), None)


def test_a_span_value_is_written_as_spacy_writes_it_or_through_its_setter(docs):
    doc = docs[0]
    span = doc.spans[SPAN_GROUP][0]
    before = dict(doc.user_data)
    Extensions().set(span, "finding_section", "perf30b")
    written = dict(doc.user_data)
    doc.user_data.clear()
    doc.user_data.update(before)
    span._.finding_section = "perf30b"
    assert dict(doc.user_data) == written
    doc.user_data.clear()
    doc.user_data.update(before)
    seen = []
    Span.set_extension("perf30b_set", getter=lambda s: None, setter=lambda s, v: seen.append(v))
    try:
        Extensions().set(span, "perf30b_set", 7)
    finally:
        Span.remove_extension("perf30b_set")
    assert seen == [7] and dict(doc.user_data) == before


def test_a_findings_section_is_its_first_tokens(docs):
    for doc in docs:
        with reading(doc):
            for f in findings(doc):
                token = f.span[0]
                assert f.section_category == token._.section_category
                title = token._.section_title
                assert (f.section_title is None) == (title is None)
                if title is not None:
                    assert (f.section_title.start, f.section_title.end) == (title.start, title.end)


def test_the_sentence_index_gives_every_tokens_sentence(docs):
    for doc in docs:
        with reading(doc):
            for token in doc:
                mine, theirs = A._sentence_of(doc, token.i), token.sent
                assert (mine.start, mine.end) == (theirs.start, theirs.end)
            for f in findings(doc):
                sent = f.span.sent
                assert (f.sent.start, f.sent.end) == (sent.start, sent.end)
                assert f.sent_text == sent.text
        # outside a run the Doc is asked as before
        assert A._sentence_of(doc, 0) == doc[0].sent


def test_what_a_run_reads_once_is_what_it_reads_afresh(docs):
    policy = load_json("assertion_policy.json")
    old_record, head = policy["old_record"], policy["conditional_list_head"]
    names = policy["same_drug"]
    keys = {key for doc in docs for s in doc.spans.get(SPAN_GROUP, [])
            for m in s._.modifiers for key in (m.rule.metadata or {})} | {"perf30b_none"}
    for doc in docs:
        text = doc_text(doc)
        with reading(doc):
            assert A._text_of(doc) is A._reading.get()[1] and A._text_of(doc) == doc.text
            assert A._time_expressions(doc) == tuple(doc._.time_expressions or ())
            assert A._finding_spans(doc) == list(doc.spans.get(SPAN_GROUP, ()))
            for f in findings(doc):
                span = f.span
                title = f.section_title
                assert A._carried_forward_title(f, text, old_record) == (
                    None if title is None else A._carried_forward(title, text, old_record))
                assert A._whole_sentence_start(f.sent, text) == A._clauses_joined(f.sent, text)
                line_start = text.rfind("\n", 0, span.start_char) + 1
                assert A._under_conditional_head(span, head) == (
                    A._bullet_under_conditional_head(text, line_start, head))
                assert A._record_header(f, old_record) == f.once(A._record_header, old_record)
                for key in keys:
                    assert A._modifier_says(f, key) == any(
                        (m.rule.metadata or {}).get(key) for m in f.modifiers)
                assert A.drug_key_of(f.label, text[span.start_char:span.end_char], names) == (
                    A.drug_key(span, names))


def test_the_runs_state_does_not_outlive_it(docs, monkeypatch):
    doc = docs[0]
    assert A._reading.get()[0] is None
    assert A._text_of(doc) == doc_text(doc)
    assert A._run_memo(doc) is not A._run_memo(doc)  # nothing kept outside a run

    def fails(doc):
        assert A._reading.get()[0] is doc
        raise RuntimeError("fault in a pass")

    monkeypatch.setattr(A, "_assert_findings", fails)
    with pytest.raises(RuntimeError):
        A.assertion_component(doc)
    assert A._reading.get() is A._NO_RUN
