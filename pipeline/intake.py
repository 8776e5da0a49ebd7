"""Stage 1: a case file (contract §1) or a bare document becomes documents with text.

Errors name the file and what is wrong, never the note's content (it is PHI).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from spinecite.pipeline.demographics import sex_letter
from spinecite.pipeline.errors import IntakeError

TEXT_SUFFIXES = {".txt"}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES

# A note longer than this is refused rather than processed for minutes (a 1,200-token office
# note is ~8,000 characters); SPINECITE_MAX_CHARS overrides it.
MAX_CHARS = int(os.environ.get("SPINECITE_MAX_CHARS", "2000000"))

__all__ = ["Case", "Document", "IntakeError", "load_case", "read_documents", "read_file"]


class Patient(BaseModel):
    model_config = ConfigDict(extra="allow")

    age: Optional[int] = Field(None, ge=0, le=130)
    sex: Optional[str] = None

    @property
    def sex_letter(self) -> Optional[str]:
        """"M" or "F" for the sex as the case file spells it ("F", "female", "Woman"); None for
        one it does not state or that is neither, so that the notes' own words decide."""
        return sex_letter(self.sex)


class Request(BaseModel):
    model_config = ConfigDict(extra="allow")

    cpt: list[str] = Field(min_length=1)
    guidelines: Optional[list[str]] = None


class DocumentRef(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    path: Optional[str] = None
    text: Optional[str] = None
    date: Optional[dt.date] = None

    @model_validator(mode="after")
    def _one_source(self) -> "DocumentRef":
        if (self.path is None) == (self.text is None):
            raise ValueError("a document needs exactly one of 'path' or 'text'")
        return self


class Case(BaseModel):
    model_config = ConfigDict(extra="allow")

    case_id: str = Field(min_length=1)
    received_date: dt.date
    patient: Optional[Patient] = None
    request: Request
    documents: list[DocumentRef] = Field(min_length=1)


@dataclass(frozen=True)
class Document:
    """A document's text as the pipeline reads it; evidence offsets index into `text`."""

    id: str
    text: str
    source: Optional[str]
    date: Optional[dt.date]
    sha256: str
    ocr: bool = False
    pages: Optional[int] = None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_case(path: Path) -> Case:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IntakeError("unreadable", f"{path}: cannot read the case file ({exc.strerror})")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise IntakeError("malformed_case", f"{path}: not valid UTF-8 JSON{where}")
    try:
        # JSON may escape half a surrogate pair ("\ud83d"); such a string is not Unicode text
        # and would fail later, when it is hashed or written out
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise IntakeError("malformed_case", f"{path}: a string holds an unpaired surrogate "
                          "escape (\\uD800-\\uDFFF); not valid Unicode")
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'case'}: {err['msg']}" for err in exc.errors())
        raise IntakeError("invalid_case", f"{path}: {problems}")


def _decode_text(data: bytes, name: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise IntakeError("encoding", f"{name}: UTF-16 text; spinecite reads UTF-8 (re-save the "
                          "file as UTF-8)", document=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IntakeError("encoding", f"{name}: not UTF-8 text (invalid byte at offset {exc.start})",
                          document=name)
    if "\x00" in text:
        raise IntakeError("binary", f"{name}: contains NUL bytes; not a text document", document=name)
    return text


def read_file(path: Path, document_id: Optional[str] = None,
              date: Optional[dt.date] = None, source: Optional[str] = None) -> Document:
    """A document file: UTF-8 text, a PDF (text layer, OCR for scanned pages) or an image
    (OCR; every page of a multi-page TIFF)."""
    from spinecite.pipeline import ocr, pdf

    document_id = document_id or path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IntakeError("unsupported_type",
                          f"{path}: unsupported document type '{suffix}' "
                          f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})",
                          document=document_id)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IntakeError("unreadable", f"{path}: cannot read ({exc.strerror})", document=document_id)
    if not data:
        raise IntakeError("empty", f"{path}: the file is empty", document=document_id)
    pages, used_ocr = None, False
    if suffix in TEXT_SUFFIXES:
        text = _decode_text(data, str(path))
    elif suffix in PDF_SUFFIXES:
        text, pages, used_ocr = pdf.read_pdf(data, str(path))
    else:
        page_images = ocr.image_pages(data, str(path))
        text, pages = ocr.ocr_pages(page_images, str(path))
        used_ocr = True
    _check_size(text, str(path), document_id)
    if not text.strip():
        kind = "no_text_found" if used_ocr else "empty"
        raise IntakeError(kind, f"{path}: the document has no text"
                          + (" (OCR found none)" if used_ocr else ""), document=document_id)
    return Document(id=document_id, text=text, source=source or str(path), date=date,
                    sha256=_sha256(data), ocr=used_ocr, pages=pages)


def _check_size(text: str, name: str, document_id: str) -> None:
    if len(text) > MAX_CHARS:
        raise IntakeError("too_large", f"{name}: {len(text):,} characters, over the limit of "
                          f"{MAX_CHARS:,} (SPINECITE_MAX_CHARS)", document=document_id)


def _resolve_inside(case_dir: Path, relative: str, document_id: str) -> Path:
    candidate = Path(relative)
    if candidate.is_absolute():
        raise IntakeError("path_outside_case",
                          f"document '{document_id}': absolute paths are not allowed", document_id)
    root = case_dir.resolve()
    resolved = (case_dir / candidate).resolve()
    if root != resolved and root not in resolved.parents:
        raise IntakeError("path_outside_case",
                          f"document '{document_id}': path leaves the case folder", document_id)
    if not resolved.exists():
        raise IntakeError("missing_document",
                          f"document '{document_id}': {relative} does not exist", document_id)
    return resolved


def read_documents(case: Case, case_dir: Path) -> list[Document]:
    documents = []
    for ref in case.documents:
        if ref.text is not None:
            if not ref.text.strip():
                raise IntakeError("empty", f"document '{ref.id}': the text is empty", ref.id)
            _check_size(ref.text, f"document '{ref.id}'", ref.id)
            documents.append(Document(id=ref.id, text=ref.text, source=None, date=ref.date,
                                      sha256=_sha256(ref.text.encode("utf-8"))))
        else:
            path = _resolve_inside(case_dir, ref.path or "", ref.id)
            documents.append(read_file(path, ref.id, ref.date, source=ref.path))
    return documents
