"""A study named inside a condition as where something is looked for ("If there is no
surprise on the MRI, proceed to medial branch blocks") is one still to be read: no prior
study. The 'if there is' that doubts a diagnosis takes no study, so the study needs a cue of
its own. A study a note reports, or one named outside the condition, stays done; and the
condition's own findings keep their readings."""

import pytest

STUDIES = ("prior_mri", "prior_ct", "prior_xray")


@pytest.mark.parametrize("text, code", [
    ("Assessment: facet pain. If there is nothing unexpected on the MRI, will schedule bilateral "
     "L4-5 medial branch blocks.", "prior_mri"),
    ("Plan: CT L-spine. Unless there is a fracture on the CT, she can go home with a brace.",
     "prior_ct"),
    ("if there's anything acute on his x-ray we will call him back tonight", "prior_xray"),
    ("We talked it through: if there are no red flags on the lumbar MRI, I will refer her to pain "
     "management.", "prior_mri"),
])
def test_a_study_a_condition_waits_on_is_no_prior_study(assertions_of, text, code):
    assert "present" not in assertions_of(text, code)


@pytest.mark.parametrize("text, code", [
    ("Mild L4-5 stenosis on the MRI of 10/02/2026; if pain persists, a repeat ESI.", "prior_mri"),
    ("No fracture on the CT done in the ED yesterday.", "prior_ct"),
    ("Lumbar x-ray on 11/03/2026 showed spondylosis. If there is no improvement after PT, "
     "consider MRI.", "prior_xray"),
    # the condition ends at the semicolon: the study after it is reported
    ("If the leg pain returns, call the office; the disc bulge on the MRI of 10/02/2026 is "
     "small.", "prior_mri"),
])
def test_a_study_reported_or_named_outside_a_condition_is_done(assertions_of, text, code):
    assert "present" in assertions_of(text, code)


def test_the_conditions_own_findings_keep_their_readings(assertions_of):
    assert "present" not in assertions_of("If there is no weakness, she can return to work on "
                                          "Monday.", "motor_weakness")
    assert assertions_of("If there is a recurrent herniation, we would discuss revision "
                         "microdiscectomy.", "disc_herniation") == {"possible"}
