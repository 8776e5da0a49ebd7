"""A fear the patient or a relative voices is not a clinician's suspicion: "She is worried about
cauda equina syndrome after reading online." was urgent and met AIM and eviCore's cauda equina
lines (a false met found by probing). The finding stays possible, marked doubted."""

import pytest


def _doubted(findings_of, text, code):
    _, result = findings_of(text)
    return next(f.doubted for f in result.findings if f.code == code and f.assertion == "possible")


@pytest.mark.parametrize("text, code, doubted", [
    ("She is worried about cauda equina syndrome after reading online.", "cauda_equina_syndrome",
     True),
    ("Mom is worried it is a fracture.", "spinal_fracture", True),
    ("Pt concerned about an epidural abscess.", "spinal_infection", True),
    # a clinician's own concern is a suspicion
    ("Concerned about cauda equina syndrome.", "cauda_equina_syndrome", None),
    ("I am worried about an epidural abscess.", "spinal_infection", None),
    # the worrier elided after "and" is the subject the sentence opened with
    ("She saw a video about back pain and is worried about cauda equina.",
     "cauda_equina_syndrome", True),
    ("Pt heard from a friend that sciatica can be serious and is concerned about an epidural abscess.",
     "spinal_infection", True),
    ("Dr. Lee examined her and is concerned about cauda equina syndrome.",
     "cauda_equina_syndrome", None),
])
def test_whose_worry_it_is(findings_of, text, code, doubted):
    assert _doubted(findings_of, text, code) is doubted


def test_a_patients_worry_meets_nothing_and_is_not_urgent(review_note):
    result = review_note(
        "PCP 11/20/2026\n40F LBP x 2 weeks after lifting. She is worried about cauda equina "
        "syndrome after reading online. Denies saddle numbness, bowel or bladder changes. "
        "Exam: 5/5, SLR neg.\nPlan: reassurance, PT.\n", age=40)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)
