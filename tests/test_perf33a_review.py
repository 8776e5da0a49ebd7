"""Review beyond extract takes shortcuts (perf33a). Each must give what the long way gave, and
nothing one case leaves behind may reach another's result:

- two cases reviewed in turn in one process (each twice, the other between) give, byte for
  byte, the result JSON a fresh process gives for each case alone: the per-case tables (span
  numbers, finding rows, test outcomes, evidence merges) and the per-process memos must not
  carry one case's evidence into another's;
- `_Evaluator._combined` (`any`/`all` read only up to their deciding child) is `_combine` of
  every child's result;
- `_Evaluator.entry_result` (the results-only pass) is the result of the entry's criterion;
- `_Evaluator._rows` holds each finding of the code with its assertion and id.
"""

import datetime as dt
import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from context_fixtures import dev_texts
from spinecite.rules import evaluator
from spinecite.rules.evaluator import MET, NOT_MET, UNKNOWN, CaseFacts, _combine, _Evaluator
from spinecite.rules.ruleset import load_all, load_red_flags

RECEIVED = "2026-03-02"
CPTS = ("72148", "72141")

# one case's review, printed as `spinecite review` prints it: run in a fresh process
_FRESH = """
import json, sys
from spinecite.pipeline.intake import Case, Document
from spinecite.review import review_documents
text, cpt = json.loads(sys.stdin.read())
case = Case.model_validate({"case_id": "c", "received_date": %r, "request": {"cpt": [cpt]},
                            "documents": [{"id": "n", "text": "x"}]})
doc = Document(id="n", text=text, source=None, date=None, sha256="0")
print(review_documents(case, [doc]).model_dump_json())
""" % RECEIVED


def _texts() -> list[str]:
    """The two longest dev notes of the first 40 cases: many codes, with their evidence."""
    return sorted(dev_texts(40), key=len, reverse=True)[:2]


def _review(text: str, cpt: str, nlp) -> str:
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import review_documents

    case = Case.model_validate({"case_id": "c", "received_date": RECEIVED,
                                "request": {"cpt": [cpt]}, "documents": [{"id": "n",
                                                                           "text": "x"}]})
    doc = Document(id="n", text=text, source=None, date=None, sha256="0")
    return review_documents(case, [doc], nlp=nlp).model_dump_json()


def _fresh(text: str, cpt: str) -> str:
    env = dict(os.environ)
    # the package as this test imports it (a worktree's, through its PYTHONPATH)
    package_root = str(Path(evaluator.__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), package_root) if p)
    out = subprocess.run([sys.executable, "-c", _FRESH], input=json.dumps([text, cpt]),
                         capture_output=True, text=True, env=env, check=True, timeout=600)
    return out.stdout.strip()


def test_cases_reviewed_in_turn_give_a_fresh_processs_results(nlp):
    a, b = _texts()
    in_turn = {}
    for text, cpt in [(a, CPTS[0]), (b, CPTS[0]), (a, CPTS[1]), (b, CPTS[1]),
                      (a, CPTS[0]), (b, CPTS[0])]:
        in_turn.setdefault((text, cpt), []).append(_review(text, cpt, nlp))
    # the same case again, after the other: the same bytes
    assert all(len(set(runs)) == 1 for runs in in_turn.values())
    # the two cases cite evidence, and not the same: a leak would show
    for cpt in CPTS:
        assert in_turn[(a, cpt)][0] != in_turn[(b, cpt)][0]
        assert '"evidence":[{' in in_turn[(a, cpt)][0] and '"evidence":[{' in in_turn[(b, cpt)][0]
    # each case alone in a fresh process (nothing of the other case ever made there)
    for text, cpt in [(b, CPTS[0]), (a, CPTS[1])]:
        assert _fresh(text, cpt) == in_turn[(text, cpt)][0]


class _Results:
    """An evaluator whose kids are their own results (`_combined` reads them by `_result`)."""

    _result = staticmethod(lambda kid: kid)
    _combined = _Evaluator._combined


@pytest.mark.parametrize("seed", range(4))
def test_combined_is_combine_of_every_child(seed):
    rng = random.Random(seed)
    outcomes = (MET, NOT_MET, UNKNOWN)
    checked = 0
    for length in range(0, 6):
        for kids in itertools.product(outcomes, repeat=length):
            for op, n in (("any", 0), ("all", 0), ("at_least", rng.randint(1, 3))):
                assert _Results()._combined(op, kids, n) == _combine(op, list(kids), n)
                checked += 1
            if length == 1:
                assert _Results()._combined("not", kids, 0) == _combine("not", list(kids), 0)
    assert checked > 1000


@pytest.fixture(scope="module")
def facts(nlp):
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    received = dt.date(2026, 3, 2)

    def make(text):
        result = extract([Document(id="n", text=text, source=None, date=None, sha256="0")],
                         received, nlp=nlp)
        return CaseFacts(received, 61, tuple(result.findings),
                         document_dates=(("n", received),), texts=(("n", text),))
    return make


def test_entry_result_is_the_entrys_criterions_result(facts):
    from spinecite.review import load_rules

    load_rules()   # the guidelines prepared, as a review finds them
    for text in _texts():
        guidelines = [(g, cpt) for g in load_all().values() for cpt in sorted(g.governs)[:2]]
        guidelines.append((load_red_flags(), None))
        checked = 0
        for guideline, cpt in guidelines:
            for ignore_doubt in (False, True):
                # each pass its own facts: nothing the other made is found
                quick = _Evaluator(guideline, facts(text).replace(cpt=cpt,
                                                                  ignore_doubt=ignore_doubt))
                built = _Evaluator(guideline, facts(text).replace(cpt=cpt,
                                                                  ignore_doubt=ignore_doubt))
                for entry in (*guideline.requirements, *guideline.exclusions,
                              *guideline.indications):
                    assert quick.entry_result(entry) == built.entry(entry).result, entry.id
                    checked += 1
        assert checked > 500


def test_rows_are_each_finding_with_its_assertion(facts):
    for text in _texts():
        case = facts(text)
        ev = _Evaluator(load_red_flags(), case)
        for code, of_code in case._by_code.items():
            rows = ev._rows(code, of_code)
            assert [(id(f), a, k) for f, a, k in rows] == \
                [(id(f), f.assertion, id(f)) for f in of_code]
            assert ev._rows(code, of_code) is rows   # once a case
