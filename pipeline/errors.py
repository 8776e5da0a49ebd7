"""The error every intake step raises on bad input, and every error `kind` a result or the
command can carry (docs/robustness.md says which input gives which)."""

from __future__ import annotations

from typing import Optional


class IntakeError(Exception):
    """Bad input. `kind` is a stable machine-readable reason; `message` names the file and
    what is wrong and never quotes the document's content (it is PHI)."""

    def __init__(self, kind: str, message: str, document: Optional[str] = None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.document = document

    def __reduce__(self):
        # Exception pickles only `args` (the message); batch workers send these across
        # process boundaries, so rebuild from all three fields.
        return type(self), (self.kind, self.message, self.document)


# Every kind spinecite reports. A result's `errors[].kind` is one of these; anything else
# (tests/test_intake.py checks the source, benchmarks/fuzz.py the behaviour) is a defect.
ERROR_KINDS = {
    # a document
    "empty": "the file or inline text is empty or only whitespace",
    "binary": "a .txt file with NUL bytes",
    "encoding": "a .txt file that is not UTF-8 (UTF-16 is named as such)",
    "too_large": "more characters than SPINECITE_MAX_CHARS",
    "unsupported_type": "a document suffix other than .txt, .pdf, .tif/.tiff, .png, .jpg/.jpeg",
    "unreadable": "the file cannot be read (permissions, a folder)",
    "pdf_unreadable": "a PDF that pdfium cannot open, or a page of it that cannot be loaded",
    "pdf_encrypted": "a PDF that needs a password",
    "pdf_empty": "a PDF without pages",
    "unreadable_image": "an image file PIL cannot decode",
    "no_text_found": "OCR found no text in a scan or image",
    "ocr_failed": "tesseract exited with an error",
    "ocr_timeout": "tesseract ran past its time limit on a page",
    "ocr_unavailable": "a scan needs OCR and tesseract is not installed",
    # a case file
    "malformed_case": "a case file that is not UTF-8 JSON",
    "invalid_case": "a case file missing fields or with fields of the wrong type",
    "unknown_cpt": "a CPT code no guideline governs",
    "unknown_guideline": "a guideline id that does not exist",
    "path_outside_case": "a document path that leaves the case folder (.., absolute, symlink)",
    "missing_document": "a document path that does not exist",
    # the batch
    "duplicate_case_id": "a second case file with a case_id already used in the batch",
    "worker_crashed": "the worker process died while reviewing the case (retried on re-run)",
    "timeout": "the case ran past SPINECITE_CASE_TIMEOUT",
    "internal_error": "a fault in spinecite itself (a bug: please report it)",
    "output_not_writable": "the batch's output folder cannot be written (exit 2, nothing done)",
    # the command line
    "missing_file": "review: the file does not exist",
    "missing_request": "review: a bare document without --cpt",
    "missing_input_dir": "batch: the input folder does not exist",
    "missing_batch_output": "serve: the folder holds no batch output",
    "missing_corpus": "evaluate: the corpus folder does not exist",
    "empty_corpus": "evaluate: no case files in the folder",
    "missing_gold": "evaluate: a case without its gold file",
}
