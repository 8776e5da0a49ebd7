"""corpora/evaluate.py: the figures a corpus run reports."""

from spinecite.corpora.evaluate import _attribute_matches, predicted_attributes
from spinecite.extractors.models import Evidence, Finding, MotorValue


def _finding(assertion, grade, laterality):
    return Finding(code="motor_weakness", assertion=assertion, laterality=laterality,
                   value=MotorValue(grade=grade, grade_text=f"{grade:g}/5"),
                   evidence=[Evidence(document="n", start=0, end=3, text="5/5")])


def test_attributes_are_compared_with_the_present_finding_of_a_code():
    # "Strength 5/5 bilaterally ... 4/5 L EHL": the absent finding sorts first in the
    # contract order, but the gold's grade and side are those of the weakness found
    attrs = predicted_attributes([_finding("absent", 5, "bilateral"), _finding("present", 4, "left")])
    assert attrs["motor_weakness"]["grade"] == 4
    assert attrs["motor_weakness"]["laterality"] == "left"


def test_a_code_with_no_present_finding_keeps_its_first_findings_attributes():
    attrs = predicted_attributes([_finding("hypothetical", 3, None), _finding("absent", 5, "right")])
    assert attrs["motor_weakness"]["grade"] == 3


def test_a_month_in_the_gold_is_matched_by_a_day_in_that_month_only():
    # "MRI L-spine 03/2024": annotated "2024-03", read as the first of March
    assert _attribute_matches("2024-03", "2024-03-01")
    assert _attribute_matches("2019", "2019-01-01")
    assert not _attribute_matches("2024-03", "2024-04-01")
    assert not _attribute_matches("2024-03-11", "2024-03-01")
    assert _attribute_matches("2024-03-11", "2024-03-11")
