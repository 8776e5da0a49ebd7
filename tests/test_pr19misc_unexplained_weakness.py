"""eviCore SP-7 "Unexplained bilateral motor weakness." (probe19a item 12): weakness of both
legs that the notes put beside a cause below the cord - a known lumbar stenosis, a lumbar
radiculopathy, neurogenic claudication, a peripheral neuropathy - does not meet the line by
itself on a cervical or thoracic request (a reviewer decides); weakness in the arms, or beside
a cord sign, or with no such cause named, still does.
"""
import pytest

LINE = "evicore-spine.myelopathy.bilateral-weakness"


def _result(result):
    evi = {d.guideline: d for d in result.determinations}["evicore-spine"]
    for c in evi.criteria:
        if c.id == LINE:
            return c.result
    return None


def _note(history, exam):
    return ("NEUROSURGERY CLINIC 11/20/2026\n"
            f"66 yo M. {history} Mild neck stiffness.\n"
            f"Exam: {exam}\n"
            "Plan: MRI cervical spine.")


@pytest.mark.parametrize("history, exam", [
    ("Known L3-4 and L4-5 spinal stenosis on a lumbar MRI from 2025; legs get heavy after two "
     "blocks and ease when he sits.",
     "ankle dorsiflexion 4/5 bilaterally, otherwise full strength. Hoffmann absent."),
    ("Long-standing diabetic peripheral neuropathy with numb feet.",
     "EHL 4/5 bilaterally. Arms 5/5. No Hoffmann sign, no clonus."),
    ("Chronic bilateral L5 radiculopathy from lumbar stenosis.",
     "Weakness of both great toe extensors, 4/5. Biceps and triceps reflexes 2+."),
])
def test_leg_weakness_the_notes_put_below_the_cord_is_not_unexplained(review_note, history,
                                                                      exam):
    assert _result(review_note(_note(history, exam), age=66, cpt="72141")) != "met"


@pytest.mark.parametrize("history, exam", [
    # no cause named: the weakness is unexplained
    ("Six weeks of trouble with buttons and a stiff, unsteady walk.",
     "Hip flexors 4/5 bilaterally."),
    # a cord sign beside it, with a lumbar stenosis as well
    ("Known L4-5 spinal stenosis on a lumbar MRI from 2025.",
     "Ankle dorsiflexion 4/5 bilaterally. Hoffmann positive on both sides, 3+ patellar "
     "reflexes with 4 beats of clonus."),
    # weakness in both hands, which no lumbar lesion explains
    ("Known L4-5 spinal stenosis on a lumbar MRI from 2025.",
     "Grip and finger abduction 4/5 bilaterally."),
])
def test_weakness_of_the_cord_or_unexplained_stays_met(review_note, history, exam):
    assert _result(review_note(_note(history, exam), age=66, cpt="72141")) == "met"
