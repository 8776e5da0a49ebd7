"""Who states a fact: the claims of a packet's payer-facing documents that its clinical
record contradicts (rules/claims.yaml, rules/SCHEMA.md "Claims").

A letter of medical necessity or a prior-authorization form states what gets the study
approved; a UR nurse trusts the dated record over the claim ("a UR nurse trusts the dated
record over the claim", dev d222's therapy weeks, rules/therapy.py). A present finding that
only payer-facing documents state, and that a clinical document reads otherwise (the same
code absent at an exam, or historical), meets no guideline line (dev e168: a letter's
"progressive weakness" beside an exam a week earlier of give-way weakness only).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

import yaml

from spinecite.extractors.models import Finding
from spinecite.pipeline.resources import codes

CLAIMS_PATH = Path(__file__).resolve().parent / "claims.yaml"
_EXAM = "in_person_exam"


class Policy(NamedTuple):
    weighed_kinds: frozenset[str]
    contradicted_by: frozenset[str]


@lru_cache(maxsize=None)
def policy(path: Path = CLAIMS_PATH) -> Policy:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Policy(frozenset(data["weighed_kinds"]), frozenset(data["contradicted_by"]))


class Claim(NamedTuple):
    """A finding set aside, the claim documents that state it and the clinical findings
    that read it otherwise."""
    finding: Finding
    documents: tuple[str, ...]
    contradicted: tuple[Finding, ...]


def claim_documents(payer_facing: Iterable[str], findings: Iterable[Finding]) -> frozenset[str]:
    """The payer-facing documents with no examination of their own: what they state is a
    claim. One with an in-person exam in it ("seen in my office today ... motor 4/5") reports
    that exam."""
    payer = frozenset(payer_facing)
    if not payer:
        return payer
    examined = {e.document for f in findings if f.code == _EXAM and f.assertion == "present"
                for e in f.evidence}
    return payer - examined


def _same_side(claim: Finding, other: Finding) -> bool:
    a, b = claim.laterality, other.laterality
    return a is None or b is None or a == b or b == "bilateral"


def contradicted_claims(findings: Iterable[Finding], payer_facing: Iterable[str]) -> list[Claim]:
    """The present findings of the weighed kinds stated only in claim documents that a
    clinical document of the packet reads otherwise, on the same side."""
    findings = list(findings)
    claimed_in = claim_documents(payer_facing, findings)
    if not claimed_in:
        return []
    p, kinds = policy(), codes()
    claims = []
    for f in findings:
        if (f.assertion != "present" or kinds.get(f.code, {}).get("kind") not in p.weighed_kinds
                or any(e.document not in claimed_in for e in f.evidence)):
            continue
        against = tuple(o for o in findings if o.code == f.code
                        and o.assertion in p.contradicted_by and _same_side(f, o)
                        and any(e.document not in claimed_in for e in o.evidence))
        if against:
            claims.append(Claim(f, tuple(sorted({e.document for e in f.evidence})), against))
    return claims


def claim_sentence(claim: Claim, describe: str) -> str:
    """The `missing` line of a claim set aside, in a reviewer's words."""
    said = "; ".join(f'"{e.text}"' for e in claim.finding.evidence[:3])
    clinical = [e for o in claim.contradicted for e in o.evidence
                if e.document not in claim.documents]
    read = "; ".join(f'"{e.text}" ({e.document})' for e in clinical[:3])
    return (f"{describe} is claimed in the payer-facing {', '.join(claim.documents)} "
            f"({said}) but not shown in the clinical notes, which read otherwise: {read}.")
