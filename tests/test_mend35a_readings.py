"""Readings of night-pain, symptom-course and exam wordings (session 35, mend35a; the blind
batch e321-e360). Each fix's look-alikes in other words, and near-misses that keep their old
reading.

1. Night pain told as the pain's waking over nights ("waking him up all night", "woke her up
   the last 3 nights"), a count of wakings with no "times" ("wakes up once or twice a night",
   a flowsheet's "wakes 2-3x"), an hour of the night ("wakes 3-4 am w/ back pain"), the pain's
   verb at night ("now aching at night"), sleep spoiled by the limb ("sleeping poorly because
   cannot find a position for the arm").
2. symptom_progression: a worsening after relief ("worse again"), a deficit weaker than in a
   named month; a strength's sameness ("quad strength unchanged") and the typo "unchnged".
3. FST / FNST: the femoral stretch test's abbreviations (positive_straight_leg_raise).
"""

import pytest

from note_text import hpi_note as _note


N = "night_pain"
P = "symptom_progression"
S = "positive_straight_leg_raise"


@pytest.mark.parametrize("body", [
    "Back ache constant, 9/10, waking her up all night.",
    "Ache between the shoulder blades, woke him up the last 3 nights.",
    "Neck pain has been waking him up every night.",
    "She wakes up once or twice a night with the leg.",
    "He wakes twice a night with the arm.",
    "Sleep: wakes 2-3x since the flare.",
    "Wakes 2-4 am w/ leg pain, has to get up.",
    "Wakes at 3 am with back pain most days.",
    "Back better then worse, now aching at night.",
    "The leg hurts at night and with sitting.",
    "Sleeping poorly because he cannot get comfortable with the arm.",
    "Sleeps poorly due to the neck.",
])
def test_night_pain_in_other_words_is_present(assertions_of, body):
    assert assertions_of(_note(body), N) == {"present"}


@pytest.mark.parametrize("body", [
    "Nocturia: wakes twice a night to void.",
    "Nocturia, wakes 2-3x to urinate.",
    "Wakes at 5 am for work, no pain then.",
    "Sleeping poorly because of stress at work.",
    "The baby woke him up twice.",
])
def test_look_alikes_of_night_pain_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), N) == set()


def test_a_denied_waking_stays_absent(assertions_of):
    assert assertions_of(_note("Pain is not waking him up at night anymore; denies night pain."), N) <= {"absent", "historical"}


@pytest.mark.parametrize("body", [
    "Better for 2 weeks, then the leg pain is worse again.",
    "Says things are worse again since Friday.",
    "The arm pain worsened again last week.",
    "Triceps weaker than in Sept.",
    "Grip weaker than in October despite PT.",
])
def test_a_worsening_after_relief_is_present(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


@pytest.mark.parametrize("body", [
    "L triceps weaker than on the R.",
    "Grip weaker than the other side.",
])
def test_a_side_comparison_is_no_worsening(assertions_of, body):
    assert assertions_of(_note(body), P) == set()


def test_a_worsening_again_to_a_score_keeps_both_readings(assertions_of):
    # d176: "again" opens the score, and the worsening must not take it from the score
    note = _note("The L leg pain flared after a long car ride and has since worsened again to 7/10.")
    assert assertions_of(note, P) == {"present"}
    assert assertions_of(note, "severe_pain") == {"present"}


def test_a_precaution_worse_again_is_hypothetical(assertions_of):
    assert assertions_of(_note("Return if the leg gets worse again."), P) == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Minimal change in pain; quad strength unchanged.",
    "Post: leg pain 2/10 at 20 min; strength unchanged from pre-procedure.",
    "11/16 | 7/10 | arm pain unchnged, numb thumb persists",
    "Ankle strength is unchanged after 6 weeks.",
])
def test_a_strength_or_symptom_sameness_is_absent(assertions_of, body):
    assert assertions_of(_note(body), P) == {"absent"}


@pytest.mark.parametrize("body, expected", [
    ("Special: FST + R. SLR neg bilat.", {"present", "absent"}),
    ("FST mildly + R.", {"present"}),
    ("FNST positive on the left.", {"present"}),
    ("FST neg bilat.", {"absent"}),
])
def test_the_femoral_stretch_abbreviations_are_read(assertions_of, body, expected):
    assert assertions_of(_note(body), S) == expected


def test_lower_case_fst_is_no_test(assertions_of):
    assert assertions_of(_note("Pt is fst asleep by 10 pm."), S) == set()


@pytest.mark.parametrize("body", [
    "S at D/C: R arm pain returned after two 9-hr trial days.",
    "In late July the right arm pain returned.",
])
def test_a_sided_limb_pain_that_returned_is_a_worsening(assertions_of, body):
    assert assertions_of(_note(body), P) == {"present"}


def test_a_normal_strength_said_unchanged_stays_silent(assertions_of):
    assert assertions_of(_note("Strength 5/5 throughout, unchanged."), P) == set()


@pytest.mark.parametrize("body", [
    "Outcome measures     Initial 09/16     D/C 11/11\nSLR                  neg bilat         neg bilat\n",
    "SLR neg bilat         neg bilat",
])
def test_a_table_row_denied_in_each_column_stays_absent(assertions_of, body):
    assert assertions_of(_note(body), S) == {"absent"}


def test_a_negation_right_at_a_normal_phrase_still_turns_it_round(assertions_of):
    assert assertions_of(_note("Sensation not intact to light touch L foot."), "dermatomal_sensory_loss") == {"present"}


def test_none_with_is_no_denial_of_what_follows(assertions_of):
    body = ("Back pain 7 months, morning stiffness, improvement with exercise and none with "
            "rest, and night pain in the second half of the night.")
    assert assertions_of(_note(body), N) == {"present"}


def test_none_alone_still_denies(assertions_of):
    assert assertions_of(_note("Night pain: none."), N) == {"absent"}


F = "functional_impairment"


@pytest.mark.parametrize("body", [
    "Cant lift arms to do her hair.",
    "Unable to raise her arms to comb her hair.",
    "She has difficulty rising from chairs.",
    "Trouble getting up from the toilet since Monday.",
    "Needs her husband's help to get out of the recliner.",
    "He needed his wife's help to get up from the toilet.",
])
def test_a_grooming_or_transfer_limit_is_function_lost(assertions_of, body):
    assert assertions_of(_note(body), F) == {"present"}


@pytest.mark.parametrize("body", [
    "She lifts her arms to do her hair without trouble now.",
    "Needs help to get the MRI authorized.",
    "Rising from a chair without difficulty.",
])
def test_look_alikes_of_a_grooming_or_transfer_limit(assertions_of, body):
    assert assertions_of(_note(body), F) != {"present"}
