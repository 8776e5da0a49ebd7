"""Radicular pain and sensory findings: the reach of a thoracic pain denied, an ended symptom
named with its adjective, and sensory loss in a nerve's (not a root's) territory (session 24,
fam24b).

- A thoracic pain whose spread around the trunk is denied ("does not wrap around to the front",
  "no pain into the ribs or abdomen", "none into the arm") is radicular_pain absent, as the
  corpus reads "no pain wrapping around the chest"; chest pain denied in a cardiac review is no
  radicular finding.
- "No pain radiating below the elbow" denies an arm's radicular reach as "below the knee" does a
  leg's.
- A band-like low back ache is no thoracic band pain.
- "resolved sciatica" is over (historical), as "sciatica, resolved" is.
- Light touch lost over the thumb, index and middle fingertips (a median-nerve territory) or in a
  stocking-glove fashion is no dermatomal_sensory_loss (ANNOTATION: dermatomal is the
  examiner's root finding; corpus d251/d368).
"""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: Ache between the shoulder blades since moving house; it does not wrap around to the front.",
    "HPI: Right mid-back pain that never goes around to the chest, 4/10.",
    "HPI: Thoracic ache after painting the ceiling. No pain into the ribs or abdomen.",
    "HPI: Mid-back soreness, worse with twisting. Denies pain around the rib cage.",
    "HPI: Pain at the base of the neck and over the left trapezius, none into the arm.",
    "HPI: Neck ache after a long flight. No pain radiating below the elbow.",
    "ROS: Thoracic pain 5/10. No rib or chest wall radiation.",
])
def test_a_denied_reach_is_radicular_pain_absent(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


@pytest.mark.parametrize("text, expected", [
    # a reach that is there stays present
    ("HPI: Burning pain that wraps around to the front of the chest on the right.", {"present"}),
    ("HPI: Pain radiating below the elbow into the thumb since Monday.", {"present"}),
    ("HPI: Shooting pain past the knee into the calf.", {"present"}),
    # chest pain denied in a cardiac review, and radiotherapy, are no radicular finding
    ("ROS: No chest pain, no palpitations, no shortness of breath.", set()),
    ("Oncology history: lumpectomy 2019; chest wall radiation completed 2020.", set()),
    # a band-like low back ache is no thoracic band pain; a thoracic band is
    ("HPI: Dull, band-like low back pain since shovelling snow.", set()),
    ("HPI: Band-like pain around the left lower ribs for two weeks.", {"present"}),
])
def test_look_alikes_keep_their_reading(assertions_of, text, expected):
    assert assertions_of(text, "radicular_pain") == expected


@pytest.mark.parametrize("text, code", [
    ("A: Lumbar strain, resolved sciatica, home exercises to continue.", "radicular_pain"),
    ("Assessment: Neck strain with resolved R radicular symptoms after PT.", "radicular_pain"),
    ("A: Doing well; resolved numbness, no new complaints.", "paresthesia"),
])
def test_resolved_before_the_symptom_is_historical(assertions_of, text, code):
    assert assertions_of(text, code) == {"historical"}


@pytest.mark.parametrize("text, code, expected", [
    ("HPI: The sciatica has not resolved despite 8 weeks of PT.", "radicular_pain", {"present"}),
    ("HPI: Back pain resolved and the sciatica is now worse.", "radicular_pain", {"present"}),
    ("HPI: Tingling resolved after a week; sciatica persists.", "radicular_pain", {"present"}),
])
def test_resolved_elsewhere_does_not_end_the_symptom(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


@pytest.mark.parametrize("text", [
    "Exam: Reduced light touch over the palmar tips of the left thumb, index and middle fingers; little finger normal.",
    "Exam: Sensation: decreased pinprick R thumb, index and middle fingertips, dorsum of hand spared.",
    "Exam: Diminished two-point discrimination in a median nerve distribution on the right.",
    "Neuro: Sensation: reduced pinprick in both feet and hands in a stocking-glove fashion.",
])
def test_nerve_territory_sensory_loss_is_not_dermatomal(assertions_of, text):
    assert "present" not in assertions_of(text, "dermatomal_sensory_loss")


@pytest.mark.parametrize("text", [
    "Exam: Decreased pinprick over the lateral forearm and thumb (C6 dermatome).",
    "Exam: Reduced light touch over the dorsum of the L foot in an L5 distribution.",
    "Exam: Decreased sensation to pinprick over the middle finger on the right.",
])
def test_root_sensory_loss_stays_dermatomal(assertions_of, text):
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}


@pytest.mark.parametrize("text, expected", [
    # a band around the chest denied is the thoracic radicular pain denied (corpus d478/d731)
    ("ROS: Denies any band-like pain around the chest. No leg numbness.", {"absent"}),
    ("HPI: Mid-back ache; no band-like pain around the lower ribs.", {"absent"}),
    # a band-like ache around the mid back is back pain, no radicular finding either way
    ("HPI: Band-like ache around the mid back since the move.", set()),
    ("HPI: No band-like ache around the mid back.", set()),
])
def test_a_band_around_the_chest_denied(assertions_of, text, expected):
    assert assertions_of(text, "radicular_pain") == expected


@pytest.mark.parametrize("text, expected", [
    ("HPI: Stays between the shoulder blades; doesn't wrap around the ribs or go down the arms.", {"absent"}),
    ("HPI: The ache does not go around to the chest, but it shoots down the left arm.", {"absent", "present"}),
])
def test_a_denied_trunk_reach_with_a_limb(assertions_of, text, expected):
    assert assertions_of(text, "radicular_pain") == expected


@pytest.mark.parametrize("text, expected", [
    # a limb that "feels dead" or "asleep" is the patient's paresthesia (corpus d544, d490, d533)
    ('HPI: After the crash "my right leg feels dead" and he cannot trust it.', {"present"}),
    ("HPI: Both feet feel asleep by the end of her shift.", {"present"}),
    ("ROS: Denies that either hand feels dead or tingly.", {"absent"}),
    # a dead weight is heaviness, not lost feeling
    ("HPI: The left leg feels like a dead weight on the stairs.", set()),
])
def test_a_limb_that_feels_dead_or_asleep(assertions_of, text, expected):
    assert assertions_of(text, "paresthesia") == expected
