"""Time across a packet's documents (session 35, time35): an older note's exam sign that a
later note's exam finds normal on that side and limb is historical, and so is an older value
a note quotes in parentheses with its earlier date beside today's normal one (policy
`deficit_recovered_on_a_later_exam`; ANNOTATION "Packets of several visits", "Ended
episodes"). Dev gold reads it so in 25 of 27 earlier spans over 11 cases. A deficit still
found, unchanged, back again, on the other side or the other limb stays present; a later
note that only denies it outside an exam, or says nothing of it, ends nothing; gait stays
present (gold keeps it)."""
import datetime as dt

import pytest

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document

RECEIVED = dt.date(2026, 12, 5)

ARM_OLD = ("ORTHO SPINE - NEW PATIENT\n"
           "HPI: 3 wks of R neck pain radiating down the R arm to the thumb.\n"
           "Exam: R biceps 4/5, R wrist extension 4+/5. Biceps reflex 1+ R, 2+ L. "
           "Decreased pinprick R thumb. Gait normal.\n"
           "A/P: R C6 radiculopathy. PT 2x/wk. RTC 6 wks.\n")
LEG_OLD = ("SPINE CLINIC - NEW PATIENT\n"
           "HPI: 4 wks of L buttock pain to the calf.\n"
           "Exam: SLR positive L at 40 deg. L EHL 4/5. Achilles 1+ L, 2+ R. Gait antalgic.\n"
           "A/P: L S1 radiculopathy. PT referral.\n")


def readings(*notes):
    docs = [Document(id=f"note{i}", text=text, source=None, date=date, sha256="0")
            for i, (text, date) in enumerate(notes)]
    found = {}
    for f in extract(docs, RECEIVED).findings:
        found.setdefault(f.code, set()).add(f.assertion)
    return found


OLD, NEW, NEWER = dt.date(2026, 9, 29), dt.date(2026, 11, 20), dt.date(2026, 12, 2)


def test_an_arm_exam_recovered_on_the_later_exam_is_historical():
    later = ("ORTHO SPINE - FOLLOW UP\n"
             "Arm pain much better, now only neck stiffness.\n"
             "Exam: Strength 5/5 bilateral upper extremities. Biceps reflexes 2+ and "
             "symmetric. Sensation intact to light touch and pinprick C5-T1.\n"
             "A/P: resolving R C6 radiculopathy. Continue HEP.\n")
    found = readings((ARM_OLD, OLD), (later, NEW))
    assert "historical" in found["motor_weakness"] and "present" not in found["motor_weakness"]
    assert "historical" in found["reflex_abnormality"]
    assert "present" not in found["reflex_abnormality"]
    assert "present" not in found.get("dermatomal_sensory_loss", set())


def test_a_straight_leg_raise_negative_on_the_later_exam_is_historical():
    later = ("SPINE CLINIC - FOLLOW UP\n"
             "Leg pain 80% better after PT.\n"
             "Exam: SLR negative bilaterally. Strength 5/5 in both lower extremities, "
             "including EHL. Achilles and patellar reflexes 2+ and symmetric.\n")
    found = readings((LEG_OLD, OLD), (later, NEW))
    assert found["positive_straight_leg_raise"] == {"absent", "historical"}
    assert "present" not in found["motor_weakness"]
    assert "present" not in found["reflex_abnormality"]


def test_an_earlier_value_quoted_beside_todays_normal_one_is_historical():
    note = ("SPINE FOLLOW UP\n"
            "Motor: deltoid, biceps, triceps 5/5 bilat (L biceps 4/5 on 10/02).\n"
            "Reflexes: biceps 2+ = (1+ L on 10/02).\n")
    found = readings((note, dt.date(2026, 11, 27)))
    assert "present" not in found.get("motor_weakness", set())
    assert "historical" in found["motor_weakness"]


# ---- look-alikes that keep their reading ----------------------------------------------

def test_a_deficit_still_found_or_unchanged_stays_present():
    later = ("ORTHO SPINE - FOLLOW UP\n"
             "Exam: R biceps 4/5, unchanged. L biceps 5/5. Sensation intact.\n")
    found = readings((ARM_OLD, OLD), (later, NEW))
    assert "present" in found["motor_weakness"]
    assert "historical" not in found["motor_weakness"]


def test_a_deficit_back_again_on_a_still_later_exam_stays_present():
    normal = ("SPINE CLINIC - FOLLOW UP\nExam: SLR negative bilaterally. Strength 5/5 BLE.\n")
    again = ("SPINE CLINIC - FOLLOW UP\nLeg pain back after lifting.\n"
             "Exam: SLR positive L at 45 deg. L EHL 4/5.\n")
    found = readings((LEG_OLD, OLD), (normal, NEW), (again, NEWER))
    assert "historical" not in found["positive_straight_leg_raise"]
    assert "historical" not in found["motor_weakness"]


def test_the_other_side_or_the_other_limb_normal_keeps_the_deficit():
    other_side = ("ORTHO SPINE - FOLLOW UP\nExam: L biceps 5/5, L reflexes 2+.\n")
    assert "historical" not in readings((ARM_OLD, OLD), (other_side, NEW))["motor_weakness"]
    legs = ("PCP VISIT\nLow back check.\nExam: Strength 5/5 bilateral lower extremities.\n")
    assert "historical" not in readings((ARM_OLD, OLD), (legs, NEW))["motor_weakness"]


def test_a_later_note_without_an_exam_ends_nothing():
    phone = ("TELEPHONE NOTE\nPt called re: PT schedule. No new weakness. Pain about the same.\n")
    assert "historical" not in readings((ARM_OLD, OLD), (phone, NEW))["motor_weakness"]
    silent = ("PCP VISIT\nBP check. Neck pain continues.\nA/P: HTN stable.\n")
    found = readings((ARM_OLD, OLD), (silent, NEW))
    assert "historical" not in found["motor_weakness"]
    assert "historical" not in found["reflex_abnormality"]


def test_a_worse_value_today_beside_the_quoted_earlier_one_stays_present():
    note = ("SPINE FOLLOW UP\nMotor: R quadriceps 3/5 (was 4/5 on 10/20), R EHL 4/5.\n")
    found = readings((note, dt.date(2026, 11, 27)))
    assert "present" in found["motor_weakness"]


def test_a_gait_normal_later_keeps_the_older_gait_present():
    later = ("SPINE CLINIC - FOLLOW UP\nExam: Gait normal. SLR negative bilaterally.\n")
    found = readings((LEG_OLD, OLD), (later, NEW))
    assert "present" in found["gait_abnormality"]


@pytest.mark.parametrize("code", ["motor_weakness", "positive_straight_leg_raise"])
def test_a_single_note_keeps_its_own_exam(code):
    assert "present" in readings((LEG_OLD, OLD))[code]


# ---- determinations: a recovered old deficit meets no compression line; one still found does

def _compression_results(later):
    import json
    import tempfile
    from pathlib import Path

    from spinecite.review import review_case_file
    case = {"case_id": "p", "received_date": "2026-11-21", "patient": {"age": 55, "sex": "M"},
            "request": {"cpt": ["72141"], "guidelines": ["aim-spine"]},
            "documents": [{"id": "old", "date": "2026-09-29", "text": ARM_OLD},
                          {"id": "new", "date": "2026-11-20", "text": later}]}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.case.json"
        path.write_text(json.dumps(case))
        result = review_case_file(path)
    found, todo = set(), list(result.determinations[0].criteria)
    while todo:
        node = todo.pop()
        if node.id == "aim-spine.def.nerve_root_or_cord_compression":
            found.add(node.result)
        todo.extend(node.children or [])
    return found


def test_a_recovered_deficit_meets_no_nerve_root_compression_line():
    later = ("ORTHO SPINE - FOLLOW UP\nArm pain better after 7 wks PT; neck ache persists.\n"
             "Exam: Strength 5/5 bilateral upper extremities. Biceps reflexes 2+ and "
             "symmetric. Sensation intact C5-T1.\n"
             "A/P: R C6 radiculopathy, resolving. MRI C-spine requested by patient.\n")
    assert _compression_results(later) == {"not_met"}


def test_a_deficit_still_found_keeps_the_nerve_root_compression_line_met():
    later = ("ORTHO SPINE - FOLLOW UP\nArm pain no better after 7 wks PT.\n"
             "Exam: R biceps 4/5, unchanged. Biceps reflex 1+ R. Sensation decreased R thumb.\n"
             "A/P: R C6 radiculopathy, failed PT. MRI C-spine.\n")
    assert _compression_results(later) == {"met"}


def test_an_unsided_mention_of_the_other_limb_stays_present():
    old = ("SPINE CLINIC - NEW PATIENT\nHPI: R arm pain to the thumb; also some leg weakness "
           "on stairs.\nExam: R biceps 4/5. Biceps reflex 1+ R.\n")
    later = ("SPINE CLINIC - FOLLOW UP\nExam: Strength 5/5 bilateral upper extremities. "
             "Biceps reflexes 2+ and symmetric.\n")
    found = readings((old, OLD), (later, NEW))
    # the arm's weakness recovered; the legs' unsided "leg weakness" is no mention of it
    assert "historical" in found["motor_weakness"] and "present" in found["motor_weakness"]
