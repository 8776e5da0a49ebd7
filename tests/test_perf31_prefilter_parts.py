"""Session 31: a regex rule Hyperscan refuses (too long) or widens to nearly any text is given
to it in parts, each the rule with one top-level alternation cut down to some of its branches,
under the rule's id. The parts together must report every text the rule matches; each part
keeps the lookarounds at the rule's edges, so the rule is no longer run on every note."""

import random
import re

import pytest

from spinecite.pipeline import regex_prefilter
from spinecite.pipeline.regex_prefilter import Prefilter

needs_hyperscan = pytest.mark.skipif(regex_prefilter.hyperscan is None,
                                     reason="Hyperscan is not installed (another CPU)")

# 600 branches, each with its own lookbehind and lookahead: ~100,000 characters translated
# with them, ~20,000 without, both over Hyperscan's limit (the shape of the rule session 30
# left always running)
MINUTES = (r"(?<![\d.])(?:" + "|".join(
    rf"(?<=\b{n}\smin\s)(?:->|-->|\u2192|=>)(?=\s*{n}\smin\b)" for n in range(600)) + ")")
# a rule opening with 3,000 lookbehinds: too long with them, short without
ARROWS = ["->", "-->", "=>", "\u2192", "-"]
LOOKBEHINDS = "(?:" + "|".join(f"(?<=word{n} )" for n in range(3000)) + ")PT"


@needs_hyperscan
def test_a_rule_refused_whole_is_given_in_parts_that_keep_its_lookarounds(tmp_path):
    rules = [re.compile(MINUTES), re.compile(LOOKBEHINDS, re.I)]
    prefilter = Prefilter(rules, cache_dir=tmp_path)
    assert prefilter.always == []
    for text, expected in [("5 min -> 5 min", {0}), ("was 599 min \u2192 599 min", {0}),
                           ("5 min -> 6 min", set()), ("-> min", set()),
                           ("word7 pt", {1}), ("WORD2999 PT", {1}), ("pt", set()),
                           ("word7pt", set()), ("0 min => 0 min; word0 PT", {0, 1})]:
        assert prefilter.candidates(text) == expected, text
        assert {at for at, rule in enumerate(rules) if rule.search(text)} <= expected, text


@needs_hyperscan
def test_the_parts_report_every_text_the_rule_matches():
    rng = random.Random(31)
    texts = [f"{rng.choice(['', 'x ', '1.', 'q'])}{a} min{rng.choice([' ', '  ', chr(9)])}"
             f"{rng.choice(ARROWS)}{rng.choice(['', ' ', '  '])}"
             f"{b} min{rng.choice(['', '.', 's', ' x'])}"
             for a in (rng.randrange(620) for _ in range(400))
             for b in [a if rng.random() < .5 else rng.randrange(620)]]
    texts += [f"{n} min -> {n} min" for n in range(600)]
    parts = regex_prefilter._compiled_translations(MINUTES, 0)
    assert 1 < len(parts) < 20
    database = regex_prefilter.hyperscan.Database()
    database.compile(expressions=[part.encode() for part in parts], ids=[0] * len(parts),
                     flags=[regex_prefilter._flags()] * len(parts))
    rule = re.compile(MINUTES)
    matched = 0
    for text in texts:
        reported = []
        database.scan(regex_prefilter._scanned(text),
                      match_event_handler=lambda *_: reported.append(True))
        if rule.search(text):
            matched += 1
            assert reported, text
    assert matched > 600


WIDE = r"\b(?:left|right|bilateral)\s+(?:EHL|TA|psoas)\s*(?:1/5|2/5|3/5|4/5)\b"


def _widened_when(monkeypatch, widened) -> None:
    """Hyperscan's widening cannot be written on purpose: `_taken` is made to call a part
    widened when `widened(regex)` says so (refused parts stay refused)."""
    taken = regex_prefilter._taken
    monkeypatch.setattr(regex_prefilter, "_taken",
                        lambda regex: None if taken(regex) is None else
                        taken(regex) and not widened(regex))


@needs_hyperscan
def test_a_widened_rule_is_cut_along_its_smallest_alternation_that_narrows_it(monkeypatch):
    grades = ["1/5", "2/5", "3/5", "4/5"]
    # widened while a part holds two grades: the grades' alternation is cut to one each
    _widened_when(monkeypatch, lambda regex: sum(g.replace("/", "\\x2f") in regex
                                                 for g in grades) > 1)
    parts = regex_prefilter._compiled_translations(WIDE, re.I)
    assert len(parts) == 4
    database = regex_prefilter.hyperscan.Database()
    database.compile(expressions=[part.encode() for part in parts], ids=[0] * len(parts),
                     flags=[regex_prefilter._flags()] * len(parts))
    rule = re.compile(WIDE, re.I)
    for side in ("left", "Right", "BILATERAL", "mid"):
        for muscle in ("EHL", "ta", "psoas", "quad"):
            for grade in grades + ["5/5"]:
                text = f"{side} {muscle} {grade}"
                reported = []
                database.scan(text.encode(), match_event_handler=lambda *_: reported.append(1))
                assert bool(reported) == bool(rule.search(text)), text


@needs_hyperscan
def test_a_widened_rule_no_cut_narrows_is_kept_whole(monkeypatch):
    _widened_when(monkeypatch, lambda regex: True)
    assert regex_prefilter._compiled_translations(WIDE, re.I) == \
        [regex_prefilter.superset_pattern(WIDE, re.I)]
    # a rule that matches the probe itself is reported on it, and is not cut
    _widened_when(monkeypatch, lambda regex: False)
    assert regex_prefilter._compiled_translations(r"x+|yz", 0) == \
        [regex_prefilter.superset_pattern(r"x+|yz", 0)]


@needs_hyperscan
def test_no_target_rule_always_runs_or_is_widened_to_any_text(nlp):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    rules, prefilter = matcher._compiled_regex_rules(), matcher._regex_prefilter()
    assert prefilter.active and prefilter.always == []
    for probe in (regex_prefilter._PROBE, "the patient was seen today and is doing well"):
        assert prefilter.candidates(probe) == {at for at, rule in enumerate(rules)
                                               if rule[1].search(probe)}, probe
