"""eviCore's "failure ... following a recent (within 3 months) six week trial of
provider-directed treatment" when the requesting clinician calls the care failed while a
course of six weeks or more runs: "PT 2x/week since 9/22 (8 weeks) ... Assessment: L S1
radiculopathy, failed conservative care" was left to a reviewer (the failure had no weeks, the
course no failed outcome; found by probing). The NSAID runs ten days only, so that PT's weeks decide
(an NSAID "since September" is itself a six-week provider-directed trial)."""

import pytest

_NOTE = ("Physiatry 11/20/2026\n52M LBP radiating to L calf x 9 weeks.\nTreatment so far: "
         "{course}, ibuprofen 800 TID since 11/10.\nExam: L ankle plantarflexion 4/5, absent "
         "L Achilles reflex, decreased sensation L lateral foot.\nAssessment: L S1 "
         "radiculopathy, {verdict}.\nPlan: MRI L-spine.\n")


def _evicore(review_note, course, verdict):
    result = review_note(_NOTE.format(course=course, verdict=verdict), age=52)
    return next(d for d in result.determinations if d.guideline == "evicore-spine").outcome


def test_care_called_failed_during_an_eight_week_course(review_note):
    assert _evicore(review_note, "PT 2x/week since 9/22 (8 weeks)",
                    "failed conservative care") == "met"


@pytest.mark.parametrize("course, verdict", [
    ("PT 2x/week since 10/20 (4 weeks)", "failed conservative care"),  # too short
    ("PT 2x/week since 9/22 (8 weeks)", "improving with conservative care"),
])
def test_not_when_the_course_is_short_or_not_called_failed(review_note, course, verdict):
    assert _evicore(review_note, course, verdict) == "not_met"
