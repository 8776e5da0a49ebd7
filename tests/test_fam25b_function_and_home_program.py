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


# ANNOTATION "Home programs": "D/C to HEP" ending a course goes on with the program; a written
# copy handed over with it ("with written handout") does not make it one still to start
@pytest.mark.parametrize("text, expected", [
    ("Plan: Discharged to an independent home exercise program with a printed handout.",
     {"present"}),
    ("Plan: D/C to HEP with updated handout; return to referring MD.", {"present"}),
    # a handout first given, no discharge: to be done
    ("Plan: Naproxen. Home exercise program with handout.", {"hypothetical"}),
    ("Plan: Back extension home exercises per handout; recheck in 3 weeks.", {"hypothetical"}),
])
def test_a_discharge_to_the_program_is_not_undone_by_its_handout(assertions_of, text, expected):
    assert assertions_of(text, HEP) == expected


@pytest.mark.parametrize("text, expected", [
    # a program the patient says is done, though written in the Plan
    ("P: Adjustments T4-T6. HEP: doorway stretch, chin tucks - patient reports doing nightly.",
     {"present"}),
    ("Plan: Home stretching program - she states doing it most mornings.", {"present"}),
    # none said done: handed over
    ("P: Adjustments T4-T6. HEP: doorway stretch, chin tucks.", {"hypothetical"}),
])
def test_a_program_the_patient_reports_doing_is_done(assertions_of, text, expected):
    assert assertions_of(text, HEP) == expected


@pytest.mark.parametrize("text, expected", [
    ("Assessment: plateaued. Goal 1 - lift 20 lb - NOT MET. Goal 2 - independent HEP - MET.",
     {"present"}),
])
def test_a_met_goal_naming_the_program_is_done(assertions_of, text, expected):
    assert assertions_of(text, HEP) == expected


@pytest.mark.parametrize("text, code, expected", [
    # ANNOTATION "Treatments that did nothing": taken, also in an Assessment and Plan
    ("A/P: neurogenic claudication, not helped by 8 weeks of PT, home exercises or meloxicam.",
     HEP, {"present"}),
    ("A/P: neurogenic claudication, not helped by 8 weeks of PT, home exercises or meloxicam.",
     "nsaid", {"present"}),
    ("Assessment and plan: no better with ibuprofen; start gabapentin.", "nsaid", {"present"}),
    # a condition still plans the treatment
    ("Plan: if not better with home exercises in 4 weeks, refer to PT.", HEP, {"hypothetical"}),
    ("Plan: start gabapentin at night.", "neuropathic_agent", {"hypothetical"}),
])
def test_a_treatment_that_did_nothing_was_taken(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
