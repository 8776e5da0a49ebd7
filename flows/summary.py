"""The run summary: counts per outcome and guideline, errors by kind, cases per second.
Counts and ids only; no note text."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional, Sequence

from spinecite.flows.store import write_atomic

SUMMARY_JSON = "summary.json"


def summarise(digests: Sequence[Optional[dict]], skipped: int, seconds: float,
              worker_restarts: int = 0) -> dict:
    """Counts over the digests of every case's result (None: no result)."""
    status: Counter[str] = Counter()
    priority: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    for result in digests:
        if result is None:
            status["missing"] += 1
            continue
        status[result["status"]] += 1
        priority[result["priority"]] += 1
        for error in result["errors"]:
            errors[error["kind"]] += 1
        for d in result["determinations"]:
            outcomes[d["guideline"]][d["outcome"]] += 1
    processed = len(digests) - skipped
    return {
        "cases": len(digests),
        "processed": processed,
        "skipped_already_done": skipped,
        "status": dict(status),
        "priority": dict(priority),
        "errors_by_kind": dict(errors),
        "worker_restarts": worker_restarts,
        "outcomes": {g: dict(c) for g, c in sorted(outcomes.items())},
        "seconds": round(seconds, 2),
        "cases_per_second": round(processed / seconds, 2) if seconds > 0 else None,
    }


def write_summary(out_dir: Path, summary: dict) -> None:
    write_atomic(out_dir / SUMMARY_JSON, json.dumps(summary, indent=2).encode("utf-8"))


def format_summary(summary: dict) -> str:
    lines = [f"cases: {summary['cases']} (processed {summary['processed']}, "
             f"already done {summary['skipped_already_done']}) in {summary['seconds']} s"
             + (f", {summary['cases_per_second']} cases/s" if summary["cases_per_second"] else ""),
             "status: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["status"].items())),
             "priority: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["priority"].items()))]
    for guideline, counts in summary["outcomes"].items():
        lines.append(f"  {guideline}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if summary["errors_by_kind"]:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in
                                            sorted(summary["errors_by_kind"].items())))
    if summary.get("worker_restarts"):
        lines.append(f"worker processes restarted: {summary['worker_restarts']}")
    return "\n".join(lines)
