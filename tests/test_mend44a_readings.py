"""Readings of course and function (session 44, mend44a; the blind batch e681-e720).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. night_pain: the pain said to disturb sleep ("disturbs sleep", "disturbing her sleep"):
   present. A denial stays no night pain.
2. night_pain: "interferes with sleep" with its "with" written w/: present.
3. night_pain: the pain's night told, then its waking the patient after a semicolon or comma
   ("8/10 at night; wakes her"): present.
4. night_pain: the pain "does not let him sleep": present, not a denial of night pain.
5. symptom_progression: a sameness said in other words ("same like before", "still same.",
   "same as last year", "unchanged since the EMG", "without change,"): absent (no
   progression). Not a weight's or a dose's sameness, nor "without change in dose".
6. trauma: an onset lifting or carrying a relative ("after lifting her son"): the patient's
   own trauma, present, not family. A relative's own fall stays family.
7. activity_modification: a custody housing restriction ("lower bunk chrono") and a
   wheelchair for distances: an activity modification. Not an intake's housing for
   withdrawal, nor the upper bunk a patient fell from.
8. functional_impairment: an activity stopped or quit because of the pain ("has stopped
   helping with the cooking because of the pain"): present. Not a drug or PT stopped.
9. symptom_progression: a patient "progressing toward hip goals" in therapy: no worsening.
   Numbness progressing toward the knee stays a worsening.
"""

import pytest

from note_text import section_note as _note


N = "night_pain"
S = "symptom_progression"
A = "activity_modification"
T = "trauma"


@pytest.mark.parametrize("body, want", [
    ("Sciatica 7/10, disturbs sleep. Mild ache in the back.", {"present"}),
    ("The neck pain is disturbing her sleep this month.", {"present"}),
    ("Rated 6/10, interferes w/ sleep most nights.", {"present"}),
    ("Denies night pain.", {"absent"}),
])
def test_pain_disturbing_sleep_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Arm pain 5/10 by day, 9/10 at night; wakes her. Numb thumb.", {"present"}),
    ("Throbbing, worse at night, wakes him often.", {"present"}),
])
def test_night_then_waking_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Back pain is strong, 9/10, does not let her sleep well, worse moving.", {"present"}),
    ("The leg pain won't let him sleep.", {"present"}),
])
def test_pain_that_does_not_let_him_sleep_is_night_pain(assertions_of, body, want):
    assert assertions_of(_note(body), N) == want


@pytest.mark.parametrize("body, want", [
    ("Chronic numb toes from diabetes, same like before, nothing new.", {"absent"}),
    ("Neck pain 6/10, no better since the ER - still same. Tylenol.", {"absent"}),
    ("Hand tingling - same as last year, unchanged since the EMG; splints help.", {"absent"}),
    ("Burning into the right calf without change, toe numbness persists.", {"absent"}),
    ("Weight still the same.", set()),
    ("Continue naproxen without change in dose.", set()),
])
def test_sameness_in_other_words_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("Back pain for a week that began after lifting her daughter out of the bath.", {"present"}),
    ("Pain started carrying his father to the car on Sunday.", {"present"}),
    ("Her son fell off a ladder last week.", {"family"}),
])
def test_a_relative_lifted_is_the_patients_own_onset(assertions_of, body, want):
    assert assertions_of(_note(body), T) == want


@pytest.mark.parametrize("body, section, want", [
    ("Lower bunk chrono x 30 days. Ibuprofen.", "Plan", {"hypothetical"}),
    ("Back in the unit on a bottom bunk per ED since the fall.", "HPI", {"present"}),
    ("Finished PT, using w/c for distance since October.", "HPI", {"present"}),
    ("Housing: medical observation x 72 h (withdrawal), lower bunk.", "HPI", set()),
    ("Fell from the upper bunk two days ago.", "HPI", set()),
])
def test_a_custody_bunk_or_distance_wheelchair_is_an_activity_modification(
        assertions_of, body, section, want):
    assert assertions_of(_note(body, section), A) == want


F = "functional_impairment"


@pytest.mark.parametrize("body, want", [
    ("She has stopped helping with gardening and laundry because of the pain.", {"present"}),
    ("Quit going to choir because of his back.", {"present"}),
    ("Stopped naproxen because of the pain in her stomach.", set()),
    ("Stopped PT because of the pain.", set()),
])
def test_an_activity_given_up_for_the_pain_is_a_limitation(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, section, want", [
    ("Progressing toward knee goals.", "Assessment", set()),
    ("Pt progressing towards PT goals, tolerating HEP.", "Assessment", set()),
    ("Numbness progressing toward the knee over 2 weeks.", "HPI", {"present"}),
])
def test_progress_toward_therapy_goals_is_no_worsening(assertions_of, body, section, want):
    assert assertions_of(_note(body, section), S) == want


@pytest.mark.parametrize("body, want", [
    ("Felt a twinge carrying her husband's chemo pump bag to the car.", {"family"}),
])
def test_a_relatives_possession_carried_stays_the_relatives(assertions_of, body, want):
    assert assertions_of(_note(body), "immunosuppression") == want
