"""Batch results on disk, written so that a run killed at any instant loses nothing.

Each case's result is its own file, written to a temporary name, flushed and renamed into
place (atomic on POSIX). `results.jsonl` is assembled from those files at the end of every
run, again through a temporary file and a rename, so it is always complete and never has a
duplicate line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Optional

from spinecite.pipeline.errors import IntakeError
from spinecite.review import CaseResult

RESULTS_DIR = "results"
RESULTS_JSONL = "results.jsonl"


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk leaves no stray temporary file
        raise


def check_writable(out_dir: Path) -> None:
    """Before a run: the output folder can be created and written to. A read-only or full
    disk is then one clear error (exit 2) before any case is reviewed, rather than a run that
    fails part-way."""
    try:
        for folder in (out_dir, out_dir / RESULTS_DIR):
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / ".spinecite-write-check", b"ok")
            (folder / ".spinecite-write-check").unlink()
    except OSError as exc:
        raise IntakeError("output_not_writable",
                          f"{out_dir}: cannot write to the output folder ({exc.strerror}); "
                          "nothing was reviewed")


class ResultStore:
    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.dir = out_dir / RESULTS_DIR
        self.dir.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def done(self, key: str, input_sha256: str, version: str) -> bool:
        """A result for this input and this spinecite version is already on disk."""
        stored = self.read(key)
        if stored is None or any(e.kind == "worker_crashed" for e in stored.errors):
            return False  # a crash may have been the machine's, not the case's: try again
        return (stored.input_sha256, stored.spinecite_version) == (input_sha256, version)

    def read(self, key: str) -> Optional[CaseResult]:
        try:
            return CaseResult.model_validate_json(self.path(key).read_bytes())
        except (OSError, ValueError):
            return None  # absent, or torn by a crash mid-write: redo it

    def write(self, key: str, result: CaseResult) -> None:
        write_atomic(self.path(key), result.model_dump_json().encode("utf-8"))

    def assemble(self, keys: Iterable[str]) -> Path:
        lines = []
        for key in keys:
            raw = self.path(key).read_text(encoding="utf-8")
            lines.append(json.dumps(json.loads(raw), separators=(",", ":")))
        target = self.out_dir / RESULTS_JSONL
        write_atomic(target, ("\n".join(lines) + "\n").encode("utf-8") if lines else b"")
        return target
