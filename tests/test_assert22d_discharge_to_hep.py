"""assert22d: "Discharge to HEP" in a PT discharge's Plan is the course ending with the program
it taught going on (home_exercise_program present), as "D/C to HEP" and "Discharged to HEP"
already read (ANNOTATION 'Home programs given, taught, discharged to'). A discharge still to
come keeps its hypothetical, and the cue reaches no other code ("discharge to home ... with
outpatient PT" plans the PT). Every sentence is new."""
import pytest

HEP = "home_exercise_program"


@pytest.mark.parametrize("text", [
    "Plan: Discharge to HEP (prone press-ups, bridges). Goals met.",
    "Plan: Discharge to independent HEP today; all goals met.",
    "Plan: Discharged to HEP; may self-refer back to PT if needed.",
])
def test_a_discharge_to_the_home_program_is_present(assertions_of, text):
    assert assertions_of(text, HEP) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: Two more visits, then discharge to HEP.",
    "Plan: Discharge to HEP after 3 more visits.",
    "Plan: Will discharge to HEP next month if goals are met.",
])
def test_a_discharge_still_to_come_stays_hypothetical(assertions_of, text):
    assert assertions_of(text, HEP) == {"hypothetical"}


def test_a_discharge_home_plans_the_therapy(assertions_of):
    text = "Plan: discharge to home tomorrow with outpatient PT."
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}
