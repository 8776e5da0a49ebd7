"""The regex rules' Hyperscan prefilter (`pipeline/regex_prefilter.py`) never rules out a rule
that matches, and the matcher without it (no Hyperscan) finds the same matches."""

import json
import random
import re
from pathlib import Path

import pytest

from spinecite.pipeline import cleaning, regex_literals, regex_prefilter
from spinecite.pipeline.regex_prefilter import Prefilter, superset_pattern

ROOT = Path(__file__).resolve().parent.parent
needs_hyperscan = pytest.mark.skipif(regex_prefilter.hyperscan is None,
                                     reason="Hyperscan is not installed (another CPU)")

EDGE_TEXTS = [
    "", "L4-5", "fever 101.2 F", "T-score -2.6", "temp 38.5", "wt 80 kg -> 75 kg",
    "EMG/NCS normal", "MRI OF THE LUMBAR SPINE", "failed PT\x1c6 weeks", "no\x0brelief",
    "pain\x1f\x1e\x1d radiating", "ends with radiculopathy", "radiculopathy\n",
    "s/p L4-L5 fusion\r\n", "4/5 strength\tEHL", "\x00\x7f numbness", "saddle anesthesia.",
]


def _matcher(nlp):
    return nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher


def _texts(count: int) -> list[str]:
    texts = list(EDGE_TEXTS)
    for path in sorted((ROOT / "corpora" / "dev").glob("*.case.json"))[:count]:
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            texts.append(cleaning.clean(document.get("text", "")).cleaned)
    rng = random.Random(29)
    odd = ["\x0b", "\x0c", "\x1c", "\x1f", "\t", "\r\n", "\x00", "\x7f", "  "]
    for text in list(texts[len(EDGE_TEXTS):]):  # odd whitespace, case and cuts
        chars = list(text[:rng.randint(40, 1500)])
        for _ in range(30):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < .5:
                chars.insert(at, rng.choice(odd))
            elif at < len(chars):
                chars[at] = chars[at].swapcase()
        texts.append("".join(chars))
    return [text.encode("ascii", "ignore").decode() for text in texts]


def _missed(prefilter: Prefilter, rules: list, text: str) -> list[str]:
    candidates = prefilter.candidates(text)
    assert candidates is not None
    return [rule[1].pattern for at, rule in enumerate(rules)
            if at not in candidates and rule[1].search(text)]


@needs_hyperscan
def test_the_prefilter_never_rules_out_a_rule_that_matches(nlp):
    matcher = _matcher(nlp)
    rules, prefilter = matcher._compiled_regex_rules(), matcher._regex_prefilter()
    assert prefilter.active
    for text in _texts(12):
        assert _missed(prefilter, rules, text) == [], text[:80]


@needs_hyperscan
@pytest.mark.parametrize("pattern, flags, text", [
    (r"pain\sradiat", re.I, "PAIN\x1cRADIATING"),  # Python's \s takes \x1c-\x1f
    (r"(?-i:T[^x])max", re.I, "TXMAX"),  # a negated class scoped case-sensitive
    (r"(?-i:T)[^x]", 0, "TX"),
    (r"\bL[45]\b-\d$", re.I, "l4-5\n"),  # "$" before a final newline
    (r"fusion\Z", re.I, "FUSION"),
    (r"s\w*", re.I, "S_9"),
    (r"\u212a\w+", re.I, "kg"),  # the Kelvin sign matches "k" under IGNORECASE
    (r"\u017fpine", re.I, "spine"),
    (r"[\u0100-\u0200]pine", re.I, "Spine"),
    (r"°?\s*F\b", re.I, "101 F"),
    (r"(?P<n>ab)(?P=n)", 0, "abab"),
    (r"(?P<n>a)?(?(n)b|c)", 0, "c"),
    (r"(?>a+)b", 0, "aab"),
    (r"a++b", 0, "ab"),
    (r"(?<=x)a(?=y)", 0, "xay"),
    (r"(?x) a \s b  # verbose", 0, "a b"),
    (r"(?s)a.b", 0, "a\nb"),
    (r"(?m)^b", 0, "a\nb"),
    (r"x{,3}yz", 0, "xxyz"),  # "{,3}" is a repeat to Python, text to PCRE
    (r"\d{2,3}\s*(?:kg|lbs?)", re.I, "80\x0cLBS"),
])
def test_each_construct_is_translated_to_a_superset(tmp_path, pattern, flags, text):
    compiled = re.compile(pattern, flags)
    assert compiled.search(text)
    prefilter = Prefilter([compiled], cache_dir=tmp_path)
    candidates = prefilter.candidates(text)
    assert candidates == {0}, superset_pattern(pattern, flags)


@needs_hyperscan
def test_a_rule_that_cannot_match_is_ruled_out_and_refused_rules_always_run(tmp_path):
    rules = [re.compile(r"\bsaddle\s+anesthesia\b", re.I), re.compile(r"\bcauda\b", re.I)]
    prefilter = Prefilter(rules, cache_dir=tmp_path)
    assert prefilter.candidates("saddle  ANESTHESIA.") == {0}
    assert prefilter.candidates("nothing here") == set()
    # a non-ASCII note is scanned too (session 30), its "\u00e9" read as any non-ASCII test
    assert prefilter.candidates("sadd\u00e9le") == set()
    assert prefilter.candidates("saddle\u00a0anesthesia") == {0}


@needs_hyperscan
def test_the_database_is_read_back_from_the_cache_and_rebuilt_when_unreadable(tmp_path):
    rules = [re.compile(r"\bcauda\s+equina\b", re.I)]
    Prefilter(rules, cache_dir=tmp_path)
    (cached,) = tmp_path.glob("*.hsdb")
    assert Prefilter(rules, cache_dir=tmp_path).candidates("Cauda equina") == {0}
    cached.write_bytes(b"not a database")
    assert Prefilter(rules, cache_dir=tmp_path).candidates("Cauda equina") == {0}
    assert Prefilter(rules, cache_dir=tmp_path).candidates("cauda") == set()


@needs_hyperscan
def test_where_no_cache_can_be_written_every_rule_runs_and_nothing_is_compiled(tmp_path):
    # a home that cannot be written: no database rather than a compile at every build
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    prefilter = Prefilter([re.compile(r"\bcauda\b", re.I)], cache_dir=blocked / "cache")
    assert not prefilter.active
    assert prefilter.candidates("cauda equina") is None


@needs_hyperscan
def test_a_build_that_finds_a_compile_under_way_waits_for_its_database(tmp_path, monkeypatch):
    # two batch workers on a fresh machine: the second reads the first's database
    import fcntl
    import threading
    rules = [re.compile(r"\bcauda\b", re.I)]
    Prefilter(rules, cache_dir=tmp_path)
    (database,) = tmp_path.glob("*.hsdb")
    (lock,) = tmp_path.glob("*.lock")
    compiled = database.read_bytes()
    database.unlink()
    compiles = []
    monkeypatch.setattr(regex_prefilter, "_compile_in_child",
                        lambda *args: compiles.append(args))
    built = {}
    with open(lock, "a") as held:  # the first worker, compiling
        fcntl.flock(held, fcntl.LOCK_EX)
        second = threading.Thread(
            target=lambda: built.setdefault("prefilter", Prefilter(rules, cache_dir=tmp_path)))
        second.start()
        second.join(0.5)
        assert second.is_alive()  # waits rather than compiling beside it
        database.write_bytes(compiled)  # the first worker's database lands
        fcntl.flock(held, fcntl.LOCK_UN)
    second.join(30)
    assert built["prefilter"].candidates("cauda equina") == {0}
    assert compiles == []


def test_without_hyperscan_every_rule_runs_with_the_same_matches(nlp, monkeypatch):
    matcher = _matcher(nlp)
    with_prefilter = matcher._regex_prefilter()
    texts = _texts(6)
    docs = [nlp.make_doc(text) for text in texts]
    found = [matcher.match_regex(doc) for doc in docs]
    monkeypatch.setattr(regex_prefilter, "hyperscan", None)
    matcher._prefilter = None
    try:
        fallback = matcher._regex_prefilter()
        assert not fallback.active and fallback.candidates(texts[-1]) is None
        regex_literals._RECENT.clear()
        assert [matcher.match_regex(doc) for doc in docs] == found
    finally:
        matcher._prefilter = with_prefilter
