"""Readings mended after the blind batch d911-d924 (corpora/dev/ERRORS_d911-d924.md).

- A review-of-systems grid that writes each item before its sign ("fever (-)  chills (-)")
  answers the item before the minus: absent, not present (d924, a false urgent).
- An epidural abscess told with its day ("epidural abscess, worsening since yesterday") is no
  dated procedure; the procedure rule's span had taken the abscess's words (d917).
- A grade written after the muscle and its side ("EHL L 4/5", "TA R 4+/5") is weakness of
  that side (d914); the other side's normal in brackets ("biceps R 4/5 (L 5/5)") gives the
  weakness no second side (d595, which the first mend made bilateral under eviCore).
- "HNP, treated with microdiscectomy 2019" names the operation done (d920); "- none noted
  by pt or on exam" answers the sign before the dash (d920).
- A foreman or supervisor is someone other than the patient (d924); "Fam hx:" heads a Family
  History section (d912); a cue before a quotation in the same line is read with the line's
  quotes, not with the last characters only (d924).
- An order's reach ends at a quotation of the patient's words (d912); a therapist's
  "Progressing slowly" is the patient's progress in therapy (d912); pain into the back of the
  thigh that stops above the knee denies radicular pain without "the" too (d912).
- Work and function: "working with restrictions", "no overhead work" (d913), "walking limited
  to a block" (d914), "breaks q30 min" (d916), "missed 3 days of work, currently off"
  (d924); gait "guarded but steady" is still guarded (d924).
- Exam and course: "stable on flex/ext." (d914), "Biceps/triceps/BR 2+ sym" (d916), "9/10,
  constant, wakes him." (d917), "unchanged since eval" (d923).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note, plan_note as _plan


def _exam(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 8 weeks.\nExam: {body}\n"


# --- a grid's minus after its item ---------------------------------------------------------

GRID = ("Clinic 11/27/2026\nHPI: low back pain for 8 weeks.\nROS:\n"
        "General      | chills (-)  fevers (-)  weight loss (-)\n"
        "Urinary      | urinary retention (-)  dysuria (-)\n"
        "Neuro        | groin numbness (-)  leg weakness (-)\n"
        "Spine        | low back pain (+)\n")


@pytest.mark.parametrize("code", ["fever", "bladder_dysfunction", "saddle_anesthesia"])
def test_an_item_before_a_grid_minus_is_denied(assertions_of, code):
    assert assertions_of(GRID, code) == {"absent"}


def test_an_item_before_a_grid_plus_stays_present(assertions_of):
    assert assertions_of(GRID, "low_back_pain") == {"present"}


def test_a_leading_minus_still_denies_the_list_after_it(assertions_of):
    text = _note("low back pain (+)  (-) fever, chills, night sweats.")
    assert assertions_of(text, "fever") == {"absent"}
    assert assertions_of(text, "low_back_pain") == {"present"}


# --- an epidural abscess with its day ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A/P: Concern for lumbar epidural abscess, worse since yesterday. MRI L-spine w/wo.",
    "A/P: R/o thoracic epidural abscess, back pain much worse than a week ago.",
])
def test_a_dated_epidural_abscess_is_a_suspected_infection(assertions_of, text):
    assert assertions_of(_note("fevers.") + text, "spinal_infection") == {"possible"}


def test_a_dated_epidural_injection_stays_a_recent_procedure(assertions_of):
    assert assertions_of(_note("Had an epidural injection 3 days ago, no relief."),
                         "recent_spinal_procedure") == {"present"}


# --- muscle, side, grade -------------------------------------------------------------------

@pytest.mark.parametrize("body, side", [
    ("Strength: TA R 4/5, gastroc 5/5.", "right"),
    ("Motor: hip flexion left 4-/5, otherwise full.", "left"),
])
def test_a_grade_after_the_muscle_and_its_side_is_weakness(findings_of, body, side):
    table, result = findings_of(_exam(body))
    assert table.get("motor_weakness") == {"present"}
    assert [f.laterality for f in result.findings if f.code == "motor_weakness"] == [side]


def test_the_other_side_normal_in_brackets_keeps_the_weakness_one_sided(findings_of):
    # "(L 5/5)" is the partial normal of the same exam, not a second weak side (d595)
    table, result = findings_of(_exam("Motor: deltoid 5/5, triceps R 4/5 (L 5/5), grip 5/5."))
    assert [f.laterality for f in result.findings
            if f.code == "motor_weakness" and f.assertion == "present"] == ["right"]


def test_a_full_grade_after_the_muscle_and_its_side_is_no_weakness(assertions_of):
    assert assertions_of(_exam("Strength: TA R 5/5, EHL L 5/5."), "motor_weakness") == {"absent"}


# --- an operation that treated the problem; a dash that answers ----------------------------

def test_a_lesion_treated_with_an_operation_is_past(assertions_of):
    text = _note("Remote R L5-S1 disc herniation, treated with microdiscectomy in 2017, no "
                 "leg pain since.")
    assert assertions_of(text, "prior_spine_surgery") == {"present"}
    assert assertions_of(text, "disc_herniation") == {"historical"}


def test_an_operation_the_problem_could_be_treated_with_is_no_prior_surgery(assertions_of):
    text = _note("L4-5 disc herniation; if no better, this could be treated with "
                 "microdiscectomy.")
    assert "present" not in assertions_of(text, "prior_spine_surgery")


def test_none_noted_after_a_dash_denies_the_sign_before_it(assertions_of):
    text = _note('Afraid "the foot drop will return" - none noted on today\'s exam.')
    assert assertions_of(text, "foot_drop") == {"absent"}


def test_noted_after_a_dash_keeps_the_sign(assertions_of):
    text = _note("New L foot drop since Monday - noted by pt and on exam.")
    assert assertions_of(text, "foot_drop") == {"present"}


# --- other people, family sections, quotations ---------------------------------------------

@pytest.mark.parametrize("who", ["foreman", "supervisor"])
def test_a_foreman_or_supervisor_is_someone_else(assertions_of, who):
    text = _note(f"Wants imaging because his {who} had a herniated disc and needed a fusion.")
    assert assertions_of(text, "disc_herniation") == {"family"}
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


def test_the_patient_telling_his_supervisor_stays_his(assertions_of):
    text = _note("He told his supervisor about the numbness in his leg and was sent home.")
    assert assertions_of(text, "paresthesia") == {"present"}


def test_fam_hx_heads_a_family_history(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: low back pain for 8 weeks.\nPMH: asthma\n"
            'Fam hx: mother - "weak back", had spinal fusion x1\nSocial: welder\n')
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


def test_a_relative_after_an_earlier_quotation_on_the_line(assertions_of):
    text = _note('Says "sitting in the truck for the whole shift is killing my back". Came '
                 'in because his brother had a "ruptured disc" and then a fusion.')
    assert assertions_of(text, "disc_herniation") == {"family"}
    assert assertions_of(text, "prior_spine_surgery") == {"family"}


def test_a_relative_inside_a_quotation_reaches_only_its_end(assertions_of):
    text = _note('He says "my brother had sciatica too" and has R leg pain to the foot.')
    assert "present" in assertions_of(text, "radicular_pain")


# --- an order before a quotation; progress in therapy; pain short of the knee --------------

def test_an_order_does_not_reach_into_a_quotation(assertions_of):
    text = "Clinic 11/27/2026\nCC: back pain. Wants a CT order, \"chiropractic did nothing\"\n"
    assert assertions_of(text, "chiropractic_care") == {"present"}


def test_an_order_still_plans_what_follows_it(assertions_of):
    assert assertions_of(_plan("- order PT 2x/wk x 6 wks"), "physical_therapy") == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "PT progress note\nTherapist comments: Progressing steadily, tolerating core work.\n",
    "PT daily note\nAssessment: progressing well, good form with hinging.\n",
])
def test_progress_in_therapy_is_no_symptom_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == set()


def test_a_symptom_progressing_slowly_is_progression(assertions_of):
    assert assertions_of(_note("Numbness in the L foot progressing slowly over 3 weeks."),
                         "symptom_progression") == {"present"}


def test_pain_into_the_back_of_thigh_stopping_above_the_knee_is_not_radicular(assertions_of):
    text = _note("Ache into back of thigh, stops above the knee, worse sitting.")
    assert assertions_of(text, "radicular_pain") == {"absent"}


def test_pain_into_the_back_of_thigh_and_calf_is_radicular(assertions_of):
    text = _note("Shooting pain into back of thigh and calf on the R, worse sitting.")
    assert assertions_of(text, "radicular_pain") == {"present"}


# --- work, walking, breaks, gait -----------------------------------------------------------

def test_working_with_restrictions_is_a_work_status_in_force(assertions_of):
    text = _note("Has been back at work with restrictions since the spring.")
    assert assertions_of(text, "activity_modification") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_no_overhead_work_is_a_restriction(assertions_of):
    assert assertions_of(_plan("- Continue no overhead lifting for now."),
                         "activity_modification") == {"present"}
    assert assertions_of(_plan("- No overhead work x 3 wks."),
                         "activity_modification") == {"hypothetical"}


def test_walking_limited_to_a_block_is_a_limit(assertions_of):
    assert assertions_of(_note("Walking is limited to half a block by the calf pain."),
                         "functional_impairment") == {"present"}
    assert assertions_of(_note("Walking limited to a degree by the ache."),
                         "functional_impairment") == set()


def test_breaks_at_a_stated_interval_pace_the_work(assertions_of):
    assert assertions_of(_note("Desk job, takes stretch breaks every 20 minutes."),
                         "activity_modification") == {"present"}


def test_off_work_told_without_the_word_again(assertions_of):
    text = _note("Missed a week of work, currently off since the foreman will not let him "
                 "climb.")
    assert assertions_of(text, "activity_modification") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_off_medication_is_no_work_status(assertions_of):
    text = _note("Had to leave work early twice, still off meds since Friday.")
    assert assertions_of(text, "activity_modification") == set()


def test_a_guarded_gait_called_steady_is_still_guarded(assertions_of):
    assert assertions_of(_exam("Gait guarded but steady, no cane."),
                         "gait_abnormality") == {"present"}


def test_a_slow_gait_called_steady_is_no_gait_disorder(assertions_of):
    assert assertions_of(_exam("Gait slow but steady, no cane."),
                         "gait_abnormality") == {"absent"}


# --- exam and course -----------------------------------------------------------------------

def test_stable_on_flex_ext_ending_its_clause_denies_instability(assertions_of):
    text = _note("Radiographs: grade 1 L5-S1 anterolisthesis, stable on flexion/extension.")
    assert assertions_of(text, "flexion_extension_instability") == {"absent"}


def test_flexion_extension_exercises_are_no_instability_finding(assertions_of):
    text = _plan("- Stable on flexion/extension exercises: progress to loaded work.")
    assert assertions_of(text, "flexion_extension_instability") == set()


def test_a_list_of_reflexes_all_2_plus_is_normal(assertions_of):
    assert assertions_of(_exam("Knee/ankle jerks 2+ symmetric. Sensation intact."),
                         "reflex_abnormality") == {"absent"}


def test_a_list_of_normal_reflexes_beside_a_low_one_is_abnormal(assertions_of):
    assert assertions_of(_exam("Biceps/triceps 2+ sym, BR 1+ on the R."),
                         "reflex_abnormality") == {"present"}


def test_waking_at_the_end_of_a_pain_list_is_night_pain(assertions_of):
    text = _note("Low back pain 8/10, sharp, worse with coughing, wakes her. No fever.")
    assert assertions_of(text, "night_pain") == {"present"}


def test_an_alarm_waking_her_is_no_night_pain(assertions_of):
    text = _note("Low back pain 5/10. Her alarm wakes her at 5 for the early shift.")
    assert assertions_of(text, "night_pain") == set()


def test_unchanged_since_the_evaluation_denies_progression(assertions_of):
    text = "PT progress\nSubjective: tingling in the L heel and sole still daily, unchanged since initial eval.\n"
    assert assertions_of(text, "symptom_progression") == {"absent"}


def test_worse_since_the_evaluation_is_progression(assertions_of):
    text = "PT progress\nSubjective: tingling in the L heel and sole worse since initial eval.\n"
    assert assertions_of(text, "symptom_progression") == {"present"}
