"""Readings of course and function (session 43, mend43a; the blind batch e641-e680).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. night_pain: a pain told lasting the night ("hip hurt all night", "neck throbbing all
   night"): present. Not numbness all night.
2. night_pain: sleep made hard, said bare ("Hard to sleep.", "difficult to sleep"): present,
   as "difficulty sleeping" already reads. Denied: absent.
3. night_pain: kept up the whole night, said bare ("can't lie flat, up all night"): present,
   as "up all night with it" already read.
4. symptom_progression: a function told fallen ("gait has deteriorated", "transfer status
   has declined"): present. Not a refusal ("has declined surgery") nor an organ's function.
5. symptom_progression: a deficit compared with the patient's own arrival ("weaker than on
   arrival", "worse than on admission"): present. "weaker than R" stays nothing.
6. functional_impairment: an activity skipped for the pain ("skipped choir practice because
   of the back", "skipping the gym because her back hurts"): present. Not skipped for
   another reason ("skipped lunch because of a meeting").
7. night_pain: woken to void ("wakes twice nightly to urinate"): no night pain. "Wakes
   nightly with the leg pain" stays present.
8. activity_modification: a hip examination's "log roll +" / "log-roll test negative": no
   spine order. "Log-roll until CT read" stays present.
9. trauma: another patient's "trauma case" (a slot lost to it): no finding. A fall told in the
   same note stays present.
"""

import pytest

from note_text import section_note as _note


N = "night_pain"
S = "symptom_progression"
F = "functional_impairment"
A = "activity_modification"
T = "trauma"


@pytest.mark.parametrize("body, want", [
    ("Reports the low back hurt all night; took naproxen at 3 am.", {"present"}),
    ("Neck was throbbing all night after the drive.", {"present"}),
    ("Hands numb all night, shakes them out.", set()),
])
def test_a_pain_told_lasting_the_night_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Dull midline ache 6/10. Difficult to sleep. Tried heat.", {"present"}),
    ("Sciatica 7/10, now hard to sleep, tried ibuprofen.", {"present"}),
    ("Denies night pain. Sleeping fine.", {"absent"}),
])
def test_sleep_made_hard_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Mid-back pain 8/10, worse lying down, up all night. Chills.", {"present"}),
])
def test_up_all_night_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, section, want", [
    ("Six weeks of therapy without gains; gait has deteriorated.", "Assessment", {"present"}),
    ("Mobility status has declined since the fall; now needs 2 assist.", "Assessment", {"present"}),
    ("Offered an L5 injection; she has declined surgery.", "Plan", set()),
    ("Renal function has declined; holding NSAIDs.", "Assessment", set()),
])
def test_a_function_told_fallen_is_a_worsening(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), S) == want


@pytest.mark.parametrize("body, section, want", [
    ("Re-check 10:15: L grip weaker than on arrival.", "Exam", {"present"}),
    ("Back pain worse than on admission despite morphine.", "HPI", {"present"}),
    ("L EHL weaker than R, 4/5.", "Exam", set()),
])
def test_a_deficit_worse_than_on_arrival_is_a_worsening(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), S) == want


@pytest.mark.parametrize("body, want", [
    ("Sings in a choir; has skipped the last 3 rehearsals because of the back.", {"present"}),
    ("Skipping the gym because her back hurts.", {"present"}),
    ("Skipped lunch because of a meeting.", set()),
])
def test_an_activity_skipped_for_the_pain_is_a_limitation(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Sleep: wakes twice nightly to urinate (BPH). Back pain 4/10 by day.", set()),
    ("Wakes nightly with the leg pain.", {"present"}),
])
def test_woken_to_void_is_no_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, section, want", [
    ("R hip: FABER +, log roll + R, groin pain reproduced.", "Exam", set()),
    ("L hip: log-roll test negative, full ROM.", "Exam", set()),
    ("Log-roll until CT read. Flat bedrest.", "Plan", {"present"}),
])
def test_a_hip_exams_log_roll_is_no_spine_order(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), A) == want


@pytest.mark.parametrize("body, want", [
    ("MRI under sedation moved to tomorrow (anesthesia slot lost to a trauma case).", set()),
    ("Fell off a ladder 11/20; MRI slot lost to a trauma case, rebooked.", {"present"}),
])
def test_another_patients_trauma_case_is_no_trauma(assertions_of, body, want):
    assert assertions_of(_note(body), T) == want
