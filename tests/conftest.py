import datetime as dt
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SHARED = ROOT.parent / "shared"


def free_port() -> int:
    """A loopback port nobody listens on, for a server a test starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def nlp():
    from spinecite.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def findings_of(nlp):
    """Findings of one note as {code: {assertions}}, with the full result for details."""
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    def run(text, received=dt.date(2026, 3, 2)):
        doc = Document(id="note", text=text, source=None, date=None, sha256="0")
        result = extract([doc], received, nlp=nlp)
        table = {}
        for f in result.findings:
            table.setdefault(f.code, set()).add(f.assertion)
        return table, result

    return run
