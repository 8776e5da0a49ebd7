"""Fax and OCR clean-up on a copy of the text, with every offset mapped back.

The pipeline reads the cleaned copy; evidence offsets are mapped to the original so that a
reviewer lands on the characters the document really has. Edits: fax header and "Page 1 of
3" footer lines are blanked (their line break kept, so sentences still end there), words
hyphenated across a line break are joined, and common OCR confusions inside clinical tokens
are fixed ("4/S" → "4/5", "f00t" → "foot", "1eft" → "left").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FAX_LINE = re.compile(
    r"^[^\n]{0,40}?(?:\bFAX\b|\bFROM\s*:|\bP\.\s?\d{1,3}\s?/\s?\d{1,3}\b|\bTO\s*:\s*\d)[^\n]*$"
    r"|^\s*(?:Page|Pg\.?|P\.)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$",
    re.IGNORECASE | re.MULTILINE)
# A fax header line also carries a date/time or a page counter; plain "FAX:" lines in a
# letterhead are harmless either way.
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_GRADE_S = re.compile(r"(?<![\w/])([0-5][+-]?)\s?/\s?S\b")
# a word of letters with a 0 or 1 in it, at least two letters ("f00t", "dr0p", "1eft"; not "x10")
_DIGIT_IN_WORD = re.compile(r"\b(?=[a-z]*[01])(?=[01]*[a-z][01]*[a-z])[a-z01]{3,}\b", re.IGNORECASE)
_OCR_DIGITS = str.maketrans({"0": "o", "1": "l"})


@dataclass(frozen=True)
class TextMap:
    """Cleaned text and, for each cleaned character, the original offset it came from."""

    original: str
    cleaned: str
    _origin: tuple[int, ...]  # len(cleaned) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the cleaned span [start, end)."""
        if end <= start:
            o = self._origin[start]
            return o, o
        return self._origin[start], self._origin[end - 1] + 1

    @property
    def identity(self) -> bool:
        return self.cleaned == self.original


def _edits(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits, sorted."""
    edits: list[tuple[int, int, str]] = []
    for m in _FAX_LINE.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _HYPHEN_BREAK.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _GRADE_S.finditer(text):
        s = m.start() + len(m.group(0)) - 1  # the "S"
        edits.append((s, s + 1, "5"))
    for m in _DIGIT_IN_WORD.finditer(text):
        word = m.group(0)
        fixed = word.translate(_OCR_DIGITS)
        if fixed != word and not word.isdigit():
            edits.append((m.start(), m.end(), fixed))
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, replacement in edits:
        if start >= last_end:
            kept.append((start, end, replacement))
            last_end = end
    return kept


def clean(text: str) -> TextMap:
    edits = _edits(text)
    if not edits:
        return TextMap(text, text, tuple(range(len(text) + 1)))
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pieces.append(replacement)
        if len(replacement) == end - start:
            origin.extend(range(start, end))
        else:
            # a shortened or deleted stretch maps to where it began
            origin.extend([start] * len(replacement))
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return TextMap(text, "".join(pieces), tuple(origin))
