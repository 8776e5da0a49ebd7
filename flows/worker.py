"""Reviewing cases inside a worker process: the nlp is built once per process, and every
case gives exactly one result — an error result when the input is bad, anything fails, or
the case runs past its time limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from spinecite.flows import faults
from spinecite.flows.discover import CaseInput
from spinecite.flows.store import ResultStore, digest_of
from spinecite.flows.timelimit import CaseTimeout, case_timeout, time_limit
from spinecite.pipeline.errors import IntakeError
from spinecite.pipeline.intake import Document
from spinecite.review import (CaseResult, ResultError, error_result,
                              review_case_file_with_documents,
                              review_document_file_with_documents)

_nlp = None


def warm_up() -> None:
    """Process initializer: build the pipeline (its matchers compile their patterns at build)
    and load the rule files before the first case arrives, so that one-off loading (seconds)
    never counts against a case's time limit."""
    global _nlp
    from spinecite.pipeline import get_nlp
    from spinecite.review import load_rules

    _nlp = get_nlp()
    load_rules()


def prebuild() -> None:
    """In the batch's fork server (`flows/prebuilt.py`): built there once, the pipeline and
    the rules come with every worker process forked from it, instead of each worker building
    its own (6.7 s of CPU a worker, measured on 2 CPUs that the workers and Prefect share). A
    build that fails here is left to each worker's initializer, which fails as it always did."""
    try:
        warm_up()
    except Exception:
        pass


def init_pool_process() -> None:
    """Initializer of the batch's local worker processes (a no-op build when forked from a
    fork server that built)."""
    warm_up()
    faults.arm()


def ping() -> None:
    """A task that only makes the pool start its processes (their initializer builds)."""


def _error(case: CaseInput, kind: str, what: str) -> CaseResult:
    # the file name and what happened; never the note's text
    return CaseResult(case_id=case.case_id, status="error", input_sha256=case.input_sha256,
                      errors=[ResultError(kind=kind, message=f"{case.path.name}: {what}")])


def _review(case: CaseInput, bare_cpt: Sequence[str], received: dt.date
            ) -> tuple[CaseResult, list[Document]]:
    if case.kind == "duplicate":
        raise IntakeError("duplicate_case_id",
                          f"{case.path.name}: case_id already used by another case file "
                          "in this batch")
    if case.kind == "outside":
        raise IntakeError("path_outside_case",
                          f"{case.path.name}: a link that leaves the batch folder")
    faults.inject(case.case_id)
    if case.kind == "case_file":
        return review_case_file_with_documents(case.path, nlp=_nlp)
    result, documents = review_document_file_with_documents(case.path, bare_cpt, received,
                                                            nlp=_nlp)
    return result.model_copy(update={"case_id": case.case_id}), documents


def review_input(case: CaseInput, bare_cpt: Sequence[str], received: dt.date
                 ) -> tuple[CaseResult, list[Document]]:
    documents: list[Document] = []
    limit = case_timeout()
    try:
        with time_limit(limit):
            result, documents = _review(case, bare_cpt, received)
    except CaseTimeout:
        documents = []
        result = _error(case, "timeout", f"review took longer than {limit:g} s "
                                         "(SPINECITE_CASE_TIMEOUT)")
    except IntakeError as exc:
        result = error_result(case.case_id, exc)
    except Exception as exc:  # one broken case must not stop the batch; no note text here
        result = _error(case, "internal_error", f"internal error ({type(exc).__name__})")
    return result.model_copy(update={"input_sha256": case.input_sha256}), documents


def store_crash(case: CaseInput, out_dir: Path) -> tuple[str, dict]:
    """The result of a case whose worker process died while reviewing it."""
    result = _error(case, "worker_crashed", "the worker process died while reviewing this "
                                            "case (killed or out of memory)")
    ResultStore(out_dir).write(case.key, result)
    return case.key, digest_of(result)


def review_chunk(cases: Sequence[CaseInput], out_dir: Path, bare_cpt: Sequence[str],
                 received: dt.date) -> list[tuple[str, dict]]:
    """Reviews and stores a chunk; returns (key, digest of the result) per case."""
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
        done.append((case.key, digest_of(result)))
    return done
