"""What the evaluator keeps from one case to the next (perf15) must be what it would have
worked out afresh: the entries of a guideline that apply to a study, and the closeness scores
a determination's missing sentences reuse."""
import dataclasses
import datetime as dt

from spinecite.rules import evaluator
from spinecite.rules.evaluator import CaseFacts, _applicable, _applies, evaluate
from spinecite.rules.ruleset import load_all

# one study of each region and modality the guidelines govern, and one they do not
CPTS = ("72148", "72131", "72141", "72125", "72146", "72128", "72159", "99213")


def _filtered(guideline, cpt):
    return tuple(tuple(e for e in entries if _applies(e, cpt)) for entries in
                 (guideline.requirements, guideline.exclusions, guideline.indications))


def test_the_entries_kept_for_a_study_are_those_that_apply_to_it():
    guidelines = load_all()
    differ = False
    for _ in range(2):   # the second round reads what the first kept
        for guideline in guidelines.values():
            for cpt in CPTS:
                assert _applicable(guideline, cpt) == _filtered(guideline, cpt), (guideline.id, cpt)
            differ |= _filtered(guideline, "72148") != _filtered(guideline, "72141")
    # some guideline has lines of one region only, so the study is part of what is kept
    assert differ


def test_a_changed_guideline_is_not_read_from_the_original_s_entries():
    guideline = load_all()["evicore-spine"]
    _applicable(guideline, "72148")
    shorter = dataclasses.replace(guideline, indications=guideline.indications[:2])
    assert _applicable(shorter, "72148")[2] == _filtered(shorter, "72148")[2]
    assert len(_applicable(shorter, "72148")[2]) <= 2 < len(_applicable(guideline, "72148")[2])


def test_missing_sentences_are_the_same_with_the_ranking_s_scores(findings_of, monkeypatch):
    # a back strain with nothing an indication asks for: every guideline not met, each with
    # its closest indications spelled out
    note = ("Lower back ache for 10 days since moving furniture. Pain stays in the back. "
            "Walking and heat help. Has not tried any therapy yet.\n")
    _, extracted = findings_of(note, dt.date(2026, 12, 1))
    facts = CaseFacts(dt.date(2026, 12, 1), 44.0, tuple(extracted.findings),
                      texts=(("note", note),))
    guidelines = load_all()
    shared = [evaluate(g, "72148", facts) for g in guidelines.values()
              if "72148" in g.governs]
    assert any(d.outcome == "not_met" and d.missing for d in shared)

    sentence = evaluator._missing_sentence

    def scored_afresh(*args, seen=None, **kwargs):
        return sentence(*args, **kwargs)

    monkeypatch.setattr(evaluator, "_missing_sentence", scored_afresh)
    afresh = [evaluate(g, "72148", facts) for g in guidelines.values()
              if "72148" in g.governs]
    assert [d.missing for d in shared] == [d.missing for d in afresh]
