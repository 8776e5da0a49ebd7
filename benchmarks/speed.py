"""Throughput of spinecite against its floor and its alternative, on the same notes.

    python benchmarks/speed.py [--notes 2000] [--repeat 3] [--skip-batch]

Notes (300-1,500 tokens) are generated from the development corpus: each is a shuffle of
paragraphs drawn from several notes, so the text is realistic and varied. Measured in one run,
median of `--repeat` repetitions:

- spinecite extract (pipeline + findings), tokens/s;
- the bare spaCy tokenizer (`spacy.blank("en")`) on the same texts: the floor;
- stock `medspacy.load()` carrying the same target rules and medspaCy's default ConText
  (what a user would build instead);
- full review (extract + every guideline governing a lumbar MRI);
- the batch flow with 1 and 2 worker processes, and the peak RSS of a worker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_notes(n: int, seed: int = 13) -> list[str]:
    import spacy

    blank = spacy.blank("en")
    paragraphs = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text())["documents"]:
            paragraphs += [p for p in document["text"].split("\n\n") if p.strip()]
    rng = random.Random(seed)
    notes = []
    while len(notes) < n:
        target = rng.randint(300, 1500)
        parts, tokens = [], 0
        while tokens < target:
            p = rng.choice(paragraphs)
            parts.append(p)
            tokens += len(blank.make_doc(p))
        notes.append("\n\n".join(parts))
    return notes


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-stock", action="store_true")
    args = parser.parse_args()

    import medspacy
    import spacy
    from medspacy.context import ConText  # noqa: F401  (registers the default factory)
    from medspacy.target_matcher import TargetRule

    from spinecite.extractors import extract
    from spinecite.pipeline import get_nlp
    from spinecite.pipeline.intake import Case, Document
    from spinecite.pipeline.quiet import silence_third_party_loggers
    from spinecite.pipeline.resources import target_rule_files
    from spinecite.review import review_documents

    notes = make_notes(args.notes)
    blank = spacy.blank("en")
    tokens = sum(len(blank.make_doc(t)) for t in notes)
    print(f"{len(notes)} notes, {tokens:,} tokens (median of {args.repeat} runs each)")
    docs = [Document(id=f"n{i}", text=t, source=None, date=None, sha256="0")
            for i, t in enumerate(notes)]
    received = dt.date(2026, 3, 2)
    nlp = get_nlp()
    figures = {}
    figures["bare spaCy tokenizer"] = timed(lambda: [blank.make_doc(t) for t in notes],
                                            args.repeat)
    figures["spinecite extract"] = timed(
        lambda: [extract([d], received, nlp=nlp) for d in docs], args.repeat)
    case = Case.model_validate({"case_id": "s", "received_date": "2026-03-02",
                                "request": {"cpt": ["72148"]},
                                "documents": [{"id": "n", "text": "x"}]})
    figures["spinecite full review"] = timed(
        lambda: [review_documents(case, [d], nlp=nlp) for d in docs], args.repeat)
    if not args.skip_stock:
        silence_third_party_loggers()
        stock = medspacy.load()
        matcher = stock.get_pipe("medspacy_target_matcher")
        for path in target_rule_files():
            matcher.add(TargetRule.from_json(str(path)))
        figures["stock medspacy.load() + same targets"] = timed(
            lambda: [stock(t) for t in notes], args.repeat)
    for name, seconds in figures.items():
        print(f"{name:40} {seconds:8.1f} s  {tokens / seconds:12,.0f} tokens/s")
    extract_s = figures["spinecite extract"]
    print(f"extract vs bare tokenizer: {extract_s / figures['bare spaCy tokenizer']:.1f}x the time")
    if "stock medspacy.load() + same targets" in figures:
        print(f"extract vs stock medspaCy: "
              f"{figures['stock medspacy.load() + same targets'] / extract_s:.1f}x the throughput")
    print(f"full review vs extract: {figures['spinecite full review'] / extract_s:.2f}x the time")

    if not args.skip_batch:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            for i, text in enumerate(notes):
                (src / f"n{i:05d}.case.json").write_text(json.dumps({
                    "case_id": f"S-{i:05d}", "received_date": "2026-03-02",
                    "request": {"cpt": ["72148"]}, "documents": [{"id": "n", "text": text}]}))
            batch = {}
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                started = time.perf_counter()
                subprocess.run([sys.executable, "-m", "spinecite", "batch", str(src), "--out",
                                str(out), "--workers", str(workers), "--no-progress"],
                               check=True, capture_output=True, cwd=ROOT)
                batch[workers] = time.perf_counter() - started
                rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                print(f"batch, {workers} worker(s): {batch[workers]:.1f} s, "
                      f"{len(notes) / batch[workers]:.1f} cases/s; peak RSS of a child so far "
                      f"{rss:.0f} MB")
            print(f"batch 2 workers vs 1: {batch[1] / batch[2]:.2f}x the throughput")
            print(f"batch (1 worker) vs in-process review loop: "
                  f"{batch[1] / figures['spinecite full review']:.2f}x the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
