"""eviCore SP-8.2 Spondylolisthesis: 'Preoperative evaluation' after a current x-ray. An
operation scheduled ('L5-S1 TLIF scheduled', batch A d381) is one, as SP-2.3's preoperative CT
reads it (dev d190); an operation only considered, or an injection, stays a reviewer's call."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, ImagingValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 20)


def said(code, text, value=None):
    return Finding(code=code, assertion="present", value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def preoperative(*planned):
    xray = said("prior_xray", "XR L-spine",
                ImagingValue(date=dt.date(2026, 11, 6), region="lumbar", result="abnormal"))
    facts = CaseFacts(RECEIVED, 55, (said("in_person_exam", "Exam:"), said("low_back_pain", "LBP"),
                                     said("spondylolisthesis", "isthmic spondylolisthesis"), xray,
                                     *planned))
    d = evaluate(load_all()["evicore-spine"], "72131", facts)
    return next(c for c in d.criteria if c.id == "evicore-spine.spondylolisthesis.preoperative").result


def test_a_scheduled_operation_is_a_preoperative_evaluation():
    assert preoperative(said("intervention_planned", "L5-S1 TLIF scheduled")) == "met"
    assert preoperative(said("intervention_planned", "surgical consult to discuss fusion")) == "unknown"
    assert preoperative(said("intervention_planned", "L5-S1 TFESI scheduled")) == "unknown"
