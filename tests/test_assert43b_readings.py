"""Neurological sign and symptom readings of session 43 (assert43b).

1. "Bowels: last BM 2 days ago, no incontinence": a denial of leakage its line places among
   the bowel's words alone denies the bowel's leakage, not the bladder's (the bladder's own
   symptoms told elsewhere stay as they are); a line that names the bladder too, or a bare
   "No incontinence", still denies both.
2. "No sensory level on trunk" beside a dermatome's loss the case has: it denies a cord
   level, not that loss (no dermatomal_sensory_loss absent from it); a normal exam with no
   loss anywhere still reads it absent.
3. "pain into the R buttock and posterior thigh, not below the knee": a buttock or thigh pain
   its own sentence stops above the knee is referred, no radicular pain; a pain into the
   calf, the front of the thigh (an L3 root's territory) or one "no longer below the knee"
   (a course) stays radicular.
4. "She read online that back pain can be cauda equina and is worried about it": a syndrome
   the patient read of, with her fear told after it in the sentence, is her feared
   diagnosis (possible, doubted); one read of with no fear after it stays hypothetical.
"""

import pytest

from note_text import clinic_note as _note

BLADDER = "bladder_dysfunction"
BOWEL = "bowel_dysfunction"
DERM = "dermatomal_sensory_loss"
RADIC = "radicular_pain"


@pytest.mark.parametrize("body,bladder,bowel", [
    ("HPI: Trouble starting her stream since Sunday. Bowels: last BM yesterday, no incontinence.",
     {"present"}, {"absent"}),
    ("HPI: Weak stream x 2 days. BMs: constipated on hydrocodone, no incontinence.",
     {"present"}, {"absent"}),
    ("HPI: Stools soft, denies incontinence.", set(), {"absent"}),
    # must not: a line that names the bladder too, or no bowel word at all, denies both
    ("HPI: Bowel and bladder fine, no incontinence.", {"absent"}, {"absent"}),
    ("HPI: Voiding normally, last BM today, no incontinence.", {"absent"}, {"absent"}),
    ("HPI: Last BM yesterday. No incontinence.", {"absent"}, {"absent"}),
    ("HPI: No incontinence.", {"absent"}, {"absent"}),
])
def test_a_leakage_denied_on_a_bowel_line_is_the_bowels(assertions_of, body, bladder, bowel):
    note = _note(body)
    assert assertions_of(note, BLADDER) == bladder
    assert assertions_of(note, BOWEL) == bowel


@pytest.mark.parametrize("body,expected", [
    ("Exam: Decreased pinprick over the L L5 dermatome. No sensory level on the trunk.",
     {"present"}),
    ("Exam: Sensation intact to light touch, no truncal sensory level.\n"
     "A/P: S1 radiculopathy, reduced pinprick lateral L foot (S1).", {"absent", "present"}),
    # must not: with no loss anywhere the level's denial stays a denial
    ("Exam: Strength 5/5 BLE, no sensory level. Gait normal.", {"absent"}),
])
def test_no_sensory_level_denies_no_dermatome_loss(assertions_of, body, expected):
    assert assertions_of(_note(body), DERM) == expected


@pytest.mark.parametrize("body,expected", [
    ("HPI: LBP for 5 wks, with some pain into the L buttock and posterior thigh, not past the knee.",
     {"absent"}),
    ("HPI: Sharp R SI pain. Radiates to R posterior thigh but no pain below the knee.",
     {"absent"}),
    ("HPI: - Spreads into L buttock & upper back of thigh, never below knee.", {"absent"}),
    # must not: a pain into the calf, the front of the thigh, or a course
    ("HPI: Pain radiates down the back of the R thigh into the calf.", {"present"}),
    ("HPI: Aching R low back, radiates to R anterior thigh, stops above knee.", {"present"}),
    ("HPI: Occasional ache down the back of the R thigh, no longer below the knee.",
     {"present"}),
])
def test_a_thigh_pain_stopped_above_the_knee_is_not_radicular(assertions_of, body, expected):
    assert assertions_of(_note(body), RADIC) == expected


CES = "cauda_equina_syndrome"


@pytest.mark.parametrize("body,expected", [
    ("HPI: She read online that sciatica can be cauda equina and is worried about it.",
     {"possible"}),
    ("HPI: Pain 6/10. She also read about cauda equina on a website and asks if she could "
     "have it.", {"possible"}),
    ("HPI: Pain 6/10. She read online about cauda equina syndrome and asks whether she could "
     "have it.", {"possible"}),
    ("HPI: She read online that leg pain can mean cauda equina syndrome and she is scared.",
     {"possible"}),
    # must not: a reading with no fear of hers after it stays what she read
    ("HPI: She read online that back pain can be cauda equina. Pain 5/10.", {"hypothetical"}),
])
def test_a_syndrome_read_of_then_feared_is_possible(assertions_of, body, expected):
    assert assertions_of(_note(body), CES) == expected
