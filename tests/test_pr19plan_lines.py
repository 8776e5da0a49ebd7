"""What each guideline line means by a planned intervention (probe19a F4 F8 N3, probe19b A7 A8
B3 B5 B6): AIM's candidate is not opened by another organ's surgeon; NIA's "Prior to a planned
surgery/intervention" and Cohere's "Requiring preoperative assessment" ask for an operation
scheduled or recommended, not a referral or an injection considered; a repeat blood patch held
for headaches that may return is not planned. Every note is new; each fix has a look-alike that
stays met."""
import pytest


def _outcome(result, guideline):
    return next(d for d in result.determinations if d.guideline == guideline).outcome


def _met_ids(result, guideline):
    det = next(d for d in result.determinations if d.guideline == guideline)
    return {c.id for c in det.criteria if c.result == "met"}


# ---- AIM: a potential candidate for SPINE intervention -------------------------------------

AIM_LBP = ("Office visit 11/20/2026. 58 yo M with axial low back pain for 4 months, no leg "
           "symptoms. Physical therapy 08/25/2026-10/10/2026 and meloxicam daily since 08/25 "
           "without improvement. Exam: strength 5/5, sensation intact, reflexes 2+. {extra} "
           "Plan: MRI lumbar spine.")


@pytest.mark.parametrize("want, extra", [
    ("not_met", "Also: abdominal aortic aneurysm 5.1 cm, vascular surgery referral placed."),
    ("not_met", "Also: symptomatic gallstones; general surgery consult requested."),
    # look-alike: a spine surgeon's referral is the candidacy
    ("met", "Referred to spine surgery to discuss L4-5 fusion."),
])
def test_aim_candidate_is_a_spine_intervention(review_note, want, extra):
    result = review_note(AIM_LBP.format(extra=extra), age=58)
    assert _outcome(result, "aim-spine") == want


# ---- AIM SIH: a repeat patch planned, not held in reserve --------------------------------

SIH = ("Headache clinic 11/20/2026. 41 yo F with spontaneous intracranial hypotension; lumbar "
       "epidural blood patch on 10/01/2026. {course} She has a cochlear implant that is not MRI "
       "compatible. {plan} CT myelogram thoracic spine requested.")


@pytest.mark.parametrize("want, course, plan", [
    ("not_met", "The orthostatic headaches went away within a day and have not come back.",
     "Plan: we would offer another blood patch only if the headaches recur."),
    ("not_met", "Headache free since the patch.",
     "Plan: a repeat blood patch if the headaches come back."),
    # look-alike: the headaches are back and the patch is the plan
    ("met", "The headaches returned after 10 days and are daily again.",
     "Plan: targeted repeat epidural blood patch once the leak is found."),
])
def test_aim_repeat_patch_is_a_patch_planned_now(review_note, want, course, plan):
    result = review_note(SIH.format(course=course, plan=plan), age=41, cpt="72128")
    assert ("aim-spine.sih.repeat-patch" in _met_ids(result, "aim-spine")) == (want == "met")


# ---- NIA CT / MRI: "Prior to a planned surgery/intervention" (compression fracture) -----

FRACTURE = ("Clinic visit 11/20/2026. 74 yo F with osteoporosis; T12 compression fracture on "
            "x-ray 10/30/2026 after reaching for a shelf, no fall. Back pain 8/10, worse over "
            "the last week. Exam: T12 tenderness, strength 5/5. {plan} CT lumbar spine ordered.")


# ---- Cohere scoliosis: "Requiring preoperative assessment" -------------------------------

SCOLIOSIS = ("Spine clinic 11/20/2026. 66 yo M with degenerative lumbar scoliosis, 25 degree "
             "curve on standing films 10/2026, axial back pain for years. No leg symptoms, "
             "strength 5/5. He has a pacemaker that is not MRI conditional, so MRI cannot be "
             "done. {plan} CT lumbar spine.")


FRACTURE_LINE = "nia-lumbar-ct.fracture.planned-intervention-or-change-management"
SCOLIOSIS_LINE = "cohere-ct-spine.congenital.scoliosis"


@pytest.mark.parametrize("note, age, line, want, plan", [
    (FRACTURE, 74, FRACTURE_LINE, False, "Plan: referral to the spine clinic to establish care."),
    (FRACTURE, 74, FRACTURE_LINE, False, "Plan: consider vertebral augmentation down the road."),
    # look-alikes: the procedure scheduled, or the surgeon recommends it
    (FRACTURE, 74, FRACTURE_LINE, True, "Plan: T12 vertebroplasty is scheduled for 12/04/2026."),
    (FRACTURE, 74, FRACTURE_LINE, True, "I recommend T12 kyphoplasty; she agrees."),
    (SCOLIOSIS, 66, SCOLIOSIS_LINE, False, "Plan: consider medial branch blocks."),
    (SCOLIOSIS, 66, SCOLIOSIS_LINE, False, "Plan: referral to pain management for injections."),
    # look-alike: an operation scheduled needs its preoperative assessment
    (SCOLIOSIS, 66, SCOLIOSIS_LINE, True,
     "Plan: L2-S1 posterior fusion scheduled for 01/2027; preoperative planning."),
])
def test_a_planned_procedure_line_reads_an_operation_scheduled_or_recommended(
        review_note, note, age, line, want, plan):
    result = review_note(note.format(plan=plan), age=age, cpt="72131")
    assert (line in _met_ids(result, line.split(".")[0])) == want


def test_nia_ct_fracture_after_a_fall_seen_by_spine_surgery_stays_met(review_note):
    # a fresh traumatic fracture a spine surgeon is consulted on: the CT decides the treatment
    text = ("ED 11/20/2026. 46 yo M fell 12 feet off a roof today. L1 burst fracture on "
            "x-ray. Neuro intact. Spine surgery consulted. CT lumbar spine.")
    result = review_note(text, age=46, cpt="72131")
    assert FRACTURE_LINE in _met_ids(result, "nia-lumbar-ct")


# ---- NIA CT preoperative planning: a scheduled operation ----------------------------------

def test_nia_ct_preop_planning_for_a_scheduled_operation(review_note):
    text = ("Neurosurgery pre-op visit 11/20/2026. 61 yo M with L3-4 stenosis who failed PT "
            "and two ESIs. L3-4 decompression and fusion is scheduled for 12/08/2026; consent "
            "obtained. Plan: CT lumbar spine for screw trajectory planning.")
    result = review_note(text, age=61, cpt="72131")
    assert "nia-lumbar-ct.preoperative.planning" in _met_ids(result, "nia-lumbar-ct")
    # look-alike: a surgery only considered is a reviewer's call, never met outright
    text = text.replace("L3-4 decompression and fusion is scheduled for 12/08/2026; consent "
                        "obtained.", "Could consider L3-4 decompression in the future.")
    result = review_note(text, age=61, cpt="72131")
    assert "nia-lumbar-ct.preoperative.planning" not in _met_ids(result, "nia-lumbar-ct")


# ---- NIA MRI follow-up within 6 months of surgery: symptoms back are the reason --------

POSTOP = ("Spine clinic 11/20/2026. 39 yo F, left L4-5 microdiscectomy on 09/15/2026. {course} "
          "Exam: strength 5/5, sensation intact. Plan: MRI lumbar spine with and without "
          "contrast.")


@pytest.mark.parametrize("want, course", [
    ("met", "Her leg pain had gone after surgery, but for 2 weeks left anterior shin pain has "
            "recurred and is getting worse, like before the operation."),
    # look-alike: healing as expected, routine post-op imaging
    ("not_met", "Leg pain resolved after surgery; mild incisional soreness, improving. Routine "
                "post-operative MRI per protocol."),
])
def test_nia_mri_follow_up_after_surgery_needs_symptoms_back(review_note, want, course):
    result = review_note(POSTOP.format(course=course), age=39)
    met = "nia-lumbar-mri.post-operative.follow-up-6-months" in _met_ids(result,
                                                                         "nia-lumbar-mri")
    assert met == (want == "met")
