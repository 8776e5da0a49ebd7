"""The assertions only a case's documents together decide, settled once over all of them.

The nlp stage reads one note at a time (pipeline/assertion.py); a packet's documents also
speak of each other: an old imaging report shows the lesion that another document says an
operation later treated. `assert_across_documents` settles those readings on the Docs' spans
after every document has been processed and before the findings stage reads them, so that
the findings stage only reads assertions that are final.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from spinecite.pipeline.assertion import operable_lesion_level, operated_at, operation_done_by
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.resources import load_json


def assert_across_documents(docs: Sequence[tuple[str, Doc]]) -> None:
    """Settles, in place, the assertions of one case's processed Docs (`docs` pairs each
    document id with its Doc) that depend on the case's other documents. Call it once per
    case, after the nlp stage and before `extractors.findings.findings_from_docs`; a second
    call changes nothing, and one document alone is left as it is."""
    _operated_in_another_document(docs)


def _operated_in_another_document(docs: Sequence[tuple[str, Doc]]) -> None:
    """A packet's old imaging report dated no later than an operation another of its
    documents tells at the lesion's level ("MRI 02/20/2024: L5-S1 extrusion" beside "s/p
    L5-S1 microdiscectomy 03/12/2024") shows the lesion the operation treated: historical,
    as inside one note (pipeline/assertion.py `_seen_before_its_operation`)."""
    rule = load_json("assertion_policy.json")["treated_by_surgery"]
    surgeries = [(document_id, span, done) for document_id, doc in docs
                 for span in doc.spans.get(SPAN_GROUP, [])
                 if span.label_ == "prior_spine_surgery" and span._.assertion == "present"
                 and (done := operation_done_by(span)) is not None]
    if not surgeries:
        return
    for document_id, doc in docs:
        written = doc._.document_date
        if written is None:
            continue
        for span in doc.spans.get(SPAN_GROUP, []):
            if span._.assertion != "present":
                continue
            level = operable_lesion_level(span, rule)
            if level is not None and any(
                    other != document_id and written <= done and operated_at(surgery, level)
                    for other, surgery, done in surgeries):
                span._.assertion = "historical"
