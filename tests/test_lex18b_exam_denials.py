"""Normal and denied exam findings in the words real exam blocks use (session 18, lex18b).

A UR nurse reads "2+ patellar reflexes", "DTR L4/L5/S1 2+ bilat", "Rectal: normal resting
tone", "no saddle deficit", "Strength: intact throughout" and "normal bowel habits" as the
exam finding denied, and "Rectal exam: decreased tone", "change in hand dexterity" or
"handwriting has gotten worse" as the finding present. Each reading is checked beside
look-alikes that must keep their own reading: an abnormal grade in the same clause, a
one-sided grade, "except", a document's illegible handwriting. All sentences are new."""

import pytest

A, P, H = "absent", "present", "hypothetical"


@pytest.mark.parametrize("text, expected", [
    # a normal grade written before the reflexes it grades
    ("Neuro: strength 5/5, 2+ patellar reflexes.", {A}),
    ("2+ knee and ankle jerks bilaterally.", {A}),
    ("Symmetric 2+ Achilles and patellar reflexes.", {A}),
    ("Exam: 2+/4 biceps and triceps reflexes.", {A}),
    # reflexes named by root level
    ("DTR L4/L5/S1 2+ bilaterally and symmetric.", {A}),
    ("Reflexes L4 and S1 2+ and equal.", {A}),
    ("Reflexes L4/S1: 2+ bilat, symmetric.", {A}),
    # look-alikes: an abnormal grade stays present, a lone normal side says nothing new
    ("1+ patellar reflexes bilaterally.", {P}),
    ("2+ patellar reflexes except absent left ankle jerk.", {P}),
    ("2+ knee jerks, 1+ ankle jerks.", {P}),
    ("2+ patellar reflexes, absent Achilles on the right.", {P}),
])
def test_reflexes_graded_normal(assertions_of, text, expected):
    assert assertions_of(text, "reflex_abnormality") == expected


def test_a_level_grade_beside_an_abnormal_one_is_not_read_normal(assertions_of):
    # "S1 absent" beside "L4 2+" is no symmetric normal exam
    assert A not in assertions_of("DTR L4 2+ bilaterally, S1 absent on the left.",
                                  "reflex_abnormality")


@pytest.mark.parametrize("text, expected", [
    ("Rectal: normal resting tone and voluntary squeeze.", {A}),
    ("Rectal exam: normal resting tone.", {A}),
    ("Rectal exam with good tone and brown stool.", {A}),
    ("Rectal exam: decreased tone, weak voluntary contraction.", {P}),
    ("Rectal: reduced resting tone.", {P}),
    ("Rectal: normal resting tone, but weak voluntary squeeze.", {P}),
])
def test_rectal_tone(assertions_of, text, expected):
    assert assertions_of(text, "decreased_rectal_tone") == expected


@pytest.mark.parametrize("text, expected", [
    ("Denies any change in hand dexterity.", {A}),
    ("No change in finger dexterity.", {A}),
    ("Without any change in her manual dexterity.", {A}),
    ("No red flags: no fever, no trouble with hand dexterity.", {A}),
    ("Reports change in hand dexterity over the last two months.", {P}),
    ("Trouble with hand dexterity since spring, drops her keys.", {P}),
    ("Handwriting has gotten worse since summer.", {P}),
    ("Handwriting became shakier over the past year.", {P}),
    # the handwriting of a document is no sign of the patient's
    ("Handwriting on the faxed referral is illegible.", set()),
])
def test_dexterity_and_handwriting(assertions_of, text, expected):
    assert assertions_of(text, "myelopathy_signs") == expected


@pytest.mark.parametrize("text, expected", [
    ("Sensation intact to light touch in both legs, no saddle deficit.", {A}),
    ("No saddle area deficit.", {A}),
    ("Saddle deficit on exam.", {P}),
    ("New saddle deficit to pinprick on today's exam.", {P}),
    ("Return to the ED for any saddle deficit or retention.", {H}),
])
def test_saddle_deficit(assertions_of, text, expected):
    assert assertions_of(text, "saddle_anesthesia") == expected


@pytest.mark.parametrize("text, expected", [
    ("Strength: intact throughout.", {A}),
    ("Strength: normal and symmetric in both legs.", {A}),
    ("Strength: full bilaterally.", {A}),
    ("Strength: intact throughout except 4/5 left EHL.", {P}),
    ("Strength: 4/5 left EHL, otherwise intact throughout.", {P}),
])
def test_strength_field_normal(assertions_of, text, expected):
    assert assertions_of(text, "motor_weakness") == expected


@pytest.mark.parametrize("text, expected", [
    ("Normal bowel habits.", {A}),
    ("Bowel habits: unchanged.", {A}),
    ("GI: regular bowel habits, no melena.", {A}),
    ("Change in bowel habits with new fecal incontinence.", {P}),
])
def test_bowel_habits(assertions_of, text, expected):
    assert assertions_of(text, "bowel_dysfunction") == expected
