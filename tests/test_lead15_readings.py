"""Readings found by probing with notes written fresh (session 15): each is a general way
clinicians write, with a look-alike that must keep its reading."""
import datetime as dt

import pytest


def test_a_denial_whose_own_verb_is_a_clause_word_still_denies(assertions_of):
    # "experiencing", "developed", "treated with" end a denial's scope when they open a new
    # clause; right after the cue they are the denial's own verb
    assert assertions_of("Pt denies experiencing bowel or bladder incontinence.\n",
                         "bladder_dysfunction") == {"absent"}
    assert assertions_of("She is not experiencing any numbness in the saddle region.\n",
                         "saddle_anesthesia") == {"absent"}
    assert assertions_of("He has not developed any leg weakness since the injection.\n",
                         "motor_weakness") == {"absent"}
    assert assertions_of("Never developed fevers or chills.\n", "fever") == {"absent"}
    # look-alikes: a clause after the denial says what she does have
    assert assertions_of("No fever, but experiencing numbness in both feet.\n",
                         "paresthesia") == {"present"}
    assert assertions_of("Denies fever; has developed new leg weakness.\n",
                         "motor_weakness") == {"present"}


def test_a_precaution_after_a_labelled_dash_is_a_precaution(assertions_of):
    assert assertions_of("Plan: NSAIDs. Red flags reviewed - ER if bowel/bladder changes or "
                      "leg weakness.\n", "motor_weakness") == {"hypothetical"}
    assert assertions_of("Return precautions given; ED for saddle numbness.\n",
                         "saddle_anesthesia") == {"hypothetical"}
    # look-alike: a visit to the ED after a dash is history, not a precaution
    assert assertions_of("Seen 11/20 - ED for leg weakness, discharged home.\n",
                         "motor_weakness") == {"present"}


def test_a_history_of_a_symptom_with_its_duration_is_this_episode(assertions_of):
    assert assertions_of("61 yo with hx of low back pain x 6 weeks.\n",
                         "low_back_pain") == {"present"}
    assert assertions_of("History of neck pain for the past 3 months.\n",
                         "neck_pain") == {"present"}
    assert assertions_of("44F w/ 10 d hx of low back pain after shoveling.\n",
                         "low_back_pain") == {"present"}
    # look-alikes: a dated past episode, a count of surgeries
    assert assertions_of("History of low back pain in 2015, resolved with PT.\n",
                         "low_back_pain") == {"historical"}
    assert assertions_of("Hx of low back pain, resolved. Now neck pain x 2 weeks.\n",
                         "low_back_pain") == {"historical"}


def test_an_adverb_inside_a_denial_does_not_shorten_its_reach(assertions_of):
    assert assertions_of("Not currently taking any NSAIDs.\n", "nsaid") == {"absent"}
    assert assertions_of("She is not presently on any muscle relaxers.\n",
                         "muscle_relaxant") == {"absent"}
    assert assertions_of("He is not yet doing his home exercises.\n",
                         "home_exercise_program") == {"absent"}
    # look-alike: "not really helped by" is a failed course, not a denied one
    assert assertions_of("Not really helped by PT, still has leg pain.\n",
                         "physical_therapy") == {"present"}


@pytest.fixture
def weeks(findings_of):
    """The weeks of each finding of `code` in one note (None where it states none)."""
    def run(text, code):
        result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))[1]
        return [f.value.weeks if f.value else None for f in result.findings if f.code == code]

    return run


def test_the_next_visit_is_no_course_length(weeks):
    # a follow-up interval read as the treatment's weeks would meet a six-week requirement
    assert weeks("Continue meloxicam, follow up in 8 weeks.\n", "nsaid") == [None]
    assert weeks("Plan: continue HEP, f/u 6 wks.\n", "home_exercise_program") == [None]
    assert weeks("Naproxen 500 bid. RTC 6 weeks.\n", "nsaid") == [None]
    assert weeks("Cont. gabapentin; recheck in 6-8 weeks.\n", "neuropathic_agent") == [None]
    # look-alikes: the course's own length, beside a follow-up
    assert weeks("Meloxicam x 6 wks without relief, f/u 2 weeks.\n", "nsaid") == [6.0]
    assert weeks("Has done 7 weeks of PT; return to clinic in 4 weeks.\n",
                 "physical_therapy") == [7.0]


def test_a_course_booked_or_awaiting_its_start_is_not_yet_done(assertions_of):
    assert assertions_of("Has an appointment with PT on 12/10.\n",
                         "physical_therapy") == {"hypothetical"}
    assert assertions_of("Chiropractic authorized for 12 visits, pending start.\n",
                         "chiropractic_care") == {"hypothetical"}
    assert assertions_of("She has an appt with physical therapy next Tuesday.\n",
                         "physical_therapy") == {"hypothetical"}
    # look-alikes: an appointment already kept; a course going on with more visits approved
    assert assertions_of("Had an appointment with PT last week; attended 3 sessions so far.\n",
                         "physical_therapy") == {"present"}
    assert assertions_of("Continues PT 2x/week, approved for 6 more visits.\n",
                         "physical_therapy") == {"present"}
