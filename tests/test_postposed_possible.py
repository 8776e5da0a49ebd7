"""A diagnosis called possible after its name stays possible when a contrast follows: "CES
possible but felt less likely" read CES present (the postposed cue wanted punctuation after
it, and "but" cut the trailing doubt off); found by probing."""

import pytest


@pytest.mark.parametrize("text, code", [
    ("Fracture is unlikely; CES possible but felt less likely.", "cauda_equina_syndrome"),
    ("Cauda equina syndrome possible but less likely.", "cauda_equina_syndrome"),
    ("L5 radiculopathy likely but will confirm with EMG.", "radiculopathy"),
])
def test_postposed_possible_before_a_contrast(findings_of, text, code):
    table, _ = findings_of(text)
    assert table[code] == {"possible"}


def test_not_a_treatment_done_as_soon_as_possible(findings_of):
    table, _ = findings_of("She started PT as soon as possible but stopped.")
    assert table["physical_therapy"] == {"present"}
