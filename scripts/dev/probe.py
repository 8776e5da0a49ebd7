"""The findings (code, assertion, evidence) of invented sentences, each read as one note
dated 2026-12-01 in a case received 2026-12-07.

    .venv/bin/python scripts/dev/probe.py 'Denies saddle anesthesia. || Return if weakness develops.'
"""
import sys, datetime as dt
from spinecite.pipeline.intake import Document
from spinecite.extractors.extract import extract
for arg in sys.argv[1:]:
    for text in arg.split("||"):
        text = text.strip()
        res = extract([Document(id="n", text=text, source=None, date=dt.date(2026, 12, 1), sha256="x")], dt.date(2026, 12, 7))
        print(">>", text)
        for f in res.findings:
            print("   ", f.code, f.assertion, [e.text for e in f.evidence])
