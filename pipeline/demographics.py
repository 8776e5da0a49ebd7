"""Age and sex as notes state them ("54 yo F", "a 62-year-old woman", "Age: 47")."""

from __future__ import annotations

import re
from typing import Optional

_AGE = re.compile(
    r"\b(?:age[:\s]+(\d{1,3})\b"
    r"|(\d{1,3})\s*(?:-|\s)?\s*(?:yo|y/o|y\.o\.|yr old|yrs? old|year[- ]old|years old|yoa)\b)",
    re.IGNORECASE)
_SEX = re.compile(
    r"\b(?:(?:yo|y/o|year[- ]old|years old)\s*(m|f|male|female|man|woman|boy|girl|gentleman|lady)"
    r"|sex[:\s]+(m|f|male|female))\b", re.IGNORECASE)
_SEX_WORDS = {"m": "M", "male": "M", "man": "M", "boy": "M", "gentleman": "M",
              "f": "F", "female": "F", "woman": "F", "girl": "F", "lady": "F"}


def find_age(text: str) -> Optional[int]:
    """The first stated age in years, or None."""
    for m in _AGE.finditer(text[:5000]):
        value = int(m.group(1) or m.group(2))
        if 0 < value < 120:
            return value
    return None


def find_sex(text: str) -> Optional[str]:
    m = _SEX.search(text[:5000])
    if not m:
        return None
    return _SEX_WORDS.get((m.group(1) or m.group(2)).lower())
