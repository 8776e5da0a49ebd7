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
