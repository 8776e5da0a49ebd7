"""Readings mended from the blind cases e101-e110 left by blind28g (session 29, mend29b).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading (corpora/dev/ERRORS_e101-e110.md, corpora/dev/MEND29b.md).
"""

import pytest


# an entrapment neuropathy named by its place ("peripheral entrapment") is peripheral_neuropathy
@pytest.mark.parametrize("text, expected", [
    ("NCS: normal sensory responses in both hands; no peripheral entrapment.", {"absent"}),
    ("Impression: C6 radiculopathy vs peripheral nerve entrapment.", {"possible"}),
])
def test_a_peripheral_entrapment_is_a_neuropathy(assertions_of, text, expected):
    assert assertions_of(text, "peripheral_neuropathy") == expected


def test_a_root_entrapment_is_no_peripheral_neuropathy(assertions_of):
    # near-miss: the root's entrapment is a radiculopathy
    assert assertions_of("MRI: L5 nerve root entrapment by the fragment.",
                         "peripheral_neuropathy") == set()


# a caregiver's lift told with "helped", no "after"
@pytest.mark.parametrize("text", [
    "On her shift she helped lift and reposition a 140 kg patient; the back pain began that night.",
    "He helped transfer a heavy resident to the commode, and his low back seized up.",
])
def test_a_lift_of_a_patient_helped_with_is_the_onset(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


def test_helping_a_relative_move_house_is_no_lift(assertions_of):
    assert assertions_of("She helped her son move into a new flat in May.", "trauma") == set()


# a deficit compared with an earlier exam has worsened
@pytest.mark.parametrize("text", [
    "Exam: R deltoid 4/5, weaker than at the initial eval.",
    "Her EHL is weaker than it was at the last visit.",
])
def test_weaker_than_at_an_earlier_exam_is_a_worsening(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == {"present"}


def test_weaker_than_the_other_side_is_no_worsening(assertions_of):
    # near-miss: a comparison of sides
    assert assertions_of("Exam: R deltoid weaker than the L.", "symptom_progression") == set()


# rising at night for the pain is night pain; rising to void is not
def test_getting_up_at_night_for_the_pain_is_night_pain(assertions_of):
    assert assertions_of("She is up three times a night because of the buttock pain.",
                         "night_pain") == {"present"}


def test_getting_up_at_night_to_void_is_no_night_pain(assertions_of):
    assert assertions_of("He gets up twice a night to urinate.", "night_pain") == set()


# a form's quoted question on night pain, answered after a dash
def test_a_quoted_night_pain_question_answered_no(assertions_of):
    assert assertions_of('Intake form:\n"Does the pain keep you up at night?" - no.',
                         "night_pain") == {"absent"}


def test_a_quoted_question_answered_yes_is_not_denied(assertions_of):
    # near-miss: answered yes, not denied
    assert "absent" not in assertions_of('Intake form:\n"Any leg weakness?" - yes, on stairs.',
                                         "motor_weakness")


def test_a_quoted_question_answered_no(assertions_of):
    assert assertions_of('Intake form:\n"Any leg weakness?" - No.', "motor_weakness") == {"absent"}


# work at its usual full-time hours is no functional limit
def test_usual_full_time_hours_are_no_work_limit(assertions_of):
    assert assertions_of("She is working her usual full-time hours at the bank.",
                         "functional_impairment") == {"absent"}


def test_usual_hours_cut_short_stay_a_limit(assertions_of):
    # near-miss: the hours are cut; no "absent" from the whole-day words
    assert "absent" not in assertions_of(
        "She is working her usual full-time hours but leaves early most days.",
        "functional_impairment")


# "no lifting" after a denied injury denies a lift as the onset; it is no restriction
@pytest.mark.parametrize("text", [
    "Mid-back pain for 3 weeks, no trauma, no lifting, came on gradually.",
    "Onset unclear - no fall; no lifting that she recalls.",
])
def test_no_lifting_after_a_denied_injury_denies_a_mechanism(assertions_of, text):
    assert assertions_of(text, "activity_modification") == set()
    assert assertions_of(text, "trauma") == {"absent"}


def test_no_lifting_as_a_restriction_stays_one(assertions_of):
    assert assertions_of("Work note: no lifting over 15 lb until follow-up.",
                         "activity_modification") == {"present"}


# a referral to a named surgeon with his field in brackets is an intervention planned
@pytest.mark.parametrize("text", [
    "Plan: refer her to Dr. Haldane (neurosurgery) once the MRI is back.",
    "If still weak in 4 weeks would refer to Dr. Osei (spine surgery).",
])
def test_a_referral_to_a_named_spine_surgeon(assertions_of, text):
    assert assertions_of(text, "intervention_planned") != set()


def test_a_referral_to_a_named_rheumatologist_is_no_intervention(assertions_of):
    assert assertions_of("Plan: refer to Dr. Lindqvist (rheumatology) for the joints.",
                         "intervention_planned") == set()


# a fall as the last item of a list of deficits
def test_falls_at_the_end_of_a_precaution_list(assertions_of):
    text = "Return at once for hand weakness, numbness, problems with balance or falls."
    assert assertions_of(text, "trauma") == {"hypothetical"}


def test_a_denied_list_ending_in_falls(assertions_of):
    assert assertions_of("She denies arm weakness or falls.", "trauma") == {"absent"}


def test_walking_or_standing_is_no_fall(assertions_of):
    assert assertions_of("Leg pain with walking or standing.", "trauma") == set()


# a rowing effort as the onset
def test_a_rowing_piece_is_the_onset(assertions_of):
    text = "The pain started during a timed 2k test on the erg last Sunday."
    assert assertions_of(text, "trauma") == {"present"}


def test_a_pain_made_worse_by_rowing_is_no_onset(assertions_of):
    assert assertions_of("Pain worse during sessions on the rowing machine.", "trauma") == set()


# a symptom that spread further
def test_numbness_spread_further_is_a_worsening(assertions_of):
    assert assertions_of("Over the summer the tingling spread farther up the forearm.",
                         "symptom_progression") == {"present"}


def test_a_cancer_spread_further_is_no_symptom_worsening(assertions_of):
    assert assertions_of("PMH: breast cancer, spread further into the liver in 2022.",
                         "symptom_progression") == set()


# a relative doing a meal task for the patient
@pytest.mark.parametrize("text", [
    "Since the summer his daughter has to cut up his food.",
    "Hand function: he now cuts her steak at dinner.",
])
def test_a_relative_cutting_the_patients_food_is_a_limit(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_cutting_ones_own_food_is_no_limit(assertions_of):
    assert assertions_of("ADLs: she cuts her own food and dresses herself.",
                         "functional_impairment") != {"present"}


# relief by sitting told with the verb after it
def test_sitting_relieves_it_is_claudication(assertions_of):
    text = "Leg ache after about a block of walking; sitting on a bench relieves it."
    assert assertions_of(text, "neurogenic_claudication") == {"present"}


def test_standing_relieves_it_is_no_claudication(assertions_of):
    assert assertions_of("Low back pain worse with sitting; standing relieves it.",
                         "neurogenic_claudication") == set()
