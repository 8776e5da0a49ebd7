"""Reviewing cases inside a worker process: the nlp is built once per process, and every
case gives exactly one result — an error result when the input is bad, anything fails, or
the case runs past its time limit."""

from __future__ import annotations

import datetime as dt
import gc
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


# A short note in the shape of the ones a batch reviews (no patient's: written for this).
_REHEARSAL = ("HPI: 52 year old with low back pain radiating to the left leg for 8 weeks. "
              "Failed physical therapy for 6 weeks and naproxen. Denies bowel or bladder "
              "incontinence, no fever, no history of cancer.\n"
              "Exam: decreased sensation L5 dermatome, EHL strength 4/5 on the left.\n"
              "Plan: MRI lumbar spine without contrast.\n")


def rehearse() -> None:
    """Reviews `_REHEARSAL` (and renders its page) once, writing nothing: what the build leaves
    to a process's first case (the cleaning lexicon's and the attribute cues' regexes, the
    target matcher's Hyperscan database load, the literal scan's Hyperscan compile, the
    red-flag rules) is then done in this process. In the fork server, every worker forked
    from it starts with all of that done instead of doing it again: a forked worker's first
    case took 1.2-1.3 s of CPU against 0.15-0.25 s for the next ones (session 37, loaded).
    The caches it fills only make later cases faster, never different."""
    from spinecite.flows.pages import render_case_page
    from spinecite.pipeline.intake import Case, read_documents
    from spinecite.review import review_documents

    case = Case.model_validate({"case_id": "rehearsal", "received_date": "2026-03-02",
                                "request": {"cpt": ["72148"]},
                                "documents": [{"id": "note", "text": _REHEARSAL}]})
    documents = read_documents(case, Path("."))
    result = review_documents(case, documents, nlp=_nlp)
    render_case_page(result, documents)
    digest_of(result)
    result.model_dump_json()


def prebuild() -> None:
    """In the batch's fork server (`flows/prebuilt.py`): built there once, the pipeline and
    the rules come with every worker process forked from it, instead of each worker building
    its own (6.7 s of CPU a worker, measured on 2 CPUs that the workers and Prefect share),
    and so do the first case's set-ups (`rehearse`). A build that fails here is left to each
    worker's initializer, which fails as it always did; a rehearsal that fails leaves the
    set-ups to each worker's first case, as before."""
    try:
        warm_up()
        rehearse()
    except Exception:
        pass
    # what the build and the rehearsal left is kept out of the collector's passes, as
    # `load_rules` keeps the rules: a worker's collections then never write to (and copy)
    # the pages it shares with the fork server
    gc.collect()
    gc.freeze()


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
