"""The batch's local worker processes come from a fork server that built the pipeline once
(session 32): each worker starts with the pipeline built instead of building its own, the
fork server is stopped with the pool, and a fork server whose build fails leaves each worker
to build as before."""

import os

import pytest

from spinecite.flows import batch, worker
from spinecite.pipeline.nlp import get_nlp


@pytest.fixture(scope="module", autouse=True)
def no_resource_tracker_left():
    """The fork server starts multiprocessing's resource tracker, which lives as long as the
    process that started it: a batch's ends with the batch, this test process's is stopped
    here, before conftest looks for processes left running."""
    yield
    from multiprocessing import resource_tracker

    resource_tracker._resource_tracker._stop()


def _builds() -> tuple[int, int, int]:
    """In a worker: get_nlp's cache misses and hits, and the worker's parent."""
    info = get_nlp.cache_info()
    return info.misses, info.hits, os.getppid()


def test_the_fork_server_stops_with_the_pool():
    """First in the module: no other pool's fork server is running yet (there is one a
    process)."""
    from multiprocessing import forkserver

    own = batch.WorkerPool(1)
    own.warm()
    pid = forkserver._forkserver._forkserver_pid
    assert pid is not None
    own.shutdown()
    assert forkserver._forkserver._forkserver_pid is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already waited for: gone, its CPU counted as ours


@pytest.fixture(scope="module")
def pool():
    built = batch.WorkerPool(2)
    built.warm()
    yield built
    built.shutdown()


def test_each_worker_starts_with_the_fork_servers_pipeline(pool):
    """get_nlp is cached: a worker that built its own pipeline would show one miss and no hit;
    one forked from the fork server shows the fork server's miss and its own initializer's
    hit, and a parent that is not this (the flow's) process."""
    builds = [f.result(timeout=900) for f in [pool._executor.submit(_builds) for _ in range(4)]]
    assert all(misses == 1 and hits >= 1 for misses, hits, _ in builds)
    assert os.getpid() not in {parent for _, _, parent in builds}


def test_a_replaced_pool_forks_from_the_same_built_server(pool):
    """After a worker dies the pool is replaced; the new workers are forks too, not builds."""
    broken = pool._executor
    pool._replace(broken)
    assert pool._executor is not broken
    misses, hits, _ = pool._executor.submit(_builds).result(timeout=900)
    assert misses == 1 and hits >= 1


def test_a_fork_server_whose_build_fails_leaves_the_build_to_each_worker(monkeypatch):
    def fails():
        raise RuntimeError("no model")

    monkeypatch.setattr(worker, "warm_up", fails)
    worker.prebuild()  # no exception: the fork server still starts and forks workers
