"""A request of one region is not met by the signs of another (probe17 c48, extended):
- NIA lumbar MRI/CT: a weakness, reflex change, numbness or upper motor neuron sign the notes
  place only in the arm ("right biceps 4/5", "decreased sensation right thumb", "Hoffmann
  positive") is no lumbar deficit ("along a particular lumbar dermatome", "Lower extremity
  increased muscle tone/spasticity"); a sign placed in the leg, or in no limb, stands.
- eviCore SP-3.1 (cervical): a radicular pain the notes place in a leg only, beside a mild
  neck ache, does not make the failed trial the neck's."""

import pytest


def _outcome(review_note, text, guideline, cpt):
    result = review_note(text, age=57, cpt=cpt)
    return next(d.outcome for d in result.determinations if d.guideline == guideline)


ARM_ONLY = [
    ("Follow-up 11/20/2026. Dull low back ache for 2 weeks. Six weeks of left arm pain into the "
     "index finger.\nExam: left triceps 4/5, left triceps reflex diminished, numb left middle "
     "finger. Lower extremities: full strength, reflexes 2+ and symmetric.\nPlan: MRI."),
    ("Spine clinic. Low back soreness x3 weeks.\nNeuro: R grip 4/5, R wrist extensors 4+/5; "
     "decreased sensation right thumb and index finger; Hoffmann positive on the right. "
     "Legs normal.\nPlan: lumbar MRI."),
]

LEG = [
    ("Follow-up 11/20/2026. Low back pain for 7 weeks with left leg pain to the big toe.\n"
     "Exam: left EHL 4/5, diminished left patellar reflex, decreased sensation over the left "
     "medial shin.\nPlan: MRI."),
    # arm and leg both weak (a cord picture): the leg is named, so it stands
    ("Spine clinic. Low back pain x3 weeks. Exam: weakness of the right hand and right hip "
     "flexors, 4/5. Babinski upgoing on the right.\nPlan: lumbar MRI."),
]


@pytest.mark.parametrize("note", ARM_ONLY)
@pytest.mark.parametrize("guideline, cpt", [("nia-lumbar-mri", "72148")])
def test_signs_placed_in_the_arm_only_meet_no_lumbar_deficit_line(review_note, note, guideline,
                                                                  cpt):
    assert _outcome(review_note, note, guideline, cpt) == "not_met"


@pytest.mark.parametrize("note", LEG)
def test_signs_placed_in_the_leg_still_meet_it(review_note, note):
    assert _outcome(review_note, note, "nia-lumbar-mri", "72148") == "met"


NECK = ("Office visit 11/20/2026. 57 yo. {neck} {radiating} Physical therapy 08/18-10/06 "
        "without improvement; meloxicam without relief.\nExam: {exam}\nPlan: MRI cervical spine.")


@pytest.mark.parametrize("want, neck, radiating, exam", [
    # a leg's radicular pain beside a mild stiff neck: the trial is not shown to be the neck's
    ("not_met", "Some neck stiffness.", "Two months of right leg pain shooting to the lateral "
     "foot.", "right ankle plantarflexion 4/5, SLR positive on the right. Arms normal."),
    # look-alike: the pain radiates into the arm
    ("met", "Neck pain for 3 months.", "Pain radiates down the right arm to the thumb.",
     "right biceps 4/5, Spurling positive on the right."),
])
def test_evicore_neck_pain_line_reads_where_the_radicular_pain_is(review_note, want, neck,
                                                                   radiating, exam):
    text = NECK.format(neck=neck, radiating=radiating, exam=exam)
    assert _outcome(review_note, text, "evicore-spine", "72141") == want
