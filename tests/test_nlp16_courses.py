"""A therapy's course across a packet (nlp16): a note written before the latest dated course
began tells an earlier course, so its weeks are not that course's; and a therapy's own verb
dates its start over a nearer date that is another event's."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document

RECEIVED = dt.date(2026, 12, 1)


def therapy(notes, code="physical_therapy"):
    """The present finding of `code` over notes given as (date, text)."""
    docs = [Document(id=f"n{i}", text=text, source=None, date=date, sha256=str(i))
            for i, (date, text) in enumerate(notes)]
    found = [f for f in extract(docs, RECEIVED).findings if f.code == code and f.assertion == "present"]
    assert len(found) == 1
    return found[0].value


OLD = (dt.date(2025, 3, 10), "ORTHO VISIT\nHPI: Right arm pain. Physical therapy x 2 weeks so far, "
       "some help.\nPlan: continue therapy.\n")
NEW = (dt.date(2026, 11, 20), "SPINE VISIT\nHPI: New left arm pain. Physical therapy began 09/21/2026 "
       "and ran through 11/16/2026 without benefit.\n")


def test_an_older_notes_course_does_not_give_the_latest_courses_weeks():
    value = therapy([OLD, NEW])
    assert (value.start, value.end, value.weeks) == (dt.date(2026, 9, 21), dt.date(2026, 11, 16), 8.0)


def test_a_note_written_during_the_course_still_counts():
    # look-alike: a note dated inside the dated course tells that course, and its figure stands
    during = (dt.date(2026, 11, 2), "PT NOTE\nPhysical therapy x 6 weeks so far, slow gains.\n")
    assert therapy([during, NEW]).weeks == 6


def test_a_therapys_own_verb_dates_its_start():
    note = (dt.date(2026, 11, 27), "HPI: Seen by her PCP on 09/28: PT started 10/05 "
            "(twice weekly through 11/16), no change.\n")
    value = therapy([note])
    assert (value.start, value.end) == (dt.date(2026, 10, 5), dt.date(2026, 11, 16))
    # look-alike: a date before the therapy with no event of its own is still its start
    plain = (dt.date(2026, 11, 27), "HPI: Since 10/05 PT twice weekly, no change.\n")
    assert therapy([plain]).start == dt.date(2026, 10, 5)
