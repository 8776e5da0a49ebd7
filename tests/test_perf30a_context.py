"""ConText's opener matcher runs each pattern over the words' own tests (`OpenerMatcher._ends`)
before it asks spaCy's Matcher, and asks it only with the patterns that can match from the
token, on a window up to where they can end (perf30a: three windows in four matched nothing).
A pattern `_ends` rules out, or a window it cuts short, would lose a match silently: every
match spaCy's Matcher finds must start where `_ends` lets its pattern run and end within it.
"""

import json
import random
from pathlib import Path

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher

from pattern_words import instance
from spinecite.pipeline.context_matcher import OpenerMatcher

BLANK = spacy.blank("en")
DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"


def _both(patterns, vocab):
    stock, fast = Matcher(vocab, validate=False), OpenerMatcher(vocab)
    for i, pattern in enumerate(patterns):
        stock.add(f"cue_{i}", [pattern])
        fast.add(f"cue_{i}", pattern)
    return stock, fast


def _uncovered(stock, fast, doc) -> list:
    """spaCy's matches that `_ends` would not let its pattern reach from the match's start."""
    columns = doc.to_array([ORTH, LOWER])
    words, lowers = columns[:, 0].tolist(), columns[:, 1].tolist()
    by_key = {p.key: p for p in fast._patterns}
    return [(doc.vocab.strings[key], start, end) for key, start, end in stock(doc)
            if fast._ends(by_key[doc.vocab.strings[key]], start, words, lowers) < end]


def _context_patterns(nlp) -> list:
    return [p.pattern for p in nlp.get_pipe("spinecite_context")._ConText__matcher
            ._first_word_matcher._patterns]


def test_ends_cover_every_match_of_contexts_patterns_in_dev_notes_and_cue_word_text(nlp):
    patterns = _context_patterns(nlp)
    stock, fast = _both(patterns, nlp.vocab)
    assert fast.usable and len(fast._patterns) == len(patterns) > 400
    texts = []
    for path in sorted(DEV.glob("*.case.json"))[:60]:
        texts += [d["text"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]
                  if "text" in d]
    # generated text: each pattern's words, between words and marks of other cues' text
    rng = random.Random(30)
    filler = [",", ".", "-", ":", "\n", "(", ")", "the", "pain", "L4-5"]
    for _ in range(4):
        texts.append(" ".join(instance(p, rng) + " " + rng.choice(filler)
                              for p in rng.sample(patterns, len(patterns))))
    matched = set()
    for text in texts:
        doc = nlp.make_doc(text)
        assert _uncovered(stock, fast, doc) == [], text[:80]
        assert sorted(fast(doc), key=lambda m: (m[1], m[2])) == sorted(
            stock(doc), key=lambda m: (m[1], m[2]))
        matched |= {key for key, _, _ in fast(doc)}
    # the texts reach nearly every pattern, so one the fast path loses fails above
    assert len(matched) > 0.8 * len(patterns)  # 468 of 512 when written


def test_a_dropped_pattern_step_is_caught():
    # the check above fails when `_ends` rules out what spaCy matches (here: a step made to
    # refuse every word)
    stock, fast = _both([[{"LOWER": "no"}, {"LOWER": "pain", "OP": "?"}, {"IS_ALPHA": True}]],
                        BLANK.vocab)
    doc = BLANK("no pain here")
    assert _uncovered(stock, fast, doc) == []
    steps = list(fast._patterns[0].steps)
    steps[2] = (steps[0][0], set())
    fast._patterns[0].set_steps(steps)
    assert _uncovered(stock, fast, doc) != []


token_test = st.sampled_from([
    {"LOWER": "no"}, {"LOWER": {"IN": ["pain", "no"]}}, {"TEXT": ","}, {"TEXT": {"IN": [",", "-"]}},
    {"LOWER": {"REGEX": "^(no|pain)$"}}, {"TEXT": {"REGEX": r"^\d"}}, {"LIKE_NUM": True},
    {"IS_ALPHA": True}, {"IS_PUNCT": False}, {"IS_SPACE": True},
    {"LOWER": "x", "IS_SENT_START": True}, {"IS_PUNCT": True, "LOWER": {"NOT_IN": [","]}},
    {"LOWER": {"NOT_IN": ["no"]}}, {}])
ops = st.sampled_from([None, None, "?", "*", "+", "!"])
patterns = st.lists(st.lists(st.tuples(token_test, ops).map(
    lambda t: {**t[0], "OP": t[1]} if t[1] else dict(t[0])), min_size=1, max_size=5),
    min_size=1, max_size=8)
texts = st.lists(st.tuples(st.sampled_from(["No", "no", "pain", ",", "-", "12", "x", "X", "3rd"]),
                           st.sampled_from([" ", "  ", "\n", ""])),
                 max_size=30).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=500, deadline=None)
@given(patterns, texts)
def test_ends_cover_every_spacy_match_and_the_matches_are_spacys(patterns, text):
    stock, fast = _both(patterns, BLANK.vocab)
    if not fast.usable:  # a pattern all of whose tokens are optional may start anywhere
        assert any(all(t.get("OP") in ("?", "*") for t in p) for p in patterns)
        return
    doc = BLANK(text)
    assert _uncovered(stock, fast, doc) == []
    by_position = lambda m: (m[1], m[2])  # noqa: E731
    assert sorted(fast(doc), key=by_position) == sorted(stock(doc), key=by_position)
