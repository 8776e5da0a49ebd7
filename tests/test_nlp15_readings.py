"""Readings found probing with fresh notes (session 15): injury mechanisms told as a slip or a
landing, leg pain in both legs written short, and the date that ends a therapy course. Each
family has look-alikes that must not change."""

import datetime as dt

import pytest

LBP = "HPI: Low back pain for 5 weeks. "


def _therapy(result, code="physical_therapy"):
    found = [f for f in result.findings if f.code == code]
    assert found, code
    return found[0].value


# ---- trauma: a slip in a named place, a landing on the buttocks or back ----

@pytest.mark.parametrize("line", [
    "Pain began after she slipped in the shower on Sunday.",
    "He slipped on the wet floor at the grocery store and fell.",
    "Slipped on black ice in the parking lot 2 weeks ago.",
    "Fell off the step stool and landed on her tailbone.",
    "Lost his footing on the stairs, landed hard on his buttocks.",
    "The chair slid away and she fell onto her bottom.",
])
def test_a_slip_or_a_landing_is_an_injury_mechanism(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" in table.get("trauma", set())


@pytest.mark.parametrize("line", [
    "The pain is worse lying on her back and better on her side.",
    "He jumped down from the truck bed and landed on his feet without pain.",
    "Sleeps on his back with a pillow under the knees.",
    "She believes a disc slipped in her back, per her chiropractor.",
])
def test_lying_on_the_back_or_landing_on_the_feet_is_no_injury(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" not in table.get("trauma", set())


# ---- radicular_pain: leg pain in both legs, written short ----

@pytest.mark.parametrize("text", [
    "HPI: Low back pain with bilat leg pain for 7 weeks.\n",
    "HPI: LBP and B/L leg pain since a lifting injury.\n",
    "HPI: Back pain, now with bilateral leg pain down to the knees.\n",
    "HPI: He reports pain down both legs, L worse than R.\n",
])
def test_leg_pain_in_both_legs_is_bilateral_radicular_pain(findings_of, text):
    table, result = findings_of(text)
    assert "present" in table.get("radicular_pain", set())
    sides = {f.laterality for f in result.findings if f.code == "radicular_pain"}
    assert "bilateral" in sides and "left" not in sides  # "B/L" is no left side


@pytest.mark.parametrize("text", [
    # leg pain brought on by walking and eased by sitting is claudication's
    "HPI: Bilateral leg pain with walking 2 blocks, eased by sitting.\n",
    "HPI: B/L leg pain and heaviness when standing at the sink.\n",
    # the same words in a note that describes neurogenic claudication
    "HPI: f/u LBP and bilat leg pain. The legs ache after a block of walking and ease when "
    "he sits; typical neurogenic claudication.\n",
    # a side written with a slash before 'L' is no left leg
    "Exam: SLR neg bilat. Leg strength 5/5.\n",
])
def test_claudication_and_exam_look_alikes_are_no_radicular_pain(findings_of, text):
    table, _ = findings_of(text)
    assert "present" not in table.get("radicular_pain", set())


def test_a_denied_bilateral_leg_pain_is_absent(findings_of):
    table, _ = findings_of("HPI: Low back pain. No B/L leg pain.\n")
    assert table.get("radicular_pain") == {"absent"}


# ---- therapy dates: a course finished on a date ends there ----

@pytest.mark.parametrize("line, end", [
    ("She finished 8 PT sessions on 01/20/2026 without improvement.", dt.date(2026, 1, 20)),
    ("Completed physical therapy 01/20/2026, no relief.", dt.date(2026, 1, 20)),
    ("He completed his 10 visits of physical therapy on 01/20/2026, no better.",
     dt.date(2026, 1, 20)),
    ("Was discharged from PT on 01/20/2026 having plateaued.", dt.date(2026, 1, 20)),
])
def test_a_finished_course_is_dated_by_its_end(findings_of, line, end):
    _, result = findings_of(f"{LBP}{line}\n")
    value = _therapy(result)
    assert value.end == end and value.start is None


@pytest.mark.parametrize("line", [
    "Started PT 01/20/2026, still going twice a week.",
    "Finished a course of chiropractic last year; restarted PT 01/20/2026.",
    "Began physical therapy on 01/20/2026.",
])
def test_a_started_course_is_dated_by_its_start(findings_of, line):
    _, result = findings_of(f"{LBP}{line}\n")
    value = _therapy(result)
    assert value.start == dt.date(2026, 1, 20) and value.end is None


# ---- a neurological exam summed up as intact or nonfocal ----

@pytest.mark.parametrize("text", [
    "Exam: Neuro intact. Lumbar paraspinal tenderness.\n",
    "HPI: Low back pain 2 weeks.\nNeurologic exam nonfocal; gait steady.\n",
    "HPI: Low back pain 2 weeks. On exam he is neurologically intact.\n",
    "HPI: Neck pain 4 days.\nPE: grossly nonfocal, tender over the trapezius.\n",
])
def test_an_intact_or_nonfocal_neuro_exam_denies_motor_and_sensory_deficits(findings_of, text):
    table, _ = findings_of(text)
    assert table.get("motor_weakness") == {"absent"}
    assert table.get("dermatomal_sensory_loss") == {"absent"}
    assert "present" in table.get("in_person_exam", set())


@pytest.mark.parametrize("text, code", [
    # an exception keeps the deficit it names
    ("Exam: Neuro intact except 4/5 left EHL.\n", "motor_weakness"),
    ("Exam: neurologically intact other than decreased sensation over the L5 dermatome.\n",
     "dermatomal_sensory_loss"),
])
def test_an_intact_exam_with_an_exception_keeps_the_deficit(findings_of, text, code):
    table, _ = findings_of(text)
    assert table.get(code) == {"present"}


def test_neuro_checks_ordered_are_no_exam(findings_of):
    table, _ = findings_of("Plan: neuro checks every 4 hours overnight.\n")
    assert "motor_weakness" not in table and "in_person_exam" not in table


# ---- home exercise told by what it is and who gave it ----

@pytest.mark.parametrize("line", [
    "She keeps doing the neck stretches from PT every evening.",
    "Does the exercises the therapist gave him before work.",
    "Keeps up the stretches he learned in physical therapy.",
    "McKenzie extensions at home several times a day.",
    "Chin tucks on her own at her desk.",
])
def test_exercises_from_therapy_or_done_at_home_are_a_home_exercise_program(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" in table.get("home_exercise_program", set())


@pytest.mark.parametrize("line", [
    "Core exercises at the gym with a trainer three times a week.",
    "Plan: refer to PT for core strengthening exercises.",
    "Extensions of the lumbar spine reproduce the pain.",
])
def test_gym_work_a_referral_or_an_exam_motion_is_no_home_exercise(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" not in table.get("home_exercise_program", set())


# ---- symptom_progression: worse over a stated time ----

@pytest.mark.parametrize("line", [
    "The pain is acutely worse x 3 mo.",
    "Leg pain much worse over the last month.",
    "Numbness markedly worse for the past 2 weeks.",
    "Says it has been worse x 10 days.",
])
def test_worse_over_a_stated_time_is_progression(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" in table.get("symptom_progression", set())


@pytest.mark.parametrize("line", [
    "Worse with sitting and first thing in the morning.",
    "Worse with bending, better lying down.",
    "It was worse 3 weeks ago after a long drive, now back to baseline.",
])
def test_worse_with_a_position_or_time_of_day_is_no_progression(findings_of, line):
    table, _ = findings_of(f"HPI: Low back pain. {line}\n")
    assert "present" not in table.get("symptom_progression", set())


# ---- motor grade: today's grade, with the earlier one beside it ----

@pytest.mark.parametrize("line, grade, muscle", [
    ("Exam: Left quadriceps now 3/5 (was 4/5 two weeks ago).", 3.0, "quadriceps"),
    ("Exam: Right EHL has dropped to 2/5 from 4/5.", 2.0, "EHL"),
    ("Exam: R hip flexors currently 4/5.", 4.0, "hip flexors"),
])
def test_the_current_grade_is_the_muscle_grade(findings_of, line, grade, muscle):
    table, result = findings_of(f"{LBP}\n{line}\n")
    assert "present" in table.get("motor_weakness", set())
    graded = [f.value for f in result.findings if f.code == "motor_weakness"
              and f.assertion == "present" and f.value]
    assert any(v.grade == grade and v.muscle == muscle for v in graded)


# ---- an urgent study already done ----

@pytest.mark.parametrize("line", [
    "Stat MRI lumbar spine 02/10/2026 was negative.",
    "Urgent MRI of the L-spine in the ED was negative for cord compression.",
    "A stat MRI was obtained and showed no compression.",
])
def test_an_urgent_study_with_a_result_is_prior_imaging(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" in table.get("prior_mri", set())


@pytest.mark.parametrize("line", [
    "Plan: stat MRI lumbar spine tonight.",
    "Plan: stat MRI; if the MRI shows cord compression, call neurosurgery.",
])
def test_an_urgent_study_ordered_is_no_prior_imaging(findings_of, line):
    table, _ = findings_of(f"{LBP}\n{line}\n")
    assert "present" not in table.get("prior_mri", set())


# ---- night_pain: waking through the night, pain there at night, no position to sleep ----

@pytest.mark.parametrize("line", [
    "He wakes three or four times a night when he turns over.",
    "The ache is now there at rest and at night.",
    "Last night she could not find a comfortable position to sleep.",
    "Wakes up most nights with the pain.",
])
def test_waking_in_the_night_from_the_pain_is_night_pain(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" in table.get("night_pain", set())


@pytest.mark.parametrize("line", [
    "Wakes up twice a night to urinate.",
    "Up 3 times a night with the new baby.",
    "Her sleep is broken by hot flashes, not by the back.",
    "The pain is there at rest.",
])
def test_waking_for_another_reason_is_no_night_pain(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert "present" not in table.get("night_pain", set())


# ---- neck_pain: a place on the neck, a side before it ----

@pytest.mark.parametrize("line, side", [
    ("She has had an ache in the back of the neck for weeks.", None),
    ("Soreness at the base of his neck since the move.", None),
    ("Began as pain in the left side of the neck.", "left"),
    ("Today: R-sided neck soreness 4/10.", "right"),
    ("Subj: L neck/upper trap pain after lifting a crate.", "left"),
])
def test_pain_placed_on_the_neck_is_neck_pain(findings_of, line, side):
    table, result = findings_of(f"HPI: {line}\n")
    assert "present" in table.get("neck_pain", set())
    assert "low_back_pain" not in table  # "the back of the neck" is no back pain
    if side:
        assert side in {f.laterality for f in result.findings if f.code == "neck_pain"}


@pytest.mark.parametrize("line", [
    "Left femoral neck fracture in 2020, healed.",
    "Ache in the back of the knee after running.",
])
def test_other_necks_and_backs_are_no_neck_pain(findings_of, line):
    table, _ = findings_of(f"HPI: Low back pain. {line}\n")
    assert "neck_pain" not in table
