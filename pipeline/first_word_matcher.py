"""spaCy's Matcher, run only where a pattern's first token can occur.

spaCy's Matcher tries every pattern at every token: with the lexicon's ~8,000 token patterns
that is the largest cost of a note once the regex rules are prefiltered, and the sectionizer's
~630 header patterns cost as much again. Both lexicons open every pattern with a fixed token,
a word (`{"LOWER": ...}`) or one of a few marks (`{"TEXT": {"IN": ["-", "*"]}}`), and cannot
reach past a bounded number of tokens: the target lexicon's patterns are words with optional
whitespace tokens between them (`{"IS_SPACE": true, "OP": "*"}`), so as many words as the
pattern has; the section headers are a few tokens, the last optional (`"OP": "?"`).
Patterns are grouped by their first token, one spaCy Matcher per group, and each group runs on
the few tokens from each token that can start one of its matches.

Same matches as one Matcher holding every pattern: a match starts on its group's token, so
each (start, end) comes from a single group and a single window, where spaCy's own matcher
orders the matches exactly as it would in the whole Doc (a match's states never interact
with those of other patterns or other start tokens). Patterns of any other shape, callbacks,
or a token that could open groups of both kinds make `usable` False and the caller keeps
spaCy's Matcher.
"""

from __future__ import annotations

from itertools import count
from typing import Any, Optional

from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from spinecite.pipeline.window_matches import WindowMatches, lexical

Match = tuple[int, int, int]
_SPACES = {"IS_SPACE": True, "OP": "*"}


def _words(pattern: list) -> Optional[int]:
    """Number of words of a pattern of words and optional whitespace, else None."""
    if not _is_word(pattern[0]) or not _is_word(pattern[-1]):
        return None
    words = 0
    for token in pattern:
        if _is_word(token):
            words += 1
        elif token != _SPACES:
            return None
    return words


def _is_word(token: Any) -> bool:
    return (isinstance(token, dict) and set(token) == {"LOWER"} and isinstance(token["LOWER"], str)
            and token["LOWER"] != "" and not any(c.isspace() for c in token["LOWER"]))


def _is_fixed_length(pattern: list) -> bool:
    """Each token once, or once at most (no "*" or "+"): no match is longer than the pattern."""
    return all(isinstance(token, dict) and token.get("OP") in (None, "?") for token in pattern)


def _openers(token: Any) -> Optional[tuple[int, list[str]]]:
    """The attribute and values a pattern's first token must have, for the shapes grouped."""
    if isinstance(token, dict) and set(token) == {"LOWER"}:
        lower = token["LOWER"]
        return (LOWER, [lower]) if isinstance(lower, str) and lower else None
    if isinstance(token, dict) and set(token) == {"TEXT"}:
        text = token["TEXT"]
        if isinstance(text, str) and text:
            return ORTH, [text]
        if (isinstance(text, dict) and set(text) == {"IN"} and text["IN"]
                and all(isinstance(t, str) and t for t in text["IN"])):
            return ORTH, list(text["IN"])
    return None


class FirstWordMatcher:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.usable = True
        self.refused: list[str] = []  # keys of the patterns that made it unusable
        # attribute (LOWER or ORTH) -> the first token's value hash -> (matcher of the
        # patterns opening with it, most words of one, most tokens of one of fixed length)
        self._groups: dict[int, dict[int, tuple[Matcher, int, int]]] = {LOWER: {}, ORTH: {}}
        # the same keys -> what the patterns of the group need after their first token (or
        # their first word), indexed by the first thing needed: most openers ("-", "pt", "a")
        # open no match, and spaCy's Matcher costs as many predicates as the group has
        # patterns to find that out (six calls in ten on the section headers found nothing
        # when only the second token was read). None when one pattern's needs are not known
        self._needs: dict[tuple[int, int], Optional[dict[tuple[bool, bool], dict]]] = {}
        # the same keys (a word's LOWER) -> the group's patterns when each is its words with
        # whitespace between every two (`_spaced_words`): [(match id, order added, the LOWER
        # of each word after the first)] of the one-word patterns, and the others by their
        # second word. Their matches are read here: spaCy's Matcher (~10 us a call) found
        # one of them on each window the needs let through. None: spaCy's Matcher runs
        self._spaced: dict[int, Optional[tuple[list, dict[int, list]]]] = {}
        self._lower_openers: set[str] = set()
        self._text_openers: set[str] = set()
        # the same keys -> whether every pattern of the group reads only the words' lexemes,
        # whose matches on a window are then kept by the window's words (`window_matches`):
        # the section headers' windows ("Assessment and Plan:") come back note after note
        self._lexical: dict[tuple[int, int], bool] = {}
        self._windows = WindowMatches()

    def add(self, key: str, pattern: Any, on_match: Any = None) -> None:
        if not isinstance(pattern, list) or not pattern or on_match is not None:
            self.usable = False
            self.refused.append(key)
            return
        opener = _openers(pattern[0])
        words = _words(pattern)
        fixed = len(pattern) if _is_fixed_length(pattern) else 0
        if opener is None or (words is None and not fixed):
            self.usable = False
            self.refused.append(key)
            return
        attr, values = opener
        if attr == LOWER:
            self._lower_openers.update(values)
        else:
            self._text_openers.update(value.lower() for value in values)
        if self._lower_openers & self._text_openers:
            # one token would open groups of both kinds, whose matches' order spaCy sets
            self.usable = False
            self.refused.append(key)
        groups = self._groups[attr]
        self._windows.clear()  # a group's matcher changes
        for value in values:
            opener = self.vocab.strings.add(value)
            matcher, most_words, most_tokens = groups.get(opener, (None, 0, 0))
            if matcher is None:
                matcher = Matcher(self.vocab, validate=False)
            matcher.add(key, [pattern])
            groups[opener] = (matcher, max(most_words, words or 0), max(most_tokens, fixed))
            self._lexical[attr, opener] = self._lexical.get((attr, opener), True) and lexical(pattern)
            self._need((attr, opener), self._all_after(pattern, words, fixed))
            if attr == LOWER:
                self._list_spaced(opener, key, pattern)

    def _all_after(self, pattern: list, words: Optional[int], fixed: int
                   ) -> Optional[tuple[bool, tuple[tuple[bool, frozenset], ...]]]:
        """(whether they are the next words rather than the next tokens, a test of each) what
        a match of the pattern needs after its first token, in order: the words of a pattern of
        words; the leading tokens of a fixed-length one that are required and test one LOWER
        or TEXT value or list (a later token, optional or of another test, needs nothing
        here). A test is (whether it reads ORTH rather than LOWER, the hashes it takes). None
        when it needs nothing known."""
        tokens = pattern[1:] if words is not None or fixed else []
        tests = []
        for token in tokens:
            if words is not None and not _is_word(token):
                continue  # whitespace between the words: the next word is read past it
            test = self._test_of(token)
            if test is None:
                break  # an "OP" key, or another test: nothing known from here on
            tests.append(test)
        return (words is not None, tuple(tests)) if tests else None

    def _test_of(self, token: Any) -> Optional[tuple[bool, frozenset]]:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        (key, value), = token.items()
        if key not in ("LOWER", "TEXT", "ORTH"):
            return None
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            value = value["IN"]
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(
                isinstance(v, str) for v in values):
            return None
        return key != "LOWER", frozenset(self.vocab.strings.add(v) for v in values)

    def _list_spaced(self, opener: int, key: str, pattern: list) -> None:
        if opener in self._spaced and self._spaced[opener] is None:
            return
        if not _spaced_words(pattern):
            self._spaced[opener] = None
            return
        alone, by_second = self._spaced.setdefault(opener, ([], {}))
        after = tuple(self.vocab.strings.add(token["LOWER"]) for token in pattern[2::2])
        order = len(alone) + sum(map(len, by_second.values()))
        entry = (self.vocab.strings.add(key), order, after)
        if after:
            by_second.setdefault(after[0], []).append(entry)
        else:
            alone.append(entry)

    def _need(self, group: tuple[int, int], needs: Optional[tuple[bool, tuple]]) -> None:
        """Index a pattern's needs (`_all_after`) in its group's: (whether they are words,
        whether the first test reads ORTH) -> a value the first test takes -> the tests after
        it, of each pattern."""
        if group in self._needs and self._needs[group] is None:
            return
        if needs is None:
            self._needs[group] = None
            return
        word, ((reads_orth, values), *rest) = needs
        by_value = self._needs.setdefault(group, {}).setdefault((word, reads_orth), {})
        for value in values:
            by_value.setdefault(value, set()).add(tuple(rest))

    def __call__(self, doc: Doc) -> list[Match]:
        by_lower, by_orth = self._groups[LOWER], self._groups[ORTH]
        if not (by_lower or by_orth) or not len(doc):
            return []
        # each column read whole (numpy's tolist), not unpacked token by token from rows
        columns = doc.to_array([LOWER, ORTH, IS_SPACE])
        lowers, all_orths = columns[:, 0].tolist(), columns[:, 1].tolist()
        spaces = columns[:, 2].tolist()  # 0 or 1
        n = len(lowers)
        matches: list[Match] = []
        next_at = _next_words(spaces)
        all_needs = self._needs
        # most tokens open no group: skip them in one pass, not one loop step each
        if by_orth:
            orths = all_orths
            openers = [i for i, lower, orth in zip(count(), lowers, orths)
                       if lower in by_lower or orth in by_orth]
        else:  # the target lexicon opens on words alone
            orths = None
            openers = [i for i, lower in enumerate(lowers) if lower in by_lower]
        for i in openers:
            lower, orth = lowers[i], orths[i] if orths is not None else 0
            for attr, value, group in ((LOWER, lower, by_lower.get(lower)),
                                       (ORTH, orth, by_orth.get(orth) if by_orth else None)):
                if group is None:
                    continue
                needs = all_needs[attr, value]
                if needs is not None and not _may_open(i, needs, next_at, lowers, all_orths):
                    continue
                spaced = self._spaced.get(value) if attr == LOWER else None
                if spaced is not None:
                    matches += _spaced_matches(i, spaced, next_at, lowers)
                    continue
                matcher, words, tokens = group
                end, seen = i, 0
                while end < n and seen < words:
                    seen += not spaces[end]
                    end += 1
                end = min(n, max(end, i + tokens))
                kept = (attr, value, tuple(all_orths[i:end])) if self._lexical[attr, value] else None
                # a match from a later opener has its own window
                found = self._windows.matches(kept, lambda: [
                    (key, stop) for key, start, stop in matcher(doc[i:end]) if start == 0])
                matches += [(key, i, i + stop) for key, stop in found]
        return matches


def _spaced_words(pattern: list) -> bool:
    """Whether the pattern is words with whitespace between every two: [word, spaces, word,
    ... word]."""
    return (len(pattern) % 2 == 1 and all(_is_word(token) for token in pattern[::2])
            and all(token == _SPACES for token in pattern[1::2]))


def _spaced_matches(i: int, spaced: tuple[list, dict], next_at: list[int],
                    lowers: list[int]) -> list[Match]:
    """The matches spaCy's Matcher finds from token i with a group of `_spaced_words` patterns
    (`FirstWordMatcher._spaced`): each pattern's words are the next words from i (only
    whitespace tokens between them, and a word is no whitespace), one match a pattern at most;
    in spaCy's order, by end and then as the patterns were added, each (match id, end) once."""
    alone, by_second = spaced
    n = len(lowers)
    found = [(i + 1, order, key) for key, order, _ in alone]
    second = next_at[i]
    for key, order, after in by_second.get(lowers[second], ()) if second < n else ():
        at = second
        for value in after[1:]:
            at = next_at[at]
            if at >= n or lowers[at] != value:
                break
        else:
            found.append((at + 1, order, key))
    if len(found) > 1:
        found.sort()
    matches, seen = [], set()
    for end, _, key in found:
        if (key, end) not in seen:
            seen.add((key, end))
            matches.append((key, i, end))
    return matches


def _next_words(spaces: list[int]) -> list[int]:
    """For each token, the index of the next token that is not whitespace (the number of
    tokens: none)."""
    n = len(spaces)
    following = [n] * n
    word = n
    for i in range(n - 1, -1, -1):
        following[i] = word
        if not spaces[i]:
            word = i
    return following


def _may_open(i: int, needs: dict, next_at: list[int], lowers: list[int],
              orths: list[int]) -> bool:
    """Whether what follows token i passes the needs (`FirstWordMatcher._need`) of one pattern
    of the group it opens: False only when no pattern of it can match from there."""
    n = len(lowers)
    for (word, reads_orth), by_value in needs.items():
        j = next_at[i] if word else i + 1
        if j >= n:
            continue
        rests = by_value.get(orths[j] if reads_orth else lowers[j])
        if rests is not None and any(
                _followed_by(j, rest, next_at if word else None, lowers, orths) for rest in rests):
            return True
    return False


def _followed_by(i: int, tests: tuple, next_at: Optional[list[int]], lowers: list[int],
                 orths: list[int]) -> bool:
    """Whether the words (`next_at`: each token's next word) or else the tokens after token i
    pass `tests` (`_all_after`), in order."""
    n = len(lowers)
    for reads_orth, values in tests:
        i = next_at[i] if next_at is not None else i + 1
        if i >= n or (orths[i] if reads_orth else lowers[i]) not in values:
            return False
    return True
