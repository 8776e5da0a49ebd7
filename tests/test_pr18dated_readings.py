"""probe18 items 6, 8, 11, 12: dated and copied-forward text, problem lists, medication
tables and therapy re-evaluations, read as a reviewer reads them. Every sentence is new."""
import datetime as dt

import pytest

NOTE = dt.date(2026, 11, 27)


# ---- 6. a header dating an earlier record: what it found is then's --------------------

@pytest.mark.parametrize("text, code", [
    ("Neuro exam 05/14/2026 (last episode): R EHL 3/5, R ankle DF 3/5.\n"
     "Neuro exam today: strength 5/5 throughout.", "motor_weakness"),
    ("Copied from office visit of 04/20/2026: sudden right foot drop after a fall.\n"
     "Today she walks normally.", "foot_drop"),
    ("PRIOR CONSULT NOTE 03/03/2026:\nRight EHL 3/5 with a slapping gait.\n\n"
     "TODAY: back pain 3/10, no leg symptoms.", "motor_weakness"),
    ("HPI (carried forward from 05/14/2026, reviewed): right foot drop, R EHL 3/5.\n"
     "Interval: walks without a limp.", "foot_drop"),
    ("Previous exam 2026-06-10: absent right ankle jerk.\nExam today: reflexes 2+ and "
     "symmetric.", "reflex_abnormality"),
])
def test_a_finding_under_a_dated_earlier_record_is_historical(assertions_of, text, code):
    found = assertions_of(text, code, date=NOTE)
    assert "historical" in found
    assert "present" not in found


@pytest.mark.parametrize("text, code", [
    # dated today, or called today's
    ("Exam 11/27/2026 (today): R EHL 3/5.", "motor_weakness"),
    ("Exam 11/27/2026: R EHL 3/5.", "motor_weakness"),
    ("CURRENT VISIT 11/27/2026: right foot drop since Monday.", "foot_drop"),
    # the note says it persists
    ("Exam 05/14/2026: R EHL 3/5, unchanged today.", "motor_weakness"),
    # a record of the current episode's weeks is read as of its date: present then
    ("ED exam 11/24/2026: R EHL 3/5.", "motor_weakness"),
    ("HPI (copied from 10/06/2026 visit): right leg pain to the ankle.\n"
     "Interval: leg pain better with PT.", "radicular_pain"),
    # a timeline line names no record; the note's own title line is its own date
    ("08/02/2026: right foot drop began, still present.", "foot_drop"),
    ("OFFICE VISIT 10/20/2026\nR EHL 3/5.", "motor_weakness"),
    # the label is the last sentence's, not a dated one before it
    ("Initial eval 09/16/2026. Dx: R EHL 3/5 weakness.", "motor_weakness"),
    # a section of the note opens between the dated header and the finding
    ("PREVIOUS NOTE (06/02/2026):\nHPI: new right foot drop since yesterday.", "foot_drop"),
])
def test_a_finding_of_now_stays_present(assertions_of, text, code):
    assert "present" in assertions_of(text, code, date=NOTE)


def test_a_deficit_now_recovered_is_historical(assertions_of):
    assert assertions_of("R EHL 3/5 in the spring, now recovered.", "motor_weakness",
                         date=NOTE) == {"historical"}
    # look-alike: a grade that changed is still a deficit now
    assert "present" in assertions_of("R EHL was 4/5, now 3/5.", "motor_weakness", date=NOTE)


# ---- 8. a problem list names standing problems, not a new deficit ----------------------

def test_a_problem_list_deficit_beside_a_stable_exam_is_not_urgent(review_note):
    result = review_note(
        "Problem List:\n- Foot drop, right (M21.371)\n- Lumbar radiculopathy, chronic\n"
        "HPI: 70 yo F, right L5 radiculopathy after a 2018 fall, uses an AFO. Back pain "
        "flared 6 weeks ago moving furniture, no new leg symptoms.\n"
        "Exam: R ankle DF 4/5, R EHL 4/5 (stable per prior notes). Left side 5/5.\n"
        "A/P: flare of back pain; old right L5 deficit. Home exercises.")
    assert result.priority == "routine"


def test_a_new_deficit_is_urgent_whatever_the_problem_list_says(review_note):
    result = review_note(
        "Problem List:\n- Foot drop, right\n- Hypertension\n"
        "HPI: 58 yo M, new right foot drop since yesterday, tripping on stairs.\n"
        "Exam: R ankle DF 2/5, R EHL 2/5.\nA/P: urgent MRI.")
    assert result.priority == "urgent"


# ---- 11. a column header is no plan ---------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Outpatient medications:\nDRUG                     DIRECTIONS          START DATE   END DATE\n"
     "naproxen 500 mg tab      1 tab PO BID        09/02/2026\n"
     "tizanidine 4 mg tab      1 tab PO qhs        09/02/2026", "nsaid"),
    ("Outpatient medications:\nDRUG                     DIRECTIONS          START DATE   END DATE\n"
     "naproxen 500 mg tab      1 tab PO BID        09/02/2026\n"
     "tizanidine 4 mg tab      1 tab PO qhs        09/02/2026", "muscle_relaxant"),
    ("Meds:\nMedication | Dose | Start date | Stop date\nibuprofen | 600 mg TID | 09/02/2026 |",
     "nsaid"),
])
def test_a_medication_table_with_date_columns_lists_drugs_taken(assertions_of, text, code):
    assert assertions_of(text, code, date=NOTE) == {"present"}


def test_start_as_an_order_still_plans(assertions_of):
    assert assertions_of("Plan: start naproxen 500 mg BID.", "nsaid", date=NOTE) == {"hypothetical"}


# ---- 12. a therapy note's title date is the note's, its start field the course's ------

def _pt(findings_of, text, date):
    table, result = findings_of(text, dt.date(2026, 12, 1), date=date)
    return [f for f in result.findings if f.code == "physical_therapy"]


def test_a_reevaluation_dates_its_course_from_the_initial_eval(findings_of):
    found = _pt(findings_of,
                "PT RE-EVAL 11/03/2026 (visit 11)\nDate of initial evaluation 09/22/2026. "
                "Dx: lumbar radiculopathy.\nODI 38% -> 40%. Progress has plateaued; return to MD.",
                dt.date(2026, 11, 3))
    assert len(found) == 1
    value = found[0].value
    assert value.start == dt.date(2026, 9, 22)
    assert value.weeks == pytest.approx(6.0, abs=0.2)
    assert value.outcome == "failed"


def test_a_therapy_note_without_a_start_field_keeps_its_title_date(findings_of):
    found = _pt(findings_of, "PT DAILY NOTE 11/03/2026\nTolerated treatment well.",
                dt.date(2026, 11, 3))
    assert found and found[0].value.start == dt.date(2026, 11, 3)


@pytest.mark.parametrize("text, outcome", [
    ("PT progress note 11/10/2026\nStart of care 09/25/2026.\nAll goals met; discharged to HEP.",
     "improved"),
    ("PT PROGRESS NOTE 11/10/2026\nSOC 09/25/2026. Dx: LBP.\nGood progress.", "improved"),
    # look-alike: progress that stopped is a plateau
    ("PT NOTE 11/10/2026\nSOC 09/25/2026.\nGood progress at first, then plateaued.", "failed"),
])
def test_a_therapy_note_states_its_outcome_below_a_start_field(findings_of, text, outcome):
    found = _pt(findings_of, text, dt.date(2026, 11, 10))
    assert found and found[0].value.start == dt.date(2026, 9, 25)
    assert found[0].value.outcome == outcome
