"""The Prefect batch: one result per case whatever arrives, resumable, killable."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import CORPORA, ROOT, free_port, left_running

DEV = sorted((CORPORA / "dev").glob("*.case.json"))


def spinecite(*args, **kwargs):
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return subprocess.run([sys.executable, "-m", "spinecite", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=900, **kwargs)


def copy_cases(target, n, start=0):
    for i, case in enumerate(DEV[start:start + n]):
        data = json.loads(case.read_text())
        data["case_id"] = f"B-{start + i:04d}"
        (target / f"b{start + i:04d}.case.json").write_text(json.dumps(data))


def results(out):
    lines = (out / "results.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    copy_cases(src, 3)
    (src / "broken.case.json").write_text("{not json")
    (src / "dup.case.json").write_text((src / "b0000.case.json").read_text())
    shutil.copy(CORPORA / "samples" / "pt_discharge_summary.txt", src / "bare_note.txt")
    (src / "junk.txt").write_bytes(os.urandom(2000) + b"\x00\xff")
    out = tmp_path_factory.mktemp("out")
    run = spinecite("batch", str(src), "--out", str(out), "--workers", "2", "--no-progress")
    return src, out, run


def test_every_input_gets_exactly_one_result(mixed_batch):
    src, out, run = mixed_batch
    assert run.returncode == 0, run.stderr[-2000:]
    got = results(out)
    assert len(got) == 7
    by_id = {r["case_id"]: r for r in got}
    assert {r["status"] for r in got if r["case_id"].startswith("B-")} == {"ok", "error"}
    kinds = sorted(e["kind"] for r in got for e in r["errors"])
    assert kinds == ["binary", "duplicate_case_id", "malformed_case"] or kinds == [
        "duplicate_case_id", "encoding", "malformed_case"]
    assert by_id["bare_note.txt"]["status"] == "ok" and by_id["bare_note.txt"]["findings"]


def test_summary_pages_and_queue(mixed_batch):
    _, out, run = mixed_batch
    summary = json.loads((out / "summary.json").read_text())
    assert summary["cases"] == 7 and summary["status"]["error"] == 3
    assert len(list((out / "pages").glob("*.html"))) == 7
    queue = (out / "index.html").read_text()
    assert queue.index("row-urgent") < queue.index("row-error") if "row-urgent" in queue else True
    assert "cases/s" in run.stdout


def test_rerun_skips_done_cases(mixed_batch):
    src, out, _ = mixed_batch
    queue = (out / "index.html").read_text()
    before = json.loads((out / "summary.json").read_text())
    again = spinecite("batch", str(src), "--out", str(out), "--no-progress")
    assert again.returncode == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["processed"] == 0 and summary["skipped_already_done"] == 7
    assert len(results(out)) == 7
    # read back from disk, the done cases give the same queue and counts as when reviewed
    assert (out / "index.html").read_text() == queue
    for key in ("status", "priority", "errors_by_kind", "outcomes"):
        assert summary[key] == before[key], key


def test_stored_digest_matches_the_reviewed_result(tmp_path):
    from spinecite.flows.store import ResultStore, digest_of
    from spinecite.review import ResultError, review_case_file

    result = review_case_file(DEV[0]).model_copy(update={"input_sha256": "abc"})
    store = ResultStore(tmp_path)
    store.write("k", result)
    stored = store.stored_digest("k", "abc", result.spinecite_version)
    assert stored == digest_of(result) and stored["determinations"] and stored["findings"]
    assert store.stored_digest("k", "other input", result.spinecite_version) is None
    assert store.stored_digest("k", "abc", "another version") is None
    crashed = result.model_copy(update={"status": "error", "errors": [
        ResultError(kind="worker_crashed", message="x")]})
    store.write("k", crashed)
    assert store.stored_digest("k", "abc", result.spinecite_version) is None  # retried
    store.path("k").write_bytes(result.model_dump_json().encode()[:1000])  # torn
    assert store.stored_digest("k", "abc", result.spinecite_version) is None


def test_sigkill_then_resume_loses_nothing(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    n = 40
    copy_cases(src, min(n, len(DEV)))
    total = len(list(src.glob("*.case.json")))
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    proc = subprocess.Popen([sys.executable, "-m", "spinecite", "batch", str(src), "--out",
                             str(out), "--workers", "2", "--chunk-size", "2", "--no-progress"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline:
        done = list((out / "results").glob("*.json")) if (out / "results").exists() else []
        if len(done) >= 4:
            break
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(list((out / "results").glob("*.json")))
    assert 0 < partial < total  # killed mid-run
    rerun = spinecite("batch", str(src), "--out", str(out), "--workers", "2", "--no-progress")
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    got = results(out)
    assert len(got) == total
    assert len({r["case_id"] for r in got}) == total
    summary = json.loads((out / "summary.json").read_text())
    assert summary["skipped_already_done"] >= partial - 2  # a torn file may be redone


def test_local_dask_cluster_runs_the_same_flow(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    copy_cases(src, 3)
    run = spinecite("batch", str(src), "--out", str(out), "--workers", "2", "--dask-local",
                    "--no-progress")
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == {"ok": 3}
    assert len(results(out)) == 3


def test_reports_to_a_real_prefect_server_when_api_url_is_set(tmp_path):
    import urllib.request

    port = free_port()
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                               "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{api}/health", timeout=2).read() == b"true":
                    break
            except OSError:
                time.sleep(0.5)
        src = tmp_path / "in"
        src.mkdir()
        copy_cases(src, 2)
        run = subprocess.run([sys.executable, "-m", "spinecite", "batch", str(src), "--out",
                              str(tmp_path / "out"), "--no-progress"], capture_output=True,
                             text=True, env=dict(env, PREFECT_API_URL=api), cwd=ROOT, timeout=600)
        assert run.returncode == 0, run.stderr[-2000:]
        assert "Starting temporary server" not in run.stdout + run.stderr
        request = urllib.request.Request(f"{api}/flow_runs/filter", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        runs = json.loads(urllib.request.urlopen(request, timeout=10).read())
        assert [r["state_type"] for r in runs] == ["COMPLETED"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # never leave the server running
            server.wait(timeout=30)


def test_each_input_is_read_and_hashed_once_a_run(tmp_path):
    """`run_batch` discovers the cases to decide whether to start its workers early; the flow
    takes that list instead of reading and hashing every input again."""
    src = tmp_path / "in"
    src.mkdir()
    copy_cases(src, 2)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from spinecite.flows import batch, discover\n"
        "hashed = []\n"
        "real = discover._hash_files\n"
        "discover._hash_files = lambda paths: hashed.append(paths) or real(paths)\n"
        "summary = batch.run_batch(Path(sys.argv[1]), Path(sys.argv[2]), workers=1,\n"
        "                          progress=False)\n"
        "print(len(hashed), summary['cases'])\n")
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    run = subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / "out")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[-2:] == ["2", "2"]
    assert len(results(tmp_path / "out")) == 2


def test_a_process_left_running_is_seen():
    """The check every module ends with (conftest's `nothing_left_running`) finds a process
    this session started and left behind, even one in a session of its own."""
    sleeper = subprocess.Popen(["sleep", "60"], start_new_session=True)
    try:
        assert sleeper.pid in left_running()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert sleeper.pid not in left_running()
