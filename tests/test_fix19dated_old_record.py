"""One reading of a copy of an earlier record (session 19): a block carried forward, a header
dating an earlier exam or note, a sentence led by a dated "previously" - what that record
found is its visit's picture when it is more than three months old (historical), and the
current episode's picture when it is recent (present, as dev d174/d316 read their copies).
Every sentence here is new; the notes are dated 2026-11-27."""
import datetime as dt

import pytest

NOTE = dt.date(2026, 11, 27)

DEFICIT = "Motor: 4/5 R ankle dorsiflexion, 4/5 R EHL. Reflexes: R Achilles absent.\n"


# ---- one threshold for every form of the copy -------------------------------------------

# the same forms of a copy, a carried-forward block and a dated header alike
FORMS = ["HPI (carried forward from visit of {}):", "PRIOR NOTE {}:",
         "Exam (copied from the {} office visit):", "Previous visit ({}):"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("code", ["motor_weakness", "reflex_abnormality"])
def test_a_copy_four_months_old_is_that_visits_picture(assertions_of, form, code):
    text = form.format("07/21/2026") + "\n" + DEFICIT + "\nToday: strength full."
    found = assertions_of(text, code, date=NOTE)
    assert "historical" in found and "present" not in found


@pytest.mark.parametrize("form", FORMS)
def test_a_copy_seven_weeks_old_is_the_current_episodes(assertions_of, form):
    # read as of its date, present (dev d174, d316)
    text = form.format("10/09/2026") + "\n" + DEFICIT
    assert assertions_of(text, "motor_weakness", date=NOTE) == {"present"}


@pytest.mark.parametrize("header", ["HPI (carried forward from 07/21/2026, reviewed with the "
                                    "patient):", "Exam (copied from 07/21/2026 and updated):",
                                    "PRIOR NOTE:"])
def test_a_checked_or_undated_copy_stays_present(assertions_of, header):
    assert assertions_of(header + "\n" + DEFICIT, "motor_weakness", date=NOTE) == {"present"}


def test_a_copy_not_re_verified_is_still_the_old_records(assertions_of):
    text = ("HPI (copied forward from the 06/30/2026 consult, not re-verified today):\n"
            "Right calf numbness and R EHL 4/5.\n")
    assert assertions_of(text, "motor_weakness", date=NOTE) == {"historical"}


# ---- the dated header's scope runs over its sub-labelled lines --------------------------

@pytest.mark.parametrize("text", [
    "PREVIOUS NOTE (06/10/2026):\nMotor: 4/5 L EHL, 4/5 L ankle DF.\n",
    "Earlier exam 05/28/2026:\nGait: slaps the left foot.\nStrength: L EHL 3/5.\n",
    "OLD CONSULT (04/02/2026)\nExam:\nNeuro: L EHL 3/5 and L TA 4/5.\n",
])
def test_a_dated_headers_sub_labels_are_its_lines(assertions_of, text):
    found = assertions_of(text + "\nCurrent: walking well.", "motor_weakness", date=NOTE)
    assert found == {"historical"}


@pytest.mark.parametrize("text", [
    # a section of the note's own opens between: today's history
    "PREVIOUS NOTE (06/10/2026):\nAssessment:\nnew L EHL 3/5 since Tuesday.\n",
    # today's exam opens between
    "PREVIOUS NOTE (06/10/2026):\nlow back pain.\nExam today:\nMotor: L EHL 3/5.\n",
    # a blank line ends the copied block
    "PREVIOUS NOTE (06/10/2026):\nlow back pain.\n\nMotor: L EHL 3/5.\n",
])
def test_a_section_or_block_of_today_ends_the_copy(assertions_of, text):
    assert assertions_of(text, "motor_weakness", date=NOTE) == {"present"}


# ---- a sentence led by a dated "previously" --------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Previously (06/2026) numbness in the right foot.", "paresthesia"),
    ("Prior (05/2026): R EHL 4/5.", "motor_weakness"),
    ("At the last visit (07/2026), tingling down the right leg.", "paresthesia"),
])
def test_a_dated_previously_leads_its_sentence_into_the_past(assertions_of, text, code):
    assert assertions_of(text + "\nToday no leg symptoms.", code, date=NOTE) == {"historical"}


@pytest.mark.parametrize("text, code", [
    # recent: the current episode
    ("Previously (11/2026) numbness in the right foot.", "paresthesia"),
    # it persists
    ("Previously (06/2026) numbness in the right foot, still there.", "paresthesia"),
    # a parenthesis of another subject is no dated lead
    ("Numbness in the right foot; previously treated with gabapentin (06/2026).",
     "paresthesia"),
])
def test_a_recent_persisting_or_undated_previously_stays_present(assertions_of, text, code):
    assert "present" in assertions_of(text, code, date=NOTE)


# ---- a copied-forward "Exam today" is that visit's exam ---------------------------------

OLD_BLOCK = ("HPI (copied forward from visit of 05/05/2026):\n"
             "Low back pain for 3 weeks after lifting.\n"
             "Exam today: antalgic gait, SLR negative.\n")


def test_a_copied_exam_today_is_no_in_person_exam_of_today(assertions_of):
    text = OLD_BLOCK + "\nInterval (telephone visit): pain persists, no new symptoms.\n"
    assert "present" not in assertions_of(text, "in_person_exam", date=NOTE)


def test_todays_own_exam_beside_the_copy_still_counts(assertions_of):
    text = OLD_BLOCK + "\nExam: seen in clinic today, SLR negative, gait normal.\n"
    assert "present" in assertions_of(text, "in_person_exam", date=NOTE)


def test_a_copy_dated_the_notes_own_day_is_todays_exam(assertions_of):
    assert "present" in assertions_of(OLD_BLOCK, "in_person_exam", date=dt.date(2026, 5, 5))


# ---- a header's "not re-verified" speaks of the copy, not of the finding ----------------

@pytest.mark.parametrize("text", [
    "HPI (carried forward from 05/14/2026, not re-verified): left foot drop, L EHL 2/5.\n",
    "Exam (copied from 04/30/2026 visit, not updated): left foot drop.\n",
])
def test_not_re_verified_denies_nothing_of_the_old_copy(assertions_of, text):
    assert assertions_of(text, "foot_drop", date=NOTE) == {"historical"}


def test_a_plain_negation_still_denies(assertions_of):
    assert assertions_of("Exam today: no foot drop, not weak.", "foot_drop",
                         date=NOTE) == {"absent"}


# ---- an interval history beside the copied HPI ------------------------------------------

def test_an_old_copy_resolved_since_is_historical_only(assertions_of):
    text = ("HPI (copied forward from the 05/19/2026 visit):\n"
            "Right leg pain radiating to the heel for 10 days.\n"
            "Interval history:\nThe leg pain settled completely by July.\n")
    assert assertions_of(text, "radicular_pain", date=NOTE) == {"historical"}


def test_a_recent_copy_keeps_its_own_reading_beside_the_interval(assertions_of):
    # the current episode's copy is read as of its date (dev d316): present then, over now
    text = ("HPI (copied forward from the 10/30/2026 visit):\n"
            "Right leg pain radiating to the heel for 10 days.\n"
            "Interval history:\nThe leg pain settled completely last week.\n")
    assert assertions_of(text, "radicular_pain", date=NOTE) == {"present", "historical"}


def test_a_bare_reviewed_leaves_the_copy_its_visits(assertions_of):
    # the old record was looked at; the interval says what holds now
    text = ("HPI (from visit 05/20/2026, reviewed): sudden right foot drop, R EHL 2/5.\n\n"
            "Interval history: the foot drop recovered fully over the summer.\n")
    found = assertions_of(text, "motor_weakness", date=NOTE)
    assert "historical" in found and "present" not in found


def test_a_later_sentence_of_now_on_a_dated_line_is_todays(assertions_of):
    text = "Prior exam 03/2026: R EHL 4/5. Now right Achilles reflex absent."
    assert assertions_of(text, "reflex_abnormality", date=NOTE) == {"present"}
    assert assertions_of(text, "motor_weakness", date=NOTE) == {"historical"}
