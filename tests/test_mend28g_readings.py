"""A relative's story carried on by a pronoun (session 28, mend28g): a he or she that opens the
next clause of the same sentence after one whose subject is a relative of that sex goes on
telling the relative's story (family), even when the patient is of the same sex; the
patient comes back where the pronoun speaks or is in the present as the patient would, where
the patient is named, or past the sentence's end. A colon before the other-sex pronoun
breaks a clause as a semicolon does ('is his sister: she ...')."""

import datetime as dt

import pytest

from readings import of_code, read_packet


def _assertions(nlp, text, code, sex):
    result = read_packet(nlp, [("n", dt.date(2026, 11, 24), text)], patient_sex=sex)
    return {f.assertion for f in of_code(result.findings, code)}


@pytest.mark.parametrize("text, code, sex", [
    # the pronoun of the patient's own sex after a semicolon: the relative goes on
    ("Low back ache for 3 weeks. His older brother was found to have severe lumbar "
     "stenosis; he underwent an L4-5 decompression in 2021.", "prior_spine_surgery", "M"),
    ("Neck stiffness for 10 days. Her aunt, now in her 70s, was treated for a "
     "compression fracture; she later had a kyphoplasty and uses a walker.",
     "gait_abnormality", "F"),
    # after a comma and 'and'
    ("Back pain since lifting. His father had a lumbar fusion at 60 after many years of "
     "back trouble, and he still uses a cane for long walks.", "gait_abnormality", "M"),
    # a parenthesis glossing the relative's clause
    ("Worried since her grandmother \"had cancer in the bones\" (she thinks it was "
     "metastatic breast cancer).", "malignancy", "F"),
    # the other sex after a colon
    ("The reason for the visit is her uncle: he was told of stenosis at 58 after many "
     "years of back trouble, could not walk a block, and needed a laminectomy in 2020.",
     "prior_spine_surgery", "F"),
])
def test_a_relatives_pronoun_carries_the_relatives_story(nlp, text, code, sex):
    assert _assertions(nlp, text, code, sex) == {"family"}


@pytest.mark.parametrize("text, code, sex", [
    # the pronoun speaks or is in the present as the patient: hers
    ("Low back pain for 4 weeks. Her sister had a lumbar fusion; she has numbness in "
     "both feet since Monday.", "paresthesia", "F"),
    ("Neck pain. His brother had a cervical fusion; he reports tingling in the right "
     "hand.", "paresthesia", "M"),
    # the relative is not the subject: the patient is worried about her mother
    ("Back pain for a month. She is worried about her mother; she had a fall last "
     "week.", "trauma", "F"),
    # past the sentence's end, a pronoun of the patient's own sex stays the patient's
    ("Back pain. His father had spinal stenosis. He had a laminectomy in 2019.",
     "prior_spine_surgery", "M"),
    # the patient named in between
    ("Back pain. Her mother had surgery, and the patient herself had a fall; she "
     "fractured her wrist.", "trauma", "F"),
    # no sex known: nothing changes
    ("Back pain. Her mother had spinal stenosis; she had a laminectomy in 2019.",
     "prior_spine_surgery", None),
])
def test_the_patients_own_clause_stays_hers(nlp, text, code, sex):
    found = _assertions(nlp, text, code, sex)
    assert found and "family" not in found
