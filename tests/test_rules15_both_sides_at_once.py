"""Weakness of both sides is a state of one examination (rules/SCHEMA.md "Both sides at
once"). One finding per code merges every note of a packet, so a right arm weak at a visit in
2025 and a left arm weak now read "bilateral": with a worsening of the left arm, that was a
progressive severe deficit (urgent) and eViCore's bilateral-weakness myelopathy line (dev d466).
The latest note's spans decide when they name one side only. Findings are built by hand over
notes written here."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, MotorValue
from spinecite.rules.evaluator import CaseFacts, red_flags
from spinecite.rules.ruleset import load_red_flags

OLD, NOW = dt.date(2024, 2, 5), dt.date(2026, 9, 14)
OLD_NOTE = "Exam: R deltoid 4/5, R biceps 4/5. Plan: PT."
NOW_NOTE = ("Since August the left leg has become weaker week by week. Exam: left hip flexion "
            "4/5, L knee extension 4/5; the arms are normal.")


def _evidence(document, note, words):
    start = note.index(words)
    return Evidence(document=document, start=start, end=start + len(words), text=words)


def _case(spans, old_date=OLD):
    """`spans`: (document, words) of one merged bilateral motor_weakness."""
    notes = {"old": OLD_NOTE, "now": NOW_NOTE}
    weakness = Finding(code="motor_weakness", assertion="present", laterality="bilateral",
                       value=MotorValue(grade=4.0, grade_text="4/5"), document_date=NOW,
                       evidence=[_evidence(d, notes[d], w) for d, w in spans])
    worse = Finding(code="symptom_progression", assertion="present", laterality="left",
                    document_date=NOW,
                    evidence=[_evidence("now", NOW_NOTE, "weaker week by week")])
    return CaseFacts(NOW, 55, (weakness, worse),
                     document_dates=(("old", old_date), ("now", NOW)),
                     texts=(("old", OLD_NOTE), ("now", NOW_NOTE)))


def _raised(facts):
    return {r.id for r in red_flags(load_red_flags(), facts)}


PROGRESSIVE = "contract-red-flags.progressive-severe-deficit"


def test_one_side_then_the_other_years_apart_is_not_both_sides():
    facts = _case([("old", "R deltoid 4/5"), ("old", "R biceps 4/5"),
                   ("now", "left hip flexion 4/5"), ("now", "L knee extension 4/5")])
    assert PROGRESSIVE not in _raised(facts)


def test_both_sides_in_the_latest_note_still_count():
    # look-alike: the latest note itself names both sides
    note = NOW_NOTE.replace("the arms are normal", "right hip flexion 4/5")
    facts = _case([("now", "left hip flexion 4/5"), ("now", "L knee extension 4/5")])
    start = note.index("right hip flexion 4/5")
    weakness = facts.findings[0].model_copy(update={"evidence": [
        *facts.findings[0].evidence,
        Evidence(document="now", start=start, end=start + 21, text="right hip flexion 4/5")]})
    facts = CaseFacts(NOW, 55, (weakness, facts.findings[1]),
                      document_dates=(("now", NOW),), texts=(("now", note),))
    assert PROGRESSIVE in _raised(facts)


def test_a_single_note_keeps_the_merged_side():
    # the pipeline's side stands where there is no second date to weigh
    facts = _case([("now", "left hip flexion 4/5"), ("now", "L knee extension 4/5")])
    assert facts.side_now(facts.findings[0]) == "bilateral"


def test_latest_spans_naming_no_side_keep_the_merged_side():
    facts = _case([("old", "R deltoid 4/5"), ("now", "weaker")])
    assert facts.side_now(facts.findings[0]) == "bilateral"


def test_side_words_are_whole_words():
    facts = _case([("old", "R deltoid 4/5"), ("now", "L knee extension 4/5")])
    assert facts.side_now(facts.findings[0]) == "left"
    # a level's or a word's letter is no side
    from spinecite.rules.evaluator import _side_words
    assert _side_words("L5 weakness in the LE") == set()
    assert _side_words("bilat EHL 4/5") == {"bilateral"}
