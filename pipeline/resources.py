"""Paths to the pipeline's data files and cached loaders for them."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).parent / "resources"
TARGETS_DIR = RESOURCES / "targets"
CONTEXT_RULES = RESOURCES / "context_rules.json"
SECTION_RULES = RESOURCES / "sections.json"


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    with open(RESOURCES / name, encoding="utf-8") as fh:
        return json.load(fh)


def codes() -> dict[str, dict[str, Any]]:
    """The finding vocabulary: code -> {kind, value, description}."""
    return load_json("codes.json")["codes"]


def target_rule_files() -> list[Path]:
    return sorted(TARGETS_DIR.glob("*.json"))
