"""Properties a reviewer relies on, over generated input (hypothesis)."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPORA
from spinecite.extractors.models import ASSERTIONS, Evidence, Finding, TherapyValue
from spinecite.pipeline.resources import codes
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all
from spinecite.review import review_case_file

CODES = sorted(codes())
ALL_CPT = sorted({c for g in load_all().values() for c in g.governs})


def test_same_case_same_result_byte_for_byte(nlp):
    for path in sorted((CORPORA / "dev").glob("*.case.json"))[:8]:
        first = review_case_file(path, nlp=nlp).model_dump_json()
        second = review_case_file(path, nlp=nlp).model_dump_json()
        assert first == second, path.name


finding = st.builds(
    lambda code, assertion, weeks: Finding(
        code=code, assertion=assertion,
        value=TherapyValue(weeks=weeks, outcome="failed", end=dt.date(2026, 1, 1))
        if codes()[code]["value"] == "therapy" else None,
        evidence=[Evidence(document="d", start=0, end=1, text="x")]),
    st.sampled_from(CODES), st.sampled_from(ASSERTIONS),
    st.one_of(st.none(), st.floats(min_value=0, max_value=30)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(findings=st.lists(finding, max_size=12), cpt=st.sampled_from(ALL_CPT),
       age=st.one_of(st.none(), st.integers(min_value=1, max_value=95)))
def test_met_always_rests_on_evidence(findings, cpt, age):
    facts = CaseFacts(dt.date(2026, 3, 1), age, tuple(findings))
    for guideline in load_all().values():
        d = evaluate(guideline, cpt, facts)
        indications = {e.id for e in guideline.indications}
        met = [c for c in d.criteria if c.id in indications and c.result == "met"]
        if d.outcome == "met":
            assert met and all(c.evidence for c in met), (guideline.id, cpt)
            assert d.basis and not d.missing
        elif d.outcome == "not_met":
            assert d.missing and not d.basis


def test_a_finding_without_evidence_cannot_exist():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Finding(code="foot_drop", assertion="present", evidence=[])
