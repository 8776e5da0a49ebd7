"""spaCy's Matcher, run only where a pattern's first word occurs.

spaCy's Matcher tries every pattern at every token: with the lexicon's ~8,000 token patterns
that is the largest cost of a note once the regex rules are prefiltered. The lexicon's
patterns are words (`{"LOWER": ...}`) with optional whitespace tokens between them
(`{"IS_SPACE": true, "OP": "*"}`), so a match can only start on a token whose lower form is
the pattern's first word and cannot reach past as many words as the pattern has.
Patterns are grouped by first word, one spaCy Matcher per word, and each group runs on the
few tokens from each occurrence of its word.

Same matches as one Matcher holding every pattern: a match starts on its group's word, so
each (start, end) comes from a single group and a single window, where spaCy's own matcher
orders the matches exactly as it would in the whole Doc (a match's states never interact
with those of other patterns or other start tokens). Patterns of any other shape, or with
callbacks, make `usable` False and the caller keeps spaCy's Matcher.
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.attrs import IS_SPACE, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Match = tuple[int, int, int]
_SPACES = {"IS_SPACE": True, "OP": "*"}


def _words(pattern: Any) -> Optional[int]:
    """Number of words of a pattern of the supported shape, else None."""
    if not isinstance(pattern, list) or not pattern or not _is_word(pattern[0]):
        return None
    if not _is_word(pattern[-1]):
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


class FirstWordMatcher:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.usable = True
        # first word's hash -> (matcher of the patterns starting with it, most words of one)
        self._groups: dict[int, tuple[Matcher, int]] = {}

    def add(self, key: str, pattern: Any, on_match: Any = None) -> None:
        words = _words(pattern)
        if words is None or on_match is not None:
            self.usable = False
            return
        first = self.vocab.strings.add(pattern[0]["LOWER"])
        matcher, most = self._groups.get(first, (None, 0))
        if matcher is None:
            matcher = Matcher(self.vocab, validate=False)
        matcher.add(key, [pattern])
        self._groups[first] = (matcher, max(most, words))

    def __call__(self, doc: Doc) -> list[Match]:
        if not self._groups or not len(doc):
            return []
        columns = doc.to_array([LOWER, IS_SPACE]).tolist()
        spaces = [is_space for _, is_space in columns]
        n = len(columns)
        matches: list[Match] = []
        for i, (lower, _) in enumerate(columns):
            group = self._groups.get(lower)
            if group is None:
                continue
            matcher, words = group
            end, seen = i, 0
            while end < n and seen < words:
                seen += not spaces[end]
                end += 1
            for key, start, stop in matcher(doc[i:end]):
                if start == 0:  # a match from a later occurrence of the word has its own window
                    matches.append((key, i, i + stop))
        return matches
