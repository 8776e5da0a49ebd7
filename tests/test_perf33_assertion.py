"""Session 33's cuts to the assertion keep every output: a templated line is matched only when
it can end on an answer (`assertion._may_answer`), and in a run the pronoun passes' literal
look reads where the pronoun stands in the note, listed once (`_may_match_within`). Each is
compared with what it replaces over dev notes, copies of them with non-ASCII characters put
in, and lines made of the line pattern's own pieces; and each comparison is shown to catch a
look that drops a case."""

import random

import pytest

from context_fixtures import dev_texts
from spinecite.pipeline import assertion, cleaning
from spinecite.pipeline.nlp import process
from spinecite.pipeline.regex_literals import may_match
from spinecite.pipeline.resources import load_json
from test_perf30_front import _with_non_ascii

RULE = load_json("assertion_policy.json")["templated_answer"]
ANSWERS = set(RULE["no"]) | set(RULE["yes"])
PIECES = ["Fever", "chills", "Saddle numbness", "Weakness", "MRI", "x", " ", "  ", "   ", "\t",
          "..", "....", ". . .", ".", ":", ": ", "_", "__", "___ ", "-", "*", "\u2022 ",
          "no", "No", "NO", "n", "N", "y", "Y", "yes", "denies", "Denied", "none", "neg",
          "negative", "(-)", "(+)", "+", "pos", "nil", "never", "endorses", "reports", "pain",
          "(R big toe)", '"my mom had that"', "\u201cnone\u201d", "\u00a0", "\u0130", "\r",
          "no.", "no. ", "Fever:no", "x__no", "a:b:no"]


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9))) for _ in range(count)]


@pytest.fixture(scope="module")
def lines():
    notes = [cleaning.clean(t).cleaned for t in dev_texts(60)]
    notes += _with_non_ascii(notes[:40], seed=33)
    return [line for note in notes for line in note.split("\n")] + _lines(20_000, seed=33)


def _answered(line: str) -> bool:
    m = assertion._compiled(RULE["line"]).fullmatch(line)
    return m is not None and m.group("answer").lower() in ANSWERS


def test_the_policys_line_pattern_ends_as_read():
    """Else `_templated_answers` matches every line (the same answers, slower)."""
    assert RULE["line"].endswith(assertion._ANSWER_TAIL)


def test_every_line_ending_on_an_answer_is_matched(lines):
    answered = skipped = 0
    for line in lines:
        may = assertion._may_answer(line, 0, len(line), ANSWERS)
        if _answered(line):
            assert may, line
            answered += 1
        skipped += not may
    assert answered > 500 and skipped > len(lines) / 2


def test_an_answer_of_two_words_has_every_line_matched(monkeypatch):
    """'Fever: not present', were "not present" an answer: the look reads one run only, so
    with such an answer every line is matched (the look is not asked)."""
    from types import SimpleNamespace
    text = "Fever: not present"
    finding = SimpleNamespace(assertion="present", label="fever",
                              span=SimpleNamespace(start_char=0, end_char=5))
    asked = []
    monkeypatch.setattr(assertion, "_may_answer", lambda *args: asked.append(args) or True)
    assertion._templated_answers([finding], text, RULE)
    assert asked  # one-word answers: the look is asked
    asked.clear()
    assertion._templated_answers([finding], text, dict(RULE, no=RULE["no"] + ["not present"]))
    assert not asked
    assert assertion._one_run("no") and assertion._one_run("(-)")
    assert not assertion._one_run("not present") and not assertion._one_run("")


def test_a_long_run_is_cut_only_as_long_as_an_answer():
    line = "Signature" + "_" * 200_000 + "no"
    assert assertion._may_answer(line, 0, len(line), ANSWERS) is True
    line = "x:" * 100_000 + "pain"
    assert assertion._may_answer(line, 0, len(line), ANSWERS) is False


def test_a_look_that_drops_the_answer_after_a_colon_is_caught(lines):
    """The comparison above fails for a look that reads only the last word as a whole
    ("Fever:no" answers "no")."""
    def last_word_only(text, start, end, answers):
        word = text[start:end].rstrip(" \t").rstrip(".").rstrip(" \t").split()
        return text[start:end].rstrip(" \t").endswith((")", '"', "\u201d")) or bool(
            word and word[-1].lower() in answers)
    assert any(_answered(line) and not last_word_only(line, 0, len(line), ANSWERS)
               for line in lines)


def test_templated_answers_as_before(monkeypatch):
    """The assertions of dev notes with every line matched, as before."""
    texts = dev_texts(25)

    def read():
        out = []
        for text in texts:
            doc = process(text)
            out.append([(s.start, s.end, s.label_, s._.assertion) for s in doc.spans["medspacy_spans"]
                        ] if "medspacy_spans" in doc.spans else [])
        return out

    now = read()
    monkeypatch.setattr(assertion, "_may_answer", lambda *args: True)
    assert read() == now
    assert sum(map(len, now)) > 500


def _patterns() -> list[str]:
    policy = load_json("assertion_policy.json")
    return [policy[rule]["opens_on"] % pronoun
            for rule in ("relatives_own_pronoun", "another_persons_pronoun")
            for pronoun in ("he", "she")]


def _windows(texts, seed: int):
    rng = random.Random(seed)
    for text in texts:
        for _ in range(200):
            a = rng.randrange(len(text) + 1)
            yield text, a, min(len(text), a + rng.choice((0, 1, 2, 3, 5, 20, 80, 400)))


def test_pronoun_look_in_a_run_is_may_match_on_the_window():
    notes = [cleaning.clean(t).cleaned for t in dev_texts(30)]
    texts = notes + _with_non_ascii(notes[:10], seed=7) + ["She he SHE the she", "", "he"]
    held = 0
    for text in texts:
        run = assertion._reading.set((object(), text, None, {}, None))
        try:
            for _, a, b in _windows([text], seed=len(text)):
                for pattern in _patterns():
                    expected = may_match(pattern, text[a:b])
                    assert assertion._may_match_within(pattern, text, a, b) == expected, (
                        pattern, text[a:b])
                    held += expected
        finally:
            assertion._reading.reset(run)
    assert held > 1000


def test_outside_a_run_the_look_is_may_match():
    """No run: the empty text (the no-run state's) and any other are read as before."""
    for text, a, b in (("", 0, 0), ("she said", 0, 8), ("he", 0, 1)):
        for pattern in _patterns() + [r"\s*[a-z]+"]:
            assert assertion._may_match_within(pattern, text, a, b) == may_match(pattern, text[a:b])


def test_a_look_cutting_the_pronoun_is_caught():
    """A window that ends inside a pronoun ("... s|he") holds none: the comparison above fails
    for a look that counts an occurrence starting in the window wherever it ends."""
    text = "Her mother has MS; she had surgery."
    at = text.index("she")
    assert may_match(_patterns()[1], text[0:at + 2]) is False
    run = assertion._reading.set((object(), text, None, {}, None))
    try:
        assert assertion._may_match_within(_patterns()[1], text, 0, at + 2) is False
        assert assertion._may_match_within(_patterns()[1], text, 0, at + 3) is True
    finally:
        assertion._reading.reset(run)
