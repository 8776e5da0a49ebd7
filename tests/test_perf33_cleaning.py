"""Session 33's cuts to cleaning and the sectionizer keep every output: the letter-pair,
digit-in-word and letter-in-number patterns are tried only at the start of the runs holding
what each of their matches must hold (`cleaning._tried_at_runs`), the grade pattern only in a
note holding "/S", and a note's distinct words are lowered once; the sectionizer's line index
reads the cleaned text. Each is compared with the full scan it replaces, over dev notes,
copies of them with non-ASCII characters put in, and strings made of the patterns' own
neighbours; and the comparison is shown to catch a cue that misses one run."""

import random
import re

import pytest

from context_fixtures import dev_texts
from spinecite.pipeline import cleaning
from test_perf30_front import _with_non_ascii

# what the patterns read, and what looks like it: letters IGNORECASE folds ("\u017f", the
# Kelvin sign), digits, capital O's, separators, slashes, underscores, blanks
PIECES = ["rn", "RN", "vv", "cl", "Cl", "m", "w", "d", "a", "e", "o", "x", "s", "k",
          "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "0", "1", "2", "5", "O", "O1",
          "1O", "/", ".", ":", "-", "_", " ", "  ", "\n", "\t", "S", "/S", "/ S", "4/S",
          "\u00b2", "\u0663", "f00t", "1eft", "cornpression", "8/1O", "5OO", "x10", "L5/S1"]


def _generated(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60))) for _ in range(count)]


@pytest.fixture(scope="module")
def texts():
    notes = dev_texts(40)
    cleaned = [cleaning.clean(t).cleaned for t in notes]
    return notes + cleaned + _with_non_ascii(notes[:60], seed=33) + _generated(4000, seed=33)


def _spans(matches) -> list:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def _scans():
    """(name, pattern, the cue and run test the note's scan uses)."""
    return [("digit in word", cleaning._DIGIT_IN_WORD, cleaning._01_BY_A_LETTER, cleaning._is_word),
            ("letter in number", cleaning._LETTER_IN_NUMBER, cleaning._O_BY_A_FIGURE,
             cleaning._is_figure_part)]


def test_runs_tried_give_the_full_scans_matches(texts):
    found = 0
    for text in texts:
        for name, pattern, cue, in_run in _scans():
            expected = _spans(pattern.finditer(text))
            tried = cleaning._tried_at_runs(pattern, text, cleaning._cue_starts(cue, text), in_run)
            assert _spans(tried) == expected, (name, text)
            found += len(expected)
        lex = cleaning._lexicon()
        expected = _spans(lex.pattern.finditer(text))
        assert _spans(cleaning._words_holding_pairs(text, lex)) == expected, text
        found += len(expected)
    assert found > 1000  # the texts do hold matches of each


def test_pair_starts_are_the_pairs_patterns(texts):
    """In ASCII notes from the lower case, in others from the pairs' pattern: the same."""
    lex = cleaning._lexicon()
    pairs = tuple(lex.confusions)
    found = 0
    for text in texts:
        expected = sorted({m.start() for pair in pairs
                           for m in re.finditer("(?=" + re.escape(pair) + ")", text, re.I)})
        starts = list(cleaning._pair_starts(text, pairs))
        if text.isascii():
            assert starts == expected, text
        else:  # the pattern's hits: not every overlapping one ("rnrn"), each run's first
            assert set(starts) <= set(expected)
        found += len(starts)
    assert found > 1000


def test_each_scan_finds_matches(texts):
    lex = cleaning._lexicon()
    for pattern in (cleaning._DIGIT_IN_WORD, cleaning._LETTER_IN_NUMBER, lex.pattern,
                    cleaning._GRADE_S):
        assert sum(1 for t in texts if pattern.search(t)) > 20, pattern.pattern


def test_a_cue_that_misses_a_run_is_caught(texts):
    """The comparison above fails for a cue that leaves out some runs: a 0 or 1 only before a
    letter ("0ld"), not after one ("f00t")."""
    weak = re.compile(r"[01](?=[a-z])", re.IGNORECASE)
    pattern = cleaning._DIGIT_IN_WORD
    assert any(_spans(cleaning._tried_at_runs(pattern, t, cleaning._cue_starts(weak, t),
                                              cleaning._is_word))
               != _spans(pattern.finditer(t)) for t in texts)


def test_a_pair_left_out_is_caught(texts):
    lex = cleaning._lexicon()
    pairs = tuple(lex.confusions)
    for kept in (pairs[1:], pairs[:-1]):
        assert any(_spans(cleaning._tried_at_runs(lex.pattern, t, cleaning._pair_starts(t, kept),
                                                  cleaning._is_word))
                   != _spans(lex.pattern.finditer(t)) for t in texts)


def test_the_grade_patterns_notes_hold_slash_s(texts):
    for text in texts:
        if cleaning._GRADE_S.search(text):
            assert cleaning._SLASH_S.search(text), text
    notes = dev_texts(40)
    assert sum(1 for t in notes if cleaning._SLASH_S.search(t)) < len(notes) / 2


def test_distinct_lower_words(texts):
    for text in texts:
        assert cleaning._distinct_lower_words(text) == {
            w.lower() for w in cleaning._LONG_WORD.findall(text)}


def test_run_characters_are_the_patterns():
    """_is_word is re's \\w, _is_figure_part its [\\w/.:-], over every code point's sample."""
    word, figure = re.compile(r"\w"), re.compile(r"[\w/.:-]")
    for c in map(chr, list(range(0x3000)) + [0x212a, 0xff10, 0x1d7ce, 0x10ffff]):
        if 0xd800 <= ord(c) < 0xe000:
            continue
        assert cleaning._is_word(c) == bool(word.match(c)), hex(ord(c))
        assert cleaning._is_figure_part(c) == bool(figure.match(c)), hex(ord(c))


def test_one_long_run_is_walked_once():
    """A note of one run with a cue at every other character walks each character a bounded
    number of times (the run once back, once on), not once a cue."""
    text = "a0" * 20_000
    calls = []

    def in_run(c):
        calls.append(c)
        return cleaning._is_word(c)

    matches = list(cleaning._tried_at_runs(
        cleaning._DIGIT_IN_WORD, text, cleaning._cue_starts(cleaning._01_BY_A_LETTER, text),
        in_run))
    assert _spans(matches) == _spans(cleaning._DIGIT_IN_WORD.finditer(text))
    assert len(calls) <= 2 * len(text) + 2


def test_every_edit_is_the_full_scans(texts, monkeypatch):
    """A note's edits, against the same code with every pattern scanned over the whole note."""
    edits = [cleaning._edits(t) for t in texts]
    monkeypatch.setattr(cleaning, "_tried_at_runs",
                        lambda pattern, text, cue, in_run: pattern.finditer(text))
    monkeypatch.setattr(cleaning, "_words_holding_pairs",
                        lambda text, lex: lex.pattern.finditer(text))
    monkeypatch.setattr(cleaning, "_SLASH_S", re.compile(""))
    monkeypatch.setattr(cleaning, "_distinct_lower_words",
                        lambda text: {w.lower() for w in cleaning._LONG_WORD.findall(text)})
    assert [cleaning._edits(t) for t in texts] == edits
    assert sum(map(len, edits)) > 1000


def test_sectionizer_line_index_reads_the_cleaned_text(nlp):
    from spinecite.pipeline.sectionizer import _Lines
    for text in dev_texts(10):
        tm = cleaning.clean(text)
        doc = nlp.make_doc(tm.cleaned)
        doc._.text_map = tm
        lines = _Lines(doc)
        assert lines.text == doc.text
        assert lines.starts == [0] + [m.end() for m in re.finditer("\n", doc.text)]
