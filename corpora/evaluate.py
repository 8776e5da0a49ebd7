"""Scores the pipeline against an annotated corpus (contract §6).

Figures, overall and per code:
- present precision / recall / F1 over (case, code) pairs asserted `present`;
- assertion accuracy: the share of gold (case, code) entries whose predicted set of
  assertions equals the gold set exactly (a code predicted both present and absent where gold
  says absent is wrong), plus the looser per-(code, assertion) recall;
- attribute accuracy for the attributes a gold file records (laterality, level, grade, score,
  weeks, outcome); a gold date of a month or a year ("2023-11") is matched by a predicted day
  in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from spinecite.extractors.models import Finding
from spinecite.pipeline.intake import IntakeError, load_case, read_documents
from spinecite.review import CaseResult, review_documents


@dataclass
class CaseScore:
    name: str
    gold: dict[str, set[str]]
    predicted: dict[str, set[str]]
    attributes_gold: dict[str, dict[str, Any]] = field(default_factory=dict)
    attributes_predicted: dict[str, dict[str, Any]] = field(default_factory=dict)
    error: Optional[str] = None
    determinations_gold: dict[str, str] = field(default_factory=dict)
    determinations_predicted: dict[str, str] = field(default_factory=dict)
    urgent_gold: Optional[bool] = None
    urgent_predicted: Optional[bool] = None


def gold_findings(gold: dict[str, Any]) -> dict[str, set[str]]:
    out = {}
    for code, value in (gold.get("findings") or {}).items():
        out[code] = {value} if isinstance(value, str) else set(value)
    return out


def predicted_attributes(findings: list[Finding]) -> dict[str, dict[str, Any]]:
    """Per code, the attributes of its present finding (else of its first finding)."""
    out: dict[str, dict[str, Any]] = {}
    for f in sorted(findings, key=lambda f: f.assertion != "present"):
        if f.code in out:
            continue
        attrs: dict[str, Any] = {"laterality": f.laterality, "level": f.level}
        if f.value is not None:
            attrs.update(f.value.model_dump(mode="json"))
        out[f.code] = attrs
    return out


def corpus_cases(directory: Path) -> list[tuple[str, Path, Path]]:
    cases = []
    for case_path in sorted(directory.glob("*.case.json")):
        name = case_path.name[: -len(".case.json")]
        cases.append((name, case_path, case_path.with_name(f"{name}.gold.json")))
    return cases


def guideline_outcomes(result: CaseResult) -> dict[str, str]:
    """Guideline -> outcome of a reviewed case, as its gold records it."""
    outcomes: dict[str, str] = {}
    for d in result.determinations:
        # a case with several CPT codes is met for a guideline only if met for every one
        if outcomes.get(d.guideline) != "not_met":
            outcomes[d.guideline] = d.outcome
    return outcomes


def score_case(name: str, case_path: Path, gold_path: Path) -> CaseScore:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = gold_findings(gold)
    gold_determinations = gold.get("determinations") or {}
    try:
        case = load_case(case_path)
        documents = read_documents(case, case_path.parent)
    except IntakeError as exc:
        return CaseScore(name, expected, {}, gold.get("attributes") or {}, {}, error=exc.kind,
                         determinations_gold=gold_determinations, urgent_gold=gold.get("urgent"))
    result = review_documents(case, documents)
    predicted: dict[str, set[str]] = defaultdict(set)
    for f in result.findings:
        predicted[f.code].add(f.assertion)
    determinations = guideline_outcomes(result)
    return CaseScore(name, expected, dict(predicted), gold.get("attributes") or {},
                     predicted_attributes(result.findings),
                     determinations_gold=gold_determinations,
                     determinations_predicted=determinations,
                     urgent_gold=gold.get("urgent"), urgent_predicted=result.priority == "urgent")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2})?")


def _attribute_matches(gold: Any, predicted: Any) -> bool:
    if isinstance(gold, (int, float)) and isinstance(predicted, (int, float)):
        return abs(gold - predicted) <= 0.5
    if isinstance(gold, str) and isinstance(predicted, str) and _PARTIAL_DATE.fullmatch(gold):
        # a note that dates a study by month or year ("MRI 11/2023") is annotated "2023-11";
        # the pipeline's date type holds a day, the first of that month: the same date
        return predicted == gold or predicted.startswith(gold + "-")
    return gold == predicted


def summarise(scores: list[CaseScore]) -> dict[str, Any]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn on present
    exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # correct, total
    found = [0, 0]  # correct, total over gold codes the pipeline also found
    pair_recall = [0, 0]
    attributes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        for code in set(s.gold) | set(s.predicted):
            g = s.gold.get(code, set())
            p = s.predicted.get(code, set())
            if "present" in g and "present" in p:
                counts[code][0] += 1
            elif "present" in p:
                counts[code][1] += 1
            elif "present" in g:
                counts[code][2] += 1
            if g:
                exact[code][1] += 1
                exact[code][0] += int(g == p)
                if p:
                    found[1] += 1
                    found[0] += int(g == p)
                pair_recall[1] += len(g)
                pair_recall[0] += len(g & p)
        for code, attrs in s.attributes_gold.items():
            got = s.attributes_predicted.get(code, {})
            for name, value in attrs.items():
                attributes[name][1] += 1
                attributes[name][0] += int(_attribute_matches(value, got.get(name)))
    determinations = _determination_figures(scores)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    per_code = {}
    for code in sorted(set(counts) | set(exact)):
        per_code[code] = {**_prf(*counts[code]),
                          "assertion_correct": exact[code][0], "assertion_total": exact[code][1]}
    correct = sum(v[0] for v in exact.values())
    judged = sum(v[1] for v in exact.values())
    return {
        "cases": len(scores),
        "errors": {s.name: s.error for s in scores if s.error},
        "present": _prf(*total),
        "assertion_accuracy": correct / judged if judged else 1.0,
        "assertion_judged": judged,
        "assertion_pair_recall": pair_recall[0] / pair_recall[1] if pair_recall[1] else 1.0,
        # i2b2-style: of the gold codes the pipeline found at all, how many carry exactly the
        # gold assertions (detection misses are counted by recall, not here)
        "assertion_accuracy_found": found[0] / found[1] if found[1] else 1.0,
        "assertion_found": found[1],
        "attributes": {name: {"correct": c, "total": t, "accuracy": c / t if t else 1.0}
                       for name, (c, t) in sorted(attributes.items())},
        "per_code": per_code,
        "determinations": determinations,
    }


def _determination_figures(scores: list[CaseScore]) -> dict[str, Any]:
    per: dict[str, Counter] = defaultdict(Counter)
    false_met: list[str] = []
    urgent = Counter()
    for s in scores:
        for guideline, expected in s.determinations_gold.items():
            got = s.determinations_predicted.get(guideline, "missing")
            per[guideline]["total"] += 1
            per[guideline]["correct"] += int(got == expected)
            if got == "met" and expected == "not_met":
                per[guideline]["false_met"] += 1
                false_met.append(f"{s.name}:{guideline}")
            if got == "not_met" and expected == "met":
                per[guideline]["false_not_met"] += 1
        if s.urgent_gold is not None:
            urgent[{(True, True): "tp", (True, False): "fn", (False, True): "fp",
                    (False, False): "tn"}[(bool(s.urgent_gold), bool(s.urgent_predicted))]] += 1
    total = sum(c["total"] for c in per.values())
    correct = sum(c["correct"] for c in per.values())
    return {
        "judged": total,
        "accuracy": correct / total if total else None,
        "false_met": len(false_met),
        "false_met_cases": false_met,
        "per_guideline": {g: {"accuracy": c["correct"] / c["total"], "total": c["total"],
                              "false_met": c["false_met"], "false_not_met": c["false_not_met"]}
                          for g, c in sorted(per.items())},
        "urgent_recall": urgent["tp"] / (urgent["tp"] + urgent["fn"])
        if urgent["tp"] + urgent["fn"] else None,
        "urgent_precision": urgent["tp"] / (urgent["tp"] + urgent["fp"])
        if urgent["tp"] + urgent["fp"] else None,
        "urgent_counts": dict(urgent),
    }


def evaluate_corpus(directory: Path) -> tuple[dict[str, Any], list[CaseScore]]:
    scores = [score_case(*entry) for entry in corpus_cases(directory)]
    return summarise(scores), scores


def format_report(summary: dict[str, Any]) -> str:
    p = summary["present"]
    lines = [
        f"cases: {summary['cases']}  (errors: {len(summary['errors'])})",
        f"findings present: precision {p['precision']:.3f}  recall {p['recall']:.3f}  "
        f"F1 {p['f1']:.3f}  (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})",
        f"assertion accuracy (exact set per gold code): {summary['assertion_accuracy']:.3f} "
        f"over {summary['assertion_judged']} gold findings; "
        f"(code, assertion) recall {summary['assertion_pair_recall']:.3f}",
        f"assertion accuracy on found codes (exact set): {summary['assertion_accuracy_found']:.3f} "
        f"over {summary['assertion_found']}",
    ]
    if summary["attributes"]:
        lines.append("attributes: " + ", ".join(
            f"{name} {a['accuracy']:.2f} ({a['correct']}/{a['total']})"
            for name, a in summary["attributes"].items()))
    lines.append("")
    lines.append(f"{'code':34} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}  assertion")
    for code, c in summary["per_code"].items():
        lines.append(f"{code:34} {c['precision']:5.2f} {c['recall']:5.2f} {c['f1']:5.2f} "
                     f"{c['tp']:4d} {c['fp']:4d} {c['fn']:4d}  "
                     f"{c['assertion_correct']}/{c['assertion_total']}")
    for name, kind in summary["errors"].items():
        lines.append(f"error: {name}: {kind}")
    d = summary["determinations"]
    if d["judged"]:
        lines.append("")
        lines.append(f"determinations: accuracy {d['accuracy']:.3f} over {d['judged']} "
                     f"(case, guideline) pairs; false met {d['false_met']}"
                     + (f" ({', '.join(d['false_met_cases'])})" if d["false_met_cases"] else ""))
        for g, c in d["per_guideline"].items():
            lines.append(f"  {g:18} accuracy {c['accuracy']:.3f} ({c['total']})  "
                         f"false met {c['false_met']}  false not_met {c['false_not_met']}")
        recall = "n/a" if d["urgent_recall"] is None else f"{d['urgent_recall']:.3f}"
        precision = "n/a" if d["urgent_precision"] is None else f"{d['urgent_precision']:.3f}"
        lines.append(f"urgent: recall {recall}  precision {precision}  {d['urgent_counts']}")
    else:
        lines.append("determinations: no gold determinations in this corpus")
    return "\n".join(lines)
