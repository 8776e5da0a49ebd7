"""Readings of the classes earlier rounds named and left (session 38, next38). Made-up
sentences: each class with look-alikes in other words, and the neighbours it must not fire on.

1. mend37a's regex readings, narrowed (MEND37A.md, Left): a date range that begins on the 10th
   and a count of days or visits are no pain score; a night lost to the pain; a pastime back is
   a limitation over; a hand "clumsy" opening jars; "no change in R leg sx" is a sameness
   (the short "sx" only after a side and a limb, "radicular" not at all: dev gold leaves a bare
   "no change in leg sx" and "no meaningful change in radicular pain" unread); a limb said
   worse, also after a guarded "if anything the leg is ...".
2. trauma: a heavy load of wood or mattresses as the onset ("after splitting and stacking
   firewood", "after 2 days of splitting wood", "after flipping mattresses") inside the exertion
   rule, which keeps its exception for a denied fall or lift.
3. trauma: a bend the pain is worse with ("worse with standing and bending to load the
   dishwasher") is an aggravating factor, not the onset; a bend told as the event still is.
"""

import pytest

from note_text import section_note as _note


SEV = "severe_pain"
N = "night_pain"
F = "functional_impairment"
P = "symptom_progression"
T = "trauma"


# 1. mend37a's regex readings

@pytest.mark.parametrize("body", [
    "Admitted with urosepsis (9/10-9/17). Now deconditioned. Back ache 3/10.",
    "Cellulitis, on cephalexin day 8 of 10, leg redness gone. Back ache 2/10.",
    "Chiro visit 9 of 10 today. Back ache 3/10.",
])
def test_a_date_range_or_a_count_of_days_is_no_severe_score(assertions_of, body):
    assert assertions_of(_note(body), SEV) == set()


@pytest.mark.parametrize("body", [
    "Leg pain 7/10-9/10 with stairs.",
    "Back pain 8/10 since Friday.",
    "Leg pain 9 out of 10 this morning.",
])
def test_a_severe_score_stays_severe(assertions_of, body):
    assert assertions_of(_note(body), SEV) == {"present"}


@pytest.mark.parametrize("body", [
    "Back pain 8/10, could not get comfortable, up most of the night.",
    "Pain diary: 11/20  back 6  leg 7  -  bad night, up 4 times",
])
def test_a_night_lost_to_the_pain_is_night_pain(assertions_of, body):
    assert assertions_of(_note(body), N) == {"present"}


@pytest.mark.parametrize("body", [
    "Toddler was up most of the night with croup.",
    "Bad night, up 2 times to void.",
    "Comfortable, up and walking most of the afternoon.",
])
def test_a_night_not_lost_to_pain_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), N) == set()


@pytest.mark.parametrize("body", [
    "He is back to coaching little league 2 evenings a week.",
    "After the ablation last year she was back to tennis within 6 weeks.",
])
def test_a_pastime_back_is_a_limitation_over(assertions_of, body):
    assert assertions_of(_note(body), F) == {"historical"}


@pytest.mark.parametrize("body", [
    "She wants to get back to tennis by summer.",
    "Hopes to go back to fishing in the spring.",
])
def test_a_wish_to_get_back_to_a_pastime_is_no_return(assertions_of, body):
    assert "historical" not in assertions_of(_note(body), F)


def test_a_hand_clumsy_opening_bottles_is_a_functional_limit(assertions_of):
    assert assertions_of(_note('R hand "clumsy" opening bottles since Sept.'), F) == {"present"}


@pytest.mark.parametrize("body", [
    "A: 8 wks of HEP without meaningful change in L leg sx; plateau.",
    "Assessment: no change in R arm sx after 6 visits.",
])
def test_no_change_in_a_sides_limb_sx_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), P) == {"absent"}


@pytest.mark.parametrize("body", [
    "Therapist notes no change in leg sx after 5 visits.",
    "Discharge note: no meaningful change in radicular pain; knee lag persists.",
])
def test_a_bare_leg_sx_or_radicular_pain_unchanged_stays_unread(assertions_of, body):
    assert "absent" not in assertions_of(_note(body, "Assessment"), P)


@pytest.mark.parametrize("body", [
    'Per daughter: "The back is better, the leg is worse." Leg pain 7/10.',
    "The back is a little better but the left arm is worse, she cannot knit.",
])
def test_a_limb_said_worse_is_a_worsening(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


def test_a_limb_worse_after_a_guarded_if_anything_is_still_a_worsening(assertions_of):
    body = "Finished PT last week, says it did not help, if anything the leg is a little worse and the foot is numb."
    assert assertions_of(_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    'S: "Arm is worse when I drive."',
    'States "the leg is worse than the back".',
])
def test_a_limb_worse_with_a_trigger_or_than_another_part_stays_silent(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


# 2. heavy-load onsets

@pytest.mark.parametrize("body", [
    "Low back pain since Sunday after splitting and stacking firewood most of the day.",
    "LBP began 11/02 after 3 days of splitting wood for the stove.",
    "Back pain started 2 wks ago after flipping mattresses at the hotel where she works.",
    "LBP started ~10/30 splitting firewood; now 4/10.",
])
def test_a_heavy_load_of_wood_or_mattresses_is_the_onset(assertions_of, body):
    assert assertions_of(_note(body), T) == {"present"}


@pytest.mark.parametrize("body", [
    "Pain began after splitting firewood, but did not slip or fall.",
    "He has been splitting firewood all fall without any trouble.",
    "Avoid splitting wood for 2 wks.",
    "Back is worse after stacking firewood.",
])
def test_a_wood_load_that_is_no_onset_stays_no_trauma(assertions_of, body):
    assert "present" not in assertions_of(_note(body), T)


# 3. a bend the pain is worse with

@pytest.mark.parametrize("body", [
    "Ache 4/10, worse with prolonged sitting and bending to load the dishwasher. No injury.",
    "Pain is aggravated by bending to pick up the laundry basket; no trauma.",
])
def test_a_bend_the_pain_is_worse_with_is_no_onset(assertions_of, body):
    assert "present" not in assertions_of(_note(body), T)


@pytest.mark.parametrize("body", [
    "On 11/10, bending to load the dishwasher, she felt a pop in the low back.",
    "Pain started when he bent over to pick up a bag of soil.",
])
def test_a_bend_told_as_the_event_stays_the_onset(assertions_of, body):
    assert assertions_of(_note(body), T) == {"present"}


# 4. an EMG that denies a radiculopathy later on its line

E = "abnormal_emg"


@pytest.mark.parametrize("body", [
    # both lost to the "NCS: polyneuropathy" no-finding rule's span of the same length, listed
    # first; the study-denial rule now stands before it (next39)
    "EMG/NCS 11/02 (Dr. Ruiz): R ulnar neuropathy at the elbow, moderate, axonal and demyelinating. "
    "Medial antebrachial cutaneous normal. C8 paraspinals normal. No cervical radiculopathy.",
    "Known CTS (EMG 04/2024: mild L median neuropathy at the wrist, no radiculopathy) - wears a brace.",
])
def test_an_emg_denying_the_root_is_no_abnormal_emg_for_it(assertions_of, body):
    assert "absent" in assertions_of(_note(body), E)


@pytest.mark.parametrize("body", [
    "EMG ordered; if no radiculopathy, will treat as peripheral.",
    "No cervical radiculopathy on exam.",
])
def test_a_radiculopathy_denied_without_a_study_done_is_no_emg_reading(assertions_of, body):
    assert "absent" not in assertions_of(_note(body), E)


# 5. a checkbox row: the history of one box stops at the next box

def test_the_history_of_one_checked_box_stops_at_the_next_box(assertions_of):
    body = "Red flags:  [X] History of cancer  [X] Night pain  [ ] Fever"
    assert assertions_of(_note(body), N) == {"present"}


def test_a_history_of_without_a_box_still_reaches_on(assertions_of):
    assert assertions_of(_note("History of night pain in 2019, none since."), N) == {"historical"}


# 6. a slashed list after a limb that opens on the weakness; a form's "Fever/infection"

@pytest.mark.parametrize("body", [
    "Return to the ED for chest pain, trouble breathing, or leg weakness/numbness.",
    "Plan: call if arm weakness/tingling.",
])
def test_a_limbs_slashed_weakness_list_in_a_precaution_warns_of_both(findings_of, body):
    table, _ = findings_of(_note(body, "Plan"), date=None)
    assert table.get("paresthesia") == {"hypothetical"}
    assert table.get("motor_weakness") == {"hypothetical"}


def test_a_limbs_slashed_weakness_list_denied_denies_both(findings_of):
    table, _ = findings_of(_note("Denies leg weakness/numbness, no saddle numbness."))
    assert table.get("paresthesia") == {"absent"} and table.get("motor_weakness") == {"absent"}


def test_a_limbs_weakness_without_a_slash_stays_motor_only(findings_of):
    table, _ = findings_of(_note("Plan: ED if leg weakness.", "Plan"))
    assert table.get("motor_weakness") == {"hypothetical"} and "paresthesia" not in table


def test_an_unchecked_fever_infection_box_denies_the_fever_too(findings_of):
    table, _ = findings_of(_note("Red flags: [ ] Saddle anesthesia  [ ] Fever/infection  [ ] Cancer hx  [X] None"))
    assert table.get("fever") == {"absent"} and table.get("spinal_infection") == {"absent"}


def test_a_checked_fever_infection_box_is_both(findings_of):
    table, _ = findings_of(_note("Red flags: [X] Fever/infection  [ ] Trauma"))
    assert table.get("fever") == {"present"}
