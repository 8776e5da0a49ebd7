"""perf32a: the criteria walk's shortcuts must give what the code they replaced gave.

- `_conditioned` (a finding test that reads more than its code and assertion), read once per
  node, must name every field the test's old inline chain named: a node with any one of them
  set is conditioned, whatever its value's truth where the chain asked `is not None`;
- `_built` (a criterion from its node's fixed fields) must make what `_build` makes;
- `_span_keys` (span keys from the case's table) must give `_SPAN` of each span, and `_unique`
  with the table must keep exactly what it keeps without;
- `_mentioned_texts` (the words `mentions` reads, once a case) must be what each test read;
- a reference without words of its own is its definition's criterion under its own id, as
  `model_copy` makes it;
- a test none of whose code's findings has an assertion it asks is not met, citing the code's
  spans; the reads kept per case (`_class_before_exception` per span, `_not_had_by_code` per
  set of signs set aside) are what reading them afresh gives."""

import dataclasses
import datetime as dt
import random

import pytest

from spinecite.extractors.models import Evidence
from spinecite.rules import evaluator
from spinecite.rules.evaluator import (CaseFacts, _Evaluator, _build, _built, _case_spans,
                                       _class_before_exception, _conditioned, _is_conditioned,
                                       _mentioned, _mentioned_texts, _span_keys,
                                       _unique, prepare)
from spinecite.rules.ruleset import (FindingNode, LogicNode, Quote, RefNode, load_all,
                                     load_red_flags)

RECEIVED = dt.date(2026, 3, 2)
NOTES = [
    # a course, a study, signs on both sides, a disputed alarm
    ("Chief complaint: low back pain for four days. Reports new urinary retention this "
     "morning; later denies any bladder problems. Lumbar MRI 01/05/2026 showed a disc "
     "herniation at L4-5. Started gabapentin on 01/20/2026 and 6 weeks of physical therapy "
     "since, without relief. Exam: left EHL 4/5, absent left ankle reflex. No history of "
     "cancer. Denies fever. History of breast cancer, metastatic disease to the spine must "
     "be excluded."),
    ("History: C5-6 ACDF in 2019. Now three weeks of neck pain radiating into the right arm, "
     "with new right triceps weakness 4/5 and numbness of the right middle finger. Also low "
     "back pain for 10 weeks despite 6 weeks of physical therapy and naproxen. No trauma "
     "other than gardening. Pacemaker in place."),
]

# the old inline chain of `_Evaluator._test`, field by field, with a value that sets each
# (the two `is not None` fields with 0, which the chain counted)
CHAIN = {"where": (("weeks", "gte", 6),), "mentions": ("fall",), "within_days": 0,
         "after": ("physical_therapy",), "begun_after": ("mri_lumbar",),
         "same_side_as": "radicular_pain", "new": True, "acute": True, "since_denied": True,
         "current": True, "course_days": 0, "worsened": True, "called_new": True, "spinal": True,
         "same_region": True, "limb_region": True}


def _old_chain(node):
    return bool(node.where or node.mentions or node.within_days is not None or node.after
                or node.begun_after or node.same_side_as or node.new or node.acute
                or node.since_denied or node.current or node.course_days is not None
                or node.worsened or node.called_new or node.spinal or node.same_region
                or node.limb_region)


def _guidelines():
    return [*load_all().values(), load_red_flags()]


def _nodes(node):
    yield node
    for child in getattr(node, "children", ()):
        yield from _nodes(child)


def _all_nodes(guideline):
    for entry in (*guideline.definitions.values(), *guideline.requirements,
                  *guideline.exclusions, *guideline.indications):
        if entry.when is not None:
            yield from ((entry, n) for n in _nodes(entry.when))


def _finding_nodes():
    return [n for g in _guidelines() for _, n in _all_nodes(g) if isinstance(n, FindingNode)]


def test_each_field_of_the_chain_conditions_a_test():
    bare = FindingNode("motor_weakness", ("present",), (), None, Quote(None, None))
    assert not _conditioned(bare) and not _old_chain(bare)
    assert set(CHAIN) <= {f.name for f in dataclasses.fields(FindingNode)}
    for name, value in CHAIN.items():
        node = dataclasses.replace(bare, **{name: value})
        assert _old_chain(node), name
        assert _conditioned(node), name


def test_every_rule_file_node_is_conditioned_as_the_chain_says():
    for guideline in _guidelines():
        prepare(guideline)
    nodes = _finding_nodes()
    assert {_old_chain(n) for n in nodes} == {True, False}
    for node in nodes:
        assert _is_conditioned(node) == _old_chain(node)
        assert evaluator._STATICS[id(node)].conditioned == _old_chain(node)


def test_built_is_build_for_every_node():
    evidence = [Evidence(document="n", start=0, end=4, text="back")]
    for guideline in _guidelines():
        prepare(guideline)
        for entry, node in _all_nodes(guideline):
            st = evaluator._STATICS[id(node)]
            for result, ev, children in (("met", evidence, []), ("not_met", [], []),
                                         ("unknown", evidence, [_build("x", None, None, "met",
                                                                       [], [], None, None,
                                                                       {"id", "result"})])):
                fields = evaluator._LOGIC_FIELDS
                made = _built(st.base, result, ev, children, fields)
                want = _build(st.node_id, st.text, st.source, result, ev, children,
                              st.requires, st.code, fields)
                assert list(made.__dict__.items()) == list(want.__dict__.items())
                assert made.model_fields_set == want.model_fields_set
                assert made.model_dump_json() == want.model_dump_json()
                assert made == want


@pytest.fixture(scope="module")
def cases(nlp):
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    out = []
    for i, text in enumerate(NOTES):
        result = extract([Document(id="note", text=text, source=None, date=None,
                                   sha256="0")], RECEIVED, nlp=nlp)
        out.append(CaseFacts(RECEIVED, 61, tuple(result.findings),
                             document_dates=(("note", RECEIVED),), texts=(("note", text),)))
    return out


def test_span_keys_are_the_spans_fields(cases):
    rng = random.Random(32)
    for facts in cases:
        spans = _case_spans(facts)
        every = [e for f in facts.findings for e in f.evidence]
        assert every and len(spans) == len({id(e) for e in every})
        # the table's keys (perf33a: a number per (document, start, end)) are equal exactly
        # where the spans' fields are
        keys, fields = _span_keys(every, spans), list(map(evaluator._SPAN, every))
        assert len(keys) == len(fields)
        for i in range(len(every)):
            for j in range(len(every)):
                assert (keys[i] == keys[j]) == (fields[i] == fields[j])
        # a span of no finding of the case: every span read from its fields
        foreign = Evidence(document="other", start=1, end=2, text="x")
        assert _span_keys([every[0], foreign], spans) == [evaluator._SPAN(every[0]),
                                                          ("other", 1, 2)]
        # the same span twice (two objects), in random lists: the same objects kept
        twin = every[0].model_copy()
        for _ in range(200):
            picked = [rng.choice(every + [twin, foreign]) for _ in range(rng.randint(0, 15))]
            assert [id(e) for e in _unique(list(picked), spans)] == \
                [id(e) for e in _unique(list(picked))]


def test_mentioned_texts_are_what_each_test_read(cases):
    nodes = [n for n in _finding_nodes() if n.mentions and not n.mentions_not]
    assert any(n.mentions_sentence for n in nodes) and any(n.mentions_near for n in nodes)
    checked = 0
    for facts in cases:
        for node in nodes:
            for finding in facts.findings:
                want = tuple(_mentioned(e, node, facts) for e in finding.evidence
                             if not _class_before_exception(e, facts))
                assert _mentioned_texts(node, finding, facts) == want
                checked += 1
    assert checked > 1000


def test_a_bare_reference_is_its_definition_under_its_own_id(cases):
    seen = 0
    for facts in cases:
        for guideline in load_all().values():
            prepare(guideline)
            ev = _Evaluator(guideline, facts.replace(cpt="72148"))
            for entry, node in _all_nodes(guideline):
                if not isinstance(node, RefNode) or node.quote.text:
                    continue
                st = evaluator._STATICS[id(node)]
                made = ev._ref(node, st)
                inner = ev._definitions[node.name]
                want = inner.model_copy(update={"id": st.node_id})
                assert made.model_dump_json() == want.model_dump_json()
                assert made.model_fields_set == want.model_fields_set
                assert made == want
                seen += 1
    assert seen > 20


def test_a_test_with_no_candidate_cites_its_codes_spans(cases):
    for facts in cases:
        for guideline in load_all().values():
            ev = _Evaluator(guideline, facts.replace(cpt="72148"))
            for _, node in _all_nodes(guideline):
                if not isinstance(node, FindingNode):
                    continue
                of_code = facts._by_code.get(node.code, ())
                if not of_code or any(f.assertion in node.assertions for f in of_code):
                    continue
                result, evidence = ev._test(node)
                assert result == "not_met"
                assert evidence == _unique([e for f in of_code for e in f.evidence])


def test_logic_node_statics_keep_op_and_n():
    for guideline in _guidelines():
        prepare(guideline)
        for entry, node in _all_nodes(guideline):
            if isinstance(node, LogicNode):
                st = evaluator._STATICS[id(node)]
                assert (st.op, st.n) == (node.op, node.n)


def test_per_case_reads_are_the_reads(cases):
    """`_class_before_exception` kept per span and `_not_had_by_code` per set of signs set
    aside: what reading them afresh gives."""
    for facts in cases:
        for e in (e for f in facts.findings for e in f.evidence):
            assert evaluator._class_before_exception(e, facts) == \
                evaluator._reads_class_before_exception(e, facts)
        ids = frozenset(id(f) for f in facts.findings[::2])
        assert evaluator._not_had_by_code(facts, ids) == evaluator._by_code_of(facts, ids)
        assert evaluator._not_had_by_code(facts, ids) is evaluator._not_had_by_code(facts, ids)
        assert evaluator._not_had_by_code(facts, frozenset()) == {}
