"""`spinecite batch IN_DIR --out OUT_DIR`: the Prefect flow over a folder of cases.

Cases are cut into chunks; each chunk is one Prefect task. By default tasks run on Prefect's
thread runner and hand their chunk to a pool of worker processes, forked from a fork server
that built the nlp once — so Prefect tracks every chunk while no worker process needs its own
Prefect connection. With `dask_address` (or `dask_local=True`) the same tasks run on prefect-dask's
DaskTaskRunner instead and review their chunk inside the Dask worker, which is how the batch
spreads over several machines.

Exactly one result per case, always; a re-run skips every case whose stored result has the
same input hash and spinecite version.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections import Counter
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Optional, Sequence

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from spinecite import __version__
from spinecite.flows import forkserver, worker
from spinecite.flows.discover import CaseInput, discover
from spinecite.flows.store import RESULTS_JSONL, ResultStore, check_writable

DEFAULT_CHUNK = 50


class WorkerPool:
    """The local worker processes. A worker that dies (killed, out of memory) breaks the whole
    executor and fails every chunk in flight, its neighbours' included. The pool is then
    replaced, and each failed chunk is retried one case at a time in a process of its own, so
    that only the case that kills its worker gets an error result (`worker_crashed`) and every
    other case its own result. `restarts` counts the worker processes replaced."""

    def __init__(self, size: int):
        self.size = size
        self.restarts = 0
        self._lock = threading.Lock()
        self._context = forkserver.context()
        self._executor = self._new(size)

    def _new(self, size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=size, mp_context=self._context,
                                   initializer=worker.init_pool_process)

    def warm(self) -> None:
        """Start building now, not at the first chunk: the fork server builds (or, without
        one, each worker process does in its initializer) while Prefect's server starts.
        Starting the fork server does not wait for its build; the pool's first process does,
        in the task that needs it."""
        if self._context is None:
            self._executor.submit(worker.ping)
        else:
            forkserver.start()

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new(self.size)
                self.restarts += 1

    def run(self, cases: list[CaseInput], *args) -> list[tuple[str, dict]]:
        executor = self._executor
        try:
            return executor.submit(worker.review_chunk, cases, *args).result()
        except BrokenProcessPool:
            self._replace(executor)
        return self._isolate(cases, *args)

    def _isolate(self, cases: list[CaseInput], *args) -> list[tuple[str, dict]]:
        # alone in its own process, a case that breaks the process is the one that killed it
        done = []
        alone = self._new(1)
        try:
            for case in cases:
                try:
                    done += alone.submit(worker.review_chunk, [case], *args).result()
                except BrokenProcessPool:
                    alone.shutdown(wait=False, cancel_futures=True)
                    alone = self._new(1)
                    with self._lock:
                        self.restarts += 1
                    done.append(worker.store_crash(case, args[0]))
        finally:
            alone.shutdown()
        return done

    def shutdown(self) -> None:
        self._executor.shutdown()
        if self._context is not None:
            forkserver.stop()


# Set in the flow's own process when chunks go to local worker processes.
_POOL: Optional[WorkerPool] = None
# The cases `run_batch` discovered to decide whether to start the pool early, by (in_dir,
# out_dir): the flow takes them instead of reading and hashing every input a second time.
_DISCOVERED: Optional[tuple[tuple[str, str], list[CaseInput]]] = None


# Results stay in memory: digests carry evidence text, which must never land in Prefect's
# result storage, and inputs need no cache key.
@task(name="review-chunk", retries=1, retry_delay_seconds=1, persist_result=False,
      cache_policy=NO_CACHE)
def review_chunk_task(cases: list[CaseInput], out_dir: str, bare_cpt: list[str],
                      received: dt.date) -> list[tuple[str, dict]]:
    if _POOL is not None:
        return _POOL.run(cases, Path(out_dir), bare_cpt, received)
    return worker.review_chunk(cases, Path(out_dir), bare_cpt, received)


class Progress:
    """A progress bar on stderr: counts only, never case content."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 0
        self.started = time.perf_counter()

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / self.total)
        rate = self.done / max(time.perf_counter() - self.started, 1e-9)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                         f"cases  {rate:.1f}/s")
        if self.done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _chunks(items: Sequence[CaseInput], size: int, parallel: int) -> list[list[CaseInput]]:
    """Chunks of at most `size` cases that shrink towards the end (guided self-scheduling):
    each is at most a (2 x `parallel`)th of the cases left, so the workers' last chunks are
    small and they finish within a case or two of each other, instead of one worker waiting
    out the other's last full chunk; small batches still spread over every worker."""
    chunks, start = [], 0
    while start < len(items):
        n = max(1, min(size, -(-(len(items) - start) // (2 * parallel))))
        chunks.append(list(items[start:start + n]))
        start += n
    return chunks


def _processes(workers: int) -> int:
    """The worker processes a run uses: as asked, else one per CPU."""
    return max(1, workers or os.cpu_count() or 1)


# Prefect waits 20 s for its temporary server; on a loaded 2-CPU machine the import alone has
# taken longer, and a start that gives up keeps its process running after the batch exits.
SERVER_STARTUP_TIMEOUT = 120


def _start_prefect_server(timeout: float = SERVER_STARTUP_TIMEOUT) -> Optional[threading.Thread]:
    """Prefect starts its temporary server (a Python process importing Prefect's whole server:
    ~9 s on a busy 2-CPU machine) at the flow's first API call. Started here in a thread, it
    comes up while the workers build their pipelines; the flow then finds it running (Prefect
    keeps one such server per process). Not when PREFECT_API_URL names a server."""
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return None
    thread = threading.Thread(target=_serve, args=(SubprocessASGIServer(), timeout), daemon=True)
    thread.start()
    return thread


def _serve(server, timeout: float) -> None:
    """Starts the server; one that does not answer in time is stopped, not orphaned (Prefect
    marks it not running but keeps its process, and the flow's own start would spawn a second
    one while the first outlives the batch)."""
    try:
        server.start(timeout=timeout)
    except Exception:
        server.stop()


def run_batch(in_dir: Path, out_dir: Path, workers: int = 0, chunk_size: int = DEFAULT_CHUNK,
              bare_cpt: Sequence[str] = (), received: Optional[dt.date] = None,
              dask_address: Optional[str] = None, dask_local: bool = False,
              progress: bool = True) -> dict:
    """Runs the flow and returns the run summary."""
    global _POOL, _DISCOVERED
    check_writable(out_dir)
    # two chunks in flight per worker process: the next chunk is already queued at the pool
    # while Prefect records the last one's state, so no worker waits on the orchestration
    task_runner = ThreadPoolTaskRunner(max_workers=2 * _processes(workers))
    if dask_address or dask_local:
        from prefect_dask import DaskTaskRunner

        task_runner = (DaskTaskRunner(address=dask_address) if dask_address else
                       DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers or 2),
                                                      "threads_per_worker": 1,
                                                      "processes": True}))
    configured = batch_flow.with_options(task_runner=task_runner)
    on_dask = bool(dask_address or dask_local)
    if not on_dask:
        cases = discover(in_dir, exclude=out_dir)
        _DISCOVERED = ((str(in_dir), str(out_dir)), cases)
        if _has_work(cases, out_dir):
            # before the server's thread starts: where there is no fork server the workers are
            # forked from this process, and a fork never copies a lock held by that thread
            _POOL = WorkerPool(_processes(workers))
            _POOL.warm()
        else:
            forkserver.stop()  # started by `spinecite batch` for a folder found empty
    try:
        server = _start_prefect_server()
        if server is not None:
            server.join()
        return configured(str(in_dir), str(out_dir), workers, chunk_size, list(bare_cpt),
                          received or dt.date.today(), on_dask, progress)
    finally:
        _DISCOVERED = None
        if _POOL is not None:
            _POOL.shutdown()
            _POOL = None


def _has_work(cases: list[CaseInput], out_dir: Path) -> bool:
    """Whether some case has no stored result at all (a re-run of a finished batch builds no
    worker pipelines). A stored result may still be stale; the flow then starts its pool."""
    store = ResultStore(out_dir)
    return any(not store.path(case.key).exists() for case in cases)


def _discovered(in_dir: str, out_dir: str) -> Optional[list[CaseInput]]:
    """The cases `run_batch` discovered for this flow run, taken once."""
    global _DISCOVERED
    found, _DISCOVERED = _DISCOVERED, None
    return found[1] if found is not None and found[0] == (in_dir, out_dir) else None


@flow(name="spinecite-batch", log_prints=False, validate_parameters=False)
def batch_flow(in_dir: str, out_dir: str, workers: int, chunk_size: int, bare_cpt: list[str],
               received: dt.date, on_dask: bool, progress: bool) -> dict:
    global _POOL
    started = time.perf_counter()
    source, target = Path(in_dir), Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    store = ResultStore(target)
    cases = _discovered(in_dir, out_dir)
    cases = _dedupe(discover(source, exclude=target) if cases is None else cases)
    digests = {c.key: store.stored_digest(c.key, c.input_sha256, __version__) for c in cases}
    todo = [c for c in cases if digests[c.key] is None]
    bar = Progress(len(todo), progress)
    restarts = 0
    own_pool = bool(todo) and not on_dask and _POOL is None  # run_batch starts one early
    if own_pool:
        _POOL = WorkerPool(_processes(workers))
    try:
        chunks = _chunks(todo, max(1, chunk_size), _processes(workers))
        futures = [review_chunk_task.submit(chunk, str(target), bare_cpt, received)
                   for chunk in chunks]
        position = {case.key: i for i, case in enumerate(cases)}
        with store.assembling() as add:
            written = 0  # results.jsonl holds cases[:written], in discovery order
            for chunk, future in zip(chunks, futures):
                done = future.result()
                digests.update(done)
                bar.advance(len(done))
                upto = position[chunk[-1].key] + 1
                add(case.key for case in cases[written:upto])
                written = upto
            add(case.key for case in cases[written:])
    finally:
        if _POOL is not None:
            restarts = _POOL.restarts
            if own_pool:
                _POOL.shutdown()
                _POOL = None
    return finish_run(target, cases, digests, skipped=len(cases) - len(todo), started=started,
                      restarts=restarts, assembled=True)


def finish_run(target: Path, cases: list[CaseInput], digests: dict, skipped: int,
               started: float, restarts: int = 0, assembled: bool = False) -> dict:
    """After every case has its result: `results.jsonl` (unless `assembled` as they came
    in), the run summary and the triage queue. Returns the summary."""
    from spinecite.flows.pages import write_queue_page
    from spinecite.flows.summary import summarise, write_summary

    store = ResultStore(target)
    results_path = (store.out_dir / RESULTS_JSONL if assembled
                    else store.assemble(c.key for c in cases))
    rows = [(c.key, digests.get(c.key)) for c in cases]
    summary = summarise([d for _, d in rows], skipped=skipped,
                        seconds=time.perf_counter() - started, worker_restarts=restarts)
    write_summary(target, summary)
    write_queue_page(target, rows)
    summary["results"] = str(results_path)
    return summary


def _dedupe(cases: list[CaseInput]) -> list[CaseInput]:
    """A case id seen twice: the later case files become error results, never lost."""
    seen: Counter[str] = Counter()
    out = []
    for case in cases:
        seen[case.case_id] += 1
        if seen[case.case_id] > 1:
            case = CaseInput(case.key, case.case_id, case.path, "duplicate", case.input_sha256)
        out.append(case)
    return out
