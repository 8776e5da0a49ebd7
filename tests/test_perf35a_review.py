"""A case's criteria go with its result (perf35a).

The pipeline raises and catches an exception within extract on some notes (the abbreviation
detector's pattern validation), and the traceback's frames make a reference cycle that takes
in every frame on the stack then, `review_documents`' among them. A frame kept by such a
cycle keeps the locals it returned with: the case's criteria, made in `review_documents`'
frame, outlived a dropped result until the cyclic collector's next pass found them (and each
such pass walked them). `review.py` makes them in a frame of its own (`_reviewed`); a
dropped result now takes its ~1,000 criteria with it, with the collector off.
"""

import datetime as dt
import gc

import pytest

from spinecite.benchmarks.speed import make_notes
from spinecite.pipeline import get_nlp
from spinecite.pipeline.intake import Case, Document
from spinecite.review import review_documents
from spinecite.rules.models import CriterionResult

_CASE = {"case_id": "s", "received_date": "2026-03-02", "request": {"cpt": ["72148"]},
         "documents": [{"id": "n", "text": "x"}]}


def _criteria_alive() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is CriterionResult)


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_dropped_result_frees_its_criteria_without_the_collector(nlp):
    case = Case.model_validate(_CASE)
    notes = make_notes(12, seed=7)
    kept = {}
    enabled = gc.isenabled()
    try:
        for i, text in enumerate(notes):
            document = Document(id=f"n{i}", text=text, source=None, date=None, sha256="0")
            # twice first: what the evaluator keeps for every case (a constant subtree's
            # criterion, by CPT and age) is made by then
            review_documents(case, [document], nlp=nlp)
            review_documents(case, [document], nlp=nlp)
            gc.collect()
            gc.disable()
            before = _criteria_alive()
            result = review_documents(case, [document], nlp=nlp)
            built = sum(len(d.criteria) for d in result.determinations)
            del result
            kept[i] = (_criteria_alive() - before, built)
            gc.enable()
    finally:
        gc.collect()
        if not enabled:
            gc.disable()
    assert all(built > 50 for _, built in kept.values())
    assert {i: alive for i, (alive, _) in kept.items() if alive} == {}


def test_reviewed_gives_the_same_result_as_before(nlp):
    """The split changes nothing of the result: `review_documents` of a note equals the
    result built from its extraction step by step (the same facts, the same determinations)."""
    from spinecite.extractors import extract
    from spinecite.review import (CaseResult, _age, _document_dates, _payer_facing, _texts,
                                  applicable, determine, load_rules)
    from spinecite.rules.evaluator import CaseFacts
    case = Case.model_validate(_CASE)
    for i, text in enumerate(make_notes(3, seed=11)):
        document = Document(id=f"n{i}", text=text, source=None, date=None, sha256="0")
        result = review_documents(case, [document], nlp=nlp)
        extracted = extract([document], dt.date(2026, 3, 2), nlp=nlp)
        dates = _document_dates(extracted.documents)
        determinations, raised = determine(
            applicable(case.request.cpt, None, load_rules()[0]),
            CaseFacts(case.received_date, _age(case, [document], dates),
                      tuple(extracted.findings), document_dates=dates,
                      texts=_texts([document]), payer_facing=_payer_facing(extracted.documents)))
        urgent = bool(raised) or any(d.urgent for d in determinations)
        expected = CaseResult(case_id="s", received_date=case.received_date, status="ok",
                              documents=extracted.documents, findings=extracted.findings,
                              determinations=determinations,
                              priority="urgent" if urgent else "routine", red_flags=raised)
        assert result.model_dump_json() == expected.model_dump_json()
