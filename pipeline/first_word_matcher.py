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

from typing import Any, Optional

from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

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
        # the same keys -> what every pattern of the group needs of the token after the
        # first (or of the next word): most openers ("-", "pt") open no match, and spaCy's
        # Matcher costs as many predicates as the group has patterns to find that out
        self._seconds: dict[tuple[int, int], Optional[tuple[bool, set[int]]]] = {}
        self._lower_openers: set[str] = set()
        self._text_openers: set[str] = set()

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
        for value in values:
            opener = self.vocab.strings.add(value)
            matcher, most_words, most_tokens = groups.get(opener, (None, 0, 0))
            if matcher is None:
                matcher = Matcher(self.vocab, validate=False)
            matcher.add(key, [pattern])
            groups[opener] = (matcher, max(most_words, words or 0), max(most_tokens, fixed))
            self._need_second((attr, opener), self._second(pattern, words, fixed))

    def _second(self, pattern: list, words: Optional[int], fixed: int
                ) -> Optional[tuple[bool, int]]:
        """(whether it is the next word rather than the next token, its lower-case hash)
        that a match of the pattern needs after its first token; None when not known."""
        if words is not None and words >= 2:
            second = next(t for t in pattern[1:] if _is_word(t))
            return True, self.vocab.strings.add(second["LOWER"])
        second = pattern[1] if fixed >= 2 else None
        if isinstance(second, dict) and set(second) == {"LOWER"} and isinstance(
                second["LOWER"], str):  # a LOWER holding a space still needs that token
            return False, self.vocab.strings.add(second["LOWER"])
        return None

    def _need_second(self, group: tuple[int, int], second: Optional[tuple[bool, int]]) -> None:
        if group not in self._seconds:
            self._seconds[group] = None if second is None else (second[0], {second[1]})
            return
        needs = self._seconds[group]
        if needs is not None and second is not None and needs[0] == second[0]:
            needs[1].add(second[1])
        else:
            self._seconds[group] = None

    def __call__(self, doc: Doc) -> list[Match]:
        by_lower, by_orth = self._groups[LOWER], self._groups[ORTH]
        if not (by_lower or by_orth) or not len(doc):
            return []
        # each column read out on its own: a list of ~1,000 three-item rows, unpacked again
        # into columns, cost twice as much (0.22 against 0.09 ms a note)
        columns = doc.to_array([LOWER, ORTH, IS_SPACE])
        lowers = columns[:, 0].tolist()
        orths = columns[:, 1].tolist() if by_orth else None
        spaces = columns[:, 2].tolist()
        n = len(lowers)
        matches: list[Match] = []
        next_word = _next_words(lowers, spaces)
        seconds = self._seconds
        # most tokens open no group: skip them in one pass, not one loop step each
        if by_orth:
            openers = [i for i, lower in enumerate(lowers)
                       if lower in by_lower or orths[i] in by_orth]
        else:  # the target rules' openers are all lower-case words
            openers = [i for i, lower in enumerate(lowers) if lower in by_lower]
        for i in openers:
            lower, orth = lowers[i], orths[i] if orths is not None else 0
            for attr, value, group in ((LOWER, lower, by_lower.get(lower)),
                                       (ORTH, orth, by_orth.get(orth) if by_orth else None)):
                if group is None:
                    continue
                needs = seconds[attr, value]
                if needs is not None:
                    word, allowed = needs
                    following = next_word[i] if word else (lowers[i + 1] if i + 1 < n else 0)
                    if following not in allowed:
                        continue
                matcher, words, tokens = group
                end, seen = i, 0
                while end < n and seen < words:
                    seen += not spaces[end]
                    end += 1
                end = min(n, max(end, i + tokens))
                for key, start, stop in matcher(doc[i:end]):
                    if start == 0:  # a match from a later opener has its own window
                        matches.append((key, i, i + stop))
        return matches


def _next_words(lowers: list[int], spaces: list[bool]) -> list[int]:
    """For each token, the lower-case hash of the next token that is not whitespace (0: none)."""
    following = [0] * len(lowers)
    word = 0
    for i in range(len(lowers) - 1, -1, -1):
        following[i] = word
        if not spaces[i]:
            word = lowers[i]
    return following
