"""Reviewing cases inside a worker process: the nlp is built once per process, and every
case gives exactly one result — an error result when the input is bad or anything fails."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional, Sequence

from spinecite.flows.discover import CaseInput
from spinecite.flows.store import ResultStore
from spinecite.pipeline.errors import IntakeError
from spinecite.pipeline.intake import Document
from spinecite.review import (CaseResult, ResultError, error_result,
                              review_case_file_with_documents,
                              review_document_file_with_documents)

_nlp = None


def warm_up() -> None:
    """Process initializer: build the pipeline before the first case arrives."""
    global _nlp
    from spinecite.pipeline import get_nlp

    _nlp = get_nlp()


def review_input(case: CaseInput, bare_cpt: Sequence[str], received: dt.date
                 ) -> tuple[CaseResult, list[Document]]:
    documents: list[Document] = []
    try:
        if case.kind == "duplicate":
            raise IntakeError("duplicate_case_id",
                              f"{case.path.name}: case_id already used by another case file "
                              "in this batch")
        if case.kind == "outside":
            raise IntakeError("path_outside_case",
                              f"{case.path.name}: a link that leaves the batch folder")
        if case.kind == "case_file":
            result, documents = review_case_file_with_documents(case.path, nlp=_nlp)
        else:
            result, documents = review_document_file_with_documents(
                case.path, bare_cpt, received, nlp=_nlp)
            result = result.model_copy(update={"case_id": case.case_id})
    except IntakeError as exc:
        result = error_result(case.case_id, exc)
    except Exception as exc:  # one broken case must not stop the batch; no note text here
        result = CaseResult(case_id=case.case_id, status="error", errors=[ResultError(
            kind="internal_error", message=f"{case.path.name}: internal error "
                                           f"({type(exc).__name__})")])
    return result.model_copy(update={"input_sha256": case.input_sha256}), documents


def store_crash(case: CaseInput, out_dir: Path) -> tuple[str, str, Optional[str]]:
    """The result of a case whose worker process died while reviewing it."""
    result = CaseResult(case_id=case.case_id, status="error", input_sha256=case.input_sha256,
                        errors=[ResultError(kind="worker_crashed", message=(
                            f"{case.path.name}: the worker process died while reviewing this "
                            "case (killed or out of memory)"))])
    ResultStore(out_dir).write(case.key, result)
    return case.key, "error", "worker_crashed"


def review_chunk(cases: Sequence[CaseInput], out_dir: Path, bare_cpt: Sequence[str],
                 received: dt.date) -> list[tuple[str, str, Optional[str]]]:
    """Reviews and stores a chunk; returns (key, status, error kind) per case."""
    if _nlp is None:
        warm_up()
    from spinecite.flows.pages import write_case_page

    store = ResultStore(out_dir)
    done = []
    for case in cases:
        result, documents = review_input(case, bare_cpt, received)
        # the page first: a stored result means the case is done, page included
        write_case_page(out_dir, case.key, result, documents)
        store.write(case.key, result)
        done.append((case.key, result.status, result.errors[0].kind if result.errors else None))
    return done
