"""Therapy of another body part is no conservative care of the spine complaint: no
physical_therapy finding (ANNOTATION "Therapy of another body part", session 21: dev d665
"8 weeks of PT for the hip", d172 "PT/OT ... for gait after the hip surgery", d397 "PT for
ankle strengthening"). Therapy of the back, the neck or a spine operation keeps its reading,
even beside an operation on a joint."""
import pytest

OTHER_PART = [
    "She did 6 weeks of PT for the knee this summer, no help.",
    "PT/OT daily since 10/30 for transfers after the hip surgery.",
    "Physical therapy following her right knee replacement, twice a week.",
    "He is in PT three times a week after the R shoulder repair.",
    "Started PT for ambulation after the THA on 10/02.",
]
SPINE = [
    "PT for her low back after the knee surgery, 6 weeks, no better.",
    "Physical therapy 2x/week since 10/01 for the back pain.",
    "Post-op PT after the L4-5 fusion, 8 visits so far.",
    "PT for sciatica following the hip fracture last year, no relief.",
    "Completed 6 weeks of PT for the neck.",
]


@pytest.mark.parametrize("text, found", [(t, False) for t in OTHER_PART] + [(t, True) for t in SPINE])
def test_therapy_counts_only_for_the_spine(assertions_of, text, found):
    assert ("present" in assertions_of(text + "\n", "physical_therapy")) is found
