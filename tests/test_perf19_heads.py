"""Session 19's skip of a regex rule by its literals' heads (pipeline/regex_literals.py
`RegexPlan.heads`, pipeline/target_matcher.py `match_regex`): a rule is skipped when the note
holds none of the first four characters of its required literals. That may only skip rules
whose literal check would have failed: never a rule that could match."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinecite.pipeline import get_nlp
from spinecite.pipeline.regex_literals import LiteralIndex, plan


@pytest.fixture(scope="module")
def matcher():
    return get_nlp().get_pipe("medspacy_target_matcher")._TargetMatcher__matcher


@pytest.fixture(scope="module")
def plans(matcher):
    return [rule[2] for rule in matcher._compiled_regex_rules()]


def test_heads_are_the_first_four_characters_of_literals_none_shorter():
    rule = plan(r"\b(?:radiculopathy|sciatica)\b")
    assert rule.heads == {"radi", "scia"}
    # "leg" is shorter than a head: whether a note holds it is not read from its heads
    assert plan(r"\b(?:sciatica|leg)\b").heads is None


def test_a_note_holding_only_the_head_is_not_skipped_by_it_and_fails_the_literal_check():
    rule = plan(r"\bradiculopathy\b")
    index = LiteralIndex("Pain radiates to the calf.")
    assert not index.grams().isdisjoint(rule.heads)  # "radi" is there
    assert not index.meets(rule.required)
    index = LiteralIndex("Left L5 RADICULOPATHY.")
    assert not index.grams().isdisjoint(rule.heads) and index.meets(rule.required)
    index = LiteralIndex("Sciatica down the left leg.")
    assert index.grams().isdisjoint(rule.heads) and not index.meets(rule.required)


def _texts(plans):
    """Texts made of pieces of the rules' own literals: whole, cut after their head, cut
    before it, upper-cased, glued to their neighbours or spaced."""
    literals = sorted({lit for rule in plans for lit in rule.required or ()})
    piece = st.tuples(st.sampled_from(literals), st.sampled_from(["whole", "head", "tail", "upper"]))

    def text(parts, glue):
        out = []
        for lit, how in parts:
            out.append({"whole": lit, "head": lit[:4], "tail": lit[1:], "upper": lit.upper()}[how])
        return glue.join(out)

    return st.builds(text, st.lists(piece, max_size=12), st.sampled_from(["", " ", ", ", "\n"]))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_rule_skipped_by_its_heads_never_meets_its_literals(plans, data):
    text = data.draw(_texts(plans))
    index = LiteralIndex(text)
    grams = index.grams()
    for rule in plans:
        if rule.heads is not None and grams.isdisjoint(rule.heads):
            assert not index.meets(rule.required)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_match_regex_finds_the_same_with_and_without_the_heads_skip(matcher, plans, data):
    nlp = get_nlp()
    text = data.draw(_texts(plans))
    doc = nlp.make_doc(text)
    with_heads = matcher.match_regex(doc)
    rules = matcher._regex_rules
    try:
        matcher._regex_rules = [(i, p, dataclasses.replace(r, heads=None), cb)
                                for i, p, r, cb in rules]
        without = matcher.match_regex(doc)
    finally:
        matcher._regex_rules = rules
    assert with_heads == without


def test_every_real_rule_with_heads_has_them_from_its_required_literals(plans):
    with_heads = [rule for rule in plans if rule.heads is not None]
    assert len(with_heads) > len(plans) // 2  # the skip covers most rules
    for rule in with_heads:
        assert rule.heads == {lit[:4] for lit in rule.required}
        assert min(map(len, rule.required)) >= 4
