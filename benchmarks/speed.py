"""Throughput of spinecite against its floor and its alternative, on the same notes.

    python benchmarks/speed.py [--notes 2000] [--repeat 3] [--heavy-repeat 1]
                               [--stock-notes 100] [--only tokenizer,extract,review,stock,batch]

Notes (300-1,500 tokens) are generated from the development corpus: each is a shuffle of
paragraphs drawn from several notes, so the text is realistic and varied. Every figure is the
median of its repetitions, wall time and CPU time side by side (on a shared machine wall time
depends on the neighbours): `--repeat` for the cheap section (the tokenizers),
`--heavy-repeat` for extract, review, stock and batch, so that the default run (2,000 notes)
fits in about 20 minutes on a quiet 2-CPU machine. It prints its own estimate at the start (from
extract's time on a few notes) and a line as each section starts. Sections (`--only`, so a
run can be budgeted):

- `tokenizer`: spaCy's default English tokenizer (`spacy.blank("en")`) on the same texts, the
  floor; and spinecite's own tokenizer (scispaCy's) alone, which extract cannot go below;
- `extract`: spinecite extract (cleaning, pipeline, findings), tokens/s;
- `review`: full review (extract + every guideline governing a lumbar MRI), one case a note;
- `stock`: stock `medspacy.load()` carrying the same target rules, medspaCy's default ConText
  and sentence splitter (what a user would build instead), on the first `--stock-notes`
  notes, against spinecite extract on the same notes (stock takes ~0.5 s a note);
- `batch`: `spinecite batch` (the Prefect flow) over one case file a note with 1 and 2
  worker processes, the peak RSS (VmHWM) of each of its processes by name, against an
  in-process loop doing the same work without Prefect or worker processes: the same case
  files discovered, each reviewed and its reviewer page and result file written
  (`flows.worker.review_chunk`), then `results.jsonl`, the summary and the triage queue
  (`flows.batch.finish_run`), with this process's already built pipeline.

Each ratio is printed beside the issue's target (issue 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple, Optional

ROOT = Path(__file__).resolve().parents[1]


def make_notes(n: int, seed: int = 13) -> list[str]:
    import spacy

    blank = spacy.blank("en")
    paragraphs = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text())["documents"]:
            paragraphs += [p for p in document["text"].split("\n\n") if p.strip()]
    rng = random.Random(seed)
    notes = []
    while len(notes) < n:
        target = rng.randint(300, 1500)
        parts, tokens = [], 0
        while tokens < target:
            p = rng.choice(paragraphs)
            parts.append(p)
            tokens += len(blank.make_doc(p))
        notes.append("\n\n".join(parts))
    return notes


class Timing(NamedTuple):
    wall: float  # seconds, median of the runs
    cpu: float   # CPU seconds of this process (or of the batch's processes), median


def each(fn, items) -> None:
    """Call fn on every item and drop each result at once, as a batch does (it writes a
    result and moves on); a list of all results would make every side pay for the
    garbage collector re-walking what it holds."""
    for item in items:
        fn(item)


def timed(fn, repeat: int) -> Timing:
    """On a shared machine wall time depends on the neighbours; CPU time much less so."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


def ratio(a: Timing, b: Timing) -> str:
    return f"{a.wall / b.wall:.2f}x wall, {a.cpu / b.cpu:.2f}x CPU"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


WARM_UP = 10  # notes run untimed before `--components` times its notes


def print_components(notes: list[str], warm_up: list[str] = ()) -> int:
    """CPU time of each stage of extract (cleaning, tokenizer, each pipe, findings), after
    the whole of extract has run on `warm_up` (other notes): on the first notes of a process
    the tokenizer's and cleaning's caches are cold (cleaning 7.7 ms a note on the first 60
    notes, 2.0 ms when run again), which a batch pays once."""
    from collections import Counter

    from spinecite.extractors import extract
    from spinecite.extractors.findings import findings_from_docs
    from spinecite.pipeline import cleaning, get_nlp, timex
    from spinecite.pipeline.intake import Document

    nlp = get_nlp()
    for text in warm_up:
        extract([Document(id="n", text=text, source=None, date=None, sha256="0")],
                dt.date(2026, 3, 2), nlp=nlp)
    spent: Counter[str] = Counter()

    def clock(name, fn, *args):
        started = time.process_time()
        value = fn(*args)
        spent[name] += time.process_time() - started
        return value

    for text in notes:
        text_map = clock("cleaning", cleaning.clean, text)
        doc = clock("tokenizer", nlp.make_doc, text_map.cleaned)
        doc._.text_map = text_map
        doc._.reference_date = timex.find_document_date(text_map.cleaned) or dt.date(2026, 3, 2)
        for name, pipe in nlp.pipeline:
            doc = clock(name, pipe, doc)
        clock("findings", findings_from_docs, [("n", doc)])
    total = sum(spent.values())
    print(f"{len(notes)} notes (after {len(warm_up)} untimed), {1000 * total / len(notes):.1f} ms CPU "
          "a note")
    for name, seconds in spent.most_common():
        print(f"{name:32} {1000 * seconds / len(notes):7.1f} ms/note {100 * seconds / total:5.1f}%")
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    parts: Counter[str] = Counter()
    for text in notes:
        doc = nlp.make_doc(text)
        for name, fn in (("token patterns", matcher._first_word_matcher),
                         ("phrases", matcher._MedspacyMatcher__phrase_matcher),
                         ("regex rules", matcher.match_regex)):
            started = time.process_time()
            fn(doc)
            parts[name] += time.process_time() - started
    print("target matcher: " + ", ".join(f"{name} {1000 * seconds / len(notes):.1f} ms/note"
                                         for name, seconds in parts.items()))
    print_tokenizer_caches(nlp, [cleaning.clean(text).cleaned for text in notes])
    return 0


def print_tokenizer_caches(nlp, texts: list[str]) -> None:
    """The tokenizer above met most of these notes' words for the first time; the
    `tokenizer` section's (median of 3 runs over the same notes) meets them again. spaCy's
    tokenizer caches each whitespace-separated chunk's split, and the words' lexemes: the
    same texts tokenized again, by spinecite's tokenizer (now warm) and by a fresh spaCy
    English one (cold, then warm), show how much of the figure is that first meeting."""
    import spacy

    blank = spacy.blank("en")
    timed = []
    for name, tokenize in (("spinecite's, again", nlp.make_doc),
                           ("spaCy's English, new", blank.make_doc),
                           ("spaCy's English, again", blank.make_doc)):
        started = time.process_time()
        for text in texts:
            tokenize(text)
        timed.append(f"{name} {1000 * (time.process_time() - started) / len(texts):.1f}")
    print("tokenizer on the same cleaned notes (ms/note): " + ", ".join(timed))


SECTIONS = ("tokenizer", "extract", "review", "stock", "batch")
# a section's cost per note as a multiple of extract's (loaded-machine figures of
# docs/performance.md), and the fixed seconds of each batch run (Prefect's server, the
# workers' build), for the estimate printed at the start
COST = {"tokenizer": 0.05, "extract": 1.0, "review": 1.35, "loop": 1.6}
STOCK_COST = 8.0
BATCH_START = 25.0


def estimate(only: set, notes: int, stock_notes: int, repeat: int, heavy: int,
             workers: list[int], per_note: float) -> dict[str, float]:
    """Seconds each section should take, from extract's seconds per note."""
    parts = {}
    if "tokenizer" in only:
        parts["tokenizer"] = 2 * repeat * notes * per_note * COST["tokenizer"]
    if "extract" in only:
        parts["extract"] = heavy * notes * per_note
    if "review" in only:
        parts["review"] = heavy * notes * per_note * COST["review"]
    if "stock" in only:
        parts["stock"] = heavy * stock_notes * per_note * (STOCK_COST + 1)
    if "batch" in only:
        loop = notes * per_note * COST["loop"]
        parts["batch"] = heavy * (loop + sum(BATCH_START + loop / min(w, os.cpu_count() or 1)
                                             for w in workers))
    return parts


class Clock:
    """Progress lines: the time since the run started, and the section starting."""

    def __init__(self):
        self.started = time.perf_counter()

    def section(self, name: str, expected: float) -> None:
        elapsed = time.perf_counter() - self.started
        print(f"[{elapsed / 60:5.1f} min] {name} (expected ~{expected / 60:.1f} min)",
              flush=True)


def in_process_batch(src: Path, out: Path, received: dt.date) -> dict:
    """What the batch flow does, in this process and without Prefect: discover the cases,
    review each and write its page and result, then results.jsonl, summary, triage queue."""
    from spinecite.flows import worker
    from spinecite.flows.batch import _dedupe, finish_run
    from spinecite.flows.discover import discover
    from spinecite.flows.store import check_writable

    started = time.perf_counter()
    check_writable(out)
    cases = _dedupe(discover(src, exclude=out))
    digests = dict(worker.review_chunk(cases, out, (), received))
    return finish_run(out, cases, digests, skipped=0, started=started)


class ProcessPeaks:
    """Peak RSS (VmHWM) and CPU time of every process under a root process, sampled from /proc
    while it runs: each process is named by its role (the flow, a worker, Prefect's server),
    so that a run's CPU can be split between the workers' reviewing and the orchestration."""

    def __init__(self, root: int, interval: float = 1.0):
        import threading

        # VmHWM is the kernel's own high-water mark, so a sample a second loses no peak;
        # sampling every 0.2 s took ~3% of a CPU from the processes being measured
        self.root, self.interval = root, interval
        self.peaks: dict[int, tuple[str, int]] = {}  # pid -> (role, kB)
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system) last seen
        self._parents: dict[int, int] = {}  # every pid seen -> its parent when first seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> list[tuple[str, int, float, float]]:
        """(role, pid, peak MB, CPU s) of each process seen, the flow first."""
        self._stop.set()
        self._thread.join()
        return [(role, pid, kb / 1024, self.cpu.get(pid, 0.0)) for pid, (role, kb) in
                sorted(self.peaks.items(), key=lambda item: (item[0] != self.root, item[0]))]

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        # a process's parent is read once (the rest of the machine's processes are not read
        # again), then only the root's descendants are
        parents = self._parents
        for entry in os.scandir("/proc"):
            if entry.name.isdigit() and int(entry.name) not in parents:
                parent = _parent(int(entry.name))
                if parent is not None:
                    parents[int(entry.name)] = parent
        for pid in [pid for pid in parents if self._under_root(pid, parents)]:
            status = _status(pid)
            if not status or "VmHWM" not in status:
                continue
            kb = int(status["VmHWM"].split()[0])
            role = self.peaks.get(pid, (None, 0))[0] or self._role(pid, parents)
            self.peaks[pid] = (role, max(kb, self.peaks.get(pid, (role, 0))[1]))
            self.cpu[pid] = max(_cpu_seconds(pid), self.cpu.get(pid, 0.0))

    def _under_root(self, pid: int, parents: dict[int, int]) -> bool:
        while pid > 1:
            if pid == self.root:
                return True
            pid = parents.get(pid, 0)
        return False

    def _role(self, pid: int, parents: dict[int, int]) -> str:
        if pid == self.root:
            return "flow"
        args = _cmdline(pid)
        if "uvicorn" in args or "prefect" in args and "server" in args:
            return "prefect server"
        if "multiprocessing.resource_tracker" in args:
            return "other: resource tracker"
        # since session 32 the pool's workers are forked from a fork server (a child of the
        # flow that builds the pipeline once): the fork server is named apart, its children
        # (same command line) are the workers
        if "multiprocessing.forkserver" in args:
            return "fork server" if parents.get(pid) == self.root else "worker"
        # before, they were forked from the flow (same command line) or spawned
        if parents.get(pid) == self.root and (args == _cmdline(self.root)
                                              or "multiprocessing" in args):
            return "worker"
        return "other: " + (Path(args.split(" ")[0]).name or "?")


_TICKS = os.sysconf("SC_CLK_TCK")


def _parent(pid: int) -> Optional[int]:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process (not its children), from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


def _status(pid: int) -> dict[str, str]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in lines if ":\t" in line)


# the processes that hold a built pipeline: the RSS target applies to each (the fork server
# reviews nothing, but it holds what every worker starts from)
HOLDS_PIPELINE = ("worker", "fork server")


def print_timing(name: str, t: Timing, tokens: int) -> None:
    print(f"{name:36} {t.wall:8.1f} s wall {t.cpu:8.1f} s CPU  "
          f"{tokens / t.wall:10,.0f} tokens/s wall {tokens / t.cpu:10,.0f} tokens/s CPU",
          flush=True)


def run_batch(src: Path, out: Path, workers: int) -> tuple[Timing, list]:
    started, cpu = time.perf_counter(), children_cpu()
    process = subprocess.Popen([sys.executable, "-m", "spinecite", "batch", str(src), "--out",
                                str(out), "--workers", str(workers), "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    peaks = ProcessPeaks(process.pid)
    _, err = process.communicate()
    wall = time.perf_counter() - started
    processes = peaks.stop()
    if process.returncode != 0:
        raise SystemExit(f"batch failed ({process.returncode}): {err.decode()[-2000:]}")
    return Timing(wall, children_cpu() - cpu), processes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="repetitions of the cheap section (the tokenizers)")
    parser.add_argument("--heavy-repeat", type=int, default=1,
                        help="repetitions of extract, review, stock and each batch run")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections: " + ", ".join(SECTIONS))
    parser.add_argument("--stock-notes", type=int, default=100,
                        help="notes (the first ones) that stock medspaCy is timed on")
    parser.add_argument("--batch-workers", default="1,2",
                        help="worker counts the batch is timed with (the first is the "
                             "baseline of the ratio)")
    parser.add_argument("--components", type=int, default=0, metavar="N",
                        help="only print where extract's CPU time goes, over N notes")
    args = parser.parse_args()
    if args.components:
        notes = make_notes(args.components + WARM_UP)
        return print_components(notes[:args.components], notes[args.components:])
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")

    import spacy

    from spinecite.extractors import extract
    from spinecite.pipeline import get_nlp
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import load_rules, review_documents

    clock = Clock()
    notes = make_notes(args.notes)
    blank = spacy.blank("en")
    tokens = sum(len(blank.make_doc(t)) for t in notes)
    print(f"{len(notes)} notes, {tokens:,} tokens (spaCy's English tokenizer); median of "
          f"{args.repeat} runs (tokenizers) and {args.heavy_repeat} (extract, review, stock, "
          f"batch); sections: {', '.join(s for s in SECTIONS if s in only)}")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start",
          flush=True)
    docs = [Document(id=f"n{i}", text=t, source=None, date=None, sha256="0")
            for i, t in enumerate(notes)]
    received = dt.date(2026, 3, 2)
    nlp = get_nlp()
    # the rule files are loaded once a process, as the pipeline is built once (a batch worker
    # does both in its initializer): neither is in a section's timed region. Until session 10
    # the review section loaded them on its first note (0.2 s CPU, loaded)
    load_rules()
    figures: dict[str, Timing] = {}
    sample = docs[:10]
    extract([sample[0]], received, nlp=nlp)  # warm
    per_note = timed(lambda: [extract([d], received, nlp=nlp) for d in sample], 1).wall
    per_note /= len(sample)
    counts = [int(w) for w in args.batch_workers.split(",")]
    expected = estimate(only, len(notes), min(args.stock_notes, len(notes)), args.repeat,
                        args.heavy_repeat, counts, per_note)
    print(f"estimated run time: {sum(expected.values()) / 60:.0f} min ("
          + ", ".join(f"{name} {seconds / 60:.1f}" for name, seconds in expected.items())
          + f"; extract took {1000 * per_note:.0f} ms a note on the first {len(sample)})",
          flush=True)

    def measure(name: str, fn, repeat: int = args.repeat) -> Timing:
        figures[name] = timed(fn, repeat)
        print_timing(name, figures[name], tokens)
        return figures[name]

    if "tokenizer" in only:
        clock.section("tokenizer", expected["tokenizer"])
        measure("spaCy English tokenizer (the floor)", lambda: each(blank.make_doc, notes))
        measure("spinecite's tokenizer alone", lambda: each(nlp.make_doc, notes))
    if "extract" in only:
        clock.section("extract", expected["extract"])
        measure("spinecite extract", lambda: each(lambda d: extract([d], received, nlp=nlp), docs),
                args.heavy_repeat)
    if "review" in only:
        clock.section("review", expected["review"])
        case = Case.model_validate({"case_id": "s", "received_date": "2026-03-02",
                                    "request": {"cpt": ["72148"]},
                                    "documents": [{"id": "n", "text": "x"}]})
        measure("spinecite full review",
                lambda: each(lambda d: review_documents(case, [d], nlp=nlp), docs), args.heavy_repeat)
    floor = figures.get("spaCy English tokenizer (the floor)")
    extract_t = figures.get("spinecite extract")
    if floor and extract_t:
        print(f"extract vs spaCy's tokenizer: {ratio(extract_t, floor)} the time "
              "(target: within 5x)")
        ours = figures["spinecite's tokenizer alone"]
        print(f"extract vs spinecite's tokenizer alone: {ratio(extract_t, ours)} the time; "
              f"spinecite's tokenizer vs spaCy's: {ratio(ours, floor)}")
    if extract_t and "spinecite full review" in figures:
        print(f"full review vs extract: {ratio(figures['spinecite full review'], extract_t)} "
              "the time (target: <= 1.2x)")

    if "stock" in only:
        clock.section("stock", expected["stock"])
        import medspacy
        from medspacy.context import ConText  # noqa: F401  (registers the default factory)

        from spinecite.pipeline.quiet import silence_third_party_loggers
        from spinecite.pipeline.resources import target_rule_files, target_rules

        silence_third_party_loggers()
        stock = medspacy.load()
        matcher = stock.get_pipe("medspacy_target_matcher")
        for path in target_rule_files():
            matcher.add(target_rules(path))
        few, few_docs = notes[:args.stock_notes], docs[:args.stock_notes]
        few_tokens = sum(len(blank.make_doc(t)) for t in few)
        stock_t = timed(lambda: each(stock, few), args.heavy_repeat)
        ours_t = timed(lambda: each(lambda d: extract([d], received, nlp=nlp), few_docs),
                       args.heavy_repeat)
        print(f"on the first {len(few)} notes ({few_tokens:,} tokens): stock medspacy.load() "
              f"({', '.join(stock.pipe_names)}) + the same targets {stock_t.wall:.1f} s wall "
              f"{stock_t.cpu:.1f} s CPU; spinecite extract {ours_t.wall:.1f} s wall "
              f"{ours_t.cpu:.1f} s CPU")
        print(f"extract vs stock medspaCy: {ratio(stock_t, ours_t)} the throughput "
              "(target: >= 15x)", flush=True)

    if "batch" in only:
        clock.section("batch", expected["batch"])
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            for i, text in enumerate(notes):
                (src / f"n{i:05d}.case.json").write_text(json.dumps({
                    "case_id": f"S-{i:05d}", "received_date": "2026-03-02",
                    "request": {"cpt": ["72148"]}, "documents": [{"id": "n", "text": text}]}))
            # the same work in this process, without Prefect or worker processes: what the
            # flow adds is the rest (the loop's pipeline is already built)
            loops = iter(range(args.heavy_repeat))
            loop = measure("in-process loop, same outputs",
                           lambda: in_process_batch(src, Path(tmp) / f"loop{next(loops)}",
                                                    received), args.heavy_repeat)
            for out in Path(tmp).glob("loop*"):
                shutil.rmtree(out)  # see below
            batch: dict[int, Timing] = {}
            for workers in counts:
                runs = []
                for repetition in range(args.heavy_repeat):
                    out = Path(tmp) / f"out{workers}-{repetition}"
                    runs.append(run_batch(src, out, workers))
                    # a run writes ~3 MB a case (result, page, results.jsonl): left on disk,
                    # the next run would pay for flushing and evicting it
                    shutil.rmtree(out)
                batch[workers] = Timing(statistics.median(t.wall for t, _ in runs),
                                        statistics.median(t.cpu for t, _ in runs))
                print(f"batch, {workers} worker(s): {batch[workers].wall:.1f} s wall, "
                      f"{batch[workers].cpu:.1f} s CPU of its processes, "
                      f"{len(notes) / batch[workers].wall:.1f} cases/s", flush=True)
                for role, pid, mb, seconds in max((p for _, p in runs), key=len):
                    print(f"  peak RSS (VmHWM) {role:15} pid {pid:7} {mb:7.0f} MB"
                          f"  {seconds:6.1f} s CPU"
                          + ("  (target: <= 600 MB)" if role in HOLDS_PIPELINE else ""))
                worst = max((mb for _, procs in runs for role, _, mb, _ in procs
                             if role in HOLDS_PIPELINE), default=0)
                print(f"  largest worker over {args.heavy_repeat} run(s): {worst:.0f} MB "
                      "(target: <= 600 MB per worker)", flush=True)
            if len(counts) > 1:
                print(f"batch {counts[1]} workers vs {counts[0]}: "
                      f"{batch[counts[0]].wall / batch[counts[1]].wall:.2f}x the throughput "
                      "(wall; target: >= 1.7x)")
            print(f"batch ({counts[0]} worker) vs the in-process loop: "
                  f"{ratio(batch[counts[0]], loop)} the time (target: <= 1.3x)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end; "
          f"{(time.perf_counter() - clock.started) / 60:.1f} min in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
