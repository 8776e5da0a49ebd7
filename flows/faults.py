"""Test hooks that inject faults into the batch's worker processes, so the fault tests run
the real code paths. They act only inside a local worker process (never in the flow's own
process or in `review`), and only when their variable names the case being reviewed:

- `SPINECITE_FAULT_SIGKILL_CASE=<case_id>`: the worker SIGKILLs itself on that case, as the
  kernel's out-of-memory killer would.
- `SPINECITE_FAULT_HANG_CASE=<case_id>`: the worker sleeps on that case until its time limit
  (`SPINECITE_CASE_TIMEOUT`) ends it.

Not for production use.
"""

from __future__ import annotations

import os
import signal
import time

SIGKILL_ENV = "SPINECITE_FAULT_SIGKILL_CASE"
HANG_ENV = "SPINECITE_FAULT_HANG_CASE"

_armed = False


def arm() -> None:
    """Called by the worker process initializer: hooks act only in worker processes."""
    global _armed
    _armed = True


def inject(case_id: str) -> None:
    if not _armed:
        return
    if os.environ.get(SIGKILL_ENV) == case_id:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get(HANG_ENV) == case_id:
        while True:
            time.sleep(3600)
