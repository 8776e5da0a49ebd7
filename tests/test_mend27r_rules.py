"""Rules mended in session 27 (mend27r), for the false met left on dev.

- A failed conservative course stated without dates of its own ("Failed conservative therapy
  >= 6 weeks" checked on a form, "has failed 6 weeks of conservative treatment" in a note) is
  no longer than the treatments the packet dates: from the earliest documented start of a
  PT, home program, chiropractic or medication course to the note stating the failure
  (rules/therapy.py `within_courses`; dev d966: naproxen from 11/06 and two PT visits from
  11/13 beside a form of 12/17). A real 6-week course stays met: told by dates, by a stated
  duration alone, or by a form and a note that agree.
- AIM's "High-energy mechanism of injury": a ladder, roof or height counts only with the fall
  itself in the same words (rules/word_lists.yaml `height_fall_place` with `height_fall`): a
  load carried up a ladder is a strain, no fall (dev d968).
Every sentence is written here, none copied from the corpus."""

import datetime as dt
import json

import pytest

from spinecite.extractors.models import TherapyValue
from spinecite.rules.therapy import course_start, within_courses


# --- unit: within_courses --------------------------------------------------------------------

def _claim(weeks=6.0, basis="stated", start=None):
    return TherapyValue(weeks=weeks, outcome="failed", weeks_basis=basis, start=start)


_ON = [dt.date(2026, 12, 14)]


_PT, _NSAID, _MR = "physical_therapy", "nsaid", "muscle_relaxant"


@pytest.mark.parametrize("starts, expected", [
    # every dated course is younger than the claim
    ([(_NSAID, dt.date(2026, 11, 9)), (_PT, dt.date(2026, 11, 16))], 5.0),
    # an undated adjunct weighs nothing
    ([(_PT, dt.date(2026, 11, 23)), (_MR, None)], 3.0),
])
def test_a_stated_failure_cut_to_the_dated_courses(starts, expected):
    assert within_courses(6.0, _claim(), _ON, starts) == expected


@pytest.mark.parametrize("value, starts", [
    # the earliest course began 7 weeks back
    (_claim(), [(_NSAID, dt.date(2026, 10, 26)), (_PT, dt.date(2026, 11, 30))]),
    (_claim(), [(_PT, dt.date(2026, 11, 2))]),                     # exactly 6 weeks
    (_claim(), []),                                                # no treatment at all
    (_claim(), [(_MR, None)]),                                     # none dated
    # an undated mainstay may be the older course the claim means
    (_claim(), [(_PT, dt.date(2026, 11, 23)), (_NSAID, None)]),
    (_claim(basis="dates"), [(_PT, dt.date(2026, 11, 23))]),       # the dates' own weeks
    (_claim(start=dt.date(2026, 10, 1)), [(_PT, dt.date(2026, 11, 23))]),  # its own start
])
def test_a_stated_failure_kept(value, starts):
    assert within_courses(6.0, value, _ON, starts) == 6.0


def test_a_timed_course_is_dated_back_from_its_note():
    value = TherapyValue(weeks=4.0, weeks_basis="stated")
    assert course_start(value, dt.date(2026, 12, 14)) == dt.date(2026, 11, 16)
    assert course_start(TherapyValue(), dt.date(2026, 12, 14)) is None


# --- end to end: eviCore's six-week trial ----------------------------------------------------

def _review(tmp_path, nlp, documents, received="2026-12-16"):
    from spinecite.review import review_case_file

    case = {"case_id": "p", "received_date": received, "patient": {"age": 44, "sex": "M"},
            "request": {"cpt": ["72148"], "guidelines": ["evicore-spine"]},
            "documents": [{"id": f"doc{i}", "date": d, "text": t}
                          for i, (d, t) in enumerate(documents)]}
    path = tmp_path / "p.case.json"
    path.write_text(json.dumps(case))
    result = review_case_file(path, nlp=nlp)
    return next(d for d in result.determinations if d.guideline == "evicore-spine")


_FORM = ("IMAGING PRE-CERTIFICATION REQUEST\nDate: 2026-12-15\nStudy: MRI lumbar spine w/o "
         "contrast (72148)\nDx: M54.16 lumbar radiculopathy\n"
         "[X] Failed conservative therapy >= 6 weeks\n"
         "    [X] Physical therapy   [X] NSAIDs\n")


def _visit(course):
    return ("Riverside Spine Clinic - follow-up visit\n12/14/2026\n\nHPI: 44 yo M, warehouse "
            "supervisor, with R low back pain into the R thigh since mid-October. "
            f"{course} Pain 5/10.\n\nExam: strength 5/5 in both legs, reflexes 2+ and "
            "symmetric, sensation intact. SLR negative.\n\nA/P: lumbar radicular pain, no "
            "deficit. MRI lumbar requested.\n")


def test_a_form_claim_the_dated_courses_contradict_is_not_met(tmp_path, nlp):
    course = ("Meloxicam 15 mg daily started 11/09 by his PCP. He went to PT twice (11/16, "
              "11/20) and then stopped going because of his shifts.")
    evicore = _review(tmp_path, nlp, [("2026-12-15", _FORM), ("2026-12-14", _visit(course))])
    assert evicore.outcome == "not_met"


def test_a_note_claim_the_dated_courses_contradict_is_not_met(tmp_path, nlp):
    course = ("He has failed 6 weeks of conservative treatment. Started PT on 11/23 and "
              "celecoxib on 11/23, no better.")
    evicore = _review(tmp_path, nlp, [("2026-12-14", _visit(course))])
    assert evicore.outcome == "not_met"


def test_a_form_and_a_note_that_agree_stay_met(tmp_path, nlp):
    course = ("Meloxicam 15 mg daily started 10/19 by his PCP. PT 10/26 to 12/07, 12 visits, "
              "no lasting benefit; failed the course.")
    evicore = _review(tmp_path, nlp, [("2026-12-15", _FORM), ("2026-12-14", _visit(course))])
    assert evicore.outcome == "met" and "conservative_failure" in evicore.basis


def test_a_stated_duration_alone_stays_met(tmp_path, nlp):
    course = "He has failed 7 weeks of PT and naproxen, no better."
    evicore = _review(tmp_path, nlp, [("2026-12-14", _visit(course))])
    assert evicore.outcome == "met" and "conservative_failure" in evicore.basis


# --- AIM: a height needs the fall itself -----------------------------------------------------

_TRAUMA = ("ED 11/20/2026\n45M {} Severe thoracolumbar pain. Moves all extremities, strength "
           "5/5, sensation intact.\nPlan: CT T-spine and L-spine.\n")


def _aim(review_note, mechanism):
    result = review_note(_TRAUMA.format(mechanism), age=45, cpt="72131")
    return next(d for d in result.determinations if d.guideline == "aim-spine")


@pytest.mark.parametrize("mechanism", [
    "Sore back since hauling a water heater up a ladder at a job site yesterday.",
    "Back pain began while he was hoisting bundles of tiles onto a roof.",
])
def test_a_load_taken_up_a_height_is_no_high_energy_injury(review_note, mechanism):
    assert "fracture_trauma" not in _aim(review_note, mechanism).basis


@pytest.mark.parametrize("mechanism", [
    "Fell about 12 feet off a ladder onto a driveway, landed on his back.",
    "Fell from the roof while clearing the gutters, landed flat on his back.",
])
def test_a_fall_from_a_height_stays_high_energy(review_note, mechanism):
    aim = _aim(review_note, mechanism)
    assert aim.outcome == "met" and "fracture_trauma" in aim.basis
