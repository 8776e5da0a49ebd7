"""Readings behind determinations, urgency and red flags (session 42, mend42d; the blind batch
e601-e640). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A triage script's question answered after an arrow ("Fever? -> No") denies its item, as
   "Fever? - no" does; "-> yes" does not.
2. A condition the clinician explains is rare ("explained that cauda equina syndrome is
   rare") is generic counselling: no finding; a possessive keeps it.
3. "chronic" after the fracture ("T11 wedging chronic, unchanged") dates it old, as before it;
   a new fracture beside a chronic one keeps its present.
4. "Neuro screen neg: LE strength 5/5": a heading's denial over the list does not turn a
   normal grade round into weakness.
5. "Intentional wt loss 35 lb": the word before the loss calls it sought, as after it.
6. Decreased light touch over the whole leg follows no dermatome: no dermatomal sensory loss.
7. A fall told low (a step stool) is no fall from a height for AIM's high-energy mechanism.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# ---- 1. "? -> No" ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Loss of bladder control? -> No\n Any fever? -> No\n", "bladder_dysfunction"),
    ("Loss of bladder control? -> No\n Any fever? -> No\n", "fever"),
    ("Numbness in the groin? -> no.\n", "saddle_anesthesia"),
])
def test_a_question_answered_no_after_an_arrow_denies_it(assertions_of, body, code):
    assert assertions_of(_note(body, "Triage"), code) == {"absent"}


def test_a_question_answered_yes_after_an_arrow_is_not_denied(assertions_of):
    assert "absent" not in assertions_of(_note("Fever? -> yes, 101.2 last night\n", "Triage"),
                                         "fever")


# ---- 2. explained that X is rare -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Counselling: explained that cauda equina syndrome is rare; ED for saddle numbness.",
    "Discussed that cauda equina is very uncommon after a simple strain.",
])
def test_a_condition_told_rare_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "cauda_equina_syndrome") == set()


def test_a_patients_own_condition_told_rare_keeps_it(assertions_of):
    body = "Explained that her cauda equina syndrome is rare at her age."
    assert assertions_of(_note(body, "Assessment"), "cauda_equina_syndrome") == {"present"}


# ---- 3. chronic after the fracture -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Radiographs reviewed: T11 wedging chronic, unchanged vs 2021 CT.",
    "L1 compression fracture appears chronic.",
    "Chronic T12 wedge deformity.",
])
def test_chronic_after_or_before_the_fracture_dates_it_old(assertions_of, body):
    assert assertions_of(_note(body, "Data"), "spinal_fracture") == {"historical"}


def test_a_new_fracture_beside_a_chronic_one_stays_present(assertions_of):
    body = "Acute T12 fracture and chronic L1 wedging."
    assert assertions_of(_note(body, "Data"), "spinal_fracture") == {"present", "historical"}


# ---- 4. a heading's "neg:" over normal items ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Neuro screen neg: LE strength 5/5, SLR neg.",
    "Negative: strength 5/5 throughout.",
])
def test_a_headings_denial_does_not_turn_a_normal_grade_round(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "motor_weakness") == {"absent"}


def test_a_weak_grade_stays_weakness(assertions_of):
    assert assertions_of(_note("Strength: L EHL 4/5.", "Exam"), "motor_weakness") == {"present"}


# ---- 5. intentional before the weight loss ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Intentional wt loss 35 lb since May on semaglutide.",
    "Deliberate weight loss of 20 lb with diet this year.",
])
def test_a_loss_called_intentional_before_it_is_denied(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_a_loss_after_a_but_stays(assertions_of):
    body = "Intended to diet but lost 30 lb without trying."
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"present"}


# ---- 6. a whole limb's sensory change --------------------------------------------------------

def test_a_whole_legs_sensory_change_is_no_dermatomal_loss(assertions_of):
    body = "Sensory: reports decreased LT over the whole L leg from hip to toes."
    assert assertions_of(_note(body, "Exam"), "dermatomal_sensory_loss") == {"absent"}


def test_a_dermatomes_loss_beside_a_whole_legs_weakness_stays(assertions_of):
    body = "Decreased LT L5 dermatome, weakness of the whole leg."
    assert assertions_of(_note(body, "Exam"),
                         "dermatomal_sensory_loss") == {"present"}


# ---- 7. a fall from a step stool -------------------------------------------------------------

_ED = ("Urgent care 11/20/2026\n45M {} R mid-back pain. Moves all extremities, strength 5/5, "
       "sensation intact.\nPlan: CT T-spine.\n")


def _aim(review_note, mechanism):
    result = review_note(_ED.format(mechanism), age=45, cpt="72128")
    return next(d for d in result.determinations if d.guideline == "aim-spine")


@pytest.mark.parametrize("mechanism", [
    "fell ~2 ft off a step stool this morning; fall from height < 3 ft.",
    "fell from the bottom rung of a ladder today.",
])
def test_a_fall_told_low_is_no_high_energy_mechanism(review_note, mechanism):
    assert "fracture_trauma" not in _aim(review_note, mechanism).basis


def test_a_fall_from_a_ladder_stays_high_energy(review_note):
    aim = _aim(review_note, "fell 12 feet from a ladder today.")
    assert aim.outcome == "met" and "fracture_trauma" in aim.basis
