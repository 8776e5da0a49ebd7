import datetime as dt
import os
import signal
import socket
import time
import uuid
from pathlib import Path

import pytest

from readings import review_case

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SHARED = ROOT.parent / "shared"

# Every process the tests start inherits this tag in its environment (a batch's Prefect
# server and worker processes included), so that what this session leaves running can be
# told from other sessions' processes on a shared machine.
SESSION_TAG_ENV = "SPINECITE_TEST_SESSION"
os.environ[SESSION_TAG_ENV] = uuid.uuid4().hex


def left_running() -> dict[int, str]:
    """Processes started by this test session that are still running: pid -> command line."""
    proc = Path("/proc")
    if not proc.is_dir():
        return {}
    tag = f"{SESSION_TAG_ENV}={os.environ[SESSION_TAG_ENV]}".encode()
    found = {}
    for entry in os.scandir(proc):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if tag not in Path(entry.path, "environ").read_bytes().split(b"\0"):
                continue
            if Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue  # exited, waiting for its parent to read its status
            found[int(entry.name)] = Path(entry.path, "cmdline").read_bytes().replace(
                b"\0", b" ").decode(errors="replace").strip()
        except (OSError, IndexError):
            continue
    return found


@pytest.fixture(scope="module", autouse=True)
def nothing_left_running():
    """A module's tests leave no process behind (a batch's temporary Prefect server, a
    worker, a server a test started): what is still running some seconds after the module's
    last test is stopped, and the module fails naming it."""
    yield
    left = left_running()
    deadline = time.monotonic() + 20
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = left_running()
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    if left:
        pytest.fail("left running after this module's tests (now killed): "
                    + "; ".join(f"pid {pid}: {cmd[:160]}" for pid, cmd in left.items()))


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

    def run(text, received=dt.date(2026, 3, 2), date=None):
        doc = Document(id="note", text=text, source=None, date=date, sha256="0")
        result = extract([doc], received, nlp=nlp)
        table = {}
        for f in result.findings:
            table.setdefault(f.code, set()).add(f.assertion)
        return table, result

    return run


@pytest.fixture(scope="session")
def assertions_of(findings_of):
    """The assertions of one note's findings of `code`, as a set (empty when none): what
    most reading tests check. A note dated 2026-11-27, received 2026-12-01, unless given."""
    def run(text, code, received=dt.date(2026, 12, 1), date=dt.date(2026, 11, 27)):
        return findings_of(text, received, date=date)[0].get(code, set())

    return run


@pytest.fixture
def review_note(tmp_path, nlp):
    """The result of reviewing a one-note case (a lumbar MRI request received on the note's
    date), through the case file a user gives `spinecite review`."""
    def run(text, age=50, cpt="72148", date="2026-11-20"):
        return review_case(tmp_path, nlp, "p", [("note", date, text)], cpt, received=date,
                           age=age, sex="F")

    return run


@pytest.fixture
def review_under(tmp_path, nlp):
    """The result of reviewing a one-note case under the named guidelines, for a CPT code
    (a lumbar CT by default) received on the note's date."""
    def run(text, guidelines, cpt="72131", age=55, sex="F", date="2026-11-24"):
        return review_case(tmp_path, nlp, "p", [("note", date, text)], cpt, guidelines,
                           received=date, age=age, sex=sex)

    return run


@pytest.fixture(scope="session")
def criterion_result():
    """The result (met / not_met / unknown) of the criteria node `node_id` of a result's
    determination under `guideline` (its only one when not named)."""
    def find(result, node_id, guideline=None):
        det = next(d for d in result.determinations
                   if guideline is None or d.guideline == guideline)
        todo = list(det.criteria)
        while todo:
            node = todo.pop()
            if node.id == node_id:
                return node.result
            todo.extend(node.children or [])
        raise AssertionError("no criteria node " + node_id)

    return find
