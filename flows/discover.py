"""What a batch folder holds: every `*.case.json` is a case, and every document file that no
case file references is a case of its own. Each case gets a stable key and an input hash, so
a re-run can skip what it already did."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from spinecite import __version__
from spinecite.pipeline.intake import SUPPORTED_SUFFIXES

CASE_SUFFIX = ".case.json"


@dataclass(frozen=True)
class CaseInput:
    key: str                 # file-system-safe, unique in the batch
    case_id: str             # as the case file says, else the document's relative path
    path: Path
    kind: str                # "case_file" | "document"
    input_sha256: str


def _referenced_paths(case_path: Path) -> tuple[Optional[str], list[Path]]:
    """The case id and document paths a case file names (best effort: a malformed case file
    still becomes a case, whose review reports the problem)."""
    try:
        data = json.loads(case_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None, []
    if not isinstance(data, dict):
        return None, []
    paths = []
    for document in data.get("documents") or []:
        if isinstance(document, dict) and isinstance(document.get("path"), str):
            paths.append((case_path.parent / document["path"]))
    case_id = data.get("case_id") if isinstance(data.get("case_id"), str) else None
    if case_id is not None and not _is_unicode(case_id):
        case_id = None  # half a surrogate pair: no result could be written under this id
    return case_id, paths


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _hash_files(paths: list[Path]) -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in paths:
        digest.update(str(path.name).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


def _key(relative: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", relative)[-80:]
    return f"{slug}-{hashlib.sha256(relative.encode()).hexdigest()[:10]}"


def discover(in_dir: Path, exclude: Optional[Path] = None) -> list[CaseInput]:
    """Cases in discovery order (case files, then unreferenced documents, each sorted).
    `exclude` is a folder inside `in_dir` to pass over (the batch's own output)."""
    in_dir = in_dir.resolve()
    excluded = exclude.resolve() if exclude else None

    def wanted(p: Path) -> bool:
        return p.is_file() and not (excluded and (excluded == p.parent or excluded in p.parents))

    case_files = sorted(p for p in in_dir.rglob(f"*{CASE_SUFFIX}") if wanted(p))
    referenced: set[Path] = set()
    cases: list[CaseInput] = []
    for path in case_files:
        case_id, documents = _referenced_paths(path)
        inside = [d for d in documents if d.exists()]
        referenced.update(d.resolve() for d in inside)
        relative = str(path.relative_to(in_dir))
        cases.append(CaseInput(_key(relative), case_id or relative, path, "case_file",
                               _hash_files([path, *inside])))
    for path in sorted(in_dir.rglob("*")):
        if (wanted(path) and path.suffix.lower() in SUPPORTED_SUFFIXES
                and not path.name.endswith(CASE_SUFFIX) and path.resolve() not in referenced):
            relative = str(path.relative_to(in_dir))
            resolved = path.resolve()
            # a link out of the batch folder is never read
            kind = "document" if in_dir in resolved.parents else "outside"
            cases.append(CaseInput(_key(relative), relative, path, kind,
                                   _hash_files([path]) if kind == "document" else relative))
    return cases
