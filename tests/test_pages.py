"""Reviewer page pieces built in Python: the criteria tree and the highlighted document."""

import datetime as dt

from spinecite.extractors.models import Evidence
from spinecite.flows.pages import anchor, criteria_html, segments
from spinecite.pipeline.intake import Document
from spinecite.review import CaseResult
from spinecite.rules.models import CriterionResult, Source


def test_criteria_are_nested_lists_with_escaped_words_and_evidence_links():
    evidence = [Evidence(document="note", start=0, end=9, text="<b>drop</b>", section=None)]
    leaf = CriterionResult(id="g.leaf", result="met", requires="foot drop <script>",
                           evidence=evidence, code="foot_drop")
    shared = CriterionResult(id="g.def", text="Definition & more", result="met",
                             source=Source(file="f.txt", section="S"), children=[leaf])
    tree = [CriterionResult(id="g.a", result="met", children=[shared]),
            CriterionResult(id="g.b", result="unknown", children=[shared])]
    html = str(criteria_html(tree))
    assert html.count('<li class="criterion"') == 6 and html.count("</li>") == 6
    assert html.count('<ul class="criteria">') == 4
    assert "<script>" not in html and "foot drop &lt;script&gt;" in html
    assert "“Definition &amp; more”" in html and '<span class="src">f.txt · S</span>' in html
    assert f'href="#{anchor("note", 0, 9)}">[&lt;b&gt;drop&lt;/b&gt;]</a>' in html
    assert '<span class="badge unknown">? unknown</span>' in html


def test_a_long_document_is_cut_at_every_span_and_loses_nothing():
    lines = [f"denies fever ({i})" for i in range(3000)]
    text = "\n".join(lines)
    evidence = [{"document": "note", "start": text.index(line) + 7, "end":
                 text.index(line) + 12, "text": "fever", "section": None} for line in lines[::3]]
    result = CaseResult.model_validate({
        "case_id": "c", "received_date": dt.date(2026, 1, 1), "status": "ok",
        "findings": [{"code": "fever", "assertion": "absent", "evidence": evidence}]})
    pieces = segments(Document(id="note", text=text, source=None, date=None, sha256="0"), result)
    assert "".join(p.text for p in pieces) == text
    marked = [p for p in pieces if p.assertions]
    assert len(marked) == 1000 and all(p.text == "fever" and p.anchors for p in marked)
    assert all(p.assertions == ("absent",) and p.codes == ("fever",) for p in marked)
