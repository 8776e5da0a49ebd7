"""A lumbar study's pain and deficits are the low back's and the legs' (probe20b m20, h23).

- NIA lumbar MRI and CT, "For evaluation of back pain with any of the following": a radiating
  pain or a radiculopathy the notes place only in the arm or neck is a cervical root's, no back
  pain of a lumbar study (failed PT for the neck met the lumbar conservative-failure line).
  One placed in a leg, or in no limb ("sciatica"), stands.
- Cohere, "It is necessary to justify the region to be imaged": for a lumbar CT, the lumbar
  "New onset pain or radiculopathy" line reads the pain so, and its new-onset weakness or
  sensory loss placed only in the arm is a reviewer's; asked of a cervical CT it stands.
Every note is written here."""

import pytest


_COURSE = ("Finished physical therapy 08/03/2026 - 09/28/2026 (8 weeks) and ibuprofen 800 mg "
           "TID for 8 weeks, with no improvement.\n")
_LINE = "nia-lumbar-mri.back-pain.conservative-failure"
_EXAM = "Exam: Strength 5/5 throughout. Reflexes 2+ and symmetric.\n"


def _note(complaint, assessment):
    return ("Office visit 11/18/2026\nHPI: " + complaint + "\n" + _COURSE + _EXAM
            + "Assessment: " + assessment + "\nPlan: imaging as ordered.\n")


# the arm's or neck's pain: no back pain of a lumbar study
@pytest.mark.parametrize("complaint, assessment", [
    ("Neck pain shooting down the left arm into the thumb since July.",
     "Left cervical radicular pain."),
    ("Aching in the neck with pain radiating to the right hand and forearm since July.",
     "Right C7 radiculopathy."),
    ("Burning pain from the neck into the right shoulder and upper arm since July.",
     "Cervical radiculopathy, right."),
])
def test_arm_pain_meets_no_lumbar_back_pain_line(review_under, criterion_result, complaint,
                                                  assessment):
    result = review_under(_note(complaint, assessment), ["nia-lumbar-mri"], cpt="72148")
    assert criterion_result(result, _LINE) != "met"


# look-alikes: the leg's pain, a pain in no limb, or both limbs, still open the line
@pytest.mark.parametrize("complaint, assessment", [
    ("Low back pain radiating down the right leg to the calf since July.", "Right L5 radicular pain."),
    ("Sciatica on the left since July.", "Left sciatica."),
    ("Pain radiating down both the left arm and the left leg since July.", "Radicular pain."),
])
def test_leg_or_unplaced_pain_still_meets_it(review_under, criterion_result, complaint, assessment):
    result = review_under(_note(complaint, assessment), ["nia-lumbar-mri"], cpt="72148")
    assert criterion_result(result, _LINE) == "met"


_PACER = "PMH: dual-chamber pacemaker, not MRI conditional; MRI is contraindicated.\n"


def _cohere_note(sign):
    return (_PACER + "Office visit 11/18/2026\nHPI: New pain for 3 weeks, no injury or fall.\n"
            "Exam: " + sign + " Reflexes symmetric.\nAssessment: new weakness.\n")


def test_cohere_lumbar_ct_arm_weakness_is_a_reviewers(review_under, criterion_result):
    result = review_under(_cohere_note("Left triceps 4/5 and left wrist extension 4/5."),
                    ["cohere-ct-spine"], cpt="72131")
    assert criterion_result(result, "cohere-ct-spine.new-onset.neuro-deficit") != "met"


@pytest.mark.parametrize("sign, cpt", [
    ("Left EHL 4/5 and left ankle dorsiflexion 4/5.", "72131"),   # a leg's weakness, lumbar CT
    ("Left triceps 4/5 and left wrist extension 4/5.", "72125"),  # the arm's, cervical CT
])
def test_cohere_weakness_of_the_region_imaged_stands(review_under, criterion_result, sign, cpt):
    result = review_under(_cohere_note(sign), ["cohere-ct-spine"], cpt=cpt)
    assert criterion_result(result, "cohere-ct-spine.new-onset.neuro-deficit") == "met"
