"""NIA lumbar CT "New or changing neurological deficits or symptoms post-operatively": as its
MRI twin, within six months of a dated operation a deficit the notes describe as what was there
before surgery, improving, is no new or changing one (probe19b t03); a deficit or radiculopathy
the notes call new counts. And the operation must be of the lumbar spine: a cervical fusion is
no post-operative state of a lumbar study (probe19b h13)."""

import pytest

POSTOP = "nia-lumbar-ct.post-operative.neuro-deficit"
NOTE = ("Neurosurgery 11/20/2026. 49 yo M, 5 weeks after {operation} (10/16/2026). {story} "
        "Exam: {exam} Plan: CT lumbar spine without contrast.")


def _met(result):
    d = next(d for d in result.determinations if d.guideline == "nia-lumbar-ct")
    return {c.id for c in d.criteria if c.result == "met" and c.id}


@pytest.mark.parametrize("operation, story, exam, want", [
    # the deficit he had before surgery, improving: residual
    ("a left L5-S1 microdiscectomy",
     "The left foot numbness he had before the operation is slowly getting better.",
     "left Achilles reflex absent, unchanged from before surgery; decreased sensation lateral "
     "left foot, improving.", False),
    ("an L4-5 laminectomy",
     "Leg symptoms much better than before the operation; some residual tingling in the right "
     "shin.", "right EHL 4+/5, as it was pre-operatively.", False),
    # a deficit the notes call new since the operation
    ("a left L5-S1 microdiscectomy",
     "Over the past week he has developed new right foot weakness and right shin pain.",
     "right EHL 3/5, right tibialis anterior 4/5.", True),
    ("an L4-5 TLIF", "Ten days of sharp pain down the left leg.",
     "left EHL 4/5. Impression: new left L5 radiculopathy after the fusion.", True),
    # a recent operation on the neck opens no lumbar post-operative line
    ("a C5-6 ACDF",
     "Over the past week he has developed new right foot weakness and right shin pain.",
     "right EHL 3/5, right tibialis anterior 4/5.", False),
])
def test_post_operative_deficit_is_new_or_changing_and_of_the_lumbar_spine(
        review_note, operation, story, exam, want):
    result = review_note(NOTE.format(operation=operation, story=story, exam=exam), age=49,
                         cpt="72131")
    assert (POSTOP in _met(result)) == want
