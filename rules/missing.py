"""The `missing` sentences of a not_met determination: for the indications that came closest,
what the guideline asks and what the notes showed, for a nurse to ask the provider for.

Apart from the evaluator so that the words a reviewer reads change without touching the
evaluation itself; this module imports nothing of the evaluator (it imports this one)."""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Optional

from spinecite.extractors.models import Finding
from spinecite.rules.models import CriterionOutcome, CriterionResult
from spinecite.rules.ruleset import AgeNode, Entry, LogicNode

if TYPE_CHECKING:
    from spinecite.rules.evaluator import CaseFacts

MET, NOT_MET, UNKNOWN = typing.get_args(CriterionOutcome)
_SIGNS = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "eq": "=", "in": "in"}
# how a request node's words begin: a fact of the request, not something a note lacks
_REQUEST_WORDS = "requested study: "


def _logic_words(node: LogicNode) -> str:
    return {"all": "all of", "any": "any of", "not": "none of",
            "at_least": f"at least {node.n} of"}[node.op]


def _age_words(node: AgeNode) -> str:
    return "age " + " and ".join(f"{_SIGNS[c]} {v:g}" for c, v in node.comparisons)


def describe_finding(f: Finding) -> str:
    words = f.code.replace("_", " ")
    if f.assertion != "present":
        words += f" ({f.assertion})"
    v = f.value
    details = []
    if v is not None:
        # a value model's fields (they forbid extras): no pydantic AttributeError for a
        # field its kind lacks
        field = v.__dict__.get
        if field("weeks") is not None:
            details.append(f"{v.weeks:g} weeks")
        if field("visits") is not None:
            details.append(f"{v.visits} visits")
        start, end = field("start"), field("end")
        if start or end:
            details.append(f"{start or '?'} to {end or '?'}")
        for name in ("outcome", "grade", "score", "result", "date"):
            if field(name) is not None:
                details.append(f"{name} {field(name)}")
    if f.laterality:
        details.append(f.laterality)
    if f.level:
        details.append(f.level)
    return words + (f" ({', '.join(details)})" if details else "")


def _leaves(result: CriterionResult) -> list[CriterionResult]:
    if not result.children:
        return [result]
    return [leaf for child in result.children for leaf in _leaves(child)]


def _open_leaves(result: CriterionResult) -> list[CriterionResult]:
    """The leaves that keep a node from met: none under a met node (the CT alternatives of a
    line an MRI request already meets are nothing a nurse must find)."""
    if result.result == MET:
        return []
    if not result.children:
        return [result]
    return [leaf for child in result.children for leaf in _open_leaves(child)]


_SCORE = {MET: 1.0, UNKNOWN: 0.5, NOT_MET: 0.0}
# `_closeness` of the criteria kept in a node's memo (None until first scored)
_CONSTANT_SCORES: dict[int, Optional[float]] = {}


def _closeness(result: CriterionResult, seen: dict[int, float]) -> float:
    """How near a node is to met, by its structure: `any` counts its best child, `all` the
    mean of its children; judgments count for nothing, since they can never be met. `seen`
    holds the scores of the inner criteria scored so far (a definition's criterion stands
    under many indications of a case)."""
    requires = result.requires
    if requires and requires.startswith("clinical judgment"):
        return 0.0
    children = result.children
    if not children or requires == "none of":
        return _SCORE[result.result]
    key = id(result)
    # a criterion that depends on the request and the age alone is the same object in every
    # case (`_Evaluator._node`): scored once for all of them
    scores_of = _CONSTANT_SCORES if key in _CONSTANT_SCORES else seen
    score = scores_of.get(key)
    if score is None:
        scores = [_closeness(c, seen) for c in children]
        if requires == "any of" or requires and requires.startswith("at least"):
            score = max(scores)
        else:
            score = sum(scores) / len(scores)
        scores_of[key] = score
    return score


def _missing_sentence(entry: Entry, result: CriterionResult, facts: CaseFacts,
                      prefix: str = "") -> str:
    asked = entry.quote.text or result.requires or entry.id
    where = f" [{entry.quote.section}]" if entry.quote.section else ""
    lacking, studies = [], []
    for leaf in _open_leaves(result):
        label = leaf.requires or leaf.text or leaf.id
        if leaf.requires and leaf.requires.startswith(_REQUEST_WORDS):
            studies.append(label)   # a fact of the request, not something a note lacks
        else:
            lacking.append(label + (" (unknown)" if leaf.result == UNKNOWN else ""))
    codes = {leaf.code for leaf in _leaves(result) if leaf.code}
    documented = [describe_finding(f) for f in facts.findings if f.code in codes]
    sentence = f"{prefix}{asked}{where} — not documented: {'; '.join(lacking) or 'nothing'}"
    if studies:
        sentence += f"; this line covers another study than CPT {facts.cpt} ({'; '.join(studies)})"
    if documented:
        sentence += f"; found: {'; '.join(documented)}"
    return sentence
