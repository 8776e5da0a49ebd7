"""Readings of session 43 (next43): studies given up, a form's imaging field, a date that a
closed parenthesis keeps, and eviCore's implanted-device list. Each class with the wordings it
must not fire on.

1. A study the same clause says could not be completed ("MRI of the knee, could not complete",
   "could not complete a lumbar MRI") is no study had (dev gold gives it no span); a study
   beside a treatment not completed ("MRI 03/2024 L4-5 HNP, could not complete PT") is had.
2. An imaging line whose label is followed by "attempted"/"aborted"/"claustrophobic"
   ("MRI: attempted 11/2025, aborted") names no study had; "MRI: L4-5 HNP" does.
3. "Prior imaging of region: none" denies the three studies, as "... of this area: no" does.
4. A date inside a parenthesis that closes before a study ("(per device letter 11/20) -> CT
   L-spine") dates the parenthesis' words, not the study after it.
5. A sacral neuromodulator is one of eviCore's electronically activated implanted devices.
6. What comes "with" a suspicion ("suspected stenosis w/ grade 1 spondylolisthesis") is its
   stated ground, not suspected too (dev gold 6 of 6 spans present); the suspected finding stays
   possible, and the verb "I suspect X with Y" keeps its reach (d705: both suspected).
7. A question answered after its own label ("Q: Leg weakness? A: 'left foot drags'") is asked
   and answered: its "?" is no doubt, as after "A: Yes"; "A: unsure" and a bare question keep it.
"""

import pytest

from note_text import section_note as _note


# ---- 1. a study given up -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Claustrophobic, could not complete a lumbar MRI in 2023 even with lorazepam.",
    "MRI L-spine 2024, could not complete - panicked in the tube.",
    "Lumbar MRI 2022 at an outside center, could not complete it due to pain.",
    "Open MRI of the low back last spring, could not complete it even with lorazepam.",
])
def test_a_study_given_up_is_no_study(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == set()


@pytest.mark.parametrize("body", [
    "MRI 03/2024 L4-5 HNP, could not complete PT due to pain.",
    "Lumbar MRI 2023 completed with sedation; showed L5-S1 HNP.",
    "MRI L-spine 10/2025: L4-5 protrusion. Could not complete the PT course (work).",
])
def test_a_study_beside_something_else_not_completed_is_had(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == {"present"}


def test_a_treatment_not_completed_keeps_its_reading(assertions_of):
    # 'not complete' keeps the reading it had for the other codes (the second reading)
    before = assertions_of(_note("Started PT in October but has not completed it."),
                           "physical_therapy")
    after = assertions_of(_note("PT in October, could not complete, due to pain."),
                          "physical_therapy")
    assert before and after


# ---- 2. an imaging label answered by an attempt ------------------------------------------

@pytest.mark.parametrize("body", [
    "MRI: attempted 11/2025, aborted after 2 minutes.",
    "MRI: claustrophobic, stopped after the scout images.",
])
def test_an_imaging_label_answered_by_an_attempt_is_no_study(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == set()


@pytest.mark.parametrize("body", [
    "MRI: L4-5 disc protrusion 2024.",
    "MRI: 10/2025 mild stenosis L3-4.",
])
def test_an_imaging_label_with_a_result_is_a_study(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_mri") == {"present"}


# ---- 3. "Prior imaging of region: none" --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Prior imaging of region: none\nNeuro deficits: [ ] weakness",
    "Previous imaging of area - no\n",
])
@pytest.mark.parametrize("code", ["prior_mri", "prior_ct", "prior_xray"])
def test_a_form_field_answered_none_denies_the_studies(assertions_of, body, code):
    assert assertions_of(f"PA form 11/27/2026\n{body}\n", code) == {"absent"}


def test_a_form_field_answered_with_a_study_names_it(assertions_of):
    text = "PA form 11/27/2026\nPrior imaging of region: MRI 2023 L4-5 HNP\n"
    assert assertions_of(text, "prior_mri") == {"present"}


# ---- 4. a date a closed parenthesis keeps ------------------------------------------------

def test_a_date_in_a_closed_parenthesis_does_not_date_the_study_after_it(findings_of):
    import datetime as dt
    text = ("Clinic 11/27/2026\nA/P: MRI contraindicated (non-MR-conditional stimulator lead, "
            "per device letter 11/20) -> CT L-spine w/o contrast.\n")
    table, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert "present" not in table.get("prior_ct", set())
    for f in result.findings:
        if f.code == "prior_ct":
            assert not (f.value or {}).get("date")


@pytest.mark.parametrize("body", [
    "CT L-spine (11/02/2026): mild DDD.",
    "CT L-spine 10/14/2026 (ordered by ED) showed no fracture.",
])
def test_a_studys_own_date_still_dates_it(assertions_of, body):
    assert assertions_of(_note(body, "Imaging"), "prior_ct") == {"present"}


# ---- 5. a neuromodulator is an implanted device for eviCore's CT line ---------------------

def test_a_sacral_neuromodulator_is_an_evicore_mri_contraindication():
    import re

    import yaml

    from pathlib import Path
    words = yaml.safe_load((Path(__file__).parent.parent / "rules" / "word_lists.yaml")
                           .read_text())["mri_implant"]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    assert pattern.search("MRI not possible: sacral neuromodulator lead")
    assert pattern.search("non-MR-conditional lead")
    assert not pattern.search("MRI not possible: severe claustrophobia")


# ---- 6. what comes "with" a suspicion is stated ------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Suspected L4-5 stenosis w/ grade 1 degenerative spondylolisthesis on films.",
     "spondylolisthesis"),
    ("Suspected epidural abscess with new bilateral leg weakness.", "motor_weakness"),
    ("Suspected cord compression with progressive leg weakness.", "motor_weakness"),
])
def test_a_finding_with_a_suspicion_is_stated(assertions_of, body, code):
    assert assertions_of(_note(body, "Assessment"), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("Suspected L4-5 spondylolisthesis, needs flexion films.", "spondylolisthesis"),
    ("Suspected epidural abscess.", "spinal_infection"),
    # the verb keeps its reach: a second diagnosis suspected with the first (dev d705)
    ("I suspect adjacent segment degeneration with stenosis at C4-5.", "spinal_stenosis"),
])
def test_the_suspected_finding_itself_stays_possible(assertions_of, body, code):
    assert assertions_of(_note(body, "Assessment"), code) == {"possible"}


# ---- 7. a question answered after its "A:" label -----------------------------------------

@pytest.mark.parametrize("body", [
    ' Q: Leg weakness? A: "Left foot drags a little" when walking\n',
    ' Q: any weakness? A: "my knee buckles on the stairs." Q: sleep? A: fine\n',
    " Q: Leg weakness? A: Yes, L foot\n",
])
def test_a_question_answered_after_its_label_is_no_doubt(assertions_of, body):
    assert assertions_of(_note(body, "Nurse triage"), "motor_weakness") == {"present"}


@pytest.mark.parametrize("body, want", [
    (" Q: Leg weakness? A: unsure\n", {"possible"}),
    (" Leg weakness?\n", {"possible"}),
    (" Q: Leg weakness? A: No\n", {"absent"}),
])
def test_an_unanswered_doubted_or_denied_question_keeps_its_reading(assertions_of, body, want):
    assert assertions_of(_note(body, "Nurse triage"), "motor_weakness") == want
