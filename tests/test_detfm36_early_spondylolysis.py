"""eviCore SP-8.1 "Note: MRI is not appropriate in the early diagnosis of spondylolysis due to
the potential for false negative results." (session 36, detfm36; e311 eviCore false met): an
MRI asked while the pars defect is only suspected is excluded - dev gold reads it so in 15 of
16 such lumbar MRI requests (d069, d203, d249, d267, d302, e214, e311 ...). Near-misses: a CT
(the study SP-8.1 names), a diagnosed pars defect, and the same note with no suspected pars
(its failed trial still meets SP-5.1)."""

import json

import pytest


def _review(tmp_path, nlp, text, cpt="72148"):
    from spinecite.review import review_case_file

    case = {"case_id": "p", "received_date": "2026-12-01", "patient": {"age": 16, "sex": "F"},
            "request": {"cpt": [cpt], "guidelines": ["evicore-spine"]},
            "documents": [{"id": "note", "date": "2026-11-30", "text": text}]}
    path = tmp_path / "p.case.json"
    path.write_text(json.dumps(case))
    result = review_case_file(path, nlp=nlp)
    return {d.guideline: d for d in result.determinations}["evicore-spine"]


def _note(assessment):
    return ("SPORTS MEDICINE CLINIC   11/30/2026\n16 y/o F diver.\n"
            "HPI: 10 weeks of right low back pain with extension. Held out of diving since 10/05. "
            "PT 10/12/2026 - 11/23/2026, 6 weeks, 2x/wk, core stabilization - failed, pain unchanged. "
            "No radiation, no numbness, no weakness, no bowel or bladder change.\n"
            "Exam: stork test positive on the right. Strength 5/5, reflexes 2+, sensation intact, "
            "SLR negative.\n"
            "XR lumbar spine with obliques 10/06/2026: no pars defect seen, no spondylolisthesis.\n"
            f"Assessment: {assessment}\nPlan: MRI lumbar spine.\n")


SUSPECTED = "Suspected right L5 spondylolysis, failed 6 weeks of PT."


def test_an_mri_for_a_suspected_pars_defect_is_excluded(tmp_path, nlp):
    det = _review(tmp_path, nlp, _note(SUSPECTED))
    assert det.outcome == "not_met"
    assert "evicore-spine.excl.mri-early-spondylolysis" in {
        c.id for c in det.criteria if c.result == "met"}


def test_a_ct_for_a_suspected_pars_defect_is_not_this_exclusion(tmp_path, nlp):
    det = _review(tmp_path, nlp, _note(SUSPECTED), cpt="72131")
    assert "evicore-spine.excl.mri-early-spondylolysis" not in {
        c.id for c in det.criteria if c.result == "met"}


def test_a_failed_trial_with_no_suspected_pars_stays_met(tmp_path, nlp):
    det = _review(tmp_path, nlp, _note("Mechanical low back pain, failed 6 weeks of PT."))
    assert det.outcome == "met"
