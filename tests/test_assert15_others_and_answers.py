"""Someone else's condition is family (the contract: true of someone other than the patient):
the patients a nurse cares for, "a patient of hers", a colleague. And a templated line's
answer after a dotted or spaced leader ("Fever or chills ........ denies", "Saddle numbness
. . . . . no", "Bowel/bladder change: -", "Weakness ..... yes") answers for its own item."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text, code", [
    ("Because she cares for patients with cauda equina syndrome after spine surgery, she is "
     "frightened by her back pain.", "cauda_equina_syndrome"),
    ("He works with elderly patients who have spinal stenosis.", "spinal_stenosis"),
    ("A patient of hers had a disc herniation that needed surgery.", "disc_herniation"),
    ("One of his clients developed an epidural abscess.", "spinal_infection"),
    ("Her colleague had a disc herniation last spring.", "disc_herniation"),
])
def test_someone_elses_condition_is_family(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"family"}


@pytest.mark.parametrize("text, code", [
    # her own pain, in the clause after the people she cares for
    ("Because she cares for patients with cauda equina syndrome, she has had low back pain "
     "since lifting one.", "low_back_pain"),
    # a caregiver's job named, the symptoms hers
    ("She is a home health aide who lifts patients all day; she has low back pain.",
     "low_back_pain"),
    ("The patient has cauda equina syndrome.", "cauda_equina_syndrome"),
])
def test_the_patients_own_condition_stays_present(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"present"}


FORM = ("RED FLAG SCREEN:\n"
        "  Fever or chills ........................ denies\n"
        "  Saddle numbness . . . . . . no\n"
        "  Bowel change: -\n"
        "  Leg weakness ..... yes\n"
        "  Night pain ____ negative\n")


@pytest.mark.parametrize("code, assertion", [
    ("fever", "absent"),
    ("saddle_anesthesia", "absent"),
    ("bowel_dysfunction", "absent"),
    ("motor_weakness", "present"),
    ("night_pain", "absent"),
])
def test_templated_answer_after_a_leader(findings_of, code, assertion):
    assert findings_of(FORM, NOTE_DATE)[0][code] == {assertion}


@pytest.mark.parametrize("text, code, assertion", [
    # a sentence before the colon is no field's label
    ("Meds: meloxicam, acetaminophen prn. Allergies: none.", "analgesic", "present"),
    # two fields on a line: each its own answer, not the last one's
    ("Fever: yes   Weight loss: no", "fever", "present"),
    # "absent" after a reflex states the sign
    ("Achilles reflex: absent", "reflex_abnormality", "present"),
])
def test_lines_that_are_no_single_answer(findings_of, text, code, assertion):
    assert assertion in findings_of(text, NOTE_DATE)[0][code]
