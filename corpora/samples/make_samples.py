"""Renders the sample notes into the forms UR teams receive: a PDF with a text layer and a
faxed multi-page TIFF (200 dpi, mild noise). Run once; the outputs are committed.

    python corpora/samples/make_samples.py
"""

from __future__ import annotations

import random
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200


def to_pdf(text: str, target: Path) -> None:
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def fax_pages(text: str, lines_per_page: int = 40, seed: int = 7) -> list[Image.Image]:
    rng = random.Random(seed)
    font = ImageFont.load_default(size=25)
    lines = text.splitlines()
    pages = []
    for first in range(0, len(lines), lines_per_page):
        page = Image.new("L", (int(8.5 * DPI), 11 * DPI), 255)
        draw = ImageDraw.Draw(page)
        y = 120
        for line in lines[first:first + lines_per_page]:
            draw.text((110 + rng.randint(-2, 2), y), line, font=font, fill=rng.randint(0, 40))
            y += 46
        for _ in range(1500):  # fax speckle
            draw.point((rng.randrange(page.width), rng.randrange(page.height)), fill=0)
        page = page.rotate(rng.uniform(-0.6, 0.6), fillcolor=255).filter(ImageFilter.SMOOTH)
        pages.append(page.point(lambda v: 0 if v < 150 else 255).convert("1"))
    return pages


def main() -> None:
    to_pdf((HERE / "lumbar_radiculopathy_office_note.txt").read_text(),
           HERE / "B-2002" / "office_note.pdf")
    pages = fax_pages((HERE / "sources" / "cervical_myelopathy_fax.note").read_text(), lines_per_page=9)
    pages[0].save(HERE / "cervical_myelopathy_fax.tif", save_all=True, append_images=pages[1:],
                  compression="group4", dpi=(DPI, DPI))


if __name__ == "__main__":
    main()
