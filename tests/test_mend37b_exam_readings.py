"""Exam readings of the blind batch e401-e440 (session 37, mend37b).

1. dermatomal_sensory_loss: a loss that halves the ring finger ("5th finger + ulnar half of
   4th", "splits ring finger") is the ulnar nerve's territory, not a dermatome's; a stocking
   loss written before a parenthesis ("below knees bilat stocking (baseline)") is a
   polyneuropathy's. A C8 loss of the whole ring finger stays a dermatome's.
2. in_person_exam: an interpreter who joins an office visit by video or phone says how the
   interpreter is reached, not that the patient is seen by video; a video visit stays one.
3. gait_abnormality: a normal heel or toe walk beside an abnormal gait stays the companion
   (a separate-signs reading of heel/toe/tandem cost dev 13 exact sets and was taken out).
4. gait_abnormality: "no device" denies the walking aid, not the antalgic gait after it.
"""

import pytest


def _exam(body):
    return f"Clinic 11/27/2026\nExam: {body}\n"


DSL = "dermatomal_sensory_loss"
GAIT = "gait_abnormality"
IPE = "in_person_exam"


@pytest.mark.parametrize("body", [
    "L finger abduction 4/5, decreased LT L 5th finger + ulnar half of 4th.",
    "Sens: decr LT L 5th finger + ulnar 4th, splits ring finger; biceps 2+.",
    "Sensation: decreased LT below knees bilat stocking (baseline per adm note).",
])
def test_a_peripheral_nerve_or_stocking_loss_is_no_dermatome(assertions_of, body):
    assert assertions_of(_exam(body), DSL) == set()


@pytest.mark.parametrize("body", [
    "Decreased LT L 5th finger and ring finger, C8.",
    "Sensation: decreased PP lateral R foot and sole (S1).",
    "Decreased sensation L ulnar forearm (C8); grip 4/5.",
])
def test_a_dermatomes_loss_stays_present(assertions_of, body):
    assert assertions_of(_exam(body), DSL) == {"present"}


def test_an_interpreter_by_video_is_no_video_visit(assertions_of):
    note = ("INTERNAL MEDICINE FOLLOW-UP 12/01/2026 (office visit, in person)\n"
            "Vietnamese interpreter via video (iPad), ID 55210.\n"
            "Exam: R quadriceps 4/5. Patellar absent R.\n")
    assert assertions_of(note, IPE) == {"present"}


def test_an_interpreter_by_phone_is_no_phone_visit(assertions_of):
    note = ("OFFICE VISIT 12/01/2026\nSpanish interpreter by phone, ID 20931.\n"
            "Exam: SLR + L at 40 deg.\n")
    assert assertions_of(note, IPE) == {"present"}


def test_a_visit_held_via_video_is_still_denied(assertions_of):
    note = "VIDEO VISIT 12/01/2026\nPatient seen via video. Interpreter on the line.\nA: LBP.\n"
    assert assertions_of(note, IPE) == {"absent"}


@pytest.mark.parametrize("body", [
    "Unable to heel walk on the L, heel walk normal on the R. Antalgic gait.",
    "Gait antalgic. Gait otherwise normal.",
])
def test_the_same_tests_other_side_stays_a_companion(assertions_of, body):
    assert assertions_of(_exam(body), GAIT) == {"present"}


def test_no_device_denies_the_aid_not_the_gait(assertions_of):
    body = "Gait: 150 ft no device, slow, guarded, antalgic, trunk flexed ~15 deg."
    assert assertions_of(_exam(body), GAIT) == {"present"}


@pytest.mark.parametrize("body", [
    "Gait: no device, no antalgia, normal cadence.",
    "Ambulates 200 ft w/o AD, steady, no antalgic gait.",
])
def test_a_normal_gait_without_a_device_stays_absent(assertions_of, body):
    assert assertions_of(_exam(body), GAIT) == {"absent"}


# 5. family: a relative in parentheses closed by "):" (one token) or a relative's help after
#    "w/" keeps the patient's own symptom after it the patient's (e421).
RAD = "radicular_pain"


@pytest.mark.parametrize("body", [
    "Pt has sciatica. Reviewed her pain diary (daughter fills it in each evening): leg pain "
    "7-9/10 most evenings.",
    "Pt has sciatica. Pain diary she keeps w/ daughter's help: avg leg pain 6/10 week 1.",
])
def test_a_relative_who_helps_keep_the_diary_is_no_family_history(assertions_of, body):
    assert assertions_of(f"Clinic 11/27/2026\nHPI: {body}\n", RAD) == {"present"}


@pytest.mark.parametrize("body", [
    "Pt has LBP. Daughter has sciatica (from a disc): leg pain 7/10 per her.",
    "Pt has LBP. Lives w/ daughter's family; daughter has sciatica.",
])
def test_a_relatives_own_sciatica_stays_family(assertions_of, body):
    assert assertions_of(f"Clinic 11/27/2026\nHPI: {body}\n", RAD) == {"family"}


# 6. normal exam wordings: a "normal-appearing gait", a heel and toe stand done, one reflex
#    graded 2+ with its sentence ended (e436, e408).
REF = "reflex_abnormality"


def test_a_normal_appearing_gait_and_a_heel_toe_stand_are_absent(assertions_of):
    note = ("VIDEO VISIT 11/27/2026\nEXAM: Limited - video only. Walks across the room with "
            "normal-appearing gait. Able to stand on heels and toes on camera.\n")
    assert assertions_of(note, GAIT) == {"absent"}


def test_unable_to_stand_on_heels_and_toes_is_no_normal_test(assertions_of):
    assert assertions_of(_exam("Antalgic gait. Unable to stand on heels and toes."),
                         GAIT) == {"present"}


def test_one_reflex_graded_2_plus_is_absent(assertions_of):
    body = "Strength 5/5 both legs. Sensation intact. Patellar 2+. No clonus, Babinski neg."
    assert assertions_of(_exam(body), REF) == {"absent"}


@pytest.mark.parametrize("body", [
    "Achilles absent R, patellar 2+.",
    "Patellar 2+ R, 1+ L.",
])
def test_a_normal_reflex_beside_an_abnormal_one_stays_its_companion(assertions_of, body):
    assert assertions_of(_exam(body), REF) == {"present"}
