"""assert21c: a therapy course told by its outcome in a PT discharge ("Pt has plateaued with
skilled PT", "maximum benefit reached with PT") was had: present, though the sentence stands
under the Goals header, which otherwise makes what it names a goal (hypothetical). Every
sentence is new; the look-alikes must keep their reading."""
import pytest

PT = "physical_therapy"


@pytest.mark.parametrize("text", [
    "Goals:\n1. Lift 20 lb floor to waist - not met.\nShe has plateaued with outpatient PT.",
    "Goals: walk 30 min - partially met.\nDischarge reason: maximal benefit achieved with PT.",
    "Goals: sleep through the night - met.\nPatient plateauing on physical therapy; discharged.",
])
def test_a_course_told_by_its_outcome_is_present(assertions_of, text):
    assert assertions_of(text, PT) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: start PT 2x/wk for 6 weeks; expect gains with PT.",
    "Plan: if the pain plateaus, refer to PT.",
])
def test_a_therapy_still_planned_stays_hypothetical(assertions_of, text):
    assert assertions_of(text, PT) == {"hypothetical"}
