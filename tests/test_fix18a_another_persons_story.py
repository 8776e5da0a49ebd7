"""A relative's or another person's story told on past their own clause (session 18): a he or
she of the other sex than the patient's, opening a clause right after one that names a person
of that sex, is that person; so is someone a with-phrase describes ("a friend with ...")."""

import pytest


@pytest.mark.parametrize("text, code", [
    ("47 yo female with low back pain. Her father died of an overdose; he injected heroin "
     "for years.", "iv_drug_use"),
    ("47 yo female with low back pain. Brother passed away last spring. He used IV drugs "
     "since his teens.", "iv_drug_use"),
    ("66 yo male with neck pain. His wife had a lumbar fusion and she still has sciatica.",
     "radicular_pain"),
    ("Mr. Haddad is here for neck pain. Daughter lives with him; she has osteoporosis.",
     "osteoporosis"),
    ("39 y/o F, back pain x 5 weeks. Boyfriend was just released from rehab. He injects "
     "heroin. He had a fever last week.", "fever"),
])
def test_a_pronoun_of_the_other_sex_goes_on_with_the_person(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


@pytest.mark.parametrize("text, code", [
    ("She has a friend with osteoporosis who broke her hip.", "osteoporosis"),
    ("54 yo M. A coworker with a herniated disc had surgery last year.", "disc_herniation"),
    ("Lives with a roommate with HIV.", "immunosuppression"),
])
def test_someone_a_with_phrase_describes_has_the_finding(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


@pytest.mark.parametrize("text, code, expected", [
    # the pronoun can be the patient: of the patient's own sex, the finding stays hers
    ("47 yo female with back pain. Mother has lupus. She also reports weight loss.",
     "unexplained_weight_loss", {"present"}),
    ("58 yo man. His brother has multiple myeloma. He was treated with chemotherapy in 2024.",
     "immunosuppression", {"present"}),
    # no relative before the pronoun: a clinician, not a relative ("he" is the surgeon)
    ("47 yo female. Seen by Dr. Ortiz last week; he noted sciatica down the left leg.",
     "radicular_pain", {"present"}),
    # a note that states no sex changes nothing
    ("Father died of an overdose; he injected heroin for years.", "iv_drug_use", {"present"}),
    # a blank line starts another block: the pronoun there is not the relative's
    ("47 yo female. Her father had a stroke.\n\nHPI: sciatica down the left leg.",
     "radicular_pain", {"present"}),
    # the patient comes back as the subject
    ("62 yo M. His wife had back surgery, and the patient has sciatica.", "radicular_pain",
     {"present"}),
    # a friend who brings the patient in with her complaint
    ("47 yo F. Brought in by a friend with complaints of low back pain.", "low_back_pain",
     {"present"}),
])
def test_the_patients_own_story_stays_the_patients(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


def test_a_fathers_drug_use_told_with_he_raises_no_infection_alarm(review_note):
    # a woman with a fever whose father, not she, injected drugs: no suspected spinal
    # infection; the same sentence about her ("She injected ...") is one
    father = ("Clinic 11/20/2026\n52 yo woman with low back pain for 3 weeks. Temp 38.6 C "
              "today with a cough. Her father died of an overdose; he injected heroin for "
              "years.\n")
    result = review_note(father, age=52)
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)
    own = review_note(father.replace("Her father died of an overdose; he", "She"), age=52)
    assert own.priority == "urgent"
