"""Readings behind the study, history and red-flag codes (session 44, assert44c). Each fix's
look-alikes in other words, and near-misses that keep their old reading.

1. A conditional worsening that ends its sentence ("surgical referral if weakness
   progresses.") stays hypothetical when the next sentence opens on a word a conditional
   cue's `not_if_followed_by` lists ("Continue naproxen.", "Cont HEP.", "Does not want
   surgery."): the word after the full stop is no verb of the target's clause. Since R9
   (contract46) the weakness in "if weakness persists" is hypothetical too.
2. The reason a conditional plan gives ("refer to surgery if a lesion is seen given the
   weakness", "..., given his progressive numbness") is there now: "given + a reason" ends
   the condition's HYPOTHETICAL scope (a shared cue: every code). A finding inside the
   condition, before "given", stays hypothetical ("ED if new weakness given her history").
3. "inability to do MRI" / "inability to complete an MRI" is an MRI that cannot be done
   (ANNOTATION): no prior_mri finding, also when a reason clause after "given" (class 2) no
   longer reads it as the plan's. An MRI had stays present.
"""

import pytest

from note_text import section_note as _note


# ---- 1. a next sentence's first word is no verb of the conditional's target -----------------

@pytest.mark.parametrize("body", [
    "Surgical opinion if weakness progresses. Continue naproxen and gabapentin.",
    "Spine surgery referral if the weakness gets worse. Continue acetaminophen.",
    "Refer to neurosurgery if his foot drop worsens. Continues to work light duty.",
    "Repeat imaging if deficits progress. Does not want an injection.",
])
def test_a_conditional_worsening_before_a_continue_sentence_stays_hypothetical(
        assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "symptom_progression") == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Surgical opinion if weakness progresses; naproxen as needed.",
    "Repeat MRI if weakness progresses.",
])
def test_a_conditional_worsening_alone_stays_hypothetical(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "symptom_progression") == {"hypothetical"}


@pytest.mark.parametrize("body, expected", [
    # R9 (contract46): a finding named in a condition is hypothetical whatever the verb (the
    # guide read "persists" and "continues" as present until session 46)
    ("MRI if weakness persists despite PT.", {"hypothetical"}),
    ("MRI if numbness continues.", {"hypothetical"}),
])
def test_a_condition_that_persists_is_hypothetical_by_r9(assertions_of, body, expected):
    code = "motor_weakness" if "weakness" in body else "paresthesia"
    assert assertions_of(_note(body, "Plan"), code) == expected


# ---- 2. the reason a conditional plan gives is there now --------------------------------------

@pytest.mark.parametrize("body", [
    "Will refer to spine surgery if a compressive lesion is seen given the weakness.",
    "Refer to surgery if the MRI shows compression, given his progressive weakness.",
    "Consider EMG if no better in 4 weeks given the weakness.",
])
def test_the_reason_after_given_is_there_now(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "motor_weakness") == {"present"}


@pytest.mark.parametrize("body", [
    "ED if new weakness given her history of cancer.",
    "Return if weakness develops.",
])
def test_a_finding_inside_the_condition_stays_hypothetical(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "motor_weakness") == {"hypothetical"}


# ---- 3. an MRI the patient cannot have ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Will submit CT request given his insistence and inability to do MRI.",
    "Inability to complete an MRI due to claustrophobia; CT myelogram instead.",
    "CT chosen for inability to tolerate MRI.",
])
def test_an_mri_that_cannot_be_done_is_no_study(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == set()


def test_an_mri_had_stays_present(assertions_of):
    assert assertions_of(_note("MRI L-spine 03/2025 showed an L5-S1 extrusion.", "Imaging"),
                         "prior_mri") == {"present"}
