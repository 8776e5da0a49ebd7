"""What the reading tests (tests/test_*_readings.py) share: a packet of notes read as `extract`
reads a case, what it found for one code, and a case file reviewed as `spinecite review`
reviews one. The one-note fixtures (`findings_of`, `assertions_of`, `review_note`) are in
conftest.py; these are for the tests that need more than one note, or a case of their own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterable, Optional, Sequence

RECEIVED = dt.date(2026, 12, 1)
NOTE_DATE = dt.date(2026, 11, 27)


def read_packet(nlp, notes: Iterable[tuple[str, dt.date, str]], received: dt.date = RECEIVED,
                **extract_args):
    """`extract`'s result for a packet of (id, date, text) notes, read together as a case's
    documents (a test's note has no file, so no digest: findings do not read it)."""
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    docs = [Document(id=id_, text=text, source=None, date=date, sha256="0")
            for id_, date, text in notes]
    return extract(docs, received, nlp=nlp, **extract_args)


def assertions_by_code(findings: Iterable) -> dict[str, set[str]]:
    """{code: the assertions of its findings}: what most packet tests check."""
    table: dict[str, set[str]] = {}
    for f in findings:
        table.setdefault(f.code, set()).add(f.assertion)
    return table


def of_code(findings: Iterable, code: str, assertion: Optional[str] = None) -> list:
    """The findings of `code` (of that assertion only, where one is given), in their order."""
    return [f for f in findings
            if f.code == code and (assertion is None or f.assertion == assertion)]


def present_values(findings_of, text: str, code: str, received: dt.date = RECEIVED,
                   date: dt.date = NOTE_DATE) -> list:
    """The values of one note's present findings of `code` (conftest's `findings_of`)."""
    result = findings_of(text, received, date=date)[1]
    return [f.value for f in of_code(result.findings, code, "present")]


def review_case(tmp_path: Path, nlp, case_id: str,
                documents: Sequence[tuple[str, str, str]], cpt: str,
                guidelines: Optional[Sequence[str]] = None, received: str = "2026-12-04",
                age: int = 50, sex: str = "F"):
    """The result of `spinecite review` on a case file of (id, date, text) documents (dates
    ISO strings), requesting `cpt` under `guidelines` (all governing ones when None)."""
    from spinecite.review import review_case_file

    request = {"cpt": [cpt]}
    if guidelines is not None:
        request["guidelines"] = list(guidelines)
    case = {"case_id": case_id, "received_date": received, "patient": {"age": age, "sex": sex},
            "request": request,
            "documents": [{"id": id_, "date": date, "text": text}
                          for id_, date, text in documents]}
    path = tmp_path / f"{case_id}.case.json"
    path.write_text(json.dumps(case))
    return review_case_file(path, nlp=nlp)
