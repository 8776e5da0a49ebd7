"""Every assertion is decided before the findings stage (session 23's mend).

- The cross-document reading (an old report's lesion that another document says an operation
  later treated is historical) is `pipeline.across_documents.assert_across_documents`, called
  once over a case's processed Docs; `findings_from_docs` only reads the Docs.
- A bare sided limb pain in a note that weighs its source against a joint is possible right
  after the nlp stage (not doubted).
- One predicate tells a work status a later return to work ends, for a span's own code and for
  a code its phrase states besides its own."""

import datetime as dt

import pytest

from spinecite.extractors.findings import findings_from_docs
from spinecite.pipeline import process
from spinecite.pipeline.across_documents import assert_across_documents
from spinecite.pipeline.assertion import last_work_return, work_status_ended
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.resources import load_json

DH = "disc_herniation"

# fresh wording, not copied from a corpus note
REPORT = ("LUMBAR MRI W/O CONTRAST    {date}\nReason: left buttock and leg pain.\n"
          "FINDINGS: L5-S1: left paracentral disc extrusion contacting the S1 root.\n"
          "IMPRESSION: Left L5-S1 extrusion.\n")
NOTE = ("NEUROSURGERY CLINIC 10/30/2026\nHPI: 49F {operation}, leg pain resolved after it; "
        "two months of low back ache now.\nExam: 5/5 throughout.\n")


def _processed(text, date, nlp):
    doc = process(text, date, nlp=nlp)
    doc._.document_date = doc._.document_date or date  # the case file dates it, as in extract
    return doc


def _packet(nlp, report_date, operation):
    report = REPORT.format(date=report_date.strftime("%m/%d/%Y"))
    return [("mri", _processed(report, report_date, nlp)),
            ("visit", _processed(NOTE.format(operation=operation), dt.date(2026, 10, 30), nlp))]


def _assertions(docs, code=DH):
    return [s._.assertion for _, doc in docs for s in doc.spans.get(SPAN_GROUP, [])
            if s.label_ == code]


def test_an_old_report_operated_in_another_document_is_historical_after_the_pass(nlp):
    docs = _packet(nlp, dt.date(2022, 8, 3), "s/p left L5-S1 microdiscectomy 09/14/2022")
    assert "present" in _assertions(docs)  # the nlp stage reads one note at a time
    assert_across_documents(docs)
    assert set(_assertions(docs)) == {"historical"}
    assert {f.assertion for f in findings_from_docs(docs) if f.code == DH} == {"historical"}


def test_the_pass_twice_changes_nothing(nlp):
    docs = _packet(nlp, dt.date(2022, 8, 3), "s/p left L5-S1 microdiscectomy 09/14/2022")
    assert_across_documents(docs)
    once = [_assertions(docs), _assertions(docs, "prior_spine_surgery")]
    assert_across_documents(docs)
    assert [_assertions(docs), _assertions(docs, "prior_spine_surgery")] == once


@pytest.mark.parametrize("report_date, operation", [
    (dt.date(2022, 8, 3), "s/p L3-4 laminectomy 09/14/2022"),           # another level
    (dt.date(2025, 2, 11), "s/p left L5-S1 microdiscectomy 09/14/2022"),  # report after it
    (dt.date(2022, 8, 3), "considering left L5-S1 microdiscectomy"),      # not done
])
def test_a_lesion_no_operation_treated_keeps_its_reading(nlp, report_date, operation):
    docs = _packet(nlp, report_date, operation)
    before = _assertions(docs)
    assert "present" in before
    assert_across_documents(docs)
    assert _assertions(docs) == before


def test_one_document_alone_is_left_as_it_is(nlp):
    text = ("MRI 05/02/2022: L5-S1 left paracentral extrusion. "
            "PSH: left L5-S1 microdiscectomy 07/19/2022 elsewhere.\n")
    docs = [("only", _processed(text, dt.date(2026, 10, 30), nlp))]
    before = _assertions(docs)
    assert_across_documents(docs)
    assert _assertions(docs) == before


def test_the_findings_stage_only_reads_the_docs(nlp):
    """Without the pass, findings_from_docs reports the nlp stage's reading and changes no
    span: it no longer decides any assertion itself."""
    docs = _packet(nlp, dt.date(2022, 8, 3), "s/p left L5-S1 microdiscectomy 09/14/2022")
    weighed = ("ORTHO 10/28/2026\nR anterior thigh pain x 4 months. "
               "Impression: right L3 radiculopathy versus hip source.\n")
    docs.append(("ortho", _processed(weighed, dt.date(2026, 10, 28), nlp)))
    before = [(s.label_, s._.assertion) for _, doc in docs for s in doc.spans[SPAN_GROUP]]
    found = findings_from_docs(docs)
    assert [(s.label_, s._.assertion) for _, doc in docs for s in doc.spans[SPAN_GROUP]] == before
    assert "present" in {f.assertion for f in found if f.code == DH}


@pytest.mark.parametrize("text, expected", [
    ("Left thigh pain for 5 weeks. Assessment: lumbar radiculopathy vs hip OA.", "possible"),
    ("R calf pain, worse at night; knee pathology vs L5 radicular source.", "possible"),
    ("Left thigh pain for 5 weeks. Assessment: L3 radiculopathy.", "present"),
    ("Right leg pain since spring. Knee exam unremarkable.", "present"),
])
def test_a_limb_pain_weighed_against_a_joint_right_after_the_nlp_stage(nlp, text, expected):
    doc = process(text, dt.date(2026, 10, 30), nlp=nlp)
    spans = [s for s in doc.spans[SPAN_GROUP] if s.label_ == "radicular_pain"
             and (s._.target_rule.metadata or {}).get("weighed_against_a_joint")]
    assert spans and {s._.assertion for s in spans} == {expected}
    assert not any(s._.doubted for s in spans)  # the source is weighed, not the pain doubted


RULE = load_json("assertion_policy.json")["work_status_ended"]


@pytest.mark.parametrize("text, ended", [
    ("Kept on light duty through March. Now back to full duty since 04/02.", True),
    ("Back at work full time in May; on light duty again since the fall.", False),
    ("Light duty for now. Goal: able to work a regular shift.", False),
])
def test_one_predicate_ends_a_work_status_by_a_later_return(nlp, text, ended):
    doc = process(text, dt.date(2026, 10, 30), nlp=nlp)
    spans = list(doc.spans[SPAN_GROUP])
    back = last_work_return(((s.label_, s._.assertion, s) for s in spans), RULE)
    status = next(s for s in spans if "light duty" in s.text.lower())
    # the same answer for the span's own code and for a code its phrase states besides it
    assert work_status_ended("functional_impairment", status, back, RULE) is ended
    assert work_status_ended("activity_modification", status, back, RULE) is False
