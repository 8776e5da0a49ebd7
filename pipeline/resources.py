"""Paths to the pipeline's data files and cached loaders for them."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).parent / "resources"
TARGETS_DIR = RESOURCES / "targets"
CONTEXT_RULES = RESOURCES / "context_rules.json"
SECTION_RULES = RESOURCES / "sections.json"

# "(?&name)" in a target rule's regex stands for the file's fragment `name` (PCRE's spelling of
# a call to a named group; Python's re has no such syntax, so it cannot clash with a real regex)
_FRAGMENT_CALL = re.compile(r"\(\?&(\w+)\)")


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    with open(RESOURCES / name, encoding="utf-8") as fh:
        return json.load(fh)


def codes() -> dict[str, dict[str, Any]]:
    """The finding vocabulary: code -> {kind, value, description}."""
    return load_json("codes.json")["codes"]


def target_rule_files() -> list[Path]:
    return sorted(TARGETS_DIR.glob("*.json"))


def expand_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """The regex with every "(?&name)" replaced by its fragment, as a non-capturing group;
    a fragment may call fragments defined before it."""
    def call(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise KeyError(f"target rule calls an undefined fragment: {name}")
        return "(?:" + fragments[name] + ")"
    return _FRAGMENT_CALL.sub(call, pattern)


@lru_cache(maxsize=None)
def _target_rule_data(path: str) -> tuple[dict[str, Any], ...]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    fragments: dict[str, str] = {}
    for name, fragment in (data.get("fragments") or {}).items():
        fragments[name] = expand_fragments(fragment, fragments)
    rules = []
    for rule in data["target_rules"]:
        if isinstance(rule.get("pattern"), str):
            rule = {**rule, "pattern": expand_fragments(rule["pattern"], fragments)}
        rules.append(rule)
    return tuple(rules)


def target_rule_data(path: Path) -> list[dict[str, Any]]:
    """A target file's rules as medspaCy TargetRule dicts, fragments expanded."""
    return [dict(rule) for rule in _target_rule_data(str(path))]


def target_rules(path: Path) -> list:
    """A target file's rules as medspaCy TargetRules (`TargetRule.from_json`, with the file's
    named regex fragments expanded)."""
    from medspacy.target_matcher import TargetRule

    return [TargetRule.from_dict(rule) for rule in target_rule_data(path)]
