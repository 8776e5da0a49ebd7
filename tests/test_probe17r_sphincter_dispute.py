"""A sphincter sign the notes find now is not disputed (`unless: absent`, rules/SCHEMA.md) by
a denial of the time before this episode ("No prior urinary problems") or of another kind of
the sign ("No incontinence" beside a retention the catheter measured): the cauda equina lines
stay met. A denial of the same sign now still disputes it (probe17 c33)."""

import pytest

RETENTION = ("Five days of severe low back pain shooting into both legs. Urinary retention "
             "since this morning, straight cath for 850 mL. {denial} Exam: strength 5/5.")


def _cauda_equina(review_note, denial):
    result = review_note(RETENTION.format(denial=denial), age=47)
    outcomes = {d.guideline: (d.outcome, "cauda_equina" in d.basis)
                for d in result.determinations}
    return result.priority, outcomes


@pytest.mark.parametrize("denial", [
    "No prior urinary problems.",
    "No previous bladder trouble.",
    "She has never had bladder issues before.",
    "Prior to this, urinating normally.",
    "No urinary complaints before this week.",
    # another kind of the sign: the leak is denied, the retention measured
    "No incontinence.",
    "Denies urinary incontinence.",
])
def test_retention_stands_beside_a_past_or_other_denial(review_note, denial):
    priority, outcomes = _cauda_equina(review_note, denial)
    assert priority == "urgent"
    assert outcomes["nia-lumbar-mri"] == ("met", True)
    assert outcomes["evicore-spine"] == ("met", True)


@pytest.mark.parametrize("denial", [
    # look-alikes: the same sign denied now is a dispute a reviewer settles
    "Denies urinary retention.",
    "No difficulty urinating.",
])
def test_a_denial_of_the_same_sign_now_still_disputes_it(review_note, denial):
    priority, outcomes = _cauda_equina(review_note, denial)
    assert priority == "urgent"   # a disputed red flag still goes to the top of the queue
    assert outcomes["nia-lumbar-mri"][1] is False
    assert outcomes["evicore-spine"][1] is False
