"""Readings of course and function (session 40, mend40a; the blind batch e521-e560).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. night_pain: the pain waking the patient some nights a week, the count written with a
   slash ("wakes him 1-2 nights/week", "waking her ~3x/wk"), woken by a move in bed with the
   "when" left out ("wakes him rolling over"), up at night with a limb, the word pain left
   out ("up at night w/ leg"): present. Not woken a few times a week to void, not up at
   night with the baby.
2. symptom_progression: a sameness told by a relative ("unchanged per wife"), "no
   different than <a past time>", "no different." closing its sentence, "no worse." closing
   its sentence: absent. Not "no different from the other side", "no worse than usual",
   "no worse with coughing". A symptom "worse overnight": present.
3. severe_pain: a month/day date after a visit, a study or "done" ("Seen 9/10:", "(done
   8/10)", "XR L-spine 9/10:"): no pain score. "Pain 9/10, seen in the ED" stays severe.
4. functional_impairment (with activity_modification): a usual work cut back or left, told
   with its owner ("cut her shifts", "has had to cut her own book to mornings", "off his
   route", "still off his part-time shifts"): present. Not "cut his finger", "off his meds".
5. activity_modification / functional_impairment: a light duty the employer does not offer
   ("light duty not available", "no modified duty available"): no finding from those words.
6. sections: "Assess:" (a therapy note's shortened Assessment, with its colon) opens the
   assessment; what it says is no goal: the ODI it cites is present, not hypothetical. A
   sentence's "assess" with no colon opens nothing.
"""

import pytest

from note_text import section_note as _note


N = "night_pain"
S = "symptom_progression"
P = "severe_pain"
F = "functional_impairment"
A = "activity_modification"


@pytest.mark.parametrize("body, want", [
    ("Dull ache in the low back, wakes him 1-2 nights/week.", {"present"}),
    ("Neck pain waking her ~3x/wk, worse on the L side.", {"present"}),
    ("Pain 5/10, wakes him rolling over. No fever.", {"present"}),
    ("Leg pain 6/10; up at night w/ leg, tried a pillow.", {"present"}),
    ("Wakes her 2-3x/wk to urinate. Back pain mild.", set()),
    ("Up at night with the baby, tired. Neck stiff.", set()),
])
def test_night_wakings_counted_a_week_or_by_a_move_are_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Balance a little off, unchanged per wife.", {"absent"}),
    ("S: \"No different than October.\" Still 5/10 by evening.", {"absent"}),
    ("He says the arm is no different.", {"absent"}),
    ("Per pt, hip \"no worse\". Asks about a ride home.", {"absent"}),
    ("Reports the back pain got worse overnight, now 8/10.", {"present"}),
    ("The R calf is no different from the L in girth.", set()),
    ("Ache in the neck for years, no worse than usual.", set()),
    ("Pain no worse with coughing.", set()),
])
def test_sameness_told_plainly_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("Seen 8/10: XR, naproxen, PT.", set()),
    ("ABI 1.10 R (done 9/10). Back: mild stiffness.", set()),
    ("XR L-spine 8/10: mild DDD L4-5.", set()),
    ("Pain 9/10, seen in the ED overnight.", {"present"}),
])
def test_a_date_after_a_visit_or_study_is_no_pain_score(assertions_of, body, want):
    assert assertions_of(_note(body), P) == want


@pytest.mark.parametrize("body, want", [
    ("Pharmacy tech, has cut her shifts to half days because she cannot stand.", {"present"}),
    ("Runs a barbershop; has had to cut his own book to afternoons only.", {"present"}),
    ("Carrier, off his route since 11/02, sorting inside.", {"present"}),
    ("Still off her part-time shifts at the bakery since October.", {"present"}),
    ("Cut his finger on a knife last week. Off his meds for a week.", set()),
])
def test_work_cut_back_or_left_is_a_limitation_and_a_modification(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want
    assert assertions_of(_note(body), A) == want


@pytest.mark.parametrize("body", [
    "Roofer, out of work (light duty not available).",
    "Off work since 11/15; the plant has no modified duty available.",
])
def test_a_light_duty_not_offered_is_no_finding(findings_of, body):
    import datetime as dt
    _, result = findings_of(_note(body), dt.date(2026, 12, 1))
    spans = [e.text for f in result.findings for e in f.evidence
             if f.code in (F, A) and "duty" in e.text.lower()]
    assert spans == []


def test_assess_with_its_colon_opens_the_assessment(findings_of):
    import datetime as dt
    text = ("PT PROGRESS\n"
            "Goals: stairs without a rail - NOT MET; independent HEP - MET.\n"
            "Assess: Pt has not made real gains over 6 wks of PT (ODI 40% -> 38%). "
            "Recommend MD f/u.\n")
    table, _ = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert "present" in table.get(F, set())
    assert "hypothetical" not in table.get(F, set())
