"""Session 30: attributes and findings made cheaper with their outputs unchanged.

Each new structure is checked against what it replaced, on the development notes and on
generated text: the time-expression patterns rewritten so `re` can skip ahead (the number
forms open on a digit class; durations look ahead at the characters a duration can open
with) against the patterns as they were; `attributes._Words` (token texts sliced by offset)
against spaCy's token texts; the sentence hook's per-token cache against `Span.sent`; the
cached outcome cues against a fresh read; and findings read through `findings._Mention`
(extension values read once) against findings read from the spans themselves."""

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from spinecite.extractors import findings
from spinecite.pipeline import attributes, timex
from spinecite.pipeline.extensions import SPAN_GROUP, SentenceIndex, doc_text
from spinecite.pipeline.regex_literals import _first

try:  # the parser moved in Python 3.11; either reads the pattern the same way
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_parse

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"


def _dev_texts() -> list[str]:
    texts = []
    for path in sorted(DEV.glob("*.case.json")):
        texts += [d["text"] for d in json.loads(path.read_text())["documents"]]
    return texts


@pytest.fixture(scope="module")
def dev_texts():
    return _dev_texts()


def _random_texts(alphabet: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def _same_matches(old: re.Pattern, new: re.Pattern, texts: list[str]) -> None:
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in old.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in new.finditer(text)], text[:200]


# ---- durations: the characters a match can open with ------------------------------------

_LOOKAHEAD = re.compile(r"\(\?=\[([^\]]*)\]\)")


def _duration_before() -> re.Pattern:
    """_DUR_RE as it was: any non-space character may open a match."""
    pattern = timex._DUR_RE.pattern
    head, tail = pattern.split("\n", 2)[:2], pattern.split("\n", 2)[2]
    assert _LOOKAHEAD.search(head[1])
    return re.compile(head[0].replace("(?<![^\\W\\d_])", "(?<![^\\W\\d_])(?=\\S)", 1) + "\n" + tail,
                      timex._DUR_RE.flags)


def test_the_duration_lookahead_holds_every_character_a_duration_can_open_with():
    before = _duration_before()
    parsed = sre_parse.parse(before.pattern, before.flags)
    opens = _first(list(parsed), parsed.state, before.flags)
    allowed = _LOOKAHEAD.search(timex._DUR_RE.pattern).group(1)
    allowed = set(re.sub(r"0-9", "0123456789", allowed).replace("\\u00d7", "\u00d7"))
    assert opens is not None and set(opens) <= allowed, sorted(set(opens) - allowed)
    # what the reader of the parsed pattern skips (characters outside ASCII): "x 6 weeks" in
    # a note that writes the multiplication sign
    assert "\u00d7" in allowed and timex._DUR_RE.search("\u00d76 weeks").start() == 0


def test_durations_are_found_as_before_on_the_dev_notes(dev_texts):
    _same_matches(_duration_before(), timex._DUR_RE, dev_texts)


def test_durations_are_found_as_before_on_generated_text():
    words = ["for", "over", "x", "\u00d7", "~", "the", "past", "last", "about", "approx.",
             "nearly", "at least", "a couple of", "couple", "a few", "several", "many", "an",
             "two", "twelve", "and a half", "\u00bd", "1/2", "6", "2.5", "3-4", "10+", "-",
             "days", "d", "wk", "weeks", "mos", "m", "yrs", "y", "ago", "old", "aged", "age",
             "\u017f", "\u212a", "K", "b", "Q", "?", "(", ",", ".", "/", "_", "9", " ", " ",
             "  ", "\n", "\t"]
    texts = _random_texts(words, 6000, seed=30)
    _same_matches(_duration_before(), timex._DUR_RE, texts)
    rng = random.Random(31)
    spaced = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(6000)]
    _same_matches(_duration_before(), timex._DUR_RE, spaced)


# ---- dates opening on a number -----------------------------------------------------------

_BEFORE = {
    "ymd": r"{L}(?P<y>[0-9]{{4}})(?P<s>[-/])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){R}",
    "mdy": r"{L}(?P<m>[0-9]{{1,2}})(?P<s>[-/.])(?P<d>[0-9]{{1,2}})(?P=s)(?P<y>{YR}){R}",
    "my": r"{L}(?P<m>[0-9]{{1,2}})/(?P<y>[0-9]{{4}}){R}",
    "md": r"{L}(?P<m>[0-9]{{1,2}})/(?P<d>[0-9]{{1,2}}){R}",
}


def _dates_before() -> dict[str, re.Pattern]:
    return {form: re.compile(rx.format(L=timex._L, R=timex._R, YR=timex._YR), re.I)
            for form, rx in _BEFORE.items()}


def test_number_dates_are_found_as_before(dev_texts):
    now = dict(timex._DATE_RES)
    rng = random.Random(32)
    generated = _random_texts(list("0123456789/-.") + ["a", "L", " ", "_", "\u0661", "/2026"], 8000, 33)
    generated += ["".join(rng.choice("0123456789/-. ") for _ in range(12)) for _ in range(4000)]
    for form, before in _dates_before().items():
        assert now[form].pattern != before.pattern
        _same_matches(before, now[form], dev_texts + generated)


# ---- attributes' token texts, sentence hook and outcome cues -----------------------------

@pytest.fixture(scope="module")
def docs(nlp, dev_texts):
    """Dev documents through the pipeline (every 12th, ~200), with their finding spans."""
    from spinecite.pipeline import process

    return [process(text, dt.date(2026, 3, 2), nlp=nlp) for text in dev_texts[::12]]


def test_token_texts_and_lower_forms_are_spacys(docs, nlp):
    for doc in docs + [nlp.make_doc(""), nlp.make_doc("İstanbul ΣΑΣ  x\n\nStraße L4-5")]:
        words = attributes._Words(doc, doc_text(doc))
        assert words.text == [t.text for t in doc]
        assert words.lower == [t.lower_ for t in doc]


def test_the_sentence_hook_gives_span_sent(docs):
    for doc in docs:
        hook = SentenceIndex(doc)
        spans = list(doc.spans.get(SPAN_GROUP, [])) + [doc[i:i + 1] for i in range(0, len(doc), 7)]
        for span in spans + spans[::-1]:  # asked again, from its cache
            sent, expected = hook(span), span.sent
            assert (sent.start, sent.end) == (expected.start, expected.end)


def test_cached_outcome_cues_are_a_fresh_read(docs):
    cues = attributes._get_cues()
    for doc in docs:
        text = doc_text(doc)
        for sent in list(doc.sents) * 2:
            assert attributes._outcome_cues(cues, text, sent.start_char, sent.end_char) == \
                attributes._read_outcome_cues(cues, text, sent.start_char, sent.end_char)


# ---- findings read through mentions ------------------------------------------------------

def test_a_mention_reads_what_its_span_holds(docs):
    from spacy.tokens.underscore import Underscore

    names = [name for name, (_, method, _, _) in Underscore.span_extensions.items() if method is None]
    for doc in docs:
        for span in doc.spans.get(SPAN_GROUP, []):
            mention = findings._Mention(span)
            for name in names:
                assert getattr(mention._, name) == getattr(span._, name), name
                assert getattr(mention._, name) == getattr(span._, name), name  # kept
            assert (mention.label_, mention.start_char, mention.end_char, mention.start,
                    mention.end, mention.text) == (span.label_, span.start_char, span.end_char,
                                                   span.start, span.end, span.text)
            assert mention.doc is span.doc
            assert (mention.sent.start, mention.sent.end) == (span.sent.start, span.sent.end)
            with pytest.raises(AttributeError):
                mention._.no_such_extension


def test_findings_through_mentions_are_findings_through_spans(docs, monkeypatch):
    from spinecite.pipeline.across_documents import assert_across_documents

    # two documents a case, and one Doc given twice under two names (each its own evidence)
    cases = [[("a", docs[i]), ("b", docs[i + 1])] for i in range(0, len(docs) - 1, 2)]
    cases.append([("a", docs[0]), ("b", docs[0])])
    for pair in cases:
        assert_across_documents(pair)
    through_mentions = [[f.model_dump_json() for f in findings.findings_from_docs(c)] for c in cases]
    monkeypatch.setattr(findings, "_mentions", lambda doc: list(doc.spans.get(SPAN_GROUP, [])))
    through_spans = [[f.model_dump_json() for f in findings.findings_from_docs(c)] for c in cases]
    assert through_mentions == through_spans
    assert sum(map(len, through_spans)) > 500  # the docs hold findings enough to tell
