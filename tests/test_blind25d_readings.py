"""Readings mended after the blind batch d851-d862 (corpora/dev/ERRORS_d851-d862.md).

- A patient's "my reflexes were always weak" speaks of reflexes, not of muscle strength: it
  is a diminished reflex (reflex_abnormality), no motor weakness (d856: a false urgent, an
  acute fracture read as one with a deficit). "Weak ankle reflexes" likewise.
- A form's box opens an item of its own: in "[ ] Pain at rest  [ ] Fever/chills" the rest
  that qualifies the first item does not make the fever's empty box a circumstance ("at rest
  no pain"): the fever is denied, not present (d858).
- "incontinence without urge and noticed numbness in the perineum": a verb after "and" opens
  the patient's next predicate, which the "without" does not reach (d857: saddle anesthesia
  read absent).
- "must be excluded even though his exam is intact": "even though" ends the doubt's reach as
  "though" alone does (d854).
- "Failed greater than 6 weeks of conservative treatment" is a failed course as "more than"
  is (d859).
- "met 1 of 4 goals" is no goal still to reach: it makes nothing after it planned (d859: a
  chiropractic course read hypothetical).
- "Nurse Advice Line - Call Documentation" heads a phone call: no in-person exam (d857).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- weak reflexes are reflexes, not weakness -------------------------------------------------

@pytest.mark.parametrize("body", [
    'Exam: knee and ankle jerks 1+ bilaterally ("my reflexes have always been weak," she says).',
    "Her reflexes were always a bit weak according to her old records.",
    "Weak ankle reflexes on both sides.",
    "DTRs weak but present at the knees.",
])
def test_weak_reflexes_are_no_motor_weakness(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "motor_weakness")
    assert "present" in assertions_of(_note(body), "reflex_abnormality")


@pytest.mark.parametrize("body", [
    # weakness beside a normal reflex stays weakness
    "Legs feel weak on the stairs; reflexes 2+ and symmetric. Hip flexors 4/5 bilaterally.",
    "Reflexes 2+, weak EHL on the left at 4/5.",
    "Weak in the right leg, ankle reflex absent on the right.",
])
def test_weakness_beside_reflexes_is_still_weakness(assertions_of, body):
    assert "present" in assertions_of(_note(body), "motor_weakness")


# --- a form's box is its own item -------------------------------------------------------------

@pytest.mark.parametrize("form, code", [
    ("Red flags:  [ ] Night pain / pain at rest  [ ] Fever/chills  [ ] Weight loss", "fever"),
    ("Screen:  [ ] Pain lying down   [ ] Leg weakness   [X] None", "motor_weakness"),
    ("[ ] Worse at rest  [ ] Saddle numbness", "saddle_anesthesia"),
])
def test_an_empty_box_after_a_circumstance_is_denied(assertions_of, form, code):
    assert assertions_of(f"PT evaluation 11/27/2026\n{form}\n", code) == {"absent"}


@pytest.mark.parametrize("form, code", [
    ("Red flags:  [ ] Pain at rest  [X] Fever/chills", "fever"),
])
def test_a_checked_box_after_a_circumstance_is_present(assertions_of, form, code):
    assert assertions_of(f"PT evaluation 11/27/2026\n{form}\n", code) == {"present"}


@pytest.mark.parametrize("body, code", [
    # a circumstance in prose still says when the symptom is absent
    ("At rest she has no leg pain, but walking brings it on down the left leg.", "radicular_pain"),
    ("Lying down he has no leg symptoms; standing gives him left leg pain.", "radicular_pain"),
])
def test_a_circumstance_in_prose_still_limits_the_denial(assertions_of, body, code):
    assert "present" in assertions_of(_note(body), code)


# --- "and" before a verb opens a new predicate ------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Yesterday she wet herself without warning and\nnoticed numbness in the perineum.",
     "saddle_anesthesia"),
    ("Leaked urine without urge and felt numbness in the saddle area this morning.",
     "saddle_anesthesia"),
    ("He bent over without any injury and developed tingling in the left foot.", "paresthesia"),
    ("Woke without fever and noticed tingling in both feet.", "paresthesia"),
])
def test_a_denial_stops_before_the_next_predicate(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    # a list joined by "and" is still all denied
    ("Denies weakness and numbness.", "paresthesia"),
    ("Denies weakness and\nnumbness in the legs.", "paresthesia"),
    ("No urgency and no numbness in the perineum.", "saddle_anesthesia"),
    ("Without fever and without numbness in the saddle area.", "saddle_anesthesia"),
])
def test_a_denied_list_stays_denied(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


# --- "even though" ends a doubt ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Cord compression must be excluded even though strength is 5/5 throughout today.",
    "An abscess has to be ruled out although his strength is 5/5 in both legs.",
])
def test_even_though_ends_the_doubt(assertions_of, body):
    assert assertions_of(_note(body), "motor_weakness") == {"absent"}


def test_a_doubt_without_a_concession_still_reaches(assertions_of):
    assert "possible" in assertions_of(
        _note("Assessment: rule out cauda equina syndrome."), "cauda_equina_syndrome")


# --- "greater than N weeks" of conservative care ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Assessment: failed greater than 6 weeks of conservative treatment including PT and NSAID.",
    "Failed longer than eight weeks of conservative care.",
    "Failed more than 6 weeks of conservative treatment.",
])
def test_greater_than_n_weeks_of_care_failed(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


@pytest.mark.parametrize("body", [
    # an improvement is no failure, whatever the number of weeks
    "Improved after greater than 6 weeks of conservative treatment, back to work.",
])
def test_greater_than_n_weeks_improved_is_no_failure(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "conservative_care_failed")


# --- goals met are not goals to come ----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("His PT discharge says he met 2 of 5 goals, and he also saw a chiropractor four times "
     "in July.", "chiropractic_care"),
    ("She achieved 1 of 3 goals and stays on naproxen twice a day.", "nsaid"),
])
def test_goals_met_plan_nothing(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_goals_to_come_still_plan(assertions_of):
    assert assertions_of(_note("Goals: back to work, start a home exercise program."),
                         "home_exercise_program") == {"hypothetical"}


# --- an advice line call is no visit ----------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Nurse Advice Line - Call Documentation",
    "ADVICE LINE CALL 11/27/2026",
    "RN Advice Line: incoming call",
])
def test_an_advice_line_call_is_no_exam(assertions_of, header):
    text = f"{header}\nCaller is the patient. Low back pain since Monday, no leg symptoms.\n"
    assert assertions_of(text, "in_person_exam") == {"absent"}


def test_a_visit_that_names_the_advice_line_is_still_a_visit(assertions_of):
    text = ("Clinic visit 11/27/2026\nShe called the advice line on Monday and was told to come "
            "in.\nExam: strength 5/5, reflexes 2+ and symmetric.\n")
    assert "present" in assertions_of(text, "in_person_exam")
