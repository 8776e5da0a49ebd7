"""mend45d (blind batch e721-e760): readings fixed by class of wording.

1. A consent's "risks:" label opens the list of the procedure's risks, as "risks include"
   does: no finding of the patient's (blind e752: the listed bowel/bladder dysfunction made
   a false urgent).
2. A sensory loss followed by a peripheral nerve's bare name in parentheses ("(median)") is
   that nerve's territory, no dermatome's (blind e737, carpal tunnel of pregnancy).
"""

import pytest

from note_text import section_note as _note


@pytest.mark.parametrize("code", ["bladder_dysfunction", "bowel_dysfunction", "spinal_infection"])
def test_a_risks_colon_list_is_no_finding(assertions_of, code):
    body = ("Consent obtained. We went over risks: infection, bleeding, nerve injury, "
            "bowel/bladder dysfunction, nonunion.")
    assert assertions_of(_note(body, "Plan"), code) == set()


def test_risks_colon_leaves_a_later_sentence_alone(assertions_of):
    body = ("Reviewed risks: bleeding, infection. He reports new urinary retention since "
            "yesterday.")
    assert "present" in assertions_of(_note(body, "Plan"), "bladder_dysfunction")


def test_a_bare_nerve_name_in_parentheses_is_no_dermatomal_loss(assertions_of):
    body = "Reduced light touch over the L index and middle finger pads (median). Reflexes 2+."
    assert assertions_of(_note(body, "Exam"), "dermatomal_sensory_loss") == set()


def test_a_root_in_parentheses_keeps_the_dermatomal_loss(assertions_of):
    body = "Reduced light touch over the L thumb and index finger (C6). Reflexes 2+."
    assert "present" in assertions_of(_note(body, "Exam"), "dermatomal_sensory_loss")


def test_exam_items_not_assessable_by_video_are_no_finding(assertions_of):
    body = ("Video visit. Turns head fully. Grip, reflexes, sensation and Hoffmann "
            "not assessable over video.")
    assert assertions_of(_note(body, "Exam"), "upper_motor_neuron_signs") == set()


def test_a_hoffmann_found_in_person_stays_present(assertions_of):
    body = "In clinic: Hoffmann positive on the R. Gait normal."
    assert "present" in assertions_of(_note(body, "Exam"), "upper_motor_neuron_signs")
