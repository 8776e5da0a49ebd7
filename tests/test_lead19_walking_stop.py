"""A walk the legs stop ("has to sit after a block because of burning in both calves") is
claudication; a walk something else stops (breath, the chest, the hip) is not. Session 19 made a
bare walking tolerance a functional limit, so the legs' reason has to be read where it is given."""

import pytest


@pytest.mark.parametrize("text, want", [
    ("Has to sit down after 2 blocks because of burning in both calves.", {"present"}),
    ("She needs to stop after ~10 minutes due to heaviness in her thighs.", {"present"}),
    # look-alikes: the stop is not the legs'
    ("Has to stop after 10 minutes due to shortness of breath.", None),
    ("Needs to rest after 2 blocks from chest tightness.", None),
])
def test_a_walk_the_legs_stop_is_claudication(findings_of, text, want):
    table, _ = findings_of(text)
    assert table.get("neurogenic_claudication") == want
