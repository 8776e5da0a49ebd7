"""Cohere CT reads its OPLL line (probe21 c10, dev d357).

"Preoperative, postoperative, or pre-treatment evaluation with ALL of the following: ANY of the
following: ... Ossification of the posterior longitudinal ligament (OPLL)" was judgment-only (no
finding code), so a CT to map an OPLL before a planned decompression went to a reviewer. The
ligament is now read from its name in the sentence of a study, the stenosis or myelopathy, or
the operation (rules/word_lists.yaml opll_named), not where that sentence denies it
(opll_denied), beside an operation planned or done. A pre-operative CT is also no repeat of a
recent MRI with nothing new (the Non-Indication): the operation the surgeon schedules or
recommends is the reason for it. Every note is written here."""

import pytest


_LINE = "cohere-ct-spine.preoperative.opll"


def _note(finding, plan):
    return ("Spine surgery note 11/24/2026\n"
            "HPI: 68M with neck stiffness and numb hands for a year.\n"
            f"{finding}\n"
            "Exam: Hoffmann positive bilaterally. Grip 5/5. Gait steady.\n"
            f"Plan: {plan}\n")


_SURGERY = "posterior C3-C6 laminoplasty is scheduled for 01/12/2027. CT cervical spine first."


@pytest.mark.parametrize("finding", [
    "Cervical x-ray 11/10/2026 shows continuous ossification of the posterior longitudinal "
    "ligament (OPLL) C3-C6.",
    "Assessment: cervical myelopathy from possible OPLL C3-C5.",
    "Cervical radiographs: mixed-type OPLL behind C4 and C5 with canal narrowing.",
])
def test_an_opll_before_a_scheduled_operation_meets_it(review_under, criterion_result, finding):
    result = review_under(_note(finding, _SURGERY), ["cohere-ct-spine"], cpt="72125", age=68,
                          sex="M")
    assert criterion_result(result, _LINE) == "met"
    assert result.determinations[0].outcome == "met"


@pytest.mark.parametrize("finding, plan", [
    # the film denies the OPLL
    ("Cervical x-ray 11/10/2026: multilevel spondylosis, no OPLL.", _SURGERY),
    # no OPLL named at all: spondylosis before the same operation
    ("Cervical x-ray 11/10/2026: multilevel spondylosis with disc-osteophyte complexes.",
     _SURGERY),
])
def test_a_denied_or_unnamed_opll_does_not(review_under, criterion_result, finding, plan):
    result = review_under(_note(finding, plan), ["cohere-ct-spine"], cpt="72125", age=68,
                          sex="M")
    assert criterion_result(result, _LINE) == "not_met"


def test_an_opll_with_no_operation_in_view_is_a_reviewers(review_under, criterion_result):
    note = _note("Cervical x-ray 11/10/2026 shows OPLL behind C4-C5.",
                 "CT cervical spine; follow up in 6 months.")
    result = review_under(note, ["cohere-ct-spine"], cpt="72125", age=68, sex="M")
    assert criterion_result(result, _LINE) == "unknown"
    assert result.determinations[0].outcome == "not_met"


# (a report whose OPLL stands in a clause of its own after a semicolon is not read: the
# sentence ends there)
_RECENT_MRI = ("MRI cervical 10/20/2026: severe C4-5 stenosis behind a thickened posterior "
               "longitudinal ligament, possible OPLL, not distinguishable on MRI.")


@pytest.mark.parametrize("plan, outcome", [
    # the surgeon recommends the operation: the CT is its pre-operative evaluation
    ("I recommend C3-C6 laminoplasty. CT cervical spine to map the OPLL first.", "met"),
    # nothing planned, nothing new since the MRI five weeks ago: a repeat with nothing new
    ("CT cervical spine. Symptoms unchanged since the MRI; no new treatment.", "not_met"),
])
def test_a_preoperative_ct_after_a_recent_mri_is_no_bare_repeat(review_under, plan, outcome):
    result = review_under(_note(_RECENT_MRI, plan), ["cohere-ct-spine"], cpt="72125", age=68,
                          sex="M")
    assert result.determinations[0].outcome == outcome
