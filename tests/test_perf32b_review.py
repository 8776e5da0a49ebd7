"""Review's work beyond extract and the criteria walk takes shortcuts (perf32b). Each must give
what the long way gave:

- `course._cues_in` the matches of `finditer` (it skips a window holding none of the literals
  one of which every match holds: a literal wrongly left out would lose an old-course cue);
- `course._Others` the list `read_courses` made of a span's other problems;
- `course._limb_cause_words` what `said_limb_cause` said, called old or not;
- `missing._closeness`, `_asked` and `_codes` what their recursive forms gave, constant
  subtrees (`_CONSTANT_SCORES`) included.
"""

import random
import re
from itertools import repeat
from types import SimpleNamespace

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from context_fixtures import dev_texts
from spinecite.pipeline import regex_literals
from spinecite.rules import course, missing
from spinecite.rules.models import CriterionResult



def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _windows(texts: list[str], step: int) -> list[str]:
    """`said_old`'s windows (before and after a span) at every `step`-th character."""
    c = course.cues()
    windows = []
    for text in texts:
        for at in range(0, len(text), step):
            windows.append(course._sentence_part(text[max(0, at - c.window):at], before=True))
            windows.append(course._sentence_part(text[at:at + c.window + course._CUE_REACH],
                                                 before=False))
    return windows


def _cue_matches(texts: list[str]) -> list[str]:
    """The text of every match of each `old` alternative in the notes: windows that hold one
    cue and little else, so that a literal left out is what decides."""
    c = course.cues()
    data = yaml.safe_load(course.COURSE_PATH.read_text(encoding="utf-8"))
    found = []
    for cue in data["old"]:
        alone = re.compile(rf"\b(?:{cue.replace('YEAR', course._YEAR)})\b", re.I)
        for text in texts:
            m = alone.search(text)
            if m:
                found.append(m.group())
                break
    assert len(found) >= 15 and all(c.old.search(w) for w in found)
    return found


def _differs(windows: list[str]) -> list[str]:
    old = course.cues().old
    return [w for w in windows if _spans(course._cues_in(old, w)) != _spans(old.finditer(w))]


def test_the_old_cue_prefilter_finds_every_match_the_regex_finds():
    texts = dev_texts(300)
    windows = _windows(texts, 5) + _cue_matches(dev_texts(2000))
    old = course.cues().old
    assert sum(1 for w in windows if old.search(w)) > 1000
    assert _differs(windows) == []


def test_a_literal_left_out_of_the_prefilter_is_caught(monkeypatch):
    """The test above fails if the prefilter loses one literal: the cue matches alone show it
    for some literal left out (each in turn)."""
    windows = _cue_matches(dev_texts(2000))
    literals = regex_literals.required_literals(course.cues().old.pattern,
                                                course.cues().old.flags)
    caught = 0
    for dropped in literals:
        monkeypatch.setattr(regex_literals, "required_literals",
                            lambda pattern, flags, kept=literals - {dropped}: kept)
        caught += bool(_differs(windows))
    assert caught >= len(literals) // 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=40),
       st.integers(0, 200), st.integers(1, 30), st.integers(0, 3))
def test_a_spans_other_problems_are_those_the_list_held(problems, start, length, own_count):
    problems = {(s, s + n) for s, n in problems}
    span = SimpleNamespace(document="d", start=start, end=start + length)
    own = {("d", s, t) for s, t in sorted(problems)[:own_count]} | {("d", span.start, span.end)}
    listed = [(s, t) for s, t in problems
              if (t <= span.start or s >= span.end) and ("d", s, t) not in own]
    others = course._Others(problems, span, own)
    assert list(others) == listed and list(others) == listed   # read twice: the same


def _said_limb_cause_before(text, start, end, was_old, c) -> bool:
    """`said_limb_cause` as it was (lead32), with next44's cause in a parenthesis right after
    the sign ("(PHN area)") read as a link."""
    after = course._sentence_part(text[end:end + 2 * c.window], before=False)
    if c.limb_explained.search(after) or course._cause_in_parenthesis(after, c):
        return True
    if not was_old:
        return False
    before = course._sentence_part(text[max(0, start - c.window):start], before=True)
    return c.limb_cause.search(before) is not None or \
        c.limb_cause.search(after[:c.window]) is not None


def test_the_limb_cause_reads_as_before_called_old_or_not():
    c = course.cues()
    cause = re.compile(r"stroke|cva|ms\b|polio|palsy|neuropathy|due to|residual", re.I)
    checked = 0
    for text in dev_texts(400):
        for m in cause.finditer(text):
            for start in (max(0, m.start() - 20), m.end() + 1):
                end = min(len(text), start + 12)
                for was_old in (False, True):
                    assert course.said_limb_cause(text, start, end, was_old, c) is \
                        _said_limb_cause_before(text, start, end, was_old, c)
                checked += 1
    assert checked > 200


# --- the missing sentences' walks, against their recursive forms (lead32) ---

def _closeness_before(result, seen):
    requires = result.requires
    if requires and requires.startswith("clinical judgment"):
        return 0.0
    children = result.children
    if not children or requires == "none of":
        return missing._SCORE[result.result]
    key = id(result)
    scores_of = missing._CONSTANT_SCORES if key in missing._CONSTANT_SCORES else seen
    score = scores_of.get(key)
    if score is None:
        scores = list(map(_closeness_before, children, repeat(seen, len(children))))
        if requires == "any of" or requires and requires.startswith("at least"):
            score = max(scores)
        else:
            asked = [sc for sc, c in zip(scores, children)
                     if not (c.requires == "none of" and c.result == missing.MET)] or scores
            score = sum(asked) / len(asked)
        scores_of[key] = score
    return score


def _asked_before(node):
    if node.requires == "none of":
        return frozenset()
    if not node.children:
        return frozenset({node.code} if node.code else ())
    return frozenset().union(*map(_asked_before, node.children))


def _codes_before(node):
    if not node.children:
        return frozenset({node.code} if node.code else ())
    return frozenset().union(*map(_codes_before, node.children))


_REQUIRES = ["all of", "any of", "none of", "at least 2 of", "clinical judgment: why", None,
             "pain, naming one of: a, b"]
_RESULTS = ["met", "not_met", "unknown"]


def _tree(rng: random.Random, depth: int, shared: list) -> CriterionResult:
    if shared and rng.random() < 0.15:
        return rng.choice(shared)   # a definition's criterion under several lines
    leaf = depth == 0 or rng.random() < 0.35
    children = [] if leaf else [_tree(rng, depth - 1, shared) for _ in range(rng.randint(1, 4))]
    node = CriterionResult(id=f"n{rng.random()}", result=rng.choice(_RESULTS),
                           requires=rng.choice(_REQUIRES), children=children,
                           code=rng.choice([None, "a", "b", "c", "d"]) if leaf else None)
    if not leaf and rng.random() < 0.3:
        shared.append(node)
    return node


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32))
def test_the_missing_walks_give_what_their_recursive_forms_gave(seed):
    rng = random.Random(seed)
    shared: list = []
    trees = [_tree(rng, 4, shared) for _ in range(6)]
    # some shared subtrees stand for the evaluator's constants (kept alive here, as its memo
    # keeps them, and taken out after, so that no other criterion takes their ids)
    constants = [n for n in shared if rng.random() < 0.5]
    for n in constants:
        missing._CONSTANT_SCORES[id(n)] = None
    try:
        seen_before, seen_now = {}, {}
        by_id = {}
        for tree in trees:
            nodes, stack = [], [tree]
            while stack:
                nodes.append(stack.pop())
                stack.extend(nodes[-1].children)
            by_id.update((id(n), n) for n in nodes)
            for node in nodes:
                assert missing._asked(node) == _asked_before(node)
                assert missing._codes(node) == _codes_before(node)
            before = _closeness_before(tree, seen_before)
            for n in constants:   # scored afresh by each form
                missing._CONSTANT_SCORES[id(n)] = None
            assert missing._closeness(tree, seen_now) == before
        # the same scores: `seen` holds an inner criterion's by its children list since
        # perf34a (the criteria sharing a list, a definition's and its references', share it)
        assert seen_now == {id(by_id[key].children): score for key, score in seen_before.items()}
    finally:
        for n in constants:
            for memo in (missing._CONSTANT_SCORES, missing._CONSTANT_CODES,
                         missing._CONSTANT_ASKED):
                memo.pop(id(n), None)
