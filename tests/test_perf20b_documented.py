"""A `missing` sentence's "found: ..." list is made once a case for each set of codes (perf20b,
rules/missing.py `_documented`), and the codes a criterion names are walked with one stack
(`_codes`). Both must give exactly what building them anew for each sentence gives: the
determinations' JSON byte for byte, the missing sentences included."""

import datetime as dt

import pytest

from spinecite.rules import missing
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 3, 2)

# not met under most guidelines, with findings the sentences list as found
SHORT_BACK_PAIN = ("Low back pain for two weeks after moving furniture, no radiation. Took "
                   "ibuprofen for 3 days with some relief. Exam: mild paraspinal tenderness, "
                   "strength 5/5, negative straight leg raise.")
NECK_NUMBNESS = ("Neck pain for 3 weeks. Intermittent numbness in the left thumb; denies "
                 "weakness. Has not tried physical therapy. Smoker, history of hypertension.")
# many codes, some of them twice with other details (a description names the side)
BOTH_SIDES = ("Chronic low back pain for 4 weeks radiating to the right leg, and left leg "
              "tingling since yesterday. Right ankle reflex diminished. Completed 2 weeks of "
              "chiropractic care. Denies bowel or bladder changes.")
NOTES = [SHORT_BACK_PAIN, NECK_NUMBNESS, BOTH_SIDES]
CPTS = ("72148", "72141", "72131")


def _facts(findings_of, note):
    _, result = findings_of(note, RECEIVED)
    return CaseFacts(RECEIVED, 47, tuple(result.findings),
                     document_dates=(("note", RECEIVED),), texts=(("note", note),))


def _plain_documented(facts, codes):
    # what each sentence built before the cache
    return list(dict.fromkeys(missing.describe_finding(f) for f in facts.findings
                              if f.code in codes))


def _determinations(facts):
    return [evaluate(g, cpt, facts).model_dump_json()
            for cpt in CPTS for g in load_all().values() if cpt in g.governs]


@pytest.mark.parametrize("note", NOTES)
def test_the_found_lists_made_once_a_case_read_as_made_per_sentence(findings_of, monkeypatch,
                                                                     note):
    cached = _determinations(_facts(findings_of, note))
    assert any("; found: " in d for d in cached), "the note must leave a sentence with findings"
    monkeypatch.setattr(missing, "_documented", _plain_documented)
    assert _determinations(_facts(findings_of, note)) == cached


def test_one_list_for_the_same_codes_and_another_for_other_codes(findings_of):
    facts = _facts(findings_of, BOTH_SIDES)
    codes = frozenset(f.code for f in facts.findings)
    one = frozenset(list(codes)[:1])
    assert missing._documented(facts, codes) is missing._documented(facts, frozenset(codes))
    assert missing._documented(facts, codes) == _plain_documented(facts, codes)
    assert missing._documented(facts, one) == _plain_documented(facts, one)
    assert missing._documented(facts, one) != missing._documented(facts, codes)
    assert missing._documented(facts, frozenset({"no_such_code"})) == []


def test_facts_with_other_findings_make_their_own_lists(findings_of):
    # a case's facts for another study share the list; other notes' facts never do
    facts = _facts(findings_of, BOTH_SIDES)
    other = _facts(findings_of, NECK_NUMBNESS)
    codes = frozenset(f.code for f in facts.findings) | frozenset(f.code for f in other.findings)
    assert missing._documented(facts.replace(cpt="72148"), codes) is \
        missing._documented(facts, codes)
    assert missing._documented(other, codes) == _plain_documented(other, codes)
    assert missing._documented(other, codes) != missing._documented(facts, codes)


def _leaf_codes(node):
    # the recursive walk `_codes` replaced
    if not node.children:
        return {node.code} if node.code else set()
    return set().union(*map(_leaf_codes, node.children))


@pytest.mark.parametrize("note", NOTES)
def test_the_codes_a_criterion_names_are_its_leaves_codes(findings_of, note):
    facts = _facts(findings_of, note)
    seen = 0
    for cpt in CPTS:
        for guideline in load_all().values():
            if cpt in guideline.governs:
                for criterion in evaluate(guideline, cpt, facts).criteria:
                    assert missing._codes(criterion) == frozenset(_leaf_codes(criterion))
                    seen += bool(criterion.children)
    assert seen
