"""Readings behind dev's false mets (session 36, detfm36). Each fix's look-alikes in other
words, and near-misses that keep their old reading.

1. Give-way weakness joined to another word by a slash ("collapsing/give-way weakness",
   "give-way/breakaway"): the tokenizer keeps "a/b" one token, so the plain give-way cue
   missed it and the weakness stood present (e182 NIA: a non-organic exam met the
   neurologic-deficit criterion).
2. A sensory change the examiner says follows no dermatome ("..., does not follow a
   dermatome", "..., nondermatomal."): absent, as the target rule "non-dermatomal sensory
   change" already reads it (e182).
3. An exercise advanced by the therapist ("TrA progression", "McKenzie extension
   progression", "return-to-play progression") is no symptom progression (e198 NIA: a PT
   daily note's exercise list met progression during conservative care).
"""

import pytest


def _exam(body):
    return f"Clinic 11/27/2026\nHPI: Back pain.\nExam:\n{body}\n"


def _pt(body):
    return f"PT daily note 11/27/2026\nO: {body}\nA: tolerated well.\n"


W = "motor_weakness"
D = "dermatomal_sensory_loss"
P = "symptom_progression"


@pytest.mark.parametrize("body", [
    "Motor: collapsing/give-way weakness all muscle groups both LE, breakaway, improves to 5/5 with encouragement.",
    "Motor: give-way/breakaway weakness of the L hip flexors.",
    "Strength: diffuse breakaway/give-way weakness in every group.",
    "Motor: sudden/giveaway weakness R quad.",
])
def test_a_slashed_give_way_weakness_is_absent(assertions_of, body):
    assert assertions_of(_exam(body), W) == {"absent"}


@pytest.mark.parametrize("body", [
    "Motor: L EHL 4/5, L ankle dorsiflexion weakness.",
    "Motor: R hip flexion weakness 4/5, reproducible.",
])
def test_a_plain_weakness_stays_present(assertions_of, body):
    assert assertions_of(_exam(body), W) == {"present"}


@pytest.mark.parametrize("body", [
    "Sensation: reports decreased light touch over the entire R leg from groin to toes, circumferential, does not follow a dermatome.",
    "Sensation: decreased pinprick whole L leg, does not follow any dermatome.",
    "Sensation: diminished light touch over the entire R leg, nondermatomal.",
    "Sensation: decreased light touch L leg, doesn't correspond to a dermatome.",
])
def test_a_change_said_to_follow_no_dermatome_is_absent(assertions_of, body):
    assert assertions_of(_exam(body), D) == {"absent"}


@pytest.mark.parametrize("body", [
    "Sensation: decreased pinprick over the L dorsal foot and first web space.",
    "Sensation: decreased pinprick L dorsal foot (L5). Remainder of the leg intact.",
])
def test_a_dermatomal_loss_stays_present(assertions_of, body):
    assert assertions_of(_exam(body), D) == {"present"}


def test_a_loss_before_a_full_stop_keeps_its_reading(assertions_of):
    body = ("Sensation: decreased pinprick L dorsal foot and first web space. "
            "Vague tingling of the thigh, does not follow a dermatome.")
    assert "present" in assertions_of(_exam(body), D)


@pytest.mark.parametrize("body", [
    "Bridging, TrA progression, hip hinge training for lifting.",
    "McKenzie extension progression, neural glides, HEP.",
    "Neural mobilization (sciatic slider progression), core stabilization.",
    "Continue PT; return-to-play progression once pain-free.",
])
def test_an_exercise_progression_is_no_symptom_progression(assertions_of, body):
    assert assertions_of(_pt(body), P) == set()


@pytest.mark.parametrize("body", [
    "Progression of the L ankle dorsiflexion weakness over 2 weeks.",
    "Mild progression of the R leg numbness since the last visit.",
])
def test_a_symptoms_progression_stays_present(assertions_of, body):
    assert assertions_of(_exam(body), P) == {"present"}
