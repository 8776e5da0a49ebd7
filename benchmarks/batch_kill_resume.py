"""A batch of N cases killed with SIGKILL mid-run, then resumed: one result per case, none
lost, no duplicates.

    python benchmarks/batch_kill_resume.py [--cases 1000] [--kill-after 300] [--workers 2]

Cases are copies of the development corpus under new case ids. Prints how many results were
on disk at the kill, the re-run's summary, and the final check of results.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_cases(folder: Path, n: int) -> None:
    sources = sorted((ROOT / "corpora" / "dev").glob("*.case.json"))
    for i in range(n):
        data = json.loads(sources[i % len(sources)].read_text())
        data["case_id"] = f"K-{i:05d}"
        (folder / f"k{i:05d}.case.json").write_text(json.dumps(data))


def batch(src: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "spinecite", "batch", str(src), "--out", str(out),
            "--workers", str(workers), "--no-progress"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--kill-after", type=int, default=300, help="results on disk at the kill")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        make_cases(src, args.cases)
        started = time.perf_counter()
        proc = subprocess.Popen(batch(src, out, args.workers), env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        results = out / "results"
        while proc.poll() is None:
            if results.exists() and len(list(results.glob("*.json"))) >= args.kill_after:
                break
            time.sleep(0.5)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        at_kill = len(list(results.glob("*.json")))
        print(f"killed after {time.perf_counter() - started:.0f} s with {at_kill} results on disk")
        rerun = subprocess.run(batch(src, out, args.workers), env=env, cwd=ROOT,
                               capture_output=True, text=True)
        print(rerun.stdout.strip())
        lines = (out / "results.jsonl").read_text().splitlines()
        ids = [json.loads(line)["case_id"] for line in lines]
        ok = rerun.returncode == 0 and len(ids) == args.cases == len(set(ids))
        print(f"results.jsonl: {len(ids)} lines, {len(set(ids))} distinct case ids, "
              f"{args.cases - len(set(ids))} lost -> {'OK' if ok else 'FAILED'}")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
