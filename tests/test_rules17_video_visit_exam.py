"""eViCore's "A face-to-face evaluation within the last 60 days" on a packet whose one note is a
video visit (dev d508): the note names an office visit months ago and heads its observation
"Exam:", and it says the visit is by video. The exam the note dates by its own day is the
video visit's, which the same note denies was in person, so it does not place a face-to-face
evaluation in the window (rules/SCHEMA.md `latest_document`); before, one note's own date was
taken whatever the note said. A note that grades a muscle tested it by hand (eViCore SP-1.0's
in-person evaluation holds "results of manual motor testing"), so a denial read in it is no
remote visit's (a form's "Telehealth visit? [ ] Yes [X] No", dev d271). Findings are built by
hand over sentences written here."""

import datetime as dt

from spinecite.extractors.models import Evidence, ExamValue, Finding, MotorValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 10, 14)
VIDEO = ("Virtual visit (video) - patient at home, consent given.\n"
         "He was last seen in person at the clinic in June for the same leg pain.\n"
         "Exam: watched him stand and walk on camera; no hands-on testing today.\n")
FORM = ("Visit type: clinic. Telehealth visit? [ ] Yes [X] No\n"
        "Exam: L ankle dorsiflexion 4/5, L EHL 4/5.\n")
OFFICE = ("Office visit.\n"
          "He was last seen in person at the clinic in June for the same leg pain.\n"
          "Exam: watched him stand and walk; full hands-on testing below.\n")


def _span(text, words, code, assertion="present", value=None):
    start = text.index(words)
    return Finding(code=code, assertion=assertion, value=value, document_date=DAY,
                   evidence=[Evidence(document="note", start=start, end=start + len(words),
                                      text=words)])


def _window(text, exam_date, denied, graded=None, denial="Virtual visit (video)"):
    """The result of eViCore's in-person requirement for the one note `text`."""
    findings = [_span(text, "Exam:", "in_person_exam", value=ExamValue(date=exam_date))]
    if denied:
        findings.append(_span(text, denial, "in_person_exam", "absent"))
    if graded:
        words, grade = graded
        findings.append(_span(text, words, "motor_weakness",
                              "present" if grade is None or grade < 5 else "absent",
                              value=MotorValue(grade=grade) if grade is not None else None))
    facts = CaseFacts(DAY, 58, tuple(findings), cpt="72148", document_dates=(("note", DAY),),
                      texts=(("note", text),))
    guideline = load_all()["evicore-spine"]
    requirement = next(r for r in guideline.requirements
                       if r.id == "evicore-spine.req.in-person-evaluation")
    return _Evaluator(guideline, facts).entry(requirement).result


def test_a_video_visit_dates_no_face_to_face_exam_by_its_own_day():
    assert _window(VIDEO, DAY, denied=True) == "unknown"
    # a weakness named without a grade is no manual muscle test
    assert _window(VIDEO, DAY, denied=True, graded=("stand and walk", None)) == "unknown"
    # nor is a grade that a finding merged from an earlier office note carries, where the
    # video note's own words grade nothing (dev d264)
    assert _window(VIDEO, DAY, denied=True, graded=("stand and walk", 5)) == "unknown"


def test_look_alikes_keep_their_reading():
    # an office note that denies nothing: its exam is of its day
    assert _window(OFFICE, DAY, denied=False) == "met"
    # a telephone or video note that dates the office exam it reports ("last office visit
    # 09/30: R EHL 4/5"): that exam's own day, inside the window or not
    assert _window(VIDEO, dt.date(2026, 9, 30), denied=True) == "met"
    assert _window(VIDEO, dt.date(2026, 6, 2), denied=True) == "not_met"
    # a note that grades a muscle examined by hand: the denial read in it is not the visit's
    assert _window(FORM, DAY, denied=True, denial="Telehealth visit",
                   graded=("L ankle dorsiflexion 4/5", 4)) == "met"
    assert _window(FORM, DAY, denied=True, denial="Telehealth visit") == "unknown"
