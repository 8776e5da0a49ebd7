"""Readings mended after the blind batches d969-d998 (corpora/dev/ERRORS_d969-d978.md,
ERRORS_d979-d988.md, ERRORS_d989-d998.md; corpora/dev/MEND27b.md).

- A weight written beside an earlier one is a loss only when the earlier weight is the greater
  by more than 2% ("wt 63.5 kg (63.7 kg in 06/2026)" is a weight held, d998; as dev d183, d418,
  d430).
- A slashed "numbness/weakness in the legs" in a precaution warns of both paresthesia and
  motor weakness: the limb after it no longer lets the weakness rule take the whole list
  (d978, d998; as dev d255).
- "no dynamic translation" on flexion/extension films denies the instability (d992).
- "independent with his ADLs" is no limitation of function (d992, as dev d411).
- "sensation nl trunk & legs": "nl" is normal, the dermatomes denied (d998).
- "has not had ... any exercise program" denies a home exercise program (d972, as d447).
- "can get his own socks on again": a self-care task regained is a limitation over,
  functional_impairment historical (ANNOTATION "Back to full duty"; d990).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


def _exam(line):
    return f"Clinic 11/27/2026\nHPI: low back pain for 8 weeks.\nExam: {line}\n"


# --- a weight held is no loss -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "BP 128/76, wt 70.2 kg (70.5 kg in 03/2026).",
    "Weight 154 lbs (152 lbs last spring). Afebrile.",
])
def test_a_weight_held_beside_an_earlier_one_is_no_loss(assertions_of, line):
    assert "present" not in assertions_of(_exam(line), "unexplained_weight_loss")


def test_a_weight_fallen_from_an_earlier_one_stays_a_loss(assertions_of):
    assert assertions_of(_exam("Wt 64.0 kg (71.5 kg in 05/2026), not dieting."),
                         "unexplained_weight_loss") == {"present"}


# --- numbness/weakness in a limb -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Return to the ED for any numbness/weakness in the arms.",
    "Go to the ED for new tingling/weakness in both legs or trouble voiding.",
])
def test_a_slashed_precaution_in_a_limb_warns_of_both(assertions_of, line):
    text = f"Clinic 11/27/2026\nHPI: neck pain for 2 weeks.\nPlan: ice.\n{line}\n"
    assert assertions_of(text, "paresthesia") == {"hypothetical"}
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}


def test_weakness_alone_in_a_precaution_is_no_paresthesia(assertions_of):
    text = "Clinic 11/27/2026\nHPI: neck pain for 2 weeks.\nPlan: call for weakness in the arms.\n"
    assert assertions_of(text, "motor_weakness") == {"hypothetical"}
    assert assertions_of(text, "paresthesia") == set()


# --- dynamic films ---------------------------------------------------------------------------

def test_no_dynamic_translation_denies_instability(assertions_of):
    text = _note("Standing films with flexion and extension: 3 mm anterolisthesis of L5 on "
                 "S1, no dynamic translation; disc height loss L5-S1.")
    assert assertions_of(text, "flexion_extension_instability") == {"absent"}


def test_translation_of_a_language_is_no_instability(assertions_of):
    text = _note("Spanish-speaking, translation provided by the daughter.")
    assert assertions_of(text, "flexion_extension_instability") == set()


# --- function ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Retired, lives with her husband, independent in all ADLs.",
    "Widowed, independent with activities of daily living.",
])
def test_independent_with_adls_is_no_limitation(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"absent"}


def test_help_with_adls_stays_a_limitation(assertions_of):
    assert assertions_of(_note("Since the flare she needs help with dressing and bathing."),
                         "functional_impairment") == {"present"}


@pytest.mark.parametrize("body", [
    "Much better: he can tie his shoes again and walks a mile.",
    "Improving, and she is able to put her own socks on again.",
])
def test_a_self_care_task_regained_is_a_limitation_over(assertions_of, body):
    assert assertions_of(_note(body), "functional_impairment") == {"historical"}


def test_a_self_care_task_done_for_her_stays_present(assertions_of):
    assert assertions_of(_note("Her daughter has to put her shoes on for her."),
                         "functional_impairment") == {"present"}


# --- sensation "nl" ---------------------------------------------------------------------------

def test_sensation_nl_denies_the_dermatomal_loss(assertions_of):
    text = _exam("Strength 5/5 bilat; DTRs 2+; sensation nl both legs; gait steady.")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"absent"}


def test_sensation_decreased_stays_a_dermatomal_loss(assertions_of):
    text = _exam("Strength 5/5 bilat; sensation decreased over the L5 dermatome on the right.")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}


# --- an exercise program denied -----------------------------------------------------------------

def test_no_exercise_program_denies_the_home_program(assertions_of):
    text = _note("He has not had chiropractic care or any exercise program for the neck.")
    assert assertions_of(text, "home_exercise_program") == {"absent"}


def test_a_spondyloarthritis_exercise_program_by_pt_is_no_home_program(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: inflammatory back pain.\nPlan: PT referral for a "
            "spondyloarthritis exercise program.\n")
    assert assertions_of(text, "home_exercise_program") == set()
