"""Exam, sign and symptom readings of the blind batch e441-e480 (session 38, mend38b).

1. A Yes/No grid whose rows carry one check each ("ROS grid   Y   N" over "Leg weakness
   X", or a pipe table "Arm/leg weakness |   | X" under "ROS | + | -"): a check under the
   no column denies its row; one under yes leaves it.
2. A problem table's status cell ("L foot drop   | 2018   | Resolved") ends the problem:
   historical, as the dotted "Sciatica ........ Resolved 2019" is.
3. A consent's list of risks is no finding of the patient's, also after "infection" (a
   NOT_A_FINDING target holding the "Risks include" cue) and under a consent label
   ("Consent (covers both blocks): ...", "Consent reviewed & signed: ...").
4. Give-way or nonorganic weakness is no weakness (ANNOTATION "Give-way weakness").
5. A sensory loss no dermatome draws ("..., circumferential", "splits midline",
   "inconsistent borders", a named cutaneous nerve) is no dermatome's loss.
6. "X, likely - ..." / "X, likely (...)": the postposed doubt is possible.
7. A stimulator's "paresthesia mapping" is no paresthesia.
8. A line labelled "Family:" tells a relative's or spouse's problem.
"""

import pytest

from note_text import clinic_note as _note


MW = "motor_weakness"
PAR = "paresthesia"
DSL = "dermatomal_sensory_loss"


@pytest.mark.parametrize("body,code,expected", [
    ("Symptom checklist             Y   N\nNight pain                        X\n"
     "Leg weakness                      X\n", MW, {"absent"}),
    ("Since the fall, I have:          Yes  No\nBack pain                   X\n"
     "Tingling in the legs                  X\n", PAR, {"absent"}),
    ("ROS                 | + | -\nFever               |   | X\nLeg weakness        |   | X\n",
     MW, {"absent"}),
    # must not: a check under yes stays present
    ("Symptom checklist             Y   N\nLeg weakness                X\n"
     "Night pain                        X\n", MW, {"present"}),
    ("ROS                 | + | -\nLeg numbness        | X |\nFever               |   | X\n",
     PAR, {"present"}),
])
def test_a_single_check_grid_answers_its_row(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Problem list\nProblem                   | Onset | Status\n"
     "Foot drop L               | 2017  | Resolved\nHypertension              | 2015  | Active\n",
     "foot_drop", {"historical"}),
    ("Problem list\nProblem                   | Onset | Status\n"
     "Sciatica L                | 2012  | Resolved\n", "radicular_pain", {"historical"}),
    # must not: an active row stays present
    ("Problem list\nProblem                   | Onset | Status\n"
     "Sciatica L                | 2025  | Active\n", "radicular_pain", {"present"}),
])
def test_a_problem_tables_resolved_status_is_historical(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body", [
    "Plan: RFA. Risks include bleeding, infection, temporary numbness and weakness.",
    "Consent (covers both blocks): bleeding, infection, temporary leg numbness or weakness.",
    "Consent reviewed & signed: bleeding, nerve irritation, temporary leg numbness/weakness.",
])
def test_a_consents_risks_are_no_finding(assertions_of, body):
    assert assertions_of(_note(body), MW) == set()
    assert assertions_of(_note(body), PAR) == set()


def test_a_finding_after_a_consent_sentence_is_read(assertions_of):
    body = "Consent: obtained. Exam: L EHL 4/5, numbness L foot."
    assert assertions_of(_note(body), MW) == {"present"}


@pytest.mark.parametrize("body,expected", [
    ("Exam: Give-way weakness both legs, 5/5 with coaching. Reflexes 2+.", {"absent"}),
    ("Exam: Hoover sign positive (suggests nonorganic weakness). Reflexes 2+.", {"absent"}),
    # must not: a consistent grade stays weakness
    ("Exam: EHL 4/5 L, consistent on repeat testing. Reflexes 2+.", {"present"}),
])
def test_give_way_or_nonorganic_weakness_is_no_weakness(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected


@pytest.mark.parametrize("body,expected", [
    ("Exam: Sensation decreased LT entire L arm from shoulder to fingers, circumferential.",
     {"absent"}),
    ("Exam: sensory loss to pinprick L leg from groin down, splits midline at the trunk.",
     {"absent"}),
    ("Exam: patchy decreased LT both legs, inconsistent borders, reflexes 2+.", {"absent"}),
    ("Exam: Decreased LT over the outer thigh (lateral femoral cutaneous nerve); reflexes 2+.",
     set()),
    # must not: a dermatome's loss stays present
    ("Exam: Decreased pinprick R lateral calf and dorsum of foot, L5. Reflexes 2+.",
     {"present"}),
])
def test_a_loss_no_dermatome_draws_is_no_dermatomes(assertions_of, body, expected):
    assert assertions_of(_note(body), DSL) == expected


@pytest.mark.parametrize("body,expected", [
    ("A/P: 2. L carpal tunnel syndrome, likely - wrist splint, EMG if no better.", {"possible"}),
    ("A: L meralgia paresthetica, likely (tight belt).", {"possible"}),
])
def test_a_postposed_likely_is_possible(assertions_of, body, expected):
    assert assertions_of(_note(body), "peripheral_neuropathy") == expected


def test_likely_before_a_word_is_no_postposed_doubt(assertions_of):
    body = "A: Disc herniation, likely L4-5. Radiculopathy L5."
    assert assertions_of(_note(body), "radiculopathy") == {"present"}


def test_a_stimulators_paresthesia_mapping_is_no_paresthesia(assertions_of):
    body = "SCS trial lead placed; pt awake for paresthesia mapping, concordant coverage."
    assert assertions_of(_note(body), PAR) == set()
    assert assertions_of(_note("HPI: paresthesias in the L foot x 3 wks."), PAR) == {"present"}


def test_a_family_line_tells_the_spouses_problem(assertions_of):
    body = "Family: husband has sciatica. Pt reports L leg pain to the foot."
    assert "family" in assertions_of(_note(body), "radicular_pain")
    assert "present" in assertions_of(_note(body), "radicular_pain")


def test_an_aside_in_a_grid_label_is_not_denied_with_it(assertions_of):
    body = ("ROS                                  | + | -\n"
            "Hand clumsiness (other than numb fingertips) | | X\n"
            "Fever                                |   | X\n")
    assert assertions_of(_note(body), "myelopathy_signs") == {"absent"}
    assert "absent" not in assertions_of(_note(body), PAR)


@pytest.mark.parametrize("body", [
    "Plan: physio. Safety-netted: leg numbness, leg weakness - seek same day review.",
    "Safety netting: red flags discussed - leg numbness, retention - 999/A&E.",
])
def test_a_safety_net_is_a_return_precaution(assertions_of, body):
    assert assertions_of(_note(body), PAR) == {"hypothetical"}


def test_after_a_safety_net_sentence_a_symptom_is_had(assertions_of):
    body = "Safety-netted re red flags. Numbness L foot since Monday."
    assert assertions_of(_note(body), PAR) == {"present"}


@pytest.mark.parametrize("body,expected", [
    ("Dictated. Power: ankle dorsiflexion four plus out of five on the left.", {"present"}),
    ("Dictated. Left EHL four out of five comma plantarflexion three over five.", {"present"}),
])
def test_a_reduced_grade_spoken_in_dictation_is_weakness(assertions_of, body, expected):
    assert assertions_of(_note(body), MW) == expected


def test_a_full_grade_spoken_is_no_weakness(assertions_of):
    body = "Dictated. Power: ankle dorsiflexion five out of five bilaterally."
    assert "present" not in assertions_of(_note(body), MW)
