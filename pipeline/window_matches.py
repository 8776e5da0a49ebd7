"""spaCy's Matcher's matches on a short window, kept by the window's words.

The first-word matcher (the section headers) and ConText's opener matcher call a spaCy
Matcher on a few tokens from each token that can open one of its patterns, ~50 calls a note,
at ~10-50 us a call. The same windows come back note after note ("Assessment and Plan:",
"no", "denies any"). A pattern that tests only what a word's lexeme holds (its text, lower
case, length, the lexeme's flags) matches a window by the window's words alone, so the
Matcher's answer for a window of the same words is the one it gave before. A pattern that
reads anything else of a token (`IS_SENT_START`, a tag, an extension, the whitespace after it)
is not lexical: its windows are not kept.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, Optional

# the pattern keys spaCy's Matcher reads from the token's lexeme (`Lexeme.get_struct_attr`),
# and "OP", which reads no token. `IS_SENT_START`, `SPACY`, `NORM`, `LEMMA`, `POS`, `TAG`,
# `DEP`, `ENT_*`, `MORPH`, `_` are the token's own
_LEXICAL_KEYS = frozenset({
    "OP", "ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA",
    "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE",
    "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY",
    "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"})

# windows kept at most (all dropped at once beyond): a few thousand distinct windows a
# thousand notes, each a few tuples
_MOST = 50_000


def lexical(pattern: Any) -> bool:
    """Whether each token of a token pattern tests only its lexeme (`_LEXICAL_KEYS`)."""
    return isinstance(pattern, list) and all(
        isinstance(token, dict) and all(isinstance(key, str) and key.upper() in _LEXICAL_KEYS
                                        for key in token)
        for token in pattern)


class WindowMatches:
    """(a matcher's id, the window's ORTH values) -> the matches starting at the window's
    first token, as (match id, end in the window)."""

    def __init__(self) -> None:
        self._kept: dict[Hashable, list[tuple[int, int]]] = {}

    def clear(self) -> None:
        self._kept.clear()

    def matches(self, key: Optional[Hashable],
                window: Callable[[], list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """The matches kept for `key`, else `window()`'s, kept under `key`; a window whose
        patterns are not all lexical has no key (None) and is always matched anew."""
        found = self._kept.get(key) if key is not None else None
        if found is None:
            found = window()
            if key is not None:
                if len(self._kept) >= _MOST:
                    self._kept.clear()
                self._kept[key] = found
        return found
