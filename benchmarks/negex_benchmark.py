"""External benchmark: spinecite's context detection on Chapman's NegEx/ConText test set.

Each row is one sentence with one annotated condition. The condition's span is handed to the
pipeline as the target (the lexicon is not what is measured here), the rest of the pipeline
runs as it does on notes (sentence splitting, sections, ConText with spinecite's rules), and
the ConText flags are compared with the physician's labels:

- negation: negated vs affirmed (precision, recall, F1 on negated; accuracy);
- temporality: historical / hypothetical / recent;
- experiencer: patient vs other.

Beside it, stock medspaCy (`medspacy.load()` with its default ConText rules and PyRuSH
sentences) on the same rows, and the figures published with the set.

    python benchmarks/negex_benchmark.py [--data PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

DEFAULT_DATA = (Path(__file__).resolve().parents[1] / ".." / "shared" / "external"
                / "negex_context_testset" / "negex_context_testset.jsonl")
# Published negation figures: (name, accuracy, sensitivity, specificity, PPV, F1); None where
# the source gives none. Not re-run here.
PUBLISHED = [
    ("GenNegEx v1.2 (published with the set)", 0.977, None, None, None, 0.946),
    ("GenConText (published with the set)", None, None, None, None, 0.981),
    ("NegEx, Chapman et al. 2001 (1,235 findings)", None, 0.778, 0.945, 0.845, None),
]
TARGET_LABEL = "benchmark_target"


def load_rows(path: Path, limit: int | None) -> tuple[list[dict], int]:
    rows, skipped = [], 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("target_span") is None:
                skipped += 1
                continue
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows, skipped


def _target_span(doc: Doc, row: dict) -> Span | None:
    start, end = row["target_span"]
    return doc.char_span(start, end, label=TARGET_LABEL, alignment_mode="expand")


def spinecite_runner() -> tuple[str, Callable[[dict], dict]]:
    from spinecite.pipeline import build_nlp
    from spinecite.pipeline.extensions import SPAN_GROUP as group

    nlp: Language = build_nlp()
    stages = [(name, proc) for name, proc in nlp.pipeline
              if name not in ("medspacy_target_matcher", "spinecite_abbreviation_targets",
                              "spinecite_attributes", "spinecite_assertion")]

    def run(row: dict) -> dict:
        doc = nlp.make_doc(row["sentence"])
        for name, proc in stages:
            if name == "medspacy_sectionizer":
                span = _target_span(doc, row)
                doc.spans[group] = [span] if span is not None else []
            doc = proc(doc)
        spans = list(doc.spans.get(group, []))
        if not spans:
            return {"negated": False, "historical": False, "hypothetical": False, "family": False}
        s = spans[0]
        section = s[0]._.section_category
        return {"negated": s._.is_negated, "historical": s._.is_historical,
                "hypothetical": s._.is_hypothetical,
                "family": s._.is_family or section == "family_history"}

    return "spinecite (note-aware sentences, sections, spinecite ConText rules)", run


def stock_medspacy_runner() -> tuple[str, Callable[[dict], dict]]:
    import medspacy

    from spinecite.pipeline.quiet import silence_third_party_loggers

    silence_third_party_loggers()
    nlp = medspacy.load(medspacy_enable=["medspacy_pyrush", "medspacy_context"])
    context = nlp.get_pipe("medspacy_context")
    sentencizer = nlp.get_pipe("medspacy_pyrush")

    def run(row: dict) -> dict:
        doc = sentencizer(nlp.make_doc(row["sentence"]))
        span = _target_span(doc, row)
        doc.ents = [span] if span is not None else []
        doc = context(doc)
        if not doc.ents:
            return {"negated": False, "historical": False, "hypothetical": False, "family": False}
        e = doc.ents[0]
        return {"negated": e._.is_negated, "historical": e._.is_historical,
                "hypothetical": e._.is_hypothetical, "family": e._.is_family}

    return "stock medspaCy 1.3.1 (PyRuSH + default ConText rules)", run


def score(rows: list[dict], run: Callable[[dict], dict]) -> dict:
    neg = Counter()
    temporality = Counter()
    experiencer = Counter()
    started = time.perf_counter()
    for row in rows:
        got = run(row)
        gold_neg = row["negation"] == "negated"
        neg[(gold_neg, got["negated"])] += 1
        predicted_t = ("hypothetical" if got["hypothetical"]
                       else "historical" if got["historical"] else "recent")
        temporality[(row["temporality"], predicted_t)] += 1
        gold_e = row["experiencer"] != "patient"
        experiencer[(gold_e, got["family"])] += 1
    elapsed = time.perf_counter() - started
    tp, fp, fn, tn = neg[(True, True)], neg[(False, True)], neg[(True, False)], neg[(False, False)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    t_total = sum(temporality.values())
    out = {
        "rows": len(rows),
        "negation": {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision,
                     "recall": recall, "f1": f1, "specificity": tn / (tn + fp) if tn + fp else 0.0,
                     "accuracy": (tp + tn) / len(rows) if rows else 0.0},
        "temporality_accuracy": sum(v for (g, p), v in temporality.items() if g == p) / t_total,
        "temporality": {label: {"gold": sum(v for (g, _), v in temporality.items() if g == label),
                                "correct": temporality[(label, label)]}
                        for label in ("recent", "historical", "hypothetical")},
        "experiencer_accuracy": sum(v for (g, p), v in experiencer.items() if g == p) / len(rows),
        "seconds": elapsed,
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-baseline", action="store_true", help="skip stock medspaCy")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"negex benchmark: {args.data} not found", file=sys.stderr)
        return 2
    rows, skipped = load_rows(args.data, args.limit)
    print(f"NegEx/ConText test set: {len(rows)} rows scored "
          f"({skipped} skipped: annotated phrase longer than its sentence)")
    runners = [spinecite_runner()]
    if not args.no_baseline:
        runners.append(stock_medspacy_runner())
    table = []
    for name, run in runners:
        s = score(rows, run)
        n = s["negation"]
        print(f"\n{name}")
        print(f"  negation: accuracy {n['accuracy']:.3f}  precision {n['precision']:.3f}  "
              f"recall/sensitivity {n['recall']:.3f}  specificity {n['specificity']:.3f}  "
              f"F1 {n['f1']:.3f}  (tp {n['tp']} fp {n['fp']} fn {n['fn']} tn {n['tn']})")
        t = s["temporality"]
        print(f"  temporality: accuracy {s['temporality_accuracy']:.3f}  "
              + "  ".join(f"{k} {v['correct']}/{v['gold']}" for k, v in t.items()))
        print(f"  experiencer (patient vs other): accuracy {s['experiencer_accuracy']:.3f}")
        print(f"  {s['seconds']:.1f} s")
        table.append((name.split(" (")[0], n["accuracy"], n["recall"], n["specificity"],
                      n["precision"], n["f1"]))
    print("\nnegation, measured here beside the published figures (published: not re-run)")
    print(f"  {'':46} {'accuracy':>8} {'sens.':>6} {'spec.':>6} {'PPV':>6} {'F1':>6}")
    for name, *figures in table + PUBLISHED:
        cells = " ".join(f"{'-' if v is None else f'{v:.3f}':>{w}}"
                         for v, w in zip(figures, (8, 6, 6, 6, 6)))
        print(f"  {name:46} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
