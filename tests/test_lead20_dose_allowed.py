"""A dose the Plan allows ("may give", "can repeat") is not a dose given: it stays planned,
while the parenteral dose written bare in the same kind of Plan is given (w20c)."""

import pytest

_HEAD = "ED visit 11/20/2026\nHPI: 51F with low back pain after a fall.\nExam: 5/5, SLR negative.\n"


def _assertions(findings_of, line, code):
    table, _ = findings_of(_HEAD + line + "\n")
    return table.get(code, set())


@pytest.mark.parametrize("line, code", [
    ("Plan: may give morphine 4 mg IV for breakthrough pain.", "analgesic"),
    ("Plan: can repeat ketorolac 15 mg IV in 6 hours.", "nsaid"),
    ("Plan: could give Toradol 30 mg IM if not better.", "nsaid"),
])
def test_a_dose_allowed_is_planned(findings_of, line, code):
    assert _assertions(findings_of, line, code) == {"hypothetical"}


@pytest.mark.parametrize("line, code", [
    ("Plan: morphine 4 mg IV for pain. May give more if needed.", "analgesic"),
    ("Plan: ketorolac 15 mg IV. Reassess.", "nsaid"),
])
def test_a_dose_given_beside_an_allowance_elsewhere_is_present(findings_of, line, code):
    assert _assertions(findings_of, line, code) == {"present"}
