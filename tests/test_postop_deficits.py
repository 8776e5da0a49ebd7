"""After spine surgery a deficit is read as what the operation left unless the notes call it
new or changing (rules/SCHEMA.md `called_new`): NIA's "new or changing neurological deficits
... post-operatively" and eviCore's new-deficit red flags."""

import pytest

POST_OP = ("Neurosurgery post-op visit 11/20/2026\n66F s/p L4-5 laminectomy and fusion on "
           "10/02/2026. {course} R leg pain and R foot weakness. Incision healing "
           "well, afebrile.\nExam: R TA 3/5, R EHL 3/5. Sensation decreased R L5 "
           "distribution.\nPlan: MRI lumbar spine with and without contrast.\n")


def _outcomes(review_note, text):
    return {d.guideline: d.outcome for d in review_note(text, age=66).determinations}


@pytest.mark.parametrize("course", ["Doing well until 1 week ago when she developed new",
                                    "Since Monday she has new"])
def test_a_deficit_called_new_after_surgery_meets_the_post_operative_lines(review_note, course):
    outcomes = _outcomes(review_note, POST_OP.format(course=course))
    assert outcomes["nia-lumbar-mri"] == "met"
    assert outcomes["evicore-spine"] == "met"


def test_a_deficit_not_called_new_after_surgery_stays_with_the_reviewer(review_note):
    outcomes = _outcomes(review_note, POST_OP.format(course="She still has the"))
    assert outcomes["nia-lumbar-mri"] == "not_met"
    assert outcomes["evicore-spine"] == "not_met"
