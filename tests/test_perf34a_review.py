"""Review beyond extract takes three more shortcuts (perf34a). Each must give what the long
way gave:

- `demographics._finditer` (an age pattern tried only where `_AGE_STARTS` says it can begin)
  gives `finditer`'s matches, the same spans and groups in the same order;
- the red flags' pass (which does not weigh claims) and a guideline's evaluation (which does)
  share one table of finding tests exactly when the case has no payer-facing document, the
  only case where weighing claims changes no test; and a guideline's criteria built from the
  shared table are those built from a table of its own;
- `missing._closeness`, which scores an inner criterion once for its children list, gives
  every criterion of a determination the score a fresh scoring gives it alone.
"""

import datetime as dt
import random

import pytest

from context_fixtures import dev_texts
from spinecite.pipeline import demographics
from spinecite.pipeline.demographics import _AGE, _AGE_LABEL_PAIR, _AGE_SEX, _finditer
from spinecite.rules.evaluator import CaseFacts, _Evaluator, _test_facts, evaluate, red_flags
from spinecite.rules.missing import _closeness
from spinecite.rules.ruleset import load_all, load_red_flags

RECEIVED = dt.date(2026, 3, 2)

# the patterns' edges: a hyphen or a newline between the number and its "yo", a number glued
# to a word or a decimal, a digit of another script, a temperature's "F", "Age/Sex"
_EDGES = ["34-yo", "34 - yo", "34 -  yo", "34\nyo", "a34 yo", "_34 yo", "3.4 yo", "1234 yo",
          "\u0663\u0664 yo", "é34 yo", "Age: 34", "AGE\n44", "page 34", "Age/Sex: 34/M",
          "age / sex 34 / F", "T 98 F", "temp 99 F", "x 34 M", "34/ M", "34M", "3 4 yo",
          "34 Years Old", "34 yrs old", "his 34 yo", "mother 80 yo", "34yoa", "34 y.o.",
          "34 y/o F", "1 yo 2 yo", "age 3age 4", "34 MRI", "34F", "58 F presents"]


def _texts(seed: int) -> list:
    rng = random.Random(seed)
    words = ["age", "Age", "AGE", "sex", "/", " ", "34", "5", "120", "M", "F", "yo", "y/o",
             "x ", "T ", "temp ", "98.6", ",", "°", "\n", "years old", "-", "mother", "his ",
             "a", "y", "\u0663"]
    return _EDGES + [" ".join(_EDGES)] + [
        "".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(3000)]


@pytest.mark.parametrize("pattern", [_AGE, _AGE_LABEL_PAIR, _AGE_SEX],
                         ids=["age", "label_pair", "age_sex"])
def test_age_patterns_tried_where_they_can_begin_match_as_finditer(pattern):
    found = 0
    for text in _texts(7) + dev_texts(30):
        head = text[:5000]
        expected = [(m.span(), m.groups()) for m in pattern.finditer(head)]
        assert [(m.span(), m.groups()) for m in _finditer(pattern, head)] == expected, text
        found += len(expected)
    assert found > 3


def test_find_age_reads_the_edges():
    assert demographics.find_age("Pt is a 34-yo man") == 34
    assert demographics.find_age("Age/Sex: 47/F") == 47
    assert demographics.find_age("T 98 F. 58 F presents") == 58
    assert demographics.find_age("her mother 80 yo; page 3") is None


@pytest.fixture(scope="module")
def facts(nlp):
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    def make(text, payer_facing=()):
        result = extract([Document(id="n", text=text, source=None, date=None, sha256="0")],
                         RECEIVED, nlp=nlp)
        return CaseFacts(RECEIVED, 61, tuple(result.findings), document_dates=(("n", RECEIVED),),
                         texts=(("n", text),), payer_facing=payer_facing)
    return make


def _long_texts():
    return sorted(dev_texts(40), key=len, reverse=True)[:2]


def test_red_flags_and_guidelines_share_tests_only_without_payer_facing_documents(facts):
    from spinecite.review import load_rules

    load_rules()
    flags, guideline = load_red_flags(), load_all()["aim-spine"]
    for payer_facing in ((), ("n",)):
        case = facts(_long_texts()[0], payer_facing)
        weighed = case.replace(cpt="72148", weigh_claims=True)
        shared = _Evaluator(flags, case)._tested is _Evaluator(guideline, weighed)._tested
        assert shared == (not payer_facing)
        assert (_test_facts(case) == _test_facts(weighed)) == (not payer_facing)
        # the claims setting aside is read only with payer-facing documents
        assert _test_facts(case.replace(weigh_claims=True)) != _test_facts(case) \
            or not payer_facing


def test_a_guideline_built_after_the_red_flags_is_built_as_alone(facts):
    from spinecite.review import load_rules

    load_rules()
    checked = 0
    for text in _long_texts():
        for name, guideline in load_all().items():
            cpt = sorted(guideline.governs)[0]
            after = facts(text)
            red_flags(load_red_flags(), after)   # the red flags' tests made first
            alone = facts(text)
            a = evaluate(guideline, cpt, after)
            b = evaluate(guideline, cpt, alone)
            assert a.model_dump_json() == b.model_dump_json(), name
            checked += len(a.criteria)
    assert checked > 100


def test_closeness_scored_by_children_list_is_each_criterions_own(facts):
    from spinecite.review import load_rules

    load_rules()
    checked = 0
    for text in _long_texts():
        case = facts(text)
        for guideline in load_all().values():
            for cpt in sorted(guideline.governs)[:2]:
                determination = evaluate(guideline, cpt, case)
                seen: dict = {}
                stack = list(determination.criteria)
                while stack:
                    criterion = stack.pop()
                    # scored with what the others left in `seen`, and alone
                    assert _closeness(criterion, seen) == _closeness(criterion, {}), \
                        criterion.id
                    checked += 1
                    stack.extend(criterion.children)
    assert checked > 1000
