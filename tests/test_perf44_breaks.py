"""perf44: `_breaks` builds its character class as a parsed node, not from escaped text; the
class must find the same characters as the escaped one did, non-ASCII ones included (no break:
a lead is read from ASCII only)."""

import random
import re

from spinecite.pipeline import regex_literals


def _escaped(lead: frozenset) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(regex_literals._ASCII - lead)) + "]")


def _leads() -> list:
    chars = sorted(regex_literals._ASCII)
    picked = random.Random(44)
    return [frozenset(picked.sample(chars, size)) for size in (0, 1, 10, 40, 64, 100, 127)] + [
        frozenset("abcdefghijklmnopqrstuvwxyz0123456789 "), frozenset(chars) - {"\n"}]


def test_breaks_match_the_escaped_class_on_every_character():
    for lead in _leads():
        built, escaped = regex_literals._breaks.__wrapped__(lead), _escaped(lead)
        assert built.flags == escaped.flags
        for code in range(0x3000):
            assert bool(built.fullmatch(chr(code))) == bool(escaped.fullmatch(chr(code))), code


def test_breaks_search_as_the_escaped_class_in_texts():
    texts = ["L4-5 (R) 4/5; SLR+ @ 40\u00b0\n\u0130stanbul \u212a \u017f ok", "no break here",
             "".join(chr(c) for c in range(0, 300))]
    for lead in _leads():
        built, escaped = regex_literals._breaks.__wrapped__(lead), _escaped(lead)
        for text in texts:
            for start in range(0, len(text), 7):
                found, expected = built.search(text, start), escaped.search(text, start)
                assert (found and found.span()) == (expected and expected.span())


def test_no_break_when_the_lead_is_every_ascii_character():
    assert regex_literals._breaks.__wrapped__(regex_literals._ASCII) is None
    assert regex_literals._breaks.__wrapped__(None) is None
