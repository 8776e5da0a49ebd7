"""A list opened by a cue's colon holds together across its semicolons.

"Denies: fever; chills; night sweats; leg weakness" and "go to the ED if: the rash spreads;
you have a fever; you have new weakness" are one list each: the splitter ended a sentence at
every ";", so every item after the first lost the denial or the condition before the colon
and was read present (d742: five precaution items present). A ";" after a label's colon
("Neuro: no weakness; decreased sensation L5") or with no colon before it still separates
clauses. Every sentence is written here, none copied from the corpus."""

import pytest



def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def _note(body):
    return f"Clinic 11/27/2026\n{body}\n"


@pytest.mark.parametrize("text, expected", [
    ("Denies: fever; chills; leg weakness.", ["Denies: fever; chills; leg weakness."]),
    ("Call if: new numbness; trouble walking. Continue PT.",
     ["Call if: new numbness; trouble walking.", "Continue PT."]),
    # a label's colon opens clauses, and so does a sentence with no colon
    ("Neuro: no weakness; decreased sensation L5",
     ["Neuro: no weakness;", "decreased sensation L5"]),
    ("Denies fever; reports leg weakness.", ["Denies fever;", "reports leg weakness."]),
    # the list ends with its sentence: the next line's semicolons split again
    ("Negative for: fever; chills.\nExam: 5/5 strength; SLR negative",
     ["Negative for: fever; chills.", "Exam: 5/5 strength;", "SLR negative"]),
])
def test_a_cue_colon_list_is_one_sentence(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize("body, code, expected", [
    ("ROS - denies: fever; chills; unintended weight loss; urinary incontinence.",
     "unexplained_weight_loss", {"absent"}),
    ("ROS - denies: fever; chills; unintended weight loss; urinary incontinence.",
     "bladder_dysfunction", {"absent"}),
    ("Return to the ER if: you run a fever; your legs get weak; you cannot pass urine.",
     "motor_weakness", {"hypothetical"}),
    ("Return to the ER if: you run a fever; your legs get weak; you cannot pass urine.",
     "bladder_dysfunction", {"hypothetical"}),
    ("Warning signs reviewed with her, call for: numbness between the legs; new foot drop.",
     "saddle_anesthesia", {"hypothetical"}),
])
def test_every_item_of_a_cue_colon_list_keeps_the_cue(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body, code, expected", [
    # a label's colon: the clause after the ";" is the patient's own
    ("Neuro: reflexes symmetric; weakness of L ankle dorsiflexion 4/5.", "motor_weakness",
     {"present"}),
    ("Exam: no saddle numbness; absent L Achilles reflex.", "reflex_abnormality", {"present"}),
    # no colon: a denial stops at its clause
    ("Denies fever; has new urinary retention since Tuesday.", "bladder_dysfunction",
     {"present"}),
])
def test_a_clause_after_a_label_colon_keeps_its_own_reading(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
