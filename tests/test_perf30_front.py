"""Session 30's cuts to the front of the pipeline keep every output: the regex prefilter now
scans non-ASCII notes and keeps a rule's opening lookbehind and closing lookahead as text to
match, and never rules out a rule that matches; cleaning skips a token repair's scan when the
note lacks its literals and a note's spelling pass when none of its words is misspelt, with
the same edits."""

import json
import random
import re
from pathlib import Path

import pytest

from spinecite.pipeline import cleaning, regex_prefilter
from spinecite.pipeline.regex_prefilter import Prefilter, superset_pattern

ROOT = Path(__file__).resolve().parent.parent
needs_hyperscan = pytest.mark.skipif(regex_prefilter.hyperscan is None,
                                     reason="Hyperscan is not installed (another CPU)")

# characters beyond ASCII a note holds or a rule names, and those IGNORECASE folds to ASCII
NON_ASCII = ["\u2192", "\u2013", "\u201c", "\u201d", "\u00e9", "\u00b0", "\u017f", "\u212a",
             "\u0130", "\u0131", "\u00a0", "\u2265", "\u00bd", "\U0001f600", "\ud800"]


def _dev_texts(count: int) -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.case.json"))[:count]:
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            texts.append(cleaning.clean(document.get("text", "")).cleaned)
    return texts


def _with_non_ascii(texts: list[str], seed: int) -> list[str]:
    """Copies of the texts with non-ASCII characters put in, some in place of a character
    (a rule's "\u2192" written where "->" stood), and letters swapped for the non-ASCII
    ones IGNORECASE reads as them ("\u017f" for "s", the Kelvin sign for "k")."""
    rng = random.Random(seed)
    folds = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}
    mutated = []
    for text in texts:
        chars = list(text[:rng.randint(200, 3000)])
        for _ in range(20):
            at = rng.randrange(len(chars) + 1)
            roll = rng.random()
            if roll < .4:
                chars.insert(at, rng.choice(NON_ASCII))
            elif at < len(chars) and chars[at] in folds and roll < .7:
                chars[at] = folds[chars[at]]
            elif at < len(chars):
                chars[at] = rng.choice(NON_ASCII)
        mutated.append("".join(chars))
    return mutated


def _matcher(nlp):
    return nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher


@needs_hyperscan
def test_non_ascii_notes_are_scanned_and_no_rule_that_matches_is_ruled_out(nlp):
    matcher = _matcher(nlp)
    rules, prefilter = matcher._compiled_regex_rules(), matcher._regex_prefilter()
    assert prefilter.active
    dev = _dev_texts(10)
    texts = [t for t in dev if not t.isascii()] + _with_non_ascii(dev, 30)
    assert texts and all(not t.isascii() for t in texts)
    for text in texts:
        candidates = prefilter.candidates(text)
        assert candidates is not None
        missed = [rule[1].pattern for at, rule in enumerate(rules)
                  if at not in candidates and rule[1].search(text)]
        assert missed == [], text[:80]


# (pattern, flags, a text it matches, a text it does not match that the rule's lookarounds,
# kept as text, rule out)
LOOKAROUNDS = [
    (r"(?:(?<=\bhx of )|(?<=\bPMH: ))(?-i:CA)(?![\w/-])", re.I, "PMH: CA.", "CA 19-9"),
    (r"(?<![\d.])(?:[7-9]|10)(?=\s*(?:->|\u2192)\s*\d/10)", 0, "8 \u2192 3/10", "8 of 10"),
    (r"(?<=and PT )(?:x|times)\s*\d+", re.I, "and pt x6", "PT x6"),
    (r"\bbilateral(?=\s+sciatica)", re.I, "Bilateral  sciatica", "bilateral knee"),
    (r"(?:(?<=\b1\smin\s)(?:->|\u2192)(?=\s*1\smin\b)|(?<=\b2\smin\s)->(?=\s*2\smin\b))", 0,
     "2 min -> 2 min", "1 min -> 2 min"),
    (r"(?<=x)(?=y)", 0, "xy", "yx"),  # an empty match between its lookarounds
    (r"(?=y)(?<=x)", 0, "xy", "yy"),  # written the other way round: still X, then Y
    (r"(?<=a)(?<=[ab])c(?=d)(?=[de])", 0, "acd", "bcd"),  # one lookaround of each kept
    (r"(?:(?<=a)b|c)(?:d(?=e)|f)", 0, "abde", "bde"),  # lookarounds at a group's edges
    (r"a(?<=a)b(?=b)b", 0, "abb", "ab"),  # lookarounds inside: dropped, never required
    (r"(?<=\u00e9t\u00e9 )\u2192\s*MRI", re.I, "\u00e9t\u00e9 \u2192 mri", "x \u2192 MRI"),
    (r"(?<!no )\u212aNEE(?=\s+\w)", re.I, "kNee pain", "knee"),
]


@needs_hyperscan
def test_lookarounds_at_a_rules_edges_are_matched_as_text_and_nothing_else_is_lost(tmp_path):
    compiled = [re.compile(pattern, flags) for pattern, flags, _, _ in LOOKAROUNDS]
    prefilter = Prefilter(compiled, cache_dir=tmp_path)
    assert prefilter.always == []
    for at, (pattern, flags, matching, other) in enumerate(LOOKAROUNDS):
        assert compiled[at].search(matching) and not compiled[at].search(other), pattern
        assert at in prefilter.candidates(matching), superset_pattern(pattern, flags)
        assert at not in prefilter.candidates(other), superset_pattern(pattern, flags)


@needs_hyperscan
def test_each_non_ascii_test_accepts_the_byte_a_scanned_note_holds_for_it(tmp_path):
    cases = [(r"\u2192\s*\d", 0, "\u2192 5"), (r"\w+ache", re.I, "\u00e9ache"),
             (r"[^x]pine", 0, "\u00e9pine"), (r"s.pine", re.S, "s\u00e9pine"),
             (r"kg\b", re.I, "\u212ag"), (r"spine", re.I, "\u017fpine"),
             (r"\d+\s*mg", re.I, "\u0665\u00a0mg"), (r"(?P<n>\w)(?P=n)", 0, "\u00e9\u00e9"),
             (r"[\u00e0-\u00ff]x", 0, "\u00e9x"), (r"\Bx", 0, "\u00e9x"),
             (r"(?<=\U0001f600)x", 0, "\U0001f600x")]
    compiled = [re.compile(pattern, flags) for pattern, flags, _ in cases]
    prefilter = Prefilter(compiled, cache_dir=tmp_path)
    for at, (pattern, flags, text) in enumerate(cases):
        assert compiled[at].search(text), pattern
        assert at in prefilter.candidates(text), superset_pattern(pattern, flags)
    # an ASCII character a rule does not accept is still told from any other
    assert 2 not in prefilter.candidates("xpine")


def test_letters_are_written_once_under_ignorecase_and_rules_are_shorter():
    assert superset_pattern("consider", re.I) == "(?i:con[s\\x80][i\\x80]der)"
    # a rule too long for Hyperscan with its lookbehinds is translated without them
    long = "(?:" + "|".join(f"(?<=word{n} )" for n in range(3000)) + ")PT"
    assert len(superset_pattern(long, re.I)) > 16_000
    assert len(superset_pattern(long, re.I, lookarounds=False)) < 16_000


@needs_hyperscan
def test_a_rule_too_long_with_its_lookarounds_is_kept_without_them(tmp_path):
    # one lookbehind holding the alternation: no top-level alternation to cut into parts
    # (session 31: `tests/test_perf31_prefilter_parts.py`)
    long = re.compile("(?<=" + "|".join(f"w{n:04d} " for n in range(3000)) + ")PT", re.I)
    prefilter = Prefilter([long], cache_dir=tmp_path)
    assert prefilter.always == []
    assert prefilter.candidates("w0007 pt") == {0}
    assert prefilter.candidates("pt") == {0}  # the lookbehinds were dropped
    assert prefilter.candidates("p t") == set()


def _cleaning_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            texts.append(document.get("text", ""))
    rng = random.Random(30)
    words = ["0R", "N0 pain", "N0T", "0n the left", "weekness", "Babinksi", "herniaton",
             "cornpression", "vveakness", "racliculopathy", "f00t", "1eft", "0R\n", "x0R",
             "N0\tfever", "n0 fever", "0n", "HERNIATON"]
    for text in texts[:300]:
        chars = text.split(" ")
        for _ in range(5):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(words))
        texts.append(" ".join(chars))
    return texts


def test_token_repairs_skipped_for_a_note_without_their_literals_are_the_scans_edits():
    lex = cleaning._lexicon()
    assert len(lex.token_literals) == len(lex.tokens)
    for text in _cleaning_texts():
        scanned = [(m.start(), m.end(), replacement) for pattern, replacement in lex.tokens
                   for m in pattern.finditer(text)]
        assert sorted(cleaning._token_edits(text)) == sorted(scanned), text[:80]


def _spelling_by_scan(text: str, taken: set[int]) -> list:
    """The spelling pass as it was: every word looked up."""
    lex = cleaning._lexicon()
    found = []
    for m in cleaning._LONG_WORD.finditer(text):
        if m.start() in taken:
            continue
        word = m.group(0)
        lower = word.lower()
        if len(lower) < lex.spelling_min or lower in lex.known:
            continue
        candidates = {c for key in cleaning._less_one(lower) for c in lex.spelling.get(key, ())
                      if c[0] == lower[0] and cleaning._one_edit(lower, c)}
        if len(candidates) == 1:
            found.append((m.start(), m.end(), cleaning._cased(candidates.pop(), word)))
    return found


def test_the_spelling_pass_finds_what_looking_up_every_word_found():
    repaired = 0
    for text in _cleaning_texts():
        taken = {m.start() for m in re.finditer(r"\b\w", text)
                 if hash(m.start()) % 7 == 0}  # words the letter repairs took
        for skip in (set(), taken):
            found = list(cleaning._spelling_repairs(text, skip))
            assert found == _spelling_by_scan(text, skip), text[:80]
            repaired += len(found)
    assert repaired > 0
