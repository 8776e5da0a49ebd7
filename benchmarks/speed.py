"""Throughput of spinecite against its floor and its alternative, on the same notes.

    python benchmarks/speed.py [--notes 2000] [--repeat 3] [--stock-notes 100] [--skip-batch]

Notes (300-1,500 tokens) are generated from the development corpus: each is a shuffle of
paragraphs drawn from several notes, so the text is realistic and varied. Measured in one run,
median of `--repeat` repetitions:

- spinecite extract (pipeline + findings), tokens/s;
- the bare spaCy tokenizer (`spacy.blank("en")`) on the same texts: the floor;
- stock `medspacy.load()` carrying the same target rules and medspaCy's default ConText
  and sentence splitter (what a user would build instead), on the first `--stock-notes`
  notes, against spinecite extract on the same notes (stock takes ~0.5 s a note);
- full review (extract + every guideline governing a lumbar MRI);
- the batch flow with 1 and 2 worker processes, and the peak RSS of a worker.

Each ratio is printed beside the issue's target (issue 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

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


class Timing(NamedTuple):
    wall: float  # seconds, median of the runs
    cpu: float   # CPU seconds of this process (or of the batch's processes), median


def timed(fn, repeat: int) -> Timing:
    """On a shared machine wall time depends on the neighbours; CPU time much less so."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


def ratio(a: Timing, b: Timing) -> str:
    return f"{a.wall / b.wall:.2f}x wall, {a.cpu / b.cpu:.2f}x CPU"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def print_components(notes: list[str]) -> int:
    """CPU time of each stage of extract (cleaning, tokenizer, each pipe, findings)."""
    from collections import Counter

    from spinecite.extractors.findings import findings_from_docs
    from spinecite.pipeline import cleaning, get_nlp, timex

    nlp = get_nlp()
    spent: Counter[str] = Counter()

    def clock(name, fn, *args):
        started = time.process_time()
        value = fn(*args)
        spent[name] += time.process_time() - started
        return value

    for text in notes:
        text_map = clock("cleaning", cleaning.clean, text)
        doc = clock("tokenizer", nlp.make_doc, text_map.cleaned)
        doc._.text_map = text_map
        doc._.reference_date = timex.find_document_date(text_map.cleaned) or dt.date(2026, 3, 2)
        for name, pipe in nlp.pipeline:
            doc = clock(name, pipe, doc)
        clock("findings", findings_from_docs, [("n", doc)])
    total = sum(spent.values())
    print(f"{len(notes)} notes, {1000 * total / len(notes):.1f} ms CPU a note")
    for name, seconds in spent.most_common():
        print(f"{name:32} {1000 * seconds / len(notes):7.1f} ms/note {100 * seconds / total:5.1f}%")
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    parts: Counter[str] = Counter()
    for text in notes:
        doc = nlp.make_doc(text)
        for name, fn in (("token patterns", matcher._first_word_matcher),
                         ("phrases", matcher._MedspacyMatcher__phrase_matcher),
                         ("regex rules", matcher.match_regex)):
            started = time.process_time()
            fn(doc)
            parts[name] += time.process_time() - started
    print("target matcher: " + ", ".join(f"{name} {1000 * seconds / len(notes):.1f} ms/note"
                                         for name, seconds in parts.items()))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--skip-stock", action="store_true")
    parser.add_argument("--stock-notes", type=int, default=100,
                        help="notes (the first ones) that stock medspaCy is timed on")
    parser.add_argument("--components", type=int, default=0, metavar="N",
                        help="only print where extract's CPU time goes, over N notes")
    args = parser.parse_args()
    if args.components:
        return print_components(make_notes(args.components))

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
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    received = dt.date(2026, 3, 2)
    nlp = get_nlp()
    figures: dict[str, Timing] = {}
    figures["bare spaCy tokenizer"] = timed(lambda: [blank.make_doc(t) for t in notes],
                                            args.repeat)
    figures["spinecite extract"] = timed(
        lambda: [extract([d], received, nlp=nlp) for d in docs], args.repeat)
    case = Case.model_validate({"case_id": "s", "received_date": "2026-03-02",
                                "request": {"cpt": ["72148"]},
                                "documents": [{"id": "n", "text": "x"}]})
    figures["spinecite full review"] = timed(
        lambda: [review_documents(case, [d], nlp=nlp) for d in docs], args.repeat)
    for name, t in figures.items():
        print(f"{name:32} {t.wall:8.1f} s wall {t.cpu:8.1f} s CPU  "
              f"{tokens / t.wall:10,.0f} tokens/s wall {tokens / t.cpu:10,.0f} tokens/s CPU")
    extract_t = figures["spinecite extract"]
    print(f"extract vs bare tokenizer: {ratio(extract_t, figures['bare spaCy tokenizer'])} the "
          "time (target: within 5x)")
    print(f"full review vs extract: {ratio(figures['spinecite full review'], extract_t)} the "
          "time (target: <= 1.2x)")
    if not args.skip_stock:
        silence_third_party_loggers()
        stock = medspacy.load()
        matcher = stock.get_pipe("medspacy_target_matcher")
        for path in target_rule_files():
            matcher.add(TargetRule.from_json(str(path)))
        few, few_docs = notes[:args.stock_notes], docs[:args.stock_notes]
        few_tokens = sum(len(blank.make_doc(t)) for t in few)
        stock_t = timed(lambda: [stock(t) for t in few], args.repeat)
        ours_t = timed(lambda: [extract([d], received, nlp=nlp) for d in few_docs], args.repeat)
        print(f"on the first {len(few)} notes ({few_tokens:,} tokens): stock medspacy.load() "
              f"({', '.join(stock.pipe_names)}) + the same targets {stock_t.wall:.1f} s wall "
              f"{stock_t.cpu:.1f} s CPU; spinecite extract {ours_t.wall:.1f} s wall "
              f"{ours_t.cpu:.1f} s CPU")
        print(f"extract vs stock medspaCy: {ratio(stock_t, ours_t)} the throughput "
              "(target: >= 15x)")

    if not args.skip_batch:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            for i, text in enumerate(notes):
                (src / f"n{i:05d}.case.json").write_text(json.dumps({
                    "case_id": f"S-{i:05d}", "received_date": "2026-03-02",
                    "request": {"cpt": ["72148"]}, "documents": [{"id": "n", "text": text}]}))
            batch: dict[int, Timing] = {}
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                wall, cpu = time.perf_counter(), children_cpu()
                subprocess.run([sys.executable, "-m", "spinecite", "batch", str(src), "--out",
                                str(out), "--workers", str(workers), "--no-progress"],
                               check=True, capture_output=True, cwd=ROOT)
                batch[workers] = Timing(time.perf_counter() - wall, children_cpu() - cpu)
                # ru_maxrss of children: the largest single process so far (flow or worker)
                rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                print(f"batch, {workers} worker(s): {batch[workers].wall:.1f} s wall, "
                      f"{batch[workers].cpu:.1f} s CPU of its processes, "
                      f"{len(notes) / batch[workers].wall:.1f} cases/s; largest process so far "
                      f"{rss:.0f} MB peak RSS (target: <= 600 MB per worker)")
            print(f"batch 2 workers vs 1: {batch[1].wall / batch[2].wall:.2f}x the throughput "
                  "(wall; target: >= 1.7x)")
            print(f"batch (1 worker) vs in-process review loop: "
                  f"{ratio(batch[1], figures['spinecite full review'])} the time "
                  "(target: <= 1.3x)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
