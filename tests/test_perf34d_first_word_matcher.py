"""perf34d: the first-word matcher reads its token columns whole and picks the tokens that
open a group from them; the matches stay spaCy's Matcher's, for the sectionizer's headers
(groups opened by a word and by a mark: "-", "*", "•", "·") and for the target lexicon's
words, on dev notes written with bullets and in upper case."""

from medspacy.section_detection import SectionRule
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher

from dev_texts import dev_texts
from spinecite.pipeline.first_word_matcher import FirstWordMatcher
from spinecite.pipeline.resources import SECTION_RULES


def _variants(text):
    """The note, and its lines opened by each mark a header may open on, and in upper case."""
    lines = text.split("\n")
    yield text
    for mark in ("- ", "* ", "\u2022 ", "\u00b7", "-"):
        yield "\n".join(mark + line for line in lines)
    yield text.upper()


def _by_position(match):
    return match[1], match[2]


def test_header_groups_opened_by_a_word_or_a_mark_find_spacys_matches(nlp):
    rules = [rule for rule in SectionRule.from_json(str(SECTION_RULES))
             if isinstance(rule.pattern, list)]
    stock, fast = Matcher(nlp.vocab), FirstWordMatcher(nlp.vocab)
    for i, rule in enumerate(rules):
        stock.add(f"header_{i}", [rule.pattern])
        fast.add(f"header_{i}", rule.pattern)
    assert fast.usable
    assert fast._groups[ORTH], "the headers open on marks too"
    opened_by_mark = 0
    for text in dev_texts(40):
        for variant in _variants(text):
            doc = nlp.make_doc(variant)
            expected = sorted(stock(doc), key=_by_position)
            assert sorted(fast(doc), key=_by_position) == expected
            opened_by_mark += sum(doc[start].text in {"-", "*", "\u2022", "\u00b7"}
                                  for _, start, _ in expected)
    assert opened_by_mark > 50


def test_the_target_lexicons_word_groups_find_what_the_pipelines_matcher_found(nlp):
    # the pipeline's own first-word matcher against a copy read the way it was before perf34d
    # (rows unpacked token by token); the lexicon's openers are words by LOWER, and a few by
    # ORTH where case tells them apart (session 37: "T"/"Temp" of a temperature reading)
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher._first_word_matcher
    assert matcher.usable and matcher._groups[LOWER]
    found = 0
    for text in dev_texts(25):
        for variant in _variants(text):
            doc = nlp.make_doc(variant)
            expected = sorted(_row_by_row(matcher, doc), key=_by_position)
            assert sorted(matcher(doc), key=_by_position) == expected
            found += len(expected)
    assert found > 500


def _row_by_row(matcher, doc):
    """The matches as the rows of `to_array([LOWER, ORTH, IS_SPACE])` read one token at a time."""
    by_lower, by_orth = matcher._groups[LOWER], matcher._groups[ORTH]
    columns = doc.to_array([LOWER, ORTH, IS_SPACE]).tolist()
    n = len(columns)
    matches = []
    for i, (lower, orth, _) in enumerate(columns):
        for attr, value, group in ((LOWER, lower, by_lower.get(lower)),
                                   (ORTH, orth, by_orth.get(orth))):
            if group is None:
                continue
            sub, words, tokens = group
            end, seen = i, 0
            while end < n and seen < words:
                seen += not columns[end][2]
                end += 1
            end = min(n, max(end, i + tokens))
            for key, start, stop in sub(doc[i:end]):
                if start == 0:
                    matches.append((key, i, i + stop))
    return matches
