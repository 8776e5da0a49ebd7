"""Guideline quotes must stand in the source text, never in deleted redline.

    python -m spinecite.rules.quotes [rules/guidelines/ID.yaml ...]

prints every quote that is not found (exit 1 when any).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml

GUIDELINES_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "guidelines"
RULES_DIR = Path(__file__).resolve().parent / "guidelines"

_DELETED = re.compile(r"~~.*?~~", re.DOTALL)
_MARKUP = re.compile(r"</?u>|\*\*|</?[a-zA-Z][^>]*>")
_SUPERSCRIPT = re.compile(r"\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """What a quote is compared on: markup and reference superscripts gone, space folded."""
    text = _MARKUP.sub("", text)
    text = _SUPERSCRIPT.sub("", text)
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=None)
def source_text(file_name: str, guidelines_dir: Path = GUIDELINES_DIR) -> str:
    raw = (guidelines_dir / file_name).read_text(encoding="utf-8")
    return normalise(_DELETED.sub(" ", raw))


def quotes(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(location, text) of every `text:` in a rule file."""
    if isinstance(node, dict):
        label = node.get("id", where)
        if isinstance(node.get("text"), str):
            yield label, node["text"]
        for key, value in node.items():
            if key != "text":
                yield from quotes(value, f"{label}.{key}" if not node.get("id") else label)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from quotes(item, f"{where}[{i}]")


def missing_quotes(rule_file: Path, guidelines_dir: Path = GUIDELINES_DIR) -> list[tuple[str, str]]:
    data = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    source = source_text(data["source"]["file"], guidelines_dir)
    return [(where, text) for where, text in quotes(data)
            if normalise(text) not in source]


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(RULES_DIR.glob("*.yaml"))
    bad = 0
    for path in files:
        for where, text in missing_quotes(path):
            bad += 1
            print(f"{path.name}: {where}: not in source: {text[:100]!r}")
    print(f"{bad} quote(s) not found in {len(files)} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
