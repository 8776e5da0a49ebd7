"""Readings found on session 17's blind batch (d533-d562, corpora/dev/ERRORS_d533-d562.md),
written as general families with new sentences, each beside a look-alike that must not change:
a return instruction with time or place words before its "for/if" is a precaution; a doubt
set after a dash ("X - considered and felt very unlikely") reaches back to X; a region before
"epidural abscess" keeps the abscess (not an epidural injection); a patient's conviction that
she has a diagnosis is her fear; "an ache in the low back" is low back pain; "offer her an
L4-5 decompression" is a plan, not a past operation; "motorcyclist vs guardrail" and "since
the crash" are trauma, "trauma ICU" is not."""
import pytest


# -- a return instruction with its time or place (d547: false met x2, false urgent) ---------

@pytest.mark.parametrize("text, code", [
    ("Call or come in the same day for fever, leg weakness or trouble walking.", "fever"),
    ("Call or come in the same day for fever, leg weakness or trouble walking.",
     "motor_weakness"),
    ("Return to clinic right away if numbness in the groin develops.", "saddle_anesthesia"),
    ("Come back to the ER immediately with any new bladder retention.", "bladder_dysfunction"),
    ("Please phone the office today for fevers or weakness.", "fever"),
])
def test_a_return_instruction_with_its_time_or_place_is_a_precaution(assertions_of, text,
                                                                      code):
    assert assertions_of(text + "\n", code) == {"hypothetical"}


@pytest.mark.parametrize("text, code", [
    # the patient's own account of coming in, and work words, are no instruction
    ("He came in the same day with fever and leg weakness.", "fever"),
    ("She will return to work with restrictions despite the leg weakness.", "motor_weakness"),
])
def test_a_visit_told_or_a_return_to_work_is_not_a_precaution(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"present"}


# -- a doubt set after a dash, with a degree word (d547) ------------------------------------

@pytest.mark.parametrize("text", [
    "2. Discitis or vertebral osteomyelitis after the root canal - considered and felt very "
    "unlikely: afebrile, CRP normal.",
    "Epidural abscess - considered but thought highly unlikely given normal labs.",
    "Osteomyelitis was considered and felt very unlikely.",
])
def test_a_weighed_doubt_after_a_dash_reaches_the_diagnosis(findings_of, text):
    table, result = findings_of(text + "\n")
    assert table["spinal_infection"] == {"possible"}
    assert all(f.doubted for f in result.findings if f.code == "spinal_infection")


def test_a_dash_before_other_words_is_no_doubt(assertions_of):
    text = "Discitis at L4-5 - considered for biopsy by IR tomorrow.\n"
    assert assertions_of(text, "spinal_infection") == {"present"}


# -- a region before "epidural abscess" (d547) ---------------------------------------------

@pytest.mark.parametrize("text", [
    "MRI today: thoracic epidural abscess from T6 to T9.",
    "Working diagnosis: lumbar epidural abscess.",
])
def test_a_region_before_an_epidural_abscess_keeps_the_abscess(findings_of, text):
    table, _ = findings_of(text + "\n")
    assert table.get("spinal_infection") == {"present"}
    assert "epidural_steroid_injection" not in table


def test_a_region_before_an_epidural_injection_stays_an_injection(assertions_of):
    text = "He had a lumbar epidural on 10/02 with two weeks of relief.\n"
    assert assertions_of(text, "epidural_steroid_injection") == {"present"}


# -- a patient's conviction is her fear (d560: false met) ----------------------------------

@pytest.mark.parametrize("text, code", [
    ("He is convinced he has a broken vertebra from the tumble.", "spinal_fracture"),
    ("Her husband is sure it is a slipped disc.", "disc_herniation"),
    ("She remains certain that she has a spinal infection.", "spinal_infection"),
])
def test_a_lay_conviction_is_a_fear(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"possible"}


def test_a_conviction_about_a_symptom_is_not_doubted(assertions_of):
    # only diagnoses: the sciatica she is sure of is her complaint
    text = "She is sure she has sciatica down the left leg.\n"
    assert "possible" not in assertions_of(text, "radicular_pain")


# -- an ache in the low back (d542, d556: false not_met) -----------------------------------

@pytest.mark.parametrize("text", [
    "Three weeks of a deep ache in the lower back, worse at night.",
    "Reports soreness across the low back after gardening.",
    "Constant aching over the lumbar spine.",
])
def test_an_ache_in_the_low_back_is_low_back_pain(assertions_of, text):
    assert assertions_of(text + "\n", "low_back_pain") == {"present"}


def test_an_ache_in_the_back_of_the_thigh_is_not_low_back_pain(assertions_of):
    text = "A dull ache in the back of the left thigh after running.\n"
    assert assertions_of(text, "low_back_pain") == set()


# -- a plan with the patient as its object (d539: false not_met) ---------------------------

@pytest.mark.parametrize("text", [
    "If the MRI shows foraminal stenosis I would offer him an L5-S1 foraminotomy.",
    "We will schedule her for a C5-6 ACDF next month.",
])
def test_offer_her_an_operation_is_a_plan(findings_of, text):
    table, _ = findings_of(text + "\n")
    assert "present" in table.get("intervention_planned", set())
    assert "prior_spine_surgery" not in table


def test_offer_her_an_injection_keeps_the_injection_reading(findings_of):
    text = "Depending on the result, I would offer her a right L4 transforaminal epidural " \
           "steroid injection.\n"
    table, _ = findings_of(text)
    assert "present" in table.get("intervention_planned", set())
    assert "present" not in table.get("epidural_steroid_injection", set())


def test_a_past_operation_stays_past(assertions_of):
    text = "She had an L4-5 decompression in 2019 with good relief.\n"
    assert assertions_of(text, "intervention_planned") == set()


# -- trauma-bay shorthand (d544: false not_met x2) -----------------------------------------

@pytest.mark.parametrize("text", [
    "Mechanism: bicyclist vs car at 25 mph, helmeted.",
    "MOI: motorcyclist versus tree, thrown from the bike.",
    "Her neck has hurt since the wreck.",
])
def test_a_collision_shorthand_is_trauma(assertions_of, text):
    assert assertions_of(text + "\n", "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "Disposition: admit to the trauma ICU overnight for monitoring of the back pain.",
    "Transfer to the trauma unit vs step-down per bed availability.",
])
def test_a_trauma_unit_is_no_trauma(assertions_of, text):
    assert assertions_of(text + "\n", "trauma") == set()


def test_a_motorcyclist_mechanism_is_high_energy(review_note):
    note = ("ED note. 35 M. Mechanism: motorcyclist vs guardrail at 40 mph. Severe low back "
            "pain since the crash. L1 compression fracture on radiographs. L hip flexion 3/5, "
            "L patellar reflex absent.\nPlan: CT lumbar spine.\n")
    result = review_note(note, age=35, cpt="72131")
    aim = {d.guideline: d for d in result.determinations}["aim-spine"]
    assert aim.outcome == "met"
