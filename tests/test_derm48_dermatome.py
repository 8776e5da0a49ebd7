"""The dermatome of a radiating pain and of a sensory loss (contract §4 `dermatome`): a root
named with the finding, else the root of the most distal territory a dermatome chart gives
its words (pipeline/resources/dermatomes.json); none where the words settle no one root."""

import pytest


def dermatome(result, code):
    found = [f for f in result.findings if f.code == code and f.assertion == "present"]
    assert found, [(f.code, f.assertion) for f in result.findings]
    return found[0].value.dermatome if found[0].value is not None else None


@pytest.mark.parametrize("text, code, root", [
    # a root named in the finding's words
    ("Assessment: sudden left S1 radicular pain.", "radicular_pain", "S1"),
    ("Impression: ongoing L C6 radicular sx.", "radicular_pain", "C6"),
    ("Sensory: diminished LT and PP right L4 dermatome.", "dermatomal_sensory_loss", "L4"),
    # a root in a parenthesis right after the loss
    ("Sensory: decr PP R medial leg (L4).", "dermatomal_sensory_loss", "L4"),
    ("Sensory: decreased pinprick over the L medial knee\nand shin (L4).", "dermatomal_sensory_loss", "L4"),
    ("Sensory: decreased PP over the L thumb and the radial side of the forearm (C6).",
     "dermatomal_sensory_loss", "C6"),
    ("Sensory: decreased pinprick over the right index finger (C6).", "dermatomal_sensory_loss", "C6"),
    # a root in the sentence before a root word, or after a hedge
    ("Pain down the R leg in an S1 distribution.", "radicular_pain", "S1"),
    ("A: R cervical radicular pain, probable C7.", "radicular_pain", "C7"),
])
def test_a_named_root(findings_of, text, code, root):
    _, result = findings_of(text)
    assert dermatome(result, code) == root


@pytest.mark.parametrize("text, code, root", [
    ("HPI: L sciatica for a month. Pain L buttock -> outer calf -> top of foot and big toe.",
     "radicular_pain", "L5"),
    ("HPI: pain shooting down the back of the R leg into the outside of the foot.", "radicular_pain", "S1"),
    ("HPI: R anterior thigh pain into the medial shin, 6/10.", "radicular_pain", "L4"),
    ("HPI: neck pain with pain shooting down the L arm to the thumb.", "radicular_pain", "C6"),
    ("HPI: pain shooting down the back of the R arm to the middle finger.", "radicular_pain", "C7"),
    # a modifier before a slashed pair is read with both: the lateral foot is furthest down
    ("HPI: L sciatica since May, posterior thigh -> lateral calf/foot.", "radicular_pain", "S1"),
    ("Sensory: decreased LT over the dorsum of the R foot.", "dermatomal_sensory_loss", "L5"),
    ("Sensory: decreased pinprick over the L little finger.", "dermatomal_sensory_loss", "C8"),
    # the area told after a bare loss, past its modality
    ("Sens: decr PP R little finger and ulnar hand. Rest intact.", "dermatomal_sensory_loss", "C8"),
])
def test_the_most_distal_territory_of_the_chart(findings_of, text, code, root):
    _, result = findings_of(text)
    assert dermatome(result, code) == root


@pytest.mark.parametrize("text, code", [
    # two named roots
    ("Assessment: right L5 and S1 radicular pain.", "radicular_pain"),
    # two roots' territories furthest down
    ("Sensory: decreased LT over the dorsum of the L foot and the lateral foot.", "dermatomal_sensory_loss"),
    ("HPI: pain shooting down the R arm to the index and middle fingers.", "radicular_pain"),
    # territories of no one root, and a motion segment, which is no root
    ("HPI: pain down the L leg to the knee from an L4-5 disc.", "radicular_pain"),
    ("Sciatica on the right side for two weeks.", "radicular_pain"),
])
def test_no_root_where_the_words_settle_none(findings_of, text, code):
    _, result = findings_of(text)
    assert dermatome(result, code) is None


def test_a_root_the_sentence_calls_spared_is_not_the_losses(findings_of):
    _, result = findings_of("Sensory: decreased PP over the R dorsal foot; S1 dermatome intact.")
    assert dermatome(result, "dermatomal_sensory_loss") == "L5"


def test_a_named_root_outvotes_the_chart_across_mentions(findings_of):
    _, result = findings_of("HPI: pain from the R buttock down the lateral calf.\n"
                            "Assessment: R S1 radicular pain.")
    assert dermatome(result, "radicular_pain") == "S1"


@pytest.mark.parametrize("text, root", [
    ("Sensory: decreased LT over the dorsum of the R foot.", "L5"),
    ("Sensory: decreased pinprick over the L little finger.", "C8"),
    # a knee is no one root's skin (L3/L4 in the usual charts): neither a level nor a dermatome
    ("Sensory: decreased light touch over the R anterior knee.", None),
])
def test_a_sensory_losses_level_comes_from_the_same_chart(findings_of, text, root):
    # one chart: the level of a loss told by its skin area alone is its dermatome
    _, result = findings_of(text)
    found = [f for f in result.findings if f.code == "dermatomal_sensory_loss" and f.assertion == "present"]
    assert found
    assert found[0].level == root
    assert dermatome(result, "dermatomal_sensory_loss") == root
