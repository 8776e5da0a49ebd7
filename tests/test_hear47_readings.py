"""Session 47 (hear47): a lay teller's belief is no clinical suspicion.

What a relative, friend, coworker, coach or trainer told the patient, or thinks of the
complaint, is a lay belief: the diagnosis it names is possible and doubted (it meets no
suspicion indication and raises no urgency), as the worry the patient or a relative voices
already is (pipeline/assertion.py `_voiced_worry`, policy `worry_subjects`). A clinician's
telling is the patient's report of a clinician's finding and keeps its reading.
"""
import pytest


def _found(findings_of, text, code):
    _, result = findings_of(text)
    return sorted((f.assertion, f.doubted) for f in result.findings if f.code == code)


@pytest.mark.parametrize("text, code", [
    ("Requests a CT since his sister-in-law told him a small fracture of the spine can be "
     "missed on plain films.", "spinal_fracture"),
    ("Requests a CT since his cousin (an RN) told him a small fracture of the spine can be "
     "missed on plain films.", "spinal_fracture"),
    ("A neighbor told her she probably has a pinched nerve.", "radiculopathy"),
    ("Her tennis coach thinks it could be a slipped disc.", "disc_herniation"),
    ("His trainer at the gym thinks that it is a herniated disc.", "disc_herniation"),
    ("A friend told him it is probably spinal stenosis.", "spinal_stenosis"),
    ("His brother thinks he has a compression fracture.", "spinal_fracture"),
])
def test_a_lay_tellers_belief_is_doubted(findings_of, text, code):
    assert _found(findings_of, text, code) == [("possible", True)]


@pytest.mark.parametrize("text, code, want", [
    # a clinician's telling: the patient's history of a clinician's finding
    ("Dr. Moss told him he has a herniated disc at L4-5.", "disc_herniation", [("present", None)]),
    ("The urgent care doctor said the x-ray showed a compression fracture.", "spinal_fracture",
     [("present", None)]),
    ("Her physical therapist told her she has a positive straight leg raise on the left.",
     "positive_straight_leg_raise", [("present", None)]),
    # a clinician's own suspicion stays one
    ("I suspect a compression fracture.", "spinal_fracture", [("possible", None)]),
])
def test_a_clinicians_telling_keeps_its_reading(findings_of, text, code, want):
    assert _found(findings_of, text, code) == want


def test_a_tellers_trade_in_brackets_is_no_therapy_of_the_patients(findings_of):
    table, _ = findings_of("Wants imaging because his uncle (a PT) told him a fracture of the "
                           "spine can hide on x-ray.")
    assert "present" not in table.get("physical_therapy", set())


def test_a_lay_tellers_belief_meets_nothing(review_under):
    result = review_under(
        "Video visit 11/24/2026\n44M fell off his bike 2 days ago, mid back pain 5/10. Thoracic "
        "x-ray at urgent care negative for fracture. Wants a CT of his thoracic spine because "
        "his brother-in-law told him a hairline fracture of the spine can be missed on x-ray. "
        "No leg weakness, no numbness, no trouble with urination.\nAssessment: thoracic "
        "contusion. Plan: ibuprofen, ice, recheck 2 weeks.\n",
        ["cohere-ct-spine", "evicore-spine"], cpt="72128", age=44, sex="M")
    assert result.priority == "routine"
    assert all(d.outcome == "not_met" for d in result.determinations)


def test_a_warning_told_with_that_keeps_its_symptoms_hypothetical(findings_of):
    # "told her that" reads what the warning names; the lay teller's cue leaves it alone
    table, _ = findings_of("Her nephew (an EMT) told her that back pain with leaking urine "
                           "could mean a nerve emergency.")
    assert table.get("bladder_dysfunction") == {"hypothetical"}


# Ruling R9's remainder: "does not", "doesn't", "fails", "not" after the target keep the
# conditional cue off a course or a study tried ("if PT does not help"), not off a finding
@pytest.mark.parametrize("body, code", [
    ("Exam: EHL 4/5 on the right. Plan: TFESI; surgical opinion if the toe weakness does not "
     "recover.", "motor_weakness"),
    ("Exam: grip 4/5 on the left. Plan: nerve study if the grip weakness does not improve.",
     "motor_weakness"),
    ("Plan: gabapentin if the sciatica is not better in 3 weeks.", "radicular_pain"),
])
def test_a_finding_that_may_not_recover_is_hypothetical_in_the_condition(assertions_of, body,
                                                                          code):
    from note_text import clinic_note
    assert "hypothetical" in assertions_of(clinic_note(body), code)


@pytest.mark.parametrize("body, code", [
    ("She did 6 weeks of PT. Plan: spine referral if PT does not help.", "physical_therapy"),
    ("Taking naproxen daily. Plan: MRI if the naproxen doesn't help.", "nsaid"),
])
def test_a_course_that_may_not_help_is_no_condition(assertions_of, body, code):
    from note_text import clinic_note
    assert "present" in assertions_of(clinic_note(body), code)
