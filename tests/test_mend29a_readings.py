"""Readings mended by mend29a from the P lines left in ERRORS_e081-e090.md and
ERRORS_e091-e100.md.

- A bar ends a review-of-systems grid's cell (e100): "GU - neg | MSK - neck pain" leaves the
  next cell's item standing; a denial inside its own cell still denies.
- Exercises named as the second treatment beside a course of therapy, "has not done any PT or
  exercises" (e099), are the home programme denied with it; exercising at a gym is no HEP.
- A treatment discussed or offered "but he wanted to try PT first" was put off for another: declined
  (e089), and the therapy chosen instead is no plan of it; "she wants to try PT first" still is.
- "can barely get from the bed to the bathroom", "can hardly make it to the kitchen" is a limitation
  (e086), as "can barely walk" is; "can barely get to sleep" is none.
- A goal in a Goals section naming a symptom after "without", "Goals: walk 30 min w/o leg pain", names
  the pain still there (e084, ANNOTATION "Goals"); a status after it on its line ("MET") is left to
  the goal-status rules.
- "tonight if possible", "if feasible" asks for speed and opens no condition over what follows
  (e086); "If she can barely get around ..." still does.
- "at work full time" as a working status is no functional limitation (e099); "at work full
  days but leaves early" keeps it open.
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body, complaint="low back pain for 8 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


# --- a bar ends a grid's cell -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ROS: Const - no chills | Skin - neg | MSK - neck pain and stiffness | Psych - neg",
    "ROS: Eyes neg | ENT: no sore throat | Musculoskeletal: neck pain | all else neg",
])
def test_bar_ends_the_cell_a_denial_reaches(assertions_of, body):
    assert assertions_of(_note(body), "neck_pain") == {"present"}


def test_denial_inside_its_own_cell_still_denies(assertions_of):
    text = _note("ROS: Const - no fever or chills | GI - neg | MSK - see HPI")
    assert assertions_of(text, "fever") == {"absent"}


# --- exercises beside a denied course of therapy -----------------------------------------------

@pytest.mark.parametrize("body", [
    "She hasn't tried any physical therapy or exercises for the neck.",
    "He never did PT nor stretches for the back.",
    "Has not done any therapy or stretching for this flare.",
])
def test_exercises_beside_denied_therapy_are_denied(assertions_of, body):
    assert assertions_of(_note(body), "home_exercise_program") == {"absent"}


def test_exercises_beside_therapy_had_are_present(assertions_of):
    text = _note("Did six weeks of PT and exercises without relief.")
    assert assertions_of(text, "home_exercise_program") == {"present"}


def test_exercising_at_the_gym_is_no_home_programme(assertions_of):
    text = _note("She exercises at the gym three times a week.")
    assert assertions_of(text, "home_exercise_program") == set()


# --- at work full time ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Social: retail manager, at work full time, two kids.",
    "She is still at work full shifts as a nurse.",
])
def test_at_work_full_time_is_no_limitation(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"absent"}


def test_at_work_full_days_but_leaving_early_is_not_denied(assertions_of):
    text = _note("At work full days but leaves early most afternoons.")
    assert "absent" not in assertions_of(text, "functional_impairment")


# --- a treatment offered, put off for another ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "A transforaminal ESI was offered at the last visit, but she preferred to do physical therapy "
    "before any shots.",
    "An epidural was suggested in August but the patient chose to give PT a go.",
])
def test_offer_put_off_for_another_treatment_is_declined(assertions_of, body):
    text = _note(body)
    assert assertions_of(text, "epidural_steroid_injection") == {"absent"}
    assert assertions_of(text, "physical_therapy") == {"present"}


def test_a_wish_to_try_therapy_now_is_still_a_plan(assertions_of):
    text = _note("Injection was discussed. She wants to try PT first.")
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}
    assert "absent" not in assertions_of(text, "epidural_steroid_injection")


# --- can barely get from one room to another -----------------------------------------------------

@pytest.mark.parametrize("body", [
    'She says she "can hardly make it from the couch to the kitchen".',
    "He can barely get around the house this week.",
])
def test_barely_getting_from_room_to_room_is_a_limitation(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_barely_getting_to_sleep_is_no_limitation_of_function(assertions_of):
    text = _note("She can barely get to sleep some nights.")
    assert assertions_of(text, "functional_impairment") == set()


# --- a symptom a goal names ----------------------------------------------------------------------

def _pt_note(goals):
    return ("Summit PT - Initial Evaluation 11/27/2026\nSubjective: stiffness after a fall 6 weeks "
            f"ago.\n\n{goals}\n")


@pytest.mark.parametrize("goals", [
    "Goals (4 wk): drive 1 hr without neck pain; independent with HEP.",
    "Short term goals: turn head to check blind spot w/o neck pain",
])
def test_a_goal_names_the_symptom_still_there(assertions_of, goals):
    assert assertions_of(_pt_note(goals), "neck_pain") == {"present"}


def test_a_goal_with_its_status_after_it_is_left_to_the_status(assertions_of):
    text = _pt_note("Goals:\n1. Drive 1 hr without neck pain      MET")
    assert "present" not in assertions_of(text, "neck_pain")


# --- "if possible" asks for speed, it opens no condition ------------------------------------------

def test_if_possible_opens_no_condition_over_what_follows(assertions_of):
    text = _note("Son phoned asking for the study this week if feasible, she can barely get "
                 "around the house now.")
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_a_real_condition_still_opens_one(assertions_of):
    text = _note("If she can barely walk by Friday, call the office if possible.")
    assert assertions_of(text, "functional_impairment") == {"hypothetical"}
