"""Assertions as a UR nurse reads them (contract §4, corpora/ANNOTATION.md)."""

import pytest


@pytest.mark.parametrize("text, code, expected", [
    # templated ROS negatives
    ("ROS: denies fever, chills, weight loss, saddle anesthesia, bowel or bladder incontinence.",
     "saddle_anesthesia", {"absent"}),
    ("ROS: denies fever, chills, weight loss, saddle anesthesia, bowel or bladder incontinence.",
     "fever", {"absent"}),
    ("Negative for fever, night sweats, saddle numbness or urinary retention.",
     "bladder_dysfunction", {"absent"}),
    # negation stops at but / however / a new line
    ("Denies weakness but reports numbness in the left foot.", "paresthesia", {"present"}),
    ("No saddle anesthesia; however he has new urinary retention.", "bladder_dysfunction",
     {"present"}),
    ("Denies bowel/bladder changes\nFoot drop on the left", "foot_drop", {"present"}),
    # pseudo-negations
    ("No change in his foot drop since last visit.", "foot_drop", {"present"}),
    ("Cannot rule out cauda equina syndrome.", "cauda_equina_syndrome", {"possible"}),
    ("Completed 6 weeks of PT with no improvement.", "physical_therapy", {"present"}),
    # uncertainty
    ("Concern for cauda equina.", "cauda_equina_syndrome", {"possible"}),
    ("r/o discitis", "spinal_infection", {"possible"}),
    # historical vs past facts that still hold
    ("Foot drop in 2015, resolved.", "foot_drop", {"historical"}),
    ("s/p L4-5 laminectomy 2019.", "prior_spine_surgery", {"present"}),
    ("History of breast cancer, in remission.", "malignancy", {"present"}),
    # hypothetical
    ("Return to the ED if you develop numbness in the groin.", "saddle_anesthesia",
     {"hypothetical"}),
    ("Will start PT next week.", "physical_therapy", {"hypothetical"}),
    ("Consider ESI if no improvement.", "epidural_steroid_injection", {"hypothetical"}),
    ("Plan:\n- Physical therapy 2x/week for 6 weeks", "physical_therapy", {"hypothetical"}),
    ("Plan:\n- Continue physical therapy", "physical_therapy", {"present"}),
    # family
    ("Mother had breast cancer.", "malignancy", {"family"}),
    ("Family History:\nFather - lung cancer, diabetes", "malignancy", {"family"}),
    # normal findings stated positively are absent
    ("Strength 5/5 throughout. Reflexes 2+ and symmetric. Sensation intact to light touch.",
     "motor_weakness", {"absent"}),
    ("Strength 5/5 throughout. Reflexes 2+ and symmetric. Sensation intact to light touch.",
     "reflex_abnormality", {"absent"}),
    ("Afebrile.", "fever", {"absent"}),
])
def test_assertion(findings_of, text, code, expected):
    table, _ = findings_of(text)
    assert table.get(code) == expected, table


def test_present_and_denied_in_one_note_both_appear(findings_of):
    table, result = findings_of(
        "HPI: reports numbness in the left foot.\nROS: denies numbness or tingling in the hands.")
    assert table["paresthesia"] == {"present", "absent"}
    assert all(f.evidence for f in result.findings)


def test_defined_abbreviation_is_recognised_later(findings_of):
    table, result = findings_of(
        "Instructed in a home exercise program (HEP). She did the HEP daily for 6 weeks "
        "without relief.")
    hep = [f for f in result.findings if f.code == "home_exercise_program"]
    assert hep and hep[0].assertion == "present"
    texts = {e.text for e in hep[0].evidence}
    assert "HEP" in texts
