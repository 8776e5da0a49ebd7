"""Readings mended by mend28f from the P lines left in ERRORS_e061-e070.md and
ERRORS_e071-e080.md.

- Getting comfortable is no symptom ended: "sleeps fine once he is settled on his back" is sleep
  that is fine (night_pain absent, ANNOTATION "Sleep that is fine"), not a "settled" pain told
  as over; "the leg pain settled after the injection" stays historical (e078).
- A whole working day with an aid beside it: "still working full days, but sitting on a ball
  chair" keeps the day whole (functional_impairment absent); "but leaves early" still takes it
  back (e074).
- What a requested study is for names no study had: "a CT would help us decide", "an MRI will
  allow us to determine whether" (no prior study); "the 2024 MRI showed" keeps it (e079).
- A count after a denial is had: "no void in 20 h, one stool accident this morning" ends the
  denial at the comma (bowel_dysfunction present); "No fever, chills, or incontinence" reads on
  (e076).
- An operation's result told in a Plan is no operation planned: "explained the films show the
  fusion is solid" is the fusion done (no intervention_planned); "consider fusion if unstable"
  stays planned (e070).
- A fall in a precaution's list: "call for more giving way, any fall, or ..." is a hypothetical
  trauma; "Any fall since last visit? No." stays unread (e073).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body, complaint="low back pain for 8 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


# --- getting settled in bed ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "He sleeps OK once settled in bed.",
    "She is sleeping well when she is settled on her side.",
    "Retired baker. Sleeps soundly once she gets settled with a pillow between the knees.",
])
def test_sleep_fine_once_settled_denies_night_pain(assertions_of, body):
    assert assertions_of(_note(body), "night_pain") == {"absent"}


def test_a_pain_that_settled_is_still_over(assertions_of):
    text = _note("The leg pain settled after the injection in May.")
    assert assertions_of(text, "radicular_pain") == {"historical"}


# --- a whole day at work with an aid ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Still working full days, but sitting on a ball chair in the classroom now.",
    "Working regular shifts but using a standing desk since the flare.",
])
def test_full_days_with_an_aid_are_still_full(assertions_of, body):
    assert "absent" in assertions_of(_note(body), "functional_impairment")


def test_full_days_taken_back_by_but_stay_unread(assertions_of):
    text = _note("Working full days but leaves early twice a week.")
    assert "absent" not in assertions_of(text, "functional_impairment")


# --- what a requested study is for ----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("A lumbar MRI will allow us to see whether the disc has grown.", "prior_mri"),
    ("I believe a CT will tell us whether the graft has taken.", "prior_ct"),
    ("The MRI will show us whether the disc still presses on the nerve.", "prior_mri"),
])
def test_a_study_for_a_purpose_is_no_study_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


def test_a_study_that_showed_is_had(assertions_of):
    text = _note("The 2023 MRI showed a small protrusion at L4-5.")
    assert assertions_of(text, "prior_mri") == {"present"}


# --- a counted event after a denial --------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Groin numb since last night, no void in about 20 h, one stool accident this morning.",
     "bowel_dysfunction"),
    ("No fever, two episodes of urinary incontinence overnight.", "bladder_dysfunction"),
])
def test_a_count_after_a_denial_is_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_a_plain_list_after_a_denial_reads_on(assertions_of):
    text = _note("No fever, chills, or urinary incontinence.")
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}


# --- an operation's result in a Plan --------------------------------------------------------

def _plan(line):
    return ("Clinic 11/27/2026\nHPI: neck pain 3 wk, s/p C4-5 ACDF 2019.\n\nPlan:\n- "
            + line + "\n")


@pytest.mark.parametrize("line", [
    "Showed him the x-rays; the fusion is solid and nothing needs redoing.",
    "Told her the films look good: the fusion is now fully healed.",
])
def test_a_fusion_healed_is_no_surgery_planned(assertions_of, line):
    assert "present" not in assertions_of(_plan(line), "intervention_planned")


def test_a_fusion_considered_stays_planned(assertions_of):
    text = _plan("Will consider fusion if the segment moves on flexion views.")
    assert assertions_of(text, "intervention_planned") == {"present"}


# --- a fall a precaution names ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "She should phone us for more giving way, any fall, or new numbness.",
    "Return to the ED for any fall or new leg weakness.",
])
def test_any_fall_in_a_precaution_is_hypothetical(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == {"hypothetical"}


def test_any_fall_asked_and_answered_stays_unread(assertions_of):
    assert assertions_of(_note("Any fall since the last visit? No."), "trauma") == set()
