"""Readings of pain and diagnosis wordings (session 36, mend36d; the blind batch e361-e400).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. radicular_pain: a spread to a limb part ("down the back of the R upper arm to the elbow"),
   a spread past a waypoint with a frequency adverb ("into my right shoulder blade and
   sometimes down my arm"); a limb pain named new ("If new arm pain ... call", "No new leg
   pain"). A denied limb's "sx" beside a limb pain the note has stays no denial.
2. thoracic_pain: a band-like mid back / upper back / thoracic ache is that regional pain,
   not the unwrapped radicular band that read nothing.
3. peripheral_neuropathy: "stocking sensory neuropathy" names the neuropathy; a parenthesis
   inside a denial's scope ("No evidence of median neuropathy at the wrist (carpal tunnel) or
   of a generalized polyneuropathy") is an aside, not the denial's end.
4. A lesion weighed as the cause after it is named ("disc herniation is the most likely
   cause", "stenosis is probably the source") is possible.
"""

import pytest

from note_text import hpi_note as _note


R = "radicular_pain"
T = "thoracic_pain"
N = "peripheral_neuropathy"


@pytest.mark.parametrize("body", [
    "Pain into R trapezius and occasionally down the back of the R upper arm to the elbow.",
    "Aching down the back of the left upper arm to the elbow since Monday.",
    "It goes into my right shoulder blade and sometimes down my arm.",
    "Pain radiates into the left scapula and occasionally into the hand.",
])
def test_a_spread_to_a_limb_part_is_radicular(assertions_of, body):
    assert assertions_of(_note(body), R) == {"present"}


@pytest.mark.parametrize("body", [
    "It goes into my shoulder and sometimes up into my neck.",
    "Tender over the back of the R upper arm.",
])
def test_no_spread_to_a_limb_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), R) == set()


@pytest.mark.parametrize("body", [
    "R arm pain into the thumb most days. No leg sx, no gait change.",
    "R arm pain into the thumb. No L arm sx.",
])
def test_a_denied_limb_sx_beside_a_limb_pain_denies_nothing(assertions_of, body):
    # dev e083, e333, e338, e351: a myelopathy screen's "No leg sx" or the other arm's denial
    # beside the arm pain the note has is no radicular denial in gold
    assert assertions_of(_note(body), R) == {"present"}


@pytest.mark.parametrize("body, expected", [
    ("RTC 3 mo or sooner prn. If new arm pain, numbness, weakness or hand clumsiness -> call.",
     {"hypothetical"}),
    ("Wound healing well. No new leg pain or numbness.", {"absent"}),
    ("She denies new arm pain.", {"absent"}),
])
def test_a_limb_pain_named_new(assertions_of, body, expected):
    assert assertions_of(_note(body), R) == expected


def test_new_leg_symptoms_stay_silent(assertions_of):
    # dev d960, e209, e299: gold leaves "new leg symptoms" in a precaution unread
    assert assertions_of(_note("Call for fever, wound drainage or new leg symptoms."), R) == set()


@pytest.mark.parametrize("body", [
    "Band-like mid back ache at the level of his nipples x 2 mo.",
    "Belt-like upper back pain for 3 weeks.",
    "She has had a band-like thoracic pain for about 4 weeks.",
])
def test_a_band_like_regional_ache_is_thoracic_pain(assertions_of, body):
    assert assertions_of(_note(body), T) == {"present"}


def test_a_band_wrapping_the_chest_stays_radicular(assertions_of):
    assert assertions_of(_note("Band-like pain that wraps around the chest."), R) == {"present"}


def test_a_denied_band_stays_a_denied_radicular_pain(assertions_of):
    assert assertions_of(_note("No band-like chest pain."), R) == {"absent"}


@pytest.mark.parametrize("body", [
    "He has type 2 diabetes with a mild stocking sensory neuropathy of the feet.",
    "Known stocking-distribution sensory neuropathy from B12 deficiency.",
])
def test_a_stocking_sensory_neuropathy_is_neuropathy(assertions_of, body):
    assert assertions_of(_note(body), N) == {"present"}


def test_a_stocking_sensory_loss_is_no_dermatomal_loss(assertions_of):
    body = "Sensation: stocking sensory loss to the ankles."
    assert assertions_of(_note(body), "dermatomal_sensory_loss") == set()


@pytest.mark.parametrize("body", [
    "EMG: No evidence of median neuropathy at the wrist (carpal tunnel) or of a generalized polyneuropathy.",
    "No evidence of ulnar neuropathy (cubital tunnel) or polyneuropathy.",
])
def test_a_parenthesis_inside_a_denial_is_an_aside(assertions_of, body):
    assert assertions_of(_note(body), N) == {"absent"}


def test_a_denial_opened_in_parentheses_still_ends_with_them(assertions_of):
    body = "Prednisone (no lasting help), meloxicam daily."
    assert assertions_of(_note(body), "nsaid") == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Right L5-S1 disc herniation is the most likely cause.", "disc_herniation"),
    ("R L4 radiculopathy. Foraminal stenosis is probably the source of the leg pain.",
     "spinal_stenosis"),
    ("A far lateral L4-5 disc herniation is the likely culprit.", "disc_herniation"),
])
def test_a_lesion_weighed_as_the_cause_is_possible(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"possible"}


@pytest.mark.parametrize("body, code", [
    ("MRI: the L5-S1 disc herniation is the cause of her symptoms.", "disc_herniation"),
    ("Severe L4-5 stenosis is the source of his claudication per MRI.", "spinal_stenosis"),
])
def test_a_cause_stated_stays_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_an_aside_ends_other_denials_as_before(assertions_of):
    # dev e194: only "no evidence of" reads past an aside; "not better with PT (7 wks),
    # meloxicam, HEP" tried them all
    body = "Pain not better with PT (7 wks), meloxicam, HEP."
    assert assertions_of(_note(body), "home_exercise_program") == {"present"}
