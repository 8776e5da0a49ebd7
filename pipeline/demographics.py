"""Age and sex as notes state them ("54 yo F", "a 62-year-old woman", "Age: 47")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

_AGE = re.compile(
    r"\b(?:age[:\s]+(\d{1,3})\b"
    r"|(\d{1,3})\s*(?:-|\s)?\s*(?:yo|y/o|y\.o\.|yr old|yrs? old|year[- ]old|years old|yoa)(?!\w))",
    re.IGNORECASE)
# The telegraphic "34 M presents", "67M", "58 F", "Age/Sex: 34/M": a number and a capital
# sex letter. Not after a decimal or a temperature's label ("T 98.6 F", "Temp 99 F"), nor
# before a unit ("5 Fr catheter" is not glued; "F" must end the word). The lookahead for the
# digit a match opens on comes first: without it the seven lookbehinds were tried at every
# character of the head (find_sex reads it in a third of the notes, ~0.4 ms each).
_AGE_SEX = re.compile(
    r"(?=\d)(?<![\d.,/°])(?<!x )(?<!X )(?<!\bT )(?<!\btemp )(?<!\bTemp )(?<!\bTEMP )(?<!\btemperature )"
    r"\b(\d{1,3})\s?(?:/\s?)?(?-i:(M|F))(?![\w°/])")
_AGE_LABEL_PAIR = re.compile(r"\bage\s*/\s*sex\s*:?\s*(\d{1,3})\s*/\s*([MF])\b", re.IGNORECASE)
# Where each age pattern can begin: "age" or a number at a word's start, the number followed
# by a "y" (`_AGE`: spaces and hyphens between) or by "M"/"F" (`_AGE_SEX`). A case-sensitive
# pattern led by a class is found by the regex engine's fast scan for that class; the age
# patterns, led by `\b` or lookbehinds, are tried at every place of the note's head (0.05 to
# 0.3 ms a note each, measured: ~2-3% of what review adds to extract). They are tried only
# where these start (`_finditer`, `_first`): `find_age` and `find_sex` alike.
_AGE_STARTS = {
    _AGE: re.compile(r"[aA\d](?<!\w.)(?:(?<=[aA])[gG][eE]|(?<=\d)\d{0,2}[\s-]*[yY])"),
    _AGE_LABEL_PAIR: re.compile(r"[aA](?<!\w.)[gG][eE]"),
    _AGE_SEX: re.compile(r"\d(?<!\w.)\d{0,2}\s?(?:/\s?)?[MF]"),
}
_SEX = re.compile(
    r"\b(?:(?:yo|y/o|year[- ]old|years old)\s*(m|f|male|female|man|woman|boy|girl|gentleman|lady)"
    r"|sex[:\s]+(m|f|male|female))\b", re.IGNORECASE)
_SEX_WORDS = {"m": "M", "male": "M", "man": "M", "boy": "M", "gentleman": "M",
              "f": "F", "female": "F", "woman": "F", "girl": "F", "lady": "F"}


# Someone else's age: "her 15-year-old son", "80 yo mother", "mother died at age 72",
# "father, age 70": a person named right after the age, or before it in the same clause.
_OTHERS = (r"(?:mother|mom|father|dad|parents?|sister|brother|siblings?|aunt|uncle|cousin|niece"
           r"|nephew|grand(?:mother|father|son|daughter|child|children|parents?)|son|daughter"
           r"|child|children|kids?|baby|infant|husband|wife|spouse|partner|boyfriend|girlfriend"
           r"|friend|roommate)(?:'s)?")
_OTHER_AFTER = re.compile(r"\s*(?:-\s*)?(?:(?:m|f|male|female)\s+)?" + _OTHERS + r"\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\b(?:" + _OTHERS + r"\b[^.;:\n]{0,30}|(?:his|her|their|whose)\s+)$",
                           re.IGNORECASE)
# "DOB 03/14/1958", "D.O.B.: 3/14/58", "Date of birth: 03-14-1958"
_BIRTH = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date)\s*[:#-]?\s*"
                    r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b", re.IGNORECASE)


def _someone_else(text: str, m: re.Match[str]) -> bool:
    return bool(_OTHER_AFTER.match(text, m.end())
                or _OTHER_BEFORE.search(text, max(0, m.start() - 40), m.start()))


def _finditer(pattern: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(head)` for an age pattern: its match at each place where it can
    begin (`_AGE_STARTS`), in order, the next looked for after the last one's end, as
    `finditer` does (none of them matches the empty string)."""
    starts = _AGE_STARTS[pattern]
    start = starts.search(head)
    while start is not None:
        m = pattern.match(head, start.start())
        if m is not None:
            yield m
        start = starts.search(head, m.end() if m is not None else start.start() + 1)


def _first(pattern: re.Pattern[str], head: str) -> Optional[re.Match[str]]:
    """`pattern.search(head)` for an age pattern, tried only where it can begin."""
    return next(_finditer(pattern, head), None)


def find_age(text: str) -> Optional[int]:
    """The first age stated for the patient in years, or None."""
    head = text[:5000]
    for m in _finditer(_AGE, head):
        value = int(m.group(1) or m.group(2))
        if 0 < value < 120 and not _someone_else(head, m):
            return value
    for rx in (_AGE_LABEL_PAIR, _AGE_SEX):
        for m in _finditer(rx, head):
            value = int(m.group(1))
            if 0 < value < 120 and not _someone_else(head, m):
                return value
    return None


def find_birth_date(text: str, on: dt.date) -> Optional[dt.date]:
    """The patient's date of birth as a header states it (month first, as US notes write
    it), or None; a two-digit year is the century that puts it before `on`."""
    for m in _BIRTH.finditer(text[:5000]):
        month, day, year = (int(g) for g in m.groups())
        if year < 100:
            year += 1900 if 2000 + year > on.year else 2000
        try:
            born = dt.date(year, month, day)
        except ValueError:
            continue
        if born <= on:
            return born
    return None


def stated_age(text: str, on: dt.date) -> Optional[int]:
    """The patient's age as of `on` (the note's date): an age the note states, else the
    years since a date of birth it gives."""
    age = find_age(text)
    if age is not None:
        return age
    born = find_birth_date(text, on)
    if born is None:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age if age < 120 else None


def sex_letter(value: Optional[str]) -> Optional[str]:
    """"M" or "F" for a sex a case file states in a word or a letter, else None."""
    return _SEX_WORDS.get((value or "").strip().lower())


def find_sex(text: str) -> Optional[str]:
    head = text[:5000]
    m = _SEX.search(head)
    if not m:
        m = _first(_AGE_LABEL_PAIR, head) or _first(_AGE_SEX, head)
        return m and _SEX_WORDS.get(m.group(2).lower())
    return _SEX_WORDS.get((m.group(1) or m.group(2)).lower())
