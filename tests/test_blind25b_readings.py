"""Readings mended after the blind batch d827-d838 (corpora/dev/ERRORS_d827-d838.md).

- A bulleted return-precaution list under "Go to the Emergency Department right away if you
  have:" names what might come: read as present it made a lumbar-strain look-alike urgent and
  met NIA's red-flag path (d828: false met, false urgent).
- "a pacemaker placed in 2014 ..., and the entire system including leads was extracted in
  2019": a device taken out later in its sentence, or named again later as removed, is gone;
  read as present it met four CT guidelines for a patient who only prefers CT (d829: false
  met x4).
- "Sensation: decr vibration to ankles bilat" is a distal neuropathic / posterior-column
  sign, not dermatomal loss; read as dermatomal it gave Cohere's trauma path a new deficit
  (d831: false met).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- a conditional list head over bullets ------------------------------------------------------

@pytest.mark.parametrize("head", [
    "Go to the Emergency Department right away if you have:",
    "Return to the ER immediately for:",
    "Call 911 or come back to the ED if you develop:",
    "Seek care right away should you notice:",
    "Please call us if you have any of these:",
])
@pytest.mark.parametrize("item, code", [
    ("- numbness in the groin or inner thighs", "saddle_anesthesia"),
    ("- loss of control of your bladder", "bladder_dysfunction"),
    ("- new weakness in your legs", "motor_weakness"),
    ("* fever over 101 with back pain", "fever"),
])
def test_bullets_under_a_conditional_head_are_hypothetical(assertions_of, head, item, code):
    note = ("Clinic 11/27/2026\nHPI: Low back strain after yard work, 2 weeks.\n\n"
            f"Patient instructions:\nKeep moving.\n\n{head}\n- severe pain that does not let up\n"
            f"{item}\n- anything else that worries you\n")
    assert assertions_of(note, code) == {"hypothetical"}


@pytest.mark.parametrize("note, code, expected", [
    # a plain list under a heading that sets no condition states what is there
    ("Clinic 11/27/2026\nSymptoms reported today:\n- new weakness in the left leg\n"
     "- numbness in the groin\n", "saddle_anesthesia", {"present"}),
    ("Clinic 11/27/2026\nFindings:\n- loss of bladder control since yesterday\n",
     "bladder_dysfunction", {"present"}),
    # triggers of the patient's own pain are no condition of seeking care
    ("Clinic 11/27/2026\nLeg pain worse if:\n- sitting more than 20 minutes\n"
     "Also has numbness in the groin since Tuesday.\n", "saddle_anesthesia", {"present"}),
    # a blank line ends the list: what follows is told of the patient
    ("Clinic 11/27/2026\nReturn to the ED if you have:\n- fever\n\n"
     "- Reports new weakness in the right leg today\n", "motor_weakness", {"present"}),
    # a prose line between ends the list
    ("Clinic 11/27/2026\nCall us if you have:\n- fever\nHe says he already has:\n"
     "- numbness in the groin\n", "saddle_anesthesia", {"present"}),
])
def test_lists_without_a_conditional_head_keep_their_reading(assertions_of, note, code,
                                                             expected):
    assert assertions_of(note, code) == expected


def test_avs_precautions_do_not_make_a_strain_urgent(review_note):
    note = ("Video visit 11/20/2026\nS: 45M low back ache 2 weeks after moving furniture, no leg "
            "pain. Denies bladder or bowel change, no saddle numbness.\n"
            "A: Lumbar strain.\nP: Ibuprofen, stay active, PT referral.\n\n"
            "AFTER VISIT SUMMARY\nGo to the emergency room right away if you have:\n"
            "- numbness between your legs or around your bottom\n"
            "- trouble controlling your bladder or bowels\n- new weakness in your legs\n")
    result = review_note(note)
    assert result.priority != "urgent"
    assert {d.guideline: d.outcome for d in result.determinations}["nia-lumbar-mri"] == "not_met"


# --- a device taken out ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "He had a pacemaker placed in 2012 for syncope, and the whole system including leads was "
    "extracted in 2020; no device since.",
    "A spinal cord stimulator was implanted in 2017 for leg pain and was later explanted when "
    "it stopped helping.",
    "Pacemaker 2010 for heart block that turned out to be medication related, subsequently "
    "removed in 2015.",
    # named again later as removed
    "She had a dual chamber pacemaker placed in 2013 for bradycardia.\nCardiology letter: with "
    "the pacemaker removed in 2019 she may have MRI.",
])
def test_a_device_taken_out_is_historical(assertions_of, body):
    assert assertions_of(_note(body), "mri_contraindication") == {"historical"}


@pytest.mark.parametrize("body, expected", [
    # a device put back, or a part of it left in, is still there
    ("His pacemaker was placed in 2012; the old generator was removed and replaced with a new "
     "one in 2021.", {"present"}),
    ("Pacemaker placed 2014 for heart block, still in place.", {"present"}),
    ("Pacemaker placed in 2011. The old pacemaker was removed in 2018 and a new pacemaker was "
     "implanted the same day.", {"present"}),
    # another device taken out says nothing of this one
    ("She has a cochlear implant since 2016. Her insulin pump was removed in 2020.",
     {"present"}),
])
def test_a_device_still_there_keeps_its_reading(assertions_of, body, expected):
    assert expected <= assertions_of(_note(body), "mri_contraindication")


# --- vibration loss at the ankles --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Sensation: decr vibration to ankles bilat, pinprick intact in dermatomes",
    "Sensory: decreased vibratory sense at both great toes; light touch intact",
    "Vibration is diminished at the ankles bilaterally.",
])
def test_distal_vibration_loss_is_no_dermatomal_loss(assertions_of, line):
    note = f"Clinic 11/27/2026\nEXAM:\n{line}\n"
    assert "present" not in assertions_of(note, "dermatomal_sensory_loss")


@pytest.mark.parametrize("line", [
    "Sensation: decreased pinprick over the dorsum of the left foot",
    "Sensation decreased to light touch in the left L5 dermatome",
])
def test_dermatomal_loss_still_read(assertions_of, line):
    note = f"Clinic 11/27/2026\nEXAM:\n{line}\n"
    assert assertions_of(note, "dermatomal_sensory_loss") == {"present"}


# --- a device cleared for MRI elsewhere in the note -------------------------------------------

@pytest.mark.parametrize("note", [
    "Clinic 11/27/2026\nPMH:\n- Complete heart block s/p pacemaker\n- HTN\n\n"
    "Device: Pacemaker 2022 (Boston Scientific, MR Conditional system).\n",
    "Clinic 11/27/2026\nProblem list: SSS s/p dual chamber pacemaker 2021.\n"
    "Plan: MRI L-spine; per the device clinic the pacemaker is MR conditional.\n",
])
def test_a_bare_mention_of_a_cleared_device_is_no_contraindication(assertions_of, note):
    assert assertions_of(note, "mri_contraindication") == {"absent"}


@pytest.mark.parametrize("note, expected", [
    # another kind of device is not the cleared one
    ("Clinic 11/27/2026\nHas a spinal cord stimulator from 2019.\n"
     "Pacemaker 2022 (MR Conditional system).\n", {"present"}),
    # a device merely denied clears nothing
    ("Clinic 11/27/2026\nHx: pacemaker placed 2018 for heart block.\nROS: no insulin pump.\n",
     {"present"}),
])
def test_other_devices_keep_their_reading(assertions_of, note, expected):
    assert assertions_of(note, "mri_contraindication") == expected
