"""Session 13's cuts in the regex rules' start positions (pipeline/regex_literals.py) and in
turning their matches into token spans (pipeline/target_matcher.py): the same matches as
`re.finditer` and the same token ranges as medspaCy's resolution, whatever the path taken."""

import dataclasses
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from spinecite.pipeline import regex_literals
from spinecite.pipeline.regex_literals import LiteralIndex, plan
from spinecite.pipeline.target_matcher import _TokenOffsets

NOTE = ("Left L5 radiculopathy, lt. sciatica and RLE weakness. Patient reports that the "
        "pain radiates down the right leg; no saddle anesthesia. Alright: prior right-sided "
        "sciatica resolved. hx of L4-5 HNP. Lefty (nickname) denies leg pain. right")


@pytest.mark.parametrize("pattern", [
    r"\b(?:left|lt\.?|L)\s+(?:L\d\s+)?(?:radiculopathy|sciatica)",  # opening words, word start
    r"\b(?:right|rt\.?|R|RLE)\b",                                    # 'r' inside words refused
    r"(?<![\w-])(?:right|left)[-\s]sided\s+\w+",                     # lookbehind word start
    r"(?:(?<=\bhx of )|(?<=\bh/o ))L\d(?:-\d)?\s+\w+",              # literal before the match
    r"(?<=right)",                                                   # empty, last one at the end
    r"(?:pain|sciatica)\s+(?:radiates|resolved)",                    # no word start
])
def test_rules_on_opening_words_take_the_list_of_starts_and_find_what_finditer_finds(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    rule = plan(pattern, compiled.flags)
    narrow = [a for a in (rule.anchors, *rule.fallbacks) if regex_literals._narrow(a)]
    assert narrow
    expected = [m.span() for m in compiled.finditer(NOTE)]
    for anchors in narrow:  # each tried alone, whichever the plan prefers
        alone = dataclasses.replace(rule, anchors=anchors, fallbacks=())
        assert [m.span() for m in LiteralIndex(NOTE).matches(compiled, alone)] == expected
    assert [m.span() for m in LiteralIndex(NOTE).matches(compiled, rule)] == expected


def test_a_word_starting_rule_is_not_tried_inside_words():
    # "Alright" and "Lefty" hold "right" and "left" but start no word there: not candidates
    pattern = r"\b(?:right|left)"
    rule = plan(pattern)
    index = LiteralIndex(NOTE)
    starts = index._start_list(rule.anchors, rule)
    assert NOTE.index("Alright") + 2 not in starts and NOTE.index("Lefty") in starts
    assert [m.group() for m in index.matches(re.compile(pattern, re.I), rule)] == \
        [m.group() for m in re.finditer(pattern, NOTE, re.I)]


words = st.sampled_from(["left", "lt.", "L", "right", "R", "alright", "lefty", "sciatica",
                         "radiculopathy", "L5", "-", "sided", "hx of", "pain"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(words, st.sampled_from([" ", "  ", "\n", ", ", "-", ""])),
                max_size=30),
       st.sampled_from([r"\b(?:left|lt\.?|L)\s+(?:L\d\s+)?(?:radiculopathy|sciatica)",
                        r"\b(?:right|rt\.?|R)\b", r"(?<![\w-])(?:right|left)[-\s]sided",
                        r"(?:(?<=\bhx of )|(?<=\bh/o ))L\d", r"(?<=right)", r"(?<=ft)",
                        r"\bL?5", r"(?:pain|sciatica)\s*(?:-\s*)?(?:left|right)?"]))
def test_the_list_of_starts_finds_what_finditer_finds(parts, pattern):
    text = "".join(w + s for w, s in parts)
    compiled = re.compile(pattern, re.IGNORECASE)
    found = [m.span() for m in LiteralIndex(text).finditer(compiled, plan(pattern))]
    assert found == [m.span() for m in compiled.finditer(text)]


BLANK = spacy.blank("en")


def _medspacy_span(doc, start_char, end_char):
    """medspaCy's resolution (RegexMatcher: `Doc.char_span`, else
    `medspacy.common.util.get_token_for_char` on each end), written out on the tokens."""
    span = doc.char_span(start_char, end_char)
    if span is not None:
        return span.start, span.end

    def token_for(char, left):
        for token in doc:
            if char == token.idx:
                return token.i
            if char < token.idx:
                return doc[token.i - 1].i if left else token.i
        return doc[-1].i if left else len(doc)

    return token_for(start_char, True), token_for(end_char, False)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,-\n(", min_size=1, max_size=40), st.data())
def test_token_ranges_of_character_ranges_are_medspacys(text, data):
    doc = BLANK.make_doc(text)
    if not len(doc):
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert _TokenOffsets(doc).span(start, end) == _medspacy_span(doc, start, end)
