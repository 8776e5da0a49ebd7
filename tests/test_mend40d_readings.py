"""Readings behind determinations, urgency and red flags (session 40, mend40d; the blind batch
e521-e560). Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. "infection" as the name of a risk, a team or a screen ("discussed infection risk",
   "Infection prevention notified", "Infection screening questionnaire") is no spinal
   infection; "concern for infection" keeps its suspicion.
2. The patient's own question whether a diagnosis could be it ("Pt asked whether the old
   compression could be from cancer") is a worry: possible, doubted (it meets no indication);
   a clinician's suspicion stays undoubted.
3. A fever named as what complicated an earlier course ("R-CHOP x 6 (2023), complicated by
   neutropenic fever after cycle 2") is that course's episode: historical.
4. Clumsy toes or a clumsy foot is a weak foot's, not the cord's: no myelopathy_signs; clumsy
   hands keep it.
5. "R elbow flexion 4/5, wrist ext 4/5 (both 4/5 at eval)": "both" before a grade counts the
   muscles, not the sides; "hip flexors 4/5 both" stays bilateral.
6. A sphincter complaint whose urological kind stands in the parenthesis right after it
   ("occasionally incontinent (functional, urge)") is no new cauda equina sign.
7. "Post-traumatic neurologic deficit on exam" (AIM) and SP-2.3's "spinal cord/spinal nerve
   compression" (eviCore) ask for a deficit the injury brought: a baseline post-stroke weakness
   after a fall raises no urgency; a new weakness after the fall does.
8. A capital "N0" after a tumour stage ("pT3a N0 clear cell RCC", "pT2 N0 M0") is the nodal
   stage, not "No": the cancer is there; a lower-case "n0" still denies.
9. An immunosuppressant course between two written dates, the last with its year ("docetaxel
   x 6 (2021-22)", "R-CHOP (09/2023 - 01/2024)", "RT Feb-Apr 2024") is over: historical; a
   dose range or an open course stays present.
10. A return instruction naming who to call ("Call HBPC or 911 for ...") is a precaution.
"""

import pytest

from note_text import section_note as _note


# ---- 1. infection as a risk, a team or a screen ------------------------------------------

@pytest.mark.parametrize("body", [
    "On adalimumab, not held; discussed small infection risk.",
    "Reviewed steroid side effects: glucose, BP, bone, infection risk.",
    "Resident has open vesicles; Infection prevention notified.",
    "Infection screening questionnaire completed - no antibiotics.",
])
def test_infection_as_a_risk_team_or_screen_is_no_spinal_infection(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "spinal_infection") == set()


def test_a_suspected_infection_keeps_its_suspicion(assertions_of):
    body = "Fever and rising CRP after the injection - concern for infection; MRI today."
    assert assertions_of(_note(body, "A/P"), "spinal_infection") == {"possible"}


# ---- 2. the patient's question whether a diagnosis could be it ---------------------------

def _possible_doubted(findings_of, text, code):
    import datetime as dt
    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    return {(f.assertion, bool(f.doubted)) for f in result.findings if f.code == code}


@pytest.mark.parametrize("body, code", [
    ('Pt also asked whether the old wedge "could be from cancer"; reassured.', "malignancy"),
    ("She asks if it might be a slipped disc like her coworker's.", "disc_herniation"),
])
def test_the_patients_question_is_a_doubted_worry(findings_of, body, code):
    assert _possible_doubted(findings_of, _note(body), code) == {("possible", True)}


def test_a_clinicians_suspicion_is_not_doubted(findings_of):
    body = "Pain at night and weight loss; I am concerned this could be a metastasis."
    assert ("possible", True) not in _possible_doubted(findings_of, _note(body, "A/P"),
                                                       "malignancy")


# ---- 3. a fever that complicated an earlier course ----------------------------------------

@pytest.mark.parametrize("body", [
    "Got R-CHOP x 6 (2023), complicated by one admission for neutropenic fever after cycle 2.",
    "Adjuvant FOLFOX in 2021 was complicated by febrile neutropenia.",
])
def test_a_fever_that_complicated_an_earlier_course_is_historical(assertions_of, body):
    assert assertions_of(_note(body), "fever") == {"historical"}


def test_a_fever_of_now_after_it_stays_present(assertions_of):
    body = "Chemo was complicated by febrile neutropenia. Now fever 38.9 since last night."
    assert assertions_of(_note(body), "fever") == {"historical", "present"}


# ---- 4. clumsy toes or foot ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    'L leg pain, worse over 2 wks - "now my toes feel clumsy".',
    "His right foot feels clumsy on the stairs since the sciatica began.",
])
def test_clumsy_toes_or_foot_is_no_myelopathy(assertions_of, body):
    assert assertions_of(_note(body), "myelopathy_signs") == set()


def test_clumsy_hands_stay_myelopathy(assertions_of):
    assert assertions_of(_note("Hands feel clumsy, dropping things."),
                         "myelopathy_signs") == {"present"}


# ---- 5. "both" before a grade ------------------------------------------------------------

def _laterality(findings_of, text, code):
    import datetime as dt
    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    return {f.laterality for f in result.findings if f.code == code}


def test_both_before_a_grade_counts_the_muscles(findings_of):
    text = _note("R elbow flexion 4/5, wrist ext 4/5 (both 4/5 at eval).", "Exam")
    assert _laterality(findings_of, text, "motor_weakness") == {"right"}


def test_both_sides_stay_bilateral(findings_of):
    text = _note("Hip flexors 4/5 both, quadriceps 5/5.", "Exam")
    assert _laterality(findings_of, text, "motor_weakness") == {"bilateral"}


# ---- 6. a sphincter complaint's urological kind after it ---------------------------------

_LBP = ("SPINE CLINIC 11/20/2026\nHPI: 78F with low back pain x 8 wks after lifting, no leg "
        "weakness, no saddle numbness. {bladder}\nExam: strength 5/5, reflexes 2+, sensation "
        "intact.\nA/P: mechanical LBP. Lumbar MRI.\n")


def test_an_incontinence_of_a_named_urological_kind_is_not_urgent(review_note):
    note = _LBP.format(bladder="Bladder: occasionally incontinent (urge, on timed voiding).")
    assert review_note(note, age=78).priority != "urgent"


def test_a_new_incontinence_is_urgent(review_note):
    note = _LBP.format(bladder="New urinary incontinence since yesterday.")
    assert review_note(note, age=78).priority == "urgent"


# ---- 7. a post-traumatic deficit is one the injury brought -------------------------------

_FALL = ("NP POST-FALL NOTE 11/20/2026\nHPI: 87F fell in her room last night, struck her "
         "head, now posterior neck pain 8/10. PMH: L hemiparesis following CVA 2022; "
         "osteoporosis.\nExam: midline tenderness C1-C3. {motor}\nImaging: XR C-spine: "
         "possible C2 fracture, cannot exclude.\nA/P: possible C2 fracture after a fall. "
         "CT C-spine.\n")


def test_a_baseline_weakness_after_a_fall_is_not_urgent(review_note):
    note = _FALL.format(motor="L deltoid/grip 4/5 (baseline since the stroke), R 5/5.")
    result = review_note(note, age=87, cpt="72125")
    assert result.priority != "urgent"


def test_a_new_weakness_after_a_fall_is_urgent(review_note):
    note = _FALL.format(motor="New R grip and deltoid weakness 3/5 since the fall.")
    result = review_note(note, age=87, cpt="72125")
    assert result.priority == "urgent"


# ---- 8. a capital N0 after a tumour stage is the nodal stage, no denial ------------------

@pytest.mark.parametrize("body", [
    "64F with pT3a N0 clear cell RCC, nephrectomy 03/2026.",
    "Breast cancer pT2 N0 M0, ER+, on letrozole.",
])
def test_a_nodal_stage_denies_no_cancer(assertions_of, body):
    assert assertions_of(_note(body), "malignancy") == {"present"}


def test_a_lower_case_n0_still_denies(assertions_of):
    assert assertions_of(_note("n0 fever, back pain x 3 wks."), "fever") == {"absent"}


# ---- 9. a course between two written dates is over ---------------------------------------

@pytest.mark.parametrize("body", [
    "s/p ADT + docetaxel x 6 (2021-22), then enzalutamide.",
    "He received R-CHOP x 6 (09/2023 - 01/2024) with complete response.",
    "Concurrent carboplatin/paclitaxel + RT 06/09-07/21/2026, now on surveillance.",
    "NSCLC treated with carboplatin/pemetrexed + RT Feb-Apr 2024.",
])
def test_a_course_between_two_dates_is_historical(assertions_of, body):
    assert assertions_of(_note(body, "Onc hx"), "immunosuppression") == {"historical"}


@pytest.mark.parametrize("body", [
    "Methotrexate 15-20 mg weekly, folic acid daily.",
    "Methotrexate 2019-present, folic acid daily.",
])
def test_a_dose_range_or_an_open_course_stays_present(assertions_of, body):
    assert assertions_of(_note(body, "Meds"), "immunosuppression") == {"present"}


# ---- 10. a return instruction naming who to call -----------------------------------------

@pytest.mark.parametrize("body, code", [
    ("- Call HBPC or 911 for leg weakness, numbness, loss of bladder control, or chest pain.",
     "bladder_dysfunction"),
    ("- Call your PCP or 911 for new leg weakness.", "motor_weakness"),
])
def test_a_return_instruction_naming_who_to_call_is_a_precaution(assertions_of, body, code):
    assert assertions_of(_note(body, "Plan"), code) == {"hypothetical"}


def test_an_ocr_n0_before_a_sign_still_denies(assertions_of):
    # near-miss of 8: OCR's "N0" for "No" before a capitalised sign (dev d564)
    assert assertions_of(_note("Reflexes 2+. N0 Hoffmann. No clonus.", "Exam"),
                         "upper_motor_neuron_signs") == {"absent"}
