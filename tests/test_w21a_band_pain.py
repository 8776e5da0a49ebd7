"""A band-like pain named with a hyphenated place ("band-like mid-back pain wrapping around to the
front", blind d673; "band-like mid-back pain, wraps around the ribs", dev d526) is thoracic
radicular pain, as a band-like pain that wraps around is (fam25c: not one told with no wrap); a belt-like stiffness is no pain and a denied band pain
stays denied."""

import pytest


@pytest.mark.parametrize("text", [
    "Four weeks of band-like upper-back pain wrapping around to the front of the chest.",
    "She describes a band-like right-sided ache around the lower ribs.",
])
def test_a_hyphenated_band_pain_is_radicular(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"present"}


@pytest.mark.parametrize("text, expected", [
    ("Belt-like low-back stiffness in the mornings.", set()),
    ("Mid-back pain between the shoulder blades, does not wrap around.", set()),
    ("Denies band-like chest-wall pain.", {"absent"}),
    # fam25c: a band told with no wrap round the trunk is no radicular pain by itself (dev gold
    # d187, d364, d809 read none from "new band-like pain", "Band-like pain at the level of
    # the nipples"; every gold radicular band wraps or goes around the ribs or chest)
    ("Band-like mid-thoracic burning, worse at night.", set()),
])
def test_no_band_pain_keeps_its_reading(assertions_of, text, expected):
    assert assertions_of(text, "radicular_pain") == expected
