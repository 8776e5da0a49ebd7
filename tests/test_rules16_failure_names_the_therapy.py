"""NIA's "Failure of conservative treatment* for at least six (6) weeks" wants "Dates and
duration of failed PT, physician-supervised HEP, or chiropractic treatment". A dated PT course
whose own record states no outcome ("completed PT 03/02-04/13") and a stated failure that
names it ("failure of 7 weeks of PT and naproxen") document a failed PT course (dev d494). A
failure that names only medicines, or "pt" the patient, does not. Findings are built by hand
over sentences written here."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding, TherapyValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 5, 20)
COURSE = "Finished PT 03/02 - 04/13/2026, 11 visits, and does the home exercises daily."


def _said(note, code, words, value=None):
    where = note.index(words)
    span = Evidence(document="note", start=where, end=where + len(words), text=words)
    return Finding(code=code, assertion="present", value=value, document_date=DAY,
                   evidence=[span])


def _line(guideline_id, cpt, failure_sentence, failure_words):
    note = f"Chronic low back pain. {COURSE} {failure_sentence}"
    findings = (
        _said(note, "low_back_pain", "low back pain"),
        _said(note, "physical_therapy", "PT 03/02 - 04/13/2026",
              TherapyValue(weeks=6, start=dt.date(2026, 3, 2), end=dt.date(2026, 4, 13))),
        _said(note, "nsaid", "naproxen"),
        _said(note, "conservative_care_failed", failure_words,
              TherapyValue(weeks=7, weeks_basis="stated")),
    )
    facts = CaseFacts(DAY, 48, findings, cpt=cpt, document_dates=(("note", DAY),),
                      texts=(("note", note),))
    guideline = load_all()[guideline_id]
    definition = guideline.definitions["conservative_treatment_failed"]
    return _Evaluator(guideline, facts).entry(definition).result


@pytest.mark.parametrize("guideline_id, cpt", [("nia-lumbar-mri", "72148"),
                                               ("nia-lumbar-ct", "72131")])
@pytest.mark.parametrize("sentence, words, expected", [
    ("Assessment: failure of 7 weeks of PT and naproxen.", "failure of", "met"),
    ("He has failed 7 weeks of physical therapy plus naproxen.", "failed", "met"),
    # look-alikes: the failure names only the medicine, or "pt" is the patient
    ("Assessment: failure of 7 weeks of naproxen.", "failure of", "unknown"),
    ("No relief from 7 weeks of naproxen per pt.", "No relief", "unknown"),
    ("Failure of pt to improve on 7 weeks of naproxen.", "Failure of", "unknown"),
])
def test_a_failure_that_names_the_therapy_is_its_documented_outcome(
        guideline_id, cpt, sentence, words, expected):
    assert _line(guideline_id, cpt, sentence, words) == expected
