"""Readings of pain wordings and diagnoses (session 35, mend35d; the blind batch e321-e360).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. The sciatic notch or nerve named as a place ("tender R sciatic notch", "needle confirmed
   away from sciatic nerve", "sciatic nerve glides" in a home program) is anatomy, not
   sciatica (radicular_pain; e359); "sciatic nerve pain" and "sciatic sx" stay sciatica.
2. Numbness of "his bottom and privates" is the saddle's, not a limb's paresthesia (e345);
   numbness of "the bottom of both feet" stays a paresthesia.
3. A form's field answered "no" with its reason in parentheses ("Diabetes: no (A1c 5.6)")
   is denied (e341); "Diabetes: yes (A1c 8.1)" stays.
4. Another person's study and its result: "Her coworker had an MRI that showed a herniated
   disc" is the coworker's (family; e359); "She had an MRI that showed ..." stays hers.
5. An acquaintance told of their own disease ("a coworker was just told he has a herniated
   disc") is theirs (family; e328); "His wife was told he has ..." stays the patient's.
6. (dropped: "no leg sx" read as "no leg symptoms" cost more than it gained - a cervical
   note's "denies leg sx" is no denial gold keeps; see MEND35D.md.)
7. A pain placed on one side of the neck ("aching pain R side of neck", "pain from the right
   side of the neck") is neck pain (e338, e351); numbness there is not.
8. A clause after a comma denying the limb ("deep ache both buttocks, never down the legs")
   denies radicular pain (e354); "not down to the foot" denies no leg pain.
9. "not typical of mechanical LBP" says what kind the back pain is and denies no low back pain
   (e325); "not typical of radiculopathy" still denies the diagnosis.
10. Skin that "feels sunburned" is a dysesthesia the patient reports (paresthesia; e340, as
    gold d364); "got sunburned at the beach" is none.
11. A quotation a hard-wrapped line carries over ('an MRI "to make sure' / 'nothing is torn"
    before ...; her mother had "a slipped disc"') closes on the next line: the relative's cue
    after it is outside any quotation (family; e344).
12. "Low back stiffness in the AM" / "a stiff low back" is low back pain, as dev gold reads it
    (9 of 12 notes; e330); a stiff neck is not.
"""

import pytest

from note_text import hpi_note as _note


R = "radicular_pain"


# 1. the sciatic notch or nerve as a place
@pytest.mark.parametrize("body", [
    "Exam: Tender R piriformis and greater sciatic notch. SLR neg.",
    "Back: tenderness over the R sciatic notch. No midline tenderness.",
    "Procedure: 22 g needle into R piriformis belly, confirmed away from sciatic nerve.",
    "Plan: D/C to HEP (prone press-ups, sciatic nerve glides, walking program).",
])
def test_the_sciatic_notch_or_nerve_as_a_place_is_no_sciatica(assertions_of, body):
    assert assertions_of(_note(body), R) == set()


@pytest.mark.parametrize("body", [
    "Sciatic nerve pain down the L leg for 3 weeks.",
    "Sciatic sx worse with sitting.",
    "R sciatic pain, worse with sitting.",
])
def test_sciatic_pain_stays_sciatica(assertions_of, body):
    assert assertions_of(_note(body), R) == {"present"}


# 2. numbness of the bottom and privates is the saddle's
def test_numb_privates_is_no_limb_paresthesia(assertions_of):
    body = 'Today says his bottom and "privates" feel numb, like after the dentist.'
    assert "present" not in assertions_of(_note(body), "paresthesia")


def test_numb_soles_stay_a_paresthesia(assertions_of):
    body = "Numbness of the bottom of both feet for a year."
    assert assertions_of(_note(body), "paresthesia") == {"present"}


# 3. a field answered no, its reason in parentheses
@pytest.mark.parametrize("body", [
    "PMH: HTN, GERD. Diabetes: no (A1c 5.6 in Aug). No cancer hx.",
    "Red flags: Fever: no (afebrile at home). Cancer hx: none.",
])
def test_a_field_answered_no_with_a_reason_is_denied(assertions_of, body):
    code = "diabetes" if "Diabetes" in body else "fever"
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_field_answered_yes_with_a_reason_stays(assertions_of):
    body = "PMH: HTN. Diabetes: yes (A1c 8.1 in Aug)."
    assert assertions_of(_note(body), "diabetes") == {"present"}


# 4. another person's study and its result
@pytest.mark.parametrize("body", [
    'Her coworker had an MRI that showed a herniated disc and she "wants to know for sure."',
    "His brother had an MRI which showed a herniated disc last year.",
])
def test_another_persons_study_result_is_theirs(assertions_of, body):
    assert assertions_of(_note(body), "disc_herniation") == {"family"}


def test_the_patients_own_study_result_stays_hers(assertions_of):
    body = "She had an MRI that showed a herniated disc at L5-S1."
    assert assertions_of(_note(body), "disc_herniation") == {"present"}


# 5. an acquaintance told of their own disease
@pytest.mark.parametrize("body", [
    "He is anxious because a coworker was just told he has a herniated disc.",
    "His buddy was recently told he has a slipped disc.",
])
def test_an_acquaintance_told_of_their_own_disease_is_theirs(assertions_of, body):
    assert assertions_of(_note(body), "disc_herniation") == {"family"}


def test_a_wife_told_of_the_patients_disease_stays_his(assertions_of):
    body = "After the MRI his wife was told he has a herniated disc."
    assert "family" not in assertions_of(_note(body), "disc_herniation")


# 7. pain on one side of the neck
@pytest.mark.parametrize("body", [
    "Woke at 0100 w/ aching pain R side of neck running down outer R arm to thumb.",
    "Since mid-September she has had a sharp pain from the right side of the neck over the shoulder blade.",
    "Pain R side of neck into upper trap, 5/10.",
    "Aching L side of the neck into the top of the shoulder.",
])
def test_pain_on_one_side_of_the_neck_is_neck_pain(assertions_of, body):
    assert assertions_of(_note(body), "neck_pain") == {"present"}


def test_numbness_on_one_side_of_the_neck_is_no_neck_pain(assertions_of):
    body = "Numbness R side of neck after the procedure."
    assert assertions_of(_note(body), "neck_pain") == set()


# 8. a clause after a comma denying the limb
@pytest.mark.parametrize("body", [
    "Deep ache both buttocks, alternates side to side, never down the legs. No fever.",
    'Pain across the low back and both "dimples", never down the legs, no numbness.',
])
def test_never_down_the_legs_denies_radicular_pain(assertions_of, body):
    assert assertions_of(_note(body), R) == {"absent"}


def test_not_down_to_the_foot_denies_no_leg_pain(assertions_of):
    body = "Pain into the L leg, not down to the foot."
    assert "absent" not in assertions_of(_note(body), R)


# 9. "not typical of" a region's pain says its kind, denies no pain
@pytest.mark.parametrize("body, code", [
    ("A: Initial gains lost; pain now non-mechanical w/ night pain, not typical of mechanical LBP.",
     "low_back_pain"),
    ("Constant ache at night, not typical of mechanical neck pain.", "neck_pain"),
])
def test_not_typical_of_a_regions_pain_denies_no_pain(assertions_of, body, code):
    assert "absent" not in assertions_of(_note(body), code)


def test_not_typical_of_a_diagnosis_stays_denied(assertions_of):
    body = "Exam: pain pattern not typical of radiculopathy."
    assert assertions_of(_note(body), "radiculopathy") == {"absent"}


# 10. skin that "feels sunburned" is a dysesthesia the patient reports
@pytest.mark.parametrize("body", [
    'Burning pain down the L leg. Skin of the L shin feels "sunburned". No rash noticed.',
    "Band of pain R T6; skin on that side feels sunburnt, shirt rubbing hurts.",
])
def test_skin_that_feels_sunburned_is_a_paresthesia(assertions_of, body):
    assert assertions_of(_note(body), "paresthesia") == {"present"}


def test_a_sunburn_had_is_no_paresthesia(assertions_of):
    body = "Got sunburned at the beach last week. Low back pain x 3 days."
    assert assertions_of(_note(body), "paresthesia") == set()


# 11. a quotation a hard-wrapped line carries over closes on the cue's line
@pytest.mark.parametrize("body", [
    'Requests an MRI "to make sure\nnothing is torn" before her WC case closes; her mother had "a slipped disc" and back\nsurgery at 40.',
    'Wants a scan "just to be\nsafe"; her brother had "a slipped disc" at 40.',
])
def test_a_quotation_wrapped_over_a_line_ends_before_the_relative(assertions_of, body):
    assert assertions_of(_note(body), "disc_herniation") == {"family"}


def test_a_quotation_open_on_the_cues_line_still_holds_the_cue(assertions_of):
    body = 'Plan reviewed.\nShe says "my brother had a slipped disc" and she has a herniated disc too.'
    assert assertions_of(_note(body), "disc_herniation") == {"family", "present"}


# 12. the low back's stiffness is low back pain (as dev gold reads it)
@pytest.mark.parametrize("body", [
    "Walks 2 blocks then has to sit. Low back stiffness in the AM. No saddle numbness.",
    "He mentions a stiff low back in the morning that eases by noon.",
])
def test_low_back_stiffness_is_low_back_pain(assertions_of, body):
    assert assertions_of(_note(body), "low_back_pain") == {"present"}


def test_a_stiff_neck_is_no_low_back_pain(assertions_of):
    body = "Stiff neck in the mornings, stiffness in the knees."
    assert assertions_of(_note(body), "low_back_pain") == set()
