"""eViCore's "Known metastatic malignancies" asks for a spread the notes know, not one they
suspect. The malignancy's `metastatic` attribute is also set by a suspected spread in a known
cancer ("must exclude osseous metastasis"), so the line reads the words at the span
(rules/SCHEMA.md `mentions_not`; word_lists `metastasis_named`, `metastasis_in_doubt`).
Findings are built by hand over sentences written for this test."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding, MalignancyValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 6, 8)
LINE = "evicore-spine.red-flag.cancer-known-metastatic"


def _result(note, *spans):
    evidence = []
    for words in spans:
        start = note.index(words)
        evidence.append(Evidence(document="note", start=start, end=start + len(words),
                                 text=words))
    cancer = Finding(code="malignancy", assertion="present", evidence=evidence,
                     value=MalignancyValue(site="kidney", metastatic=True), document_date=DAY)
    facts = CaseFacts(DAY, 64, (cancer,), cpt="72148", document_dates=(("note", DAY),),
                      texts=(("note", note),))
    guideline = load_all()["evicore-spine"]
    entry = next(e for e in guideline.indications if e.id == LINE)
    return _Evaluator(guideline, facts).entry(entry).result


@pytest.mark.parametrize("note, spans, expected", [
    ("Renal cell carcinoma, nephrectomy 2022. New L1 pain; osseous metastasis must be ruled out "
     "before anything else.", ("Renal cell carcinoma", "osseous metastasis"), "not_met"),
    ("Known renal cell carcinoma with a new sacral lucency, worrisome for metastatic spread.",
     ("renal cell carcinoma", "metastatic"), "not_met"),
    ("Renal cell carcinoma survivor, back pain at night - ? bony mets, bone scan ordered to "
     "evaluate.", ("Renal cell carcinoma", "mets"), "not_met"),
    ("Renal carcinoma in 2019; whether it has spread to the spine is the question for the MRI.",
     ("Renal carcinoma",), "not_met"),
    # look-alikes: the spread stated as a fact, even where a suspicion follows later
    ("Stage IV renal cell carcinoma on cabozantinib. New L1 pain.", ("renal cell carcinoma",),
     "met"),
    ("Renal cell carcinoma metastatic to the lungs and the left femur since 2024. Now low back "
     "pain; a new L1 metastasis must be ruled out.", ("Renal cell carcinoma", "L1 metastasis"),
     "met"),
    ("Dx: clear cell renal carcinoma with bone mets (pelvis, ribs), on pembrolizumab.",
     ("clear cell renal carcinoma",), "met"),
])
def test_only_a_spread_stated_as_fact_is_known(note, spans, expected):
    assert _result(note, *spans) == expected
