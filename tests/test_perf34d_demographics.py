"""perf34d: `_AGE_SEX` looks ahead for its digit before its lookbehinds; it matches where the
pattern without that lookahead matched, on dev notes and on generated strings of its
neighbours (temperatures, "x 3", decimals, degrees, non-ASCII digits)."""

import random
import re

from dev_texts import dev_texts
from spinecite.pipeline import demographics

# the pattern as it was before perf34d
_BEFORE = re.compile(
    r"(?<![\d.,/°])(?<!x )(?<!X )(?<!\bT )(?<!\btemp )(?<!\bTemp )(?<!\bTEMP )(?<!\btemperature )"
    r"\b(\d{1,3})\s?(?:/\s?)?(?-i:(M|F))(?![\w°/])")


def _same(text):
    now = [(m.span(), m.groups()) for m in demographics._AGE_SEX.finditer(text)]
    return now == [(m.span(), m.groups()) for m in _BEFORE.finditer(text)], now


def test_the_digit_lookahead_keeps_the_matches_on_dev_notes():
    found = 0
    for text in dev_texts():
        same, now = _same(text)
        assert same
        found += len(now)
        assert demographics.find_sex(text) == _find_sex_before(text)
    assert found > 20


def _find_sex_before(text):
    m = demographics._SEX.search(text[:5000])
    if not m:
        m = demographics._AGE_LABEL_PAIR.search(text[:5000]) or _BEFORE.search(text[:5000])
        return m and demographics._SEX_WORDS.get(m.group(2).lower())
    return demographics._SEX_WORDS.get((m.group(1) or m.group(2)).lower())


def test_the_digit_lookahead_keeps_the_matches_on_generated_strings():
    pieces = ["34", "7", "120", "1234", "\u0663\u0664", "98.6", "1,5", "3/", "°", "x ", "X ", "T ",
              "temp ", "Temp ", "TEMP ", "temperature ", "aT ", " ", "/", "/ ", "M", "F", "m", "f",
              "Fr", "M°", "F/", "\n", "yo ", "_", "5M", "67F", "a"]
    rng = random.Random(34)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        same, now = _same(text)
        assert same, text
        matched += bool(now)
    assert matched > 300
