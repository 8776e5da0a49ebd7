"""Literal prefilters for regular expressions.

Running every regex rule over every note costs one scan of the note per rule, almost all of
them finding nothing. Most rules contain literal text that any match must contain ("drop",
"/5", "ehl"). `required_literals` reads it off the parsed regex; `LiteralIndex` checks once
per note which of those literals occur, so only the rules that can match are run. The
prefilter is conservative: a rule is skipped only when no match is possible, so matching
gives exactly what running every rule would.

Literals are ASCII and lower case, and the note is folded the way `re.IGNORECASE` compares
characters, so a case-sensitive part of a pattern ("(?-i:S)") is only checked more loosely.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Iterable, Optional

Requirement = frozenset  # of str: every match contains at least one of them

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter (found by trying every
# code point); folding them first makes a lower-case substring test as permissive as the regex.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """The text as the literal test sees it."""
    if not text.isascii():
        text = text.translate(_FOLD_TO_ASCII)
    return text.lower()


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> Optional[Requirement]:
    """Lower-case literals, at least one of which occurs in any match of `pattern`; None
    when the pattern has no such literal (the rule must always run)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    return _sequence(list(parsed))


def _literal_text(items: list) -> Optional[str]:
    """The text a node sequence matches when it is plain ASCII literals only."""
    chars = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            chars.append(chr(av).lower())
        elif op is sre.SUBPATTERN and _literal_text(list(av[3])) is not None:
            chars.append(_literal_text(list(av[3])))
        else:
            return None
    return "".join(chars)


def _sequence(items: list) -> Optional[Requirement]:
    """The most selective requirement among the mandatory parts of a node sequence."""
    candidates: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if op is sre.SUBPATTERN:
            text = _literal_text(list(av[3]))
            if text is not None:  # "(?:drop)" continues the run like plain text
                run.append(text)
                continue
            flush()
            _add(candidates, _sequence(list(av[3])))
        elif op is sre.ATOMIC_GROUP:
            flush()
            _add(candidates, _sequence(list(av)))
        elif op is sre.BRANCH:
            flush()
            _add(candidates, _any_of(_sequence(list(branch)) for branch in av[1]))
        elif op in _REPEATS:
            flush()
            low, _high, body = av
            if low >= 1:
                _add(candidates, _sequence(list(body)))
        else:
            # character sets, anchors, lookarounds, backreferences: they end a run of literal
            # text and guarantee no literal of their own
            flush()
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda r: (min(map(len, r)), -len(r)))


def _any_of(requirements: Iterable[Optional[Requirement]]) -> Optional[Requirement]:
    union: set[str] = set()
    for requirement in requirements:
        if requirement is None:  # one branch can match without any known literal
            return None
        union |= requirement
    return frozenset(union) if union else None


def _add(candidates: list[Requirement], requirement: Optional[Requirement]) -> None:
    if requirement:
        candidates.append(requirement)


class LiteralIndex:
    """Which requirements a text meets, each literal tested once per text."""

    def __init__(self, text: str):
        self._folded = fold(text)
        self._seen: dict[str, bool] = {}

    def contains(self, literal: str) -> bool:
        found = self._seen.get(literal)
        if found is None:
            found = self._seen[literal] = literal in self._folded
        return found

    def meets(self, requirement: Optional[Requirement]) -> bool:
        return requirement is None or any(self.contains(lit) for lit in requirement)
