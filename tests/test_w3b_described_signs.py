"""Cord signs told in words, and a worsening told as a limb that has turned abnormal.

A Hoffmann or Babinski response described instead of named is the same upper motor neuron
sign (contract §4); "her legs have become stiff" tells a change for the worse
(symptom_progression), while an easier state ("has become more manageable") tells none."""

import pytest


@pytest.mark.parametrize("text", [
    "Exam: tapping the middle fingernail on the right makes the thumb curl.",
    "Flicking his left middle finger caused the thumb and index finger to flex.",
    "On exam her thumb twitches when I flick the long finger.",
    "Neuro: thumb flexes when the middle finger is flicked, both hands.",
])
def test_hoffmann_in_words_is_an_umn_sign(assertions_of, text):
    assert assertions_of(text, "upper_motor_neuron_signs") == {"present"}


@pytest.mark.parametrize("text", [
    "Plantar response: big toe goes up on the left.",
    "Stroking the sole, the right toes went up.",
    "Toes go upward bilaterally when the soles are stroked.",
])
def test_babinski_in_words_is_an_umn_sign(assertions_of, text):
    assert assertions_of(text, "upper_motor_neuron_signs") == {"present"}


@pytest.mark.parametrize("text", [
    # a flick that moves nothing, a flexor plantar response, standing on tiptoe
    "Tapping the middle fingernail does not make the thumb move.",
    "Plantar responses: toes go down on both sides.",
    "She can rise up on her toes and walk on her heels.",
])
def test_look_alikes_are_no_umn_sign(assertions_of, text):
    assert "present" not in assertions_of(text, "upper_motor_neuron_signs")


@pytest.mark.parametrize("text", [
    "Over the past month his legs have become heavy and he trips on the stairs.",
    "Since the summer her hands have become weaker and she drops her keys.",
    "Her gait has gradually become unsteady over six weeks.",
])
def test_a_limb_turned_abnormal_is_a_worsening(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"present"}


@pytest.mark.parametrize("text", [
    "Since starting PT the back pain has become more tolerable.",
    "The leg pain has become more intermittent with the home program.",
    "His legs have not become weaker since the last visit.",
    "Her legs have been stiff since childhood cerebral palsy.",
])
def test_an_easier_or_unchanged_state_is_no_worsening(assertions_of, text):
    assert "present" not in assertions_of(text, "symptom_progression")


@pytest.mark.parametrize("text", [
    "She gets electric shocks down the spine when flexing the neck.",
    "Describes an electric jolt into both arms whenever he bent his head forward.",
    "Electrical sensations down the back on bending her head.",
])
def test_lhermitte_in_words_is_a_myelopathy_sign(assertions_of, text):
    assert assertions_of(text, "myelopathy_signs") == {"present"}


@pytest.mark.parametrize("text, code", [
    # a relative's symptoms, the relative named with an age word before them
    ("His younger brother was diagnosed with MS after months of numbness in both legs and "
     "electric shocks down his back whenever he bent his head.", "myelopathy_signs"),
    ("Her older sister was told she had MS after weeks of tingling in both hands.", "paresthesia"),
])
def test_an_older_or_younger_relatives_symptom_is_family(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


def test_lhermitte_denied_in_words_is_absent(assertions_of):
    assert assertions_of("No electric sensations when flexing the neck.",
                         "myelopathy_signs") == {"absent"}


@pytest.mark.parametrize("text, expected", [
    ("Chronic-appearing L2 compression deformity, unchanged from 2021.", {"historical"}),
    ("Lateral film: chronic T9 wedge fracture without edema.", {"historical"}),
    # a new fracture stays present, beside an old one or on it
    ("Acute on chronic T12 compression fracture with marrow edema.", {"present"}),
    ("Chronic low back pain; new L1 compression fracture after a fall.", {"present"}),
])
def test_a_chronic_fracture_is_historical(assertions_of, text, expected):
    assert assertions_of(text, "spinal_fracture") == expected


@pytest.mark.parametrize("text, code, expected", [
    # a deficit left over from a past episode is there now
    ("Remote CES with residual urinary retention, straight caths twice a day.",
     "bladder_dysfunction", {"present"}),
    ("H/o L5 radiculopathy 2020 with some residual foot drop, wears an AFO.",
     "foot_drop", {"present"}),
    # the episode itself stays in the past, and a residual denied is absent
    ("Remote CES with residual urinary retention, straight caths twice a day.",
     "cauda_equina_syndrome", {"historical"}),
    ("History of CES in 2018, recovered fully, no residual bladder dysfunction.",
     "bladder_dysfunction", {"absent"}),
])
def test_a_residual_deficit_is_current(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
