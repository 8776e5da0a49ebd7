"""AIM's repeat-imaging exclusion asks for treatment "since the previous study" of the same
anatomic area: a course begun after the cervical MRI is treatment since it, whatever a later
lumbar MRI shows. A prior study of another stated region is not the previous study; one whose
region the notes do not state may be, so it still bounds the course (the cautious reading:
the exclusion, which only routes to a clinician, keeps firing)."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, ImagingValue, TherapyValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 11, 30)


def _said(code, text, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def _study(code, region, when):
    return _said(code, f"{region or 'spine'} study",
                 value=ImagingValue(date=when, region=region, result="abnormal"))


def _exclusion(region, cpt, *extra):
    facts = CaseFacts(RECEIVED, 47, (_said("symptom_progression", "no change", "absent"),
                                     *extra))
    decision = evaluate(load_all()["aim-spine"], cpt, facts)
    return next(c for c in decision.criteria
                if c.id == f"aim-spine.excl.repeat-imaging.{region}").result


NECK_MRI = _study("prior_mri", "cervical", dt.date(2026, 1, 15))
# begun in March, after the January neck MRI
CHIRO = _said("chiropractic_care", "chiropractor",
              value=TherapyValue(start=dt.date(2026, 3, 2), end=dt.date(2026, 4, 24)))


def test_a_later_study_of_another_region_does_not_hide_a_course_since_the_neck_mri():
    low_back_ct = _study("prior_ct", "lumbar", dt.date(2026, 6, 8))
    assert _exclusion("cervical", "72141", NECK_MRI, CHIRO) == "not_met"
    assert _exclusion("cervical", "72141", NECK_MRI, CHIRO, low_back_ct) == "not_met"
    thoracic_mri = _study("prior_mri", "thoracic", dt.date(2026, 9, 1))
    assert _exclusion("cervical", "72141", NECK_MRI, CHIRO, thoracic_mri) == "not_met"


def test_a_later_study_of_the_same_region_still_bounds_the_course():
    # look-alike: a second neck study after the course: no treatment since that one
    second = _study("prior_ct", "cervical", dt.date(2026, 6, 8))
    assert _exclusion("cervical", "72141", NECK_MRI, CHIRO, second) == "met"


def test_a_later_study_of_unstated_region_still_bounds_the_course():
    # it may be of the neck: the cautious reading keeps the exclusion
    somewhere = _study("prior_mri", None, dt.date(2026, 6, 8))
    assert _exclusion("cervical", "72141", NECK_MRI, CHIRO, somewhere) == "met"


def test_the_lumbar_line_reads_the_same_way():
    back_mri = _study("prior_mri", "lumbar", dt.date(2026, 2, 1))
    pt = _said("physical_therapy", "PT",
               value=TherapyValue(start=dt.date(2026, 4, 6), weeks=6))
    later_neck = _study("prior_mri", "cervical", dt.date(2026, 8, 20))
    assert _exclusion("lumbar", "72148", back_mri, pt, later_neck) == "not_met"
    later_back = _study("prior_mri", "lumbar", dt.date(2026, 8, 20))
    assert _exclusion("lumbar", "72148", back_mri, pt, later_back) == "met"
