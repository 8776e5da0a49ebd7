"""assert36, fix 4: "does the stretches" - a home program told as done by the stretches it has.

Notes tell a handout's or a therapist's stretches as done with "the"/"your": "she still does the
stretches 'when I remember'", "Did the back stretches from the handout for a week, then
stopped", "Doing the stretches nightly", "has done the stretches 'maybe three times'", "doing
your stretches every night". The lexicon had only the owner's words ("does her neck
stretches"), so the program read only as given (hypothetical) where gold has it done too
(ANNOTATION 'Home programs given, taught, discharged to': present when the notes say it is
done; dev d247 d355 d678 d728 e039 e087 e319). Near-misses: a denial stays a denial ("has not
really done the stretches": absent, dev d789); a therapy course's "did the exercises" (no
stretches) and stretching at the gym stay silent.
"""

import pytest

HEP = "home_exercise_program"


def _note(body):
    return f"Clinic 11/27/2026\nHPI: Low back pain for 3 months. {body}\n"


@pytest.mark.parametrize("body", [
    'She still does the stretches "when I remember," maybe twice a week.',
    "Did the back stretches from the handout for a week, then stopped.",
    "Back to full duty last week. Doing the stretches nightly.",
    'She admits she has done the stretches "maybe three times".',
    "Icing after runs and doing your stretches every night before bed.",
    "Still doing the neck stretches most mornings.",
])
def test_the_stretches_told_as_done_are_the_home_program(assertions_of, body):
    assert assertions_of(_note(body), HEP) == {"present"}


def test_the_stretches_not_done_stay_denied(assertions_of):
    body = "Admits he has not really done the stretches."
    assert assertions_of(_note(body), HEP) == {"absent"}


@pytest.mark.parametrize("body", [
    'Tx: PT 10/7/24-11/18/24 (6 wks) - "did the exercises, no change."',
    "He does the stretching at the gym before lifting.",
])
def test_look_alikes_stay_silent(assertions_of, body):
    assert assertions_of(_note(body), HEP) == set()
