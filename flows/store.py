"""Batch results on disk, written so that a run killed at any instant loses nothing.

Each case's result is its own file, written to a temporary name, flushed and renamed into
place (atomic on POSIX). `results.jsonl` is assembled from those files at the end of every
run, again through a temporary file and a rename, so it is always complete and never has a
duplicate line.

A result can be large (every guideline's criteria tree with its evidence), so the flow never
re-validates stored results: the summary and the triage queue read a *digest* of each (the
fields they show), which workers return with their chunk and a re-run reads from the JSON.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from contextlib import contextmanager
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional

from spinecite.pipeline.errors import IntakeError
from spinecite.review import CaseResult

RESULTS_DIR = "results"
RESULTS_JSONL = "results.jsonl"


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file that appears at `path` whole, or not at all: written to a temporary name,
    flushed to disk and renamed into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk or a fault leaves no stray temporary file
        raise


def write_atomic(path: Path, data: bytes) -> None:
    with atomic_writer(path) as fh:
        fh.write(data)


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


# What the summary and the triage queue need of a result (`model_dump(include=...)` form).
DIGEST_FIELDS: dict[str, Any] = {
    "case_id": True, "status": True, "priority": True, "errors": True,
    "determinations": {"__all__": {"guideline", "outcome", "basis"}},
    "findings": {"__all__": {"code", "assertion", "evidence"}},
}
_TOP_FINDINGS = 3


def digest(data: dict) -> dict:
    """The digest of a result in its JSON form: its status, errors, determinations and the
    first present findings with their first evidence (as the triage queue shows them)."""
    present = [f for f in data.get("findings", []) if f["assertion"] == "present"]
    return {
        "case_id": data["case_id"], "status": data["status"],
        "priority": data.get("priority", "routine"),
        "errors": [{"kind": e["kind"], "message": e["message"]} for e in data.get("errors", [])],
        "determinations": [{"guideline": d["guideline"], "outcome": d["outcome"],
                            "basis": d.get("basis", [])} for d in data.get("determinations", [])],
        "findings": [{"code": f["code"], "assertion": f["assertion"],
                      "evidence": f["evidence"][:1]} for f in present[:_TOP_FINDINGS]],
    }


def digest_of(result: CaseResult) -> dict:
    return digest(result.model_dump(mode="json", include=DIGEST_FIELDS))


class ResultStore:
    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.dir = out_dir / RESULTS_DIR
        self.dir.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def stored_digest(self, key: str, input_sha256: str, version: str) -> Optional[dict]:
        """The digest of the stored result when it is for this input and this spinecite
        version (the case is done), else None."""
        try:
            data = json.loads(self.path(key).read_bytes())
            if (data.get("input_sha256"), data.get("spinecite_version")) != (input_sha256,
                                                                             version):
                return None
            if any(e.get("kind") == "worker_crashed" for e in data.get("errors", [])):
                return None  # a crash may have been the machine's, not the case's: try again
            return digest(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # absent, or torn by a crash mid-write: redo it

    def write(self, key: str, result: CaseResult) -> None:
        write_atomic(self.path(key), result.model_dump_json().encode("utf-8"))

    def assemble(self, keys: Iterable[str]) -> Path:
        """results.jsonl from the stored results, streamed: each stored file is already one
        line of compact JSON (pydantic escapes newlines inside strings)."""
        with self.assembling() as add:
            add(keys)
        return self.out_dir / RESULTS_JSONL

    @contextmanager
    def assembling(self) -> Iterator[Callable[[Iterable[str]], None]]:
        """results.jsonl written as results come in: the function it yields appends the
        stored results of the keys it is given; the file appears, whole, when the block
        ends (a result is ~1 MB, so copying them all at the end of a run kept the other
        processes waiting)."""
        for stale in self.out_dir.glob(f".{RESULTS_JSONL}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a run killed before it finished
        with atomic_writer(self.out_dir / RESULTS_JSONL) as fh:
            def add(keys: Iterable[str]) -> None:
                for key in keys:
                    try:
                        fh.write(self.path(key).read_bytes().strip() + b"\n")
                    except FileNotFoundError:
                        continue  # counted as missing in the summary
            yield add
