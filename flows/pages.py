"""Reviewer pages: static HTML per case and a triage queue over the batch.

Jinja2 with autoescape on: note text, file names and case ids are always escaped. A case
page shows each document with its evidence highlighted (colour by assertion), the
determinations of every guideline side by side, each criterion with its result, the
guideline's words and links to the evidence spans; clicking a link scrolls the span into view
and highlights it (CSS :target, no script needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from spinecite.flows.store import write_atomic
from spinecite.pipeline.intake import Document
from spinecite.review import CaseResult

PAGES_DIR = "pages"
QUEUE_PAGE = "index.html"
_env = Environment(loader=PackageLoader("spinecite.flows", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def anchor(document: str, start: int, end: int) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in document)
    return f"ev-{safe}-{start}-{end}"


@dataclass(frozen=True)
class Segment:
    text: str
    assertions: tuple[str, ...]   # of the spans covering this stretch; () for plain text
    codes: tuple[str, ...]
    anchors: tuple[str, ...]      # spans that start here


def segments(document: Document, result: CaseResult) -> list[Segment]:
    """The document cut at every evidence boundary, each piece knowing its covering spans."""
    spans = []
    for f in result.findings:
        for e in f.evidence:
            if e.document == document.id and 0 <= e.start < e.end <= len(document.text):
                spans.append((e.start, e.end, f.assertion, f.code))
    cuts = sorted({0, len(document.text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        starting = sorted({anchor(document.id, s[0], s[1]) for s in spans if s[0] == a})
        out.append(Segment(document.text[a:b],
                           tuple(sorted({s[2] for s in covering})),
                           tuple(sorted({s[3] for s in covering})), tuple(starting)))
    return out


_RESULT_ORDER = {"met": 0, "unknown": 1, "not_met": 2}


def by_result(criteria):
    """Met criteria first: what supports the request, then what a reviewer must check."""
    return sorted(criteria, key=lambda c: _RESULT_ORDER[c.result])


def render_case_page(result: CaseResult, documents: Sequence[Document]) -> str:
    return _env.get_template("case.html.j2").render(
        result=result, anchor=anchor, by_result=by_result,
        documents=[(d, segments(d, result)) for d in documents])


def write_case_page(out_dir: Path, key: str, result: CaseResult,
                    documents: Sequence[Document]) -> Path:
    pages = out_dir / PAGES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    target = pages / f"{key}.html"
    write_atomic(target, render_case_page(result, documents).encode("utf-8"))
    return target


_ORDER = {"urgent": 0, "not_met": 1, "met": 2, "error": 3, "findings_only": 4}


def queue_rank(result: Optional[dict]) -> str:
    """The queue a result's digest (`store.digest`) goes to."""
    if result is None or result["status"] == "error":
        return "error"
    if result["priority"] == "urgent":
        return "urgent"
    outcomes = {d["outcome"] for d in result["determinations"]}
    if "not_met" in outcomes:
        return "not_met"
    return "met" if "met" in outcomes else "findings_only"


def write_queue_page(out_dir: Path, results: Sequence[tuple[str, Optional[dict]]]) -> Path:
    """The triage queue over (key, digest of the result) pairs."""
    rows = sorted(((queue_rank(r), key, r) for key, r in results),
                  key=lambda t: (_ORDER[t[0]], t[2]["case_id"] if t[2] else t[1]))
    html = _env.get_template("queue.html.j2").render(rows=rows, pages_dir=PAGES_DIR)
    target = out_dir / QUEUE_PAGE
    write_atomic(target, html.encode("utf-8"))
    return target
