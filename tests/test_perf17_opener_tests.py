"""ConText's opener matcher puts each word it has not seen to every distinct token test once.

Patterns that ask the same of the token after their opener (`"IS_PUNCT": false` stands in
fourteen ConText rules) share one test whose bits are OR-ed, and a new word's answers are kept
only in its masks, not in a (test, word) cache that grew by every test for every new word of
every note (277,000 entries after 110 notes). The matches stay spaCy's Matcher's.
"""

import spacy
from spacy.matcher import Matcher

from spinecite.pipeline.context_matcher import OpenerMatcher

BLANK = spacy.blank("en")

# three patterns open on different words and need a word (not a mark) after it; a fourth asks
# the same of the token after its opener through another attribute (a REGEX on the text)
PATTERNS = [
    [{"LOWER": "denies"}, {"IS_PUNCT": False}],
    [{"LOWER": "without"}, {"IS_PUNCT": False}],
    [{"LOWER": "negative"}, {"LOWER": "for", "OP": "?"}, {"IS_PUNCT": False}],
    [{"LOWER": "ruled"}, {"TEXT": {"REGEX": "^out$"}}],
    [{"LOWER": "free"}, {"LOWER": {"REGEX": "^out$"}}],
]


def _both(patterns):
    stock, fast = Matcher(BLANK.vocab), OpenerMatcher(BLANK.vocab)
    for i, pattern in enumerate(patterns):
        stock.add(f"cue_{i}", [pattern])
        fast.add(f"cue_{i}", pattern)
    return stock, fast


def _sorted(matches):
    return sorted(matches, key=lambda m: (m[1], m[2], m[0]))


def test_patterns_asking_the_same_of_a_token_share_one_test():
    _, fast = _both(PATTERNS)
    tested = fast._following[1]
    punct = [bits for test, bits in tested if test.flag == ("IS_PUNCT", False)]
    assert len(punct) == 1 and bin(punct[0]).count("1") == 3
    # the same REGEX on the text and on the lower-case form are two tests, not one
    regexes = [test for test, _ in tested if test.regex is not None]
    assert len(regexes) == 2


def test_shared_tests_find_spacys_matches_and_refuse_its_look_alikes():
    stock, fast = _both(PATTERNS)
    for text in ["She denies saddle numbness and is without fever, negative for chills.",
                 "Cauda equina ruled out; he is pain free OUT of the brace.",
                 # look-alikes: a mark after the opener, a capital Out the text test refuses
                 "Denies: none. Without , it hurts. Negative -- so far. Ruled Out twice."]:
        doc = BLANK(text)
        assert _sorted(fast(doc)) == _sorted(stock(doc)), text
    look_alike = BLANK("Denies: none. Without , it hurts. Negative -- so far. Ruled Out twice.")
    found = {BLANK.vocab.strings[key] for key, _, _ in fast(look_alike)}
    assert "cue_0" not in found and "cue_1" not in found and "cue_3" not in found


def test_new_words_do_not_grow_a_per_test_cache():
    _, fast = _both(PATTERNS)
    words = " ".join(f"word{i} denies pain{i} free out" for i in range(300))
    matches = fast(BLANK(words))
    assert len(matches) == 600  # each "denies painN" and each "free out"
    assert len(fast._masks) >= 600
    # a word's answers to every flag and REGEX test are one int, kept once a word (perf30a:
    # the patterns are run over them before spaCy's Matcher is asked), not one entry a test
    assert not hasattr(fast, "_passes") and len(fast._word_bits) <= len(fast._masks)
