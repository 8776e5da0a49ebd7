"""The batch's fork server: the process the local worker processes are forked from, which
builds the pipeline once (multiprocessing's `forkserver` start method preloads
`flows/prebuilt.py`). Nothing here imports Prefect or the pipeline, so `spinecite batch` can
start the build before its own process imports either (~2.5 s of CPU on a loaded 2-CPU
machine, measured in session 37): the build then runs beside those imports and Prefect's
server start instead of after the first of them."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Optional

# The module the fork server imports before it forks any worker (its import builds).
PREBUILT = "spinecite.flows.prebuilt"


def context() -> Optional[multiprocessing.context.BaseContext]:
    """Worker processes forked from a fork server that built the pipeline once, rather than
    each building its own: with 2 workers on 2 CPUs, the second build (6.7 s of CPU) ran
    against the first and Prefect's server start, and delayed both workers' first chunk. The
    fork server is a fresh process (no thread of the flow is copied into a worker), and a
    worker lost to a crash is replaced by a fork, not a rebuild. A worker is a copy of the
    fork server, not of the flow's process: it sees the environment as it was when the fork
    server started, and nothing the flow's process changed in memory; and, as with any start
    method but fork, a script that runs a batch keeps its top level under `if __name__ ==
    "__main__":` (a worker imports the script as its main module; `spinecite batch` has no
    such script). None where the platform has no fork server: then each worker builds in its
    initializer, as before."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    forking = multiprocessing.get_context("forkserver")
    forking.set_forkserver_preload([PREBUILT])
    return forking


def start() -> None:
    """Starts the fork server (its build) without waiting for it; the pool's first process
    waits for it in the task that needs it. Running already: nothing to do."""
    if context() is not None:
        from multiprocessing import forkserver

        forkserver.ensure_running()


def start_for_fresh(out_dir: Path) -> None:
    """Before a batch imports Prefect: starts the fork server when `out_dir` does not exist
    yet or is an empty folder, where every case has work. An output folder with anything in it
    may hold a finished batch, whose re-run builds no pipeline: the flow decides there, after
    reading it (and a path that is a file fails the run's write check, with nothing built)."""
    if not out_dir.exists() or out_dir.is_dir() and not any(out_dir.iterdir()):
        start()


def stop(now: bool = False) -> None:
    """The fork server holds a built pipeline (~0.3 GB) and the environment it was started
    with: stopped (and waited for, so its CPU counts as the run's) when the run's pool is, or
    when the run needs no pool after all; never left for a later run in the same process. Not
    running: nothing to do. A fork server still building reads its stop request only once
    built: `now` (a run that failed before its pool started) ends it at once instead."""
    import os
    import signal
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is None:
        return
    pid = getattr(server, "_forkserver_pid", None)
    if now and pid is not None:
        os.kill(pid, signal.SIGTERM)
    stop()
