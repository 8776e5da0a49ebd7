"""Renders note text as a faxed page would look: 200 dpi, 1-bit, slight skew, speckle.

Used to make the sample fax and to measure what OCR costs (benchmarks/ocr_roundtrip.py).
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200


def fax_pages(text: str, lines_per_page: int = 40, seed: int = 7,
              chars_per_line: int = 95) -> list[Image.Image]:
    rng = random.Random(seed)
    font = ImageFont.load_default(size=25)
    lines: list[str] = []
    for line in text.splitlines():
        while len(line) > chars_per_line:  # a fax machine wraps long lines
            lines.append(line[:chars_per_line])
            line = line[chars_per_line:]
        lines.append(line)
    pages = []
    for first in range(0, max(len(lines), 1), lines_per_page):
        page = Image.new("L", (int(8.5 * DPI), 11 * DPI), 255)
        draw = ImageDraw.Draw(page)
        y = 120
        for line in lines[first:first + lines_per_page]:
            draw.text((110 + rng.randint(-2, 2), y), line, font=font, fill=rng.randint(0, 40))
            y += 46
        for _ in range(1500):  # speckle
            draw.point((rng.randrange(page.width), rng.randrange(page.height)), fill=0)
        page = page.rotate(rng.uniform(-0.6, 0.6), fillcolor=255).filter(ImageFilter.SMOOTH)
        pages.append(page.point(lambda v: 0 if v < 150 else 255).convert("1"))
    return pages
