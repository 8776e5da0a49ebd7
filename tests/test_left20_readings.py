"""Kinds of sentence left misread after session 19 (left20): an operation a study is asked
for before is still to come; a pain running on 'since' a dated event is there now; a dash
answer before a parenthesis ('Trauma - no (no fall)') and a fall told with its LOC ('Fall
(no LOC)'); a relative who asks or notices for the patient is no family history; waking at
night for the baby or the bathroom is no night pain; a 'provider-directed' conservative
course is still that course."""

import pytest


# 1. a study asked for before an operation: the operation is to come, not done
@pytest.mark.parametrize("text", [
    "Requesting lumbar MRI before microdiscectomy.",
    "He needs updated imaging prior to his ACDF.",
    "MRI needed before L4-5 laminectomy next month.",
    "Surgeon wants a CT prior to the fusion.",
    "Pre-op clearance and CT myelogram needed prior to her T10-L2 fusion.",
])
def test_a_study_before_an_operation_to_come_is_no_prior_surgery(assertions_of, text):
    assert "present" not in assertions_of(text, "prior_spine_surgery")
    assert "present" in assertions_of(text, "intervention_planned")


@pytest.mark.parametrize("text", [
    "MRI before his ACDF in 2019 showed C5-6 stenosis.",
    "s/p ACDF; MRI before surgery showed disc herniation.",
    "He had a CT before his L4-5 fusion.",
    "MRI prior to the microdiscectomy showed a large L5-S1 extrusion.",
    "She got an MRI prior to her microdiscectomy.",
    "Before his ACDF he had severe arm pain and numbness.",
])
def test_an_operation_done_stays_a_prior_surgery(assertions_of, text):
    assert assertions_of(text, "prior_spine_surgery") == {"present"}


def test_the_state_before_an_operation_done_stays_history(assertions_of):
    assert assertions_of("Before his ACDF he had numbness in both hands.",
                         "paresthesia") == {"historical"}


# 2. a pain that runs on since a dated event is there now; the event keeps its date
@pytest.mark.parametrize("text, code", [
    ("Fell in 2019 and has had back pain since 2019.", "low_back_pain"),
    ("LBP since a fall 3 years ago.", "low_back_pain"),
    ("Neck pain ever since the rollover MVC 4 years ago.", "neck_pain"),
    ("Sciatica since lifting a couch last year.", "radicular_pain"),
])
def test_a_pain_since_a_dated_event_is_present(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code, expected", [
    ("LBP since a fall 3 years ago.", "trauma", {"historical"}),
    ("Back pain in 2019 after a fall, resolved.", "low_back_pain", {"historical"}),
    ("Sciatica 3 years ago, resolved with PT.", "radicular_pain", {"historical"}),
    ("He fell in 2019.", "trauma", {"historical"}),
])
def test_a_dated_episode_stays_history(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


# 3. a denied fall in parentheses after a dash answer; a fall told with its LOC
@pytest.mark.parametrize("text", [
    "ROS: fever - no; trauma - no (no fall); weight loss - no.",
    "Trauma - pt denies (no fall).",
    "Gradual onset back pain (no fall, no injury).",
    "Back pain x 3 wks, no fall or injury, no fevers.",
])
def test_a_denied_fall_is_no_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == {"absent"}


@pytest.mark.parametrize("text", [
    "Fall (no LOC) 2 days ago, now back pain.",
    "Fall, no LOC, hit her lower back on the step.",
    "Slipped on ice, fall (no LOC), now low back pain.",
])
def test_a_fall_told_with_its_loc_is_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


def test_a_fall_risk_is_no_fall(assertions_of):
    assert assertions_of("Fall risk (no LOC history).", "trauma") == set()


def test_a_dash_answer_before_its_note_still_denies(assertions_of):
    assert assertions_of("Fever - no (afebrile at home).", "fever") == {"absent"}


# 4. a relative who asks, worries or notices for the patient
@pytest.mark.parametrize("text, code", [
    ("Mother asked for an MRI after his fall.", "trauma"),
    ("His wife requested imaging after his fall down the stairs.", "trauma"),
    ("Wife noticed him dragging his left foot.", "gait_abnormality"),
])
def test_a_relative_speaking_for_the_patient_is_no_family_history(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Mother had a fall last year.", "trauma"),
    ("Mother with breast cancer.", "malignancy"),
    ("Father has ankylosing spondylitis.", "inflammatory_spondyloarthropathy"),
])
def test_a_relatives_own_history_stays_family(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


# 5. waking at night for another reason is no night pain
@pytest.mark.parametrize("text", [
    "Wakes at night to feed the baby.",
    "She wakes during the night to nurse the baby.",
    "Woke up at night for the bathroom 2x.",
    "Wakes at night with the newborn.",
    "Because of the baby, she sleeps poorly.",
    "Works nights so sleep is poor.",
])
def test_waking_for_another_reason_is_no_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == set()


@pytest.mark.parametrize("text", [
    "Pain wakes him at night.",
    "Wakes at night with severe back pain.",
    "Pain wakes her up at night.",
])
def test_pain_that_wakes_is_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


# 6. a qualified conservative course keeps its weeks and its failure
@pytest.mark.parametrize("text, weeks", [
    ("Failed 9 weeks of provider-directed conservative care.", 9),
    ("Has failed 10 weeks of physician-supervised non-operative treatment.", 10),
    ("No relief after 7 weeks of structured conservative therapy.", 7),
    ("Failed 8 wks of conservative management.", 8),
])
def test_a_qualified_conservative_course_failed(findings_of, text, weeks):
    _, result = findings_of(text)
    found = [f for f in result.findings if f.code == "conservative_care_failed"]
    assert [f.assertion for f in found] == ["present"]
    assert found[0].value.weeks == weeks and found[0].value.outcome == "failed"


def test_a_planned_qualified_course_is_no_failure(findings_of):
    table, _ = findings_of("Planning 6 weeks of provider-directed conservative care.")
    assert "present" not in table.get("conservative_care_failed", set())
