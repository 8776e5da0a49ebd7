"""A limb's pain named in a condition or spread "down a leg" (session 23, fam23b).

Return precautions and plans name radicular pain as what to watch for: "return if pain travels
down a leg", "MRI only if he develops arm symptoms" are
radicular_pain hypothetical (ANNOTATION "Conditions that still hold": "if weakness develops" is
hypothetical). The lexicon read "leg/arm symptoms" only after a denial and a spread only "down
the leg", so these were missed: now "leg/arm symptoms" after "develop(s)" (not after a bare "if": "revisit if leg
symptoms persist" may be a vascular claudication's), and a spread
into "a"/"one" limb, are read too. A denial keeps its reading; a spread told as the patient's
stays present.
"""

import pytest


@pytest.mark.parametrize("text", [
    "Plan: Come back sooner if the pain travels down a leg or new numbness starts.",
    "Plan: Will order imaging if the ache radiates into an arm.",
    "Plan: Cervical MRI only if she develops arm symptoms.",
    "Plan: Reassess in a month; imaging if she starts developing leg symptoms.",
    "Precautions: call if he is developing leg symptoms or bladder change.",
])
def test_limb_pain_named_in_a_condition_is_hypothetical(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "HPI: The pain shoots down one leg to the ankle when she sits.",
    "HPI: Since the fall, pain goes into a leg whenever he bends.",
])
def test_a_spread_into_one_limb_is_radicular(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"present"}


@pytest.mark.parametrize("text, expected", [
    # denials keep their reading; a word that is no limb stays no finding
    ("HPI: Back ache only. No leg symptoms.", {"absent"}),
    ("HPI: Denies arm pain or tingling.", {"absent"}),
    ("HPI: Low back pain; she has tried a leg press at the gym.", set()),
    ("Plan: If the back pain persists, add a home exercise sheet.", set()),
])
def test_look_alikes_keep_their_reading(assertions_of, text, expected):
    assert assertions_of(text, "radicular_pain") == expected
