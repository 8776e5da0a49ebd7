"""A suspected stenosis and herniation written as one word with a slash (session 37, assert37).

"Probable C5-6 foraminal stenosis/HNP", "likely L4-5 stenosis/herniation", "Suspect foraminal
stenosis/disc": the tokenizer keeps "stenosis/HNP" one token, which the stenosis rule reads; the
herniation suspected with it is possible too (derived_findings.json). Near-misses: a bulge after
the slash is no herniation, a stenosis alone names none, a stated stenosis/disc is left alone.
"""

import pytest

DH = "disc_herniation"


def _note(body):
    return f"Clinic 11/27/2026\nAssessment: {body}\n"


@pytest.mark.parametrize("body", [
    "Probable C6-7 foraminal stenosis/HNP.",
    "R L5 radiculopathy - likely L4-5 stenosis/herniation.",
    "Suspect L3-4 foraminal stenosis/disc. Cannot have MRI (pacemaker).",
])
def test_a_suspected_stenosis_slash_herniation_suspects_both(assertions_of, body):
    assert assertions_of(_note(body), DH) == {"possible"}


@pytest.mark.parametrize("body", [
    "Possible L4-5 stenosis/disc bulge.",
    "Probable C5-6 foraminal stenosis.",
])
def test_no_herniation_from_a_bulge_or_a_stenosis_alone(assertions_of, body):
    assert assertions_of(_note(body), DH) == set()
