"""PDFs, scans and faxed images through the real Tesseract, and their failure modes."""

import datetime as dt
import io
import struct

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from spinecite.extractors import extract
from spinecite.pipeline.intake import IntakeError, read_file

NOTE_LINES = [
    "Date of Service: 02/24/2026",
    "HPI: 47 yo M with low back pain x 10 weeks.",
    "Left foot drop. Denies saddle anesthesia.",
    "Completed physical therapy 12/8/2025 - 1/23/2026 without relief.",
]


def page_image(lines=NOTE_LINES, size=(1700, 2200)):
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)
    y = 150
    for line in lines:
        draw.text((120, y), line, font=font, fill=0)
        y += 60
    return image


def codes(document):
    result = extract([document], dt.date(2026, 3, 2))
    return {(f.code, f.assertion) for f in result.findings}


def test_png_is_ocrd_into_findings(tmp_path):
    path = tmp_path / "fax.png"
    page_image().save(path, dpi=(200, 200))
    document = read_file(path)
    assert document.ocr and document.pages == 1
    assert ("foot_drop", "present") in codes(document)
    assert ("saddle_anesthesia", "absent") in codes(document)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_faxed_sideways_or_upside_down_is_read_upright(tmp_path, turn):
    path = tmp_path / "fax.png"
    page_image().rotate(turn, expand=True, fillcolor=255).save(path, dpi=(200, 200))
    document = read_file(path)
    assert ("foot_drop", "present") in codes(document)
    assert "physical therapy" in document.text


def test_multipage_tiff_fax_reads_every_page(tmp_path):
    path = tmp_path / "fax.tif"
    first = page_image(NOTE_LINES[:2])
    second = page_image(["EXAM: 4/5 L EHL. Left foot drop."])
    first.save(path, save_all=True, append_images=[second], compression="tiff_deflate")
    document = read_file(path)
    assert document.pages == 2
    assert "EHL" in document.text and "back pain" in document.text


def test_pdf_text_layer_is_read_without_ocr(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in NOTE_LINES:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "note.pdf"
    pdf.output(str(path))
    document = read_file(path)
    assert not document.ocr and document.pages == 1
    assert ("foot_drop", "present") in codes(document)


def test_scanned_pdf_without_text_layer_is_ocrd(tmp_path):
    path = tmp_path / "scan.pdf"
    page_image().save(path, resolution=200)
    document = read_file(path)
    assert document.ocr
    assert ("foot_drop", "present") in codes(document)


def test_image_without_text_is_a_clear_error(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (800, 600), 255).save(path)
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "no_text_found"


@pytest.mark.parametrize("make, kind", [
    (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj<<>>"), "pdf_unreadable"),
    (lambda p: p.write_bytes(b""), "empty"),
])
def test_broken_pdfs(tmp_path, make, kind):
    path = tmp_path / "broken.pdf"
    make(path)
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == kind


def test_encrypted_pdf(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Left foot drop.")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "pdf_encrypted"


def test_utf16_text_is_refused_clearly(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Left foot drop".encode("utf-16"))
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "encoding" and "UTF-16" in err.value.message


def test_pdf_whose_page_cannot_load_is_unreadable(tmp_path):
    # the header and page count parse, but the page tree points at a font, not a page
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Left foot drop.")
    data = bytes(pdf.output())
    assert b"/Kids [3 0 R]" in data
    path = tmp_path / "bad_page.pdf"
    path.write_bytes(data.replace(b"/Kids [3 0 R]", b"/Kids [5 0 R]", 1))
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "pdf_unreadable" and "bad_page.pdf" in err.value.message


def test_png_with_a_broken_chunk_is_unreadable(tmp_path):
    # an IDAT length shorter than its data: PIL meets the next "chunk" mid-stream and raises
    # SyntaxError, not OSError, while decoding
    buffer = io.BytesIO()
    Image.new("L", (50, 50), 255).save(buffer, format="PNG")
    png = buffer.getvalue()
    at = png.index(b"IDAT") - 4
    path = tmp_path / "broken.png"
    path.write_bytes(png[:at] + struct.pack(">I", 10) + png[at + 4:])
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "unreadable_image" and "broken.png" in err.value.message
