"""Session 33: the regex matchers' literals found by one Hyperscan scan a note
(pipeline/regex_literals.py `LiteralScan`, `LiteralIndex.scan`), and the target matcher's
spans built without medspaCy's per-span string lookups and `Underscore` objects
(pipeline/target_matcher.py `FastTargetMatcher.__call__`).

A scanned index must answer `contains` as a search of the folded text does, for every literal
of the real rules (one dropped from the database would read as absent), on real and mutated
note text, non-ASCII included; a matcher's matches and the pipe's spans must be those of the
unscanned path and of medspaCy's own `__call__`."""

import random

import pytest

from spinecite.pipeline import regex_literals, target_matcher
from spinecite.pipeline.regex_literals import LiteralIndex, LiteralScan, fold
from context_fixtures import dev_texts, matcher_of

needs_hyperscan = pytest.mark.skipif(regex_literals.hyperscan is None,
                                     reason="Hyperscan is not installed (another CPU)")

# characters IGNORECASE folds onto ASCII letters, others, a lone surrogate
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "\u2192", "\u00a0", "\ud800", "\x00",
       "\x7f", "\x0b", "\r\n"]


def _target(nlp):
    return nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher


def _registered(nlp) -> list[str]:
    _target(nlp)._compiled_regex_rules()
    matcher_of(nlp)._compiled_regex_rules()
    return list(regex_literals._SCAN.ids)


def _texts(cases: int, surrogates: bool = True) -> list[str]:
    """Dev documents and mutated copies; without a lone surrogate for spaCy, which cannot
    tokenize one."""
    odd = ODD if surrogates else [c for c in ODD if c != "\ud800"]
    texts = dev_texts(cases)
    rng = random.Random(33)
    for text in list(texts):  # cut, case flipped, odd characters put in
        chars = list(text[:rng.randint(40, 3000)])
        for _ in range(40):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < .5:
                chars.insert(at, rng.choice(odd))
            elif at < len(chars):
                chars[at] = chars[at].swapcase()
        texts.append("".join(chars))
    return texts + ["", "L4-5", "EHL 4/5", "\u212aNEE", "ſaddle"]


@needs_hyperscan
def test_every_literal_of_the_real_rules_is_registered_and_found(nlp):
    literals = _registered(nlp)
    assert len(literals) > 1000
    for target in (_target(nlp), matcher_of(nlp)):
        for _, _, plan, _ in target._compiled_regex_rules():
            assert all(literal in regex_literals._SCAN.ids for literal in plan.required or ())
    # each literal alone, between characters that hold no other literal's text
    index = LiteralIndex("\x01".join(literals))
    assert index.scan()
    assert all(index.contains(literal) for literal in literals)


@needs_hyperscan
def test_a_scanned_index_answers_as_a_search_of_the_folded_text(nlp):
    literals = _registered(nlp)
    others = ["radiculopathy of", "zzzz", "l", "5/5 ", "\u00e9", "k"]  # not registered
    for text in _texts(40):
        index = LiteralIndex(text)
        assert index.scan()
        folded = fold(text)
        wrong = [literal for literal in literals + others
                 if index.contains(literal) != (literal in folded)]
        assert not wrong, (text[:80], wrong[:5])


@needs_hyperscan
def test_literals_added_after_a_scan_are_searched_and_compiled_for_the_next_text():
    scan = LiteralScan()
    scan.add(["pain", "ehl", "l5"])
    ids, found = scan.present("left l5 pain")
    assert {literal for literal, at in ids.items() if at in found} == {"pain", "l5"}
    scan.add(["left", "pain"])
    assert "left" not in ids  # a scan keeps the map it was made with
    ids, found = scan.present("left l5 pain")
    assert {literal for literal, at in ids.items() if at in found} == {"pain", "l5", "left"}


def test_matches_are_those_of_the_unscanned_index(nlp, monkeypatch):
    texts = _texts(25, surrogates=False)
    for matcher in (_target(nlp), matcher_of(nlp)):
        scanned = []
        for text in texts:
            regex_literals._RECENT.clear()
            scanned.append(matcher.match_regex(nlp.make_doc(text)))
        with monkeypatch.context() as patch:
            patch.setattr(target_matcher, "_SCAN_FROM", 10 ** 9)
            for text, expected in zip(texts, scanned):
                regex_literals._RECENT.clear()
                index = regex_literals.literal_index(text)
                assert matcher.match_regex(nlp.make_doc(text)) == expected
                assert index._present is None
        with monkeypatch.context() as patch:
            patch.setattr(regex_literals, "hyperscan", None)
            patch.setattr(regex_literals, "_SCAN", LiteralScan())
            for text, expected in zip(texts, scanned):
                regex_literals._RECENT.clear()
                assert matcher.match_regex(nlp.make_doc(text)) == expected


def _spans(doc):
    return [(span.start, span.end, span.label_, span._.target_rule)
            for span in doc.spans["medspacy_spans"]]


def test_the_target_pipe_gives_medspacys_spans_and_rules(nlp):
    from medspacy.target_matcher import TargetMatcher

    pipe = nlp.get_pipe("medspacy_target_matcher")
    for text in _texts(25, surrogates=False):
        ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
        pipe(ours)
        TargetMatcher.__call__(pipe, theirs)
        assert _spans(ours) == _spans(theirs)
        assert ours.user_data == theirs.user_data
        pipe(ours)  # a second call adds to the group, as medspaCy's does
        TargetMatcher.__call__(pipe, theirs)
        assert _spans(ours) == _spans(theirs)


def test_rules_with_attributes_and_other_result_types_take_medspacys_path(nlp):
    from medspacy.target_matcher import TargetRule
    from spacy.tokens import Span

    if not Span.has_extension("perf33_side"):
        Span.set_extension("perf33_side", default=None)
    pipe = target_matcher.FastTargetMatcher(nlp, result_type="group")
    pipe.add([TargetRule("foot drop", "FOOT_DROP", attributes={"perf33_side": "left"}),
              TargetRule("ehl", "EHL", pattern=r"\behl\b")])
    doc = pipe(nlp.make_doc("Left foot drop, EHL 3/5."))
    assert [(span.text, span._.perf33_side) for span in doc.spans["medspacy_spans"]] == [
        ("foot drop", "left"), ("EHL", None)]
    ents = target_matcher.FastTargetMatcher(nlp, result_type="ents")
    ents.add([TargetRule("ehl", "EHL", pattern=r"\behl\b")])
    assert [(e.text, e.label_) for e in ents(nlp.make_doc("EHL 3/5.")).ents] == [("EHL", "EHL")]
