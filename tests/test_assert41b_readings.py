"""Assertion readings of the neurological codes and trauma (session 41, assert41b).

1. A sided test denied on the other side, on the line that finds it positive ("L SLR positive
   at 40 degrees; R SLR negative"), is the positive side's companion (ANNOTATION "Exam
   companions"); a crossed, seated or bilateral negative is its own finding.
2. A patient's denial of weakness by a denial verb ("She denies weakness") beside the
   examiner's abnormal grade is the history's answer: absent and present; an exam's "no other
   weakness" stays the grade's companion.
3. A bare "incontinence" in a precaution ("return if ... or incontinence") warns of bladder
   and bowel leakage both, as its denial denies both; placed among urinary words it is the
   bladder's only.
4. "Gait deferred (unable to stand due to pain)": an inability to stand the pain makes is a
   loss of function, no gait abnormality; one that needs assistance still is.
"""

import pytest

from note_text import clinic_note as _note


GAIT = "gait_abnormality"
SLR = "positive_straight_leg_raise"
MW = "motor_weakness"
BOWEL = "bowel_dysfunction"
BLADDER = "bladder_dysfunction"
FI = "functional_impairment"


@pytest.mark.parametrize("body,expected", [
    ("Exam: L SLR positive at 40 degrees; R SLR negative. L EHL 4-/5.", {"present"}),
    ("Exam: SLR positive on the left at 40 deg; right SLR neg.", {"present"}),
    # must not: a crossed, seated or bilateral negative is its own finding
    ("Exam: SLR + L 35 deg, crossed SLR neg.", {"present", "absent"}),
    ("Exam: SLR positive at 30 deg supine, seated SLR negative bilat.", {"present", "absent"}),
    # must not: a side in the clause before names the other test's side
    ("Exam: Femoral stretch test is positive on the left; straight leg raise is negative.",
     {"present", "absent"}),
    # must not: a one-sided negative alone is a denial
    ("Exam: R SLR negative.", {"absent"}),
])
def test_a_sided_test_negative_on_the_other_side_is_a_companion(assertions_of, body,
                                                                  expected):
    assert assertions_of(_note(body), SLR) == expected


@pytest.mark.parametrize("body,expected", [
    ("She denies weakness or numbness. Strength is 5/5 except the left EHL which is 4+/5.",
     {"present", "absent"}),
    ("HPI: weakness of both arms, R > L. Denies leg weakness, walks OK.", {"present", "absent"}),
    # must not: the exam's own normal words stay the grade's companions
    ("Exam: EHL 4/5 L, no other weakness.", {"present"}),
    ("Exam: L EHL 4/5; no weakness elsewhere.", {"present"}),
    ("She denies weakness.", {"absent"}),
])
def test_a_reported_denial_of_weakness_beside_a_weak_grade(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Plan: return if worse or new incontinence.", BOWEL, {"hypothetical"}),
    ("Plan: Return for new weakness, numbness in the saddle area, or incontinence.", BOWEL,
     {"hypothetical"}),
    ("Plan: return if worse or new incontinence.", BLADDER, {"hypothetical"}),
    # must not: placed among urinary words it is the bladder's only
    ("Plan: ED if unable to urinate or new incontinence.", BOWEL, set()),
    # must not: a bare incontinence the patient has is urinary
    ("She has had incontinence since the stroke.", BOWEL, set()),
])
def test_a_bare_incontinence_in_a_precaution_warns_of_both(assertions_of, body, code,
                                                             expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Exam: Gait deferred (unable to stand due to pain).", GAIT, set()),
    ("Exam: Gait: not tested - unable to bear weight comfortably.", GAIT, set()),
    ("Exam: Gait deferred (unable to stand due to pain).", FI, {"present"}),
    # must not: an inability that needs help is still the gait's
    ("Exam: Gait: deferred - unable to stand without 2 assist.", GAIT, {"present"}),
    ("Exam: unable to stand without assistance.", GAIT, {"present"}),
])
def test_unable_to_stand_for_pain_is_no_gait_abnormality(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
