"""Radicular pain and progression (session 22, assert22c).

- Pain that reaches only the buttock is referred pain, not radicular pain (ANNOTATION
  `radicular_pain` "pain radiating down a limb"; DETERMINATIONS d391: a buttock ache is no
  radicular pain): "pain spreading into the left buttock", "right buttock pain" give no
  radicular_pain present. A pain that goes on past the buttock ("into the buttock and down
  the back of the leg", "buttock and leg pain") is still radicular, and a denied spread
  ("does not travel into the buttock or leg") is still radicular_pain absent.
- A buttock named as where the pain spreads is a distribution, not a worsening: no
  symptom_progression from "spreading into the right buttock".
- A sameness said against a time denies the progression (symptom_progression absent):
  "has been about the same since the spring", "unchanged since my last exam", "no change in
  the past two months", "symptoms plateaued since June". "Pain unchanged" after a therapy,
  with no time, is left alone (the gold reads it as the therapy's outcome).
"""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: Aching low back pain for 3 weeks, spreading into the left buttock after sitting.",
    "CC: right buttock pain and low back stiffness since moving house.",
    "HPI: Dull ache across the belt line with an ache into the L buttock by evening.",
    "Exam: Patrick test on the left reproduces left buttock pain. SLR negative bilaterally.",
    "HPI: Low back pain that radiates into the right buttock, worse after driving.",
])
def test_pain_reaching_only_the_buttock_is_not_radicular(assertions_of, text):
    assert "present" not in assertions_of(text, "radicular_pain")


@pytest.mark.parametrize("text", [
    "HPI: Pain radiates into the left buttock and down the back of the leg to the heel.",
    "HPI: Right buttock and leg pain for 5 weeks, worse with coughing.",
    "HPI: Ache into the R buttock and back of the R thigh since lifting a crate.",
    "HPI: Shooting pain down the left leg to the outer ankle.",
    "HPI: Pain spreads into the buttock and then down into the calf.",
])
def test_pain_that_goes_past_the_buttock_stays_radicular(assertions_of, text):
    assert "present" in assertions_of(text, "radicular_pain")


@pytest.mark.parametrize("text", [
    "HPI: Low back pain for 2 weeks. The pain does not travel into the buttock or leg.",
    "HPI: Axial ache only; it does not radiate into the buttocks or legs.",
])
def test_a_denied_spread_past_the_back_is_still_denied(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


def test_spreading_into_the_buttock_is_no_worsening(assertions_of):
    text = ("HPI: Since the fall the pain has sat low in the back, left more than right, "
            "spreading into the left buttock but not below the gluteal fold.")
    assert assertions_of(text, "symptom_progression") == set()


@pytest.mark.parametrize("text", [
    # look-alikes that must keep their worsening
    "HPI: The numbness is spreading up both shins over the last month.",
    "HPI: Over the past week the tingling has spread into both hands.",
])
def test_a_spread_that_grows_is_still_a_worsening(assertions_of, text):
    assert "present" in assertions_of(text, "symptom_progression")


@pytest.mark.parametrize("text", [
    "HPI: Hand clumsiness for a year. His wife says it has been about the same since the spring.",
    "HPI: Numb left heel. The numbness has been much the same over the past three months.",
    "A: Left L5 radiculopathy with EHL 4/5, unchanged since my last exam in October.",
    "HPI: Tingling in both feet, no change in the past two months.",
    "HPI: Neck stiffness and clumsy fingers. Symptoms plateaued since June.",
    "HPI: Toe weakness unchanged since 2024 per the patient.",
])
def test_a_sameness_said_against_a_time_denies_the_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"absent"}


@pytest.mark.parametrize("text", [
    # look-alikes: a sameness of something other than the symptoms ("Pain has been about the
    # same all year" is a symptom's sameness, absent by session 22's reading: fam23b)
    "HPI: Started the home exercises at about the same time as the naproxen.",
    "Meds: gabapentin dose unchanged.",
])
def test_a_sameness_without_a_time_is_left_alone(assertions_of, text):
    assert "absent" not in assertions_of(text, "symptom_progression")


def test_a_symptom_unchanged_without_a_time_denies_the_progression(assertions_of):
    # ANNOTATION "Session-22 readings": sameness of a symptom denies its progression, time or none
    text = "PT discharge: leg pain unchanged, 6/10; goals not met."
    assert assertions_of(text, "symptom_progression") == {"absent"}


@pytest.mark.parametrize("text", [
    "HPI: The leg pain has been getting worse since the spring.",
    "HPI: Worse since September: now dropping cups and tripping on stairs.",
])
def test_a_worsening_since_a_time_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "symptom_progression")
