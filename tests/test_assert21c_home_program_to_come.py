"""assert21c: a home program still to come (ANNOTATION "Home programs given, taught,
discharged to"): one first issued at this visit ("HEP issued today"), a discharge to it still
ahead ("then D/C to HEP", "D/C to HEP after 2 more visits"), one whose doing is unknown after
a long parenthesis ("HEP issued (...) - compliance not known") is hypothetical; a discharge
that ends the course, a program issued during a course told, and a course's own visits keep
their present reading. Every sentence is new; the look-alikes must not change."""
import pytest

HEP = "home_exercise_program"


@pytest.mark.parametrize("text", [
    "P: HEP issued today (bird dogs, bridges, hamstring glides).",
    "Plan: PT 2x/wk. HEP issued today.",
    "Plan: 1 more visit next week, then D/C to HEP.",
    "Plan: final session on 12/08, then discharge to HEP.",
    "Plan: D/C to HEP after 3 more visits.",
    "P: discharge to home program after two more sessions.",
    "HEP issued (pelvic tilts, side planks, bridges) - compliance not known.",
])
def test_a_home_program_still_to_come_is_hypothetical(assertions_of, text):
    assert assertions_of(text, HEP) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: D/C to HEP. All goals met.",
    "Assessment: goals met after 8 visits. Discharged to HEP.",
    "D/C to HEP after 6 visits with goals met.",
    "HEP issued 10/02 and progressed 10/20; he reports doing it daily.",
    "Plan: continue HEP daily.",
])
def test_a_home_program_done_or_going_on_stays_present(assertions_of, text):
    assert assertions_of(text, HEP) == {"present"}


def test_physical_therapy_continued_for_more_visits_stays_present(assertions_of):
    text = "Plan: continue PT for 2 more visits, then discharge to HEP."
    assert assertions_of(text, "physical_therapy") == {"present"}
    assert assertions_of(text, HEP) == {"hypothetical"}
