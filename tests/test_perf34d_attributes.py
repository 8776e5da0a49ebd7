"""perf34d: each cue list's pattern opens with a lookahead for the letters its cues open on
(`attributes._opening_look`); every table of `_Cues` matches as it did without it, on dev
notes and on strings of the cues' neighbours (case changes, ſ, K, İ, ı, signs before a cue)."""

import random
import re

import pytest

from dev_texts import dev_texts
from spinecite.pipeline import attributes


def _patterns(cues):
    """(name, compiled pattern) of every table of a `_Cues`, lists of (name, pattern) included."""
    for name, value in sorted(vars(cues).items()):
        if isinstance(value, re.Pattern):
            yield name, value
        elif isinstance(value, list) and value and all(
                isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], re.Pattern)
                for item in value):
            for label, pattern in value:
                yield f"{name}.{label}", pattern


@pytest.fixture(scope="module")
def both_cues():
    now = attributes._Cues()
    keep = attributes._opening_look
    attributes._opening_look = lambda alternatives: ""
    try:
        before = attributes._Cues()
    finally:
        attributes._opening_look = keep
    return dict(_patterns(before)), dict(_patterns(now))


def test_the_tables_open_with_the_look_and_match_as_before_on_dev_notes(both_cues):
    before, now = both_cues
    assert before.keys() == now.keys()
    looked = [name for name in now if now[name].pattern != before[name].pattern]
    assert len(looked) > 20 and "outcome.failed" in looked
    rng = random.Random(34)
    found = 0
    for text in dev_texts(120):
        for name in looked:
            spans = [m.span() for m in now[name].finditer(text)]
            assert spans == [m.span() for m in before[name].finditer(text)], name
            found += len(spans)
            # a window of the text, as the readers search a sentence (pos, endpos)
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert [m.span() for m in now[name].finditer(text, start, end)] == \
                [m.span() for m in before[name].finditer(text, start, end)], name
    assert found > 1000


def test_the_tables_match_as_before_on_generated_strings(both_cues):
    before, now = both_cues
    words = sorted({word for name in now for word in re.findall(r"[a-z]{2,}", before[name].pattern)})
    pieces = words + [" ", "  ", "\n", "/", "-", ",", ".", "x", "w/o", "\u017f", "\u212a", "\u0130",
                      "\u0131", "_", "3", "(", "'"]
    rng = random.Random(341)
    names = sorted(name for name in now if now[name].pattern != before[name].pattern)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) if rng.random() < 0.8 else rng.choice(pieces).upper()
                       for _ in range(rng.randint(1, 10)))
        for name in rng.sample(names, 8):
            assert [m.span() for m in now[name].finditer(text)] == \
                [m.span() for m in before[name].finditer(text)], (name, text)


def test_no_look_where_a_cue_opens_on_anything_but_an_ascii_letter():
    assert attributes._opening_look([]) == ""
    assert attributes._opening_look(["pain", r"\-\s+relief"]) == ""
    assert attributes._opening_look(["pain", "3\\s+weeks"]) == ""
    assert attributes._opening_look(["\u017fome", "pain"]) == ""
    assert attributes._opening_look(["pain", "(?:without|w/o|w/out)\\s+relief", "Relief"]) == "(?=[pPrRwW])"
