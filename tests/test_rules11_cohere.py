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
Exam: Right EHL 4/5, otherwise 5/5. Reflexes 2+ and symmetric. SLR positive on the right.
Plan: CT lumbar spine without contrast to assess the decompression.
"""


def cohere(result):
    return next(d for d in result.determinations if d.guideline == "cohere-ct-spine")


def test_low_back_pain_after_a_fall_still_needs_the_parent_radiculopathy(review_note):
    # "New onset post-traumatic radiculopathy with ALL of the following: MRI is indeterminate
    # or cannot be performed; AND ANY of the following: Suspected cauda equina syndrome; OR Low
    # back pain with or without radiculopathy and ANY of the following risk factors": an
    # osteoporotic 78-year-old's back pain after a fall, MRI impossible, no leg symptoms and no
    # imaging yet, meets no trauma line (the annotators' reading, dev d304)
    det = cohere(review_note(FALL_ON_ICE.format(age=78, pmh="osteoporosis (DEXA T-score -3.0)."),
                             age=78, cpt="72131"))
    assert det.outcome == "not_met"
    line = next(c for c in det.criteria
                if c.id == "cohere-ct-spine.trauma.radiculopathy.low-back-pain-risk")
    assert line.result == "not_met"


def test_post_operative_deficit_called_new_is_new_neurological_symptoms(review_note):
    # "Postoperative with new or worsening neurological symptoms": eight months after the
    # operation, no MRI contraindication, no word of worsening
    det = cohere(review_note(POST_OP.format(
        course="Three weeks ago he developed new right leg pain and right foot weakness. No "
               "bowel or bladder changes."), age=62, cpt="72131"))
    assert det.outcome == "met"
    assert det.basis == ["post_operative"]


def test_post_operative_deficit_present_before_the_operation_is_not_new(review_note):
    # nothing calls it new and nothing says it worsened: whether it is new is the reviewer's
    det = cohere(review_note(POST_OP.format(
        course="The right foot weakness has been there since before the operation. No bowel "
               "or bladder changes."), age=62, cpt="72131"))
    assert det.outcome == "not_met"


NOT_MRI_SAFE = """NEUROLOGY CLINIC - 11/20/2026
58 yo F with type 1 diabetes. Four weeks of right leg pain and numbness over the right foot \
that began without any injury. She has an implanted insulin pump that is not MRI safe.
Exam: Strength 5/5 bilaterally. Reflexes 2+ and symmetric. Decreased sensation to pinprick \
over the right L5 dermatome.
Plan: CT lumbar spine without contrast.
"""


def test_a_device_not_mri_safe_means_mri_cannot_be_performed(review_note):
    # the span the note gives is the label alone ("not MRI safe"): rules/word_lists.yaml
    # mri_barrier and mri_implant name it
    result = review_note(NOT_MRI_SAFE, age=58, cpt="72131")
    det = cohere(result)
    assert det.outcome == "met"  # "Dermatomal sensory loss ...", "MRI is indeterminate or
    assert det.basis == ["neuro_deficit"]  # cannot be performed", no trauma
    evicore = next(d for d in result.determinations if d.guideline == "evicore-spine")
    ct = next(c for c in evicore.criteria if c.id == "evicore-spine.req.ct-indication")
    assert ct.result == "met"


TEEN_BACK = """SPORTS MEDICINE 11/20/2026
16 yo M, high school senior. Three weeks of mid back pain that started {onset}. No leg symptoms.
Exam: tender over the T10-T11 paraspinals. Strength 5/5, reflexes 2+ and symmetric, sensation \
intact.
Plan: CT thoracic spine.
"""


def test_a_childs_lifting_strain_is_no_suspected_spine_trauma(review_note):
    # "Any suspected thoracolumbar spine trauma in a child" reads trauma as the policy's
    # Definitions list it (falls, vehicles, sports ...): lifting a couch is none
    det = cohere(review_note(TEEN_BACK.format(onset="after lifting a heavy couch with his father"),
                             age=16, cpt="72128"))
    assert det.outcome == "not_met"


def test_a_stress_fracture_with_no_injury_is_no_suspected_spine_trauma(review_note):
    # a gymnast's pars stress reaction "vs fracture" with no single injury (dev d348)
    det = cohere(review_note(TEEN_BACK.format(
        onset="gradually during gymnastics season, no single injury. Suspected stress reaction vs "
              "fracture of the T10 pars"), age=16, cpt="72128"))
    assert det.outcome == "not_met"


def test_a_childs_fall_is_suspected_spine_trauma(review_note):
    det = cohere(review_note(TEEN_BACK.format(onset="after he fell off a ladder onto his back"),
                             age=16, cpt="72128"))
    assert det.outcome == "met"
    assert det.basis == ["fracture_trauma"]


OLD_NUMBNESS = """SPINE CLINIC 11/20/2026
66 yo M with a dual-chamber pacemaker that is not MRI-conditional. Three weeks of low back pain \
after a day of gardening{history}
Exam: Strength 5/5 bilaterally. Reflexes 2+ and symmetric. Decreased sensation over the left S1 \
dermatome{course}.
Plan: CT lumbar spine without contrast.
"""


def test_new_onset_symptoms_are_not_a_deficit_the_notes_call_old(review_note):
    # "New onset symptoms without trauma ... MRI is indeterminate or cannot be performed; AND
    # ... Dermatomal sensory loss not related to peripheral neuropathy": numbness left by a 2019
    # discectomy, "chronic and unchanged", is no new onset symptom
    det = cohere(review_note(OLD_NUMBNESS.format(
        history=", no leg pain. Numbness over the outer left foot since his 2019 L5-S1 "
                "discectomy, unchanged.",
        course=", chronic and unchanged since 2019"), age=66, cpt="72131"))
    assert det.outcome == "not_met"


def test_new_onset_dermatomal_sensory_loss_with_mri_impossible_is_met(review_note):
    det = cohere(review_note(OLD_NUMBNESS.format(
        history=", and for two weeks numbness over the outer left foot.", course=""),
        age=66, cpt="72131"))
    assert det.outcome == "met"
    assert det.basis == ["neuro_deficit"]


INFECTION = """INTERNAL MEDICINE 11/20/2026
72 yo M with type 2 diabetes and a dual-chamber pacemaker that is not MRI-conditional. Three \
weeks of constant low back pain, worse at night. Afebrile, temperature 36.9.
Labs: ESR 48, CRP 22.
Exam: tender over L3. Strength 5/5 bilaterally, reflexes 2+ and symmetric, sensation intact.
Assessment: low back pain with raised inflammatory markers. {ddx}
Plan: CT lumbar spine without contrast.
"""


def test_an_unnamed_afebrile_infection_suspicion_meets_the_line_without_urgency(review_note):
    # "Suspected or known infection involving the spine, with ALL of the following": met; but
    # urgent (contract §3) only for an infection named as a spinal one or with a fever. (A
    # doubted one - "infection less likely" - meets nothing: ANNOTATION "Doubted diagnoses".)
    det = cohere(review_note(INFECTION.format(
        ddx="DDx degenerative disease vs infection."), age=72,
        cpt="72131"))
    assert det.outcome == "met"
    assert det.basis == ["infection"]
    assert det.urgent is False


def test_a_suspected_infection_named_as_spinal_is_urgent(review_note):
    det = cohere(review_note(INFECTION.format(ddx="Concern for discitis."), age=72, cpt="72131"))
    assert det.outcome == "met"
    assert det.urgent is True


def test_post_operative_leg_pain_called_new_without_a_deficit_is_not_met(review_note):
    # "developed right leg pain" after an operation may be the pain it did not relieve: only a
    # deficit called new counts for "new or worsening neurological symptoms" here
    det = cohere(review_note(POST_OP.replace("Right EHL 4/5, otherwise 5/5", "Strength 5/5")
                             .format(course="Three weeks ago he developed right leg pain. No "
                                            "bowel or bladder changes."), age=62, cpt="72131"))
    assert det.outcome == "not_met"
