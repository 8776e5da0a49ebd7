"""Readings of the study, history and red-flag codes (session 43, assert43c). Each fix in other
words, and near-misses that keep their old reading.

1. A weight loss sought as a treatment ("Wt loss goal 5%", "weight loss counseling", "weight
   loss may help the back", "Weight loss/bariatric referral") is no weight lost: no
   unexplained_weight_loss. A loss told ("15 lb weight loss since June", "weight loss may be
   from the cancer") stays present, and "no weight loss" absent.
2. An "open MRI" named as the scanner offered or tried for claustrophobia ("declined open MRI
   and sedation", "rescheduled on the open MRI with lorazepam", "open MRI not available") is
   no MRI had: no prior_mri. A study named after it ("open MRI L-spine 03/2025", "open MRI of
   the lumbar spine") or told as had ("had an open MRI in 2023 that showed ...") stays present.
3. A telehealth visit's own exam label ("Exam: limited to video observation", "O: appears
   comfortable seated at home", "formal neurologic exam not performed - telehealth visit") is
   no in-person exam: in_person_exam absent only. An office visit's "Exam:" and an explicit
   in-office exam inside a video note stay present.
4. "never imaged for this episode" denies the three studies, as "never imaged." does; "imaged
   for this episode in October" is no denial.
"""

import pytest


def _note(body, section="Plan"):
    return f"Clinic 11/20/2026\n{section}: {body}\n"


# ---- 1. a weight loss sought -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "3. Obesity - dietitian referral. Wt loss goal 7% by spring.",
    "Obesity - continue tirzepatide; weight loss would help the back pain over time.",
    "- Weight loss/bariatric referral placed.",
    "- Weight loss / nutrition referral placed.",
    "BMI 41: weight loss counseling given, 10 min.",
    "Obesity: discussed weight loss program at the Y.",
    "wt loss may improve her knee and back pain.",
])
def test_a_weight_loss_sought_is_no_weight_lost(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == set()


@pytest.mark.parametrize("body, section, expected", [
    ("18 lb weight loss over 2 months, not trying. Night sweats.", "HPI", {"present"}),
    ("Weight loss of 12 lb since August; weight loss may be from the lymphoma.", "HPI", {"present"}),
    ("No fever, no weight loss.", "ROS", {"absent"}),
])
def test_a_weight_loss_told_keeps_its_reading(assertions_of, body, section, expected):
    assert assertions_of(_note(body, section), "unexplained_weight_loss") == expected


# ---- 2. "open MRI" as the scanner offered --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Claustrophobic since childhood; she declined open MRI and sedation. CT ordered.",
    "Moved to the wide-bore open MRI with lorazepam; he panicked and the scan was stopped.",
    "Plan: CT lumbar spine (open MRI not available in network).",
    "Failed oral anxiolysis and open MRI, refuses general anesthesia.",
])
def test_an_open_mri_offered_or_tried_is_no_study_had(assertions_of, body):
    assert "present" not in assertions_of(_note(body, "HPI"), "prior_mri")


@pytest.mark.parametrize("body", [
    "Open MRI L-spine 04/2025: L5-S1 disc extrusion.",
    "Open MRI of the lumbar spine 04/2025: L5-S1 disc extrusion.",
    "She had an open MRI in 2024 that showed a disc bulge.",
])
def test_an_open_mri_that_names_a_study_stays_present(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == {"present"}


# ---- 3. a telehealth visit's exam label ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "VIDEO VISIT 11/20/2026\nConducted via two-way video.\nHPI: low back pain x 2 wks.\n"
    "Exam: Limited to video observation. Stands from the chair without using hands.\nA: strain.\n",
    "Telehealth note 11/20/2026\nHPI: neck pain x 10 days.\nO: Alert, sitting at home, turns "
    "head to both sides.\nA: cervical strain.\n",
    "Virtual visit 11/20/2026\nHPI: sciatica.\nObjective: Well-appearing on camera. Formal "
    "neurologic exam not performed - video visit.\n",
])
def test_a_telehealth_visits_exam_label_is_no_in_person_exam(assertions_of, text):
    assert assertions_of(text, "in_person_exam") == {"absent"}


@pytest.mark.parametrize("text", [
    "Office visit 11/20/2026\nHPI: low back pain x 3 wks.\nExam: Strength 5/5, reflexes 2+.\n",
    "Video visit 11/20/2026\nHPI: neck pain.\nExam (in office today after the video call): "
    "strength 5/5.\n",
])
def test_an_exam_in_person_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "in_person_exam")


# ---- 4. never imaged for this episode ------------------------------------------------------

def test_never_imaged_for_this_episode_denies_the_studies(assertions_of):
    text = _note("L S1 radiculopathy, presumed disc (never imaged for this problem), deficit.",
                 "Assessment")
    for code in ("prior_xray", "prior_mri", "prior_ct"):
        assert assertions_of(text, code) == {"absent"}


def test_imaged_for_this_episode_is_no_denial(assertions_of):
    text = _note("L S1 radiculopathy; he was imaged for this episode in October at an outside "
                 "urgent care.", "Assessment")
    assert "absent" not in assertions_of(text, "prior_xray")
