"""gold22: a symptom, function or deficit said to be the same is no progression.

The lead's session-22 decision (ANNOTATION "Session-22 readings", *Sameness denies
progression*): "unchanged", "about the same", "same as when I started", "no change in the
numbness" said of the patient's symptoms or deficits is symptom_progression absent, with or
without a time. The sameness span starts after the symptom's own words, so the symptom (or the
graded deficit) stays its own finding. Not from a study, a weight, a bladder baseline, a
medication or a plan.

Every sentence is new; the look-alikes must keep their reading."""
import pytest

SP = "symptom_progression"


@pytest.mark.parametrize("text", [
    "PT discharge: left calf pain unchanged at 5/10 after eight visits.",
    "Burning in the right shin is unchanged. Goals not met.",
    "Sitting tolerance unchanged at 15 minutes. Continues the home program.",
    "Walking tolerance essentially unchanged at three blocks.",
    "Objective: ankle dorsiflexion 4/5 (unchanged from the evaluation).",
    "Wrist extension 4-/5, unchanged. Biceps reflex 2+.",
    'Subjective: "Honestly it is the same as when I started."',
    'He says the low back "still hurts about the same."',
    "There has been no change in the thigh numbness with the new medicine.",
    "Walking is unchanged; no falls.",
])
def test_sameness_of_a_symptom_is_no_progression(assertions_of, text):
    assert assertions_of(text, SP) == {"absent"}


@pytest.mark.parametrize("text, code, expected", [
    # the symptom or deficit named keeps its own finding beside the sameness
    ("Numbness over the left big toe is unchanged.", "paresthesia", {"present"}),
    ("Elbow extension 4/5 (unchanged from intake).", "motor_weakness", {"present"}),
    ("Right leg pain unchanged, 6/10.", "radicular_pain", {"present"}),
])
def test_the_symptom_stays_its_own_finding(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


@pytest.mark.parametrize("text", [
    # not a symptom's sameness: a time, a study, a weight, a baseline, a drug, a plan
    "Started naproxen at about the same time as the home exercises.",
    "Bladder and bowel habits unchanged. Weight unchanged at 64 kg.",
    "Low back ache 4/10. Pain medications unchanged. Plan unchanged.",
    "Stimulator settings unchanged since the last programming.",
    "Flexion-extension films: grade 1 slip unchanged between views.",
    "Strength 5/5 (unchanged) throughout both legs.",
])
def test_other_sameness_is_no_progression_finding(assertions_of, text):
    assert assertions_of(text, SP) == set()


@pytest.mark.parametrize("text", [
    "Her left arm pain is worse than last week and the tingling has spread to the thumb.",
    "Over the past two weeks the hand numbness has spread to all fingers.",
])
def test_a_worsening_is_still_a_progression(assertions_of, text):
    assert "present" in assertions_of(text, SP)
