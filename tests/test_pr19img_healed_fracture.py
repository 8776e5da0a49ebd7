"""probe19a F3: a fracture the note calls healed after a comma closing its clause is the old
fracture, not the known or new one a line asks for. Every sentence here is new."""
import pytest


@pytest.mark.parametrize("text", [
    "T11 wedge fracture after a skiing accident in 2018, healed (stable on films since 2019).",
    "She had an L3 compression fracture from a fall in 2020, now healed.",
    "T8 fracture from a car crash years ago, well-healed; mid-back ache for 2 weeks.",
])
def test_a_fracture_closed_by_healed_is_historical(assertions_of, text):
    found = assertions_of(text, "spinal_fracture")
    assert "historical" in found
    assert "present" not in found


@pytest.mark.parametrize("text", [
    # a new fracture beside a healed one in another clause stays present
    "New L2 compression fracture after a fall on Sunday; T9 fracture from 2017, healed.",
    # 'healed' naming another fracture after the comma is no close of the first
    "Acute L1 burst fracture, healed T12 fracture above it.",
    # not yet healed
    "L1 compression fracture, not yet healed, pain worse with standing.",
])
def test_a_fracture_not_closed_by_healed_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "spinal_fracture")
