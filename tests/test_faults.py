"""Faults during a batch: a worker process killed mid-chunk, a case that never ends, an output
disk that is read-only. After each, and after a re-run, every case has exactly one result."""

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from test_batch import copy_cases, results

KILLER, HANGER = "B-0002", "B-0004"

def batch(src, out, **env):
    return subprocess.run(
        [sys.executable, "-m", "spinecite", "batch", str(src), "--out", str(out), "--workers",
         "2", "--chunk-size", "3", "--no-progress"], capture_output=True, text=True, cwd=ROOT,
        env=dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", **env), timeout=900)


def by_id(out):
    got = results(out)
    assert len(got) == len({r["case_id"] for r in got})  # no duplicate
    return {r["case_id"]: r for r in got}


@pytest.fixture(scope="module")
def faulted(tmp_path_factory):
    src, out = tmp_path_factory.mktemp("in"), tmp_path_factory.mktemp("out")
    copy_cases(src, 6)
    # one worker SIGKILLs itself mid-chunk, another hangs until its time limit; the limit is
    # wide enough that an ordinary case on a loaded CI machine never reaches it (at 5 s one did)
    run = batch(src, out, SPINECITE_FAULT_SIGKILL_CASE=KILLER, SPINECITE_FAULT_HANG_CASE=HANGER,
                SPINECITE_CASE_TIMEOUT="20")
    return src, out, run


def test_worker_killed_mid_chunk_fails_only_its_case(faulted):
    _, out, run = faulted
    assert run.returncode == 0, run.stderr[-2000:]
    got = by_id(out)
    assert len(got) == 6
    assert [e["kind"] for e in got[KILLER]["errors"]] == ["worker_crashed"]
    others = {i: r for i, r in got.items() if i not in (KILLER, HANGER)}
    assert {r["status"] for r in others.values()} == {"ok"}
    assert all(r["determinations"] for r in others.values())
    summary = json.loads((out / "summary.json").read_text())
    assert summary["worker_restarts"] >= 1
    assert "worker processes restarted" in run.stdout


def test_case_past_its_time_limit_is_a_timeout_result(faulted):
    _, out, _ = faulted
    result = by_id(out)[HANGER]
    assert result["status"] == "error" and not result["determinations"]
    assert [e["kind"] for e in result["errors"]] == ["timeout"]
    assert "SPINECITE_CASE_TIMEOUT" in result["errors"][0]["message"]


def test_rerun_after_the_faults_completes_every_case_once(faulted):
    src, out, _ = faulted
    again = batch(src, out)
    assert again.returncode == 0, again.stderr[-2000:]
    got = by_id(out)
    assert len(got) == 6
    assert got[KILLER]["status"] == "ok"  # a crash is retried; the hook is off now
    summary = json.loads((out / "summary.json").read_text())
    assert summary["processed"] == 1 and summary["worker_restarts"] == 0


def test_time_limit_interrupts_the_block():
    from spinecite.flows.timelimit import CaseTimeout, time_limit

    started = time.perf_counter()
    with pytest.raises(CaseTimeout):
        with time_limit(0.3):
            time.sleep(30)
    assert time.perf_counter() - started < 5
    with time_limit(0.3):  # a block that ends in time is untouched, and the alarm is off after
        pass
    time.sleep(0.5)


@pytest.mark.parametrize("value, seconds", [(None, 600.0), ("2.5", 2.5), ("0", 0.0),
                                            ("soon", 600.0), ("-3", 0.0)])
def test_time_limit_setting(monkeypatch, value, seconds):
    from spinecite.flows.timelimit import TIMEOUT_ENV, case_timeout

    if value is None:
        monkeypatch.delenv(TIMEOUT_ENV, raising=False)
    else:
        monkeypatch.setenv(TIMEOUT_ENV, value)
    assert case_timeout() == seconds


def _mount(*args):
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def tmpfs(tmp_path):
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or _mount("-t", "tmpfs", "-o", "size=64m", "tmpfs",
                                   str(point)).returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here (needs root)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_read_only_output_disk_is_refused_then_rerun_completes(tmp_path, tmpfs):
    src = tmp_path / "in"
    src.mkdir()
    copy_cases(src, 2)
    out = tmpfs / "out"
    first = batch(src, out)
    assert first.returncode == 0, first.stderr[-2000:]
    copy_cases(src, 1, start=2)  # one case more, then the disk turns read-only
    before = {p: p.stat().st_mtime_ns for p in tmpfs.rglob("*")}
    assert _mount("-o", "remount,ro", str(tmpfs)).returncode == 0
    refused = batch(src, out)
    assert refused.returncode == 2
    assert "cannot write to the output folder" in refused.stderr and str(out) in refused.stderr
    assert "Traceback" not in refused.stderr
    assert {p: p.stat().st_mtime_ns for p in tmpfs.rglob("*")} == before  # nothing touched
    assert _mount("-o", "remount,rw", str(tmpfs)).returncode == 0
    again = batch(src, out)
    assert again.returncode == 0, again.stderr[-2000:]
    got = by_id(out)
    assert sorted(got) == ["B-0000", "B-0001", "B-0002"]
    assert {r["status"] for r in got.values()} == {"ok"}
    assert json.loads((out / "summary.json").read_text())["processed"] == 1


def test_output_folder_that_cannot_be_created_is_exit_2(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    copy_cases(src, 1)
    (tmp_path / "file").write_text("")
    run = batch(src, tmp_path / "file" / "out")
    assert run.returncode == 2 and "cannot write to the output folder" in run.stderr
