"""A result read back from its JSON is the same result: each finding's value keeps its model."""

import json

import pytest

from spinecite.extractors.models import VALUE_MODELS, Finding, value_model
from spinecite.pipeline.resources import codes
from spinecite.review import CaseResult

EVIDENCE = [{"document": "note", "start": 0, "end": 4, "text": "note", "section": None}]

# One value of each shape as the pipeline writes it; several fit more than one model by
# their keys alone (a date only: exam, procedure or imaging).
VALUES = {
    "in_person_exam": {"date": "2026-02-10"},
    "prior_spine_surgery": {"date": "2019-05-01", "procedure": "L4-5 laminectomy"},
    "epidural_steroid_injection": {"date": "2026-01-05"},
    "prior_mri": {"date": "2025-11-03", "region": "lumbar"},
    "prior_xray": {"result": "normal"},
    "physical_therapy": {"weeks": 6, "outcome": "failed", "start": "2025-12-01"},
    "motor_weakness": {"grade": 4.5, "grade_text": "4+/5", "muscle": "EHL"},
    "severe_pain": {"score": 8},
    "malignancy": {"site": "breast", "metastatic": True},
    "radicular_pain": {"dermatome": "L5"},
}


def test_every_value_shape_is_covered():
    shapes = {codes()[code]["value"] for code in VALUES}
    assert shapes == set(VALUE_MODELS)


@pytest.mark.parametrize("code", sorted(VALUES))
def test_finding_json_round_trip_keeps_the_value_model(code):
    finding = Finding(code=code, assertion="present", value=VALUES[code], evidence=EVIDENCE)
    assert type(finding.value) is value_model(code)
    dumped = finding.model_dump_json()
    again = Finding.model_validate_json(dumped)
    assert type(again.value) is value_model(code)
    assert again.model_dump_json() == dumped


def test_exam_value_gains_no_procedure_field():
    finding = Finding(code="in_person_exam", assertion="present",
                      value={"date": "2026-02-10"}, evidence=EVIDENCE)
    value = json.loads(Finding.model_validate_json(finding.model_dump_json()).model_dump_json())
    assert value["value"] == {"date": "2026-02-10"}


def test_a_value_of_the_wrong_shape_is_refused():
    with pytest.raises(ValueError):
        Finding(code="in_person_exam", assertion="present", value={"weeks": 6},
                evidence=EVIDENCE)


def test_result_round_trip():
    result = CaseResult(case_id="A-1", received_date="2026-03-02", status="ok", findings=[
        Finding(code=code, assertion="present", value=value, evidence=EVIDENCE)
        for code, value in VALUES.items()])
    dumped = result.model_dump_json()
    assert CaseResult.model_validate_json(dumped).model_dump_json() == dumped
