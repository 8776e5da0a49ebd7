"""`spinecite batch` starts its workers' fork server (the pipeline build) before it imports
Prefect, for an output folder that cannot hold a finished batch yet (session 37); the fork
server is stopped with the run, also when the run fails before its pool starts; and the fork
server rehearses one built-in case, writing nothing, so its workers start with what a first case
sets up."""

from multiprocessing import forkserver as mp_forkserver

import pytest

from spinecite import cli
from spinecite.flows import forkserver


@pytest.fixture(scope="module", autouse=True)
def no_resource_tracker_left():
    """The fork server starts multiprocessing's resource tracker; stopped here, as in
    test_worker_pool.py, before conftest looks for processes left running."""
    yield
    from multiprocessing import resource_tracker

    resource_tracker._resource_tracker._stop()


def _running() -> bool:
    return getattr(mp_forkserver._forkserver, "_forkserver_pid", None) is not None


def test_a_folder_that_may_hold_a_finished_batch_starts_nothing(tmp_path):
    (tmp_path / "results.jsonl").write_text("")
    forkserver.start_for_fresh(tmp_path)
    assert not _running()
    forkserver.start_for_fresh(tmp_path / "results.jsonl")  # a file: the write check fails
    assert not _running()


def test_a_run_that_fails_before_its_pool_leaves_no_fork_server(tmp_path):
    cases = tmp_path / "in"
    cases.mkdir()
    (cases / "a.txt").write_text("Low back pain for 8 weeks.")
    blocker = tmp_path / "file"
    blocker.write_text("")
    # the output folder does not exist yet (so the build starts) and cannot be created
    assert cli.main(["batch", str(cases), "--out", str(blocker / "out"), "--no-progress"]) == 2
    assert not _running()


def test_the_fork_servers_rehearsal_writes_nothing(tmp_path, monkeypatch):
    """`worker.rehearse` reviews its built-in note and renders the page in memory only."""
    from spinecite.flows import worker

    monkeypatch.chdir(tmp_path)
    worker.warm_up()
    worker.rehearse()
    assert list(tmp_path.iterdir()) == []


def test_a_rehearsal_that_fails_leaves_the_fork_server_built(monkeypatch):
    from spinecite.flows import worker

    def fails():
        raise RuntimeError("no rules")

    monkeypatch.setattr(worker, "rehearse", fails)
    worker.prebuild()  # no exception: the workers' first cases do the set-ups instead
    assert worker._nlp is not None
