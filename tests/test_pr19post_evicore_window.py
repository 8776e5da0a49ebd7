"""eviCore SP-15.3 "Prolonged Intractable Pain Following Spinal Surgery Within Six Months":
"MRI ... of the affected spinal region(s) is appropriate if there are residual, new, recurrent,
or worsening symptoms related to the surgical site". The operation must be dated within six
months (an undated "s/p laminectomy" is not recent), on the region asked for (an ACDF is no
surgical site of a lumbar study), and an ache alone at a routine check is a reviewer's
(probe19a c06, c08, c46, c48)."""

import pytest


def _evicore(result):
    return next(d for d in result.determinations if d.guideline == "evicore-spine")


def _met_ids(determination):
    return {c.id for c in determination.criteria if c.result == "met" and c.id}


WITHIN = "evicore-spine.post-op.within-six-months"

LUMBAR_RECURRENT = (
    "Spine clinic 11/20/2026. 51 yo F, {operation}. Over the last 3 weeks the {side} leg pain "
    "she had before the operation has come back, radiating to the lateral foot. "
    "Lumbar x-rays 11/20/2026: expected post-surgical change, no instability. "
    "Exam: {side} EHL 4/5. Plan: MRI lumbar spine with and without contrast.")


@pytest.mark.parametrize("operation", [
    # dated, on the lumbar spine: the line the request is for
    "s/p left L4-5 microdiscectomy on 09/15/2026",
    "ten weeks out from a L5-S1 laminectomy (09/10/2026)",
])
def test_dated_lumbar_operation_with_recurrent_leg_pain_stays_met(review_note, operation):
    result = review_note(LUMBAR_RECURRENT.format(operation=operation, side="left"), age=51)
    assert WITHIN in _met_ids(_evicore(result))


@pytest.mark.parametrize("operation", [
    # no date: "an operation in the last six months" is not read from it
    "s/p left L4-5 microdiscectomy, years ago",
    "status post L4-5 laminectomy",
    # dated, but on the neck: no surgical site of a lumbar study
    "two months out from a C5-6 ACDF (09/20/2026)",
    "s/p anterior cervical discectomy and fusion 09/20/2026",
])
def test_undated_or_other_region_operation_does_not_open_the_line(review_note, operation):
    result = review_note(LUMBAR_RECURRENT.format(operation=operation, side="left"), age=51)
    assert WITHIN not in _met_ids(_evicore(result))


def test_a_cervical_operation_opens_the_cervical_line(review_note):
    note = ("Spine clinic 11/20/2026. 58 yo M, six weeks after C5-6 ACDF (10/09/2026). The right "
            "arm pain that he had before surgery has returned over the past week, into the "
            "thumb. Cervical x-rays 11/20/2026: graft in good position. Right biceps 4/5. "
            "Plan: MRI cervical spine with and without contrast.")
    result = review_note(note, age=58, cpt="72156")
    assert WITHIN in _met_ids(_evicore(result))


def test_an_ache_at_a_routine_check_is_not_met_outright(review_note):
    note = ("Post-op visit 11/20/2026. 44 yo M, 11 weeks after L5-S1 microdiscectomy "
            "(09/04/2026). The preoperative sciatica is gone. Some mild low back stiffness in "
            "the mornings. Mild low back ache after long drives. Working full time, very pleased. Strength full, sensation intact. "
            "Lumbar x-rays 11/20/2026: satisfactory. Plan: MRI lumbar spine with and without "
            "contrast per routine protocol.")
    result = review_note(note, age=44, cpt="72158")
    evicore = _evicore(result)
    assert WITHIN not in _met_ids(evicore)
    within = next(c for c in evicore.criteria if c.id == WITHIN)
    assert within.result == "unknown"   # a reviewer reads whether the ache is the line's


def test_worsening_back_pain_after_a_dated_fusion_stays_met(review_note):
    note = ("Clinic 11/20/2026. 63 yo F, 4 months after L4-5 TLIF (07/22/2026). Low back pain "
            "has been getting steadily worse for 3 weeks, now 8/10. Lumbar x-rays "
            "11/20/2026: hardware intact. Plan: MRI lumbar spine with and without contrast.")
    result = review_note(note, age=63, cpt="72158")
    assert WITHIN in _met_ids(_evicore(result))
