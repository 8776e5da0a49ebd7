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
