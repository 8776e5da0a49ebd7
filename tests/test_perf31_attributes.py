"""Session 31: the attributes stage made cheaper with its outputs unchanged.

Each new structure is checked against what it replaced, on the development notes and on
generated text: durations read only in the stretches of a note that name a unit against the
whole note read; the date forms that now look ahead for the letter or digit they can open
with (or open on their digit) against the patterns as they were; every cue pattern built
from attributes.json with its alternatives gathered by first letter against the same
pattern with its alternatives listed one by one (and the generated text tells a list with
one alternative dropped); spinal levels opening on their letter against "\\b" first; the
per-note outcome cues against a fresh read; cleaning's field gaps, looked for at a space
first, against the pattern as it was; and the bisected
"a finding starts between two grades" against the scan of the note's spans it replaced."""

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Optional

import pytest

from spinecite.pipeline import attributes, timex
from spinecite.pipeline.extensions import SPAN_GROUP, doc_text
from spinecite.pipeline.resources import load_json

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    texts = []
    for path in sorted(DEV.glob("*.case.json")):
        texts += [d["text"] for d in json.loads(path.read_text())["documents"]]
    return texts


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# ---- date forms -----------------------------------------------------------------------------

_DATES_BEFORE = {
    "d_mon": r"{L}{DAY}\s++(?:of\s+)?(?P<mon>{MON})(?:\.?,?\s*+(?P<y>{YR4}))?{R}",
    "mon": r"\b{MOD}(?P<mon>{MON})(?:\.?,?\s*+(?:of\s+)?(?P<y>{YR4}|{APOS_YR}))?{R}",
    "year": r"(?<![\w/.]){MOD}(?P<y>{YR4})(?![0-9]|\s*(?:mg|mcg|ml|cc|units?|iu)\b|\s*%)",
}


def _dates_before() -> dict[str, re.Pattern]:
    parts = dict(L=timex._L, DAY=timex._DAY, MON=timex._MON, YR4=timex._YR4, R=timex._R,
                 MOD=timex._MOD, APOS_YR=timex._APOS_YR)
    return {form: re.compile(rx.format(**parts), re.I) for form, rx in _DATES_BEFORE.items()}


def _date_texts(n: int, seed: int) -> list[str]:
    words = ["the", "The", "early", "mid", "middle", "Late", "beginning", "end", "of", "-", "--",
             "Jan", "January", "feb", "Sept", "march", "MAY", "may", "Dec", "2025", "1999", "2026",
             "'24", "\u201924", "12", "3rd", "21st", "1", "15", "/", ".", ",", "L4", "10mg", "%",
             "2026%", "mcg", "units", "\u017f", "\u212a", "\u0130", "\u0131", "x", "_", " ", "  ",
             "\n", "\u0661"]
    rng = random.Random(seed)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(n)]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(n)]
    return texts


def test_date_forms_are_found_as_before(dev_texts):
    now = dict(timex._DATE_RES)
    generated = _date_texts(6000, 31)
    for form, before in _dates_before().items():
        assert now[form].pattern != before.pattern
        for text in dev_texts + generated:
            assert _matches(before, text) == _matches(now[form], text), (form, text[:200])


def test_a_booking_clause_is_read_where_it_was(dev_texts):
    """`_booked_on` (the future clause read only before "on"/"for" and a space) against the
    clause searched in every window."""
    words = ["She", "is", "scheduled", "will", "have", "the", "injection", "was", "were", "done",
             "on", "ON", "for", "For", "FOR", "going to", "plans to", "set up", "an", "ESI", ".",
             ";", "\n", " ", "  ", "\u00a0", "\u2003", "\t", "onfor", "ron", "form", "\u0130",
             "\u017f", "12/15"]
    rng = random.Random(317)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 18))) for _ in range(3000)]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 18))) for _ in range(3000)]
    checked = booked = 0
    for text in texts + dev_texts[::4]:
        ends = range(len(text) + 1) if len(text) < 200 else \
            [m.start() for m in re.finditer(r"[0-9]+/", text)] + [rng.randrange(len(text) + 1) for _ in range(20)]
        for end in ends:
            expected = timex._FUTURE_CLAUSE.search(text, max(0, end - 60), end) is not None
            assert timex._booked_on(text, end) == expected, (text, end)
            checked += 1
            booked += expected
    assert booked > 500 and checked > 100000


def test_the_lookaheads_hold_every_character_a_form_opens_with():
    from spinecite.pipeline.regex_literals import _first

    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover
        import sre_parse
    now = dict(timex._DATE_RES)
    for form, before in _dates_before().items():
        if form == "d_mon":
            continue  # opens on a digit class, as the number forms do
        parsed = sre_parse.parse(before.pattern, before.flags)
        opens = _first(list(parsed), parsed.state, before.flags)
        # the class of the first character (the lookahead may look at a second: session 33)
        allowed = set(re.match(r"[^\[]*\(\?=\[([^\]]*)\]", now[form].pattern).group(1))
        assert opens is not None and set(opens) <= allowed, (form, sorted(set(opens) - allowed))


# ---- durations read only where a unit is written ---------------------------------------------

def _durations_before(text: str) -> list:
    return _matches(timex._DUR_RE, text)


def _durations_now(text: str) -> list:
    return [(m.span(), m.groups()) for m in timex._durations(text)]


def test_durations_are_found_as_before_on_the_dev_notes(dev_texts):
    assert sum(text.isascii() for text in dev_texts) > len(dev_texts) // 2
    for text in dev_texts:
        assert _durations_before(text) == _durations_now(text), text[:200]


def test_durations_are_found_as_before_on_generated_text():
    words = ["for", "over", "x", "X", "\u00d7", "~", "the", "past", "last", "about", "approx.",
             "approx", "nearly", "at least", "a couple of", "couple", "a few", "several", "an", "a",
             "two", "twelve", "and a half", "\u00bd", "1/2", "6", "2.5", "3-4", "10+", "-", "--",
             "\u2013", "days", "day", "d", "D", "dy", "wk", "Wks", "weeks", "w", "mos", "mo", "m",
             "mnths", "yrs", "y", "Y", "ago", "old", "aged", "age", "today", "w/o", "y/o", "x6w",
             "xd", "6wks", ",", ".", "/", "(", ")", ":", ";", "'", "%", "*", "_", "9", " ", " ",
             "  ", "\n", "\t"]
    rng = random.Random(314)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 16))) for _ in range(6000)]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(6000)]
    assert sum(bool(_durations_before(t)) for t in texts) > 3000  # the text holds durations
    for text in texts:
        assert _durations_before(text) == _durations_now(text), text
    # a text beyond ASCII is read whole, as before
    assert _durations_now("\u00e9 for 6 wks, \u0130 2 days") == \
        _durations_before("\u00e9 for 6 wks, \u0130 2 days")


def test_a_duration_holds_no_sign_the_stretches_end_on():
    """No match of _DUR_RE, over text of every ASCII character beside duration words, holds
    a character `_NO_DURATION` names."""
    signs = [chr(c) for c in range(128)]
    words = ["for ", "6", " weeks", "x", "2.5", "1/2", "~", "approx.", "a few ", "days", "-", "+"]
    rng = random.Random(315)
    for _ in range(8000):
        text = "".join(rng.choice(signs + words) for _ in range(rng.randint(1, 14)))
        for m in timex._DUR_RE.finditer(text):
            assert not timex._NO_DURATION.search(m.group(0)), (text, m.group(0))
        assert _durations_before(text) == _durations_now(text), text


# ---- cue patterns gathered by first letter ----------------------------------------------------

def _phrase_regex_before(phrases: list[str]) -> re.Pattern[str]:
    """attributes._phrase_regex as it was: one alternative after another."""
    alternatives = sorted((attributes._WITHOUT.sub(r"(?:without|w/o|w/out)", attributes._cue_pattern(p))
                           for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?![\w/])", re.IGNORECASE)


def _patterns(cues) -> dict[str, re.Pattern]:
    """Every pattern a `_Cues` holds, by attribute name (and list position)."""
    found = {}
    for name, value in vars(cues).items():
        if isinstance(value, re.Pattern):
            found[name] = value
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, tuple) and isinstance(item[-1], re.Pattern):
                    found[f"{name}[{i}]"] = item[-1]
    return found


@pytest.fixture(scope="module")
def both_cues():
    saved = attributes._phrase_regex
    attributes._phrase_regex = _phrase_regex_before
    try:
        before = attributes._Cues()
    finally:
        attributes._phrase_regex = saved
    return _patterns(before), _patterns(attributes._Cues())


def _phrases(value) -> list[str]:
    """Every string in attributes.json."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _phrases(v)]
    if isinstance(value, list):
        return [p for v in value for p in _phrases(v)]
    return []


def _cue_texts(n: int, seed: int) -> list[str]:
    """Text made of the cue lists' own phrases, their words, case changes, separators and the
    characters `re` folds onto ASCII letters."""
    phrases = [p for p in _phrases(load_json("attributes.json")) if len(p) < 60]
    words = sorted({w for p in phrases for w in p.split()})
    extra = ["w/o", "w/out", "no", "without", "much", "significant", ",", ".", ":", ";", "(", ")",
             "/", "-", "\n", "  ", "\u017f", "\u212a", "\u0130", "\u0131", "x", "6", "L5", "PT"]
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            piece = rng.choice(phrases) if rng.random() < 0.5 else rng.choice(words + extra)
            piece = piece.upper() if rng.random() < 0.1 else piece.capitalize() if rng.random() < 0.2 else piece
            parts.append(piece)
            parts.append(rng.choice([" ", " ", "", "\n", ", ", "/", "-"]))
        texts.append("".join(parts))
    return texts


@pytest.fixture(scope="module")
def cue_texts():
    return _cue_texts(4000, 310)


def test_every_cue_pattern_has_changed_and_only_its_alternation(both_cues):
    before, now = both_cues
    assert before.keys() == now.keys() and len(now) > 40
    changed = [name for name in now if now[name].pattern != before[name].pattern]
    assert len(changed) > 40  # the phrase lists are gathered, not left alone
    for name in now:
        assert now[name].flags == before[name].flags
        assert now[name].groups == before[name].groups, name  # no group numbers moved


def test_cue_patterns_match_as_before_on_generated_text(both_cues, cue_texts):
    before, now = both_cues
    for name in now:
        for text in cue_texts:
            assert _matches(before[name], text) == _matches(now[name], text), (name, text)
            # the patterns anchored on a window's end ("...\s*$") are searched in windows
            end = len(text) // 2
            assert _search(before[name], text, end) == _search(now[name], text, end), (name, text)


def _search(pattern: re.Pattern, text: str, end: int):
    m = pattern.search(text, 0, end)
    return m and (m.span(), m.groups())


def test_cue_patterns_match_as_before_on_the_dev_notes(both_cues, dev_texts):
    before, now = both_cues
    rng = random.Random(311)
    for text in dev_texts[::3]:
        cuts = sorted(rng.randrange(len(text) + 1) for _ in range(4))
        for name in now:
            assert _matches(before[name], text) == _matches(now[name], text), (name, text[:200])
            for low, high in zip(cuts, cuts[1:]):
                assert _window(before[name], text, low, high) == _window(now[name], text, low, high)


def _window(pattern: re.Pattern, text: str, low: int, high: int) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, low, high)]


def test_the_generated_text_tells_a_dropped_alternative(cue_texts):
    """Each outcome list less one of its phrases matches otherwise somewhere in the text: the
    comparison above would catch a group that lost an alternative."""
    data = load_json("attributes.json")["therapy_outcome"]
    rng = random.Random(312)
    for name, phrases in data.items():
        full = attributes._phrase_regex(phrases)
        for dropped in rng.sample(phrases, min(5, len(phrases))):
            less = attributes._phrase_regex([p for p in phrases if p != dropped])
            texts = cue_texts + [dropped, f"then {dropped}."]
            assert any(_matches(full, t) != _matches(less, t) for t in texts), (name, dropped)


def test_a_list_opening_outside_ascii_is_left_one_by_one():
    assert attributes._by_first_letter(["\u017ftop", "stop"]) == "\u017ftop|stop"
    grouped = attributes._by_first_letter(["stop", "no\\s+relief", "\\-free", "Stopped"])
    assert grouped == "(?=[sS])(?:stop|Stopped)|(?=[nN])(?:no\\s+relief)|(?:\\-free)"


# ---- spinal levels opening on their letter -----------------------------------------------------

_LEVEL_BEFORE = re.compile(
    r"\b([CTLS])\s?(\d{1,2})\s?(?:-|–|/|to|through)\s?([CTLS])?\s?(\d{1,2})\b"
    r"|\b([CTLS])\s?(\d{1,2})\s+on\s+([CTLS])\s?(\d{1,2})\b"
    r"|\b([CTLS])(\d{1,2})\b")


def _levels(pattern: re.Pattern, text: str, low: int = 0, high: Optional[int] = None) -> list:
    high = len(text) if high is None else high
    return [[m.span(i) for i in range(11)] + list(m.groups()) for m in pattern.finditer(text, low, high)]


def test_levels_are_found_as_before(dev_texts):
    words = ["L", "S", "C", "T", "l", "4", "5", "12", "1", "-", "\u2013", "/", "to", "through", "on",
             " ", "  ", "\n", "x", "_", "\u0661", "\u00e9", ",", "(", "L4-5", "L5-S1", "T12-L1", "C5/6"]
    rng = random.Random(316)
    generated = ["".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(8000)]
    for text in dev_texts + generated:
        assert _levels(_LEVEL_BEFORE, text) == _levels(attributes._LEVEL, text), text[:200]
        # read from a place in the text, as `_level` reads the next line's, and in a window
        at = len(text) // 3
        before, now = _LEVEL_BEFORE.match(text, at), attributes._LEVEL.match(text, at)
        assert (before and before.span(), before and before.groups()) == \
            (now and now.span(), now and now.groups())
        assert _levels(_LEVEL_BEFORE, text, at, 2 * at) == _levels(attributes._LEVEL, text, at, 2 * at)


# ---- cleaning's field gaps looked for at a space first ------------------------------------------

def test_field_gaps_are_found_as_before(dev_texts):
    from spinecite.pipeline import cleaning

    now = cleaning._FIELD_GAP
    before = re.compile(now.pattern.replace("(?=[ \\t\\n])", "", 1), now.flags)
    assert before.pattern != now.pattern and before.pattern.startswith("(?<=")
    words = ["Pain", "Date:", "Result?", "MRI", "x", "4/5", ")", "]", "%", "+", ":", " ", "  ", "\t",
             "\n", " \n", "\t\n", "Dated:", "Side:", "Next Label:", "a", "_", "\u00e9", "\r"]
    rng = random.Random(318)
    generated = ["".join(rng.choice(words) for _ in range(rng.randint(1, 16))) for _ in range(8000)]
    assert sum(bool(before.search(t)) for t in generated) > 100  # the text holds gaps
    for text in dev_texts + generated:
        assert [m.span() for m in before.finditer(text)] == [m.span() for m in now.finditer(text)], text[:200]


# ---- outcome cues a note, a grade change's findings ------------------------------------------

@pytest.fixture(scope="module")
def docs(nlp, dev_texts):
    from spinecite.pipeline import process

    return [process(text, dt.date(2026, 3, 2), nlp=nlp) for text in dev_texts[::15]]


def test_outcome_cues_are_a_fresh_read_and_forgotten_after_the_note(docs, nlp):
    cues = attributes._get_cues()
    for doc in docs:
        text = doc_text(doc)
        for sent in list(doc.sents) * 2:
            assert attributes._outcome_cues(cues, text, sent.start_char, sent.end_char) == \
                attributes._read_outcome_cues(cues, text, sent.start_char, sent.end_char)
    # a copy of a text (equal, not the same object) is read afresh
    text = doc_text(docs[0])
    copy = "".join(list(text))
    assert copy is not text
    assert attributes._outcome_cues(cues, copy, 0, len(copy)) == \
        attributes._read_outcome_cues(cues, copy, 0, len(copy))
    nlp("Completed PT x 6 weeks without relief.")
    assert attributes._outcome_cues.note == (None, {})


def test_a_finding_between_two_grades_is_found_by_bisection(docs):
    rng = random.Random(313)
    for doc in docs:
        spans = list(doc.spans.get(SPAN_GROUP, []))
        starts = sorted(s.start_char for s in spans)
        size = len(doc.text)
        for _ in range(200):
            low = rng.randrange(size + 1)
            high = low + rng.randrange(60)
            assert attributes._starts_within(starts, low, high) == \
                any(low <= s.start_char < high for s in spans)
        for s in spans:  # at the bounds themselves
            assert attributes._starts_within(starts, s.start_char, s.start_char + 1)
            assert not attributes._starts_within(starts, s.start_char, s.start_char)
