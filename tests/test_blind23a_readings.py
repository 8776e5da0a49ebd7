"""Readings mended after the blind batch d699-d708 (corpora/dev/ERRORS_d699-d708.md).

- A lay person's verdict on the complaint ("his wife keeps telling him it must be a pinched
  nerve") is a fear of that diagnosis (possible, doubted), not the diagnosis (d708: false met
  under AIM and eviCore).
- Therapy, a home program or a failed course in a sentence that names another body part's
  therapy or a joint's diagnosis, and no spine word, is that joint's care: no finding (d708).
- A rotator cuff test held back by pain ("empty-can 4-/5 with pain") is no myotome weakness;
  a shoulder surgeon's referral is no spine intervention (d708).
- "Referral to Dr. X, interventional spine, to consider a facet injection" plans an
  intervention (d700: false not_met under AIM).
- A study "nondiagnostic for fracture" leaves the fracture suspected, not found (d701: false
  not_met under Cohere, the suspected fracture was lost beside the 'found' one).
Every sentence is written here, none copied from the corpus."""

import pytest


# --- a lay verdict ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, code, want", [
    ("His husband keeps saying it must be a slipped disc from the gym.", "disc_herniation",
     {"possible"}),
    ("Her daughter thinks it is a pinched nerve in the neck.", "radiculopathy", {"possible"}),
    ("She has been telling everyone that it's a pinched nerve.", "radiculopathy", {"possible"}),
    ("Her partner insists it is spinal stenosis like his father's.", "spinal_stenosis",
     {"possible"}),
    # look-alikes: the clinician's diagnosis, and a symptom the patient reports, keep their reading
    ("I think this is a right C7 radiculopathy.", "radiculopathy", {"present"}),
    ("Assessment: left L5 radiculopathy.", "radiculopathy", {"present"}),
    ("She says the pain shoots down the back of her leg to the heel.", "radicular_pain",
     {"present"}),
])
def test_a_lay_verdict_is_a_fear(assertions_of, text, code, want):
    assert assertions_of("Clinic note\n" + text + "\n", code) == want


LAY_VERDICT = ("Sports medicine visit 11/20/2026\n59M electrician. R shoulder pain 3 months. "
               "Denies neck pain. {verdict}\nExam: Neck full painless ROM, Spurling negative. "
               "Strength 5/5 in both arms. Reflexes 2+ symmetric. Sensation intact.\n"
               "A/P: R shoulder impingement. {plan}\n")


@pytest.mark.parametrize("verdict, plan, want", [
    ("His brother keeps telling him it must be a pinched nerve in the neck.",
     "Cervical MRI ordered by his PCP.", "not_met"),
    ("His wife thinks it is a pinched nerve.", "Cervical MRI ordered by his PCP.", "not_met"),
])
def test_a_lay_verdict_meets_no_radiculopathy_line(review_under, verdict, plan, want):
    result = review_under(LAY_VERDICT.format(verdict=verdict, plan=plan),
                          ["aim-spine", "evicore-spine"], cpt="72141", date="2026-11-20")
    assert {d.outcome for d in result.determinations} == {want}


# --- another body part's care ----------------------------------------------------------------

@pytest.mark.parametrize("text, code, want", [
    ("Finished 10 weeks of physical therapy for the knee (quad program at Riverside PT, "
     "08/01-10/10) with little change.", "physical_therapy", set()),
    ("L rotator cuff tear with impingement, failed 7 weeks of PT, ibuprofen and a "
     "subacromial injection.", "physical_therapy", set()),
    ("L rotator cuff tear with impingement, failed 7 weeks of PT, ibuprofen and a "
     "subacromial injection.", "conservative_care_failed", set()),
    ("L rotator cuff tear with impingement, failed 7 weeks of PT, ibuprofen and a "
     "subacromial injection.", "nsaid", {"present"}),
    ("Plantar fasciitis: 6 weeks of PT and a night splint did not help.", "physical_therapy",
     set()),
    # look-alikes: a sentence that names the spine keeps the therapy
    ("Knee OA, and 8 weeks of PT for the low back pain without relief.", "physical_therapy",
     {"present"}),
    ("Completed 6 weeks of PT for sciatica (core program, 09/01-10/13), no better.",
     "physical_therapy", {"present"}),
    ("L5 radiculopathy, failed 6 weeks of PT and naproxen.", "conservative_care_failed",
     {"present"}),
])
def test_another_body_parts_care(assertions_of, text, code, want):
    assert assertions_of("Clinic note\n" + text + "\n", code) == want


@pytest.mark.parametrize("text, code, want", [
    ("R shoulder: external rotation strength 4/5 with pain, empty-can 4-/5 with pain.",
     "motor_weakness", set()),
    ("Jobe test 4/5 due to pain.", "motor_weakness", set()),
    # look-alikes: a myotome graded, with or without pain, is weakness
    ("Shoulder abduction 4/5 and biceps 4/5 on the R.", "motor_weakness", {"present"}),
    ("EHL 4/5 with pain on the L.", "motor_weakness", {"present"}),
    ("- Referral to orthopaedic shoulder surgeon for rotator cuff repair.",
     "intervention_planned", set()),
    ("- Refer to ortho knee clinic for arthroplasty discussion.", "intervention_planned", set()),
    # look-alikes: a spine surgeon, or orthopaedics unnamed, is a surgical referral
    ("- Referral to orthopaedic spine surgery.", "intervention_planned", {"present"}),
    ("- Referral to orthopedics for a surgical opinion.", "intervention_planned", {"present"}),
])
def test_a_joints_exam_and_surgeon(assertions_of, text, code, want):
    assert assertions_of("Clinic note\n" + text + "\n", code) == want


# --- a referral to consider an injection -----------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("- Referral to Dr. Osei, interventional spine, to consider a thoracic facet or "
     "costotransverse injection.", {"present"}),
    ("- Refer to pain management to discuss a lumbar medial branch block.", {"present"}),
    ("- Referral to Dr. Park, physiatry, for an injection evaluation.", {"present"}),
    # look-alikes: a referral with nothing interventional to consider plans none
    ("- Referral to Dr. Park, physiatry, to discuss her knee pain.", set()),
    ("- Referral to physiatry to consider a brace.", set()),
])
def test_a_referral_to_consider_an_injection(assertions_of, text, want):
    assert assertions_of("Clinic note\nPLAN:\n" + text + "\n", "intervention_planned") == want


# --- a study that cannot tell ----------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Portable XR T-spine: osteopenia; cannot exclude a fracture at T8. Prelim read: "
     "NONDIAGNOSTIC for fracture.", {"possible"}),
    ("L-spine films non-diagnostic for fracture.", {"possible"}),
    ("Radiograph inconclusive for an L1 fracture.", {"possible"}),
    # look-alikes: a study that tells, either way, still tells
    ("CT T-spine negative for fracture.", {"absent"}),
    ("XR nondiagnostic for fracture; CT shows an acute T11 compression fracture.",
     {"present"}),
])
def test_a_study_that_cannot_tell(assertions_of, text, want):
    assert assertions_of("ED note\n" + text + "\n", "spinal_fracture") == want
