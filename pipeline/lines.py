"""The line of a note a character range lies on: notes are line-structured (headings, list
items, form rows), and many readings look only at the rest of a finding's own line."""
from __future__ import annotations


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first, past-last) character of the line(s) holding text[start:end]: from the line
    break before `start` to the one at or after `end` (or the text's end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start if end is None else end)
    return first, len(text) if last < 0 else last
