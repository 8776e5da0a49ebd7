"""Readings of symptom_progression (session 41, next41; CONV40's Left). Each fix's
look-alikes in other words, and near-misses that keep their old reading.

1. A deficit or sign said unchanged from a past year ("Achilles absent bilat - unchanged
   from 2024", "TA 2/5 (unchanged from 2019)"): sameness, symptom_progression absent
   (ANNOTATION session-22). Not a study's finding, an ECG or a weight in the clause before
   it ("old T12 wedge deformity, unchanged from 2021", "V-paced 70, unchanged from 2025"),
   nor one opening its line after no word (the finding on the line above).
2. A symptom's sameness told without a verb, closing its clause ("quad strength no better
   and pain the same.", "tingling same."): absent. Not "pain the same side as before",
   "numbness same distribution", "pain the same whether sitting or standing".
3. A chronic bladder baseline said unchanged or no worse ("stress incontinence since 1994 -
   unchanged per pt", "the leaking is the same as for years, no worse."): no progression
   finding (ANNOTATION session-22: not a chronic bladder baseline). The patient's symptom
   "unchanged per pt" stays absent.
4. A measure "trending worse": present. Not "trending down", not a bare onset "her back
   pain flared after a sneezing fit" (no rule reads "flared": "flared again" is dev's
   recurrence split, e327 present vs d221 none). A dose titrated up ("gabapentin 100 mg
   at night escalating") is no worsening; "four days of escalating back pain" is. A phobia or mood "worse since" is none.
5. eviCore's re-evaluation on the course's last day (below the readings).
"""

import pytest

from note_text import section_note as _note


S = "symptom_progression"


@pytest.mark.parametrize("body, want", [
    ("Reflexes: Achilles reflex absent bilat - unchanged from 2024. Gait steady.", {"absent"}),
    ("Strength: L TA 2/5 and EHL 2/5 (unchanged from 2019 per pt).", {"absent"}),
    ("Stocking loss from her known diabetic neuropathy, unchanged from 2023, not radicular.",
     {"absent"}),
    ("XR T-spine: old T12 wedge deformity, unchanged from 2021. Gait steady.", set()),
    ("Mild C5-6 spondylosis, unchanged from 2022. Neck stiff.", set()),
    ("Telemetry V-paced 70, unchanged from 2025. Back sore.", set()),
    ("Weight 81 kg, unchanged from 2024. Back sore.", set()),
    ("XR: chronic L2 wedge deformity\n(~25%), unchanged from 2021 per report.", set()),
])
def test_a_sign_unchanged_from_a_past_year_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("PT note says knee strength no better and pain the same. On meloxicam.", {"absent"}),
    ("Finished PT - \"no better\", neck pain persists, tingling same. Naproxen BID.", {"absent"}),
    ("Arm numbness the same; still drops keys.", {"absent"}),
    ("Pain the same side as before, L buttock.", set()),
    ("Numbness same distribution as the L5 dermatome.", set()),
    ("Pain the same whether sitting or standing.", set()),
])
def test_sameness_without_a_verb_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("Chronic urinary incontinence, wears briefs for years - unchanged per nursing. "
     "Low back pain since the fall.", set()),
    ("Says the leaking is \"the same as it has been for years, no worse.\" Back aches.", set()),
    ("Bladder leakage with cough, stable per pt. Back aches.", set()),
    ("L leg pain unchanged per pt, 6/10.", {"absent"}),
    ("Back \"no worse\". Asks about a ride home.", {"absent"}),
])
def test_a_chronic_bladder_baseline_unchanged_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("Grip and NDI trending worse despite PT.", {"present"}),
    ("Four days of escalating back pain, now 8/10.", {"present"}),
    ("Her back pain flared after a sneezing fit two days ago.", set()),
    ("Pain scores trending down with PT.", set()),
    ("Plan: gabapentin 100 mg at night escalating for the neuropathic pain.", set()),
    ("Leg pain worse since the summer, now a block.", {"present"}),
    ("Lifelong claustrophobia, worse since a stuck elevator in 2009.", set()),
    ("Anxiety worse since the accident. Back ache 3/10.", set()),
])
def test_worse_again_or_trending_worse_is_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


# 5. eviCore SP-1.0's re-evaluation: a telephone or video contact of the requesting office on
#    the day the course's stated end falls on reports the course done and is the "other
#    meaningful contact" following the trial (dev e492, e496); an in-person exam that day (the
#    therapist's discharge visit) stays part of the course, and a contact before the end or
#    a "patient not seen" is none.

def _evicore_outcome(*contact):
    import datetime as dt

    from spinecite.extractors.models import Evidence, ExamValue, Finding, TherapyValue
    from spinecite.rules.evaluator import CaseFacts, evaluate
    from spinecite.rules.ruleset import load_all

    def said(code, text, on, assertion="present", value=None):
        return Finding(code=code, assertion=assertion, value=value, document_date=on,
                       evidence=[Evidence(document=f"note-{on}", start=0, end=len(text),
                                          text=text)])

    seen, end = dt.date(2026, 10, 6), dt.date(2026, 11, 20)
    findings = (
        said("in_person_exam", "Exam:", seen, value=ExamValue(date=seen)),
        said("neck_pain", "L neck pain", seen),
        said("radicular_pain", "shooting into the L arm", seen),
        said("physical_therapy", "PT", end,
             value=TherapyValue(weeks=6, outcome="failed", start=dt.date(2026, 10, 9), end=end)),
        *(said(code, text, dt.date(2026, 11, day), assertion, ExamValue(date=dt.date(2026, 11, day)))
          for code, text, day, assertion in contact))
    return evaluate(load_all()["evicore-spine"], "72141",
                    CaseFacts(dt.date(2026, 11, 30), 46, findings)).outcome


@pytest.mark.parametrize("contact, want", [
    (("in_person_exam", "TELEPHONE VISIT", 20, "absent"), "met"),
    (("in_person_exam", "VIDEO VISIT (telehealth)", 20, "absent"), "met"),
    (("in_person_exam", "VIDEO VISIT (telehealth)", 23, "absent"), "met"),
    (("in_person_exam", "TELEPHONE VISIT", 19, "absent"), "not_met"),
    (("in_person_exam", "patient not seen", 20, "absent"), "not_met"),
    (("in_person_exam", "Objective: SLR +", 20, "present"), "not_met"),
])
def test_a_contact_on_the_courses_last_day_is_its_re_evaluation(contact, want):
    assert _evicore_outcome(contact) == want
