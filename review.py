"""A case from file to result (contract §3): intake → nlp → findings → rules.

Every input gives exactly one result; bad input is an `error` result naming what is wrong,
never the note's text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
from pathlib import Path
from typing import Literal, Optional, Sequence

from pydantic import BaseModel, ConfigDict
from spacy.language import Language

from spinecite import __version__
from spinecite.extractors import extract
from spinecite.extractors.models import DocumentInfo, ExtractResult, Finding
from spinecite.pipeline.demographics import stated_age
from spinecite.pipeline.intake import (Case, Document, IntakeError, load_case, read_documents,
                                       read_file)
from spinecite.rules.evaluator import CaseFacts, evaluate, prepare, red_flags
from spinecite.rules.models import CriterionResult, Determination
from spinecite.rules.ruleset import Guideline, load_all, load_red_flags


class ResultError(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: Optional[str] = None
    kind: str
    message: str


class CaseResult(BaseModel):
    """The result of one case: what `review` prints and `batch` writes, one per line."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    received_date: Optional[dt.date] = None
    status: Literal["ok", "error"]
    errors: list[ResultError] = []
    documents: list[DocumentInfo] = []
    findings: list[Finding] = []
    determinations: list[Determination] = []
    priority: Literal["urgent", "routine"] = "routine"
    # the contract §3 red flags the documentation raises, with their evidence: why a case is
    # urgent, whatever guideline governs (or none does)
    red_flags: list[CriterionResult] = []
    # provenance, so a batch re-run can skip what it already did
    input_sha256: Optional[str] = None
    spinecite_version: str = __version__


def applicable(cpts: Sequence[str], requested: Optional[Sequence[str]],
               guidelines: dict[str, Guideline]) -> list[tuple[Guideline, str]]:
    """(guideline, cpt) pairs to evaluate: the requested guidelines for every CPT (those that do
    not govern it come out not_applicable), else every guideline governing a CPT."""
    known = set().union(*(g.governs for g in guidelines.values())) if guidelines else set()
    unknown_cpt = [c for c in cpts if c not in known]
    if unknown_cpt:
        raise IntakeError("unknown_cpt", f"unknown CPT code(s) {', '.join(unknown_cpt)}: not a "
                          "spine CT/MRI code any guideline governs")
    if requested:
        unknown = [g for g in requested if g not in guidelines]
        if unknown:
            raise IntakeError("unknown_guideline", f"unknown guideline(s): {', '.join(unknown)} "
                              f"(known: {', '.join(sorted(guidelines))})")
        return [(guidelines[g], cpt) for g in requested for cpt in cpts]
    return [(g, cpt) for cpt in cpts for g in guidelines.values() if cpt in g.governs]


def _age(case: Case, documents: Sequence[Document],
         dates: Sequence[tuple[str, dt.date]]) -> Optional[float]:
    """The case's own age; else the age the latest note states (a packet spans years, and the
    age that matters is today's)."""
    if case.patient and case.patient.age is not None:
        return float(case.patient.age)
    return _document_age(documents, dates, case.received_date)


def _document_age(documents: Sequence[Document], document_dates: Sequence[tuple[str, dt.date]],
                  received: dt.date) -> Optional[float]:
    dates = dict(document_dates)
    # latest first; undated notes after the dated ones, in packet order (a reversed sort
    # keeps equal keys in their order)
    for document in sorted(documents, key=lambda d: dates.get(d.id) or dt.date.min, reverse=True):
        age = stated_age(document.text, dates.get(document.id) or received)
        if age is not None:
            return float(age)
    return None


def _document_dates(documents: Sequence[DocumentInfo]) -> tuple[tuple[str, dt.date], ...]:
    return tuple((d.id, d.date) for d in documents if d.date is not None)


def _payer_facing(documents: Sequence[DocumentInfo]) -> tuple[str, ...]:
    # whose claims the rules weigh against the clinical notes (rules/claims.py)
    return tuple(d.id for d in documents if d.kind == "payer_facing")


def _texts(documents: Sequence[Document]) -> tuple[tuple[str, str], ...]:
    # what evidence offsets index into: the rules read the words around a deficit's evidence
    return tuple((d.id, d.text) for d in documents)


@functools.lru_cache(maxsize=None)
def load_rules() -> tuple[dict[str, Guideline], Guideline]:
    """The guidelines and the red flags, loaded once per process with every node's static
    entry (rules/evaluator.py `prepare`), and then set aside from the cyclic garbage
    collector, as the pipeline is (pipeline/nlp.py): their ~20,000 objects live
    as long as the process, and each full collection walked them all again (~17 ms; a review
    triggers one every ~15 cases, measured)."""
    guidelines, flags = load_all(), load_red_flags()
    for guideline in (*guidelines.values(), flags):
        prepare(guideline)
    gc.collect()
    gc.freeze()
    return guidelines, flags


def review_documents(case: Case, documents: Sequence[Document],
                     nlp: Optional[Language] = None) -> CaseResult:
    guidelines = load_rules()[0]
    pairs = applicable(case.request.cpt, case.request.guidelines, guidelines)
    extracted = extract(documents, case.received_date, nlp=nlp,
                        patient_sex=case.patient.sex_letter if case.patient else None)
    return _reviewed(case, documents, pairs, extracted)


def _reviewed(case: Case, documents: Sequence[Document], pairs: list[tuple[Guideline, str]],
              extracted: ExtractResult) -> CaseResult:
    """`review_documents` after extract, in a frame of its own: an exception the pipeline
    raises and catches within leaves a reference cycle through its traceback's frames,
    `review_documents`' among them, and a frame so kept keeps the locals it returns with. Made
    there, the case's ~1,500 criteria would outlive the result until the cyclic collector found
    them (perf35a measured four more young collections per 120 notes). The one such exception
    found, the abbreviation detector's pattern validation in about one note in three, is now
    gone at its source (pipeline/abbreviations.py); this frame keeps any other from holding
    the criteria."""
    document_dates = _document_dates(extracted.documents)
    age = _age(case, documents, document_dates)
    # the collector resumes once the case's facts are gone, and with them what the evaluators
    # made from them (the evidence merges' keys, the tests' outcomes, the notes' words read:
    # ~260 of the ~3,300 objects the determinations leave young): it walks only what the
    # result keeps (`_no_collection_pauses`)
    with _no_collection_pauses():
        determinations, raised = determine(pairs, CaseFacts(
            case.received_date, age, tuple(extracted.findings), document_dates=document_dates,
            texts=_texts(documents), payer_facing=_payer_facing(extracted.documents)))
        urgent = bool(raised) or any(d.urgent for d in determinations)
        return CaseResult(case_id=case.case_id, received_date=case.received_date, status="ok",
                          documents=extracted.documents, findings=extracted.findings,
                          determinations=determinations,
                          priority="urgent" if urgent else "routine", red_flags=raised)


def determine(pairs: Sequence[tuple[Guideline, str]], facts: CaseFacts
              ) -> tuple[list[Determination], list[CriterionResult]]:
    """Every (guideline, CPT) determination, and contract §3's red flags the findings raise. A
    red flag is urgent under every guideline that governs the study, whether or not that
    guideline's own urgent indications cover the region or are met; and it makes the case
    urgent even where no guideline governs."""
    with _no_collection_pauses():
        raised = red_flags(load_rules()[1], facts)
        determinations = []
        for guideline, cpt in pairs:
            d = evaluate(guideline, cpt, facts)
            if raised and not d.urgent and d.outcome != "not_applicable":
                d = d.model_copy(update={"urgent": True})
            determinations.append(d)
    return determinations, raised


@contextlib.contextmanager
def _no_collection_pauses():
    """Evaluation allocates some 1,000 criteria objects a guideline, which triggers the cyclic
    garbage collector dozens of times, and each of its full passes walks the whole loaded
    pipeline (measured: half the evaluation's time). The criteria trees hold no reference
    cycles, so nothing waits for the collector; it resumes right after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def review_case_file(path: Path, nlp: Optional[Language] = None) -> CaseResult:
    return review_case_file_with_documents(path, nlp)[0]


def review_case_file_with_documents(path: Path, nlp: Optional[Language] = None
                                    ) -> tuple[CaseResult, list[Document]]:
    """The result and the documents' text as read (which the reviewer page shows)."""
    case = load_case(path)
    documents = read_documents(case, path.parent)
    return review_documents(case, documents, nlp=nlp), documents


def review_document_file(path: Path, cpt: Sequence[str], received_date: dt.date,
                         guidelines: Optional[Sequence[str]] = None,
                         nlp: Optional[Language] = None) -> CaseResult:
    return review_document_file_with_documents(path, cpt, received_date, guidelines, nlp)[0]


def review_document_file_with_documents(path: Path, cpt: Sequence[str], received_date: dt.date,
                                        guidelines: Optional[Sequence[str]] = None,
                                        nlp: Optional[Language] = None
                                        ) -> tuple[CaseResult, list[Document]]:
    """A bare document reviewed with the request given on the command line (contract §1);
    with no CPT code, findings only."""
    document = read_file(path, document_id=path.name)
    if not cpt:
        # no study asked for, so no guideline applies; a red flag in the notes still puts the
        # document at the top of the queue
        extracted = extract([document], received_date, nlp=nlp)
        document_dates = _document_dates(extracted.documents)
        facts = CaseFacts(received_date, _document_age([document], document_dates, received_date),
                          tuple(extracted.findings), document_dates=document_dates,
                          texts=_texts([document]))
        raised = red_flags(load_rules()[1], facts)
        return CaseResult(case_id=path.stem, received_date=received_date, status="ok",
                          documents=extracted.documents, findings=extracted.findings,
                          priority="urgent" if raised else "routine",
                          red_flags=raised), [document]
    case = Case.model_validate({
        "case_id": path.stem, "received_date": received_date,
        "request": {"cpt": list(cpt), "guidelines": list(guidelines) if guidelines else None},
        "documents": [{"id": path.name, "path": path.name}]})
    return review_documents(case, [document], nlp=nlp), [document]


def error_result(case_id: str, error: IntakeError,
                 received_date: Optional[dt.date] = None) -> CaseResult:
    return CaseResult(case_id=case_id, received_date=received_date, status="error",
                      errors=[ResultError(document=error.document, kind=error.kind,
                                          message=error.message)])
