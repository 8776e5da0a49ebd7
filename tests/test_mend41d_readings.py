"""Readings behind determinations, urgency and red flags (session 41, mend41d; the blind batch
e561-e600). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A worksheet's red-flag screen answered "- none documented" denies the flag ("CES - none
   documented"), as "- none noted" does.
2. A red-flag screen answered with a bare capital N ("fever N; IVDU N; CES sx N.") denies each
   red flag it closes; a suspicion ("Concern for CES") keeps it.
3. One token naming both places to go ("call 911/ED for ...", "sooner/911 for ...") opens a
   precaution; a call the patient made ("she called 911/ED for ...") does not.
4. "Babinski down" is a flexor plantar response: no upper motor neuron sign; "Babinski up"
   stays one.
5. A therapy's graded dose ("progressive loading", "progressive resistance exercise") is no
   worsening; "progressive leg weakness" stays one.
6. "Pain since T7 compression fracture in 2021 (healed)": the "since" tells what has run since
   the fracture, not that the fracture goes on - historical; a recent one stays present.
7. A screen's "cancer - pt has none" denies the cancer.
8. A weight loss the note calls sought a few words after its cause ("15 lb wt loss on diet
   this year (intentional, pleased)") is no unexplained weight loss.
9. What the patient is told to report ("a new fever ... should be called in the same day",
   "Knows to tell unit RN for fever or rigors") is a precaution: hypothetical; a fever she
   reported stays present.
"""

import pytest

from note_text import section_note as _note


# ---- 1. "- none documented" --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Red flags: CES - none documented; infection - none; ca - none",
    "Screen: cauda equina syndrome - none reported.",
])
def test_a_screen_answered_none_documented_denies_the_flag(assertions_of, body):
    assert assertions_of(_note(body, "Review"), "cauda_equina_syndrome") == {"absent"}


# ---- 2. a bare capital N answering a red-flag screen ---------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Red flag screen: fever N; ca hx N; IVDU N; CES sx N.", "cauda_equina_syndrome"),
    ("Red flag screen: fever N; ca hx N; IVDU N; CES sx N.", "fever"),
    ("Red flag screen: fever N; ca hx N; IVDU N; CES sx N.", "iv_drug_use"),
])
def test_a_screen_answered_n_denies_each_flag(assertions_of, body, code):
    assert assertions_of(_note(body, "Review"), code) == {"absent"}


def test_a_suspected_cauda_equina_keeps_its_suspicion(assertions_of):
    assert assertions_of(_note("Concern for CES - MRI tonight.", "A/P"),
                         "cauda_equina_syndrome") == {"possible"}


# ---- 3. one token naming both places: a precaution -----------------------------------------

@pytest.mark.parametrize("body", [
    "Advised: call 911/ED for loss of bladder control or numbness between the legs.",
    "He will come in first thing tomorrow, sooner/911 for loss of bladder control.",
])
def test_911_slash_ed_for_opens_a_precaution(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


def test_a_call_the_patient_made_is_no_precaution(assertions_of):
    body = "She called 911/ED for loss of bladder control yesterday."
    assert assertions_of(_note(body), "bladder_dysfunction") == {"present"}


# ---- 4. Babinski down ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Reflexes 2+ and symmetric. Babinski down.",
    "Babinski down bilaterally.",
])
def test_babinski_down_is_no_upper_motor_neuron_sign(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "upper_motor_neuron_signs") == {"absent"}


def test_babinski_up_stays_a_sign(assertions_of):
    assert assertions_of(_note("Babinski up on the left.", "Exam"),
                         "upper_motor_neuron_signs") == {"present"}


# ---- 5. progressive loading ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "PT 2x/wk x 6 wks: manual therapy, motor control, progressive loading.",
    "Plan progressive resistance exercise for the hip girdle.",
])
def test_a_therapys_graded_dose_is_no_worsening(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "symptom_progression") == set()


def test_a_progressive_weakness_stays_a_worsening(assertions_of):
    assert assertions_of(_note("Progressive leg weakness over 2 weeks."),
                         "symptom_progression") == {"present"}


# ---- 6. pain since an old fracture -----------------------------------------------------------

def test_pain_since_an_old_fracture_puts_the_fracture_in_the_past(assertions_of):
    body = "Mid-back pain since T4 compression fracture in 2020 (braced, healed)."
    assert assertions_of(_note(body), "spinal_fracture") == {"historical"}


def test_pain_since_a_recent_fracture_keeps_it_present(assertions_of):
    body = "Pain since T12 compression fracture 3 weeks ago."
    assert assertions_of(_note(body), "spinal_fracture") == {"present"}


# ---- 7. "- pt has none" ------------------------------------------------------------------------

def test_a_screen_answered_pt_has_none_denies_the_cancer(assertions_of):
    body = "Red flags: cancer - pt has none (brother - family hx only); fracture - old."
    assert "present" not in assertions_of(_note(body, "Review"), "malignancy")
    assert "absent" in assertions_of(_note(body, "Review"), "malignancy")


# ---- 8. a sought weight loss, qualified after its cause --------------------------------------

def test_a_weight_loss_called_intentional_after_its_cause_is_denied(assertions_of):
    body = "LFTs better with a 12 lb wt loss on diet this spring (intentional, pleased)."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_an_unexplained_weight_loss_stays(assertions_of):
    body = "12 lb weight loss over 2 months and night sweats."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"present"}


# ---- 9. what the patient is told to report ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "He understands that a new fever or chills should be called in the same day.",
    "Knows to tell the dialysis nurse for fever or rigors.",
])
def test_what_the_patient_is_told_to_report_is_a_precaution(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "fever") == {"hypothetical"}


def test_a_fever_she_reported_stays_present(assertions_of):
    body = "Fever to 101 last night, which she reported to the on-call nurse."
    assert assertions_of(_note(body), "fever") == {"present"}
