"""Readings of trauma, symptom_progression, night_pain and intervention_planned mended in
session 30 (mend30b, corpora/dev/MEND30b.md).

Each reading is tried on invented sentences in other words than the cases', with a near-miss
that keeps its old reading.
"""

import pytest


# a fall named as an item of a precaution's comma list, or after another trouble, is a fall
# the precaution foresees (d196 d237 d251 d278 d307 d569 d757 d836 d841 e044)
@pytest.mark.parametrize("text", [
    "He is to phone us if he notices more weakness, falls, or any change in his bladder.",
    "Go to the ED for new arm numbness, falls, or urinary retention.",
    "Come back sooner for worsening bowel trouble or falls.",
    "Advised to return at once with any further falls or new numbness.",
])
def test_falls_in_a_precautions_list_are_hypothetical(assertions_of, text):
    assert assertions_of(text, "trauma") == {"hypothetical"}


def test_falls_in_a_history_list_are_falls(assertions_of):
    # near-miss: the same list told as what happened
    assert assertions_of("Over six weeks: clumsy hands, leg weakness, falls and urinary "
                         "urgency.", "trauma") == {"present"}


def test_weakness_then_falls_asleep_is_no_fall(assertions_of):
    # near-miss: the verb of sleep
    assert assertions_of("Reports daytime weakness, falls asleep in his chair.", "trauma") == set()


# a call-back precaution that names the spine surgeon for a new deficit is no planned
# intervention (d424 e139 d543); a call for an imaging result still is (d217)
@pytest.mark.parametrize("text", [
    "Plan: neuro checks q2h; neurosurgery to be paged for any new leg weakness or retention.",
    "Plan: hourly neuro checks; spine surgery to be contacted immediately if new saddle numbness.",
    "Plan: if she develops new weakness overnight, the nurse is to page spine surgery.",
])
def test_a_callback_precaution_to_the_spine_surgeon_plans_nothing(assertions_of, text):
    assert assertions_of(text, "intervention_planned") == set()


def test_a_call_to_the_spine_surgeon_on_an_imaging_result_is_planned(assertions_of):
    # near-miss: a consult the plan is conditional on a study for
    assert assertions_of("Plan: neurosurgery to be called if the MRI shows an epidural abscess.",
                         "intervention_planned") == {"present"}


# a cancer's progression is the disease's, not the patient's symptoms' (d417 d725 d862)
@pytest.mark.parametrize("text", [
    "Rising CA 15-3 with new focal T10 pain and night pain - suspected progression of osseous "
    "metastatic breast cancer at T10.",
    "Bone scan: new uptake at T11, worrisome for progression with a new osseous metastasis.",
    "Assessment: new T12 pathologic fracture, suspicious for progression at T12.",
])
def test_a_cancers_progression_is_no_symptom_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == set()


def test_a_deficits_progression_is_a_symptom_progression(assertions_of):
    # near-miss: the deficit progresses
    assert assertions_of("Quadriceps weakness with progression over the last two weeks.",
                         "symptom_progression") == {"present"}


# a goal's status "progressing", after its measure, is the therapy's progress (d682 e049 d896)
@pytest.mark.parametrize("text", [
    "Goals: stand at the counter 30 min - progressing; return to work - not met.",
    "LTG 2: carry groceries 20 lb - progressing\nLTG 3: walk 1 mile - met",
    "STG: stairs with pain <=2/10 - progressing.",
])
def test_a_goals_progressing_status_is_no_symptom_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == set()


def test_a_weakness_said_progressing_is_a_progression(assertions_of):
    # near-miss: a symptom's course written with a dash
    assert assertions_of("L ankle dorsiflexion weakness - progressing, now 3/5.",
                         "symptom_progression") == {"present"}


# "recurrent" radiculopathy names a recurrence, not a worsening (d181 d240 d444 d777 d514 d630)
@pytest.mark.parametrize("text", [
    "Impression: recurrent right S1 radiculopathy four years after discectomy.",
    "Seen today for recurrent left leg pain; back to the same level as before the operation.",
])
def test_a_recurrent_radiculopathy_is_no_progression(assertions_of, text):
    assert assertions_of(text, "symptom_progression") == set()


def test_a_recurrent_radiculopathy_getting_worse_is_a_progression(assertions_of):
    # near-miss: the recurrence is told worsening
    assert assertions_of("Recurrent right S1 radiculopathy, getting worse each week.",
                         "symptom_progression") == {"present"}


# numbness shaken out of the hand at night, or numbness worse at night with no pain named, is
# a nerve's numbness (carpal tunnel, ulnar, a neuropathy), not night pain
# (d448 d465 d704 d717 d813 d841 d977)
@pytest.mark.parametrize("text", [
    "Tingling in the left thumb and index finger; it wakes him most nights and he shakes the "
    "hand to bring it back.",
    "Numb fingertips on the right. Worse at night, flicks the hand out on waking.",
    "C/o numbness of the R little finger x 6 wks, worse at night and when she rests her elbow on "
    "the desk.",
])
def test_night_numbness_of_a_nerve_is_no_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == set()


@pytest.mark.parametrize("text", [
    "Pain down the arm with thumb numbness, worse at night, and it wakes her twice a night.",
    "Low back ache, worse at night.",
])
def test_night_pain_beside_numbness_stays_night_pain(assertions_of, text):
    # near-miss: a pain is named in the sentence
    assert assertions_of(text, "night_pain") == {"present"}


# a night spent sleeping poorly for the pain or a limb is night pain (d733 d775 d851)
@pytest.mark.parametrize("text", [
    "Right sciatica for six weeks. Still sleeps poorly because of the leg.",
    "Neck and arm pain, 7/10. Slept badly? Yes - sleeping poorly, the arm aches when he turns.",
])
def test_sleeping_poorly_for_the_pain_is_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


def test_sleeping_poorly_for_another_cause_is_no_night_pain(assertions_of):
    # near-miss: sleep lost to a newborn
    assert assertions_of("Low back pain after lifting. Sleeping poorly because of the newborn.",
                         "night_pain") == set()
