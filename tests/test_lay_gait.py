"""A dragging foot or leg that the patient or a relative tells is a gait abnormality: "His wife
reports he has been dragging his right foot for 2 weeks" gave no finding (found by probing)."""

import pytest


@pytest.mark.parametrize("text", [
    "His wife reports he has been dragging his right foot for 2 weeks.",
    "She drags her L leg when tired.",
    "His left foot drags at the end of the day.",
])
def test_a_dragging_foot_is_a_gait_abnormality(findings_of, text):
    table, _ = findings_of(text)
    assert table["gait_abnormality"] == {"present"}


def test_dragging_a_thing_is_not(findings_of):
    table, _ = findings_of("She is dragging the laundry basket to the car.")
    assert "gait_abnormality" not in table
