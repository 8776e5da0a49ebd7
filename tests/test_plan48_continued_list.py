"""plan48: the reach of "continue" over a Plan's comma list (ANNOTATION "Advice in the Plan",
"Continued in the Plan").

- "Plan: continue naproxen, heat, avoid heavy lifting x 2 wk": "continue" goes on with what
  it names; an activity modification later in its list is continued only when the note gives
  it as followed outside the Plan - one named nowhere before is advice first given today
  (hypothetical).
- A modification a Plan names with no cue of its own, that an earlier (or same-day) document
  of the case gives as followed, is kept up (present), as inside one note; the earlier
  document's own Plan advice stays planned."""
import datetime as dt

import pytest

from spinecite.pipeline import process
from spinecite.pipeline.across_documents import assert_across_documents
from spinecite.pipeline.assertion import modification_things
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.resources import load_json

AM = "activity_modification"


def _am_spans(note, nlp):
    doc = process(note, dt.date(2026, 11, 2), nlp=nlp)
    return {s.text.lower(): s._.assertion for s in doc.spans.get(SPAN_GROUP, [])
            if s.label_ == AM}


@pytest.mark.parametrize("note, new", [
    # invented wording: a list opened by "continue" that goes on into new advice
    ("HPI: Mid back strain lifting a kayak 8 days ago. Uses a heating pad nightly, "
     "naproxen 220 mg twice a day.\n\nPlan:\n- Continue naproxen with food, heat, avoid "
     "heavy lifting for 3 weeks.\n- Recheck in 3 weeks.\n", "avoid heavy lifting"),
    ("HPI: Neck ache 2 weeks after a long drive. Takes ibuprofen at night.\n\n"
     "A/P: Cervical strain.\n- Cont ibuprofen 400 mg TID prn, heat.\n- Recheck 4 wks.\n",
     "heat"),
])
def test_new_advice_after_a_continued_item_is_planned(nlp, note, new):
    spans = _am_spans(note, nlp)
    assert spans.get(new) == "hypothetical", spans


@pytest.mark.parametrize("note, kept", [
    # the history's heating pad: the list's heat goes on with it
    ("HPI: Mid back strain lifting a kayak 8 days ago. Uses a heating pad nightly, "
     "naproxen 220 mg twice a day.\n\nPlan:\n- Continue naproxen with food, heat, avoid "
     "heavy lifting for 3 weeks.\n- Recheck in 3 weeks.\n", "heat"),
    # the item "continue" names first is continued
    ("HPI: Low back strain, 10 days. Using heat.\n\nPlan:\n- Continue heat, "
     "walking daily.\n", "heat"),
    # a modification the note already tells, named again in other words ("modifications")
    ("HPI: Desk worker, 3 months of low back pain. Since October she has made work "
     "modifications (sit-stand desk).\nA: Chronic axial low back pain despite NSAID and "
     "activity modification.\nP: MRI. Continue naproxen, work modifications.\n",
     "work modifications"),
])
def test_a_continued_list_item_the_note_already_tells_is_kept_up(nlp, note, kept):
    spans = _am_spans(note, nlp)
    assert spans.get(kept) == "present", spans


def test_modification_things_drop_plurals_and_function_words():
    rule = load_json("assertion_policy.json")["continued_list"]
    assert modification_things("work modifications", rule) == {"modification"}
    assert modification_things("activity modification", rule) >= {"modification"}
    assert "heat" in modification_things("heat 15 min after work", rule)


EARLIER = ("PRE-PROCEDURE H&P 10/20/2026\nHPI: 51M, axial low back pain since summer.\n"
           "Treatment to date: ibuprofen 600 prn, heating pad.\n")
LATER = ("FOLLOW-UP 11/02/2026\nS: Back pain back to baseline 5/10.\n"
         "Plan:\n- Cont ibuprofen prn, heat\n- Recheck 6 wks\n")


def _docs(nlp, earlier_date, later_date):
    out = []
    for name, text, date in (("hp", EARLIER, earlier_date), ("fu", LATER, later_date)):
        doc = process(text, date, nlp=nlp)
        doc._.document_date = doc._.document_date or date
        out.append((name, doc))
    return out


def _heat(docs):
    return [s._.assertion for name, doc in docs if name == "fu"
            for s in doc.spans.get(SPAN_GROUP, []) if s.label_ == AM
            and s.text.lower() == "heat"]


def test_a_plan_modification_followed_in_an_earlier_document_is_kept_up(nlp):
    docs = _docs(nlp, dt.date(2026, 10, 20), dt.date(2026, 11, 2))
    assert _heat(docs) == ["hypothetical"]  # the follow-up alone tells no heat before
    assert_across_documents(docs)
    assert _heat(docs) == ["present"]


def test_a_later_document_does_not_keep_up_an_earlier_plan(nlp):
    # the follow-up is dated before the H&P: its Plan's heat was given first - planned
    docs = _docs(nlp, dt.date(2026, 11, 20), dt.date(2026, 11, 2))
    assert_across_documents(docs)
    assert _heat(docs) == ["hypothetical"]
