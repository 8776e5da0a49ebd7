"""Every evidence span is exact to the character: text == document[start:end]."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPORA
from spinecite.extractors import extract
from spinecite.pipeline.intake import Document, load_case, read_documents

CASES = sorted((CORPORA / "dev").glob("*.case.json")) + sorted(
    (CORPORA / "heldout").glob("*.case.json"))


def assert_exact(result, texts):
    for f in result.findings:
        assert f.evidence, f.code
        for e in f.evidence:
            assert texts[e.document][e.start:e.end] == e.text, (f.code, e.start, e.end)


@pytest.mark.skipif(not CASES, reason="no corpus")
def test_every_corpus_span_is_exact(nlp):
    checked = 0
    for path in CASES:
        case = load_case(path)
        documents = read_documents(case, path.parent)
        result = extract(documents, case.received_date, nlp=nlp)
        assert_exact(result, {d.id: d.text for d in documents})
        checked += sum(len(f.evidence) for f in result.findings)
    assert checked > 500  # the corpus really produced spans


FINDING_SENTENCES = [
    "Left foot drop noted.", "Denies saddle anesthesia.", "4/5 L EHL.",
    "Completed 6 weeks of PT without relief.", "DTR 1+ L achilles.", "SLR + @ 40°.",
    "h/o breast cancer.", "Pacemaker in place.",
]
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=noise, after=noise, sentence=st.sampled_from(FINDING_SENTENCES),
       crlf=st.booleans())
def test_spans_exact_whatever_surrounds_them(nlp, before, after, sentence, crlf):
    text = before + "\n" + sentence + "\n" + after
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = Document(id="d", text=text, source=None, date=None, sha256="0")
    result = extract([doc], dt.date(2026, 1, 1), nlp=nlp)
    assert_exact(result, {"d": text})
    assert result.findings  # the embedded finding sentence is found
