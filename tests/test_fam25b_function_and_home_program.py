"""fam25b: walking lost named only as a precaution, and a home program handed over today.

ANNOTATION "Given to do, not done" / "Home programs given, taught, discharged to": a home
program first given at this visit ("home exercises given today", "stretch sheet given today")
is to be done: hypothetical. "given today" read it as a treatment done at the visit (an
injection, a collar), which it is not for a program the patient has yet to do at home.

A precaution that names walking ("call 911 if she cannot walk", "should he develop any
difficulty walking") warns of a new gait sign: gold reads it gait_abnormality hypothetical
(as "call for any trouble walking" already was), not a loss of function. A walking limit the
patient has now stays functional_impairment present.

Every sentence is new; the look-alikes must keep their reading."""
import pytest

FI, GA, HEP = "functional_impairment", "gait_abnormality", "home_exercise_program"


@pytest.mark.parametrize("text", [
    "Plan: Go to the ER if he cannot walk or cannot empty his bladder.",
    "Plan: Call 911 if she cannot walk or her legs go numb.",
    "Instructions: return at once should she develop difficulty walking or numb legs.",
    "A/P: strain. Return to urgent care if any difficulty ambulating or fever.",
])
def test_walking_named_only_as_a_precaution_is_a_gait_sign_to_watch_for(findings_of, text):
    found = findings_of(text)[0]
    assert found.get(GA) == {"hypothetical"}
    assert FI not in found


@pytest.mark.parametrize("text", [
    "HPI: Since Monday she cannot walk without holding the furniture.",
    "HPI: He has had difficulty walking to the mailbox since the fall.",
    "HPI: Pain is 8/10 and she cannot walk, so her son drove her in.",
])
def test_a_walking_limit_told_now_stays_a_loss_of_function(assertions_of, text):
    assert "present" in assertions_of(text, FI)


@pytest.mark.parametrize("text", [
    "Plan: Adjustments 2x/wk x 3 wks. Lumbar stabilization home exercises given today.",
    "Plan: Ice 15 min after work. Home stretching sheet given today.",
])
def test_a_home_program_given_today_is_to_be_done(assertions_of, text):
    assert assertions_of(text, HEP) == {"hypothetical"}


@pytest.mark.parametrize("text, code, expected", [
    # a treatment done at the visit keeps "given today" as done
    ("Plan: Soft collar given today for comfort.", "activity_modification", {"present"}),
    ("Plan: Toradol 30 mg IM given today in clinic.", "nsaid", {"present"}),
    # a program the patient already does stays present
    ("Plan: Continue HEP as taught; she does it daily.", HEP, {"present"}),
])
def test_given_today_still_reads_done_for_a_treatment_given_at_the_visit(assertions_of, text,
                                                                        code, expected):
    assert assertions_of(text, code) == expected
