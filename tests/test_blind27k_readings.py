"""Readings mended after the blind batch e021-e030 (corpora/dev/ERRORS_e021-e030.md).

- "if the left foot becomes floppy": foot drop in lay words (e021).
- "Despite all of this the pain is no better": the treatments just told failed together (e024).
- "had failed injections", "[ ] Injections" in a list of treatments tried (e024, e022).
- "Sleep interrupted some nights by the leg pain"; "wakes every time she turns in bed" (e030,
  e027).
- "Working his regular routes": work kept as it was (e030).
- Lab rows with dotted leaders ("CRP ........ 118 mg/L (H)") (e026).
- "has been doing the stretches from the handout we gave her": done, not handed over (e029).
- "worst 8/10 in the first week": the peak is the episode's first days (e028).
- "light touch diminished over all fingers": a glove-like loss, not a dermatome (e025).
- "No hardware fracture": the implant, not a vertebra (e026).
- "Dr. Varga (spine surgery) agrees": the doctor's specialty, no operation (e027).
- "this could be a tumor": a tumour feared, malignancy possible (e028).
- "TLIF (Dr.\\nAmes, ...) for stenosis": a title's full stop at a line's end ends no sentence
  (e026).
- "barely been out of bed", "needs help to get to the bathroom" (e026).
- "keep the reduced schedule": a work restriction in force (e023).
- "If the deficit progresses or MRI shows stenosis": what a study may show (e023).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


def _plan(line):
    return f"Clinic 11/27/2026\nHPI: back pain.\n\nPlan:\n{line}\n"


# --- lay words for a foot drop -------------------------------------------------------------

def test_a_floppy_foot_in_a_precaution_is_foot_drop(assertions_of):
    assert assertions_of(_plan("- Come back at once if the left foot gets floppy or catches."),
                         "foot_drop") == {"hypothetical"}


def test_a_floppy_feeling_elsewhere_is_no_foot_drop(assertions_of):
    assert assertions_of(_note("Her neck muscles feel floppy by evening."), "foot_drop") == set()


# --- a course failed, told after the treatments -------------------------------------------

@pytest.mark.parametrize("body", [
    "Despite all of this her back pain is no better.",
    "Despite all the above, the leg pain has not improved.",
])
def test_despite_all_of_this_no_better_is_a_failed_course(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


def test_despite_all_of_this_with_no_symptom_is_no_failure(assertions_of):
    assert assertions_of(_note("Despite all of this he stays cheerful and active."),
                         "conservative_care_failed") == set()


# --- injections ----------------------------------------------------------------------------

def test_failed_injections_were_had(assertions_of):
    assert assertions_of(_note("Fused in 2025 for a herniated disc that had failed injections."),
                         "epidural_steroid_injection") == {"present"}


def test_an_unchecked_injections_box_denies_them(assertions_of):
    text = ("Clinic 11/27/2026\nTreatments tried (check all):\n [X] Advil\n"
            " [ ] Physical therapy   [ ] Injections   [ ] Massage\n")
    assert assertions_of(text, "epidural_steroid_injection") == {"absent"}


def test_failed_knee_injections_are_no_spinal_injection(assertions_of):
    assert assertions_of(_note("Failed injections into the knee last year."),
                         "epidural_steroid_injection") == set()


# --- sleep ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sleep interrupted some nights by the arm pain.",
    "He wakes up whenever he rolls over in bed.",
])
def test_sleep_broken_by_the_pain_is_night_pain(assertions_of, body):
    assert assertions_of(_note(body), "night_pain") == {"present"}


def test_waking_at_an_hour_is_no_night_pain(assertions_of):
    assert assertions_of(_note("She wakes at 6 and turns on the radio."), "night_pain") == set()


# --- work kept, work cut back --------------------------------------------------------------

def test_working_his_regular_routes_is_no_impairment(assertions_of):
    assert assertions_of(_note("Driving his regular routes? Yes - working his regular routes."),
                         "functional_impairment") == {"absent"}


def test_keeping_a_reduced_schedule_is_a_restriction_in_force(assertions_of):
    text = _plan(" - Work: he will stay on the reduced schedule for now.")
    assert assertions_of(text, "activity_modification") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "Son says she has hardly left her bed for 2 days.",
    "He needs help to get to the toilet since Sunday.",
])
def test_days_in_bed_and_help_to_the_toilet_are_impairment(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


# --- lab rows with dotted leaders ----------------------------------------------------------

def test_dotted_lab_rows_read_their_values(assertions_of):
    high = "Clinic 11/27/2026\nLABS\n CRP .......... 64 mg/L   (H)\n ESR .......... 55 mm/hr\n"
    normal = "Clinic 11/27/2026\nLABS\n CRP .......... 2 mg/L\n ESR .......... 9 mm/hr\n"
    assert assertions_of(high, "elevated_inflammatory_markers") == {"present"}
    assert assertions_of(normal, "elevated_inflammatory_markers") == {"absent"}


# --- a home program done from a handout ----------------------------------------------------

def test_exercises_done_from_a_handout_are_present(assertions_of):
    assert assertions_of(_note("He does the pelvic tilts from his handout every morning."),
                         "home_exercise_program") == {"present"}


def test_a_handout_given_today_stays_to_come(assertions_of):
    assert assertions_of(_plan("- Core exercises from the handout, twice a day."),
                         "home_exercise_program") != {"present"}


# --- a peak in the first days ----------------------------------------------------------------

def test_worst_in_the_first_days_is_historical(assertions_of):
    assert assertions_of(_note("Pain 4/10 now, worst 9/10 in the first few days."),
                         "severe_pain") == {"historical"}


def test_a_score_today_stays_present(assertions_of):
    assert assertions_of(_note("Pain 8/10 today, worse with sitting."),
                         "severe_pain") == {"present"}


# --- sensory loss in every finger ------------------------------------------------------------

def test_loss_in_all_fingers_told_sense_first_is_no_dermatome(assertions_of):
    assert assertions_of(_note("Sensation: pinprick reduced over all fingers of both hands."),
                         "dermatomal_sensory_loss") == set()


def test_loss_over_two_fingers_stays_dermatomal(assertions_of):
    assert assertions_of(_note("Sensation: pinprick reduced over the L thumb and index finger."),
                         "dermatomal_sensory_loss") == {"present"}


# --- an implant's fracture, a doctor's specialty ---------------------------------------------

def test_a_hardware_fracture_is_no_spinal_fracture(assertions_of):
    assert assertions_of(_note("Films: rods intact, no screw fracture or loosening."),
                         "spinal_fracture") == set()


def test_an_acute_fracture_denied_beside_it_stays_absent(assertions_of):
    assert assertions_of(_note("Films: no hardware fracture; no acute fracture."),
                         "spinal_fracture") == {"absent"}


def test_a_doctors_specialty_is_no_prior_surgery(assertions_of):
    assert assertions_of(_plan("- Reviewed with Dr. Okoro (spine surgery), who agrees."),
                         "prior_spine_surgery") == set()


def test_spine_surgery_done_stays(assertions_of):
    assert assertions_of(_note("He had spine surgery in 2019 for stenosis."),
                         "prior_spine_surgery") == {"present"}


# --- a tumour feared -------------------------------------------------------------------------

def test_a_tumour_feared_is_possible(assertions_of):
    assert assertions_of(_note("He has talked himself into believing this might be a tumor."),
                         "malignancy") == {"possible"}


def test_tumour_markers_are_no_tumour(assertions_of):
    assert assertions_of(_note("Asked whether this could be a tumor marker issue - no."),
                         "malignancy") == set()


# --- a title's full stop at a line's end ------------------------------------------------------

def test_a_wrapped_surgeons_name_keeps_the_operation_with_its_reason(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: 60F s/p L3-4 TLIF on 09/02/2026 (Dr.\nOkafor, Lakeside "
            "Spine) for grade 1 spondylolisthesis with stenosis. Doing well.\n")
    assert assertions_of(text, "spinal_stenosis") == {"historical"}
    assert assertions_of(text, "spondylolisthesis") == {"historical"}


def test_a_full_stop_ending_a_line_still_ends_the_sentence(assertions_of):
    text = "Clinic 11/27/2026\nHPI: Seen by his GP.\nSpinal stenosis at L4-5 on the 2025 MRI.\n"
    assert assertions_of(text, "spinal_stenosis") == {"present"}


# --- what a study may show, as a condition's second branch -----------------------------------

def test_or_mri_shows_is_uncertain(assertions_of):
    text = _plan(" - If the weakness worsens or MRI shows a large disc herniation, refer.")
    assert assertions_of(text, "disc_herniation") == {"possible"}


def test_mri_shows_alone_stays_present(assertions_of):
    assert assertions_of(_note("MRI shows foraminal stenosis at L4-5."),
                         "spinal_stenosis") == {"present"}
