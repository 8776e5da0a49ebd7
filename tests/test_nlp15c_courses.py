"""Therapy courses, outcomes and body sites as fresh notes write them (session 15c): each test
uses sentences written for it, with a look-alike that must keep its reading."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document
from spinecite.pipeline.timex import find_time_expressions

RECEIVED = dt.date(2026, 12, 1)
NOTE_DATE = dt.date(2026, 11, 27)


def findings(text, code):
    doc = Document(id="note", text=text, source=None, date=NOTE_DATE, sha256="0")
    return [f for f in extract([doc], RECEIVED).findings if f.code == code]


def value(text, code, field):
    found = [f for f in findings(text, code) if f.assertion == "present"]
    assert found, code
    return getattr(found[0].value, field)


def assertions(text, code):
    return sorted({f.assertion for f in findings(text, code)})


# --- 1. a course's weeks end where the note ends it -------------------------------------------

def test_a_course_with_its_last_date_runs_between_its_dates():
    assert value("Physical therapy began 8/3, last session 8/24, stopped as not helping.\n",
                 "physical_therapy", "weeks") == 3.0
    assert value("He started chiropractic 9/14 and went until 10/5, then quit.\n",
                 "chiropractic_care", "weeks") == 3.0
    assert value("PT started 9/8; attended through 9/29 then stopped coming.\n",
                 "physical_therapy", "end") == dt.date(2026, 9, 29)
    # look-alike: a course begun and never ended runs to the note's date
    assert value("PT started 10/6, going twice a week.\n", "physical_therapy", "weeks") > 7


def test_what_was_done_beside_what_was_ordered():
    assert value("Physical therapy x 8 wks planned, attended 3 weeks so far.\n",
                 "physical_therapy", "weeks") == 3.0
    assert value("Was prescribed 6 wks of physical therapy but only did 2 wks.\n",
                 "physical_therapy", "weeks") == 2.0
    # look-alike: a course with one length keeps it
    assert value("Completed 8 weeks of PT without relief.\n", "physical_therapy", "weeks") == 8.0


def test_a_pause_dates_the_stop_not_the_start():
    assert value("Physical therapy suspended since 10/20 because of a pain flare.\n",
                 "physical_therapy", "end") == dt.date(2026, 10, 20)
    assert value("Chiropractic care interrupted since 10/20 after a flare.\n",
                 "chiropractic_care", "weeks") is None
    # look-alike: "since" after a start is the course going on
    assert value("In physical therapy since 10/20, twice weekly.\n",
                 "physical_therapy", "start") == dt.date(2026, 10, 20)


# --- 2, 3. the year of a month range; a date booked ahead ------------------------------------

def dates(text):
    return [(t.kind, t.start_date, t.end_date) for t in find_time_expressions(text, RECEIVED)]


def test_a_month_range_takes_the_year_its_sentence_gives():
    assert ("range", dt.date(2024, 2, 1), dt.date(2024, 4, 30)) in dates(
        "Chiropractic in 2024 (Feb-Apr), helped briefly.")
    assert ("range", dt.date(2024, 6, 1), dt.date(2024, 8, 31)) in dates(
        "During 2024 he had PT from June through August.")
    assert ("range", dt.date(2025, 4, 1), dt.date(2025, 6, 30)) in dates(
        "Physical therapy April to June of last year.")
    # look-alikes: no year given, or a year in another clause, keeps the latest months
    assert ("range", dt.date(2026, 4, 1), dt.date(2026, 6, 30)) in dates(
        "Physical therapy April to June, no help.")
    assert ("range", dt.date(2026, 4, 1), dt.date(2026, 6, 30)) in dates(
        "Fusion in 2019; PT from April to June helped.")


def test_a_date_the_sentence_books_is_ahead():
    assert ("date", dt.date(2026, 12, 18), None) in dates(
        "He is booked for a right L5 TFESI on 12/18.")
    assert ("date", dt.date(2027, 1, 8), None) in dates(
        "She will see neurosurgery for a consult on 1/8.")
    # look-alike: a study the plan reviews was done in the past
    assert ("date", dt.date(2026, 11, 12), None) in dates(
        "Will review the CT done on 11/12 at the next visit.")
    assert ("date", dt.date(2026, 3, 2), None) in dates("He will continue the PT he started on 3/2.")
    assert ("date", dt.date(2026, 4, 3), None) in dates("At her appointment on 4/3 she reported less pain.")


# --- 4, 5. a home programme from PT; PT of another body part ---------------------------------

def test_a_home_program_from_pt_is_no_course_of_pt():
    for text in ("Keeps up the exercises his PT taught him, daily since October, no better.\n",
                 "Doing the HEP from physical therapy since October.\n",
                 "Does PT stretches at home by herself since October.\n"):
        assert assertions(text, "physical_therapy") == [], text
        assert value(text, "home_exercise_program", "weeks") > 6
    # look-alike: PT and a home programme both done
    text = "Completed 6 weeks of PT and continues a home program since October.\n"
    assert assertions(text, "physical_therapy") == ["present"]


def test_therapy_of_another_body_part_is_not_the_spines():
    assert assertions("Had physical therapy for his left shoulder in the spring.\n",
                      "physical_therapy") == []
    assert assertions("Knee PT after a meniscus repair, 8 weeks, done.\n", "physical_therapy") == []
    # look-alikes: the back's therapy, or both
    assert assertions("Had physical therapy for his low back in the spring.\n",
                      "physical_therapy") == ["present"]
    assert assertions("PT for knee and low back pain x 6 weeks.\n", "physical_therapy") == ["present"]


# --- 6. a plan that fell through is no fall ----------------------------------------------------

def test_a_plan_that_fell_through_is_no_fall():
    assert assertions("The chiropractic referral fell through because of insurance.\n",
                      "trauma") == []
    # look-alike: falling through a floor is a fall
    assert assertions("He fell through a rotten porch floor onto his back.\n", "trauma") == ["present"]


# --- 7. a negated improvement is a failure ------------------------------------------------------

def test_a_negated_improvement_is_a_failed_course():
    for text in ("Did 7 weeks of PT and did not get better.\n",
                 "Six weeks of chiropractic, never felt any better.\n",
                 "Had 7 weeks of PT, her leg pain has not gotten any better.\n",
                 "Completed 7 weeks of PT; did not feel it helped.\n",
                 "7 weeks of physical therapy without success.\n",
                 "Tried 7 weeks of PT to no avail.\n",
                 "Finished 7 weeks of PT, felt it didn't do much.\n",
                 "7 weeks of PT which was not beneficial.\n"):
        code = "chiropractic_care" if "chiropractic" in text else "physical_therapy"
        assert value(text, code, "outcome") == "failed", text
    # look-alikes: a real improvement, and a score halved
    assert value("Did 7 weeks of PT and is now pain free.\n", "physical_therapy", "outcome") == "improved"
    assert value("After 7 weeks of PT her pain went from 9/10 to 3/10.\n",
                 "physical_therapy", "outcome") == "improved"
    assert value("Did 7 weeks of PT and got better.\n", "physical_therapy", "outcome") == "improved"


# --- 8. an MRI given up for claustrophobia --------------------------------------------------

def test_an_mri_given_up_for_claustrophobia_is_a_contraindication():
    text = "Cervical MRI was started in September but stopped because she is claustrophobic.\n"
    assert assertions(text, "mri_contraindication") == ["present"]
    assert "present" not in assertions(text, "prior_mri")
    text = "He couldn't finish the MRI last month due to claustrophobia.\n"
    assert assertions(text, "mri_contraindication") == ["present"]
    assert "present" not in assertions(text, "prior_mri")
    # look-alike: an MRI done, the patient only anxious
    text = "MRI lumbar spine 10/2 showed an L5-S1 protrusion; mild claustrophobia, tolerated.\n"
    assert assertions(text, "prior_mri") == ["present"]


# --- 9. thoracolumbar junction pain; 10. imaging of another body part -------------------------

def test_pain_at_the_thoracolumbar_junction_is_back_pain():
    assert assertions("Aching over the thoracolumbar region for 9 weeks.\n", "thoracic_pain") == ["present"]
    assert assertions("Pain at T11-L1 since a fall in October.\n", "thoracic_pain") == ["present"]
    # look-alike: a level named in a report is no pain
    assert assertions("CT: T12-L1 disc space preserved.\n", "thoracic_pain") == []


def test_imaging_of_another_body_part_is_no_spine_study():
    assert assertions("Hip x-rays in September were unremarkable.\n", "prior_xray") == []
    assert assertions("X-ray of the left wrist was negative.\n", "prior_xray") == []
    assert assertions("MRI of the left knee showed a meniscal tear.\n", "prior_mri") == []
    # look-alike: the spine's own films
    assert assertions("Lumbar x-rays in September were unremarkable.\n", "prior_xray") == ["present"]


def test_a_start_date_shaped_like_a_score_is_no_pain_score():
    # "began 9/10" dates the course; the pain is not 9/10
    assert assertions("Chiropractic began 8/10 and he attended through 9/4.\n", "severe_pain") == []
    assert assertions("PT started 7/10, twice weekly.\n", "severe_pain") == []
    # look-alike: a score after its own words is still a score
    assert assertions("Back pain started after lifting, now 8/10.\n", "severe_pain") == ["present"]


def test_a_difference_not_made_is_a_failure():
    for text in ("Nine weeks of PT; she says it made no difference.\n",
                 "Nine weeks of PT, which didn't make any difference.\n",
                 "Nine weeks of PT with zero relief.\n",
                 "After nine weeks of PT she is not really better.\n"):
        assert value(text, "physical_therapy", "outcome") == "failed", text
    # look-alike: "much better" stays an improvement
    assert value("After nine weeks of PT she is much better.\n",
                 "physical_therapy", "outcome") == "improved"


def test_a_home_program_the_therapist_gave_is_no_course_of_pt():
    text = "Her physical therapist gave her home exercises, done daily since September.\n"
    assert assertions(text, "physical_therapy") == []
    assert assertions(text, "home_exercise_program") == ["present"]


def test_a_course_since_a_date_ends_where_the_note_stops_it():
    assert value("Chiropractic since 8/20, discontinued 9/10 without relief.\n",
                 "chiropractic_care", "weeks") == 3.0
    assert value("Began PT 8/20 but stopped after 9/10 because of the copay.\n",
                 "physical_therapy", "end") == dt.date(2026, 9, 10)
    # look-alike: a course since a date, still going, runs to the note's date
    assert value("Chiropractic since 8/20, going weekly.\n", "chiropractic_care", "weeks") > 12
