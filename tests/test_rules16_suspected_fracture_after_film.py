"""NIA's trauma line "there are preliminary imaging findings (x-ray or CT) needing further
evaluation" met a nondiagnostic film and left an abnormal one to a reviewer (an abnormal film
may already answer the question). A film with findings after which the fracture is still only
suspected did not answer it: the suspected fracture is the finding that needs the study (dev
d499). A fracture the film shows, or one the notes doubt, keeps the old reading. Findings are
built by hand over sentences written here."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding, ImagingValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 2, 11)
NOTE = ("Slipped off a kitchen stool and fell onto his back this morning. "
        "Lumbar films at 11:40: slight anterior wedging of L2, acuity unclear. "
        "Fracture of L2 to be excluded. Low back pain 7/10.")


def _said(code, words, assertion="present", value=None, doubted=None):
    start = NOTE.index(words)
    return Finding(code=code, assertion=assertion, value=value, document_date=DAY,
                   doubted=doubted,
                   evidence=[Evidence(document="note", start=start, end=start + len(words),
                                      text=words)])


def _line(guideline_id, cpt, fracture):
    findings = [
        _said("trauma", "fell onto his back"),
        _said("prior_xray", "Lumbar films", value=ImagingValue(region="lumbar",
                                                               result="abnormal")),
        _said("low_back_pain", "Low back pain"),
    ]
    if fracture is not None:
        findings.append(fracture)
    facts = CaseFacts(DAY, 81, tuple(findings), cpt=cpt, document_dates=(("note", DAY),),
                      texts=(("note", NOTE),))
    guideline = load_all()[guideline_id]
    entry = next(e for e in guideline.indications
                 if e.id == f"{guideline_id}.trauma.unevaluable-or-preliminary-imaging")
    return _Evaluator(guideline, facts).entry(entry).result


@pytest.mark.parametrize("guideline_id, cpt", [("nia-lumbar-ct", "72131"),
                                               ("nia-lumbar-mri", "72148")])
@pytest.mark.parametrize("fracture, expected", [
    # the film left the fracture a suspicion: its findings need the study
    (_said("spinal_fracture", "Fracture of L2 to be excluded", assertion="possible"), "met"),
    # look-alikes: the film shows the fracture (it may have answered the question), the notes
    # doubt the fracture, or no fracture is in question at all - a reviewer decides, as before
    (_said("spinal_fracture", "wedging of L2"), "unknown"),
    (_said("spinal_fracture", "Fracture of L2 to be excluded", assertion="possible",
           doubted=True), "unknown"),
    (None, "unknown"),
])
def test_a_fracture_still_suspected_after_the_film_needs_further_evaluation(
        guideline_id, cpt, fracture, expected):
    assert _line(guideline_id, cpt, fracture) == expected
