"""Readings of course and function (session 42, mend42a; the blind batch e601-e640).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. night_pain: woken crying or in pain by a move in bed ("wakes crying when he rolls over",
   "wakes up screaming whenever she turns"): present. Not a baby woken to feed.
2. functional_impairment: a weekly pastime named by its day, given up ("gave up his Thursday
   bowling league"): present. Not "stopped his Tuesday PT".
3. trauma: a strain while helping a relative, the possessive left out ("Helping son move a
   sofa"): the patient's own, present. "Son had surgery after lifting a sofa" stays family.
4. trauma: a fall's injury denied ("2 near-falls, none with injury") or a kind of injury told
   in general ("most pars stress injuries heal"): no finding. "Most recent injury ..." stays.
5. symptom_progression: a curve's risk of progressing ("28 deg, Risser 0 - high risk of
   progression"), a graded return to sport ("return progression"), a training step
   ("before progressing to jumps"): no finding. A symptom "progressing to" more stays.
6. symptom_progression: a limb's symptoms or a pain score said the same, the clause ending
   there ("leg unchanged.", "Arm still the same,", "Back pain 8/10, same."): absent. Not
   "Leg unchanged on exam"; a PT summary's "minimal change in radicular sx" stays nothing
   (dev precedent: d312 d523 d639 d875 d961 e369 e411 leave it out).
7. severe_pain: a monofilament count ("8/10 sites R, 8/10 L"): no pain score.
8. functional_impairment: a return to full duty asked about ("asking when he can go back full
   duty"): present; "Back to full school days": historical.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


N = "night_pain"
S = "symptom_progression"
P = "severe_pain"
F = "functional_impairment"
T = "trauma"


@pytest.mark.parametrize("body, want", [
    ("Sleeps badly, wakes crying when she rolls over. Afebrile.", {"present"}),
    ("Toddler wakes up screaming whenever he turns over in bed.", {"present"}),
    ("Baby wakes crying to feed every 3 hours.", set()),
])
def test_woken_crying_by_a_move_in_bed_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Quit her Saturday golf game because of the leg.", {"present"}),
    ("Gave up his Wednesday night bowling league this fall due to his back.", {"present"}),
    ("Stopped his Tuesday PT due to cost.", set()),
])
def test_a_weekly_pastime_given_up_is_a_limitation(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Helping daughter move a couch 10/2, low back pain since.", {"present"}),
    ("Son had back surgery after lifting a sofa.", {"family"}),
])
def test_helping_a_relative_is_the_patients_own_strain(assertions_of, body, want):
    assert assertions_of(_note(body), T) == want


@pytest.mark.parametrize("body, section, want", [
    ("Three near-falls at home, none with injury. Uses a walker.", "HPI", set()),
    ("Explained that most lumbar stress injuries heal with rest.", "Plan", set()),
    ("Most recent injury was a fall on ice in 2019.", "HPI", {"historical"}),
])
def test_an_injury_denied_or_told_in_general_is_no_trauma(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), T) == want


@pytest.mark.parametrize("body, section, want", [
    ("Right thoracic curve 32 deg, Risser 1, high risk of progression.", "Assessment", set()),
    ("Sport-specific return progression reviewed with pt and dad.", "Plan", set()),
    ("PT would like an MRI before progressing to running.", "HPI", set()),
    ("Numbness began in the toes before progressing to the whole foot.", "HPI", {"present"}),
])
def test_a_curves_risk_or_a_training_step_is_no_course(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), S) == want


@pytest.mark.parametrize("body, want", [
    ("Says the stretches helped the neck, arm unchanged. Doing HEP.", {"absent"}),
    ("\"Leg still the same, maybe a bit worse at night.\"", {"absent"}),
    ("Chills overnight. Low back pain 7/10, same. No leg symptoms.", {"absent"}),
    ("PT summary: minimal change in leg symptoms after 6 wks.", set()),
    ("Leg unchanged on exam, R calf atrophy.", set()),
    ("Minimal change in the MRI compared to 2022.", set()),
])
def test_a_limb_or_score_said_the_same_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, section, want", [
    ("Monofilament: 7/10 sites L, 9/10 R (neuropathy).", "Exam", set()),
    ("Leg pain 8/10, worse with sitting.", "HPI", {"present"}),
])
def test_a_monofilament_count_is_no_pain_score(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), P) == want


@pytest.mark.parametrize("body, want", [
    ("Supervisor asking when she can get back to full duty; worried about hours.", {"present"}),
    ("Back to full work days since 11/20.", {"historical"}),
    ("Working full duty, no restrictions.", {"absent"}),
])
def test_a_return_to_full_duty_asked_or_done(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want
