"""After spine surgery a deficit is read as what the operation left unless the notes call it
new or changing (rules/SCHEMA.md `called_new`): NIA's "new or changing neurological deficits
... post-operatively" and eviCore's new-deficit red flags."""

import json

import pytest

from spinecite.review import review_case_file

POST_OP = ("Neurosurgery post-op visit 11/20/2026\n66F s/p L4-5 laminectomy and fusion on "
           "10/02/2026. {course} R leg pain and R foot weakness. Incision healing "
           "well, afebrile.\nExam: R TA 3/5, R EHL 3/5. Sensation decreased R L5 "
           "distribution.\nPlan: MRI lumbar spine with and without contrast.\n")


def _outcomes(tmp_path, text, nlp):
    case = {"case_id": "p", "received_date": "2026-11-20", "patient": {"age": 66, "sex": "F"},
            "request": {"cpt": ["72148"]},
            "documents": [{"id": "note", "date": "2026-11-20", "text": text}]}
    path = tmp_path / "p.case.json"
    path.write_text(json.dumps(case))
    result = review_case_file(path, nlp=nlp)
    return {d.guideline: d.outcome for d in result.determinations}


@pytest.mark.parametrize("course", ["Doing well until 1 week ago when she developed new",
                                    "Since Monday she has new"])
def test_a_deficit_called_new_after_surgery_meets_the_post_operative_lines(tmp_path, nlp,
                                                                           course):
    outcomes = _outcomes(tmp_path, POST_OP.format(course=course), nlp)
    assert outcomes["nia-lumbar-mri"] == "met"
    assert outcomes["evicore-spine"] == "met"


def test_a_deficit_not_called_new_after_surgery_stays_with_the_reviewer(tmp_path, nlp):
    outcomes = _outcomes(tmp_path, POST_OP.format(course="She still has the"), nlp)
    assert outcomes["nia-lumbar-mri"] == "not_met"
    assert outcomes["evicore-spine"] == "not_met"
