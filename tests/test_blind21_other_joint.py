"""A lumbar MRI asked for a limb pain that a joint explains (blind batch d665: end-stage hip
osteoarthritis, "R thigh pain, r/o L3-4 radiculopathy vs hip source", a hip replacement planned
with "pre-op clearance", a hip injection offered) was met by NIA (preoperative: the hip's
clearance and injection read as a spine intervention planned) and eviCore (the thigh pain read
as radicular pain, with 8 weeks of meloxicam for the hip).

- a joint's injection ("intra-articular steroid injection offered", "right knee injection
  planned") is no spine intervention; an intra-articular facet injection still is;
- "pre-op clearance" is a spine intervention only where its sentence or its note names a spine
  operation;
- a bare sided limb pain in a note that weighs its source between the spine and a joint is
  radicular pain only possibly; a radiating pain, or a note with no joint as the rival, keeps
  its reading."""

import pytest


# (note, planned?): a joint's procedure plans nothing for the spine; a spine procedure does
INTERVENTIONS = [
    ("Plan: Intra-articular steroid injection offered as a bridge - declined.", False),
    ("Plan: right knee injection planned next week.", False),
    ("Plan: L hip corticosteroid injection scheduled under ultrasound.", False),
    ("Plan: Discussed left total knee arthroplasty; she wants to go ahead. Pre-op clearance with her PCP.", False),
    ("Plan: L4-5 TLIF scheduled 12/15; pre-op clearance with PCP.", True),
    ("Plan: pre-op clearance for the L4-5 decompression.", True),
    ("Plan: intra-articular facet injections offered at L4-5 and L5-S1.", True),
    ("Plan: lumbar facet injection scheduled.", True),
]


@pytest.mark.parametrize("text, planned", INTERVENTIONS)
def test_only_a_spine_procedure_is_planned(assertions_of, text, planned):
    got = assertions_of(text, "intervention_planned")
    assert ("present" in got) is planned and (planned or got == set())


@pytest.mark.parametrize("text", [
    "60M with L anterior thigh pain x 6 mo. Indication: L thigh pain, r/o L3 radiculopathy vs hip source.",
    "Right thigh pain for 3 months. Assessment: symptoms fully explained by the right hip.",
    "R groin and R thigh pain; hip OA vs lumbar radiculopathy. XR hip ordered.",
])
def test_a_limb_pain_weighed_against_a_joint_is_possible(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"possible"}


@pytest.mark.parametrize("text", [
    # no joint named as the rival source
    "55F with R thigh pain x 6 weeks after lifting. Assessment: L3 radiculopathy.",
    # a pain that radiates is another rule's reading
    "Pain radiating down the right leg to the foot. Assessment: radiculopathy vs hip OA.",
    # a hip mentioned, but not weighed against the spine
    "Left leg pain for 2 months. Hip exam normal. Plan: PT.",
])
def test_a_limb_pain_not_weighed_keeps_its_reading(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"present"}


HIP_NOTE = ("ORTHO HIP CLINIC 11/19/2026\n62F with R groin and anterior thigh pain x 8 months, worse "
            "walking. No back pain. No numbness or tingling. Eight weeks of meloxicam daily, no relief.\n"
            "Exam: antalgic gait R. Hip IR 5 deg with groin pain. SLR neg. Strength 5/5, reflexes 2+ "
            "symmetric, sensation intact.\nXR R hip 11/19: severe OA.\n"
            "Impression: R hip OA. Indication for MRI: R thigh pain, r/o L3-4 radiculopathy vs hip source.\n"
            "Plan: R total hip arthroplasty - she wishes to proceed; pre-op clearance with PCP. "
            "Intra-articular steroid injection offered - declined.\n")


def test_hip_look_alike_is_not_met(review_note):
    result = review_note(HIP_NOTE, age=62, date="2026-11-19")
    outcomes = {d.guideline: d.outcome for d in result.determinations}
    assert outcomes.get("nia-lumbar-mri") == "not_met"
    assert outcomes.get("evicore-spine") == "not_met"
