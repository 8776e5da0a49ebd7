"""Renders the sample notes into the forms UR teams receive: a PDF with a text layer and a
faxed multi-page TIFF (200 dpi, mild noise). Run once; the outputs are committed.

    python corpora/samples/make_samples.py
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from spinecite.corpora.faxsim import DPI, fax_pages

HERE = Path(__file__).parent


def to_pdf(text: str, target: Path) -> None:
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def main() -> None:
    to_pdf((HERE / "lumbar_radiculopathy_office_note.txt").read_text(),
           HERE / "B-2002" / "office_note.pdf")
    pages = fax_pages((HERE / "sources" / "cervical_myelopathy_fax.note").read_text(), lines_per_page=9)
    pages[0].save(HERE / "cervical_myelopathy_fax.tif", save_all=True, append_images=pages[1:],
                  compression="group4", dpi=(DPI, DPI))


if __name__ == "__main__":
    main()
