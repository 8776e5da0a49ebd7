"""A time limit per case inside a worker process, so that one pathological note cannot hold
a worker (and the batch) for ever: the case gets an error result of kind `timeout` and the
worker moves on to the next case.

`SPINECITE_CASE_TIMEOUT` sets the limit in seconds (default 600; 0 turns it off). It uses
SIGALRM, which only the main thread of a process receives: it applies in the batch's local
worker processes, not inside Dask's worker threads.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

TIMEOUT_ENV = "SPINECITE_CASE_TIMEOUT"
DEFAULT_TIMEOUT_S = 600.0


class CaseTimeout(Exception):
    """The case ran past its time limit."""


def case_timeout() -> float:
    """The limit in seconds; 0 means none. A value that is not a number falls back to the
    default rather than turning the limit off."""
    try:
        seconds = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
    except ValueError:
        return DEFAULT_TIMEOUT_S
    return max(seconds, 0.0)


def _can_alarm() -> bool:
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raises CaseTimeout in the block once `seconds` have passed (no limit when 0, or where
    SIGALRM cannot be used)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def on_alarm(signum, frame):
        raise CaseTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
