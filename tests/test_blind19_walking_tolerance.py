"""A walking tolerance is a limit of walking: claudication only when the note says the legs set
the limit (blind batch d597: "Walking tolerance about 20 minutes" in a one-sided S1 sciatica read
as neurogenic claudication met eviCore's stenosis line for severe claudication, a false met).
The bare limit is a functional impairment."""

import pytest

LBP = "HPI: Low back pain for 3 months. "


@pytest.mark.parametrize("line", [
    "Walking tolerance about 20 minutes; left leg pain with sitting too.",
    "Walking distance of 3 blocks because of the back.",
    "Walking tolerance is about half a block, uses a cane.",
])
def test_a_bare_walking_limit_is_functional_impairment(assertions_of, line):
    text = f"{LBP}{line}\n"
    assert "present" in assertions_of(text, "functional_impairment")
    assert "present" not in assertions_of(text, "neurogenic_claudication")


@pytest.mark.parametrize("line", [
    # the legs set the limit: claudication, as before
    "Walking tolerance 2 blocks, then both legs get heavy and he has to sit.",
    "Walking distance down to 10 minutes before the thighs burn; bends forward to ease it.",
    "Walking tolerance ~1 block until his calves cramp.",
    "Neurogenic claudication at 1 block, relieved by sitting.",
])
def test_a_limit_the_legs_set_is_still_claudication(assertions_of, line):
    assert "present" in assertions_of(f"{LBP}{line}\n", "neurogenic_claudication")
