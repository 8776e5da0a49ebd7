"""`spinecite rules coverage`: per guideline and region, how much of the source is encoded.

An indication of the source is either encoded (its logic decides on findings), encoded with a
judgment node (part of it no note can settle: it can be `unknown`, never `met` by that part),
judgment-only (listed, never evaluated to met), or listed as not encoded. Nothing is hidden.
"""

from __future__ import annotations

from typing import Iterable

from spinecite.rules.ruleset import Entry, Guideline, JudgmentNode, walk

REGIONS = ("lumbar", "cervical", "thoracic")


def _has_judgment(entry: Entry) -> bool:
    return any(isinstance(n, JudgmentNode) for n in walk(entry.when))


def _in_region(entries: Iterable[Entry], region: str) -> list[Entry]:
    return [e for e in entries if not e.regions or region in e.regions]


def coverage_rows(guidelines: Iterable[Guideline]) -> list[dict]:
    rows = []
    for g in guidelines:
        for region in REGIONS:
            indications = _in_region(g.indications, region)
            judgment_only = _in_region(g.judgment_only, region)
            not_encoded = _in_region(g.not_encoded, region)
            if not (indications or judgment_only or not_encoded):
                continue
            with_judgment = [e for e in indications if _has_judgment(e)]
            rows.append({
                "guideline": g.id, "region": region,
                "in_source": len(indications) + len(judgment_only) + len(not_encoded),
                "encoded": len(indications) - len(with_judgment),
                "encoded_with_judgment": len(with_judgment),
                "judgment_only": len(judgment_only),
                "not_encoded": len(not_encoded),
            })
    return rows


def format_coverage(rows: list[dict]) -> str:
    header = (f"{'guideline':18} {'region':9} {'in source':>9} {'encoded':>8} "
              f"{'+judgment':>9} {'judgment-only':>13} {'not encoded':>11}")
    lines = [header]
    for r in rows:
        lines.append(f"{r['guideline']:18} {r['region']:9} {r['in_source']:9d} {r['encoded']:8d} "
                     f"{r['encoded_with_judgment']:9d} {r['judgment_only']:13d} "
                     f"{r['not_encoded']:11d}")
    return "\n".join(lines)
