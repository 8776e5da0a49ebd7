"""Session 34's cut to `find_sex`: `_AGE_SEX` (lookbehinds tried at each character of the
note's head) and `_AGE_LABEL_PAIR` are tried only where they can begin (since read35 the
anchoring `find_age` uses). The sex read must be the full search's: compared over dev notes,
copies with non-ASCII characters put in, and strings made of the patterns' neighbours; the
comparison is shown to catch a search that starts one character too late."""

import random

from context_fixtures import dev_texts
from spinecite.pipeline import cleaning, demographics
from test_perf30_front import _with_non_ascii

PIECES = ["34", "5", "123", "1234", "M", "F", "m", "f", "/", " ", "  ", "\t", "\n", ".", ",",
          "°", "x ", "X ", "T ", "temp ", "Temp ", "TEMP ", "temperature ", "yo", "y/o ",
          "year-old ", "male", "woman", "Age", "age", "/Sex", " / sex", ": ", "Sex:", "sex ",
          "\u017fex", "\u0663", "\u00b2", "a", "Fr", "MF", "_", "-", "(", "mother ", "his "]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _old_find_sex(text: str):
    m = demographics._SEX.search(text[:5000])
    if not m:
        m = (demographics._AGE_LABEL_PAIR.search(text[:5000])
             or demographics._AGE_SEX.search(text[:5000]))
        return m and demographics._SEX_WORDS.get(m.group(2).lower())
    return demographics._SEX_WORDS.get((m.group(1) or m.group(2)).lower())


def _texts():
    notes = [cleaning.clean(t).cleaned for t in dev_texts(80)]
    notes += _with_non_ascii(notes[:40], seed=34)
    return notes + _strings(30_000, seed=34)


TEXTS = _texts()


def test_find_sex_reads_what_it_read():
    found = 0
    for text in TEXTS:
        assert demographics.find_sex(text) == _old_find_sex(text)
        found += demographics.find_sex(text) is not None
    assert found > 500  # the comparison met many sexes stated


def _late_find_sex(text: str):
    """The reading with `_AGE_SEX` searched from one character after the head's first digit."""
    head = text[:5000]
    m = demographics._SEX.search(head) or demographics._AGE_LABEL_PAIR.search(head)
    if m:
        return demographics.find_sex(text)
    digit = next((i for i, c in enumerate(head) if c.isdigit()), None)
    m = digit is not None and demographics._AGE_SEX.search(head, digit + 1)
    return m and demographics._SEX_WORDS.get(m.group(2).lower())


def test_a_search_started_late_is_caught():
    assert any(_late_find_sex(t) != _old_find_sex(t) for t in TEXTS)


def test_the_search_reads_before_its_start():
    # "98.6 F": the lookbehind sees the '.' before the place the pattern is tried at
    assert demographics.find_sex("T 98.6 F") is None
    assert demographics.find_sex("x 98.6F 45 M") == "M"
    assert demographics.find_sex("Age/Sex: 61/F") == "F"
