"""Readings mended from the blind cases e151-e160 (session 29, blind29d).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/ERRORS_e151-e160.md).
"""

import pytest


# a therapy named in the condition of a plan ("if sx persist despite PT") is expected, not taken
@pytest.mark.parametrize("text", [
    "Plan: order MRI if symptoms persist beyond 6 weeks despite physical therapy.",
    "Will image if sx continue > 8 wks despite PT.",
])
def test_a_therapy_in_a_plans_condition_is_to_come(assertions_of, text):
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}


def test_a_pain_that_persists_despite_therapy_tells_the_course(assertions_of):
    # near-miss: no condition - the therapy was taken
    assert assertions_of("Leg pain persists despite 7 weeks of PT.", "physical_therapy") == {"present"}


# a tumour's receptor status ("HER2 negative") denies no cancer
@pytest.mark.parametrize("text", [
    "PMH: ER/PR positive, HER2 negative carcinoma of the breast, 2021, on anastrozole.",
    "Known triple negative breast ca with bone mets.",
])
def test_receptor_status_is_no_denial(assertions_of, text):
    assert assertions_of(text, "malignancy") == {"present"}


def test_a_scan_negative_for_cancer_still_denies(assertions_of):
    # near-miss: "negative for" a cancer is a denial
    assert assertions_of("PET scan negative for malignancy.", "malignancy") == {"absent"}


# a labour / caesarean epidural is an anaesthetic, no epidural steroid injection
@pytest.mark.parametrize("text", [
    "G2P2, 10 days after delivery; labour epidural placed at L2-3 without difficulty.",
    "She had an epidural for her cesarean in 2020.",
])
def test_an_obstetric_epidural_is_no_steroid_injection(assertions_of, text):
    assert assertions_of(text, "epidural_steroid_injection") == set()


def test_an_epidural_for_sciatica_is_still_an_injection(assertions_of):
    # near-miss: an epidural given for the back is the injection
    assert assertions_of("Lumbar epidural 4 weeks ago for the sciatica, no relief.",
                         "epidural_steroid_injection") == {"present"}


# the reason a relative's operation gives is the relative's, past "mother"'s six words
def test_the_reason_for_a_relatives_surgery_is_the_relatives(assertions_of):
    text = "Worried: her father needed urgent lumbar surgery because he could not pee at all."
    assert assertions_of(text, "bladder_dysfunction") == {"family"}


def test_the_patients_own_reason_stays_hers(assertions_of):
    # near-miss: the relative only drove the patient in; "she" is the patient
    text = "Her mother drove her in because she could not pee since this morning."
    assert assertions_of(text, "bladder_dysfunction") == {"present"}
