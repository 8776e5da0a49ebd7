"""Readings mended from the blind cases e141-e150 (session 29, blind29c).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/ERRORS_e141-e150.md).
"""

import pytest


# a templated answer keeps its say when a remark in parentheses or quotes follows it
@pytest.mark.parametrize("text, code", [
    ("Circle YES or NO for each:\n  Tingling in the feet ......... YES   (both soles, mostly at night)\n"
     "  Fevers ....................... NO\n", "paresthesia"),
    ("Check Y or N:\n  Leg weakness ............ NO\n  Trouble sleeping from pain ...... YES  \"every night\"\n"
     "  Prior surgery ........... NO\n", "night_pain"),
])
def test_a_yes_with_a_remark_affirms_its_item(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_a_no_with_a_remark_denies_its_item(assertions_of):
    text = ("Item                            Y / N   Comment\n"
            "Loss of bladder control          N       \"she asks because of a TV show\"\n"
            "Fevers                          N\n")
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


def test_a_finding_inside_the_remark_keeps_its_own_reading(assertions_of):
    # near-miss: the answer denies its item only, not what the remark itself reports
    text = ("Symptom checklist:\n  Fevers ....... NO\n"
            "  Tingling in feet ....... NO   (but tingling in the R hand daily)\n")
    assert assertions_of(text, "paresthesia") == {"absent", "present"}


# "911/ED for any" is a precaution, as "ED for any"
@pytest.mark.parametrize("text", [
    "Plan:\n- Go to 911/ED for any new arm weakness or trouble walking.",
    "Instructions: call ED/911 for any leg weakness or loss of bowel control.",
])
def test_911_ed_for_any_is_a_precaution(assertions_of, text):
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_a_visit_to_the_ed_for_weakness_happened(assertions_of):
    # near-miss: no "for any" - the ED visit is told, its reason present
    assert assertions_of("She was seen in the ED for leg weakness last week.",
                         "motor_weakness") == {"present"}


# "missed no work" denies the lost work it names
@pytest.mark.parametrize("text", [
    "Works as a nurse, has missed no shifts so far.",
    "He drives a bus and has missed no days of work.",
])
def test_missed_no_work_denies_lost_work(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"absent"}


def test_missed_some_work_is_lost_work(assertions_of):
    # near-miss: a number of days missed is the limitation
    assert assertions_of("She has missed two shifts this month.",
                         "functional_impairment") == {"present"}


# "nothing below the knee" denies the radicular reach, as "not below the knee"
def test_nothing_below_the_knee_denies_radicular_pain(assertions_of):
    assert assertions_of("Ache in the R buttock at times, nothing below the knee.",
                         "radicular_pain") == {"absent"}


def test_pain_below_the_knee_is_radicular(assertions_of):
    # near-miss
    assert assertions_of("Some days the pain travels below the knee.",
                         "radicular_pain") == {"present"}


# a burning of the hands or feet is a dysesthesia (paresthesia)
@pytest.mark.parametrize("text", [
    "After the crash: burning in both palms and weak grip.",
    "She says \"my feet feel like they're on fire\" at night.",
])
def test_burning_hands_or_feet_is_paresthesia(assertions_of, text):
    assert assertions_of(text, "paresthesia") == {"present"}


def test_burning_in_the_low_back_is_back_pain(assertions_of):
    # near-miss: a burning of the back is the back's pain, no paresthesia
    assert assertions_of("Burning in the lower back after raking.", "paresthesia") == set()


# exercises named with PT as its home part, in a denial
@pytest.mark.parametrize("text", [
    "She has not tried PT or any exercises for the neck.",
    "No physical therapy or home exercises to date.",
])
def test_pt_or_exercises_denies_a_home_program(assertions_of, text):
    assert assertions_of(text, "home_exercise_program") == {"absent"}


def test_exercise_classes_at_a_gym_are_no_home_program(assertions_of):
    # near-miss: exercise classes are the patient's own activity
    assert assertions_of("Not doing PT or exercise classes at the gym.",
                         "home_exercise_program") == set()
