"""Who states a fact: a packet's payer-facing documents, read from their own words.

A letter of medical necessity, an appeal, a prior-authorization form, a fax cover to the
plan's UM desk, a peer-to-peer record or a UR nurse's review is written to get the study
approved; what it states is a claim that a UR nurse weighs against the clinical record
(rules/claims.py). The document's title, addressee and salutation say which it is
(`pipeline/resources/document_kinds.json`); everything else is clinical.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spinecite.pipeline.resources import load_json

# the values of extractors/models.py `DocumentKind` (not imported: the extractors import this)
CLINICAL = "clinical"
PAYER_FACING = "payer_facing"

_OCR = str.maketrans({"0": "o", "1": "l"})


def normalise(text: str) -> str:
    """Lower case, with OCR's look-alike letters read as one (0/o, 1/l/i, rn/m): the
    lexicon's patterns pass through the same function."""
    return text.lower().translate(_OCR).replace("l", "i").replace("rn", "m")


class _Lexicon:
    def __init__(self, data: dict) -> None:
        def compiled(name: str) -> tuple[re.Pattern, ...]:
            return tuple(re.compile(normalise(p)) for p in data[name])
        self.header_lines = int(data["header_lines"])
        self.transmission = compiled("transmission")
        self.titles = compiled("titles")
        self.addressed = compiled("addressed")
        self.open_addressed = compiled("open_addressed")
        self.asks = compiled("asks")


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    return _Lexicon(load_json("document_kinds.json"))


def _header(text: str, lex: _Lexicon) -> list[tuple[str, str]]:
    """The first lines that are not blank or the fax machine's: (as written, normalised)."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        low = normalise(stripped)
        if any(p.search(low) for p in lex.transmission) and not any(
                p.search(low) for p in lex.addressed):
            continue
        lines.append((stripped, low))
        if len(lines) == lex.header_lines:
            break
    return lines


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _title_at(line: str, low: str, m: re.Match) -> bool:
    """A title, not a sentence naming one: the line in capitals, or the phrase at its
    start or after "RE:", a dash, a slash or a colon."""
    if _capitals(line):
        return True
    before = low[:m.start()].rstrip()
    return not before.strip("*=#- ") or before.endswith(("-", "/", ":", "\u2013", "|"))


def payer_cue(text: str) -> Optional[str]:
    """The header line that makes the document payer-facing, else None."""
    lex = lexicon()
    header = _header(text, lex)
    for line, low in header:
        for p in lex.titles:
            m = p.search(low)
            if m and len(line) <= 140 and _title_at(line, low, m):
                return line
        if any(p.search(low) for p in lex.addressed):
            return line
    for line, low in header:
        if any(p.search(low) for p in lex.open_addressed):
            body = normalise(text)
            if any(p.search(body) for p in lex.asks):
                return line
    return None


def document_kind(text: str) -> str:
    return PAYER_FACING if payer_cue(text) is not None else CLINICAL
