"""A finding test is made once a case, shared by the red flags, every guideline and the
lenient urgency pass (perf20), except where its outcome reads what differs between them: the
requested study (`same_region`, `begun_after`, a `where` on the requested region),
`ignore_doubt` (`unless`), or the signs of its code a guideline sets aside.

The shared path must give exactly what each evaluation gives on facts of its own (nothing
shared): the result JSON of every determination and of the red flags, byte for byte."""

import datetime as dt

import pytest

from spinecite.rules import evaluator
from spinecite.rules.evaluator import CaseFacts, _Evaluator, _static, evaluate, red_flags
from spinecite.rules.ruleset import FindingNode, LogicNode, load_all, load_red_flags

RECEIVED = dt.date(2026, 3, 2)

# an operation on the neck, asked of both the neck and the low back (`same_region`)
CERVICAL_FUSION = ("History: C5-6 ACDF in 2019. Now three weeks of neck pain radiating into "
                   "the right arm, with new right triceps weakness 4/5 and numbness of the "
                   "right middle finger. Also low back pain for 10 weeks despite 6 weeks of "
                   "physical therapy and naproxen.")
# an alarm the same note disputes (`unless`, the lenient pass) and a course begun after a study
DISPUTED = ("Chief complaint: low back pain for four days. Reports new urinary retention "
            "this morning; later denies any bladder problems. Lumbar MRI 01/05/2026 showed a "
            "disc herniation at L4-5. Started gabapentin on 01/20/2026 and 6 weeks of physical "
            "therapy since, without relief. Exam: left EHL 4/5, absent left ankle reflex.")
# signs held only as a review of systems' answers (a guideline's `no_sign_sections`)
REVIEW_OF_SYSTEMS = ("ROS: Neuro: positive for weakness and numbness. Musculoskeletal: "
                     "positive for back pain.\nExam: strength 5/5 throughout, reflexes 2+ "
                     "and symmetric. Low back pain for 8 weeks after a fall, failed 6 weeks "
                     "of chiropractic care.")
NOTES = [CERVICAL_FUSION, DISPUTED, REVIEW_OF_SYSTEMS]
CPTS = ("72141", "72148", "72131", "72146")


def _facts(findings_of, note):
    _, result = findings_of(note, RECEIVED)
    return CaseFacts(RECEIVED, 61, tuple(result.findings),
                     document_dates=(("note", RECEIVED),), texts=(("note", note),))


def _review(facts, fresh):
    """The red flags, then every governing guideline for every CPT, each on the case's shared
    facts or (fresh) on a copy of its own that shares nothing."""
    own = (lambda: CaseFacts(facts.received_date, facts.age, facts.findings,
                             document_dates=facts.document_dates, texts=facts.texts)) \
        if fresh else (lambda: facts)
    out = [r.model_dump_json() for r in red_flags(load_red_flags(), own())]
    for cpt in CPTS:
        for guideline in load_all().values():
            if cpt in guideline.governs:
                out.append(evaluate(guideline, cpt, own()).model_dump_json())
    return out


@pytest.mark.parametrize("note", NOTES)
def test_shared_tests_give_what_each_evaluation_gives_alone(findings_of, note):
    facts = _facts(findings_of, note)
    assert _review(facts, fresh=False) == _review(facts, fresh=True)


def test_a_plain_test_is_made_once_for_the_red_flags_and_the_guidelines(findings_of,
                                                                       monkeypatch):
    facts = _facts(findings_of, DISPUTED)
    made = []
    plain = _Evaluator._test
    monkeypatch.setattr(_Evaluator, "_test",
                        lambda self, node, *conditioned:
                        made.append(repr(node)) or plain(self, node, *conditioned))
    _review(facts, fresh=False)
    shared = len(made)
    made.clear()
    _review(facts, fresh=True)
    assert 0 < shared < len(made)


def _finding_nodes(node):
    if isinstance(node, FindingNode):
        yield node
    elif isinstance(node, LogicNode):
        for child in node.children:
            yield from _finding_nodes(child)


def _nodes(guideline, **options):
    for entry in (*guideline.definitions.values(), *guideline.indications):
        for node in _finding_nodes(entry.when):
            if all(bool(getattr(node, k)) == v for k, v in options.items()):
                yield entry, node


def test_only_a_test_reading_the_request_is_kept_by_the_cpt(findings_of):
    facts = _facts(findings_of, CERVICAL_FUSION)
    guideline = load_all()["aim-spine"]
    neck = _Evaluator(guideline, facts.replace(cpt="72141"))
    back = _Evaluator(guideline, facts.replace(cpt="72148"))
    entry, node = next(_nodes(guideline, same_region=True))
    st = _static(guideline, node, "x.when")
    assert st.varies and neck._test_key(st) != back._test_key(st)
    entry, node = next(_nodes(guideline, same_region=False, begun_after=False, where=False,
                              unless=False))
    st = _static(guideline, node, "y.when")
    assert not st.varies
    assert neck._test_key(st) == back._test_key(st) == st.sig


def test_signs_set_aside_keep_the_tests_of_their_code_apart(findings_of):
    facts = _facts(findings_of, REVIEW_OF_SYSTEMS)
    # the guidelines set aside a review of systems' signs; the red flags do not
    files = [load_red_flags(), load_all()["aim-spine"]]
    aside = [evaluator._signs_not_had(g, facts) for g in files]
    assert aside[1] and aside[0] != aside[1], "the note must hold signs only one sets aside"
    for guideline, ids in zip(files, aside):
        ev = _Evaluator(guideline, facts)
        assert set(ev._not_had_of) == {f.code for f in facts.findings if id(f) in ids}
