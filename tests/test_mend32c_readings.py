"""Readings mended from the blind batch's determinations (session 32, mend32c: e203, e211, e237).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/MEND32C.md).
"""

import datetime as dt

import pytest

from readings import present_values as _values


# an operation's date is the one nearest it of the sentence's dates, against every other
# finding - another mention of the same operation too: "post-laminectomy syndrome after an L4-5
# laminectomy 2016, seen for a flare since a fall 11/02" is no operation of 11/02 (e203)
@pytest.mark.parametrize("text", [
    "HPI: 71F with post-laminectomy syndrome after L4-L5 laminectomy 2016 (outside surgeon) "
    "here for a flare since slipping on the stairs 11/02. Back pain 6/10.",
    "HPI: failed back syndrome, status post L5-S1 fusion 2012 at St. Luke's, back worse "
    "since moving boxes 11/10.",
])
def test_an_operation_is_not_dated_by_a_flare_after_its_other_mention(findings_of, text):
    values = _values(findings_of, text, "prior_spine_surgery")
    assert values and all(getattr(v, "date", None) is None or v.date.year < 2026 for v in values)
    assert "present" not in findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[0].get(
        "recent_spinal_procedure", set())


def test_an_operation_dated_on_its_own_keeps_its_date(findings_of):
    # near-miss: the one mention, its date right after it
    text = "HPI: s/p L4-5 microdiscectomy 10/20/2026, wound healing, leg pain better."
    values = _values(findings_of, text, "prior_spine_surgery")
    assert any(getattr(v, "date", None) == dt.date(2026, 10, 20) for v in values)


# a diagnosis named for a done operation ("failed back surgery syndrome", "post-laminectomy
# syndrome", "adjacent segment disease"), or an operation after a bare "prior", in an
# Assessment/Plan is no operation the Plan proposes (e203: "FBSS, prior lami L3-5")
@pytest.mark.parametrize("text", [
    "Assessment/Plan:\n1. Mechanical back pain. Post-laminectomy syndrome, prior L4-5 "
    "decompression. Continue home exercises.",
    "A/P:\n1. Chronic LBP, failed back syndrome. Walking program.",
])
def test_a_done_operation_named_in_a_plan_is_no_plan(assertions_of, text):
    assert "present" not in assertions_of(text, "intervention_planned")
    assert "hypothetical" not in assertions_of(text, "prior_spine_surgery")


def test_an_operation_the_plan_weighs_is_still_planned(assertions_of):
    # near-miss: "prior auth" for an operation, and an operation considered
    text = "A/P:\n1. L4-5 stenosis. Prior authorization for L4-5 laminectomy submitted."
    assert "present" in assertions_of(text, "intervention_planned")


# a length the note says the course has not reached is the bar, not the course's weeks:
# "has not yet completed 6 weeks of therapy" (e237)
@pytest.mark.parametrize("text", [
    "Plan: auth sent; note that she has not yet finished 6 weeks of physical therapy.",
    "Plan: MRI requested although he has had less than 6 weeks of physical therapy.",
])
def test_a_length_not_reached_is_no_course_length(findings_of, text):
    values = _values(findings_of, text, "physical_therapy")
    assert all(getattr(v, "weeks", None) != 6.0 for v in values)


def test_a_course_length_reached_is_kept(findings_of):
    # near-miss: the course ran its weeks
    text = "Plan: MRI requested after she completed 6 weeks of physical therapy without relief."
    values = _values(findings_of, text, "physical_therapy")
    assert any(getattr(v, "weeks", None) == 6.0 for v in values)


# alarms listed after the instruction they would trigger are taught, not had: "symptoms that
# should bring him to the ED (...)", "seek prompt care for ..." (e211)
@pytest.mark.parametrize("text", [
    "A/P: no red flags; went over what should send him to the ER (loss of bladder control, "
    "numb saddle area).",
    "Plan: HEP. Told to seek prompt care for any loss of bladder control.",
])
def test_alarms_after_the_instruction_are_taught(assertions_of, text):
    assert "present" not in assertions_of(text, "bladder_dysfunction")


def test_a_bladder_complaint_that_brought_him_in_is_his(assertions_of):
    # near-miss: the complaint itself, no instruction
    text = "HPI: new trouble passing urine since yesterday, which brought him to the ED."
    assert "present" in assertions_of(text, "bladder_dysfunction")
