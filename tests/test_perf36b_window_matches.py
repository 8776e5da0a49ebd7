"""perf36b: the first-word matcher (section headers, target lexicon) and ConText's opener
matcher keep spaCy's Matcher's matches on a window by the window's words, for windows whose
patterns read only the words' lexemes (`pipeline/window_matches.py`). The matches, in their
order, must stay those of spaCy's Matcher on each window: with windows kept from other notes
and from the same note, as with none kept; and a pattern that reads a token's own attribute
(`IS_SENT_START`) must never be answered from a window of the same words elsewhere."""

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from dev_texts import dev_texts
from spinecite.pipeline import get_nlp
from spinecite.pipeline.context_matcher import OpenerMatcher
from spinecite.pipeline.first_word_matcher import FirstWordMatcher
from spinecite.pipeline.nlp import process
from spinecite.pipeline.window_matches import lexical


def _window_matchers(nlp):
    found = []
    for name in ("medspacy_target_matcher", "medspacy_sectionizer"):
        pipe = nlp.get_pipe(name)
        for value in vars(pipe).values():
            for inner in [value, *(vars(value).values() if hasattr(value, "__dict__") else ())]:
                if isinstance(inner, FirstWordMatcher) and inner.usable:
                    found.append(inner)
    found.append(nlp.get_pipe("spinecite_context")._ConText__matcher._first_word_matcher)
    return found


def test_lexical_patterns():
    assert lexical([{"LOWER": "no"}, {"IS_SPACE": True, "OP": "*"}, {"TEXT": {"IN": [":"]}}])
    assert lexical([{"LOWER": {"REGEX": "^den"}}, {"IS_PUNCT": False, "OP": "?"},
                    {"LIKE_NUM": True}, {"LENGTH": {">=": 2}}, {"IS_TITLE": True}])
    assert not lexical([{"LOWER": "no"}, {"IS_SENT_START": True}])
    assert not lexical([{"LOWER": "no"}, {"SPACY": False}])
    assert not lexical([{"LOWER": "no"}, {"_": {"section": "x"}}])
    assert not lexical([{"LOWER": "no"}, {"NORM": "no"}])
    assert not lexical([{"POS": "NOUN"}])


def test_kept_windows_give_the_matchers_answers_on_dev_notes():
    nlp = get_nlp()
    docs = [process(text, nlp=nlp) for text in dev_texts(40)]
    for matcher in _window_matchers(nlp):
        matcher._windows.clear()
        none_kept = []
        for doc in docs:
            matcher._windows.clear()
            none_kept.append(matcher(doc))
        matcher._windows.clear()
        # windows kept from the notes before, then each note again with its own kept
        assert [matcher(doc) for doc in docs] == none_kept, type(matcher).__name__
        assert [matcher(doc) for doc in docs] == none_kept, type(matcher).__name__
        assert sum(map(len, none_kept)) > 0


def _spacy(vocab, patterns, doc):
    whole = Matcher(vocab, validate=False)
    for key, pattern in patterns:
        whole.add(key, [pattern])
    return sorted(whole(doc))


@pytest.mark.parametrize("kind", [OpenerMatcher, FirstWordMatcher])
def test_a_token_attribute_is_not_read_from_a_kept_window(kind):
    nlp = get_nlp()
    patterns = [("SENT_DENIES", [{"LOWER": "denies"}, {"IS_SENT_START": True}]),
                ("DENIES_ANY", [{"LOWER": "denies"}, {"LOWER": "any"}])]
    matcher = kind(nlp.vocab)
    for key, pattern in patterns:
        matcher.add(key, pattern)
    if not matcher.usable:
        pytest.skip("the matcher takes spaCy's Matcher for these patterns")
    words = ["denies", "pain", "denies", "any", "fever"]
    for starts in ([True, False, False, False, False], [True, True, False, True, False],
                   [True, False, False, False, False], [True, True, True, True, True]):
        doc = Doc(nlp.vocab, words=words, sent_starts=starts)
        assert sorted(matcher(doc)) == _spacy(nlp.vocab, patterns, doc), starts
