"""AIM's 'neurologic findings ... that has not previously been imaged': the findings of this
episode. A lumbar MRI a decade before, of another episode (before a discectomy), did not image
them (dev d034); a study within the year, or one the notes do not date, did."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, ImagingValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 30)
LINE = "has not previously been imaged"


def said(code, text, value=None):
    return Finding(code=code, assertion="present", value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def outcomes(node):
    if node.text == LINE:
        yield node.result
    for child in node.children:
        yield from outcomes(child)


def not_imaged(study_date):
    study = said("prior_mri", "lumbar MRI",
                 ImagingValue(date=study_date, region="lumbar", result="abnormal"))
    # a deficit of this episode (detfm38: one the notes call old was imaged with the episode
    # that left it, tests/test_detfm38_readings.py)
    sign = said("reflex_abnormality", "patellar 1+ L").model_copy(update={"laterality": "left"})
    facts = CaseFacts(RECEIVED, 61, (said("radicular_pain", "thigh pain"), sign, study))
    d = evaluate(load_all()["aim-spine"], "72148", facts)
    found = {r for c in d.criteria for r in outcomes(c)}
    assert len(found) == 1, found
    return found.pop()


def test_a_study_of_an_earlier_episode_did_not_image_these_findings():
    assert not_imaged(dt.date(2015, 1, 1)) == "met"


def test_a_study_within_the_year_or_undated_did():
    assert not_imaged(dt.date(2026, 8, 1)) == "not_met"
    assert not_imaged(None) == "not_met"
