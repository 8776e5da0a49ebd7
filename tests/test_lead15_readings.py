"""Readings found by probing with notes written fresh (session 15): each is a general way
clinicians write, with a look-alike that must keep its reading."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document

RECEIVED = dt.date(2026, 12, 1)


def assertions(text, code):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 27), sha256="0")
    return sorted({f.assertion for f in extract([doc], RECEIVED).findings if f.code == code})


def test_a_denial_whose_own_verb_is_a_clause_word_still_denies():
    # "experiencing", "developed", "treated with" end a denial's scope when they open a new
    # clause; right after the cue they are the denial's own verb
    assert assertions("Pt denies experiencing bowel or bladder incontinence.\n",
                      "bladder_dysfunction") == ["absent"]
    assert assertions("She is not experiencing any numbness in the saddle region.\n",
                      "saddle_anesthesia") == ["absent"]
    assert assertions("He has not developed any leg weakness since the injection.\n",
                      "motor_weakness") == ["absent"]
    assert assertions("Never developed fevers or chills.\n", "fever") == ["absent"]
    # look-alikes: a clause after the denial says what she does have
    assert assertions("No fever, but experiencing numbness in both feet.\n",
                      "paresthesia") == ["present"]
    assert assertions("Denies fever; has developed new leg weakness.\n",
                      "motor_weakness") == ["present"]


def test_a_precaution_after_a_labelled_dash_is_a_precaution():
    assert assertions("Plan: NSAIDs. Red flags reviewed - ER if bowel/bladder changes or "
                      "leg weakness.\n", "motor_weakness") == ["hypothetical"]
    assert assertions("Return precautions given; ED for saddle numbness.\n",
                      "saddle_anesthesia") == ["hypothetical"]
    # look-alike: a visit to the ED after a dash is history, not a precaution
    assert assertions("Seen 11/20 - ED for leg weakness, discharged home.\n",
                      "motor_weakness") == ["present"]


def test_a_history_of_a_symptom_with_its_duration_is_this_episode():
    assert assertions("61 yo with hx of low back pain x 6 weeks.\n",
                      "low_back_pain") == ["present"]
    assert assertions("History of neck pain for the past 3 months.\n",
                      "neck_pain") == ["present"]
    assert assertions("44F w/ 10 d hx of low back pain after shoveling.\n",
                      "low_back_pain") == ["present"]
    # look-alikes: a dated past episode, a count of surgeries
    assert assertions("History of low back pain in 2015, resolved with PT.\n",
                      "low_back_pain") == ["historical"]
    assert assertions("Hx of low back pain, resolved. Now neck pain x 2 weeks.\n",
                      "low_back_pain") == ["historical"]


def test_an_adverb_inside_a_denial_does_not_shorten_its_reach():
    assert assertions("Not currently taking any NSAIDs.\n", "nsaid") == ["absent"]
    assert assertions("She is not presently on any muscle relaxers.\n",
                      "muscle_relaxant") == ["absent"]
    assert assertions("He is not yet doing his home exercises.\n",
                      "home_exercise_program") == ["absent"]
    # look-alike: "not really helped by" is a failed course, not a denied one
    assert assertions("Not really helped by PT, still has leg pain.\n",
                      "physical_therapy") == ["present"]


def weeks(text, code):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 27), sha256="0")
    return [f.value.weeks if f.value else None
            for f in extract([doc], RECEIVED).findings if f.code == code]


def test_the_next_visit_is_no_course_length():
    # a follow-up interval read as the treatment's weeks would meet a six-week requirement
    assert weeks("Continue meloxicam, follow up in 8 weeks.\n", "nsaid") == [None]
    assert weeks("Plan: continue HEP, f/u 6 wks.\n", "home_exercise_program") == [None]
    assert weeks("Naproxen 500 bid. RTC 6 weeks.\n", "nsaid") == [None]
    assert weeks("Cont. gabapentin; recheck in 6-8 weeks.\n", "neuropathic_agent") == [None]
    # look-alikes: the course's own length, beside a follow-up
    assert weeks("Meloxicam x 6 wks without relief, f/u 2 weeks.\n", "nsaid") == [6.0]
    assert weeks("Has done 7 weeks of PT; return to clinic in 4 weeks.\n",
                 "physical_therapy") == [7.0]


def test_a_course_booked_or_awaiting_its_start_is_not_yet_done():
    assert assertions("Has an appointment with PT on 12/10.\n",
                      "physical_therapy") == ["hypothetical"]
    assert assertions("Chiropractic authorized for 12 visits, pending start.\n",
                      "chiropractic_care") == ["hypothetical"]
    assert assertions("She has an appt with physical therapy next Tuesday.\n",
                      "physical_therapy") == ["hypothetical"]
    # look-alikes: an appointment already kept; a course going on with more visits approved
    assert assertions("Had an appointment with PT last week; attended 3 sessions so far.\n",
                      "physical_therapy") == ["present"]
    assert assertions("Continues PT 2x/week, approved for 6 more visits.\n",
                      "physical_therapy") == ["present"]
