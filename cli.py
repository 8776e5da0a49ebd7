"""The `spinecite` command (contract §2).

Exit status: 0 when a result was produced, 2 for bad input (the message names the file and
what is wrong), 1 for an internal fault. Messages never quote note text.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from spinecite import __version__

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}")


def _cmd_extract(args: argparse.Namespace) -> int:
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import read_file

    document = read_file(Path(args.file), document_id=args.id or Path(args.file).name,
                         date=args.document_date)
    result = extract([document], args.received_date or dt.date.today())
    _print_json(result)
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from spinecite.corpora.evaluate import evaluate_corpus, format_report
    from spinecite.pipeline.intake import IntakeError

    directory = Path(args.corpus_dir)
    if not directory.is_dir():
        raise IntakeError("missing_corpus", f"{directory}: not a directory")
    if not any(directory.glob("*.case.json")):
        raise IntakeError("empty_corpus", f"{directory}: no *.case.json files")
    missing = [p.name for p in directory.glob("*.case.json")
               if not p.with_name(p.name.replace(".case.json", ".gold.json")).exists()]
    if missing:
        raise IntakeError("missing_gold", f"{directory}: no gold file for {', '.join(sorted(missing))}")
    summary, _ = evaluate_corpus(directory)
    print(format_report(summary))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return EXIT_OK


def _cmd_review(args: argparse.Namespace) -> int:
    from spinecite.pipeline.intake import IntakeError
    from spinecite.review import (review_case_file_with_documents,
                                  review_document_file_with_documents)

    path = Path(args.case)
    if not path.exists():
        raise IntakeError("missing_file", f"{path}: no such file")
    if path.name.endswith(".json"):
        result, documents = review_case_file_with_documents(path)
    else:
        if not args.cpt:
            raise IntakeError("missing_request",
                              f"{path}: a bare document needs --cpt (and --received-date)")
        result, documents = review_document_file_with_documents(
            path, args.cpt, args.received_date or dt.date.today(), args.guideline)
    if args.html:
        from spinecite.flows.pages import render_case_page

        Path(args.html).write_text(render_case_page(result, documents), encoding="utf-8")
    _print_json(result)
    return EXIT_OK


def _print_json(model) -> None:
    """`print(model.model_dump_json(indent=2))` without the round trip through str: pydantic
    writes the JSON as UTF-8 bytes, which `model_dump_json` decodes and print encodes again; a
    review's JSON (~4 MB a case, not ASCII) spent ~25 ms a case so, beside the ~40 ms of its
    serialization (tidy41). Where stdout would write other bytes (not UTF-8, another line end,
    no byte buffer), print does it."""
    data = model.__pydantic_serializer__.to_json(model, indent=2)
    buffer = getattr(sys.stdout, "buffer", None)
    encoding = codecs.lookup(sys.stdout.encoding or "ascii").name
    if buffer is None or os.linesep != "\n" or encoding != "utf-8":
        print(data.decode())
        return
    sys.stdout.flush()
    buffer.write(data + b"\n")
    buffer.flush()


def _cmd_batch(args: argparse.Namespace) -> int:
    from spinecite.flows import forkserver  # imports neither Prefect nor the pipeline

    in_dir = Path(args.in_dir)
    if not in_dir.is_dir():
        from spinecite.pipeline.intake import IntakeError

        raise IntakeError("missing_input_dir", f"{in_dir}: not a directory")
    local = not (args.dask_address or args.dask_local)
    if local:
        # the workers' build starts now, beside the imports below (Prefect's, the pipeline's)
        forkserver.start_for_fresh(Path(args.out))
    try:
        from spinecite.flows.batch import run_batch

        summary = run_batch(in_dir, Path(args.out), workers=args.workers,
                            chunk_size=args.chunk_size, bare_cpt=args.cpt or (),
                            received=args.received_date, dask_address=args.dask_address,
                            dask_local=args.dask_local, progress=not args.no_progress)
    except BaseException:
        if local:
            forkserver.stop(now=True)  # e.g. an output folder it cannot write: no build needed
        raise
    if local:
        forkserver.stop()  # stopped with the pool already (a no-op), or no case had work
    from spinecite.flows.summary import format_summary

    print(format_summary(summary))
    print(f"results: {summary['results']}")
    print(f"triage queue: {Path(args.out) / 'index.html'}")
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    import functools
    import http.server

    from spinecite.pipeline.intake import IntakeError

    root = Path(args.out_dir)
    if not (root / "index.html").exists():
        raise IntakeError("missing_batch_output", f"{root}: no index.html (run spinecite batch first)")

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_args) -> None:  # request lines name case pages; keep them out
            pass

    handler = functools.partial(QuietHandler, directory=str(root))
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"serving {root} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)",
              flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from spinecite.review import CaseResult

    print(json.dumps(CaseResult.model_json_schema(), indent=2))
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from spinecite.rules.coverage import coverage_rows, format_coverage
    from spinecite.rules.ruleset import load_all

    rows = coverage_rows(load_all().values())
    print(json.dumps(rows, indent=2) if args.json else format_coverage(rows))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spinecite",
        description="Cited evidence for spine-imaging prior-authorization review.")
    parser.add_argument("--version", action="version", version=f"spinecite {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="findings of one document (no request)")
    p.add_argument("file", help="a .txt document")
    p.add_argument("--received-date", type=_date,
                   help="reference date for time expressions when the note states none "
                        "(default: today)")
    p.add_argument("--document-date", type=_date, help="the document's date, if known")
    p.add_argument("--id", help="document id used in evidence (default: the file name)")
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser("review", help="review one case; the result JSON (§3) on stdout")
    p.add_argument("case", help="a NAME.case.json, or a .txt document with --cpt")
    p.add_argument("--cpt", action="append", help="CPT code of the request (repeatable)")
    p.add_argument("--received-date", type=_date, help="the request's received date")
    p.add_argument("--guideline", action="append", help="guideline id (default: all governing)")
    p.add_argument("--html", metavar="FILE", help="also write the reviewer page")
    p.set_defaults(run=_cmd_review)

    p = sub.add_parser("batch", help="the Prefect flow over a folder of cases")
    p.add_argument("in_dir", help="folder of *.case.json files and/or document files")
    p.add_argument("--out", required=True, help="output folder (results.jsonl, pages, summary)")
    p.add_argument("--workers", type=int, default=0, help="worker processes (default: cores)")
    # flows.batch.DEFAULT_CHUNK (not imported here: it imports Prefect)
    p.add_argument("--chunk-size", type=int, default=50,
                   help="at most N cases per Prefect task; chunks shrink towards the end of a "
                        "run so that the workers finish together (default 50)")
    p.add_argument("--cpt", action="append",
                   help="CPT code for bare documents (without one they get findings only)")
    p.add_argument("--received-date", type=_date,
                   help="received date for bare documents (default: today)")
    p.add_argument("--dask-address", help="run tasks on an existing Dask scheduler (tcp://...)")
    p.add_argument("--dask-local", action="store_true",
                   help="run tasks on a local Dask cluster (prefect-dask)")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(run=_cmd_batch)

    p = sub.add_parser("serve", help="serve a batch's reviewer pages on localhost")
    p.add_argument("out_dir", help="the --out folder of a batch")
    p.add_argument("--port", type=int, default=8765)
    p.set_defaults(run=_cmd_serve)

    p = sub.add_parser("rules", help="about the guideline rule sets")
    rules_sub = p.add_subparsers(dest="rules_command", required=True)
    c = rules_sub.add_parser("coverage", help="indications per guideline and region: encoded, "
                                              "judgment-only, not encoded")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=_cmd_rules)

    p = sub.add_parser("schema", help="JSON Schema of the result, from the pydantic models")
    p.set_defaults(run=_cmd_schema)

    p = sub.add_parser("evaluate", help="score the pipeline against an annotated corpus (§6)")
    p.add_argument("corpus_dir", help="folder of NAME.case.json + NAME.gold.json")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    p.set_defaults(run=_cmd_evaluate)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    # Prefect's telemetry tries to reach the internet, which the tool never needs.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Each Dask worker starts its own ephemeral Prefect server; Prefect's 20 s start-up limit
    # failed whole batches on a busy 2-CPU machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # stdout closed early (| head): not a fault
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # imported here, not before the command runs: the pipeline package imports spaCy
        # (~1 s of CPU), which `spinecite batch` starts its workers' build ahead of
        from spinecite.pipeline.errors import IntakeError

        if isinstance(exc, IntakeError):
            print(f"spinecite: error: {exc.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        # an internal fault: the type only, never note text
        print(f"spinecite: internal error ({type(exc).__name__}); "
              f"please report it with the command you ran", file=sys.stderr)
        if os.environ.get("SPINECITE_DEBUG"):
            raise
        return EXIT_FAULT
