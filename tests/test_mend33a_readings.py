"""Readings of symptom, exam, red-flag and diagnosis wordings (session 33, mend33a; the
blind batch e241-e280). Each fix's look-alikes in other words, and a near-miss that keeps its
old reading.

1. Form answers: a question answered after its dash with an aside ("Numbness? - denies (per
   husband)"), an item marked "-" after a slash in a +/- review line ("+ LBP / - leg pain"), a
   quoted answer ('numbness in the groin - "no"'), a misspelt "denys", a form's question that
   qualifies its item with "not" ("Weight loss you did not plan?  [X] No"), a Yes/No column grid
   ("Fever     .    X" under "Yes   No").
2. A diagnosis doubted after it: "Cauda equina syndrome, suspected," and "..., lumbar
   (suspected)" are possible; a bare "X considered -" weighs X (possible); "What worries him is
   that ... X" names a feared diagnosis (possible).
3. Saddle screen answered with sensation felt normally ("feels the tissue normally when she
   wipes") denies saddle anesthesia; "cannot feel the tissue normally" does not.
4. A "weak" inside the parenthesis after a graded reflex speaks of the reflex, not a muscle
   (session 32's e216, "Achilles 1+ = (baseline per pt, "always been weak")").
5. A friend or coworker told where from ("a friend from his old job had ...") is another
   person (family, ANNOTATION); "spinal abscess" names a spinal infection.
"""

import pytest

from note_text import hpi_note as _note


# 1. form answers
@pytest.mark.parametrize("body, code", [
    ("Triage:\n Leg numbness? - denies (confirmed with daughter)\n", "paresthesia"),
    ("Screen:\n Chills or fever? - denies (temp 98.1 at home)\n", "fever"),
])
def test_a_question_answered_denies_before_an_aside(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_question_answered_yes_before_an_aside_stays(assertions_of):
    body = "Screen:\n Chills or fever? - yes (temp 38.9 at home)\n"
    assert assertions_of(_note(body), "fever") == {"present"}


@pytest.mark.parametrize("body, code", [
    ("ROS:\nMSK: + back stiffness / - neck pain\n", "neck_pain"),
    ("ROS:\nNeuro: + headache / - leg weakness / - tingling\n", "motor_weakness"),
    ("ROS:\nNeuro: + headache / - leg weakness / - tingling\n", "paresthesia"),
])
def test_a_minus_item_after_a_slash_is_denied(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_plus_item_in_a_slash_line_stays_present(assertions_of):
    body = "ROS:\nMSK: - back stiffness / + neck pain\n"
    assert assertions_of(_note(body), "neck_pain") == {"present"}


def test_a_quoted_no_after_a_dash_denies_the_item(assertions_of):
    body = ('Asked through the interpreter: any numbness in the groin - "no"; '
            'trouble holding urine - "no".')
    assert assertions_of(_note(body), "saddle_anesthesia") == {"absent"}


def test_a_quoted_yes_after_a_dash_leaves_the_item(assertions_of):
    body = 'Asked through the interpreter: any numbness in the groin - "yes, since Tuesday".'
    assert assertions_of(_note(body), "saddle_anesthesia") == {"present"}


def test_a_misspelt_denies_still_denies(assertions_of):
    assert assertions_of(_note("Pt denys tingling in the feet."), "paresthesia") == {"absent"}


def test_a_form_question_qualified_with_not_is_answered(assertions_of):
    body = "Intake:\n4. Weight loss you did not intend?          [ ] Yes   [X] No\n"
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_a_form_question_qualified_with_not_answered_yes(assertions_of):
    body = "Intake:\n4. Weight loss you did not intend?          [X] Yes   [ ] No\n"
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"present"}


_GRID = ("ROS\n"
         "                Yes   No\n"
         "Chills           .    X\n"
         "Fever            .    X\n"
         "Tingling legs    X    .\n"
         "Pain at night    .    X\n"
         "\n"
         "EXAM: pleasant.")


@pytest.mark.parametrize("code, expected", [
    ("fever", {"absent"}),
    ("paresthesia", {"present"}),
])
def test_a_yes_no_column_grid_reads_each_row_by_its_column(assertions_of, code, expected):
    assert assertions_of(_note(_GRID), code) == expected


def test_a_row_of_marks_without_a_yes_no_header_answers_nothing(assertions_of):
    body = "Checklist\nFever            .    X\n"
    assert assertions_of(_note(body), "fever") != {"absent"}


# 2. a diagnosis doubted after it
@pytest.mark.parametrize("body, code", [
    ("Impression: Spinal epidural abscess, suspected, in an IV drug user.", "spinal_infection"),
    ("A/P: Cervical myelopathy, presumed - will image.", "myelopathy_signs"),
    ("Dx: M48.06 Spinal stenosis, lumbar (suspected)", "spinal_stenosis"),
    ("Vertebral osteomyelitis considered - afebrile, normal ESR.", "spinal_infection"),
    ("What really scares him is that the ED doctor mentioned a spinal abscess.",
     "spinal_infection"),
])
def test_a_diagnosis_doubted_after_it_is_possible(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"possible"}


@pytest.mark.parametrize("body, code, expected", [
    ("Impression: Spinal epidural abscess, confirmed on MRI.", "spinal_infection", {"present"}),
    ("Dx: M48.06 Spinal stenosis, lumbar", "spinal_stenosis", {"present"}),
    ("What worries her is the numbness in her foot.", "paresthesia", {"present"}),
])
def test_a_diagnosis_not_doubted_keeps_its_reading(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


# 3. wiping felt normally
def test_wiping_felt_normally_denies_saddle_anesthesia(assertions_of):
    body = "He feels the tissue normally when he wipes."
    assert assertions_of(_note(body), "saddle_anesthesia") == {"absent"}


def test_wiping_not_felt_normally_is_saddle_anesthesia(assertions_of):
    body = "He cannot feel the tissue normally when he wipes."
    assert assertions_of(_note(body), "saddle_anesthesia") == {"present"}


# 4. a weak graded reflex
@pytest.mark.parametrize("body", [
    "Reflexes: patellar 2+; Achilles 1+ = (per pt \"always been weak\").",
    "Reflexes: L ankle jerk 1+ (weak on both sides for years).",
])
def test_weak_in_the_aside_of_a_graded_reflex_is_no_weakness(assertions_of, body):
    assert assertions_of(_note(body), "motor_weakness") == set()


def test_a_weak_muscle_after_a_graded_reflex_stays_weakness(assertions_of):
    body = "Reflexes: Achilles 1+, EHL weak on the left."
    assert assertions_of(_note(body), "motor_weakness") == {"present"}


# 5. another person told where from; spinal abscess
def test_a_coworker_told_where_from_is_another_person(assertions_of):
    body = "A coworker from the loading dock had a spinal abscess last year."
    assert assertions_of(_note(body), "spinal_infection") == {"family"}


def test_the_patients_own_spinal_abscess_is_his(assertions_of):
    body = "He had a spinal abscess in 2019, drained, on antibiotics 8 weeks."
    assert assertions_of(_note(body), "spinal_infection") == {"historical"}


# 6. a workers' comp claim of cumulative trauma names no injury event
@pytest.mark.parametrize("body", [
    "Filed a workers' comp claim for cumulative trauma to the low back; no single event.",
    "WC: repetitive trauma claim (20 years on the line).",
])
def test_cumulative_trauma_is_no_injury_event(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "trauma")


def test_trauma_itself_stays_an_injury(assertions_of):
    body = "Back pain since blunt trauma in a car crash last week."
    assert assertions_of(_note(body), "trauma") == {"present"}


# 7. a relative's "bad back" is the relative's back pain (ANNOTATION family)
def test_a_relatives_bad_back_is_family(assertions_of):
    body = "Back pain x 3 wks.\nFH: mother - \"bad back\", had a fusion.\n"
    assert assertions_of(_note(body), "low_back_pain") == {"present", "family"}


def test_the_patients_own_bad_back_is_his(assertions_of):
    body = "He has had a \"bad back\" for years from framing houses."
    assert assertions_of(_note(body), "low_back_pain") == {"present"}
