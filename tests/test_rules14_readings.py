"""Readings of the rules traced on the dev determinations of session 14 (rules14): each test
writes its own findings and sentences, with a look-alike that must not change."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding, TherapyValue
from spinecite.rules.evaluator import CaseFacts, evaluate, red_flags
from spinecite.rules.ruleset import load_all, load_red_flags

RECEIVED = dt.date(2026, 3, 1)
LUMBAR_MRI = "72148"
AIM_LBP = "aim-spine.low-back-pain.adult-failed-conservative"


def span(text, note, doc="d"):
    start = note.index(text)
    return Evidence(document=doc, start=start, end=start + len(text), text=text)


def found(code, text, note, assertion="present", value=None):
    """A finding whose evidence is the first occurrence of `text` in `note`."""
    return Finding(code=code, assertion=assertion, value=value, document_date=RECEIVED,
                   evidence=[span(text, note)])


def facts(note, *findings, age=47):
    return CaseFacts(RECEIVED, age, findings, document_dates=(("d", RECEIVED),),
                     texts=(("d", note),))


def result_of(case, entry_id, guideline="aim-spine"):
    determination = evaluate(load_all()[guideline], LUMBAR_MRI, case)
    return next(c.result for c in determination.criteria if c.id == entry_id)


# --- a treatment the notes say was never had: a bare mention of it is no course rendered ---

def _lbp_case(note, pt_mention, pt_denial, pt_value=None):
    """Axial low back pain, eight weeks of failed massage-free chiropractic care and naproxen,
    a facet injection planned; PT named once with `pt_value` and denied by `pt_denial`."""
    return facts(
        note,
        found("low_back_pain", "low back pain", note),
        found("intervention_planned", "facet injection", note),
        found("nsaid", "naproxen", note,
              value=TherapyValue(weeks=8, outcome="failed", start=dt.date(2026, 1, 2))),
        found("chiropractic_care", "chiropractor", note,
              value=TherapyValue(weeks=8, outcome="failed", start=dt.date(2026, 1, 2))),
        found("physical_therapy", pt_mention, note, value=pt_value),
        found("physical_therapy", pt_denial, note, assertion="absent"),
    )


NEVER_NOTE = ("Chronic low back pain. Eight weeks with a chiropractor and naproxen, no relief. "
              "He picked the chiropractor rather than PT because of the drive. "
              "He has never done physical therapy. Plan: facet injection.")


def test_a_bare_mention_does_not_outweigh_never_had():
    case = _lbp_case(NEVER_NOTE, "PT", "physical therapy")
    assert case.never_had == {id(case.of_code("physical_therapy")[0])}
    # AIM's conservative management must include PT or a PT/physician-directed home program:
    # a chiropractor's care and an NSAID are complementary only
    assert result_of(case, AIM_LBP) != "met"


LOOK_ALIKES = [
    # "no PT at the moment" denies nothing of the past
    (NEVER_NOTE.replace("He has never done physical therapy",
                        "No physical therapy at the moment"), None),
    # "never had PT before" beside a dated, failed course of PT
    ("Chronic low back pain. Never had physical therapy before this winter; PT twice weekly "
     "since 01/05 with a chiropractor and naproxen, no relief. Plan: facet injection.",
     TherapyValue(weeks=7, outcome="failed", start=dt.date(2026, 1, 5))),
]


@pytest.mark.parametrize("note, pt_value", LOOK_ALIKES)
def test_a_denial_for_now_or_a_course_of_its_own_leaves_the_mention(note, pt_value):
    case = _lbp_case(note, "PT", "physical therapy", pt_value=pt_value)
    assert case.never_had == frozenset()
    assert result_of(case, AIM_LBP) == "met"


DENIALS = [
    # the lifetime denial is of injections; "no PT this month" denies nothing of the past
    ("No physical therapy this month; never had an injection", False),
    # "never had surgery, no PT since the spring" denies the surgery for life, not the PT
    ("Never had surgery, no physical therapy since the spring", False),
    # the same denial in its own words reaches the PT
    ("Never had surgery or physical therapy", True),
]


@pytest.mark.parametrize("denial, set_aside", DENIALS)
def test_never_reaches_only_its_own_clause(denial, set_aside):
    note = NEVER_NOTE.replace("He has never done physical therapy", denial)
    case = _lbp_case(note, "PT", "physical therapy")
    bare = {id(case.of_code("physical_therapy")[0])}
    assert case.never_had == (bare if set_aside else frozenset())


# --- a sphincter complaint the latest note explains by a cause outside the spine ---

def raised(case):
    return {r.id.rsplit(".", 1)[-1] for r in red_flags(load_red_flags(), case)}


def _bladder(note, *texts, doc="d"):
    return Finding(code="bladder_dysfunction", assertion="present", document_date=RECEIVED,
                   evidence=[span(t, note, doc) for t in texts])


CYSTITIS_NOTE = ("HPI: lumbar strain after moving a sofa. Urinary frequency and hesitancy "
                 "since Sunday, with burning. Assessment: the urinary frequency is most likely "
                 "due to cystitis (dipstick nitrite positive); saddle sensation normal.")


def test_a_complaint_the_note_explains_by_cystitis_is_no_red_flag():
    case = facts(CYSTITIS_NOTE, _bladder(CYSTITIS_NOTE, "Urinary frequency and hesitancy",
                                         "urinary frequency is"))
    assert "cauda-equina" not in raised(case)


def test_a_negated_or_spinal_explanation_still_raises_the_flag():
    for cause in ("is not explained by cystitis", "is due to the herniated disc"):
        note = CYSTITIS_NOTE.replace("is most likely due to cystitis", cause)
        case = facts(note, _bladder(note, "Urinary frequency and hesitancy",
                                    "urinary frequency is"))
        assert "cauda-equina" in raised(case), cause


def test_an_earlier_notes_explanation_does_not_settle_a_later_retention():
    first = "Urinary frequency, likely from a UTI; nitrofurantoin."
    later = "Now cannot void since last night; bladder scan 650 mL, urinary retention."
    case = CaseFacts(RECEIVED, 61, (Finding(
        code="bladder_dysfunction", assertion="present", document_date=RECEIVED,
        evidence=[span("Urinary frequency", first, "a"), span("urinary retention", later, "b")]),),
        document_dates=(("a", RECEIVED - dt.timedelta(days=9)), ("b", RECEIVED)),
        texts=(("a", first), ("b", later)))
    assert "cauda-equina" in raised(case)
    # and the same explanation in the latest note settles it
    case = CaseFacts(RECEIVED, 61, case.findings,
                     document_dates=(("a", RECEIVED), ("b", RECEIVED - dt.timedelta(days=9))),
                     texts=case.texts)
    assert "cauda-equina" not in raised(case)

