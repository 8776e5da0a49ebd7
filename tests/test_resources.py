"""The data files agree with the contract and with each other."""

import json
import re

import pytest
from medspacy.context import ConTextRule
from medspacy.target_matcher import TargetRule

from conftest import CORPORA, SHARED
from spinecite.extractors.models import ASSERTIONS
from spinecite.pipeline.resources import CONTEXT_RULES, codes, target_rule_files

CONTRACT = SHARED / "spec" / "CONTRACT.md"


def contract_codes():
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split("## 4.")[1].split("## 5.")[0]
    return set(re.findall(r"^- `([a-z_]+)`", section, flags=re.M))


@pytest.mark.skipif(not CONTRACT.exists(), reason="contract not beside the repo")
def test_every_contract_code_is_in_the_vocabulary_and_has_targets():
    rules = [r for path in target_rule_files() for r in TargetRule.from_json(str(path))]
    targeted = {r.category for r in rules}
    expected = contract_codes()
    assert len(expected) >= 60
    assert expected <= set(codes())
    assert expected - targeted == set()


def test_target_categories_are_known_codes():
    for path in target_rule_files():
        for rule in TargetRule.from_json(str(path)):
            # NOT_A_FINDING: a phrase matched only so that a shorter rule inside it does not
            # fire ("calcaneus: no fracture" is no spinal fracture)
            assert rule.category in codes() or rule.category == "NOT_A_FINDING", \
                (path.name, rule.literal)
            meta = rule.metadata or {}
            assert set(meta) <= {"assertion", "laterality", "value", "also"}, rule.literal
            assert set(meta.get("also", [])) <= set(codes()) - {rule.category}, rule.literal


def test_context_rules_load():
    rules = ConTextRule.from_json(str(CONTEXT_RULES))
    assert {r.category for r in rules} >= {"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE",
                                           "HISTORICAL", "HYPOTHETICAL", "FAMILY"}


@pytest.mark.parametrize("part", ["dev", "heldout"])
def test_gold_files_are_valid(part):
    vocabulary = set(codes())
    cases = sorted((CORPORA / part).glob("*.case.json"))
    for case in cases:
        gold_path = case.with_name(case.name.replace(".case.json", ".gold.json"))
        gold = json.loads(gold_path.read_text())
        for code, value in gold["findings"].items():
            assert code in vocabulary, (case.name, code)
            values = [value] if isinstance(value, str) else value
            assert set(values) <= set(ASSERTIONS), (case.name, code)
        assert isinstance(gold.get("urgent"), bool), case.name


def test_lexicon_examples(nlp):
    path = CORPORA.parent / "tests" / "data" / "target_examples.jsonl"
    examples = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert len(examples) >= 200
    matcher = nlp.get_pipe("medspacy_target_matcher")
    failures = []
    for ex in examples:
        doc = nlp.make_doc(ex["text"])
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            if proc is matcher:
                break
        spans = [s.text for s in doc.spans.get("medspacy_spans", []) if s.label_ == ex["code"]]
        if ex["match"] is None and spans:
            failures.append(("unexpected", ex["text"], ex["code"], spans))
        elif ex["match"] is not None and ex["match"] not in spans:
            failures.append(("missed", ex["text"], ex["code"], spans))
    assert not failures, failures[:10]
