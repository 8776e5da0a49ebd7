"""mend47d (blind batch e801-e840): red-flag readings fixed by class of wording.

1. A precaution's list ("Return/ED for ...", "go to the ED for ...") is not ended by another
   conditional cue inside it: "worsening of" (itself dropped as the target "worsening") cut
   "Return/ED for rapid worsening of walking, new weakness or urinary retention" at itself
   (blind e814).
2. One token naming the return and the place ("Return/ED for", "RTC/ER if") is a precaution
   wherever it stands in its line; "ED/call 911 for" the same (blind e814, e827).
3. A normal anal exam named by its resting phase ("normal resting and squeeze tone", "resting
   tone normal") and "anocutaneous reflex present" deny decreased_rectal_tone (blind e816, e820).
4. The red-flag screen's steroid question answered no in other words ("No glucocorticoids",
   "Prednisone: none") is immunosuppression absent (blind e819, e825).
5. "Never used IV" (iv_drug_use absent) and "Pee ok" (bladder_dysfunction absent) in lay words
   (blind e831, e834).
6. A consent's risks listed in its parenthesis ("consent reviewed and signed (bleeding,
   infection, ...)") give no finding, as after its colon (blind e839).
7. "X also on differential" (no article) is possible, as "on the differential" (blind e834).
8. "Diabetic amyotrophy not a consideration" denies it (blind e813); a weight loss the note says
   is "not felt to be unexplained" is no unexplained weight loss (blind e822).
9. "T12 compression fx 2024 - healed": the verdict after a spaced dash ends the fracture
   (historical; blind e830).
11. A cancer known by its initials ("mCRPC", "a known T9 bone met") is a known cancer: the note's
   suspected metastatic cord compression is that cancer, present (ANNOTATION "Known cancer"; blind e815).
10. "Low bone mass (osteopenia)" is the WHO name of osteopenia: no osteoporosis (ANNOTATION
   "Osteopenia is not osteoporosis"; blind e826).
"""

import pytest

from note_text import section_note as _note


@pytest.mark.parametrize("body", [
    "Return to the ED for worsening of gait, new weakness or urinary retention.",
    "Next visit after the scan. Return/ED for rapid worsening of balance, new leg weakness or "
    "urinary retention.",
])
def test_a_precaution_goes_on_past_a_dropped_cue(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


def test_a_worsening_told_as_had_stays_present(assertions_of):
    body = "Gait worsening over 3 weeks, now with urinary retention since Sunday."
    assert "present" in assertions_of(_note(body, "HPI"), "bladder_dysfunction")


@pytest.mark.parametrize("body", [
    "Plan: She agreed, and will Return/ED for loss of bladder control.",
    "Reviewed: go to ED/call 911 for weakness in the legs, loss of bladder control.",
])
def test_return_or_emergency_line_in_one_token_is_a_precaution(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "DRE: soft stool, normal resting and squeeze tone, no mass.",
    "DRE: resting tone normal; squeeze good.",
    "Anocutaneous reflex present on both sides.",
])
def test_a_normal_resting_tone_denies_decreased_rectal_tone(assertions_of, body):
    assert assertions_of(_note(body, "Physical Exam"), "decreased_rectal_tone") == {"absent"}


def test_a_decreased_resting_tone_stays_present(assertions_of):
    body = "DRE: decreased resting tone, weak squeeze."
    assert assertions_of(_note(body, "Physical Exam"), "decreased_rectal_tone") == {"present"}


@pytest.mark.parametrize("body", [
    "Never smoked. No glucocorticoids. Calcium in diet.",
    "Cancer: none. Prednisone: none.",
])
def test_steroid_question_answered_no_is_immunosuppression_absent(assertions_of, body):
    assert assertions_of(_note(body, "HPI"), "immunosuppression") == {"absent"}


def test_never_used_iv_denies_iv_drug_use(assertions_of):
    body = "In recovery, goes to meetings. Never used IV. Quit alcohol in 2019."
    assert assertions_of(_note(body, "Social History"), "iv_drug_use") == {"absent"}


def test_pee_ok_denies_bladder_dysfunction(assertions_of):
    body = "No numbness in the legs. Pee ok. Bowels fine."
    assert assertions_of(_note(body, "HPI"), "bladder_dysfunction") == {"absent"}


def test_a_consent_parenthesis_of_risks_gives_no_finding(assertions_of):
    body = "Consent reviewed and signed (bleeding, infection, nerve injury). Time-out done."
    assert assertions_of(_note(body, "Procedure"), "spinal_infection") == set()


def test_an_infection_after_a_consent_in_its_own_sentence_stays(assertions_of):
    body = "Consent signed. Known discitis at L2-3 on MRI."
    assert "present" in assertions_of(_note(body, "Assessment"), "spinal_infection")


def test_also_on_differential_without_article_is_possible(assertions_of):
    body = "Fever and back pain in a PWID. Vertebral osteomyelitis also on differential."
    assert assertions_of(_note(body, "Assessment"), "spinal_infection") == {"possible"}


def test_not_a_consideration_denies_the_diagnosis(assertions_of):
    body = "Suspect far-lateral L4-5 HNP. Diabetic amyotrophy not a consideration - A1c normal."
    assert assertions_of(_note(body, "Assessment"), "peripheral_neuropathy") == {"absent"}


def test_a_weight_loss_said_explained_is_no_unexplained_loss(assertions_of):
    body = "Weight down 3 kg since August (nausea on tramadol), not thought to be unexplained."
    assert assertions_of(_note(body, "HPI"), "unexplained_weight_loss") == {"absent"}


def test_a_weight_loss_left_unexplained_stays_present(assertions_of):
    body = "Weight down 6 kg since August without trying."
    assert "present" in assertions_of(_note(body, "HPI"), "unexplained_weight_loss")


def test_a_fracture_healed_after_a_dash_is_historical(assertions_of):
    body = ("On alendronate since 03/2026 for osteoporosis (prior hip fx 2021, L1 compression "
            "fx 2023 - healed). Tolerating.")
    assert assertions_of(_note(body, "HPI"), "spinal_fracture") == {"historical"}


def test_low_bone_mass_is_no_osteoporosis(assertions_of):
    body = "DXA: lowest T-score -2.1 (femoral neck). WHO classification: Low bone mass (osteopenia)."
    assert assertions_of(_note(body, "Impression"), "osteoporosis") == set()


def test_a_t_score_of_osteoporosis_stays_present(assertions_of):
    body = "DXA: lumbar T-score -3.0. Osteoporosis."
    assert "present" in assertions_of(_note(body, "Impression"), "osteoporosis")


def test_a_cancer_known_by_its_initials_makes_its_spread_present(assertions_of):
    body = ("70M with mCRPC and a known L1 bone met, sent for new leg weakness. Impression: "
            "suspected metastatic epidural compression at L1.")
    assert assertions_of(_note(body, "Assessment"), "malignancy") == {"present"}
