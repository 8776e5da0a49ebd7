"""Determination shapes of contract §3: the single source of their JSON Schema."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict

from spinecite.extractors.models import Evidence

CriterionOutcome = Literal["met", "not_met", "unknown"]
Outcome = Literal["met", "not_met", "not_applicable"]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str
    section: Optional[str] = None


class CriterionResult(BaseModel):
    """One evaluated node of a guideline's decision tree."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: Optional[str] = None
    source: Optional[Source] = None
    result: CriterionOutcome
    evidence: list[Evidence] = []
    children: list["CriterionResult"] = []
    # what the node asked for, in words (finding code, attribute thresholds, time window)
    requires: Optional[str] = None
    code: Optional[str] = None


class Determination(BaseModel):
    model_config = ConfigDict(extra="forbid")

    guideline: str
    cpt: str
    outcome: Outcome
    basis: list[str] = []
    urgent: bool = False
    criteria: list[CriterionResult] = []
    missing: list[str] = []
