"""Text out of scanned pages: Tesseract (the Debian `tesseract-ocr` package) on each page.

Pages come from PDFs without a text layer (rendered with pdfium) and from images, multi-page
TIFF faxes included. Tesseract runs as a subprocess per page; its messages are discarded
because they can quote recognised text.
"""

from __future__ import annotations

import io
import struct
import shutil
import subprocess
from typing import Iterable, Iterator

from PIL import Image, ImageOps, ImageSequence

from spinecite.pipeline.errors import IntakeError

OCR_DPI = 300
_PAGE_BREAK = "\n\n"
_TIMEOUT_S = 120


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_image(image: Image.Image, name: str) -> str:
    if not tesseract_available():
        raise IntakeError("ocr_unavailable",
                          f"{name}: needs OCR but tesseract is not installed "
                          "(scripts/system-deps installs it)", document=name)
    page = ImageOps.grayscale(image)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG", dpi=image.info.get("dpi", (OCR_DPI, OCR_DPI)))
    try:
        # --psm 1: page segmentation with orientation detection, so a page faxed sideways or
        # upside down is read upright (--psm 3 returns gibberish for it); ~30% more time
        done = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "1"],
                              input=buffer.getvalue(), capture_output=True, timeout=_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise IntakeError("ocr_timeout", f"{name}: OCR took longer than {_TIMEOUT_S} s on a page",
                          document=name)
    if done.returncode != 0:
        raise IntakeError("ocr_failed", f"{name}: tesseract exited with {done.returncode}",
                          document=name)
    return done.stdout.decode("utf-8", errors="replace")


def ocr_pages(pages: Iterable[Image.Image], name: str) -> tuple[str, int]:
    texts = [ocr_image(page, name).strip("\n") for page in pages]
    return _PAGE_BREAK.join(texts), len(texts)


def image_pages(data: bytes, name: str) -> Iterator[Image.Image]:
    try:
        image = Image.open(io.BytesIO(data))
        for frame in ImageSequence.Iterator(image):
            yield frame.copy()
    # PIL reports a damaged file with whichever exception its decoder meets first: a broken
    # PNG chunk is a SyntaxError, a short header an EOFError or struct.error.
    except (OSError, ValueError, SyntaxError, EOFError, struct.error,
            Image.DecompressionBombError) as exc:
        raise IntakeError("unreadable_image", f"{name}: not a readable image "
                          f"({type(exc).__name__})", document=name)
