"""assert21a: a spine order carried out as the note is written - log-roll or spinal
precautions, flat bedrest until the CT is read - is an activity modification in force
(present), in the Plan too (ANNOTATION "Advice in the Plan": "Log-roll precautions until CT
read", "flat bedrest", "Spinal precautions until cleared" are in force). Precautions taught
for later ("Spine precautions reviewed: call for ..."), a condition ("if fracture, ...") or a
later start keep their reading, and lying flat, a hip log-roll test or a fall landed flat
are no order at all. Every sentence is new."""
import pytest

MOD = "activity_modification"


@pytest.mark.parametrize("text", [
    "Plan: CT thoracic spine now. Log-roll precautions until the CT is read by radiology.",
    "Plan: Strict spinal precautions until cleared by the spine team.",
    "P:\n- Logroll precautions while in the department\n- Morphine 2 mg IV given",
    "A/P: Keep flat on the gurney, log roll for all transfers. CT L-spine pending.",
    "Plan: Flat bedrest pending CT review; neurosurgery aware.",
    "Plan:\n- CT T-spine\n- Log-roll, flat until CT read",
    "Plan: Spine precautions, flat on the backboard for transfer to the trauma center.",
])
def test_a_spine_order_in_force_is_present_in_the_plan(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "Exam: Gait not tested (spinal precautions). Strength 5/5 in both legs.",
    "Back: log-rolled by two staff; midline tenderness at T12.",
    "Neuro: heel walk deferred (fracture precautions).",
])
def test_a_spine_order_told_in_the_exam_is_present_not_denied(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


def test_the_order_in_force_and_the_brace_still_to_come_are_both_read(assertions_of):
    text = "Plan: Log-roll precautions, flat bedrest pending CT; LSO brace to be fitted by ortho."
    assert assertions_of(text, MOD) == {"present", "hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: If the CT shows a burst fracture, log-roll precautions and admit to spine.",
    "Plan: Will begin log-roll precautions once he reaches the ward.",
])
def test_a_conditional_or_later_order_stays_planned(assertions_of, text):
    assert assertions_of(text, MOD) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: Naproxen as needed. Spine precautions reviewed: she will call the same day for leg weakness.",
    "Plan: Cervical precautions discussed; he will phone for any hand numbness.",
    "HPI: The ache is worse lying flat in bed and wakes her twice a night.",
    "HPI: He slipped off a roof and landed flat on his back on the lawn.",
    "Hip exam: log roll test negative bilaterally; FABER negative.",
    "HPI: She is most comfortable lying flat until the spasm eases.",
])
def test_taught_precautions_lying_flat_and_hip_tests_are_no_order(assertions_of, text):
    assert assertions_of(text, MOD) == set()


@pytest.mark.parametrize("text, expected", [
    ("Plan: TLSO to be fitted once the CT is reviewed.", {"hypothetical"}),
    ("Plan: avoid heavy lifting for two weeks.", {"hypothetical"}),
    ("HPI: Has been on modified duty since the injury.", {"present"}),
])
def test_look_alike_treatments_keep_their_reading(assertions_of, text, expected):
    assert assertions_of(text, MOD) == expected
