"""Dev's false met determinations (session 49, fm49).

- A failed conservative course stated without dates of its own is weighed against the dated
  course of the therapy its own sentence names ("Failed >= 6 weeks conservative therapy incl.
  PT" beside PT notes from three weeks back; rules/therapy.py `within_named`, dev e058): when
  every named therapy is dated and even the longest is shorter than the claim by more than a
  week, the claim is cut to it. A claim naming a therapy the notes do not date, or one whose
  dated course is long enough, stands.
- A sensory loss the examiner places at a scar or an incision is its cut skin nerve's, no
  dermatome's (context rule, dev e719).
Every sentence is written here, none copied from the corpus."""

import datetime as dt

import pytest

from readings import review_case
from spinecite.extractors.models import TherapyValue
from spinecite.rules.therapy import within_named


# --- unit: within_named ----------------------------------------------------------------------

def _claim(weeks=6.0, basis="stated", start=None):
    return TherapyValue(weeks=weeks, outcome="failed", weeks_basis=basis, start=start)


_ON = [dt.date(2026, 12, 14)]


@pytest.mark.parametrize("named, expected", [
    ([(dt.date(2026, 11, 23), None)], 3.0),                          # PT begun 3 weeks back
    ([(dt.date(2026, 11, 23), None), (dt.date(2026, 11, 16), None)], 4.0),  # the longest
    ([(dt.date(2026, 10, 19), dt.date(2026, 10, 26))], 1.0),          # a course that ended
])
def test_a_claim_cut_to_the_dated_therapy_it_names(named, expected):
    assert within_named(6.0, _claim(), _ON, named) == expected


@pytest.mark.parametrize("value, named", [
    (_claim(), []),                                                   # names no therapy
    (_claim(), [(dt.date(2026, 11, 23), None), (None, None)]),        # one named undated
    (_claim(), [(dt.date(2026, 11, 2), None)]),                       # 6 weeks of it
    (_claim(), [(dt.date(2026, 11, 9), None)]),                       # 5 weeks: within slack
    (_claim(basis="dates"), [(dt.date(2026, 11, 23), None)]),         # the dates' own weeks
    (_claim(start=dt.date(2026, 10, 1)), [(dt.date(2026, 11, 23), None)]),  # its own start
])
def test_a_claim_kept(value, named):
    assert within_named(6.0, value, _ON, named) == 6.0


# --- end to end: eviCore's six-week trial ----------------------------------------------------

def _evicore(tmp_path, nlp, documents, received="2026-12-16"):
    result = review_case(tmp_path, nlp, "p", [(f"doc{i}", d, t) for i, (d, t) in enumerate(documents)],
                         "72148", ["evicore-spine"], received=received, age=41)
    return next(d for d in result.determinations if d.guideline == "evicore-spine")


_REQUEST = ("OUTPATIENT IMAGING AUTHORIZATION\nStudy: MRI lumbar spine w/o contrast (72148)\n"
            "Dx: M54.50 low back pain\n"
            "[X] Failed >= 6 weeks conservative therapy incl. PT\n"
            "Treatment tried: PT, NSAIDs\n")


def _therapy(first):
    return ("Lakeside Physical Therapy - daily note\n12/10/2026\nVisit 4 (evaluation "
            f"{first}). Low back pain 5/10, lifting tolerance a little better. Core program "
            "progressed.\nPlan: continue twice weekly per plan of care.\n")


_CLINIC = ("Hillcrest Family Practice - follow-up 12/12/2026\n41F bookkeeper with low back pain "
           "since a fall on ice in October. Began PT {} (a few sessions so far), ibuprofen as "
           "needed. No leg pain, no numbness.\nExam: strength 5/5 in both legs, reflexes 2+ symmetric, sensation "
           "intact, SLR negative.\nA/P: mechanical low back pain. MRI lumbar requested.\n")


def test_a_form_claim_its_named_pt_course_contradicts_is_not_met(tmp_path, nlp):
    docs = [("2026-12-15", _REQUEST), ("2026-12-10", _therapy("11/24")),
            ("2026-12-12", _CLINIC.format("11/24"))]
    assert _evicore(tmp_path, nlp, docs).outcome == "not_met"


def test_a_form_claim_its_named_pt_course_bears_out_stays_met(tmp_path, nlp):
    docs = [("2026-12-15", _REQUEST), ("2026-12-10", _therapy("10/20")),
            ("2026-12-12", _CLINIC.format("10/20"))]
    evicore = _evicore(tmp_path, nlp, docs)
    assert evicore.outcome == "met" and "conservative_failure" in evicore.basis


# --- a sensory loss at a scar ----------------------------------------------------------------

@pytest.mark.parametrize("exam", [
    "Sensation intact L4-S1 to pinprick (reduced pinprick dorsal R foot, around the old "
    "surgical scar).",
    "Sensation intact to LT except decreased LT lateral L knee, along the incision.",
])
def test_a_loss_placed_at_a_scar_is_no_dermatome_loss(assertions_of, exam):
    note = f"Exam: strength 5/5 both legs. {exam} Reflexes 2+ symmetric.\n"
    assert "present" not in assertions_of(note, "dermatomal_sensory_loss")


def test_a_loss_with_no_scar_stays_a_dermatome_loss(assertions_of):
    note = ("Exam: strength 5/5 both legs. Decreased LT over the dorsal R foot and great toe, "
            "L5 distribution. Reflexes 2+ symmetric.\n")
    assert "present" in assertions_of(note, "dermatomal_sensory_loss")


# --- a form field's threshold answered no ----------------------------------------------------

def _weeks_of(findings_of, text, code):
    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 30))
    return [f.value.weeks for f in result.findings
            if f.code == code and f.assertion == "present" and f.value is not None]


def test_a_threshold_the_form_answers_no_is_no_course_length(findings_of):
    text = ("PRIOR AUTHORIZATION REQUEST\nStudy: MRI cervical spine w/o contrast\n"
            "Conservative treatment >= 6 weeks: [ ] Yes [X] No - chiropractic x3 (quit), "
            "naproxen prn\n")
    assert 6.0 not in _weeks_of(findings_of, text, "chiropractic_care")


def test_a_course_length_the_note_states_stands(findings_of):
    text = ("Neck pain since August. Tried chiropractic x 6 weeks without relief, naproxen prn.\n")
    assert 6.0 in _weeks_of(findings_of, text, "chiropractic_care")


# --- a course its listed visits end ----------------------------------------------------------

def _course_of(findings_of, text, code):
    _, result = findings_of(text, dt.date(2026, 12, 15), date=dt.date(2026, 12, 14))
    return [f.value for f in result.findings
            if f.code == code and f.assertion == "present" and f.value is not None]


def test_a_course_its_listed_visits_end_and_the_sentence_stops(findings_of):
    text = ("Low back pain since October. She saw a chiropractor in mid Oct (10/16, 10/21) and "
            "then stopped - no help. Naproxen prn.\n")
    values = _course_of(findings_of, text, "chiropractic_care")
    assert any(v.end == dt.date(2026, 10, 21) for v in values)


def test_a_course_with_listed_visits_not_stopped_keeps_going(findings_of):
    text = ("Low back pain since October. She started with a chiropractor in mid Oct (10/16, "
            "10/21) and continues weekly.\n")
    values = _course_of(findings_of, text, "chiropractic_care")
    assert not any(v.end == dt.date(2026, 10, 21) for v in values)
