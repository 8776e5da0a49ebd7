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


def test_the_case_page_shows_the_red_flags_with_links_to_their_highlighted_evidence():
    from spinecite.flows.pages import render_case_page
    text = "Exam: new urinary retention since this morning. Plan: MRI."
    start = text.index("urinary retention")
    span = {"document": "note", "start": start, "end": start + 17, "text": "urinary retention",
            "section": None}
    flag = {"id": "contract-red-flags.cauda-equina", "result": "met", "evidence": [span],
            "text": "cauda equina syndrome findings",
            "source": {"file": "CONTRACT.md", "section": "§3"},
            "children": [{"id": "contract-red-flags.cauda-equina.when", "result": "met",
                          "requires": "bladder dysfunction", "code": "bladder_dysfunction",
                          "evidence": [span]}]}
    base = {"case_id": "c", "received_date": dt.date(2026, 1, 1), "status": "ok",
            "findings": [{"code": "bladder_dysfunction", "assertion": "present",
                          "evidence": [span]}]}
    note = Document(id="note", text=text, source=None, date=None, sha256="0")
    html = render_case_page(CaseResult.model_validate(
        {**base, "priority": "urgent", "red_flags": [flag]}), [note])
    section = html[html.index('id="red-flags"'):html.index("</section>", html.index('id="red-flags"'))]
    assert "“cauda equina syndrome findings”" in section and "CONTRACT.md · §3" in section
    assert "bladder dysfunction" in section
    link = anchor("note", start, start + 17)
    assert f'href="#{link}">[urinary retention]</a>' in section
    assert f'id="{link}"' in html   # the span it links to is highlighted in the document
    # routine: no red-flag section
    routine = render_case_page(CaseResult.model_validate(base), [note])
    assert 'id="red-flags"' not in routine
