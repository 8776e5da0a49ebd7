"""AIM's 'Repeated diagnostic testing of the same anatomic area based on persistent symptoms
with no clinical change, treatment, or intervention since the previous study' stands under
'Repeated testing for the same indication using the same or similar technology': a lumbar MRI
after a lumbar CT (an emergency CT that looked for a fracture) is no repeat; after an MRI it is."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, ImagingValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 30)
EXCLUSION = "aim-spine.excl.repeat-imaging.lumbar"


def said(code, text, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def excluded(cpt, prior):
    study = said(prior, "lumbar study",
                 value=ImagingValue(date=dt.date(2026, 11, 2), region="lumbar", result="normal"))
    facts = CaseFacts(RECEIVED, 40, (said("low_back_pain", "LBP"), study,
                                     said("symptom_progression", "no change", "absent")))
    d = evaluate(load_all()["aim-spine"], cpt, facts)
    return next(c for c in d.criteria if c.id == EXCLUSION).result


def test_the_repeated_study_is_one_of_the_modality_requested():
    assert excluded("72148", "prior_mri") == "met"
    assert excluded("72131", "prior_ct") == "met"
    assert excluded("72148", "prior_ct") == "not_met"
    assert excluded("72131", "prior_mri") == "not_met"
