"""AIM's repeat-imaging exclusion ("Repeated diagnostic testing of the same anatomic area based
on persistent symptoms with no clinical change, treatment, or intervention since the previous
study"): a conservative course dated after the previous study is treatment since it, in every
region; a course before the study, or one the notes do not date, is not. A planned operation
is no treatment given since the study: AIM names presurgical planning only in its trauma,
scoliosis and SIH lines, so the exclusion still routes such a request to a clinician."""

import datetime as dt

import pytest

from spinecite.extractors.models import (Evidence, Finding, ImagingValue, ProcedureValue,
                                         TherapyValue)
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 30)
STUDY = dt.date(2026, 3, 12)


def _said(code, text, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def _exclusion(region, cpt, extra=()):
    study = _said("prior_mri", f"{region} MRI",
                  value=ImagingValue(date=STUDY, region=region, result="abnormal"))
    facts = CaseFacts(RECEIVED, 58, (study, _said("symptom_progression", "no change", "absent"),
                                     *extra))
    decision = evaluate(load_all()["aim-spine"], cpt, facts)
    return next(c for c in decision.criteria
                if c.id == f"aim-spine.excl.repeat-imaging.{region}").result


REGIONS = [("cervical", "72141"), ("thoracic", "72146"), ("lumbar", "72148")]


@pytest.mark.parametrize("region, cpt", REGIONS)
def test_a_course_after_the_study_breaks_it_in_every_region(region, cpt):
    assert _exclusion(region, cpt) == "met"
    pt = _said("physical_therapy", "PT",
               value=TherapyValue(start=dt.date(2026, 5, 4), end=dt.date(2026, 6, 26)))
    assert _exclusion(region, cpt, (pt,)) == "not_met"


@pytest.mark.parametrize("code", ["chiropractic_care", "oral_steroid", "nsaid",
                                  "neuropathic_agent", "muscle_relaxant", "analgesic"])
def test_a_medicine_or_manual_course_started_after_the_study_breaks_it(code):
    started = _said(code, "course", value=TherapyValue(start=dt.date(2026, 7, 1)))
    assert _exclusion("lumbar", "72148", (started,)) == "not_met"
    # the same course begun before the study and not said to have ended is no new treatment
    before = _said(code, "course", value=TherapyValue(start=dt.date(2025, 10, 1)))
    assert _exclusion("lumbar", "72148", (before,)) == "met"


def test_an_injection_after_the_study_breaks_it_past_the_recent_procedure_window():
    # given in May, six months before the request: no "recent" procedure, still since the study
    esi = _said("epidural_steroid_injection", "ESI",
                value=ProcedureValue(date=dt.date(2026, 5, 20)))
    assert _exclusion("lumbar", "72148", (esi,)) == "not_met"
    earlier = _said("epidural_steroid_injection", "ESI",
                    value=ProcedureValue(date=dt.date(2025, 12, 2)))
    assert _exclusion("lumbar", "72148", (earlier,)) == "met"


def test_a_course_before_the_study_under_way_at_it_or_undated_does_not():
    ended = _said("physical_therapy", "PT",
                  value=TherapyValue(start=dt.date(2025, 9, 1), end=dt.date(2025, 11, 15)))
    under_way = _said("physical_therapy", "PT",
                      value=TherapyValue(start=dt.date(2026, 2, 2), end=dt.date(2026, 4, 10)))
    undated = _said("physical_therapy", "PT", value=TherapyValue(weeks=8))
    bare = _said("chiropractic_care", "chiropractor")
    for course in (ended, under_way, undated, bare):
        assert _exclusion("cervical", "72141", (course,)) == "met"


def test_a_course_dated_by_its_end_and_length_began_after_the_study():
    # eight weeks ending 10/30: begun in early September, after the March study
    late = _said("physical_therapy", "PT",
                 value=TherapyValue(weeks=8, end=dt.date(2026, 10, 30)))
    assert _exclusion("thoracic", "72146", (late,)) == "not_met"
    # twenty-eight weeks ending in April: begun in October, before it
    long = _said("physical_therapy", "PT",
                 value=TherapyValue(weeks=28, end=dt.date(2026, 4, 20)))
    assert _exclusion("thoracic", "72146", (long,)) == "met"


def test_a_course_only_planned_or_denied_does_not():
    planned = _said("physical_therapy", "PT", "hypothetical",
                    value=TherapyValue(start=dt.date(2026, 12, 7)))
    denied = _said("physical_therapy", "PT", "absent")
    assert _exclusion("cervical", "72141", (planned,)) == "met"
    assert _exclusion("cervical", "72141", (denied,)) == "met"


def test_a_planned_operation_is_no_treatment_since_the_study():
    plan = _said("intervention_planned", "C5-6 ACDF discussed")
    assert _exclusion("cervical", "72141", (plan,)) == "met"


def _repeat_of(review_note, text, cpt):
    result = review_note(text, cpt=cpt)
    aim = next(d for d in result.determinations if d.guideline == "aim-spine")
    return next(c.result for c in aim.criteria if c.id.startswith("aim-spine.excl.repeat"))


NECK = ("Chief complaint: neck pain with right arm tingling.\n"
        "HPI: Cervical MRI dated 03/10/2026 showed a C5-6 disc bulge. {course} "
        "No change in her symptoms since then.\nPlan: repeat MRI cervical spine.")


def test_a_note_that_dates_pt_after_its_mri(review_note):
    after = "She then did physical therapy from 05/2026 to 07/2026 without relief."
    assert _repeat_of(review_note, NECK.format(course=after), "72141") == "not_met"


def test_a_note_with_pt_before_its_mri_or_undated_pt(review_note):
    before = "Physical therapy from 09/2025 to 11/2025 did not help."
    undated = "She has done physical therapy without relief."
    for course in (before, undated):
        assert _repeat_of(review_note, NECK.format(course=course), "72141") == "met"


def test_a_lumbar_note_with_a_medicine_started_after_its_mri(review_note):
    note = ("Low back pain radiating to the left leg for a year. Lumbar MRI 02/2026: L4-5 "
            "protrusion. Gabapentin started 06/01/2026 for the leg pain, minimal benefit. Pain "
            "is stable, no change since the last visit.\nPlan: MRI lumbar spine without contrast.")
    assert _repeat_of(review_note, note, "72148") == "not_met"
    assert _repeat_of(review_note, note.replace("Gabapentin started 06/01/2026 for the leg "
                                                "pain, minimal benefit. ", ""), "72148") == "met"


def test_a_progression_since_the_study_still_breaks_it():
    # a study six weeks old with nothing else said is a repeat with no clinical change ...
    recent = _said("prior_mri", "cervical MRI",
                   value=ImagingValue(date=dt.date(2026, 10, 19), region="cervical",
                                     result="abnormal"))
    pain = _said("neck_pain", "neck pain")

    def excluded(*extra):
        decision = evaluate(load_all()["aim-spine"], "72141",
                            CaseFacts(RECEIVED, 58, (recent, pain, *extra)))
        return next(c for c in decision.criteria
                    if c.id == "aim-spine.excl.repeat-imaging.cervical").result

    assert excluded() == "met"
    # ... and a worsening since is the clinical change, with or without a course
    assert excluded(_said("symptom_progression", "arm numbness has worsened")) == "not_met"
