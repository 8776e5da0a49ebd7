"""Blind batch d719-d742 (d740, d725): two readings that turned a look-alike into a false met
and a false urgent.

1. A block copied from a record long before, set off by a framed marker line ("[Copied from
   03/2022 pre-operative H&P - for reference]" ... "[End copied text]", "--- Pasted from visit
   of 05/2024 ---") is that record's picture: its symptoms and signs are historical. A framed
   marker that dates nothing ("[Pt's own words]"), or dates a recent record, keeps them now.
2. A precaution whose list opens after a colon ("Reviewed cord compression precautions: new leg
   weakness ...", "Reviewed symptoms that should prompt a call: new hand numbness ...") is what
   to watch for; a screening's answer after the colon ("red flags: she reports ...") is had.
The notes are dated 2026-11-27."""
import pytest

COPIED = ('History of Present Illness:\n[Copied from 03/2022 pre-operative H&P - for reference]\n'
          '  "58F with 6 months of progressive hand numbness, dropping cups, and an unsteady gait. '
          'Exam: Hoffmann positive bilaterally, 3 beats of clonus."\n[End copied text]\n'
          'Interval: doing well since her fusion. Today mild neck stiffness.\n')


@pytest.mark.parametrize("code", ["upper_motor_neuron_signs", "gait_abnormality",
                                  "symptom_progression", "paresthesia"])
def test_a_bracketed_copy_of_an_old_record_is_historical(assertions_of, code):
    assert assertions_of(COPIED, code) == {"historical"}


def test_the_lines_after_the_end_marker_are_now(assertions_of):
    assert assertions_of(COPIED, "neck_pain") == {"present"}


@pytest.mark.parametrize("header", ["--- Pasted from visit of 05/2024 ---",
                                    "*** Previous note 06/2023 ***"])
def test_a_copy_framed_by_rules_is_historical(assertions_of, header):
    text = f"HPI:\n{header}\nL leg weakness and numbness in the groin.\n\nPlan: heat.\n"
    assert assertions_of(text, "saddle_anesthesia") == {"historical"}


@pytest.mark.parametrize("header", [
    "[Pt's own words]",                                # dates nothing
    "[Copied from the ED note of 11/25/2026]",         # a copy of this episode's days
])
def test_a_framed_line_that_dates_no_old_record_keeps_the_finding_now(assertions_of, header):
    text = f"HPI:\n{header}\nMy leg weakness is worse and I can't feel my groin.\n"
    assert assertions_of(text, "motor_weakness") == {"present"}


@pytest.mark.parametrize("text", [
    "Plan:\n- Reviewed cord compression precautions: new leg weakness or numbness, trouble "
    "walking, or loss of bladder control.",
    "Plan:\n4. Reviewed symptoms that should prompt a call: new leg weakness or numbness, "
    "trouble walking.",
    "Plan:\nSigns that would warrant an ED visit: new leg weakness, numbness, trouble walking.",
    "A/P: Discussed spinal cord compression red flags: leg weakness, numbness, trouble walking.",
])
@pytest.mark.parametrize("code", ["motor_weakness", "paresthesia", "gait_abnormality"])
def test_a_precaution_list_after_its_colon_is_hypothetical(assertions_of, text, code):
    assert assertions_of(text, code) == {"hypothetical"}


@pytest.mark.parametrize("text, code, assertion", [
    # a screening's answer after the colon is what she has
    ("Plan:\nDiscussed cauda equina red flags: she reports new numbness in the groin since "
     "yesterday.", "saddle_anesthesia", "present"),
    ("Plan:\nDiscussed cauda equina red flags, and she has had leg weakness for 2 days.",
     "motor_weakness", "present"),
    # the backward reading of 'should prompt' is kept; the next clause is her own
    ("HPI: New leg weakness should prompt a call, she was told; she has numbness in the groin "
     "now.", "saddle_anesthesia", "present"),
    ("HPI: New leg weakness should prompt a call, she was told.", "motor_weakness",
     "hypothetical"),
    # a denial after the colon stays a denial
    ("Reviewed cord compression precautions: denies leg weakness.", "motor_weakness", "absent"),
])
def test_look_alikes_keep_their_reading(assertions_of, text, code, assertion):
    assert assertions_of(text, code) == {assertion}
