"""An MRI given up for claustrophobia is an MRI that cannot be performed: "He had a failed open
MRI attempt in October due to claustrophobia" gave no contraindication (the lexicon knew only
"failed MRI due to claustrophobia" word for word and "severe claustrophobia"; found by probing).
Claustrophobia alone stays no contraindication."""

import pytest


@pytest.mark.parametrize("sentence", [
    "He had a failed open MRI attempt in October due to claustrophobia.",
    "MRI attempted 10/2 but aborted because she is claustrophobic.",
])
def test_an_mri_given_up_for_claustrophobia(findings_of, sentence):
    table, _ = findings_of(f"Clinic 11/20/2026\nLBP with L leg pain.\n{sentence}\n")
    assert table.get("mri_contraindication") == {"present"}
    assert "present" not in table.get("prior_mri", set())


@pytest.mark.parametrize("sentence", ["Mildly claustrophobic; MRI ordered.",
                                      "MRI showed L4-5 HNP. Claustrophobic in crowds."])
def test_claustrophobia_alone_is_none(findings_of, sentence):
    table, _ = findings_of(f"Clinic 11/20/2026\nLBP with L leg pain.\n{sentence}\n")
    assert "mri_contraindication" not in table
