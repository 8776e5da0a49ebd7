"""What faxing costs: the development corpus's notes rendered to fax-like images (200 dpi,
1-bit, skew, speckle), OCR'd with Tesseract, and scored against the same gold as the text.

    python benchmarks/ocr_roundtrip.py [--corpus corpora/dev] [--workers 2]

Prints findings P/R/F1 on `present` and assertion accuracy for text and for OCR, and the gap.
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from spinecite.corpora.evaluate import CaseScore, corpus_cases, gold_findings, summarise
from spinecite.corpora.faxsim import fax_pages
from spinecite.extractors import extract
from spinecite.pipeline.intake import load_case, read_documents
from spinecite.pipeline.ocr import ocr_pages


def score(name: str, case_path: Path, gold_path: Path) -> tuple[CaseScore, CaseScore, int]:
    gold = gold_findings(json.loads(gold_path.read_text()))
    case = load_case(case_path)
    documents = read_documents(case, case_path.parent)
    faxed, pages = [], 0
    for d in documents:
        text, n = ocr_pages(fax_pages(d.text, seed=hash(d.id) % 1000), d.id)
        faxed.append(replace(d, text=text, ocr=True, pages=n))
        pages += n
    out = []
    for docs in (documents, faxed):
        result = extract(docs, case.received_date)
        predicted: dict[str, set[str]] = {}
        for f in result.findings:
            predicted.setdefault(f.code, set()).add(f.assertion)
        out.append(CaseScore(name, gold, predicted))
    return out[0], out[1], pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpora/dev"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    cases = corpus_cases(args.corpus)
    with ProcessPoolExecutor(args.workers) as pool:
        rows = list(pool.map(score, *zip(*cases)))
    text = summarise([r[0] for r in rows])
    ocr = summarise([r[1] for r in rows])
    pages = sum(r[2] for r in rows)
    print(f"{len(rows)} cases, {pages} fax pages OCR'd in {time.perf_counter() - started:.0f} s")
    for label, s in (("text", text), ("fax + OCR", ocr)):
        p = s["present"]
        print(f"{label:10} present P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}  "
              f"assertion accuracy {s['assertion_accuracy']:.3f}")
    print(f"F1 gap (text - OCR): {text['present']['f1'] - ocr['present']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
