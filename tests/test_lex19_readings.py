"""Session-19 readings (lex19): a vertebral fracture told as a verb, a trip that ended
without a fall, ice and heat told by their verbs and devices, sleep lost to a cause other
than the pain, a review-of-systems line that places a bare "incontinence", and a label over
a line of item boxes. Sentences written for these tests, in several voices."""

import pytest


# 1. "fractured L1", "broke his back", "cracked a vertebra": a vertebral fracture; dated or
# remote, it is over (historical, ANNOTATION 'Ended episodes' / 'historical')
@pytest.mark.parametrize("text, assertion", [
    ("Fractured L1 as a child, no back trouble since until this fall.", "historical"),
    ("He broke his back in a truck wreck in 1997 and wore a brace for months.", "historical"),
    ("Cracked a vertebra snowboarding in 2012, healed.", "historical"),
    ("PMH: fractured T12 and L1 in 2008.", "historical"),
    ("She fractured her L2 vertebra in a fall from a step stool 10 days ago.", "present"),
    ("T11 compression fx years ago.", "historical"),
])
def test_a_vertebral_fracture_told_as_a_verb_is_a_fracture(assertions_of, text, assertion):
    assert assertions_of(text, "spinal_fracture") == {assertion}


@pytest.mark.parametrize("text", [
    "Broke her left wrist in 2019 and her ankle in 2021.",
    "Fractured his hip last spring; low back pain for 6 weeks.",
    "He has been breaking his back working double shifts at the warehouse.",
    "She broke back into tears when discussing the pain.",
])
def test_a_limb_fracture_or_a_figure_of_speech_is_no_spinal_fracture(assertions_of, text):
    assert assertions_of(text, "spinal_fracture") == set()


def test_a_wreck_in_everyday_words_is_the_injury(assertions_of):
    assert assertions_of("Car wreck on 11/20, restrained driver; neck pain since.",
                         "trauma") == {"present"}


# 2. a trip, slip or stumble the sentence ends without a fall, and a near fall, are no injury
@pytest.mark.parametrize("text", [
    "Tripped over the vacuum cord, no fall.",
    "She stumbled on the porch step but caught herself on the railing.",
    "Slipped in the kitchen and was able to catch himself on the counter.",
    "Lost his footing on the ladder but regained his balance.",
])
def test_a_trip_that_ended_without_a_fall_is_no_injury(assertions_of, text):
    assert assertions_of(text, "trauma") == {"absent"}


@pytest.mark.parametrize("text", [
    "Near-fall in the garage on Sunday.",
    "Had a near fall on the stairs last week.",
    "Nearly fell on the icy driveway this morning.",
])
def test_a_near_fall_is_no_injury_mechanism(assertions_of, text):
    # a fall that did not happen names no injury (no finding, as 'nearly fell' is read)
    assert assertions_of(text, "trauma") == set()


@pytest.mark.parametrize("text", [
    # the fall happened: catching oneself after it does not undo it
    "Tripped over the cat and fell, caught herself on the rail.",
    "He stumbled and fell onto his back in the parking lot.",
    # another kind of injury stands beside the near miss (ANNOTATION 'Kinds')
    "Slipped on ice, no fall, but felt a pull in her low back.",
])
def test_a_fall_or_another_injury_beside_it_stays(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


def test_the_near_miss_denial_does_not_reach_the_next_item(assertions_of):
    # "no fall" ends the near miss; the back pain after it is not denied
    text = "Tripped over the dog, no fall, back pain since."
    assert assertions_of(text, "trauma") == {"absent"}
    assert assertions_of(text, "low_back_pain") == {"present"}


# 4. ice and heat are activity_modification (contract: "rest, activity modification,
# bracing, ice/heat"), told by a verb or a device as well as by the noun pair
@pytest.mark.parametrize("text", [
    "Iced it at home for the first few days.",
    "She has been icing her low back every evening.",
    "Uses a heat wrap at work.",
    "ThermaCare patches and ibuprofen 400 mg prn.",
    "Heat and a TENS unit at home.",
    "Applying ice 20 minutes three times a day without relief.",
    "Heat prn, naproxen 500 mg BID.",
])
def test_ice_or_heat_told_by_verb_or_device_is_activity_modification(assertions_of, text):
    assert assertions_of(text, "activity_modification") == {"present"}


@pytest.mark.parametrize("text", [
    "Heat intolerance and palpitations, followed by endocrinology.",
    "The ice machine at work broke last week.",
    "Slipped on ice in the parking lot on Monday.",
])
def test_heat_or_ice_in_other_senses_is_no_modification(assertions_of, text):
    assert assertions_of(text, "activity_modification") == set()


def test_a_home_program_told_as_the_exercises_the_therapist_showed(assertions_of):
    text = "She did the stretches her physical therapist showed her, every morning."
    assert assertions_of(text, "home_exercise_program") == {"present"}


# 5. sleep lost to a cause other than the pain is no night pain
@pytest.mark.parametrize("text", [
    "Disturbed sleep from the new baby.",
    "Trouble sleeping because of stress.",
    "Difficulty sleeping d/t nocturia.",
    "Sleeping poorly due to rotating night shifts.",
    "Insomnia for years, on melatonin.",
])
def test_sleep_lost_to_another_cause_is_no_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == set()


@pytest.mark.parametrize("text", [
    "Wakes from sleep with pain most nights.",
    "The leg pain keeps her up at night.",
    "Difficulty sleeping because of the leg pain.",
    "Poor sleep due to her back pain.",
    # another cause named first does not hide the pain that wakes her
    "Disturbed sleep with the twins, and the leg pain wakes her at 3 am.",
])
def test_sleep_lost_to_the_pain_stays_night_pain(assertions_of, text):
    assert assertions_of(text, "night_pain") == {"present"}


# 6. a bare "incontinence" on a GI line is the bowel's, on a GU line the bladder's
@pytest.mark.parametrize("text", [
    "ROS:\nGI: negative for incontinence.\nNeuro: no weakness.",
    "GI: no incontinence. Skin: no rash.",
    "GI: denies incontinence  GU: denies dysuria",
])
def test_a_gi_line_denies_bowel_incontinence_only(findings_of, text):
    table = findings_of(text)[0]
    assert table.get("bowel_dysfunction") == {"absent"}
    assert "bladder_dysfunction" not in table


@pytest.mark.parametrize("text", [
    "GU: denies incontinence.",
    "GU: negative for incontinence. GI: negative for constipation.",
])
def test_a_gu_line_denies_bladder_incontinence_only(findings_of, text):
    table = findings_of(text)[0]
    assert table.get("bladder_dysfunction") == {"absent"}
    assert "bowel_dysfunction" not in table


def test_a_bare_denial_outside_a_system_line_denies_both(findings_of):
    table = findings_of("Denies incontinence or saddle numbness.")[0]
    assert table.get("bladder_dysfunction") == {"absent"}
    assert table.get("bowel_dysfunction") == {"absent"}


# 7. a label alone on its line over a line of item boxes is the form's question
@pytest.mark.parametrize("text", [
    "Radicular symptoms:\n[ ] leg pain  [ ] numbness",
    "Radicular symptoms (check all that apply):\n  [ ] Leg pain  [ ] Numbness\n  [ ] Weakness",
    "Radicular symptoms:\n[ ] leg pain  [x] numbness",
])
def test_a_label_over_empty_boxes_is_no_finding(findings_of, text):
    table = findings_of(text)[0]
    assert table.get("radicular_pain") == {"absent"}


@pytest.mark.parametrize("text", [
    "Radicular symptoms:\n[x] leg pain  [ ] numbness",
    "Radicular symptoms:\n  [X] Leg pain  [ ] Numbness\n  [ ] Weakness",
    # a label that answers itself in words is a finding, as before
    "Radicular symptoms:\nleft leg pain to the foot",
])
def test_a_checked_item_under_the_label_is_present(findings_of, text):
    assert findings_of(text)[0].get("radicular_pain") == {"present"}


def test_the_boxes_under_a_myelopathy_label_answer_it(findings_of):
    table = findings_of("Myelopathy signs:\n☐ hand clumsiness  ☐ gait change")[0]
    assert table.get("myelopathy_signs") == {"absent"}


# 3. already read so; kept here as the corpus convention (sensory level ->
# dermatomal_sensory_loss, d125/d380; spread and crossed adductors -> UMN signs)
@pytest.mark.parametrize("text, code", [
    ("Patellar reflexes 3+ with spread to the contralateral adductors.",
     "upper_motor_neuron_signs"),
    ("Crossed adductor response present on the right.", "upper_motor_neuron_signs"),
    ("T10 sensory level to pinprick.", "dermatomal_sensory_loss"),
    ("Sensory level at the umbilicus.", "dermatomal_sensory_loss"),
])
def test_cord_signs_are_read(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}
