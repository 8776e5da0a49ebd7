"""Readings mended by mend28a from the P lines left in ERRORS_e001-e010.md.

- A field of treatments tried answered none, "Injections: none to date", denies the injection
  (e004); another joint's injections ("Knee injections: none") say nothing of the spine.
- "does not wrap around or go down the legs": a denied verb whose "or" joins a second way the
  pain goes denies both (e007); a "but" that turns to what the pain does keeps it present.
- A gait field whose description goes on after a comma to a pair of its qualities, "Gait: takes
  a few steps with a walker, slow and guarded" (e007); a steady, normal pair is no finding.
- A weight said to be about the same is no weight loss (e006); a pain about the same is no
  weight finding.
- Osteomyelitis of a foot bone told with its side and ordinal, "of R 2nd metatarsal head", is
  not the spine (e006); osteomyelitis of a vertebra still is.
- "The grip has been getting weaker" is a worsening (e003); "not getting weaker" is none.
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body, complaint="low back pain for 8 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


# --- a treatments field answered none -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Treatments tried: PT 6 weeks; Injections: none so far.",
    "Prior injections: none.",
])
def test_injections_field_answered_none_denies_the_injection(assertions_of, body):
    assert assertions_of(_note(body), "epidural_steroid_injection") == {"absent"}


def test_another_joints_injections_answered_none_say_nothing(assertions_of):
    assert assertions_of(_note("Knee injections: none."), "epidural_steroid_injection") == set()


# --- a denied verb joined by 'or' to a second way the pain goes ------------------------------

@pytest.mark.parametrize("body", [
    "The ache doesn't spread out or travel into either leg.",
    "It stays central and did not wrap round or radiate down the thighs.",
])
def test_denial_carries_over_or_to_the_second_verb(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == {"absent"}


def test_but_turning_to_what_the_pain_does_keeps_it_present(assertions_of):
    text = _note("Pain does not wake her, but it does go down the left leg.")
    assert assertions_of(text, "radicular_pain") == {"present"}


# --- a gait field that goes on after a comma ---------------------------------------------------

def test_gait_field_ending_in_a_pair_of_qualities_is_abnormal(assertions_of):
    text = _note("Exam: Gait: gets up from the stretcher with help, stiff and cautious.")
    assert assertions_of(text, "gait_abnormality") == {"present"}


def test_gait_field_ending_in_a_steady_pair_is_no_finding(assertions_of):
    text = _note("Exam: Gait: takes a few steps with the cane, steady and normal.")
    assert "present" not in assertions_of(text, "gait_abnormality")


# --- a weight about the same -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "She eats less, but her weight has stayed roughly the same since spring.",
    "Weight was essentially unchanged at today's visit.",
])
def test_weight_about_the_same_denies_weight_loss(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_pain_about_the_same_is_no_weight_finding(assertions_of):
    text = _note("The pain is about the same as last month.")
    assert assertions_of(text, "unexplained_weight_loss") == set()


# --- osteomyelitis of a foot bone --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "PMH: diabetic ulcer with osteomyelitis of left 1st metatarsal head, treated 2025.",
    "PMH: osteomyelitis of the right great toe 2024, amputated.",
])
def test_osteomyelitis_of_a_foot_bone_is_no_spinal_infection(assertions_of, body):
    assert assertions_of(_note(body), "spinal_infection") == set()


def test_osteomyelitis_of_a_vertebra_is_still_spinal(assertions_of):
    text = _note("PMH: osteomyelitis of the L3 vertebral body 2019, treated with antibiotics.")
    assert assertions_of(text, "spinal_infection") == {"historical"}


# --- a weakness told growing --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Her right hand has been steadily getting weaker; she drops cups.",
    "The left leg is getting weaker on stairs.",
])
def test_getting_weaker_is_a_worsening(assertions_of, body):
    assert assertions_of(_note(body), "symptom_progression") == {"present"}


def test_not_getting_weaker_is_no_worsening(assertions_of):
    text = _note("The arms are not getting weaker.")
    assert "present" not in assertions_of(text, "symptom_progression")


# --- a document still to come, a home program expected ----------------------------------------

def test_a_therapy_report_to_follow_names_therapy_done(assertions_of):
    text = _note("Enclosed: clinic note 11/20/2026 and chiropractic records (to follow).")
    assert assertions_of(text, "chiropractic_care") == {"present"}


def test_a_therapy_to_follow_is_still_planned(assertions_of):
    text = _note("Chiropractic to follow once the MRI is read.")
    assert assertions_of(text, "chiropractic_care") == {"hypothetical"}


def test_an_expected_discharge_to_the_home_program_is_to_come(assertions_of):
    text = _note("Plan: 4 more visits; expect d/c to HEP at that point.")
    assert assertions_of(text, "home_exercise_program") == {"hypothetical"}


def test_a_discharge_to_the_home_program_done_is_present(assertions_of):
    text = _note("Discharged to HEP last week after 10 visits.")
    assert assertions_of(text, "home_exercise_program") == {"present"}


# --- the clause a semicolon opens keeps the time of the one before --------------------------

def test_clause_after_semicolon_keeps_an_old_year(assertions_of):
    text = _note("Back in 2018 she had a bout of right sciatica; the orthopedist found EHL 4/5 "
                 "and a reduced ankle jerk.", "neck pain for 4 weeks.")
    assert assertions_of(text, "motor_weakness") == {"historical"}
    assert assertions_of(text, "reflex_abnormality") == {"historical"}


@pytest.mark.parametrize("clause", [
    "now she has EHL 4/5 on the right.",
    "she has had EHL 4/5 on the right for a month.",
])
def test_clause_after_semicolon_that_speaks_of_now_stays_present(assertions_of, clause):
    text = _note(f"She had a lumbar discectomy in 2016; {clause}", "neck pain for 4 weeks.")
    assert assertions_of(text, "motor_weakness") == {"present"}
