"""ConText reads a note's tokens once as arrays and matches a wrapped sentence's view only
when a match could cross the wrap (perf31c). Each shortcut must give what the long way gave:

- `_sentences` the sentences and sentence index of `doc.sents`;
- `_tokens(doc).level_parts` every token `_inside_level` holds for, `.spaces` `is_space`,
  `.lowers` and `.orths` each token's LOWER and ORTH;
- `_wrapped_matches` the matches found by matching every view (`_may_hold` says no only
  when no match of the matcher's rules holds two words either side of a wrap; a view it
  wrongly dismissed would lose a cue silently);
- `_ids_marked` the match ids of exactly the rules a metadata flag marks;
- the opener matcher's check of the token two after an opener (`_second_of`) every pattern
  spaCy matches from there.
"""

import random
from bisect import bisect_left

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

from context_fixtures import dev_texts, matcher_of
from pattern_words import instance
from spinecite.pipeline import context, regex_literals
from spinecite.pipeline.context_matcher import OpenerMatcher

BLANK = spacy.blank("en")


def _every_view(doc: Doc, matcher, sentence) -> list:
    """`_wrapped_matches` as it was before perf31c: every view matched."""
    first, last = sentence
    newlines = context._newlines(doc)
    wraps = newlines[bisect_left(newlines, first):bisect_left(newlines, last - 1)]
    if not wraps:
        return []
    kept = [i for i in range(first, last) if not doc[i].is_space]
    view = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=[True] * len(kept))
    with regex_literals.recent_indexes_kept():
        view_matches = matcher(view)
    return [(key, kept[start], kept[end - 1] + 1) for key, start, end in view_matches
            if any(kept[start] < i < kept[end - 1] + 1 for i in wraps)]


_FILLER = ["the", "pain", ",", ".", "(", ")", "-", "L4-5", "no", "and", "left", "leg", ":"]


def _cue_words(matcher, rng: random.Random) -> list:
    """The words of each rule of the matcher: a phrase rule's literal, a token pattern's words
    (optional tokens taken at random), a regex rule's literal when it has one."""
    cues = []
    for rule in matcher.rule_map.values():
        if rule.pattern is None:
            cues.append(rule.literal.split())
        elif isinstance(rule.pattern, list):
            cues.append(instance(rule.pattern, rng, line_breaks=False).split())
    cues.append("and he is not sure whether".split())
    cues.append("nothing that radiates".split())
    cues.append("3 weeks old".split())
    return [words for words in cues if len(words) > 1]


def _wrapped_texts(matcher, seed: int, per_text: int = 60) -> list:
    """Texts of cues with a line break at one of their word gaps, amid filler words."""
    rng = random.Random(seed)
    cues = _cue_words(matcher, rng)
    rng.shuffle(cues)
    texts = []
    for at in range(0, len(cues), per_text):
        parts = []
        for words in cues[at:at + per_text]:
            gap = rng.randrange(1, len(words))
            parts.append(" ".join(rng.sample(_FILLER, 2)) + " " + " ".join(words[:gap])
                         + "\n" + " ".join(words[gap:]))
        texts.append(" ".join(parts))
    return texts


def test_wrapped_matches_are_those_of_matching_every_view(nlp):
    matcher = matcher_of(nlp)
    texts = _wrapped_texts(matcher, 31)
    assert len(texts) > 20  # some 1,600 cues
    found = views = 0
    for text in texts:
        doc = nlp.make_doc(text)
        # one sentence a text: every cue's wrap lies inside it
        for sentence in [(0, len(doc))] + [(a, min(len(doc), a + 25))
                                           for a in range(0, len(doc), 25)]:
            expected = _every_view(doc, matcher, sentence)
            assert context._wrapped_matches(doc, matcher, sentence) == expected, text[:80]
            found += len(expected)
            views += 1
    assert found > 500  # the cues cross their wraps: a view wrongly dismissed fails above
    for text in dev_texts(40):
        doc = nlp(text)
        for sentence in context._sentences(doc)[0]:
            assert context._wrapped_matches(doc, matcher, sentence) == _every_view(
                doc, matcher, sentence)


def test_a_view_wrongly_dismissed_is_caught(nlp, monkeypatch):
    matcher = matcher_of(nlp)
    doc = nlp.make_doc("Carpal tunnel syndrome not\nfavored. He cannot\nexclude it.")
    expected = _every_view(doc, matcher, (0, len(doc)))
    assert expected and context._wrapped_matches(doc, matcher, (0, len(doc))) == expected
    monkeypatch.setattr(context, "_may_hold", lambda *args: False)
    assert context._wrapped_matches(doc, matcher, (0, len(doc))) != expected


def _holding(stock, doc) -> set:
    """Each k for which a match of spaCy's Matcher holds tokens k and k + 1."""
    return {k for _, start, end in stock(doc) for k in range(start, end - 1)}


token_test = st.sampled_from([
    {"LOWER": "no"}, {"LOWER": {"IN": ["pain", "no"]}}, {"TEXT": ","}, {"TEXT": {"IN": [",", "-"]}},
    {"LOWER": {"REGEX": "^(no|pain)$"}}, {"TEXT": {"REGEX": r"^\d"}}, {"LIKE_NUM": True},
    {"IS_ALPHA": True}, {"IS_PUNCT": False}, {"LOWER": {"NOT_IN": ["no"]}}, {}])
ops = st.sampled_from([None, None, "?", "*", "+", "!"])
patterns = st.lists(st.lists(st.tuples(token_test, ops).map(
    lambda t: {**t[0], "OP": t[1]} if t[1] else dict(t[0])), min_size=1, max_size=5),
    min_size=1, max_size=8)
words = st.lists(st.sampled_from(["No", "no", "pain", ",", "-", "12", "x", "3rd"]), max_size=20)


@settings(max_examples=500, deadline=None)
@given(patterns, words, st.data())
def test_may_hold_whenever_a_spacy_match_holds_the_pair(patterns, words, data):
    stock, fast = Matcher(BLANK.vocab, validate=False), OpenerMatcher(BLANK.vocab)
    for i, pattern in enumerate(patterns):
        stock.add(f"cue_{i}", [pattern])
        fast.add(f"cue_{i}", pattern)
    doc = Doc(BLANK.vocab, words=words, spaces=[True] * len(words))
    columns = doc.to_array([ORTH, LOWER])
    orths, lowers = columns[:, 0].tolist(), columns[:, 1].tolist()
    held = _holding(stock, doc) if fast.usable else set()
    pairs = sorted(data.draw(st.sets(st.integers(0, max(0, len(words) - 2)))))
    if any(k in held for k in pairs):
        assert fast.may_hold(orths, lowers, pairs)
    for k in held:
        assert fast.may_hold(orths, lowers, [k])


def test_may_hold_over_contexts_patterns_in_cue_word_text(nlp):
    matcher = matcher_of(nlp)
    fast = matcher._first_word_matcher
    stock = Matcher(nlp.vocab, validate=False)
    for p in fast._patterns:
        stock.add(p.key, [p.pattern])
    held_any = 0
    for text in _wrapped_texts(matcher, 7, per_text=30):
        words = text.split()
        doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
        columns = doc.to_array([ORTH, LOWER])
        orths, lowers = columns[:, 0].tolist(), columns[:, 1].tolist()
        held = _holding(stock, doc)
        held_any += len(held)
        for k in range(len(words) - 1):
            assert fast.may_hold(orths, lowers, [k]) or k not in held
    assert held_any > 200  # the cues match across their gaps


def _inside(doc) -> set:
    return {i for i in range(len(doc)) if context._inside_level(doc, i)}


@pytest.mark.parametrize("text", [
    "Presumed large central L4-5 or L5-S1 disc herniation", "at L4 - 5 and L4-5", "L4 -5, L4- 5",
    "C5–6 and T12—L1 - no", "- no\n- yes\nL4-\n5", "L4-5-6 S1-2 x-ray 3-4 weeks", "-", "L4-",
    ""])
def test_level_parts_are_the_tokens_inside_a_split_level(nlp, text):
    doc = nlp.make_doc(text)
    tokens = context._tokens(doc)
    assert tokens.level_parts == _inside(doc)
    assert tokens.spaces == [t.is_space for t in doc]


def test_level_parts_and_spaces_over_dev_notes(nlp):
    parts = 0
    for text in dev_texts(80):
        doc = nlp.make_doc(text)
        tokens = context._tokens(doc)
        assert tokens.level_parts == _inside(doc)
        assert tokens.spaces == [t.is_space for t in doc]
        assert tokens.lowers == [t.lower for t in doc]
        assert tokens.orths.tolist() == [t.orth for t in doc]
        assert context._tokens(doc) is tokens  # read once a note
        parts += len(tokens.level_parts)
    assert parts > 0


def test_tokens_are_read_again_for_another_doc(nlp):
    first, second = nlp.make_doc("at L4-5"), nlp.make_doc("no level here at all")
    assert context._tokens(first).level_parts == {2, 3}
    assert context._tokens(second).level_parts == set()
    assert context._tokens(first).doc is first


def test_sentences_are_doc_sents(nlp):
    for text in dev_texts(15):
        doc = nlp(text)
        sentences, sentence_of = context._sentences(doc)
        assert sentences == [(s.start, s.end) for s in doc.sents]
        assert sentence_of == [next(k for k, (a, b) in enumerate(sentences) if a <= i < b)
                               for i in range(len(doc))]
    assert context._sentences(nlp.make_doc("")) == ([], [])
    doc = BLANK("One two. Three")
    doc[0].is_sent_start = True
    doc[3].is_sent_start = True
    assert context._sentences(doc) == ([(0, 3), (3, 4)], [0, 0, 0, 1])
    with pytest.raises(ValueError):
        context._sentences(BLANK("no sentence starts set"))


@pytest.mark.parametrize("flag, value", [("box", "before_item"), ("not_before_wrapped_word", None),
                                         ("heads_boxes", None)])
def test_ids_marked_are_the_ids_of_the_marked_rules(nlp, flag, value):
    matcher = matcher_of(nlp)
    doc = nlp.make_doc("x")
    expected = {nlp.vocab.strings[key] for key, rule in matcher.rule_map.items()
                if (rule.metadata or {}).get(flag)
                and (value is None or rule.metadata[flag] == value)}
    assert expected
    assert context._ids_marked(matcher, doc, flag, value) == expected


def _second_misses(fast, stock, doc) -> list:
    """spaCy's matches whose pattern the opener matcher's check of the token two after the
    opener would rule out (`_second_of`, `_free_second`)."""
    words = doc.to_array(ORTH).tolist()
    by_key = {p.key: p for p in fast._patterns}
    free = fast._free | fast._free_second
    missed = []
    for key, start, end in stock(doc):
        bit = by_key[doc.vocab.strings[key]].bit
        if bit & free:
            continue
        second = fast._second_of(words[start + 2]) if start + 2 < len(words) else 0
        if not bit & second:
            missed.append((doc.vocab.strings[key], start, end))
    return missed


def test_the_second_token_check_keeps_every_match_of_contexts_patterns(nlp):
    fast = matcher_of(nlp)._first_word_matcher
    stock = Matcher(nlp.vocab, validate=False)
    for p in fast._patterns:
        stock.add(p.key, [p.pattern])
    checked = 0
    texts = [t.replace("\n", " ") for t in _wrapped_texts(matcher_of(nlp), 11, per_text=40)]
    for text in texts + dev_texts(30):
        doc = nlp.make_doc(text)
        assert _second_misses(fast, stock, doc) == [], text[:80]
        checked += len(stock(doc))
    assert checked > 1000


def test_a_dropped_second_token_test_is_caught():
    fast, stock = OpenerMatcher(BLANK.vocab), Matcher(BLANK.vocab, validate=False)
    pattern = [{"LOWER": "no"}, {"LOWER": "pain", "OP": "?"}, {"LOWER": {"IN": ["at", "in"]}},
               {"LOWER": "rest"}]
    fast.add("cue", pattern)
    stock.add("cue", [pattern])
    doc = BLANK("no pain at rest, no at rest")
    assert _second_misses(fast, stock, doc) == [] and len(stock(doc)) == 2
    fast._second[0][LOWER].pop(BLANK.vocab.strings["at"])  # "at" after "pain" forgotten
    fast._seconds.clear()
    assert _second_misses(fast, stock, doc) != []
