"""The kinds of a sign a span names are looked up by the sign's code (rules/course.yaml
`sign_kinds`), and a note "grades a muscle" only where a span of it writes an x/5 grade as
the pipeline reads one (pipeline/attributes.py), not a date that looks like one."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, MotorValue
from spinecite.rules.course import cues, kinds_named
from spinecite.rules.evaluator import CaseFacts, _muscle_graded_in


def test_kinds_of_a_sign_by_its_code():
    c = cues()
    assert kinds_named("bladder_dysfunction", "bladder scan showed 640 mL", c) == {"retention"}
    assert kinds_named("bladder_dysfunction", "now dribbling urine", c) == {"incontinence"}
    # a code with no kinds, and words of no kind
    assert kinds_named("saddle_anesthesia", "retention", c) == frozenset()
    assert kinds_named("bladder_dysfunction", "urinary frequency", c) == frozenset()


def _motor(text):
    return Finding(code="motor_weakness", assertion="present", document_date=dt.date(2026, 5, 4),
                   value=MotorValue(grade=4.0, grade_text="4/5"),
                   evidence=[Evidence(document="visit", start=0, end=len(text), text=text)])


def test_a_written_grade_and_a_date_that_looks_like_one():
    for text, graded in [("EHL 4/5 on the left", True), ("hip flexion 4+/5", True),
                         ("5 / 5 throughout", True),
                         ("weakness since 3/5/26", False), ("weak left leg", False)]:
        facts = CaseFacts(dt.date(2026, 5, 4), 40, (_motor(text),))
        assert _muscle_graded_in("visit", facts) is graded, text
    # a grade in another note's span is not this note's
    facts = CaseFacts(dt.date(2026, 5, 4), 40, (_motor("EHL 4/5"),))
    assert not _muscle_graded_in("phone-call", facts)
