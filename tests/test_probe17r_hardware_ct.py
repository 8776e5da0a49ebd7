"""NIA lumbar CT, post-operative: "New or changing neurological deficits or symptoms
post-operatively", read with the reason the section's header gives CT for ("CT best examination
to assess for hardware complication, extent of fusion"): worse pain after a fusion whose film
shows it may have failed is met at any time after the operation (probe17 c40). Worse pain
alone, or a film that shows a healed fusion, is not."""

import pytest

NOTE = ("Spine follow-up. 71 yo F, L4-S1 posterior instrumented fusion in 2023. {pain} "
        "Strength 5/5, reflexes symmetric. Lumbar x-rays with flexion-extension views today: "
        "{film}. Plan: CT lumbar spine.")


def _nia_ct(review_note, pain, film):
    result = review_note(NOTE.format(pain=pain, film=film), age=71, cpt="72131")
    return next(d.outcome for d in result.determinations if d.guideline == "nia-lumbar-ct")


@pytest.mark.parametrize("want, pain, film", [
    ("met", "Her right buttock and leg pain has been getting worse since the summer.",
     "halo of lucency around both S1 screws"),
    ("met", "Increasing low back pain over the last two months.",
     "2 mm of motion at L5-S1 on flexion, concerning for nonunion"),
    # look-alikes: the film shows a healed fusion; the pain is no worse
    ("not_met", "Her right buttock and leg pain has been getting worse since the summer.",
     "solid bony fusion, hardware intact"),
    ("not_met", "Low back ache, about the same as at her last visit.",
     "halo of lucency around both S1 screws"),
])
def test_worse_pain_after_a_fusion_that_may_have_failed_meets_the_line(review_note, want, pain,
                                                                       film):
    assert _nia_ct(review_note, pain, film) == want
