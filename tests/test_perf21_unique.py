"""perf21: `_unique` (the evidence of a criterion without repeated spans) reads the spans with
C-level iterators; it must keep exactly what the loop it replaced kept: the first evidence of
each (document, start, end), in order, and the same list when nothing repeats. A finding node's
test key skips `_test_key`'s call in its plain case, and must give the same key."""

import datetime as dt

from spinecite.extractors.models import Evidence
from spinecite.rules import evaluator
from spinecite.rules.evaluator import CaseFacts, _Evaluator, _static, _unique
from spinecite.rules.ruleset import FindingNode, load_all


def _ev(document: str, start: int, end: int, text: str = "x") -> Evidence:
    return Evidence(document=document, start=start, end=end, text=text)


def _loop(evidence):   # the replaced loop, as it was
    seen, out = set(), []
    for e in evidence:
        key = (e.document, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def test_no_repeat_gives_the_list_itself():
    spans = [_ev("a", 0, 4), _ev("a", 5, 9), _ev("b", 0, 4)]
    assert _unique(spans) is spans


def test_first_of_each_span_kept_in_order():
    first = _ev("a", 10, 20, "weakness")
    again = _ev("a", 10, 20, "weakness (again)")   # another object, the same span
    spans = [_ev("b", 3, 7), first, _ev("a", 0, 5), again, _ev("b", 3, 7), _ev("a", 30, 40)]
    out = _unique(spans)
    assert out == _loop(spans)
    assert out[1] is first and all(e is not again for e in out)
    assert [(e.document, e.start, e.end) for e in out] == [("b", 3, 7), ("a", 10, 20),
                                                            ("a", 0, 5), ("a", 30, 40)]


def test_same_offsets_in_other_documents_are_not_repeats():
    spans = [_ev("n1", 0, 6), _ev("n2", 0, 6), _ev("n1", 0, 7)]
    assert _unique(spans) == spans


def test_empty_and_all_repeats():
    assert _unique([]) == []
    one = _ev("a", 1, 2)
    assert _unique([one, _ev("a", 1, 2), one]) == [one]


def test_many_random_lists_match_the_loop():
    import random
    rng = random.Random(21)
    for _ in range(300):
        spans = [_ev(rng.choice("ab"), s, s + rng.randint(1, 3)) for s in
                 (rng.randint(0, 6) for _ in range(rng.randint(0, 12)))]
        assert [id(e) for e in _unique(list(spans))] == [id(e) for e in _loop(spans)]


def _finding_nodes(node):
    if isinstance(node, FindingNode):
        yield node
    for child in getattr(node, "children", ()):
        yield from _finding_nodes(child)


def test_plain_finding_key_is_test_key():
    guideline = load_all()["aim-spine"]
    facts = CaseFacts(dt.date(2026, 3, 2), 50.0, (), cpt="72148")
    ev = _Evaluator(guideline, facts)
    nodes = [n for entry in guideline.definitions.values() if entry.when is not None
             for n in _finding_nodes(entry.when)]
    kinds = set()
    for i, node in enumerate(nodes):
        st = _static(guideline, node, f"perf21.probe.{i}")
        plain = not st.varies and st.code not in ev._not_had_of
        kinds.add(plain)
        assert (st.sig if plain else ev._test_key(st)) == ev._test_key(st)
    assert kinds == {True, False}   # both paths probed (a limb_region sign varies)
    assert evaluator._SPAN(_ev("d", 1, 2)) == ("d", 1, 2)
