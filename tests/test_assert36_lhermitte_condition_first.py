"""assert36, fix 3: Lhermitte told in words with the neck flexion first.

"When he bends his head forward he gets a brief electric feeling down his back and into both
legs", "When he bends his head forward to read he gets an electric zing down his spine into
both legs", "Bending his head forward sends an electric buzz down his back into both legs": the
lexicon knew this sign with the flexion after it ("... into both legs when he bends his head
forward") or with the spine named ("electric sensations down the spine"), so these read as
radicular pain from "into both legs" (gold: radicular_pain absent or none, myelopathy_signs
present; dev d438, e101, e276). Near-misses: a pain that goes down both legs when the patient
bends is radicular pain still.
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: Hands numb and clumsy for 4 months. {body}\n"


@pytest.mark.parametrize("body", [
    "When he bends his head forward he gets a brief electric feeling down his back and into both legs.",
    "When she bends her head forward to read she gets an electric zing down her spine into both legs.",
    "Bending his head forward sends an electric buzz down his back into both legs.",
    "When she looks down she feels an electric jolt down her back into both arms.",
])
def test_lhermitte_with_the_flexion_first_is_a_myelopathy_sign(findings_of, body):
    table, _ = findings_of(_note(body))
    assert "present" in table.get("myelopathy_signs", set())
    assert "radicular_pain" not in table and "bilateral_sciatica" not in table


def test_pain_down_both_legs_on_bending_stays_radicular(assertions_of):
    body = "When he bends forward he gets a sharp pain down both legs."
    assert assertions_of(_note(body), "radicular_pain") == {"present"}
