"""Readings of exam signs, diagnoses and red-flag wordings (session 34, mend34d; the blind
batch e281-e320). Each fix's look-alikes in other words, and a near-miss that keeps its old
reading.

1. A form's question answered by boxes one space after its "?" ("Trouble with balance? [ ] Yes
   [X] No"): the answer is in the question's sentence, as it is two spaces after (e300).
2. "Toes down going" / "Down going toes": speech recognition's split "downgoing" is a normal
   plantar response (upper_motor_neuron_signs absent, ANNOTATION; e302).
3. "DPN" (diabetic peripheral neuropathy) names a peripheral neuropathy (e304).
4. "X now much less likely": the trailing doubt reaches past "now" (possible; e289).
5. "Remote healed L5 spondylolysis": a healed pars fracture is over (historical, as "healed L1
   fracture" in ANNOTATION "Ended episodes"; e320).
6. A procedure's consent risks "incl neurologic injury" list no injury the patient had (no
   trauma; e314).
7. "reherniation" (re-herniation closed up) names a disc herniation; a coworker's is another
   person's (family; e295).
8. A spouse's or an acquaintance's possessive gives them the thing named next ("Wife's
   myelopathy history discussed": family; e307, whose false met it was); the spouse as
   informant ("Wife's concern is his leg weakness") does not.
9. A two-cell table row ("| Hoffmann | neg bilat |"): the value cell is read with its label
   (e290); a grid of three or more cells keeps its cells apart.
10. "X are new - not present at the 2023 post-op visits": a denial of an earlier occasion
    makes the finding new, not denied (e291); "not present at the ankle" / "at the time of
    the exam" stay denials.
11. "walks across room slowly but steadily": pace beside a steady verdict is no gait
    abnormality (ANNOTATION; e296); "antalgic but steady" stays present.
12. A precaution's place written as two ("F/u OB. ED/L&D for leg weakness"): hypothetical, as
    "ED for" opening its sentence (e315).
"""

import pytest

from note_text import hpi_note as _note


# 1. a form's answer one space after its question
@pytest.mark.parametrize("body, code", [
    ("Intake:\nTrouble with balance or walking? [ ] Yes [X] No\n", "gait_abnormality"),
    ("Intake:\nAny fever? [ ] Yes [X] No\n", "fever"),
    ("Intake:\nNumbness in the groin? ☐ Yes ☒ No\n", "saddle_anesthesia"),
])
def test_a_box_answer_one_space_after_the_question_denies_it(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_box_answer_yes_one_space_after_the_question_stays(assertions_of):
    body = "Intake:\nTrouble with balance or walking? [X] Yes [ ] No\n"
    assert assertions_of(_note(body), "gait_abnormality") == {"present"}


def test_a_question_mark_before_a_new_sentence_still_ends_it(assertions_of):
    body = "Is the weakness new? She says yes. No fever."
    assert assertions_of(_note(body), "motor_weakness") != {"absent"}


# 2. "down going" toes
@pytest.mark.parametrize("body", [
    "Exam: Gait antalgic on the right. Toes down going.",
    "Exam: Reflexes 2+ and symmetric. Down going toes bilaterally.",
])
def test_down_going_toes_are_a_normal_plantar_response(assertions_of, body):
    assert assertions_of(_note(body), "upper_motor_neuron_signs") == {"absent"}


def test_upgoing_toes_stay_present(assertions_of):
    body = "Exam: Toes upgoing bilaterally."
    assert assertions_of(_note(body), "upper_motor_neuron_signs") == {"present"}


# 3. DPN
@pytest.mark.parametrize("body", [
    "Exam: Sensation intact except stocking decrease to ankles bilat (DPN, known).",
    "PMH: DM2 with DPN, CKD 3.",
])
def test_dpn_names_a_peripheral_neuropathy(assertions_of, body):
    assert assertions_of(_note(body), "peripheral_neuropathy") == {"present"}


def test_dpn_denied_stays_absent(assertions_of):
    body = "PMH: DM2, no DPN, no retinopathy."
    assert assertions_of(_note(body), "peripheral_neuropathy") == {"absent"}


# 4. "now much less likely"
@pytest.mark.parametrize("body", [
    "A: Herpes zoster, R T8. This explains her pain; thoracic disc herniation now much less "
    "likely.",
    "A: Band-like pain. Thoracic disc herniation is now less likely.",
])
def test_now_less_likely_doubts_the_diagnosis(assertions_of, body):
    assert assertions_of(_note(body), "disc_herniation") == {"possible"}


def test_now_less_likely_of_something_else_leaves_the_diagnosis(assertions_of):
    body = "A: L5-S1 disc herniation. Now less likely to need surgery after the ESI."
    assert assertions_of(_note(body), "disc_herniation") == {"present"}


# 5. healed spondylolysis
@pytest.mark.parametrize("body", [
    "Assessment: Lifting strain, 3 weeks. Remote healed L5 spondylolysis. No red flags.",
    "Assessment: Lumbar strain. L5 spondylolysis in 2019, healed (CT 2022).",
])
def test_a_healed_spondylolysis_is_over(assertions_of, body):
    assert assertions_of(_note(body), "spondylolysis") == {"historical"}


def test_an_unhealed_spondylolysis_stays_present(assertions_of):
    body = "Assessment: Acute L5 spondylolysis, not yet healed; continue brace."
    assert assertions_of(_note(body), "spondylolysis") == {"present"}


# 6. an injury among a procedure's risks
@pytest.mark.parametrize("body", [
    "Plan: Discussed posterior spinal fusion; reviewed risks incl neurologic injury, blood "
    "loss, infection.",
    "Plan: Reviewed the risks including neurologic injury and bleeding; consent signed.",
])
def test_an_injury_listed_as_a_risk_is_no_trauma(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == set()


def test_a_real_injury_after_the_consent_stays(assertions_of):
    body = "Plan: Discussed risks and benefits of surgery. He fell off a ladder last week."
    assert assertions_of(_note(body), "trauma") == {"present"}


# 7. reherniation
def test_reherniation_is_a_disc_herniation(assertions_of):
    body = "Worried about reherniation at L5-S1 after his microdiscectomy."
    assert assertions_of(_note(body), "disc_herniation") == {"possible"}


def test_a_coworkers_reherniation_is_another_persons(assertions_of):
    body = "Coworker had reherniation after the same surgery. Leg pain gone."
    assert assertions_of(_note(body), "disc_herniation") == {"family"}


# 8. a spouse's possessive
@pytest.mark.parametrize("body, code", [
    ("A/P: CT ordered at family request. Wife's myelopathy history discussed; his exam does "
     "not suggest it.", "myelopathy_signs"),
    ("Coworker's herniated disc needed surgery last year.", "disc_herniation"),
])
def test_a_spouses_possessive_gives_her_the_finding(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"family"}


@pytest.mark.parametrize("body", [
    "Wife's concern is his leg weakness.",
    "Wife's report: new leg weakness since Monday.",
])
def test_the_spouse_as_informant_leaves_his_finding(assertions_of, body):
    assert assertions_of(_note(body), "motor_weakness") == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Slipped on wet leaves and landed hard. Walking with her late husband's cane since the "
     "fall - can't shop.", "trauma"),
    ("Caller: wife. Wife reports husband's mid-back pain (started ~3 wks ago) is much worse "
     "this week.", "thoracic_pain"),
])
def test_a_spouses_thing_reaches_no_further_finding(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# 9. a two-cell table row
def test_a_table_rows_value_cell_reads_with_its_label(assertions_of):
    body = ("Exam:\n| Domain        | Finding |\n| Reflexes      | biceps 2+, ankle 2+ |\n"
            "| Hoffmann      | neg bilat |\n| Sensory       | intact |\n")
    assert assertions_of(_note(body), "upper_motor_neuron_signs") == {"absent"}


def test_a_table_rows_positive_value_stays_present(assertions_of):
    body = "Exam:\n| Hoffmann      | positive R |\n| Sensory       | intact |\n"
    assert assertions_of(_note(body), "upper_motor_neuron_signs") == {"present"}


def test_a_three_cell_grid_keeps_its_cells_apart(assertions_of):
    body = "ROS: GU - neg | MSK - neck pain | Neuro - leg weakness\n"
    assert assertions_of(_note(body), "motor_weakness") == {"present"}


# 10. not present at an earlier occasion
@pytest.mark.parametrize("body, code", [
    ("A/P: R EHL/TA weakness and L5 sensory loss are new - not present at the 2023 post-op "
     "visits.", "motor_weakness"),
    ("A/P: R EHL/TA weakness and L5 sensory loss are new - not present at the 2023 post-op "
     "visits.", "dermatomal_sensory_loss"),
    ("He has objective weakness that was not present in the spring.", "motor_weakness"),
])
def test_not_present_at_an_earlier_visit_makes_the_finding_new(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Exam: Clonus not present at the ankle bilaterally.", "upper_motor_neuron_signs"),
    ("Exam: Weakness not present at the time of the exam.", "motor_weakness"),
])
def test_not_present_at_a_place_or_now_stays_denied(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


# 11. slowly but steadily
def test_walking_slowly_but_steadily_is_no_gait_abnormality(assertions_of):
    body = "Observed: rises with hands on armrests, walks across room slowly but steadily."
    assert assertions_of(_note(body), "gait_abnormality") == {"absent"}


@pytest.mark.parametrize("body", ["Gait antalgic but steady.", "Walks slowly with a shuffling gait."])
def test_an_abnormal_gait_word_beside_steady_stays(assertions_of, body):
    assert assertions_of(_note(body), "gait_abnormality") == {"present"}


# 12. ED/L&D for
@pytest.mark.parametrize("body", [
    "Plan: acetaminophen prn. F/u OB. ED/L&D for leg weakness, numbness in groin, or fever.",
    "Plan: ice and heat.\n- ED/UC for leg weakness or fever\n",
])
def test_a_precaution_to_two_places_is_hypothetical(assertions_of, body):
    assert assertions_of(_note(body), "motor_weakness") == {"hypothetical"}


def test_seen_in_the_ed_for_a_symptom_stays_present(assertions_of):
    body = "She was seen in the ED/UC for leg weakness yesterday; still weak today."
    assert assertions_of(_note(body), "motor_weakness") == {"present"}
