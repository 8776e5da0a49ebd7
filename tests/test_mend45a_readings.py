"""Readings of course and function (session 45, mend45a; the blind batch e721-e760).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. symptom_progression: a heart rhythm's "block" said unchanged ("1st degree AV block,
   unchanged") is an ECG's sameness, no symptom's (ANNOTATION session-22: not from a study).
   A walking distance in blocks said unchanged stays symptom_progression absent.
2. symptom_progression: a radiology report's "Findings otherwise unchanged" is the study's
   sameness, no symptom's. The patient's exam findings said unchanged keep their reading.
3. home_exercise_program: a home program taught or shown "in clinic" / "in the office" at
   this visit is to be done: hypothetical (as "given at the visit").
4. home_exercise_program: a program named after "has not done" / "has not been doing" is not
   done: absent. A program the patient is doing stays present.
5. night_pain: a form's checked "[X] Night pain" after "[X] Suspected spinal infection" is
   present: the suspicion stops at the next box. "Suspected night pain" stays possible.
6. symptom_progression: an exercise progressed in therapy ("core/TrA progression") is no
   worsening. Numbness "with progression to the foot" stays one.
7. activity_modification: a restriction in the Plan told in force "since" a date or the DOI
   ("Held out of practice since 10/11") is already followed: present. A restriction first
   given ("Off work x 2 wks") stays hypothetical.
"""

import pytest

from note_text import clinic_note, plan_note
from note_text import section_note as _note


S = "symptom_progression"
N = "night_pain"
H = "home_exercise_program"


@pytest.mark.parametrize("body, want", [
    ("Preop ECG: sinus rhythm, first degree AV block, unchanged. Leg pain 6/10.", set()),
    ("EKG shows right bundle branch block, unchanged. Back ache.", set()),
    ("Walking tolerance 3 blocks, unchanged. Back ache.", {"absent"}),
])
def test_a_heart_block_unchanged_is_no_sameness_of_symptoms(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("text, want", [
    (clinic_note("ADDENDUM: the impression should read mild canal stenosis at L3-4. "
                 "Findings otherwise unchanged. Ordering office called."), set()),
    (clinic_note('ADDENDUM: line 3 should read "mild L4-5 foraminal narrowing." Findings '
                 "otherwise unchanged."), set()),
    (_note("Arm numbness 4/10. Neuro findings otherwise unchanged."), {"absent"}),
])
def test_a_reports_findings_unchanged_is_no_sameness_of_symptoms(assertions_of, text, want):
    assert assertions_of(text, S) == want


@pytest.mark.parametrize("lines, want", [
    ("- HEP taught in clinic (cat-camel, bridges, walking).\n- Meloxicam 7.5 mg daily.",
     {"hypothetical"}),
    ("- Home exercises demonstrated in the office; handout to follow.\n- Heat.",
     {"hypothetical"}),
    ("- Continue HEP.\n- Meloxicam 7.5 mg daily.", {"present"}),
])
def test_a_program_taught_in_clinic_is_to_be_done(assertions_of, lines, want):
    assert assertions_of(plan_note(lines), H) == want


@pytest.mark.parametrize("body, want", [
    ("Neck ache 3 wks. He has not done the HEP from urgent care.", {"absent"}),
    ("Back pain 5/10. She has not been doing the exercise handout; no PT yet.", {"absent"}),
    ("Back pain 5/10. She has been doing the HEP every morning.", {"present"}),
])
def test_a_program_not_done_is_absent(assertions_of, body, want):
    assert assertions_of(_note(body), H) == want


@pytest.mark.parametrize("text, want", [
    (clinic_note("Indications: [X] Fever   [X] Suspected spinal infection   [X] Night pain   "
                 "[ ] Trauma"), {"present"}),
    (_note("Suspected night pain from the lesion, to be confirmed."), {"possible"}),
])
def test_a_checked_box_after_a_suspicion_is_its_own_item(assertions_of, text, want):
    assert assertions_of(text, N) == want


@pytest.mark.parametrize("body, want", [
    ("Treatment: nerve glides, core/TrA progression, posture ed. Leg pain 6/10.", set()),
    ("Today: TrA progression and bridges. Back ache 3/10.", set()),
    ("Leg numbness with progression to the foot.", {"present"}),
])
def test_an_exercise_progressed_is_no_worsening(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("lines, want", [
    ("- Kept out of games since 11/02.\n- Ibuprofen.", {"present"}),
    ("- Modified duty since 10/28 per employer.\n- Ibuprofen.", {"present"}),
    ("- Off work x 2 wks.\n- Ibuprofen since 11/02.", {"hypothetical"}),
])
def test_a_restriction_in_force_since_a_date_is_present(assertions_of, lines, want):
    assert assertions_of(plan_note(lines), "activity_modification") == want
