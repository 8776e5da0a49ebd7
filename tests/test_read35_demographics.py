"""read35: `find_age` and `find_sex` try the age patterns only where `_AGE_STARTS` says they can
begin (one anchoring; `find_sex` had its own, from the first number followed by its letter).
What each reads must be what a full search of the note's head reads: over dev notes, copies
with non-ASCII characters put in, and strings of the patterns' neighbours."""

import random

from context_fixtures import dev_texts
from spinecite.pipeline import cleaning, demographics
from spinecite.pipeline.demographics import find_age, find_sex
from test_perf30_front import _with_non_ascii

D = demographics
PIECES = ["34", "5", "120", "1234", "M", "F", "m", "f", "/", " ", "  ", "\n", ".", ",", "-",
          "°", "x ", "T ", "temp ", "yo", "y/o ", "year-old ", "years old", "male", "woman",
          "Age", "age", "page", "/Sex", " / sex", ": ", "Sex:", "\u0663", "a", "Fr", "_",
          "mother ", "his ", "son"]


def _full_age(text):
    head = text[:5000]
    for m in D._AGE.finditer(head):
        value = int(m.group(1) or m.group(2))
        if 0 < value < 120 and not D._someone_else(head, m):
            return value
    for rx in (D._AGE_LABEL_PAIR, D._AGE_SEX):
        for m in rx.finditer(head):
            value = int(m.group(1))
            if 0 < value < 120 and not D._someone_else(head, m):
                return value
    return None


def _full_sex(text):
    head = text[:5000]
    m = D._SEX.search(head)
    if not m:
        m = D._AGE_LABEL_PAIR.search(head) or D._AGE_SEX.search(head)
        return m and D._SEX_WORDS.get(m.group(2).lower())
    return D._SEX_WORDS.get((m.group(1) or m.group(2)).lower())


def _texts():
    notes = [cleaning.clean(t).cleaned for t in dev_texts(60)]
    notes += _with_non_ascii(notes[:30], seed=35)
    rng = random.Random(35)
    return notes + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
                    for _ in range(20_000)]


TEXTS = _texts()


def test_age_and_sex_read_as_a_full_search_reads_them():
    ages = sexes = 0
    for text in TEXTS:
        assert find_age(text) == _full_age(text), text
        assert find_sex(text) == _full_sex(text), text
        ages += find_age(text) is not None
        sexes += find_sex(text) is not None
    assert ages > 300 and sexes > 300


def test_the_edges():
    assert find_sex("Age/Sex: 61/F") == "F"
    assert find_sex("age / sex 34 / M") == "M"
    assert find_sex("T 98.6 F") is None
    assert find_sex("Temp 99 F. 67M presents") == "M"
    assert find_age("Age/Sex: 47/F") == 47
    assert find_age("x 98.6F 45 M") == 45
