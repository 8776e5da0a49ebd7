"""Fax and OCR clean-up on a copy of the text, with every offset mapped back.

The pipeline reads the cleaned copy; evidence offsets are mapped to the original so that a
reviewer lands on the characters the document really has. Edits: fax header and "Page 1 of
3" footer lines are blanked (their line break kept, so sentences still end there), words
hyphenated across a line break are joined, and common OCR confusions are fixed: digits in
clinical tokens ("4/S" → "4/5", "f00t" → "foot", "1eft" → "left", a "0:" SOAP header) and
letter pairs inside known words ("cornpression" → "compression", "vveakness" → "weakness",
"racliculopathy" → "radiculopathy"; resources/cleaning.json).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

from spinecite.pipeline.regex_literals import fold, plan
from spinecite.pipeline.resources import (
    CONTEXT_RULES,
    SECTION_RULES,
    load_json,
    target_rule_data,
    target_rule_files,
)

_FAX_LINE = re.compile(
    r"^[^\n]{0,40}?(?:\bFAX\b|\bFROM\s*:|\bP\.\s?\d{1,3}\s?/\s?\d{1,3}\b|\bTO\s*:\s*\d)[^\n]*$"
    r"|^\s*(?:Page|Pg\.?|P\.)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$"
    r"|^[ \t]*[-=*_]{2,}[ \t]*(?:Page|Pg\.?)[ \t]*\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?[ \t]*[-=*_]{2,}[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# A fax header line also carries a date/time or a page counter; plain "FAX:" lines in a
# letterhead are harmless either way.
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_GRADE_S = re.compile(r"(?<![\w/])([0-5][+-]?)\s?/\s?S\b")
# a word of letters with a 0 or 1 in it, at least two letters ("f00t", "dr0p", "1eft"; not "x10")
_DIGIT_IN_WORD = re.compile(r"\b(?=[a-z]*[01])(?=[01]*[a-z][01]*[a-z])[a-z01]{3,}\b", re.IGNORECASE)
_OCR_DIGITS = str.maketrans({"0": "o", "1": "l"})
# a figure with a capital O for a zero ("8/1O", "1O/O1/2O26", "5OO mg", "1O:14"): a run of digits
# and O's holding a digit, either with a separator (date, time, score, decimal) or at least three
# long; not "O2" (oxygen) nor a word with other letters ("SpO2", "CO2", "T1O")
_LETTER_IN_NUMBER = re.compile(
    r"(?<![\w/.:-])(?=[\dO/.:-]*\d)(?=[\dO/.:-]*O)"
    r"(?:[\dO]+(?:[/.:-][\dO]+)+|[\dO]{3,})(?![\w/])")
_NUMERIC_WORD = re.compile(r"(?=[\dO]*\d)[\dO]+")
_OCR_DIGITS_I = str.maketrans({"0": "o", "1": "i"})
# "0:" opening a line is the SOAP header "O:" (objective); a zero never heads a line that way
_ZERO_HEADER = re.compile(r"^[ \t]*(0)(?=[ \t]*:)", re.MULTILINE)
_LETTERS = re.compile(r"[a-z]+")
# A form holding several fields on a line ("Fever: No   Urinary retention: No") or one under
# the other ("Saddle numbness: No\nUrinary retention: Yes"): a field's answer before a column
# gap or a line break ends the field where the next field's label ("Label:", "Label?")
# follows, as a semicolon would, so one field's answer never reads as a word of the next
# label ("No Urinary retention").
_NEXT_LABEL = r"[A-Z][\w/'-]*(?:[ \t][A-Za-z][\w/'-]*){0,4}[ \t]?[:?](?:[ \t]|$)"
# A label that qualifies the field before it belongs to that field: "X-ray: [X] Y  [ ] N
# Date: 09/02/2026   Result: C5-6 narrowing" dates and reads the study.
_QUALIFIER_LABEL = (r"(?!(?i:dated?|dates|dos|results?|levels?|side|region"
                    r"|comments?|details?|type|grade|duration|onset|location|frequency|dose)\b)")
# Every gap opens on a space, a tab or the line break: looked for first, it stops the attempt
# at most characters before the lookbehind is tried (0.37 -> 0.28 ms a note; the same
# matches: tests/test_perf31_attributes.py).
_FIELD_GAP = re.compile(r"(?=[ \t\n])(?<=[\w)\]%+])(?:[ \t]{2,}|\t|(?=[ \t]*\n[ \t]*" + _NEXT_LABEL
                        + r"))(?=[ \t]*\n?[ \t]*" + _QUALIFIER_LABEL + _NEXT_LABEL + ")",
                        re.MULTILINE)
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
# Scanned for at every character, the patterns above cost 0.1-0.25 ms a note each (measured);
# what each match must hold is looked for first (`_tried_at_runs`). Every match of _GRADE_S
# holds this:
_SLASH_S = re.compile(r"/\s?S")
# A match of _LETTER_IN_NUMBER holds an O and a digit among [\dO/.:-]: so an O beside a digit
# or a separator. It starts where a run of [\w/.:-] starts (its lookbehind).
_O_BY_A_FIGURE = re.compile(r"O(?:(?=[\d/.:-])|(?<=[\d/.:-]O))")
# A match of _DIGIT_IN_WORD is a whole word of [a-z01] holding a 0 or 1 and two letters: so a
# 0 or 1 beside a letter (re.I, as the pattern reads [a-z]).
_01_BY_A_LETTER = re.compile(r"[01](?:(?<=[a-z][01])|(?=[a-z]))", re.IGNORECASE)


def _is_word(ch: str) -> bool:
    """\\w as re reads it in a str pattern."""
    return ch.isalnum() or ch == "_"


def _is_figure_part(ch: str) -> bool:
    """[\\w/.:-], _LETTER_IN_NUMBER's lookbehind."""
    return ch.isalnum() or ch in "_/.:-"


def _words_holding_pairs(text: str, lex: _Lexicon) -> Iterator[re.Match[str]]:
    """lex.pattern.finditer(text): with pairs of letters, each match is a whole word (a run of
    \\w) holding one."""
    pairs = tuple(lex.confusions)
    if not all(pair.isalpha() for pair in pairs):
        return lex.pattern.finditer(text)
    return _tried_at_runs(lex.pattern, text, _pair_starts(text, pairs), _is_word)


def _pair_starts(text: str, pairs: tuple[str, ...]) -> Iterator[int]:
    """Where a confusable pair stands (re.I, as the lexicon's pattern reads it), in order: in
    an ASCII note looked up in its lower case (0.01 ms a note, where the pairs' pattern took
    0.1: IGNORECASE leaves re no literal to skip to)."""
    if not (text.isascii() and all(pair.isascii() for pair in pairs)):
        return (m.start() for m in _pairs_pattern(pairs).finditer(text))
    lower, starts = text.lower(), set()
    for pair in map(str.lower, pairs):
        at = lower.find(pair)
        while at >= 0:
            starts.add(at)
            at = lower.find(pair, at + 1)
    return iter(sorted(starts))


@lru_cache(maxsize=None)
def _pairs_pattern(pairs: tuple[str, ...]) -> re.Pattern[str]:
    """Any confusable pair, as the lexicon's pattern reads it (re.I)."""
    return re.compile("|".join(map(re.escape, pairs)), re.IGNORECASE)


def _cue_starts(cue: re.Pattern[str], text: str) -> Iterator[int]:
    return (m.start() for m in cue.finditer(text))


def _tried_at_runs(pattern: re.Pattern[str], text: str, cues: Iterable[int],
                   in_run: Callable[[str], bool]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), for a pattern whose every match holds a cue (one of `cues`,
    positions in order) and starts where the run of `in_run` characters holding that cue
    starts, one match a run at most: tried only there (the same attempt the scan makes at
    that character). Runs are walked once each, so a note of one long run stays linear.
    tests/test_perf33_cleaning.py"""
    run_end = -1
    for at in cues:
        if at < run_end:
            continue  # its run was tried
        start = at
        while start > 0 and in_run(text[start - 1]):
            start -= 1
        run_end = at + 1
        while run_end < len(text) and in_run(text[run_end]):
            run_end += 1
        m = pattern.match(text, start)
        if m is not None:
            yield m


def _field_breaks(text: str) -> Iterator[tuple[int, int, str]]:
    """A semicolon in the first space of each column gap, or before the line break, that
    follows a field's answer (a label's colon or question mark stands before it on its line)."""
    for m in _FIELD_GAP.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if ":" in line or "?" in line:
            yield m.start(), min(m.start() + 1, m.end()), ";"


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


@dataclass(frozen=True)
class TextMap:
    """Cleaned text and, for each cleaned character, the original stretch it came from."""

    original: str
    cleaned: str
    _origin: tuple[int, ...]  # len(cleaned) + 1 starts; the last is len(original)
    _origin_end: tuple[int, ...]  # len(cleaned) ends: "m" read from "rn" ends after the "n"

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the cleaned span [start, end)."""
        if end <= start:
            o = self._origin[start]
            return o, o
        return self._origin[start], self._origin_end[end - 1]

    @property
    def identity(self) -> bool:
        return self.cleaned == self.original


@dataclass(frozen=True)
class _Lexicon:
    confusions: dict[str, str]
    pattern: re.Pattern[str]
    known: frozenset[str]
    tokens: tuple[tuple[re.Pattern[str], str], ...]
    # for each of `tokens`, literals one of which any match holds (None: not known)
    token_literals: tuple[Optional[frozenset[str]], ...]
    spelling: dict[str, frozenset[str]]  # a word or it less one letter -> clinical words
    spelling_min: int
    max_pairs: int
    min_length: int


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _rule_words(rules: list[dict]) -> Iterator[str]:
    """Lower-case words of medspaCy rule JSON: literals, token-pattern values and the
    alphabetic runs of regex patterns (a regex yields stems too, which never hurts)."""
    for rule in rules:
        yield from _LETTERS.findall(rule.get("literal", "").lower())
        pattern = rule.get("pattern")
        if isinstance(pattern, str):
            yield from _LETTERS.findall(re.sub(r"\\[a-z]", " ", pattern.lower()))
        else:
            for token in pattern or ():
                for key in ("LOWER", "TEXT", "NORM"):
                    for text in _strings(token.get(key)):
                        yield from _LETTERS.findall(text.lower())


def _variants(word: str, confusions: dict[str, str],
              max_pairs: int) -> Iterator[tuple[str, tuple[tuple[int, str], ...]]]:
    """Readings of a lower-case word with some of its confusable pairs repaired, fewest
    repairs first, each with the (offset, pair) it repaired."""
    spots = sorted((m.start(), pair) for pair in confusions
                   for m in re.finditer(re.escape(pair), word))[:max_pairs]
    for k in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, k):
            if any(a[0] + len(a[1]) > b[0] for a, b in zip(chosen, chosen[1:])):
                continue  # overlapping pairs ("rnn")
            text = word
            for pos, pair in reversed(chosen):
                text = text[:pos] + confusions[pair] + text[pos + len(pair):]
            yield text, chosen


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_json("cleaning.json")
    confusions = dict(data["confusions"])
    words: set[str] = set(data["words"])
    for path in target_rule_files():
        words.update(_rule_words(target_rule_data(path)))
    for path, key in ((CONTEXT_RULES, "context_rules"), (SECTION_RULES, "section_rules")):
        with open(path, encoding="utf-8") as fh:
            words.update(_rule_words(json.load(fh)[key]))
    words = {w for w in words if len(w) >= 2}
    # the lexicon spells some OCR misreadings out ("cornpression"): those are not words to
    # keep but words to repair
    misread = {w for w in words
               if any(v in words for v, _ in _variants(w, confusions, data["max_pairs"]))}
    pattern = re.compile(r"\b[a-z]*(?:" + "|".join(map(re.escape, confusions)) + r")[a-z]*\b",
                         re.IGNORECASE)
    tokens = tuple((re.compile(t["pattern"]), t["replacement"]) for t in data["tokens"])
    spelling: dict[str, set[str]] = {}
    for word in data["spelling"]["words"]:
        for key in _less_one(word):
            spelling.setdefault(key, set()).add(word)
    # nor are the lexicon's spelled-out misspellings ("herniaton", "diminshed"), told from real
    # variants of a word by where they differ: not in its ending ("fractures", "sciatic")
    misspelt = {w for w in words if len(w) >= data["spelling"]["min_length"]
                and any(_one_edit(w, c) and _first_difference(w, c) < min(len(w), len(c)) - 2
                        for key in _less_one(w) for c in spelling.get(key, ()) if c[0] == w[0])}
    known = (words - misread - (misspelt - set(data["spelling"]["words"]))) | set(data["keep"])
    tokens += tuple(_split_word_tokens(data.get("split_words", ())))
    return _Lexicon(confusions, pattern, frozenset(known), tokens,
                    tuple(plan(p.pattern, p.flags).required for p, _ in tokens),
                    {k: frozenset(v) for k, v in spelling.items()}, data["spelling"]["min_length"],
                    data["max_pairs"], data["min_length"])


def _split_word_tokens(split_words: Iterable[str]) -> Iterator[tuple[re.Pattern[str], str]]:
    """Token repairs of a word a scan split with a space ("De nies bowel/bladder changes",
    blind e371): each split of each of `split_words`, read as the word (one character shorter:
    each of its characters maps back to the whole split word, as a shortened "rn" does; a
    space left after it would part the cue from what it denies), in the word's own case or
    with its first letter a capital. The words are chosen so that no split is two words a note writes ("de", "neg"
    and "ative" are the lexicon's abbreviations and regex stems, so `known` cannot tell)."""
    for word in split_words:
        for k in range(1, len(word)):
            head, tail = word[:k], word[k:]
            for first in (head[0], head[0].upper()):
                split = re.escape(first + head[1:]) + " " + re.escape(tail)
                yield (re.compile(r"(?<![\w/-])" + split + r"(?![\w/-])"),
                       first + word[1:])


def _less_one(word: str) -> set[str]:
    """The word and every string one letter shorter (a symmetric-delete index: two words one
    edit apart always share one of these)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _first_difference(a: str, b: str) -> int:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, dropped or changed letter, or two swapped neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = _first_difference(a, b)
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def _spelling_repairs(text: str, taken: set[int]) -> Iterator[tuple[int, int, str]]:
    """A misspelt clinical word read as the word ("weekness", "Babinksi", "herniaton")."""
    # most notes misspell nothing: their distinct words, each looked up once, tell so
    # without a match object and a lookup for each of their ~600 words
    if not any(map(_spelling_repair, _distinct_lower_words(text))):
        return
    for m in _LONG_WORD.finditer(text):
        if m.start() in taken:
            continue
        word = m.group(0)
        repair = _spelling_repair(word.lower())
        if repair is not None:
            yield m.start(), m.end(), _cased(repair, word)


def _distinct_lower_words(text: str) -> set[str]:
    """{w.lower() for w in _LONG_WORD.findall(text)}, an ASCII note lowered once: lower case
    moves no ASCII character in or out of [A-Za-z] or \\w, so its words are the same."""
    if text.isascii():
        return set(_LONG_WORD.findall(text.lower()))
    return {w.lower() for w in _LONG_WORD.findall(text)}


# Notes share most of their words: a word's reading is worked out once a process
_WORDS_CACHED = 1 << 16


@lru_cache(maxsize=_WORDS_CACHED)
def _spelling_repair(lower: str) -> Optional[str]:
    """The one clinical word a lower-case word is a misspelling of, else None."""
    lex = _lexicon()
    if len(lower) < lex.spelling_min or lower in lex.known:
        return None
    candidates = {c for key in _less_one(lower) for c in lex.spelling.get(key, ())
                  if c[0] == lower[0] and _one_edit(lower, c)}
    return candidates.pop() if len(candidates) == 1 else None


def _cased(replacement: str, source: str) -> str:
    if source.isupper():
        return replacement.upper()
    if source[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _letter_repairs(text: str) -> Iterator[tuple[int, int, str]]:
    """One edit per repaired pair, so the rest of the word keeps its own offsets."""
    lex = _lexicon()
    for m in _words_holding_pairs(text, lex):
        word = m.group(0)
        lower = word.lower()
        if len(lower) < lex.min_length or lower in lex.known:
            continue
        for pos, pair in _letter_repair(lower):
            yield (m.start() + pos, m.start() + pos + len(pair),
                   _cased(lex.confusions[pair], word[pos:pos + len(pair)]))


@lru_cache(maxsize=_WORDS_CACHED)
def _letter_repair(lower: str) -> tuple[tuple[int, str], ...]:
    """The (offset, pair) repairs that make an unknown lower-case word a known one, fewest
    first; none when no reading is."""
    lex = _lexicon()
    return next((spots for v, spots in _variants(lower, lex.confusions, lex.max_pairs)
                 if v in lex.known), ())


def _token_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """The lexicon's token repairs ("0R" -> "OR"). Each pattern opens with a lookbehind that
    a scan tries at every character (~0.09 ms a note each, measured); a note holding none of
    the literals a match must hold (`regex_literals.plan`) is not scanned for it."""
    lex = _lexicon()
    folded = fold(text)
    for (pattern, replacement), literals in zip(lex.tokens, lex.token_literals):
        if literals is None or any(literal in folded for literal in literals):
            yield from ((m.start(), m.end(), replacement) for m in pattern.finditer(text))


def _edits(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits, sorted."""
    edits: list[tuple[int, int, str]] = []
    for m in _FAX_LINE.finditer(text):
        # the line goes with its line break: a list or sentence the page break cut in two
        # ("denies saddle anesthesia,\nFAX FROM ... PAGE 2/3\nurinary retention") reads on
        end = m.end() + 1 if text.startswith("\n", m.end()) and m.start() > 0 else m.end()
        edits.append((m.start(), end, ""))
    for m in _HYPHEN_BREAK.finditer(text):
        edits.append((m.start(), m.end(), ""))
    edits.extend(_field_breaks(text))
    for m in (_GRADE_S.finditer(text) if _SLASH_S.search(text) else ()):
        s = m.start() + len(m.group(0)) - 1  # the "S"
        edits.append((s, s + 1, "5"))
    for m in _ZERO_HEADER.finditer(text):
        edits.append((m.start(1), m.end(1), "O"))
    edits.extend(_token_edits(text))
    for m in _tried_at_runs(_LETTER_IN_NUMBER, text, _cue_starts(_O_BY_A_FIGURE, text),
                            _is_figure_part):
        edits.extend((m.start() + i, m.start() + i + 1, "0")
                     for i, ch in enumerate(m.group(0)) if ch == "O")
    for m in _tried_at_runs(_DIGIT_IN_WORD, text, _cue_starts(_01_BY_A_LETTER, text),
                            _is_word):
        word = m.group(0)
        if _NUMERIC_WORD.fullmatch(word):
            continue   # "1OO": a figure, repaired above
        fixed = word.translate(_OCR_DIGITS)
        if "1" in word and fixed.lower() not in _lexicon().known:
            # a 1 reads as an i as often as an l ("den1es"): the reading that is a word
            as_i = word.translate(_OCR_DIGITS_I)
            fixed = as_i if as_i.lower() in _lexicon().known else fixed
        if fixed != word and not word.isdigit():
            edits.append((m.start(), m.end(), fixed))
    letters = list(_letter_repairs(text))
    edits.extend(letters)
    repaired_words = {_word_start(text, start) for start, _, _ in letters}
    edits.extend(_spelling_repairs(text, repaired_words))
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, replacement in edits:
        if start >= last_end:
            kept.append((start, end, replacement))
            last_end = end
    return kept


def clean(text: str) -> TextMap:
    edits = _edits(text)
    if not edits:
        return TextMap(text, text, tuple(range(len(text) + 1)), tuple(range(1, len(text) + 1)))
    pieces: list[str] = []
    origin: list[int] = []
    origin_end: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        origin_end.extend(range(pos + 1, start + 1))
        pieces.append(replacement)
        if len(replacement) == end - start:
            origin.extend(range(start, end))
            origin_end.extend(range(start + 1, end + 1))
        else:
            # a shortened stretch ("rn" read as "m"): each of its characters stands for all of it
            origin.extend([start] * len(replacement))
            origin_end.extend([end] * len(replacement))
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin_end.extend(range(pos + 1, len(text) + 1))
    origin.append(len(text))
    return TextMap(text, "".join(pieces), tuple(origin), tuple(origin_end))
