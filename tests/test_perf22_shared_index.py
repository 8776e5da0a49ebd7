"""Session 22: one `LiteralIndex` a note text (pipeline/regex_literals.py `literal_index`),
shared by the target matcher, ConText's matcher and the time expressions, and ConText's
rules marked by a metadata flag read once (pipeline/context.py `_rules_marked`).

An index depends on its text alone, so sharing it may change no match: whatever another
component looked up first, a rule's matches are those a fresh index (and `finditer`) gives."""

import datetime as dt

import pytest

from spinecite.pipeline import get_nlp, regex_literals, timex
from spinecite.pipeline.context import _rules_marked
from spinecite.pipeline.regex_literals import LiteralIndex, literal_index

# fresh wording: findings, dates, sides and doses close to what the rules read
NOTES = [
    "Pt reports 6 wks of L leg pain radiating past the knee, worse since 10/2/25.",
    "Numbness of the right foot since March; EHL 4/5 on the left, 5/5 on the right.",
    "No saddle anesthesia. Denies bowel or bladder changes. Weight down 12 lbs in 2 months.",
    "PT x 8 visits (Jan-Feb) without relief; gabapentin 300 mg tid, stopped 11/14.",
    "MRI L-spine 2023: L4-5 disc protrusion. Plan: ESI L5-S1, follow up in 4 weeks.",
    "Bilateral weakness of hip flexors 4-/5; reflexes 1+ at the ankles, 2+ at the knees.",
    "",
]


def test_the_same_text_gives_the_same_index_and_another_text_its_own():
    text = "Left L5 radiculopathy since 2 weeks."
    index = literal_index(text)
    assert literal_index("".join(["Left L5 ", "radiculopathy since 2 weeks."])) is index
    other = literal_index("Left L5 radiculopathy since 3 weeks.")
    assert other is not index and other.text != index.text


def test_only_the_last_few_texts_are_kept():
    for i in range(regex_literals._RECENT_SIZE + 3):
        literal_index(f"note {i}: back pain")
    assert len(regex_literals._RECENT) == regex_literals._RECENT_SIZE
    kept = [text for text, _ in regex_literals._RECENT]
    assert "note 0: back pain" not in kept
    assert kept[-1] == f"note {regex_literals._RECENT_SIZE + 2}: back pain"


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.mark.parametrize("text", NOTES)
def test_target_matches_are_those_of_a_fresh_index_whatever_ran_first(nlp, text):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    doc = nlp.make_doc(text)
    regex_literals._RECENT.clear()
    alone = matcher.match_regex(doc)
    regex_literals._RECENT.clear()
    timex.find_time_expressions(text, dt.date(2026, 3, 2))  # fills the shared index first
    after_times = matcher.match_regex(doc)
    again = matcher.match_regex(doc)  # every cache of the index already made
    assert alone == after_times == again


@pytest.mark.parametrize("text", NOTES)
def test_every_rule_matches_as_finditer_on_a_shared_index(nlp, text):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    regex_literals._RECENT.clear()
    shared = literal_index(text)
    for _, pattern, rule_plan, _ in matcher._compiled_regex_rules()[::-1]:  # another order
        found = [(m.start(), m.end()) for m in shared.matches(pattern, rule_plan)]
        assert found == [(m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", NOTES)
def test_time_expressions_do_not_depend_on_the_index_being_shared(nlp, text):
    regex_literals._RECENT.clear()
    fresh = timex.find_time_expressions(text, dt.date(2026, 3, 2))
    regex_literals._RECENT.clear()
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    matcher.match_regex(nlp.make_doc(text))  # the target rules looked up first
    assert timex.find_time_expressions(text, dt.date(2026, 3, 2)) == fresh


def test_a_fresh_index_is_still_made_by_hand():
    assert LiteralIndex("abc") is not LiteralIndex("abc")


def test_marked_rules_are_those_the_rule_map_marks_in_its_order(nlp):
    matcher = nlp.get_pipe("spinecite_context")._ConText__matcher
    for flag in ("closes_at_document_end", "heads_boxes", "no_such_flag"):
        expected = [(key, rule) for key, rule in matcher.rule_map.items()
                    if (rule.metadata or {}).get(flag)]
        assert _rules_marked(matcher, flag) == expected
        assert _rules_marked(matcher, flag) == expected  # read from the cache


class _Rule:
    def __init__(self, metadata):
        self.metadata = metadata


class _Matcher:
    def __init__(self):
        self.rule_map = {}


def test_marked_rules_are_read_again_when_rules_are_added():
    matcher = _Matcher()
    matcher.rule_map["a"] = _Rule({"heads_boxes": True})
    matcher.rule_map["b"] = _Rule(None)
    assert [key for key, _ in _rules_marked(matcher, "heads_boxes")] == ["a"]
    matcher.rule_map["c"] = _Rule({"heads_boxes": True})
    matcher.rule_map["d"] = _Rule({"heads_boxes": False})
    assert [key for key, _ in _rules_marked(matcher, "heads_boxes")] == ["a", "c"]
    assert _rules_marked(matcher, "closes_at_document_end") == []
