"""An injury or a fracture the notes date years before the note is no finding of the current
episode (rules/course.yaml `episode_codes`, `dated_days`): the trauma code is "a documented
injury mechanism for the current episode", and the guideline lines built on it ask for a
fracture "after trauma" or a deficit "post-traumatic". A 2004 gunshot wound or a healed 2019
odontoid fracture read present met those lines (dev d388, d464). Findings are built here by hand
over notes written for this test, so the rules are tested apart from the assertion reading."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding
from spinecite.rules.course import cues, read_courses
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

NOTE_DATE = dt.date(2026, 3, 2)


def _finding(code, note, words, assertion="present", laterality=None):
    start = note.index(words)
    return Finding(code=code, assertion=assertion, laterality=laterality,
                   evidence=[Evidence(document="note", start=start, end=start + len(words),
                                      text=words)], document_date=NOTE_DATE)


def _facts(note, *findings):
    return CaseFacts(NOTE_DATE, 50, tuple(findings), document_dates=(("note", NOTE_DATE),),
                     texts=(("note", note),))


def _cohere_trauma(facts):
    cohere = load_all()["cohere-ct-spine"]
    return _Evaluator(cohere, facts.replace(cpt="72131")).entry(
        cohere.definitions["trauma"]).result


@pytest.mark.parametrize("note, words", [
    ("Bullet fragments remain in his flank from a 1998 gunshot wound; back pain for 6 weeks.",
     "gunshot wound"),
    ("She was thrown from a horse 07/2017 and has had no back trouble since then.",
     "thrown from a horse"),
    ("Fell off a scaffold on 05/14/2021, treated at an outside hospital, full recovery.",
     "Fell off a scaffold"),
])
def test_an_injury_dated_years_back_is_not_the_episodes_trauma(note, words):
    assert _cohere_trauma(_facts(note, _finding("trauma", note, words))) == "not_met"


@pytest.mark.parametrize("note, words", [
    # the same injuries, dated within the episode: still the episode's trauma
    ("Fell off a scaffold on 02/14/2026 and landed on his back; pain since.",
     "Fell off a scaffold"),
    # within a year of the note it may be this episode ("12/2025" in a March note)
    ("She was thrown from a horse 12/2025 and has had back pain since.",
     "thrown from a horse"),
    # undated: the note's own injury
    ("Bullet fragments in his flank after a gunshot wound three weeks ago.", "gunshot wound"),
    # a new word between the old date and the injury: "2016 ... now ..." is now
    ("After surgery in 2016 she did well, now a motor vehicle collision yesterday.",
     "motor vehicle collision"),
])
def test_an_injury_of_this_episode_still_counts(note, words):
    assert _cohere_trauma(_facts(note, _finding("trauma", note, words))) == "met"


def test_one_recent_span_keeps_the_finding():
    note = ("Prior 2012 car crash without injury. Today rear-ended at a stoplight, new neck "
            "pain.")
    old, new = note.index("car crash"), note.index("rear-ended")
    trauma = Finding(code="trauma", assertion="present", document_date=NOTE_DATE, evidence=[
        Evidence(document="note", start=old, end=old + 9, text="car crash"),
        Evidence(document="note", start=new, end=new + 10, text="rear-ended")])
    assert _cohere_trauma(_facts(note, trauma)) == "met"


def test_a_fracture_dated_years_back_is_old_and_a_current_one_is_not():
    note = ("Healed L2 compression fracture 2013. Today's x-ray: acute T12 compression "
            "fracture.")
    old = _finding("spinal_fracture", note, "L2 compression fracture")
    start = note.index("T12 compression fracture")
    current = Finding(code="spinal_fracture", assertion="present", document_date=NOTE_DATE,
                      evidence=[Evidence(document="note", start=start, end=start + 24,
                                         text="T12 compression fracture")])
    courses = read_courses([old, current], {"note": note}, {"note": NOTE_DATE}, NOTE_DATE,
                           frozenset({"spinal_fracture"}) | cues().episode_codes)
    assert id(old) in courses.old
    assert id(current) not in courses.old


def test_a_date_beside_a_deficit_does_not_make_it_old():
    # a sign's date is more often a study's: only the course words call a deficit old
    note = "Left EHL 4/5, which the 2019 EMG did not show; began two weeks ago."
    weakness = _finding("motor_weakness", note, "Left EHL 4/5", laterality="left")
    courses = read_courses([weakness], {"note": note}, {"note": NOTE_DATE}, NOTE_DATE,
                           frozenset({"motor_weakness"}))
    assert id(weakness) not in courses.old
