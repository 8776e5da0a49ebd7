"""Text of a PDF: its text layer page by page, OCR for pages that have none."""

from __future__ import annotations

from typing import Optional

import pypdfium2 as pdfium

from spinecite.pipeline.errors import IntakeError
from spinecite.pipeline.ocr import OCR_DPI, ocr_image

# A page with fewer characters than this in its text layer is a scan (a stamp or a page
# number is not a text layer).
_MIN_TEXT_CHARS = 25


def read_pdf(data: bytes, name: str, password: Optional[str] = None) -> tuple[str, int, bool]:
    """(text, pages, whether any page was OCR'd)."""
    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise IntakeError("pdf_encrypted", f"{name}: the PDF is encrypted", document=name)
        raise IntakeError("pdf_unreadable", f"{name}: not a readable PDF", document=name)
    try:
        if len(pdf) == 0:
            raise IntakeError("pdf_empty", f"{name}: the PDF has no pages", document=name)
        texts, used_ocr = [], False
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            if len(text.strip()) < _MIN_TEXT_CHARS:
                image = page.render(scale=OCR_DPI / 72).to_pil()
                text = ocr_image(image, name)
                used_ocr = True
            texts.append(text.replace("\r\n", "\n").strip("\n"))
        return "\n\n".join(texts), len(pdf), used_ocr
    except pdfium.PdfiumError:  # a page or its text layer is damaged (the header opened)
        raise IntakeError("pdf_unreadable", f"{name}: a page of the PDF cannot be read",
                          document=name)
    finally:
        pdf.close()
