"""Readings of red flags and their withdrawal (session 37, mend37d; the blind batch e401-e440).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A caregiver's denial through what the patient shows ("he hasn't acted like he's numb
   down there"): the verb of seeming stands between the negation and the symptom.
2. A condition named, then denied by a pronoun after a dash ("reassured about CES - no
   features of it").
3. An unfilled template field ("Bowel/bladder: ***") and the topics asked about
   ("bowel/bladder and saddle questions were asked: ...") are no finding.
4. A therapy note's "Progressing proximally" is the strength coming back, not a worsening.
5. An exam line "carried forward ... in error" by an addendum is withdrawn.
6. trauma: "after a twisting transfer" as the onset (the heavy loads, "after 2 days of splitting and
   stacking firewood", were taken out at the merge: as token patterns they missed the exertion rules'
   "but he did not slip or fall" exception, test_blind27f_readings); a denied eye injury (an MRI screen's
   orbit question) is no denial of a mechanism of injury.
7. fever: a normal temperature read ("T 97.6", "T max 37.2") denies a fever.
8. "cord or cauda compromise" names the cauda equina by its first word; a "burst disc" is a
   lay name of a herniation; a weight loss "expected w/ critical illness" is explained.
9. Generic counselling told to a listener ("Explained to wife with diagrams that new weakness
   from the back would usually come with leg pain") is no finding of the patient.
10. diabetes: gestational diabetes ("GDM 2019 - resolved postpartum") is a diabetes, historical
    when resolved; "No GDM" denies it.
"""

import pytest

from note_text import section_note as _note


SA = "saddle_anesthesia"
CES = "cauda_equina_syndrome"
BL = "bladder_dysfunction"
BW = "bowel_dysfunction"
P = "symptom_progression"
MW = "motor_weakness"


@pytest.mark.parametrize("body", [
    "He hasn't wet himself more than usual and he hasn't acted like he's numb down there.",
    "He has not seemed numb in the groin.",
    "She hasn't acted like she's numb in the groin.",
])
def test_a_denial_through_what_the_patient_shows_is_absent(assertions_of, body):
    assert assertions_of(_note(body), SA) == {"absent"}


@pytest.mark.parametrize("body", [
    "He has acted like he's numb down there since Tuesday.",
    "He hasn't acted on the referral, and now has numbness in the saddle area.",
])
def test_a_seeming_without_its_denial_keeps_the_symptom(assertions_of, body):
    assert assertions_of(_note(body), SA) == {"present"}


@pytest.mark.parametrize("body", [
    "Reassured about CES - no features of it.",
    "Reassured regarding cauda equina syndrome, no signs of it.",
])
def test_a_condition_denied_by_a_pronoun_is_absent(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), CES) == {"absent"}


def test_a_condition_kept_before_an_unrelated_pronoun_denial(assertions_of):
    # "it" of a new sentence speaks of something else: the full stop ends the look back
    assert assertions_of(_note("Concern for CES. Prior MRI reviewed - no features of it."),
                         CES) == {"possible"}


def test_unfilled_template_fields_are_no_finding(assertions_of):
    body = "Bowel/bladder: ***\nSaddle numbness: ***\nRed flags: no fever."
    for code in (BL, BW, SA):
        assert assertions_of(_note(body), code) == set(), code


def test_filled_template_fields_keep_their_reading(assertions_of):
    assert assertions_of(_note("Bowel/bladder: retention, cathed 700 mL ***"), BL) == {"present"}
    assert assertions_of(_note("Saddle numbness: denies\nStrength: L EHL 4/5 ***"), SA) == {
        "absent"}


def test_topics_asked_about_are_no_finding_but_their_answer_is(assertions_of):
    body = ("Bowel/bladder and saddle questions were asked: pt denies saddle anesthesia, "
            "urinary or bowel changes.")
    assert assertions_of(_note(body, "Plan"), BL) == {"absent"}
    assert assertions_of(_note(body, "Plan"), BW) == {"absent"}
    assert assertions_of(_note(body, "Plan"), SA) == {"absent"}


@pytest.mark.parametrize("body", [
    "A: Progressing proximally; R ankle unchanged.",
    "Strength progressing distally, now 4/5 ankle DF.",
])
def test_strength_coming_back_is_no_worsening(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), P) == set()


def test_a_worsening_still_reads_as_progression(assertions_of):
    assert assertions_of(_note("Leg weakness progressing over 3 days."), P) == {"present"}


def test_an_exam_line_carried_forward_in_error_is_withdrawn(assertions_of):
    text = ("Clinic 12/01/2026\nExam:\nStrength: L EHL 4/5, otherwise 5/5\n"
            "Reflexes: 2+ symmetric\n\nADDENDUM 12/02/2026: The strength line of the exam "
            "above (\"L EHL 4/5\") was carried forward by the template from a prior encounter "
            "in error. Please disregard it. Today's strength was 5/5 in all LE myotomes.\n")
    assert "present" not in assertions_of(text, MW)


def test_an_exam_line_copied_forward_and_kept_stands(assertions_of):
    text = ("Clinic 12/01/2026\nExam:\nStrength: L EHL 4/5, otherwise 5/5\n"
            "Reflexes: 2+ symmetric\n\nADDENDUM 12/02/2026: The HPI was copied forward from "
            "the 11/02 visit and reviewed; exam is today's.\n")
    assert "present" in assertions_of(text, MW)


T = "trauma"
F = "fever"


@pytest.mark.parametrize("body", [
    "Low back pain since 11/14 after a twisting transfer into a car.",
])
def test_a_load_or_a_twist_as_the_onset_is_trauma(assertions_of, body):
    assert assertions_of(_note(body), T) == {"present"}


def test_a_denied_eye_injury_is_no_trauma_finding(assertions_of):
    assert assertions_of(_note("Eyes: pt denies eye injury; orbital XR: no foreign body.",
                               "Screening"), T) == set()
    assert assertions_of(_note("Pt denies injury; no fall."), T) == {"absent"}


@pytest.mark.parametrize("body", [
    "Vitals: T max 37.2, HR 80.",
    "O: T 97.6  BP 130/80",
    "Exam: Temp: 36.8 C. Lungs clear.",
])
def test_a_normal_temperature_denies_fever(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), F) == {"absent"}


@pytest.mark.parametrize("body", [
    "Vitals: T 38.6, HR 110.",
    "O: T 101.2  BP 130/80",
    "Flowsheet 12/03: T 37.6. 12/04: T 38.4, HR 104.",
])
def test_a_febrile_temperature_stays_fever(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), F) == {"present"}


WL = "unexplained_weight_loss"
DH = "disc_herniation"


def test_cauda_by_its_first_word_is_cauda_equina(assertions_of):
    body = "Neuro intact, no features of cord or cauda compromise."
    assert assertions_of(_note(body, "Assessment"), CES) == {"absent"}


def test_a_burst_disc_is_a_herniation(assertions_of):
    body = 'His father had cauda equina syndrome at 70 from a "burst disc," diagnosed late.'
    assert assertions_of(_note(body), DH) == {"family"}
    assert assertions_of(_note("MRI 2024: burst fracture of L1."), DH) == set()


def test_an_explained_weight_loss_is_no_unexplained_loss(assertions_of):
    body = ("Other: HTN, obesity (lost 38 lb during hospitalization - expected w/ critical "
            "illness, now regaining).")
    assert assertions_of(_note(body), WL) == set()


def test_an_unexplained_weight_loss_stays(assertions_of):
    body = "Lost 9 lb since 05/2026 without trying. Expected to call with results."
    assert assertions_of(_note(body), WL) == {"present"}


def test_counselling_told_to_a_listener_is_no_finding(assertions_of):
    body = ("Explained to wife with diagrams that new weakness from the back would usually "
            "come with leg pain.")
    assert assertions_of(_note(body, "Plan"), MW) == set()


def test_the_patients_own_deficit_in_counselling_stays(assertions_of):
    body = "Explained to pt and wife that the R EHL weakness is most likely from the disc."
    assert assertions_of(_note(body, "Plan"), MW) == {"present"}


DM = "diabetes"


@pytest.mark.parametrize("body", [
    "PMH: asthma (mild), GDM 2019 - resolved postpartum.",
    "PMH: gestational diabetes 2022 (resolved postpartum), migraine.",
])
def test_a_resolved_gestational_diabetes_is_historical(assertions_of, body):
    assert assertions_of(_note(body, "Past Medical History"), DM) == {"historical"}


def test_no_gdm_denies_it(assertions_of):
    assert assertions_of(_note("Uncomplicated pregnancy. No GDM (1 hr GTT 112).", "PMH"),
                         DM) == {"absent"}


def test_not_looking_into_a_clinic_denies_no_therapy(assertions_of):
    # "has not looked into" is no seeming: the PT named after it is not denied by it
    body = "He has not looked into the Saturday clinic the PT office offered."
    assert "absent" not in assertions_of(_note(body), "physical_therapy")


def test_an_aggravator_inside_a_condition_leaves_the_condition_whole(assertions_of):
    body = ("If pain persists beyond 6 weeks, becomes worse with extension, wakes her at night, "
            "or she develops leg numbness, we will get x-rays.")
    assert assertions_of(_note(body, "Plan"), "night_pain") == {"hypothetical"}
