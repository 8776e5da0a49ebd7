"""perf36a: the rule files' nodes, entries and quotes (rules/ruleset.py), the evaluator's static
entries (`_Static`) and its per-guideline state (`_Evaluator`) hold their fields in slots, not
in a dict of their own: the walk reads a few fields of each for each of a case's ~1,400 nodes.
What the evaluator reads from them must not change: a node's fields, its repr (a finding
test's signature, `_Static.sig`), equality and hash, `dataclasses.replace`, pickling; and the
review of a note is the same JSON whether the rule files are loaded once or anew."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from spinecite.rules import evaluator as E
from spinecite.rules.ruleset import (AgeNode, Entry, FindingNode, JudgmentNode, LogicNode,
                                     Quote, RefNode, RequestNode, load_all, load_red_flags)

_CLASSES = (Quote, FindingNode, RequestNode, LogicNode, AgeNode, RefNode, JudgmentNode, Entry)


def _nodes():
    """Every entry and node of every guideline and of the red flags."""
    guidelines = list(load_all().values()) + [load_red_flags()]
    stack = []
    for g in guidelines:
        for entries in (g.requirements, g.exclusions, g.indications, g.judgment_only,
                        g.not_encoded, tuple(g.definitions.values())):
            stack.extend(entries)
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, Entry):
            if item.when is not None:
                stack.append(item.when)
        elif isinstance(item, LogicNode):
            stack.extend(item.children)


@pytest.mark.parametrize("cls", _CLASSES + (E._Static, E._Evaluator))
def test_slotted(cls):
    # a slotted class's instances have no `__dict__` (the speed this file keeps)
    assert "__dict__" not in dir(cls)
    assert "__slots__" in cls.__dict__


def test_nodes_read_as_before():
    seen = {cls: 0 for cls in _CLASSES if cls is not Quote}
    for item in _nodes():
        seen[type(item)] += 1
        fields = dataclasses.fields(item)
        values = {f.name: getattr(item, f.name) for f in fields}
        # the generated repr (a finding test's signature) lists the fields in order
        assert repr(item) == f"{type(item).__qualname__}(" + ", ".join(
            f"{name}={value!r}" for name, value in values.items()) + ")"
        # equal to a copy made field by field, and to its own replace; frozen
        again = type(item)(**values)
        assert again == item and dataclasses.replace(item) == item
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(item, fields[0].name, values[fields[0].name])
        # hashable where its fields are (a list operand of `where` makes a node unhashable)
        try:
            assert hash(again) == hash(item)
        except TypeError:
            assert isinstance(item, (FindingNode, LogicNode, Entry))
        # pickled and read back the same (a batch worker may be sent rules)
        assert pickle.loads(pickle.dumps(item)) == item
    assert all(seen.values()), seen
    # the signature of a finding test: every field but the quote
    node = next(n for n in _nodes() if isinstance(n, FindingNode))
    sig = repr(dataclasses.replace(node, quote=E._NO_QUOTE))
    assert sig.startswith("FindingNode(code=") and "quote=Quote(text=None, section=None)" in sig


def test_review_same_with_rules_loaded_anew():
    """A note reviewed with the prepared rules of the process, and with the rule files read
    and prepared again (new nodes, new static entries): the same JSON."""
    from spinecite.pipeline import get_nlp
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import _reviewed, applicable, load_rules
    from spinecite.extractors import extract
    from spinecite.benchmarks.speed import make_notes

    nlp = get_nlp()
    guidelines = load_rules()[0]
    fresh = load_all.__wrapped__()   # the rule files read again: new nodes
    notes = make_notes(4, seed=7)
    for i, text in enumerate(notes):
        document = Document(id=f"n{i}", text=text, source=None, date=None, sha256="0")
        case = Case.model_validate({"case_id": "s", "received_date": "2026-03-02",
                                    "request": {"cpt": ["72148"]},
                                    "documents": [{"id": "n", "text": "x"}]})
        extracted = extract([document], dt.date(2026, 3, 2), nlp=nlp)
        want = _reviewed(case, [document], applicable(["72148"], None, guidelines),
                         extracted).model_dump_json()
        for g in fresh.values():
            E.prepare(g)
        got = _reviewed(case, [document], applicable(["72148"], None, fresh),
                        extracted).model_dump_json()
        assert got == want
