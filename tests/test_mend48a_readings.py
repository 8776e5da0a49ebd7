"""Readings of course and function (session 48, mend48a; the blind batch e841-e880).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. conservative_care_failed: a course's length written ">=6 wks" (the tokenizer splits ">" and
   "=") before "conservative mgmt/care" is a failed course, as "> 6 wks" was.
2. symptom_progression: "not worse, not (much) better" denies both a worsening and a
   betterment: sameness, no progression (absent).
3. symptom_progression: "Pain same," bare before a comma and its description is sameness
   (absent); "pain the same, sitting or standing" (a position) stays unread.
4. symptom_progression: "progression" after an exercise or a rehab program ("prone press-up
   progression", "limits cardiac rehab progression") is the program's step, no worsening.
5. FAMILY: "a friend/coworker/sister whose X ..." - what follows is the other person's.
6. functional_impairment: a thing one "can't stand" (tolerate: "her bra strap") is no
   inability to stand; a drug that "stopped working" is no job given up; a wound's "dressing
   checks" a relative helps with are no self-care help.
7. night_pain: a pain "bad at night"; low_back_pain: "low back achiness".
"""

import pytest

from note_text import hpi_note, plan_note


S = "symptom_progression"
F = "functional_impairment"


@pytest.mark.parametrize("line", [
    "A/P: Lumbar radiculopathy, failed >=6 wks conservative mgmt (therapy + meds).",
    "Assessment: failed >= 8 wks conservative care incl. PT and NSAIDs.",
])
def test_a_course_of_at_least_n_weeks_failed(assertions_of, line):
    assert assertions_of(hpi_note(line), "conservative_care_failed") == {"present"}


@pytest.mark.parametrize("line", [
    "Burning band pain. Not worse, not much better since Monday.",
    "Leg tingling: not worse; not better per pt.",
])
def test_not_worse_not_better_is_sameness(assertions_of, line):
    assert assertions_of(hpi_note(line), S) == {"absent"}


def test_pain_same_before_a_comma_is_sameness(assertions_of):
    note = hpi_note("Rash now crusting. Pain same, aching, 6/10, sleeps poorly.")
    assert assertions_of(note, S) == {"absent"}


def test_pain_the_same_sitting_or_standing_stays_unread(assertions_of):
    note = hpi_note("Back ache 4/10. Pain the same, sitting or standing.")
    assert assertions_of(note, S) == set()


@pytest.mark.parametrize("line", [
    "HEP given (bridges, prone press-up progression, walking plan).",
    "Claudication now limits his pulmonary rehab progression.",
])
def test_an_exercise_or_rehab_progression_is_no_worsening(assertions_of, line):
    assert assertions_of(hpi_note(line), S) == set()


def test_a_progression_of_the_symptom_stays_present(assertions_of):
    assert assertions_of(hpi_note("Steady progression of leg numbness over 3 wks."),
                         S) == {"present"}


@pytest.mark.parametrize("line", [
    'Worried since a coworker whose back pain "turned out to be a herniated disc."',
    "Anxious because her sister whose neck pain began the same way needed surgery.",
])
def test_a_person_whose_pain_is_that_persons(assertions_of, line):
    code = "neck_pain" if "neck" in line else "low_back_pain"
    assert assertions_of(hpi_note(line), code) == {"family"}


def test_cannot_stand_a_thing_is_no_inability_to_stand(assertions_of):
    note = hpi_note("Skin hypersensitive on the L side, she cannot stand her waistband there.")
    assert assertions_of(note, F) == set()
    assert assertions_of(note, "gait_abnormality") == set()


def test_cannot_stand_without_help_stays_present(assertions_of):
    assert assertions_of(hpi_note("Since the fall he cannot stand without help."),
                         F) == {"present"}


def test_a_drug_that_stopped_working_is_no_job_given_up(assertions_of):
    note = hpi_note('Says the medication has "stopped working" since last week.')
    assert assertions_of(note, F) == set()


def test_stopped_working_because_of_the_back_stays_present(assertions_of):
    assert assertions_of(hpi_note("She stopped working in May because of the back pain."),
                         F) == {"present"}


def test_wound_dressing_checks_are_no_self_care_help(assertions_of):
    note = hpi_note("Heel ulcer healing. Husband helps with dressing checks at home.")
    assert assertions_of(note, F) == set()


def test_help_with_dressing_oneself_stays_present(assertions_of):
    assert assertions_of(hpi_note("Husband helps with dressing and bathing since October."),
                         F) == {"present"}


def test_bad_at_night_is_night_pain(assertions_of):
    note = hpi_note('Leg pain 6/10 by day, "really bad at night", up twice.')
    assert assertions_of(note, "night_pain") == {"present"}


def test_low_back_achiness_is_low_back_pain(assertions_of):
    note = hpi_note("Thigh pain mostly; mild low back achiness after standing.")
    assert assertions_of(note, "low_back_pain") == {"present"}
