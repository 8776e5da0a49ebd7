"""ConText's shortcuts of perf32d must give what the long way gave:

- the opener matcher puts a new word to each distinct flag and REGEX test once (`_bits_of`)
  and reads its masks from those answers (`_passed`): the masks, the second-token masks and
  the answers must be those of putting the word to each test of each index (`_word_passes`),
  over ConText's own patterns and the words of dev notes and of its cues;
- a wrapped sentence's view is dismissed without its Doc when no phrase holds two of its
  words either side of a wrap (`_phrase_may_hold`, from the phrases' pairs of next words):
  every phrase of ConText's rules, wrapped at each of its gaps, must be kept;
- `sentence_starts` the starts of `doc.sents`, and `SentenceIndex` the sentence of each token;
- a rule's stop words (`_stop_words`, `_hashes`) the sets and hashes made afresh;
- the targets' attributes written through `Extensions` those of medspaCy's `span._` writes;
- the note's tokens are not kept once ConText has run (`_READ`).
"""


import pytest
import spacy
from medspacy.context import ConText
from spacy.tokens import Doc, Span

from context_fixtures import dev_texts, matcher_of
from spinecite.pipeline import context, context_matcher
from spinecite.pipeline.context_matcher import OpenerMatcher, _word_passes
from spinecite.pipeline.extensions import SPAN_GROUP, SentenceIndex, sentence_starts

BLANK = spacy.blank("en")


def _cue_words(matcher) -> list:
    words = []
    for rule in matcher.rule_map.values():
        words += rule.literal.split()
        for token in rule.pattern if isinstance(rule.pattern, list) else ():
            for value in token.values() if isinstance(token, dict) else ():
                if isinstance(value, str):
                    words.append(value)
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    words += [v for v in value["IN"] if isinstance(v, str)]
    return words


def _reference(fast: OpenerMatcher, orth: int) -> tuple:
    """A word's masks, second-token mask and answers, each test of each index put to it."""
    lexeme = fast.vocab[orth]

    def index_mask(index) -> int:
        by_value, tested = index
        mask = by_value[context_matcher.LOWER].get(lexeme.lower, 0) | by_value[
            context_matcher.ORTH].get(orth, 0)
        for test, bits in tested:
            if _word_passes(test, lexeme):
                mask |= bits
        return mask

    answers = 0
    for k, test in enumerate(fast._word_tests):
        if _word_passes(test, lexeme):
            answers |= 1 << k
    masks = index_mask(fast._opening), index_mask(fast._following)
    return masks, index_mask(fast._second), answers


def _orths(nlp, texts) -> list:
    orths = set()
    for text in texts:
        orths.update(nlp.make_doc(text).to_array(context_matcher.ORTH).tolist())
    return sorted(orths)


def test_a_words_masks_are_those_of_each_test_of_each_index(nlp):
    fast = matcher_of(nlp)._first_word_matcher
    assert fast._word_tests and fast._opening[1] and fast._following[1] and fast._second[1]
    orths = _orths(nlp, dev_texts(40) + [" ".join(_cue_words(matcher_of(nlp)))]
                   + ["No. neg. Denies. 72148 L4-5 C5 s1 3rd x2 10/12/2024 \n\n  ( ) , -- "])
    assert len(orths) > 3000
    fast._masks.clear(), fast._seconds.clear(), fast._word_bits.clear()
    passing = {"opening": 0, "following": 0, "second": 0, "answers": 0}
    for orth in orths:
        masks, second, answers = _reference(fast, orth)
        assert fast._masks_of(orth) == masks, fast.vocab.strings[orth]
        assert fast._second_of(orth) == second, fast.vocab.strings[orth]
        assert fast._bits_of(orth) == answers, fast.vocab.strings[orth]
        passing["opening"] += bool(masks[0])
        passing["following"] += bool(masks[1])
        passing["second"] += bool(second)
        passing["answers"] += bool(answers)
    # each index and the answers are asked of words that pass some of their tests
    assert min(passing.values()) > 100, passing


def test_a_dropped_word_test_is_caught():
    fast = OpenerMatcher(BLANK.vocab)
    fast.add("cue_0", [{"LOWER": {"REGEX": "^(no|denies)$"}}, {"IS_PUNCT": False, "OP": "*"},
                       {"LOWER": "pain"}])
    fast.add("cue_1", [{"TEXT": {"REGEX": r"^\d"}, "OP": "?"}, {"LIKE_NUM": True},
                       {"LOWER": "weeks"}])
    words = BLANK("No pain , denies back pain 6 weeks 3rd").to_array(context_matcher.ORTH).tolist()
    assert all(fast._masks_of(w) == _reference(fast, w)[0] for w in words)
    fast._masks.clear(), fast._word_bits.clear()
    fast._answering[0].pop()  # the lower-case REGEX test forgotten
    assert any(fast._masks_of(w) != _reference(fast, w)[0] for w in words)


def _phrases(matcher) -> list:
    return [rule.literal for rule in matcher.rule_map.values() if rule.pattern is None]


def test_every_phrase_wrapped_at_each_gap_may_be_held(nlp):
    matcher = matcher_of(nlp)
    held = 0
    for literal in _phrases(matcher):
        doc = nlp.make_doc(literal)
        if len(doc) < 2:
            continue
        columns = doc.to_array([context_matcher.ORTH, context_matcher.LOWER])
        orths, lowers = columns[:, 0].tolist(), columns[:, 1].tolist()
        for k in range(len(doc) - 1):
            assert context._phrase_may_hold(matcher, orths, lowers, [k]), (literal, k)
            held += 1
    assert held > 1000
    # and a phrase is told from words that are no phrase's next words
    doc = BLANK("zebra quokka")
    columns = doc.to_array([context_matcher.ORTH, context_matcher.LOWER])
    assert not context._phrase_may_hold(matcher, columns[:, 0].tolist(), columns[:, 1].tolist(),
                                        [0])


def test_the_phrase_pairs_are_those_of_each_phrase_and_a_dropped_one_is_caught(nlp):
    matcher = matcher_of(nlp)
    attr, pairs = context._phrase_pairs(matcher)
    assert attr == context_matcher.LOWER
    expected = set()
    for literal in _phrases(matcher):
        lowers = [t.lower for t in nlp.make_doc(literal)]
        expected.update(zip(lowers, lowers[1:]))
    # medspaCy made each phrase's Doc with the pipeline as it stood: its pairs hold those of
    # the tokenizer's reading of each literal
    assert expected <= pairs
    dropped = next(iter(expected))
    pairs.discard(dropped)
    try:
        lowers = list(dropped)
        assert not context._phrase_may_hold(matcher, [0, 0], lowers, [0])
    finally:
        pairs.add(dropped)


def test_wrapped_phrases_are_matched(nlp):
    """A phrase cue broken by a wrap is matched in its view, as before."""
    matcher = matcher_of(nlp)
    literal = next(p for p in _phrases(matcher) if len(p.split()) >= 3
                   and all(w.isalpha() for w in p.split()))
    words = literal.split()
    doc = nlp.make_doc("pain " + words[0] + "\n" + " ".join(words[1:]) + " fever")
    found = context._wrapped_matches(doc, matcher, (0, len(doc)))
    assert found, literal


def test_sentence_starts_are_those_of_doc_sents(nlp):
    for text in dev_texts(20):
        doc = nlp(text)
        starts = sentence_starts(doc)
        assert starts == [s.start for s in doc.sents]
        index = SentenceIndex(doc)
        for i in range(0, len(doc), 7):
            assert (index.holding(i).start, index.holding(i).end) == (doc[i].sent.start,
                                                                      doc[i].sent.end)
    assert sentence_starts(nlp.make_doc("")) == []
    doc = Doc(BLANK.vocab, words=["a", "b", "c"], sent_starts=[False, False, True])
    assert sentence_starts(doc) == [0, 2] == [s.start for s in doc.sents]


def test_stop_words_are_the_rules_sets_made_once(nlp):
    stops = {"forward": ["but", "-"], "backward": [","]}
    forward, backward = context._stop_words(stops)
    assert (forward, backward) == ({"but", "-"}, {","})
    assert context._stop_words(stops)[0] is forward  # made once
    assert context._stop_words({"forward": ["and"]}) == ({"and"}, set())
    assert context._hashes(forward, BLANK.vocab.strings) == {
        BLANK.vocab.strings[w] for w in ("but", "-")} == {t.lower for t in BLANK("but -")}
    for rule in matcher_of(nlp).rule_map.values():
        stops = (rule.metadata or {}).get("scope_stops")
        if stops:
            assert context._stop_words(stops) == (set(stops.get("forward", ())),
                                                  set(stops.get("backward", ())))


def _values(doc, names) -> list:
    return [(s.start, s.end, s.label_, tuple(getattr(s._, n) for n in names))
            for s in doc.spans[SPAN_GROUP]]


def test_attributes_are_written_as_medspacys_span_underscore_writes_them(nlp):
    ctx = nlp.get_pipe("spinecite_context")
    names = sorted({n for d in ctx.context_attributes_mapping.values() for n in d})
    defaults = {n: Span.get_extension(n)[0] for n in names}
    written = 0
    for text in dev_texts(15):
        doc = nlp(text)
        edges = doc._.context_graph.edges
        got = _values(doc, names)
        for span in doc.spans[SPAN_GROUP]:
            for n, v in defaults.items():
                setattr(span._, n, v)
        ConText.set_context_attributes(ctx, edges)  # medspaCy's own
        assert _values(doc, names) == got
        written += len(edges)
        # and each target's modifiers are its edges', in order
        for span in doc.spans[SPAN_GROUP]:
            assert span._.modifiers == tuple(m for t, m in edges
                                             if (t.start_char, t.end_char) == (
                                                 span.start_char, span.end_char))
    assert written > 100


def test_the_note_is_not_kept_once_context_has_run(nlp):
    doc = nlp("No leg weakness.\nDenies saddle\nanesthesia. L4-5 disc herniation.")
    assert doc._.context_graph is not None
    assert context._READ[0] is None


@pytest.mark.parametrize("category, direction", [("NEGATED_EXISTENCE", "FORWARD"),
                                                 ("FAMILY", "BACKWARD")])
def test_a_modifiers_category_and_direction_are_its_rules(nlp, category, direction):
    from medspacy.context import ConTextRule

    rule = ConTextRule("no", category, direction=direction)
    doc = nlp("no pain in the leg")
    modifier = context.NoteModifier(rule, 0, 1, doc, (0, len(doc)), (0, len(doc)))
    assert (modifier.rule, modifier.category, modifier.direction) == (rule, category, direction)
    assert modifier.scope_span == ((1, len(doc)) if direction == "FORWARD" else (0, 0))
