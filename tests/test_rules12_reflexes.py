"""NIA's 'Pathologic or abnormal reflexes' under 'new neurological deficits documented on
physical exam': a reflex change on no stated side ('Achilles 1+ symmetric' at 70, blind d365)
is a reviewer's call, as one on both sides is; a one-sided change or an upper motor neuron
sign still meets it."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 3, 1)


def said(code, text, laterality=None):
    return Finding(code=code, assertion="present", laterality=laterality, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def outcome(guideline, cpt, *findings):
    facts = CaseFacts(RECEIVED, 70, (said("in_person_exam", "Exam:"), *findings))
    return evaluate(load_all()[guideline], cpt, facts).outcome


@pytest.mark.parametrize("guideline, cpt, extra", [
    ("nia-lumbar-mri", "72148", ()),
    ("nia-lumbar-ct", "72131", (said("mri_contraindication", "non-MRI-conditional pacemaker"),)),
])
def test_a_reflex_change_of_no_stated_side_is_no_new_deficit_by_itself(guideline, cpt, extra):
    back = said("low_back_pain", "low back pain")
    assert outcome(guideline, cpt, back, *extra,
                   said("reflex_abnormality", "Achilles 1+ symmetric")) == "not_met"
    assert outcome(guideline, cpt, back, *extra,
                   said("reflex_abnormality", "L Achilles absent", "left")) == "met"
    assert outcome(guideline, cpt, back, *extra,
                   said("upper_motor_neuron_signs", "Babinski upgoing")) == "met"
