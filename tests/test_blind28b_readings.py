"""Readings mended after the blind batch e051-e060 (corpora/dev/ERRORS_e051-e060.md).

- A diagnosis named, then ranked as the concern ("An occult odontoid fracture is the main
  concern") is a suspicion (possible), as "concern for" is; a symptom so ranked stays present.
- "not responding to / refractory to" a course says the therapies after it were had, in an
  assessment too (ANNOTATION "Plans": a treatment already tried stays present).
- A precaution's "bladder/bowel" after "problems with" warns of both.
- A home program handed over on paper at this visit ("I handed him a printout of back
  exercises") is to be done (ANNOTATION "Home programs given"); one the patient does is present.
- Other targets: a sport put on hold ("hold running 3 wks"), an activity of one's own kept from
  ("kept him from his Sunday league games"), help needed on the stairs, a limb "getting weaker"
  (a worsening), a load hauled in the past progressive ("was carrying a pallet of ..."), the
  modalities of an intact sensory exam named before the verdict, "epidural hematoma or abscess".
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note


def _plan(lines):
    return plan_note(lines, "low back pain for 3 weeks.")


def _ap(line):
    return "Clinic 11/27/2026\nHPI: pain after a fall.\n\nAssessment/Plan:\n" + line + "\n"


# --- a diagnosis ranked as the concern -------------------------------------------------------

def test_a_fracture_ranked_as_the_main_concern_is_possible(assertions_of):
    assert assertions_of(_ap("An occult odontoid fracture is the main concern after the fall."),
                         "spinal_fracture") == {"possible"}


def test_a_pain_ranked_as_the_main_concern_stays_present(assertions_of):
    assert assertions_of(_ap("Her neck pain is the main concern for her today."),
                         "neck_pain") == {"present"}


# --- a course not responded to ---------------------------------------------------------------

@pytest.mark.parametrize("line, code", [
    ("Lumbar stenosis not responding to eight weeks of physical therapy and naproxen.",
     "physical_therapy"),
    ("Lumbar stenosis not responding to eight weeks of physical therapy and naproxen.", "nsaid"),
    ("Radicular pain refractory to two months of chiropractic care and ibuprofen.",
     "chiropractic_care"),
])
def test_a_course_not_responded_to_was_had(assertions_of, line, code):
    assert assertions_of(_ap(line), code) == {"present"}


def test_a_course_still_to_start_stays_planned(assertions_of):
    assert assertions_of(_plan("If not better, start PT and a home exercise program."),
                         "physical_therapy") == {"hypothetical"}


# --- precautions ----------------------------------------------------------------------------

def test_a_precaution_on_bladder_slash_bowel_warns_of_both(assertions_of):
    text = _plan("Go to the ED if you notice leg numbness, weakness or trouble with "
                 "bladder/bowel.")
    assert assertions_of(text, "bowel_dysfunction") == {"hypothetical"}
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}


def test_a_precaution_on_the_bladder_alone_names_no_bowel(assertions_of):
    text = _plan("Call for fever or trouble with her bladder control.")
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}
    assert assertions_of(text, "bowel_dysfunction") == set()


def test_a_limb_getting_weaker_in_a_precaution_is_a_progression_watched_for(assertions_of):
    text = _plan("Warning signs reviewed: saddle numbness, urinary retention, an arm "
                 "getting weaker.")
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}


def test_a_limb_getting_weaker_told_now_is_a_progression(assertions_of):
    assert assertions_of(_note("Over the past week her right arm is getting weaker."),
                         "symptom_progression") == {"present"}


# --- home programs on paper -----------------------------------------------------------------

def test_a_printout_of_exercises_handed_over_is_to_be_done(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: neck pain 2 weeks.\n\nDiscussion: Today I handed him a "
            "printout of simple back exercises to start tonight.\n")
    assert assertions_of(text, "home_exercise_program") == {"hypothetical"}


def test_a_sheet_of_exercises_done_is_present(assertions_of):
    assert assertions_of(_note("He does the sheet of back exercises from June every morning."),
                         "home_exercise_program") == {"present"}


# --- restrictions and limits ----------------------------------------------------------------

def test_a_sport_put_on_hold_in_the_plan_is_advice_to_follow(assertions_of):
    assert assertions_of(_plan("Naproxen 500 bid, hold running 3 wks."),
                         "activity_modification") == {"hypothetical"}


def test_a_sport_held_already_is_present(assertions_of):
    assert assertions_of(_note("She has been holding off on tennis since the flare."),
                         "activity_modification") == {"present"}


def test_a_treatment_held_is_no_restriction(assertions_of):
    assert assertions_of(_plan("Hold PT pending MD eval."), "activity_modification") == set()


@pytest.mark.parametrize("body", [
    "The pain has kept him from his Sunday league games for a month.",
    "Last week he needed his son to help him up the stairs.",
    "She needs help getting up the steps at home.",
])
def test_limits_of_function(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_help_with_something_else_is_no_limit(assertions_of):
    assert assertions_of(_note("Back pain 3 weeks; he needed help with his taxes this year."),
                         "functional_impairment") == set()


# --- other targets --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Back pain since October 2, when he was hauling crates of floor tile into the basement.",
    "Pain started the day she was lugging sacks of potting soil to the greenhouse.",
])
def test_a_load_hauled_is_a_lifting_strain(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == {"present"}


def test_advice_against_carrying_is_no_strain(assertions_of):
    assert assertions_of(_plan("Avoid carrying heavy boxes for two weeks."), "trauma") == set()


def test_an_intact_exam_with_its_modalities_first_denies_sensory_loss(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: back pain.\n\nExam: Sensation to pinprick and vibration "
            "preserved distally in both legs.\n")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"absent"}


def test_a_doubted_epidural_hematoma_or_abscess_is_a_possible_infection(assertions_of):
    assert assertions_of(_ap("Epidural hematoma or abscess felt much less likely today."),
                         "spinal_infection") == {"possible"}


def test_an_epidural_hematoma_alone_is_no_infection(assertions_of):
    assert assertions_of(_ap("Epidural hematoma is unlikely."), "spinal_infection") == set()
