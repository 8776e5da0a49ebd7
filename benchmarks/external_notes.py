"""Robustness and speed on unseen real-world text: the MTSamples spine notes.

Every one of the 253 distinct MTSamples spine/back notes (`../shared/external/mtsamples_spine`)
is reviewed as a lumbar and a cervical MRI request (CPT 72148 and 72141, every governing
guideline). Nothing here is tuned on these notes: they are text no one on the project wrote.

Prints counts only (notes are never printed): results, error results by kind, crashes
(exceptions other than a recorded intake error), evidence spans that are not exact, `met`
outcomes without evidence, and the per-note time.

    python benchmarks/external_notes.py [--data PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DATA = (Path(__file__).resolve().parents[1] / ".." / "shared" / "external"
                / "mtsamples_spine" / "mtsamples_spine_unique.jsonl")
REQUEST = {"cpt": ["72148", "72141"]}
RECEIVED = dt.date(2026, 3, 2)


def review_note(note_id: str, text: str, nlp):
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import review_documents

    case = Case.model_validate({"case_id": note_id, "received_date": RECEIVED,
                                "request": REQUEST, "documents": [{"id": "note", "text": text}]})
    document = Document(id="note", text=text, source=None, date=None,
                        sha256=hashlib.sha256(text.encode()).hexdigest())
    return review_documents(case, [document], nlp=nlp)


def problems(result, text: str) -> Counter:
    """Contract violations in one result: inexact spans, `met` without evidence."""
    found = Counter()
    for finding in result.findings:
        for e in finding.evidence:
            if text[e.start:e.end] != e.text:
                found["inexact_span"] += 1
    for d in result.determinations:
        if d.outcome == "met" and not any(c.evidence for c in _walk(d.criteria)):
            found["met_without_evidence"] += 1
    return found


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"external notes: {args.data} not found", file=sys.stderr)
        return 2

    from spinecite.pipeline import get_nlp
    from spinecite.pipeline.errors import IntakeError

    notes = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    notes = notes[: args.limit] if args.limit else notes
    nlp = get_nlp()
    outcomes, errors, crashes, violations = Counter(), Counter(), Counter(), Counter()
    seconds, tokens = [], 0
    for note in notes:
        started = time.perf_counter()
        try:
            result = review_note(note["id"], note["text"], nlp)
        except IntakeError as error:
            errors[error.kind] += 1
            continue
        except Exception as error:  # the point of the run: count, never print note text
            crashes[type(error).__name__] += 1
            continue
        finally:
            seconds.append(time.perf_counter() - started)
        tokens += len(nlp.make_doc(note["text"]))
        violations += problems(result, note["text"])
        outcomes.update(d.outcome for d in result.determinations)
        outcomes["findings"] += len(result.findings)

    print(f"MTSamples spine notes: {len(notes)} reviewed as CPT {'+'.join(REQUEST['cpt'])}")
    print(f"  results ok: {len(notes) - sum(errors.values()) - sum(crashes.values())}  "
          f"error results: {dict(errors) or 0}  crashes: {dict(crashes) or 0}")
    print(f"  inexact spans: {violations['inexact_span']}  "
          f"met without evidence: {violations['met_without_evidence']}")
    print(f"  findings: {outcomes['findings']}  determinations: met {outcomes['met']}, "
          f"not_met {outcomes['not_met']}")
    if seconds:
        ordered = sorted(seconds)
        print(f"  seconds per note: median {statistics.median(ordered):.3f}  "
              f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.3f}  max {ordered[-1]:.3f}  "
              f"total {sum(ordered):.1f}  ({tokens / sum(ordered):,.0f} tokens/s)")
    return 1 if crashes or violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
