"""A chiropractor's Plan line records the manipulation given at the visit (session 37, assert37).

"P: CMT L5/SI, ice", "P: CMT diversified T5-T7, IASTM R rhomboid", "P: CMT, STM, heat" in the
chiropractor's own note name the segments adjusted or the soft-tissue work done: the session's
treatment, present (ANNOTATION 'Goals': a treatment done at this visit is present though written
in the Plan). Near-misses stay planned: a referring note's "Plan: CMT 2x/wk x 4 wks", a
manipulation weighed with a condition.
"""

import pytest

CHIRO = "chiropractic_care"


@pytest.mark.parametrize("plan", [
    "P: CMT L4-5, moist heat, re-eval 2 wks.",
    "P: CMT diversified C5-C7, IASTM L upper trap.",
    "P: CMT, STM, heat. Cut back to 1x/wk.",
    "P: CMT T4-6 and SI jt, activator.",
])
def test_a_chiropractors_treatment_line_is_the_visits_treatment(assertions_of, plan):
    text = ("Lakeside Chiropractic - daily note 11/27/2026\nS: Neck 4/10, better.\n"
            "O: Restriction C5-6.\nA: cervical segmental dysfunction.\n" + plan + "\n")
    assert assertions_of(text, CHIRO) == {"present"}


@pytest.mark.parametrize("text", [
    "Clinic 11/27/2026\nA: Low back pain.\nPlan: CMT 2x/wk x 4 wks with a local chiropractor.\n",
    "Clinic 11/27/2026\nHPI: Sees a chiropractor weekly.\nA: LBP.\nPlan: consider CMT L4-5 if no better.\n",
    "Clinic 11/27/2026\nA: LBP.\nPlan: CMT L4-5, heat.\n",
])
def test_a_manipulation_planned_or_weighed_stays_planned(assertions_of, text):
    assert "hypothetical" in assertions_of(text, CHIRO)
