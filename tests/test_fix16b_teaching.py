"""What a note teaches, warns of or sets as a criterion is not the patient's finding; what
another person in the household has is theirs; a deficit of an earlier visit that has since
recovered is history. Each reading comes with a look-alike that must keep the patient's own
finding."""
import pytest


@pytest.mark.parametrize("text, code", [
    # a precaution's condition reaches past "or" and a second verb
    ("Told to head to the ER if she loses control of her bowels or gets numb in the saddle area.",
     "bowel_dysfunction"),
    ("Instructed to go to the ED if he cannot empty his bladder or gets weak in the legs.",
     "bladder_dysfunction"),
    # an instruction to present somewhere
    ("Wife instructed him to present to the ED with any urinary retention or saddle numbness.",
     "bladder_dysfunction"),
    ("Wife instructed him to present to the ED with any urinary retention or saddle numbness.",
     "saddle_anesthesia"),
    # a symptom named with what it would call for
    ("We talked about how incontinence of urine or numbness in the saddle area would require"
     " an emergent MRI.", "bladder_dysfunction"),
    ("Reviewed with her that perineal numbness would warrant same-day imaging.",
     "saddle_anesthesia"),
    ("Foot drop would necessitate urgent spine surgery referral.", "foot_drop"),
    # a symptom taught as an alarm
    ("Explained to the family that loss of bowel control is a surgical emergency.",
     "bowel_dysfunction"),
    ("Urinary retention and saddle numbness are emergencies; she knows to call 911.",
     "bladder_dysfunction"),
    # a deficit that may come
    ("Cautioned that permanent foot drop may develop without decompression.", "foot_drop"),
    # precautions and red flags named by their alarm
    ("Cauda equina precautions reviewed.", "cauda_equina_syndrome"),
    ("Went over CES red flags with him at length.", "cauda_equina_syndrome"),
])
def test_taught_alarm_is_hypothetical(assertions_of, text, code):
    assert assertions_of(text, code) == {"hypothetical"}


@pytest.mark.parametrize("text, code", [
    # the patient's own symptom with what it calls for
    ("Explained to him that his urinary retention needs an emergent MRI.", "bladder_dysfunction"),
    ("Her new foot drop would require urgent surgical evaluation.", "foot_drop"),
    ("Patient with urinary retention is an emergency, sent to ED.", "bladder_dysfunction"),
    # a precaution for a present sign's worsening (no condition: R9 makes "Return if the leg
    # weakness gets worse" hypothetical) stays present
    ("Return sooner for worsening leg weakness.", "motor_weakness"),
    # someone presenting is what happened
    ("Patient presented to the ED with urinary retention.", "bladder_dysfunction"),
    # a sign spoken of, not a red flag or precaution
    ("Discussed her cauda equina syndrome and the need for surgery.", "cauda_equina_syndrome"),
])
def test_own_finding_stays_present(assertions_of, text, code):
    assert "present" in assertions_of(text, code)


def test_reasoning_given_signs_is_not_teaching(assertions_of):
    # "given the UMN signs" reasons from an exam finding, it teaches nothing
    text = "Hoffmann positive. Neuropathy less likely given the UMN signs."
    assert "hypothetical" not in assertions_of(text, "upper_motor_neuron_signs")


def test_criteria_list_the_patient_does_not_have(assertions_of):
    text = ("Red flags that would change management include saddle anesthesia and"
            " urinary retention, which he does not have.")
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


def test_a_change_since_before_is_no_denial(assertions_of):
    text = "Now both feet are numb, which he did not have before the fall."
    assert "absent" not in assertions_of(text, "paresthesia")


@pytest.mark.parametrize("text, code", [
    ("Boyfriend uses IV meth; pt says she never has.", "iv_drug_use"),
    ("She lives with a brother who injects heroin.", "iv_drug_use"),
    ("His daughter, who injects drugs, stays with him on weekends.", "iv_drug_use"),
    ("Grandkids in the house have had fevers this week.", "fever"),
])
def test_another_persons_habit_or_fever_is_theirs(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


@pytest.mark.parametrize("text, code", [
    ("Lives with her brother who drives her; she injects heroin daily.", "iv_drug_use"),
    ("Her son, who is a nurse, reports she uses IV heroin.", "iv_drug_use"),
])
def test_patient_after_the_other_person_is_the_patient(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


@pytest.mark.parametrize("text", [
    "Last month he had 4/5 left ankle dorsiflexion weakness, which has since fully resolved.",
    "Right EHL weakness (4/5) documented at the prior visit has now recovered.",
])
def test_recovered_deficit_of_an_earlier_visit_is_historical(assertions_of, text):
    assert assertions_of(text, "motor_weakness") == {"historical"}


@pytest.mark.parametrize("text", [
    "Left EHL weakness which has not resolved despite PT.",
    "Left EHL weakness 4/5 noted 2 weeks ago, now 3/5.",
])
def test_deficit_not_recovered_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "motor_weakness")


@pytest.mark.parametrize("text, code", [
    ("Reassured her that most patients with sciatica get better within 3 months.",
     "radicular_pain"),
    ("Some people who have a foot drop recover fully after decompression.", "foot_drop"),
])
def test_people_in_general_are_not_the_patient(assertions_of, text, code):
    assert "present" not in assertions_of(text, code)


def test_the_patient_beside_people_in_general_keeps_hers(assertions_of):
    text = "Most patients with sciatica improve with time; she has had sciatica for 10 weeks."
    assert "present" in assertions_of(text, "radicular_pain")


def test_a_spouses_own_symptom_is_theirs(assertions_of):
    text = "Her partner's low back pain has been getting worse as well."
    assert assertions_of(text, "low_back_pain") == {"family"}
    assert assertions_of(text, "symptom_progression") == {"family"}


def test_the_patient_after_a_spouses_possession_is_the_patient(assertions_of):
    text = "His wife's car was rear-ended and his low back pain is getting worse."
    assert assertions_of(text, "low_back_pain") == {"present"}


def test_a_spouses_drug_the_patient_took_is_his(assertions_of):
    text = "Has been taking some of his girlfriend's tramadol at night for the back pain."
    assert "present" in assertions_of(text, "analgesic")


def test_track_marks_weighed_against_scars_are_possible(assertions_of):
    text = "Forearms: track marks vs old healed scars; he denies any drug use."
    # the marks weighed against scars are a doubt; his denial is a reading of its own, absent
    # (dev gold reads "Denies drug use" / "no drug use" so: d238, d604, d722)
    assert assertions_of(text, "iv_drug_use") == {"possible", "absent"}


def test_a_comparison_with_old_films_is_no_doubt(assertions_of):
    text = "L1 compression fracture, unchanged vs old films."
    assert assertions_of(text, "spinal_fracture") == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Initial physical therapy evaluation scheduled for 4/14.", "physical_therapy"),
    ("First chiropractic visit booked for next Tuesday.", "chiropractic_care"),
])
def test_a_therapy_booked_for_a_date_is_to_come(assertions_of, text, code):
    assert assertions_of(text, code) == {"hypothetical"}


def test_a_course_done_before_a_study_is_booked_stays_done(assertions_of):
    text = "Completed 8 weeks of PT without relief; MRI scheduled for 4/14."
    assert "present" in assertions_of(text, "physical_therapy")
