"""Determinations built without pydantic's validation in the evaluator's hot loop are valid."""

from conftest import CORPORA
from spinecite.review import review_case_file
from spinecite.rules.models import Determination


def test_every_dev_determination_validates_against_the_contract_model(nlp):
    paths = sorted((CORPORA / "dev").glob("*.case.json"))
    assert len(paths) >= 60
    criteria = 0
    for path in paths:
        for determination in review_case_file(path, nlp=nlp).determinations:
            dumped = determination.model_dump_json()
            # validation rejects a wrong type anywhere in the tree; the JSON must survive it
            assert Determination.model_validate_json(dumped).model_dump_json() == dumped, \
                path.name
            criteria += len(determination.criteria)
    assert criteria > 500


def test_a_document_with_no_study_requested_is_urgent_when_its_notes_raise_a_red_flag(nlp, tmp_path):
    import datetime as dt

    from spinecite.review import review_document_file
    urgent = tmp_path / "ed.txt"
    urgent.write_text("ED NOTE\nHPI: 2 days of low back pain, now new urinary retention and "
                      "numbness in the saddle area. Concern for cauda equina syndrome.\n")
    routine = tmp_path / "clinic.txt"
    routine.write_text("CLINIC NOTE\nHPI: 3 weeks of low back pain after gardening. Denies "
                       "bowel or bladder changes, denies saddle numbness.\n")
    received = dt.date(2026, 3, 2)
    result = review_document_file(urgent, [], received, nlp=nlp)
    assert result.determinations == [] and result.priority == "urgent"
    assert "contract-red-flags.cauda-equina" in [r.id for r in result.red_flags]
    result = review_document_file(routine, [], received, nlp=nlp)
    assert result.priority == "routine" and result.red_flags == []
