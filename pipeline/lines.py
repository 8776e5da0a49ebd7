"""The line of a note a character range lies on: notes are line-structured (headings, list
items, form rows), and many readings look only at the rest of a finding's own line."""
from __future__ import annotations


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first, past-last) character of the line(s) holding text[start:end]: from the line
    break before `start` to the one at or after `end` (or the text's end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start if end is None else end)
    return first, len(text) if last < 0 else last


HEADER_REACH = 15  # lines a table's header may stand above a row it heads


def under_header(text: str, start: int, pattern) -> bool:
    """Whether a line above the one holding text[start], in its block of lines (no blank line
    between) and within HEADER_REACH lines, matches `pattern` (a compiled regex): a column's
    header saying what a row's answer answers ("Treatments tried:   Helped?  (Y / N / Some)"
    over "Physical therapy   N": the therapy was had and did not help; next39/next40, dev
    e453)."""
    at = text.rfind("\n", 0, start)
    for _ in range(HEADER_REACH):
        if at <= 0:
            return False
        above = text.rfind("\n", 0, at)
        line = text[above + 1:at]
        if not line.strip():
            return False
        if pattern.search(line):
            return True
        at = above
    return False
