"""Readings of studies, treatments and imaging diagnoses (session 38, mend38c; the blind
batch e441-e480). Each fix in other words, and near-misses that keep their old reading.

1. A disc prolapse (the British name) is a herniation; a prolapse of anything else is not.
2. A phone contact's title ("TELEPHONE CONSULTATION", "Telephone assessment") is a contact
   without a face-to-face exam; a clinician's "phone consult with spine" is none.
3. A steroid "injected" in a procedure is an injectate, not an oral steroid; a procedure's
   sedation ("SEDATION: midazolam ... fentanyl") is no pain medicine taken.
4. "PT KEEN FOR ...", "PT RELUCTANT" is the patient, not physical therapy.
5. "Not progressing with physio", "no progress in PT": the therapy was had.
6. A device clinic's "CT acceptable" / "MRI not obtainable" is a study judged, not had;
   "NSAIDs contraindicated" stays a denied drug.
7. Speech recognition's spoken "comma" is a comma: a denial after it does not reach back.
8. A table row's question answered in its Y/N column ("Completed PT?  | Y |") is answered:
   no doubt from the question mark; "| N |" denies the row's item.
9. Self-care advice handed over ("CARE ADVICE GIVEN: paracetamol ..."), "the role of physio", a
   reviewer's "agree with PT" name a treatment to come; "consent for" an operation is no
   operation had; "no psychological barrier to" a procedure or a study is what is to
   come, no denial of it (a study to come is no study had).
"""

import pytest

from note_text import section_note as _note


# 1. disc prolapse

@pytest.mark.parametrize("body, expected", [
    ("Known L5/S1 disc prolapse 2025, now worse.", {"present"}),
    ("Had a prolapsed lumbar disc in his twenties, settled with physio.", {"present"}),
    ("?L4/5 disc prolapse.", {"possible"}),
])
def test_a_disc_prolapse_is_a_herniation(assertions_of, body, expected):
    assert assertions_of(_note(body), "disc_herniation") == expected


def test_another_prolapse_is_no_herniation(assertions_of):
    body = "PMH: uterine prolapse repaired 2019, mitral valve prolapse."
    assert assertions_of(_note(body, "Past medical history"), "disc_herniation") == set()


# 2. a phone contact's title

@pytest.mark.parametrize("title", [
    "TELEPHONE CONSULTATION - Dr A. Patel",
    "Telephone assessment - acute oncology line",
    "PHONE CONSULTATION",
])
def test_a_phone_contacts_title_is_no_face_to_face_exam(assertions_of, title):
    text = f"{title}   11/27/2026\nBack pain 2 weeks, no leg symptoms, no numbness.\n"
    assert assertions_of(text, "in_person_exam") == {"absent"}


def test_a_clinicians_phone_consult_is_no_contact_with_the_patient(assertions_of):
    body = "Spine surgery phone consult - will see her after the CT."
    assert assertions_of(_note(body, "Plan"), "in_person_exam") == set()


# 3. injectates and sedation

@pytest.mark.parametrize("body", [
    "Injected dexamethasone 10 mg + 3 mL PF NS after epidural spread confirmed.",
    "Injected 80 mg of methylprednisolone at each level.",
])
def test_an_injected_steroid_is_no_oral_steroid(assertions_of, body):
    assert assertions_of(_note(body, "Procedure"), "oral_steroid") == set()


def test_a_dexamethasone_taper_is_still_an_oral_steroid(assertions_of):
    assert assertions_of(_note("Dexamethasone taper 4 mg, finished last week."),
                         "oral_steroid") == {"present"}


@pytest.mark.parametrize("body", [
    "SEDATION: Midazolam 1 mg + fentanyl 25 mcg IV (moderate), RN monitored.",
    "Conscious sedation with fentanyl 50 mcg IV.",
])
def test_procedural_sedation_is_no_pain_medicine(assertions_of, body):
    assert assertions_of(_note(body, "Procedure"), "analgesic") == set()


def test_fentanyl_given_for_pain_is_an_analgesic(assertions_of):
    text = "ED NOTE 11/27/2026\nED course: Fentanyl 50 mcg IV given x2, pain 9 -> 6.\n"
    assert assertions_of(text, "analgesic") == {"present"}


# 4. PT the patient

@pytest.mark.parametrize("body", [
    "MRI TODAY. PT KEEN FOR ACTIVE TREATMENT.",
    "PT RELUCTANT BUT AGREES TO ADMISSION.",
])
def test_pt_the_patient_is_no_physical_therapy(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "physical_therapy") == set()


def test_pt_the_therapy_keeps_its_reading(assertions_of):
    assert assertions_of(_note("PT 2x/wk x 6 wks since October, has helped a little."),
                         "physical_therapy") == {"present"}


# 5. a therapy that did not help

@pytest.mark.parametrize("body", [
    "Not progressing with physio after 6 sessions.",
    "No progress in PT over 6 weeks.",
])
def test_a_therapy_without_progress_was_had(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "physical_therapy") == {"present"}


def test_a_therapy_not_had_is_still_denied(assertions_of):
    assert assertions_of(_note("Has not had any physio yet."), "physical_therapy") == {"absent"}


# 6. a study judged

@pytest.mark.parametrize("body, code", [
    ("Device check: MRI of any body region is contraindicated. CT acceptable.", "prior_ct"),
    ("We do not support MRI. CT, with or without myelography, is acceptable.", "prior_ct"),
    ("MRI not obtainable - severe claustrophobia, aborted attempt.", "prior_mri"),
])
def test_a_study_judged_for_a_device_is_no_study_had(assertions_of, body, code):
    assert assertions_of(_note(body, "Comment"), code) == set()


def test_a_study_had_before_a_judgement_keeps_its_reading(assertions_of):
    body = "CT L-spine 2024 showed L4-5 stenosis. MRI not obtainable (pacemaker)."
    assert assertions_of(_note(body), "prior_ct") == {"present"}


def test_a_drug_contraindicated_is_still_denied(assertions_of):
    body = "Failed PT and gabapentin; NSAIDs contraindicated (CKD 3b)."
    assert assertions_of(_note(body, "Assessment"), "nsaid") == {"absent"}


def test_a_bare_care_advice_line_keeps_its_drug(assertions_of):
    body = "Care advice: ibuprofen with food, heat, avoid heavy lifting."
    assert "hypothetical" not in assertions_of(_note(body, "Call summary"), "nsaid")


# 7. spoken punctuation

def test_a_denial_after_a_spoken_comma_does_not_reach_back(assertions_of):
    body = "Taking paracetamol 1 g qds comma ibuprofen avoided because of asthma full stop"
    assert assertions_of(_note(body), "analgesic") == {"present"}
    assert assertions_of(_note(body), "nsaid") == {"absent"}


def test_a_spoken_list_of_denials_is_still_denied(assertions_of):
    body = "Denies fever comma chills comma weight loss full stop"
    assert assertions_of(_note(body, "ROS"), "fever") == {"absent"}
    assert assertions_of(_note(body, "ROS"), "unexplained_weight_loss") == {"absent"}


# 8. a table's Y/N column

TABLE = ("PRIOR AUTH QUESTIONNAIRE   11/27/2026\n"
         "#  | Question                                          | Y/N | Details\n"
         "7  | Completed physical therapy in the past 6 months?   | Y   | 16 visits\n"
         "8  | Provider-directed home exercise program?           | Y   | ongoing\n"
         "10 | Spinal injection in past 12 months?                | N   |\n")


@pytest.mark.parametrize("code, expected", [
    ("physical_therapy", {"present"}),
    ("home_exercise_program", {"present"}),
    ("epidural_steroid_injection", {"absent"}),
])
def test_a_table_rows_answer_reads_its_question(assertions_of, code, expected):
    assert assertions_of(TABLE, code) == expected


def test_an_unanswered_question_stays_in_doubt(assertions_of):
    text = _note("Has she had physical therapy?\nTBD", "Questions")
    assert assertions_of(text, "physical_therapy") != {"present"}


# 9. treatments to come, consent, no barrier

@pytest.mark.parametrize("body, code", [
    ("CARE ADVICE GIVEN: PARACETAMOL AND IBUPROFEN AS PER PACKET. KEEP MOVING.", "analgesic"),
    ("CARE ADVICE GIVEN: PARACETAMOL AND IBUPROFEN AS PER PACKET. KEEP MOVING.", "nsaid"),
    ("Discussed natural history and the role of physio and a graded return.", "physical_therapy"),
    ("3. Treatment: agree with PT 2x/wk x 4-6 wk with graded activity.", "physical_therapy"),
])
def test_advice_and_agreement_name_a_treatment_to_come(assertions_of, body, code):
    assert assertions_of(_note(body, "Recommendations"), code) == {"hypothetical"}


def test_consent_for_an_operation_is_no_operation_had(assertions_of):
    body = "Consent for L5/S1 discectomy/decompression if confirmed, to be taken on the ward."
    assert "present" not in assertions_of(_note(body, "Plan"), "prior_spine_surgery")


def test_an_operation_had_keeps_its_reading(assertions_of):
    assert assertions_of(_note("L4-5 discectomy 2019.", "Past surgical history"),
                         "prior_spine_surgery") == {"present"}


def test_no_barrier_to_a_procedure_is_no_denial(assertions_of):
    body = "No psychological barrier to MRI or medial branch blocks."
    assert "absent" not in assertions_of(_note(body, "Assessment"), "intervention_planned")


def test_no_barrier_to_a_study_is_no_study_had_nor_denied(assertions_of):
    body = "No psychological barrier to MRI or medial branch blocks."
    assert assertions_of(_note(body, "Assessment"), "prior_mri") == set()
