"""Session 34 (perf34b): a regex rule's anchor read from a part of the pattern that compares
case ("(?-i:CT|CTs|CAT)" in a rule compiled with re.IGNORECASE) keeps its case (anchored on
"C", the words "CT" and "CAT" of a note, not on every "c": the prior-CT rule was tried at ~190
places a note), and the first-word matcher reads the Doc's columns one by one
(pipeline/regex_literals.py `is_cased`, pipeline/first_word_matcher.py).

A rule must still give `finditer`'s matches whatever the case of the note's letters; a
literal that compares case is never given to the literal scan (which reads the folded note)."""

import random
import re

import pytest

from spinecite.pipeline import regex_literals
from spinecite.pipeline.regex_literals import LiteralIndex, is_cased, plan
from context_fixtures import dev_texts, matcher_of


def _anchors(rule) -> set:
    return {anchor[0] for anchors in (rule.anchors, *rule.fallbacks) if anchors
            for anchor in anchors}


def test_a_part_that_compares_case_gives_an_anchor_as_written():
    rule = plan(r"\b(?-i:CT|CTs|CAT)(?:\s+scans?)?\b|computed\s+tomography", re.I)
    assert "C" in _anchors(rule) and is_cased("C")
    assert rule.required == frozenset({"c"})  # the loose test, without case ("computed" holds it)
    index = LiteralIndex("a ct of the back; CT scan; Computed tomography")
    compiled = re.compile(rule_pattern := r"\b(?-i:CT|CTs|CAT)(?:\s+scans?)?\b", re.I)
    assert [m.span() for m in index.finditer(compiled, plan(rule_pattern, re.I))] == \
        [m.span() for m in compiled.finditer(index.text)] == [(18, 25)]


@pytest.mark.parametrize("pattern", [
    r"(?-i:S)pine",            # a run part with case, part without: the loose literal
    r"(?-i:(?i:c)T)\s+scan",   # a scope inside the scope
    r"(?i:CT)\b",              # case ignored again
    r"\bct\b",
])
def test_a_run_not_all_compared_with_case_keeps_the_lower_case_literal(pattern):
    rule = plan(pattern, re.I)
    assert not any(map(is_cased, _anchors(rule)))


def test_a_rule_without_ignorecase_is_anchored_as_written():
    rule = plan(r"\bMRI\b", 0)
    assert _anchors(rule) == {"MRI"}
    text = "mri, MRI, Mri"
    assert [m.span() for m in LiteralIndex(text).finditer(re.compile(r"\bMRI\b"), rule)] == \
        [(5, 8)]


def _texts() -> list[str]:
    texts = dev_texts(30)
    rng = random.Random(34)
    for text in list(texts[:12]):
        texts += [text.swapcase(), text.upper(), text.lower()]
        chars = list(text)
        for _ in range(200):  # letters' case flipped here and there
            at = rng.randrange(len(chars))
            chars[at] = chars[at].swapcase()
        texts.append("".join(chars))
    return texts + ["CT", "ct", "C", "CTs CAT Ct cT", "\u0130CT \u212aCT"]


def test_the_real_rules_with_cased_anchors_find_what_finditer_finds(nlp):
    rules = [rule for target in (nlp.get_pipe("medspacy_target_matcher")
                                 ._TargetMatcher__matcher, matcher_of(nlp))
             for rule in target._compiled_regex_rules()
             if any(map(is_cased, _anchors(rule[2])))]
    assert len(rules) > 20  # CES, LSS, RCC, DM, PT, CT ...
    for text in _texts():
        index = LiteralIndex(text)
        index.scan()
        for _, pattern, rule, _ in rules:
            assert [m.span() for m in index.matches(pattern, rule)] == \
                [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]


def test_cased_literals_are_not_given_to_the_scan(nlp):
    nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher._compiled_regex_rules()
    assert regex_literals._SCAN.ids
    assert not any(map(is_cased, regex_literals._SCAN.ids))


def test_the_first_word_matcher_reads_token_columns(nlp):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    for text in dev_texts(3):
        doc = nlp.make_doc(text)
        assert sorted(matcher._first_word_matcher(doc)) == sorted(
            matcher._MedspacyMatcher__matcher(doc))
