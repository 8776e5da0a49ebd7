"""Session 33 (perf33c): attributes and findings made cheaper with their outputs unchanged.

Each new structure is checked against what it replaced: the attributes set through `_Finding`
(each span value read once) and `Extensions` against the same stage reading the spans
themselves and writing through `span._`, on dev documents (every extension value and the
time expressions compared); a finding's values against its span's; the level words looked
for only where a word opens on C, T, L or S against the pattern tried on every word; and a
mention's extension values read in one pass against the same values read one at a time
(the findings compared whole); and the date forms and date cues whose lookaheads were narrowed
against the patterns as they were, on the dev notes and generated text."""

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest
from spacy.tokens import Span

from spinecite.extractors import findings
from spinecite.pipeline import attributes
from spinecite.pipeline.extensions import SPAN_GROUP, KeptExtensions, SentenceIndex, doc_text

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"
_NAMES_SET = ("laterality", "level", "value", "is_hypothetical", "is_negated", "is_historical",
              "is_uncertain")


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    texts = []
    for path in sorted(DEV.glob("*.case.json")):
        texts += [d["text"] for d in json.loads(path.read_text())["documents"]]
    return texts


def _before_attributes(nlp, text: str):
    """The Doc as the pipeline hands it to the attributes (`pipeline.process` up to them)."""
    from spinecite.pipeline import cleaning, timex

    text_map = cleaning.clean(text)
    doc = nlp.make_doc(text_map.cleaned)
    doc._.text_map = text_map
    document_date = timex.find_document_date(text_map.cleaned)
    doc._.document_date = document_date
    doc._.reference_date = document_date or dt.date(2026, 3, 2)
    for name, pipe in nlp.pipeline:
        if name == "spinecite_attributes":
            break
        doc = pipe(doc)
    return doc


class _ThroughUnderscore:
    """`Extensions` as the stage used it before: every read and write through `span._`."""

    @staticmethod
    def get(span, name):
        return getattr(span._, name)

    @staticmethod
    def set(span, name, value):
        setattr(span._, name, value)


def _state(doc) -> list:
    return sorted((repr(key), repr(value)) for key, value in doc.user_data.items())


def test_attributes_through_findings_are_attributes_through_spans(nlp, dev_texts, monkeypatch):
    texts = dev_texts[::9]
    now = [_state(attributes.set_attributes(_before_attributes(nlp, t))) for t in texts]
    monkeypatch.setattr(attributes, "_Finding", lambda span: span)
    monkeypatch.setattr(attributes, "Extensions", _ThroughUnderscore)
    before = [_state(attributes.set_attributes(_before_attributes(nlp, t))) for t in texts]
    assert now == before
    # the documents hold findings enough to tell, with values of every kind set
    written = [key for state in now for key, _ in state]
    for name in _NAMES_SET:
        assert sum(f"'{name}'" in key for key in written) > (5 if name.startswith("is_") else 500), name


def test_the_values_attributes_set_are_plain_ones():
    """`Extensions` reads and writes a value at spaCy's key itself only for an extension
    without a getter, setter or method; those the stage sets and its rules' `target_rule`
    are such (else it goes through `span._`, and the comparison above still holds)."""
    for name in _NAMES_SET + ("target_rule",):
        default, method, getter, setter = Span.get_extension(name)
        assert method is None and getter is None and setter is None, name


def test_a_finding_reads_what_its_span_holds(nlp, dev_texts):
    from spacy.tokens.underscore import Underscore

    names = [name for name, (_, method, _, _) in Underscore.span_extensions.items() if method is None]
    for text in dev_texts[::40]:
        doc = attributes.set_attributes(_before_attributes(nlp, text))
        doc.user_span_hooks["sent"] = SentenceIndex(doc)  # as while attributes are set
        try:
            for span in doc.spans.get(SPAN_GROUP, []):
                finding = attributes._Finding(span)
                for _ in range(2):  # read, then kept
                    assert (finding.start, finding.end, finding.start_char, finding.end_char,
                            finding.label_, finding.text, len(finding)) == \
                        (span.start, span.end, span.start_char, span.end_char, span.label_,
                         span.text, len(span))
                    assert finding.doc is span.doc
                    assert (finding.sent.start, finding.sent.end) == (span.sent.start, span.sent.end)
                    assert finding[0].i == span[0].i and finding[-1].i == span[-1].i
                    for name in names:
                        assert getattr(finding._, name) == getattr(span._, name), name
        finally:
            del doc.user_span_hooks["sent"]


def test_a_level_word_opens_on_a_level_letter(dev_texts):
    """Every word `_LEVEL_WORD` matches opens on a character of `_LEVEL_OPENERS`: each
    character (to U+FFFF) before level-shaped endings, and every token of a third of the dev
    notes, match the same with the look at the first character and without it."""
    endings = ["4", "12", "4-5", "5/6", "4-S1", "3,", "", "x", "4-5-6"]
    words = [chr(c) + ending for c in range(0x10000) if not 0xD800 <= c < 0xE000 for ending in endings]
    for text in dev_texts[::3]:
        words += text.split()
    found = 0
    for word in words:
        plain = attributes._LEVEL_WORD.match(word) is not None
        assert plain == bool(word[:1] in attributes._LEVEL_OPENERS
                             and attributes._LEVEL_WORD.match(word)), word
        found += plain
    assert found > 1000


# ---- findings: a mention's values read in one pass ----------------------------------------

@pytest.fixture(scope="module")
def docs(nlp, dev_texts):
    from spinecite.pipeline import process

    return [process(text, dt.date(2026, 3, 2), nlp=nlp) for text in dev_texts[::15]]


def test_values_read_at_once_are_those_read_one_by_one(docs):
    from spacy.tokens.underscore import Underscore

    names = [name for name, (_, method, _, _) in Underscore.span_extensions.items() if method is None]
    for doc in docs:
        note = findings._Note(doc)
        assert note.read_at_once == findings._READ_BY_EVERY_MENTION
        for span in doc.spans.get(SPAN_GROUP, []):
            mention = findings._Mention(span, note)
            kept = KeptExtensions(span, note.extensions)
            for name in names:
                assert getattr(mention._, name) == getattr(kept, name) == getattr(span._, name), name


def test_findings_with_values_read_at_once_are_findings_read_one_by_one(docs, monkeypatch):
    from spinecite.pipeline.across_documents import assert_across_documents

    cases = [[("a", docs[i]), ("b", docs[i + 1])] for i in range(0, len(docs) - 1, 2)]
    for pair in cases:
        assert_across_documents(pair)
    at_once = [[f.model_dump_json() for f in findings.findings_from_docs(c)] for c in cases]
    monkeypatch.setattr(KeptExtensions, "read", lambda self, names: None)
    one_by_one = [[f.model_dump_json() for f in findings.findings_from_docs(c)] for c in cases]
    assert at_once == one_by_one
    assert sum(map(len, at_once)) > 500


def test_an_unregistered_name_is_left_to_be_asked_for(docs, monkeypatch):
    """A name of the list no extension is registered under is not read at once (a read would
    raise): it raises, or gives `getattr`'s default, where it is asked for, as before."""
    monkeypatch.setattr(findings, "_READ_BY_EVERY_MENTION",
                        findings._READ_BY_EVERY_MENTION + ("perf33c_unregistered",))
    note = findings._Note(docs[0])
    assert "perf33c_unregistered" not in note.read_at_once
    span = next(iter(docs[0].spans.get(SPAN_GROUP, [])))
    mention = findings._Mention(span, note)
    assert getattr(mention._, "perf33c_unregistered", None) is None
    with pytest.raises(AttributeError):
        mention._.perf33c_unregistered
    assert doc_text(docs[0]) == note.text


# ---- time expressions: lookaheads at two characters, and at the cues' first letters ---------

def _before_session_33() -> dict:
    """The patterns whose lookahead this session narrowed, as they were (`lead33`)."""
    from spinecite.pipeline import timex

    now = dict(timex._DATE_RES)
    return {
        "mon": (now["mon"], re.compile(now["mon"].pattern.replace(
            timex._MOD_MON_OPENS, r"(?=[abdefjlmnost])", 1), now["mon"].flags)),
        "year": (now["year"], re.compile(now["year"].pattern.replace(
            timex._MOD_YEAR_OPENS, r"(?=[12belmt])", 1), now["year"].flags)),
        "past": (timex._PAST_CUE, re.compile(timex._PAST_CUE.pattern.replace(
            r"\b(?=[abcdfghiloprstuw])", r"\b", 1), timex._PAST_CUE.flags)),
        "future": (timex._FUTURE_CUE, re.compile(timex._FUTURE_CUE.pattern.replace(
            r"\b(?=[bnprstu])", r"\b", 1), timex._FUTURE_CUE.flags)),
    }


_MONTH_SPELLINGS = ["jan", "january", "feb", "febr", "february", "febuary", "mar", "march", "apr",
                    "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
                    "september", "oct", "october", "nov", "november", "dec", "december"]


def _time_texts(n: int, seed: int) -> list[str]:
    """Text of every month spelling, the words that open a month or a year ("the", "early",
    "end"...), the cues' own words, numbers, dates, case changes and the characters `re` folds
    onto ASCII letters."""
    from spinecite.pipeline import timex

    cue_words = re.findall(r"[a-z]+", timex._PAST_CUE.pattern + timex._FUTURE_CUE.pattern)
    words = (_MONTH_SPELLINGS + cue_words
             + ["the", "early", "middle", "mid", "late", "beginning", "end", "of", "-", "--", "2025",
                "1999", "2026", "19", "20", "'24", "12", "3rd", "4/5", "12/15", "11/3/2026", "/",
                ".", ",", ";", ":", "\n", " ", "  ", "\t", "\u017f", "\u212a", "\u0130", "\u0131",
                "L4", "10mg", "%", "x", "_", "\u0661", "tentatively", "pencilled in", "to be"])
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(words)
            word = word.upper() if rng.random() < 0.15 else word.capitalize() if rng.random() < 0.2 else word
            parts.append(word + rng.choice([" ", " ", "", "-", "\n"]))
        texts.append("".join(parts))
    return texts


def test_the_narrowed_lookaheads_match_as_before(dev_texts):
    generated = _time_texts(20000, 331)
    for name, (now, before) in _before_session_33().items():
        assert now.pattern != before.pattern, name
        if name in ("mon", "year"):
            for text in dev_texts[::2] + generated:
                assert _matches(before, text) == _matches(now, text), (name, text[:200])
        else:  # searched over the 40 characters before each place a date could stand
            for text in dev_texts[::6] + generated[::4]:
                for end in (range(len(text) + 1) if len(text) < 300
                            else [m.start() for m in re.finditer(r"[0-9]", text)]):
                    a, b = before.search(text, max(0, end - 40), end), now.search(text, max(0, end - 40), end)
                    assert (a and a.span()) == (b and b.span()), (name, text[max(0, end - 40):end])


def test_the_cue_lookaheads_hold_every_letter_a_cue_opens_with():
    from re import _parser as sre_parse

    from spinecite.pipeline.regex_literals import _first

    for name in ("past", "future"):
        now, before = _before_session_33()[name]
        body = before.pattern[len(r"\b"):]  # what follows the word boundary
        parsed = sre_parse.parse(body, before.flags)
        opens = _first(list(parsed), parsed.state, before.flags)
        allowed = set(re.match(r"\\b\(\?=\[([^\]]*)\]\)", now.pattern).group(1))
        assert opens is not None and set(opens) <= allowed, (name, sorted(set(opens) - allowed))


def _matches(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]
