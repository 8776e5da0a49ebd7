"""Warning signs a clinician teaches, verb first ("Reviewed emergency signs (...)", "Went over
red flags incl. ...", "Covered warning signs: ..."), are what to watch for: hypothetical for
every item the teaching lists. A screening's own answer ("reports", "denies") ends the
teaching's reach, and a review of a study, of the ROS or of a finding with a colleague names
no alarm signs and keeps its reading."""
import pytest


@pytest.mark.parametrize("text, codes", [
    # an occupational-health plan line, the instruction after a dash
    ("Plan: recheck 2 weeks. Reviewed emergency signs (loss of bladder control, numbness "
     "in the groin) - go to the ED.", ("bladder_dysfunction", "saddle_anesthesia")),
    # an urgent-care shorthand with "incl."
    ("Went over red flags incl. saddle numbness, urinary retention.",
     ("saddle_anesthesia", "bladder_dysfunction")),
    # a nurse's education line
    ("Covered warning signs: fever, new leg weakness, bladder changes - call 911.",
     ("fever", "motor_weakness", "bladder_dysfunction")),
    ("Counseled on alarm symptoms such as incontinence of stool or saddle numbness.",
     ("bowel_dysfunction", "saddle_anesthesia")),
    ("Discussed the spinal warning signs with her husband: urinary retention, saddle numbness.",
     ("bladder_dysfunction", "saddle_anesthesia")),
])
def test_warning_signs_taught_verb_first_are_hypothetical(assertions_of, text, codes):
    for code in codes:
        assert assertions_of(text + "\n", code) == {"hypothetical"}, code


@pytest.mark.parametrize("text, code, expected", [
    # a screening's answer after the heading is the patient's state
    ("Reviewed red flags: reports new urinary retention since Tuesday.",
     "bladder_dysfunction", {"present"}),
    ("Reviewed red flags - denies saddle numbness.", "saddle_anesthesia", {"absent"}),
    ("Went over red flags with him; he has had urinary retention since yesterday.",
     "bladder_dysfunction", {"present"}),
    # no alarm signs named: a study, the ROS, a finding discussed with a colleague
    ("Reviewed outside MRI: L4-5 HNP.", "disc_herniation", {"present"}),
    ("Reviewed ROS: positive for urinary retention.", "bladder_dysfunction", {"present"}),
    ("Discussed her new foot drop with neurosurgery.", "foot_drop", {"present"}),
])
def test_a_review_that_teaches_no_signs_keeps_its_reading(assertions_of, text, code, expected):
    assert assertions_of(text + "\n", code) == expected
