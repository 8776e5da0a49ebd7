"""Reviewer pages: static HTML per case and a triage queue over the batch.

Jinja2 with autoescape on: note text, file names and case ids are always escaped. A case
page shows each document with its evidence highlighted (colour by assertion), the
determinations of every guideline side by side, each criterion with its result, the
guideline's words and links to the evidence spans; clicking a link scrolls the span into view
and highlights it (CSS :target, no script needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from jinja2 import Environment, PackageLoader, select_autoescape
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from spinecite.flows.store import write_atomic
from spinecite.pipeline.intake import Document
from spinecite.review import CaseResult
from spinecite.rules.models import CriterionResult

PAGES_DIR = "pages"
QUEUE_PAGE = "index.html"
_env = Environment(loader=PackageLoader("spinecite.flows", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)


def anchor(document: str, start: int, end: int) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in document)
    return f"ev-{safe}-{start}-{end}"


def evidence_links(evidence) -> Markup:
    """The links to a list of evidence spans. A page repeats the same spans across hundreds
    of criteria, so each link is rendered once per process instead of by the template."""
    return Markup("".join(_evidence_link(e.document, e.start, e.end, e.text) for e in evidence))


@lru_cache(maxsize=65536)
def _evidence_link(document: str, start: int, end: int, text: str) -> str:
    label = escape(do_truncate(_env, text, 40))
    return f'<a class="ev-link" href="#{escape(anchor(document, start, end))}">[{label}]</a>'


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
    spans.sort()
    out = []
    covering: list[tuple[int, int, str, str]] = []  # every span boundary is a cut: one sweep
    following = 0
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in covering if s[1] > a]
        starting = []
        while following < len(spans) and spans[following][0] == a:
            covering.append(spans[following])
            starting.append(spans[following])
            following += 1
        out.append(Segment(document.text[a:b],
                           tuple(sorted({s[2] for s in covering})),
                           tuple(sorted({s[3] for s in covering})),
                           tuple(sorted({anchor(document.id, s[0], s[1]) for s in starting}))))
    return out


_RESULT_ORDER = {"met": 0, "unknown": 1, "not_met": 2}


def by_result(criteria):
    """Met criteria first: what supports the request, then what a reviewer must check."""
    return sorted(criteria, key=lambda c: _RESULT_ORDER[c.result])


_RESULT_LABELS = {"met": "✓ met", "not_met": "✗ not met", "unknown": "? unknown"}


def criteria_html(criteria: Sequence[CriterionResult]) -> Markup:
    """The criteria trees as nested lists. A page holds thousands of criteria; building the
    HTML here costs a fraction of a recursive template macro, and a subtree the evaluator
    shares between indications (a definition's result) is built once."""
    done: dict[int, tuple[CriterionResult, str]] = {}

    def one(c: CriterionResult) -> str:
        if id(c) in done:
            return done[id(c)][1]
        parts = [f'<li class="criterion" data-id="{escape(c.id)}">\n  <span class="badge '
                 f'{escape(c.result)}">{escape(_RESULT_LABELS[c.result])}</span>\n']
        if c.text:
            parts.append(f'<span class="crit-text">“{escape(c.text)}”</span>')
            if c.source:
                section = f" · {escape(c.source.section)}" if c.source.section else ""
                parts.append(f' <span class="src">{escape(c.source.file)}{section}</span>')
        else:
            parts.append(f"<span>{escape(c.requires or c.id)}</span>")
        if c.evidence:
            parts.append(evidence_links(c.evidence))
        if c.children:
            parts.append(f'<ul class="criteria">{"".join(map(one, c.children))}</ul>')
        parts.append("</li>\n")
        html = "".join(parts)
        done[id(c)] = (c, html)  # the criterion is kept so that its id stays its own
        return html

    return Markup("".join(map(one, criteria)))


def render_case_page(result: CaseResult, documents: Sequence[Document]) -> str:
    return _env.get_template("case.html.j2").render(
        result=result, by_result=by_result, evidence_links=evidence_links,
        criteria_html=criteria_html,
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
