"""Cohere "Postoperative with new or worsening neurological symptoms": a deficit the notes say
was there before surgery, or call residual, is not taken as new because it is recorded within
three months of the operation (probe19b t03); a worsening beside a long-standing peripheral
neuropathy is a reviewer's (h02); a deficit the notes do not call old, weeks after the
operation, stays new."""

import pytest

LINE = "cohere-ct-spine.post-operative.new-or-worsening-neuro"


def _line(result):
    d = next(d for d in result.determinations if d.guideline == "cohere-ct-spine")
    return next(c for c in d.criteria if c.id == LINE)


@pytest.mark.parametrize("exam, want", [
    # as before the operation, or residual: not taken as new (the line's own judgment of
    # newness is left, for a reviewer)
    ("Right EHL 4/5, as it was before surgery. Sensation intact.", "unknown"),
    ("Residual decreased sensation over the dorsum of the right foot, slowly improving.",
     "unknown"),
    ("Right EHL 4/5, as pre-op. Right ankle jerk absent.", "unknown"),
    # nothing says it is old: within three months of the operation it is taken as new
    ("Right EHL 4/5, right tibialis anterior 4/5.", "met"),
])
def test_a_deficit_as_before_surgery_is_not_new(review_note, exam, want):
    note = ("Spine clinic 11/20/2026. 55 yo F, 6 weeks after right L4-5 microdiscectomy "
            f"(10/09/2026). Right leg tingling. Exam: {exam} Plan: CT lumbar spine.")
    assert _line(review_note(note, age=55, cpt="72131")).result == want


@pytest.mark.parametrize("neuropathy, want", [
    ("Long-standing diabetic peripheral neuropathy with numb feet for years. ", "unknown"),
    ("", "met"),
])
def test_a_worsening_beside_a_neuropathy_is_a_reviewers(review_note, neuropathy, want):
    note = ("Clinic 11/20/2026. 68 yo M, L3-4 laminectomy in 2017. Over two months his back "
            f"ache and the tingling in both feet have gradually worsened. {neuropathy}"
            "Ankle reflexes absent bilaterally. Plan: CT lumbar spine.")
    assert _line(review_note(note, age=68, cpt="72131")).result == want
