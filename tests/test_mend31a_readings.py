"""Readings mended from the blind batch e161-e200 (session 31, mend31a), in other words.

- A review of systems answered Y or N after each item ("fever N / chills N") denies the
  items its N follows; a Y leaves its item present.
- A value that "fell to" a number (an ABI, a saturation) is no fall, and a medicine's
  warning ("caution dizziness/falls") is no injury of the patient.
- "Pre-op he had X, Y, Z" puts every item of that list before the operation (historical).
- A relative who interprets ("wife interpreting") is an informant: the complaint is the
  patient's, not family.
- "see MD for any tingling" is a precaution: hypothetical.
- "shows no X and points instead to Y": "instead" ends the denial, Y is there.
- An old episode dated and resolved, then "no symptoms since, until now": the denial that
  runs to now is no word of now; the old episode's signs stay historical.
"""

import pytest


# --- review of systems answered N after each item -------------------------------------

ROS = ("HPI: Low back pain x 4 wks after lifting a crate, 5/10.\n"
       "Review of systems (patient form):\n"
       "  General: {}\n"
       "  Urinary: {}\n"
       "\nExam: BP 128/80.\n")


@pytest.mark.parametrize("general,urinary,code", [
    ("fevers N / chills N / weight loss N", "urgency N / leaking N", "fever"),
    ("chills N / fevers N", "incontinence N / burning N", "bladder_dysfunction"),
    ("night sweats N / fever N", "urinary retention N", "bladder_dysfunction"),
])
def test_an_item_answered_n_is_denied(assertions_of, general, urinary, code):
    assert assertions_of(ROS.format(general, urinary), code) == {"absent"}


def test_an_item_answered_y_beside_n_items_stays_present(assertions_of):
    text = ROS.format("fever Y / chills N", "urinary retention N")
    assert assertions_of(text, "fever") == {"present"}
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


def test_a_capital_n_that_answers_nothing_denies_nothing(assertions_of):
    # near miss: "N" as a grade's letter inside a sentence, no slash or line end after it
    text = "HPI: fever to 101 since Sunday N of 3 readings abnormal per mom.\n"
    assert "absent" not in assertions_of(text, "fever")


# --- falls -----------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "Pulse oximetry fell to 88% while walking the hall.",
    "Ankle-brachial index at rest 0.82, fell to 0.41 after exercise.",
    "Plan: start pregabalin 25 mg qhs; caution dizziness/falls.",
])
def test_a_value_that_fell_or_a_drug_warning_is_no_trauma(assertions_of, said):
    assert assertions_of("HPI: Low back ache for 6 weeks. " + said + "\n", "trauma") == set()


def test_a_fall_that_happened_still_counts_beside_a_value_that_fell(assertions_of):
    # near miss: a real fall in the same note keeps its reading
    text = "HPI: Back pain after she fell on the porch steps. Sat fell to 90% on the walk.\n"
    assert assertions_of(text, "trauma") == {"present"}


def test_has_not_fallen_stays_a_denial(assertions_of):
    text = "HPI: Neck ache 2 weeks. She has not fallen.\n"
    assert assertions_of(text, "trauma") == {"absent"}


# --- the list of signs before the operation ---------------------------------------------

def test_every_item_of_a_preop_list_is_historical(assertions_of):
    text = ("HPI: s/p C4-5 ACDF in 2021 for myelopathy. Preop she had numb clumsy hands, "
            "Hoffmann + bilaterally, wide-based gait; all of it resolved within a year.\n")
    assert assertions_of(text, "upper_motor_neuron_signs") == {"historical"}
    assert assertions_of(text, "gait_abnormality") == {"historical"}


def test_a_sign_after_the_preop_list_is_present(assertions_of):
    # near miss: after the semicolon, today's sign is not the pre-op state
    text = ("HPI: s/p C4-5 ACDF in 2021. Preop she had numb hands; today her gait is "
            "wide-based and unsteady.\n")
    assert assertions_of(text, "gait_abnormality") == {"present"}


# --- a relative who interprets ---------------------------------------------------------

def test_a_relative_interpreting_is_an_informant(assertions_of):
    text = "S (daughter translating): R leg pain down to the ankle since the 3rd, 6/10.\n"
    assert assertions_of(text, "radicular_pain") == {"present"}


def test_a_relatives_own_complaint_stays_family(assertions_of):
    # near miss: the relative as the subject of her own complaint
    text = "HPI: Neck ache 3 wks. Her daughter had sciatica down the R leg last year.\n"
    assert "family" in assertions_of(text, "radicular_pain")


# --- a symptom to see a doctor for -----------------------------------------------------

def test_see_a_doctor_for_any_symptom_is_hypothetical(assertions_of):
    text = ("HPI: Neck stiffness after a long drive, no arm symptoms.\n"
            "Advised to see her doctor for any numbness in the hands.\n")
    assert assertions_of(text, "paresthesia") == {"absent", "hypothetical"} or \
        assertions_of(text, "paresthesia") == {"hypothetical"}


def test_saw_a_doctor_for_a_symptom_is_no_precaution(assertions_of):
    # near miss: a past visit for a symptom the patient has
    text = "HPI: Went to see his doctor for numbness in the R hand last week.\n"
    assert assertions_of(text, "paresthesia") == {"present"}


# --- instead ends a denial -------------------------------------------------------------

def test_instead_ends_the_denial(assertions_of):
    text = ("Nerve testing found no ulnar neuropathy at the elbow, pointing instead to a left "
            "C8 radiculopathy.\n")
    assert assertions_of(text, "radiculopathy") == {"present"}


def test_instead_of_is_still_a_passed_over_treatment(assertions_of):
    # near miss: "instead of" keeps its own reading
    text = "Plan: home exercises instead of physical therapy for now.\n"
    assert "present" not in assertions_of(text, "physical_therapy")


# --- symptom-free since an old episode -----------------------------------------------

def test_an_old_episode_free_since_stays_historical(assertions_of):
    text = ("PMR note: Back in 2021 she had L L5 radiculopathy with EHL weakness 4/5 and a "
            "numb big toe, which recovered by spring 2022 - no leg symptoms since, until now "
            "this low back ache.\n")
    assert assertions_of(text, "motor_weakness") == {"historical"}
    assert assertions_of(text, "paresthesia") == {"historical"}


def test_an_old_episode_that_is_still_there_stays_present(assertions_of):
    # near miss: a word of now that is no denial keeps the old sign present
    text = ("PMR note: Back in 2021 she had L L5 radiculopathy with EHL weakness 4/5, "
            "still weak on the left since then.\n")
    assert "present" in assertions_of(text, "motor_weakness")


# --- sameness told another way ---------------------------------------------------------

@pytest.mark.parametrize("said", [
    "Standing tolerance did not budge over the 6 weeks of therapy.",
    "Seen with her son today. She is basically the same.",
])
def test_an_unmoved_tolerance_or_the_same_patient_denies_progression(assertions_of, said):
    text = "HPI: Low back and buttock ache with standing for 3 months. " + said + "\n"
    assert assertions_of(text, "symptom_progression") == {"absent"}


def test_the_same_as_a_relative_is_no_sameness(assertions_of):
    # near miss: compared with another person, not with the patient's own course
    text = "HPI: Low back ache for 3 months. She is about the same as her mother was at her age.\n"
    assert "absent" not in assertions_of(text, "symptom_progression")


# --- a dermatome's loss denied ---------------------------------------------------------

@pytest.mark.parametrize("said", [
    "Sensory: no dermatomal pattern to the numbness she reports.",
    "Sensation subjectively reduced over the whole arm, without a dermatomal distribution.",
])
def test_a_denied_dermatomal_pattern_is_absent(assertions_of, said):
    text = "Exam: " + said + "\n"
    assert "absent" in assertions_of(text, "dermatomal_sensory_loss")


def test_a_dermatomal_loss_found_stays_present(assertions_of):
    # near miss: a loss in a named dermatome is the finding
    text = "Exam: decreased pinprick in the right S1 dermatome.\n"
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}
