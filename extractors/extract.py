"""Documents in, findings out: the pipeline run over every document of a case."""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from spacy.language import Language

from spinecite.extractors.findings import findings_from_docs
from spinecite.extractors.models import DocumentInfo, ExtractResult
from spinecite.pipeline import get_nlp, process, release
from spinecite.pipeline.across_documents import assert_across_documents
from spinecite.pipeline.document_kind import document_kind
from spinecite.pipeline.intake import Document


def extract(documents: Sequence[Document], received_date: Optional[dt.date] = None,
            nlp: Optional[Language] = None, patient_sex: Optional[str] = None) -> ExtractResult:
    """Findings of one case. Each document's time expressions resolve against the date its
    header states, else the date the case gives it, else an unlabelled date on its header
    line, else the case's received date. `patient_sex` ("M"/"F"): the case file's, read in
    every document before what a note says."""
    nlp = nlp or get_nlp()
    docs = []
    infos = []
    for document in documents:
        doc = process(document.text, document.date or received_date, nlp=nlp,
                      undated=document.date is None, patient_sex=patient_sex)
        if doc._.document_date is None and document.date is not None:
            doc._.document_date = document.date  # the case file dates the document
        doc._.received_date = received_date
        docs.append((document.id, doc))
        infos.append(DocumentInfo(id=document.id, source=document.source, ocr=document.ocr,
                                  pages=document.pages, chars=len(document.text),
                                  sha256=document.sha256,
                                  date=doc._.document_date or document.date,
                                  kind=document_kind(document.text)))
    assert_across_documents(docs)  # what the documents decide together, before findings read them
    findings = findings_from_docs(docs, [i.id for i in infos if i.kind == "payer_facing"])
    for _, doc in docs:
        release(doc)  # freed now, not by the garbage collector's next full pass
    return ExtractResult(documents=infos, findings=findings)
