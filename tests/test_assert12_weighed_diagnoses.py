"""How a note weighs a diagnosis (corpora/ANNOTATION.md "Doubted diagnoses"): the lead's probe
readings of session 12.

- A normal finding given as the doubt's reason ("CES is unlikely given normal exam") is the
  reason, not a denial: the diagnosis stays possible and doubted, not absent.
- A doubt taken back in its own sentence ("CES unlikely but cannot rule it out") is a
  suspicion again: possible, not doubted.
- A possible named after the diagnosis ("Fracture unlikely, CES possible") is a suspicion,
  not a stated diagnosis.
"""

import pytest


def _assertions(findings_of, text, code):
    table, result = findings_of(text)
    doubted = {f.doubted for f in result.findings if f.code == code}
    return table.get(code, set()), doubted


@pytest.mark.parametrize("text", [
    "Assessment: LBP with L leg pain. Cauda equina syndrome is unlikely given normal exam.",
    "Impression: Epidural abscess unlikely given negative labs and afebrile.",
    "MDM: CES felt unlikely because rectal tone normal.",
])
def test_a_doubts_reason_is_no_denial(findings_of, text):
    code = "spinal_infection" if "abscess" in text else "cauda_equina_syndrome"
    assertions, doubted = _assertions(findings_of, text, code)
    assert assertions == {"possible"}
    assert doubted == {True}


@pytest.mark.parametrize("text", [
    "Assessment: Low back pain. CES unlikely but cannot rule it out.",
    "Assessment: Low back pain. CES unlikely; however, cannot rule it out.",
    "A/P: Cauda equina less likely, though we cannot completely exclude it.",
])
def test_a_doubt_taken_back_is_a_suspicion(findings_of, text):
    assertions, doubted = _assertions(findings_of, text, "cauda_equina_syndrome")
    assert assertions == {"possible"}
    assert doubted == {False} or doubted == {None}


@pytest.mark.parametrize("text, code", [
    ("Assessment: Low back pain after a fall. Fracture unlikely, CES possible.",
     "cauda_equina_syndrome"),
    ("A/P: L5 radiculopathy possible, SI joint pain more likely.", "radiculopathy"),
    ("Impression: Axial LBP; L4-5 disc herniation probable. MRI to confirm.", "disc_herniation"),
])
def test_a_possible_after_the_diagnosis_is_a_suspicion(findings_of, text, code):
    assertions, _ = _assertions(findings_of, text, code)
    assert assertions == {"possible"}


@pytest.mark.parametrize("text", [
    "Plan: Start PT as soon as possible. Walk as much as possible.",
    "Plan: PT 2x/wk x 6 wks; avoid lifting when possible.",
])
def test_as_soon_as_possible_weighs_no_treatment(findings_of, text):
    table, _ = findings_of(text)
    assert "possible" not in table.get("physical_therapy", set())
    assert "possible" not in table.get("activity_modification", set())
