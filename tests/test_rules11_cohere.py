"""Cohere CT spine lines read as the policy words them (rules/guidelines/cohere-ct-spine.yaml).

One-note cases through `review_case_file` (the `review_note` fixture)."""

FALL_ON_ICE = """ORTHOPEDIC CLINIC - 11/20/2026
{age} yo F. Slipped and fell on ice in her driveway on 11/12/2026, landing on her buttocks. \
Since then constant low back pain, 7/10, worse with standing. No leg pain, numbness or tingling.
PMH: {pmh} Dual-chamber pacemaker 2019, not MRI-conditional - MRI cannot be performed.
Exam: tender over the L2-L3 spinous processes. Strength 5/5 bilaterally, reflexes 2+ and \
symmetric, sensation intact.
Plan: CT lumbar spine without contrast.
"""

POST_OP = """SPINE CLINIC - 11/20/2026
62 yo M, s/p L4-5 laminectomy and discectomy on 03/10/2026 with good relief of his left leg \
pain afterwards. {course}
Exam: Strength 5/5 bilaterally. Reflexes 2+ and symmetric. Decreased sensation to pinprick \
over the right L5 dermatome. SLR positive on the right.
Plan: CT lumbar spine without contrast to assess the decompression.
"""


def cohere(result):
    return next(d for d in result.determinations if d.guideline == "cohere-ct-spine")


def test_low_back_pain_after_a_fall_in_an_osteoporotic_patient_needs_no_radiculopathy(review_note):
    # "Low back pain with or without radiculopathy and ANY of the following risk factors:
    # ... Osteoporosis; OR Elderly age", under the post-traumatic lines, MRI not possible
    det = cohere(review_note(FALL_ON_ICE.format(age=78, pmh="osteoporosis (DEXA T-score -3.0)."),
                             age=78, cpt="72131"))
    assert det.outcome == "met"
    assert "fracture_trauma" in det.basis


def test_low_back_pain_after_a_fall_without_a_risk_factor_is_not_met(review_note):
    det = cohere(review_note(FALL_ON_ICE.format(age=44, pmh="hypertension."), age=44,
                             cpt="72131"))
    assert det.outcome == "not_met"


def test_post_operative_deficit_called_new_is_new_neurological_symptoms(review_note):
    # "Postoperative with new or worsening neurological symptoms": eight months after the
    # operation, no MRI contraindication, no word of worsening
    det = cohere(review_note(POST_OP.format(
        course="Three weeks ago he developed new right leg pain and numbness over the top of "
               "the right foot. No bowel or bladder changes."), age=62, cpt="72131"))
    assert det.outcome == "met"
    assert det.basis == ["post_operative"]


def test_post_operative_deficit_present_before_the_operation_is_not_new(review_note):
    det = cohere(review_note(POST_OP.format(
        course="The numbness over the top of the right foot has been there since before the "
               "operation. No bowel or bladder changes."), age=62, cpt="72131"))
    assert det.outcome == "not_met"
