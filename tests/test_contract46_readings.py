"""Ruling R9 (session 46, contract46; corpora/ANNOTATION.md): a finding named in the condition
of an "if / should / unless / in case / return if / call if" clause is hypothetical for that
mention whatever the verb (persists, worsens, progresses, gets worse, spreads, increases,
develops, returns, recurs, continues) - contract §4 gives "if weakness progresses" as its
example. It is present as well only where another mention states it. Until session 46 the
conditional cues' `not_if_followed_by` and clauses.condition_holds read "if weakness persists /
worsens" as present.

Kept: a precaution that is no condition ("call sooner for worsening weakness": the weakness
there now), a concession ("even if"), "if any" set off in a list, "if needed" on a
treatment, a result clause ("if X, then MRI": the MRI no finding), and a present statement
next to the condition in another clause or sentence.
"""
import pytest

from note_text import clinic_note as _note

MW, PAR, FD, RAD = "motor_weakness", "paresthesia", "foot_drop", "radicular_pain"


@pytest.mark.parametrize("body, code", [
    # read present before R9 (the conditional cues' `not_if_followed_by`, condition_holds)
    ("Plan: nerve study if the calf weakness persists past June.", MW),
    ("Plan: PT; return if the hip weakness worsens.", MW),
    ("Plan: surgical opinion if the grip weakness progresses.", MW),
    ("Plan: trial of PT. Should the tingling get worse, she will phone us.", PAR),
    ("Plan: RTC if the toe numbness increases.", PAR),
    ("Plan: recheck sooner if the sciatica recurs.", RAD),
    ("Plan: EMG if the hand numbness continues beyond a month.", PAR),
    ("Plan: in case of increasing ankle weakness, go to the ED.", MW),
    ("Plan: call if worsening numbness.", PAR),
    # "if worsening" is a treatments' cue of its own: its second reading is the plain "if"
    ("Plan: she is to go to the ED tonight if worsening numbness or any bladder change.", PAR),
])
def test_a_finding_named_in_a_condition_is_hypothetical(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


@pytest.mark.parametrize("body, code", [
    # hypothetical before R9 too (verbs no list kept the cue off): kept
    ("Plan: call us if the shin numbness spreads.", PAR),
    ("Plan: to the ED if a foot drop develops.", FD),
    ("Plan: go to urgent care if the sciatica returns.", RAD),
    ("Plan: will need surgery unless the quad weakness improves.", MW),
])
def test_the_other_verbs_stay_hypothetical(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


@pytest.mark.parametrize("body, code", [
    # the exam states it: present beside the condition's hypothetical
    ("Exam: L ankle dorsiflexion 4/5.\nPlan: return if the weakness worsens.", MW),
    ("HPI: numb lateral calf since May.\nPlan: MRI if the numbness progresses.", PAR),
    # the same sentence's other clause states it
    ("Plan: his right shin is numb, and if the numbness worsens he will call.", PAR),
])
def test_a_present_mention_beside_the_condition_stays_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present", "hypothetical"}


@pytest.mark.parametrize("body, code, expected", [
    # no condition: a precaution for a worsening speaks of a symptom there now
    ("Assessment: L5 radiculopathy. He knows to call sooner for worsening weakness.", MW,
     {"present"}),
    # a concession, no condition
    ("Plan: even if the calf weakness persists, he declines surgery.", MW, {"present"}),
    # "if any" set off inside a list is no condition
    ("HPI: tingling, if any, only in the big toe.", PAR, {"present"}),
])
def test_what_is_no_condition_keeps_its_reading(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


def test_if_needed_on_a_treatment_keeps_the_pain_present(assertions_of):
    text = _note("Plan: acetaminophen if needed for the sciatica.")
    assert assertions_of(text, "analgesic") == {"hypothetical"}
    assert assertions_of(text, RAD) == {"present"}


def test_a_result_clause_makes_the_study_no_finding(assertions_of):
    text = _note("Plan: if the shin tingling persists, then MRI of the L-spine.")
    assert assertions_of(text, PAR) == {"hypothetical"}
    assert assertions_of(text, "prior_mri") == set()


def test_the_worsening_itself_stays_hypothetical(assertions_of):
    text = _note("Plan: return if the hip weakness worsens.")
    assert assertions_of(text, "symptom_progression") == {"hypothetical"}
