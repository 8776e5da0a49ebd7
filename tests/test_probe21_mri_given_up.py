"""An MRI given up because the patient cannot stay in it is one that cannot be performed (probe21 c36).

"MRI lumbar 11/20/2026 aborted: patient could not lie still because of pain, despite IV
sedation" is Cohere's "MRI is contraindicated or cannot be performed" and NIA CT's "when Lumbar
Spine MRI is contraindicated": the lexicon read an aborted MRI only when claustrophobia was the
reason, so a failed six-week course with a new radiculopathy and an aborted MRI met neither CT
guideline. Pain, spasms, motion, a tremor: the study was stopped because the patient could not
stay in the scanner. An MRI stopped for a reason of the payer or the schedule, or one to be
repeated under sedation, is none. Every note is written here."""

import pytest


# (the line, whether it is a contraindication)
_LINES = [
    ("MRI lumbar 11/20/2026 aborted: patient could not lie still because of pain, despite IV "
     "sedation.", True),
    ("Attempted MRI on 11/14 had to be stopped after 5 minutes due to severe back spasms.", True),
    ("The lumbar MRI was terminated early because of motion; no usable images.", True),
    ("Aborted the MRI because of an uncontrolled tremor.", True),
    # the payer, a retry planned, a study done, a drug stopped: none
    ("MRI 11/20/2026 aborted due to insurance denial.", False),
    ("MRI aborted because of pain; will repeat under sedation next week.", False),
    ("MRI completed 11/10 despite pain, shows an L4-5 protrusion.", False),
    ("He stopped naproxen because of stomach pain. MRI ordered.", False),
]


@pytest.mark.parametrize("line, given_up", _LINES)
def test_an_mri_the_patient_could_not_stay_in_cannot_be_performed(assertions_of, line, given_up):
    found = assertions_of("Spine clinic 11/27/2026\nHPI: " + line + "\n", "mri_contraindication")
    assert ("present" in found) is given_up


_NOTE = (
    "Spine clinic note 11/24/2026\n"
    "HPI: New low back pain with R leg pain x 9 weeks, no injury. PT 09/01/2026-10/20/2026 "
    "without benefit. Ibuprofen and cyclobenzaprine.\n"
    "{mri}\n"
    "Exam: SLR positive R. Strength 5/5.\n"
    "Plan: CT lumbar spine.\n")


@pytest.mark.parametrize("mri, outcome", [
    ("MRI lumbar 11/12/2026 aborted: he could not lie still because of pain, despite oral "
     "sedation.", "met"),
    ("MRI lumbar 11/12/2026 aborted due to insurance denial.", "not_met"),
])
def test_failed_care_with_an_aborted_mri_meets_the_ct_guidelines(review_under, mri, outcome):
    result = review_under(_NOTE.format(mri=mri), ["nia-lumbar-ct", "cohere-ct-spine"], age=54,
                          sex="M")
    assert {d.guideline: d.outcome for d in result.determinations} == {
        "nia-lumbar-ct": outcome, "cohere-ct-spine": outcome}
