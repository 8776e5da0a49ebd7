"""perf35b: the first-word matcher runs a group's spaCy Matcher on a window only when what
follows the opener passes every word (or leading token) one of the group's patterns needs,
not the second one alone, and reads the matches of a group of words with whitespace between
them itself. The matches, in their order, must stay those of running each group's spaCy
Matcher on every window it opens: on dev notes, on texts written from the patterns' own
words with whitespace between them, in upper case, and with the last word swapped for
another pattern's, and with patterns added twice and sharing their words."""

import random

from medspacy.section_detection import SectionRule
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher

from dev_texts import dev_texts
from spinecite.pipeline.first_word_matcher import FirstWordMatcher
from spinecite.pipeline.resources import SECTION_RULES

_GAPS = (" ", "  ", "\n", " \n ", "\n\n")


def _literal_tokens(pattern):
    """A token text each pattern token can take (its LOWER or TEXT value, the first of a
    list), None for a whitespace token; [] when a token tests anything else."""
    words = []
    for token in pattern:
        if token == {"IS_SPACE": True, "OP": "*"}:
            continue
        (key, value), *_ = [(k, v) for k, v in token.items() if k != "OP"] or [(None, None)]
        if isinstance(value, dict) and "IN" in value:
            value = value["IN"][0]
        if key not in ("LOWER", "TEXT", "ORTH") or not isinstance(value, str):
            return []
        words.append(value)
    return words


def _written(patterns, seed):
    """Lines of each pattern's words, with whitespace between them, a copy in upper case, and
    a near miss: the last word swapped for another pattern's last word."""
    rng = random.Random(seed)
    lines = []
    words = [w for w in (_literal_tokens(p) for p in patterns) if w]
    for tokens in words:
        gap = rng.choice(_GAPS)
        lines.append(gap.join(tokens) + " :")
        lines.append(" ".join(tokens).upper() + " -")
        other = rng.choice(words)
        lines.append(rng.choice(_GAPS).join(tokens[:-1] + other[-1:]) + " x")
    return "\n".join(lines)


def _every_window(matcher, doc):
    """The matches of each group run on every window it opens: the first-word matcher with no
    test of what follows its opener."""
    by_lower, by_orth = matcher._groups[LOWER], matcher._groups[ORTH]
    columns = doc.to_array([LOWER, ORTH, IS_SPACE]).tolist()
    n = len(columns)
    matches = []
    for i, (lower, orth, _) in enumerate(columns):
        for group in (by_lower.get(lower), by_orth.get(orth)):
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


def test_section_headers_needs_keep_every_match(nlp):
    rules = [rule for rule in SectionRule.from_json(str(SECTION_RULES))
             if isinstance(rule.pattern, list)]
    fast, stock = FirstWordMatcher(nlp.vocab), Matcher(nlp.vocab)
    for i, rule in enumerate(rules):
        fast.add(f"header_{i}", rule.pattern)
        stock.add(f"header_{i}", [rule.pattern])
    assert fast.usable
    # most groups' needs are known (a header of one word and a mark after it is one)
    assert sum(needs is not None for needs in fast._needs.values()) > len(fast._needs) / 2
    texts = dev_texts(30) + [_written([rule.pattern for rule in rules], seed)
                              for seed in range(3)]
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        expected = _every_window(fast, doc)
        assert fast(doc) == expected
        assert sorted(expected, key=lambda m: m[1:]) == sorted(stock(doc), key=lambda m: m[1:])
        found += len(expected)
    assert found > 1000


def test_the_target_lexicons_needs_keep_every_match(nlp):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    fast = matcher._first_word_matcher
    assert fast.usable and fast._needs
    patterns = [rule.pattern for rule in matcher.rule_map.values()
                if isinstance(rule.pattern, list)]
    texts = dev_texts(20) + [_written(patterns, seed) for seed in range(2)]
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        expected = _every_window(fast, doc)
        assert fast(doc) == expected
        found += len(expected)
    assert found > 10000


def test_spaced_words_read_as_spacys_matcher_reads_them(nlp):
    spaces = {"IS_SPACE": True, "OP": "*"}
    low, back, pain = ({"LOWER": word} for word in ("low", "back", "pain"))
    fast = FirstWordMatcher(nlp.vocab)
    for key, pattern in (("A", [low, spaces, back, spaces, pain]), ("B", [low, spaces, back]),
                         ("A", [low, spaces, back, spaces, pain]), ("C", [low]),
                         ("D", [low, spaces, back, spaces, pain]), ("B", [low])):
        fast.add(key, pattern)
    assert fast._spaced[nlp.vocab.strings["low"]] is not None
    doc = nlp.make_doc("Low back pain, low  back\n pain; LOW BACK. low pain low")
    expected = _every_window(fast, doc)
    assert fast(doc) == expected
    assert len(expected) == 17
