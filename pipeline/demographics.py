"""Age and sex as notes state them ("54 yo F", "a 62-year-old woman", "Age: 47")."""

from __future__ import annotations

import re
from typing import Optional

_AGE = re.compile(
    r"\b(?:age[:\s]+(\d{1,3})\b"
    r"|(\d{1,3})\s*(?:-|\s)?\s*(?:yo|y/o|y\.o\.|yr old|yrs? old|year[- ]old|years old|yoa)\b)",
    re.IGNORECASE)
# The telegraphic "34 M presents", "67M", "58 F", "Age/Sex: 34/M": a number and a capital
# sex letter. Not after a decimal or a temperature's label ("T 98.6 F", "Temp 99 F"), nor
# before a unit ("5 Fr catheter" is not glued; "F" must end the word).
_AGE_SEX = re.compile(
    r"(?<![\d.,/°])(?<!x )(?<!X )(?<!\bT )(?<!\btemp )(?<!\bTemp )(?<!\bTEMP )(?<!\btemperature )"
    r"\b(\d{1,3})\s?(?:/\s?)?(?-i:(M|F))(?![\w°/])")
_AGE_LABEL_PAIR = re.compile(r"\bage\s*/\s*sex\s*:?\s*(\d{1,3})\s*/\s*([MF])\b", re.IGNORECASE)
_SEX = re.compile(
    r"\b(?:(?:yo|y/o|year[- ]old|years old)\s*(m|f|male|female|man|woman|boy|girl|gentleman|lady)"
    r"|sex[:\s]+(m|f|male|female))\b", re.IGNORECASE)
_SEX_WORDS = {"m": "M", "male": "M", "man": "M", "boy": "M", "gentleman": "M",
              "f": "F", "female": "F", "woman": "F", "girl": "F", "lady": "F"}


def find_age(text: str) -> Optional[int]:
    """The first stated age in years, or None."""
    head = text[:5000]
    for m in _AGE.finditer(head):
        value = int(m.group(1) or m.group(2))
        if 0 < value < 120:
            return value
    for rx in (_AGE_LABEL_PAIR, _AGE_SEX):
        for m in rx.finditer(head):
            value = int(m.group(1))
            if 0 < value < 120:
                return value
    return None


def find_sex(text: str) -> Optional[str]:
    m = _SEX.search(text[:5000])
    if not m:
        m = _AGE_LABEL_PAIR.search(text[:5000]) or _AGE_SEX.search(text[:5000])
        return m and _SEX_WORDS.get(m.group(2).lower())
    return _SEX_WORDS.get((m.group(1) or m.group(2)).lower())
