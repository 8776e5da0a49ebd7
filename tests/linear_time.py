"""Guards against catastrophic backtracking and quadratic scans that hold on any machine.

A fixed time limit ("under 60 s") measures the machine as much as the code: a slow or loaded CI
runner fails a linear scan, and a fast one passes a quadratic scan on a small input. What a
reviewer relies on is the shape: four times the input costs about four times the CPU, not
sixteen. So the check times the same work at two sizes in this process's CPU time (other
processes' load does not count) and bounds the ratio.
"""
import time
from typing import Callable

# linear work grows by 4x when the input does; quadratic by 16x. 8x sits between with room for
# noise, cache effects and a logarithmic factor (a sort, a bisect)
GROWTH = 4
MAX_RATIO = 8.0
# below this the small run is mostly timer noise and interpreter warm-up: the ratio is taken
# against at least this much
FLOOR_SECONDS = 0.25


def cpu_seconds(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def grows_linearly(run: Callable[[object], object], make: Callable[[int], object], size: int,
                   floor: float = FLOOR_SECONDS) -> bool:
    """True when `run(make(size * GROWTH))` costs at most MAX_RATIO times `run(make(size))`
    in CPU time (the small input timed twice, the faster kept: its first call may warm caches)."""
    small, large = make(size), make(size * GROWTH)
    small_seconds = min(cpu_seconds(lambda: run(small)) for _ in range(2))
    large_seconds = cpu_seconds(lambda: run(large))
    return large_seconds <= MAX_RATIO * max(small_seconds, floor)
