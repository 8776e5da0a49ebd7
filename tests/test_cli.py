"""The `spinecite` command as a user runs it."""

import json
import os
import subprocess
import sys

from conftest import CORPORA, ROOT, free_port


def run(*args):
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run([sys.executable, "-m", "spinecite", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


def test_extract_prints_findings_json(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Date of service: 03/01/2026\nLeft foot drop. Denies saddle anesthesia.\n")
    out = run("extract", str(note))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    codes = {(f["code"], f["assertion"]) for f in result["findings"]}
    assert ("foot_drop", "present") in codes
    assert ("saddle_anesthesia", "absent") in codes
    assert result["documents"][0]["date"] == "2026-03-01"


def test_extract_bad_input_exits_2_naming_the_file(tmp_path):
    note = tmp_path / "note.txt"
    note.write_bytes(b"PHIMARKER \xff\xfe")
    out = run("extract", str(note))
    assert out.returncode == 2
    assert "note.txt" in out.stderr
    assert "PHIMARKER" not in out.stderr + out.stdout


def test_evaluate_prints_figures(tmp_path):
    # a copy of three dev cases: the figures are printed and no case errors
    dev = sorted((CORPORA / "dev").glob("*.case.json"))[:3]
    for case in dev:
        gold = case.with_name(case.name.replace(".case.json", ".gold.json"))
        (tmp_path / case.name).write_text(case.read_text())
        (tmp_path / gold.name).write_text(gold.read_text())
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "findings present: precision" in out.stdout
    assert "assertion accuracy" in out.stdout
    assert "errors: 0" in out.stdout


def test_evaluate_missing_dir_exits_2(tmp_path):
    out = run("evaluate", str(tmp_path / "nope"))
    assert out.returncode == 2


def test_serve_serves_a_batch_on_localhost(tmp_path):
    import time
    import urllib.request

    (tmp_path / "index.html").write_text("<html>queue</html>")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "spinecite", "serve", str(tmp_path), "--port",
                             str(port)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert "127.0.0.1" in proc.stdout.readline()
        for _ in range(50):
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        assert b"queue" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_review_prints_the_result_and_writes_the_page(tmp_path):
    page = tmp_path / "case.html"
    out = run("review", str(CORPORA / "samples" / "B-2004.case.json"), "--html", str(page))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["status"] == "ok" and result["case_id"] == "B-2004"
    assert {d["guideline"] for d in result["determinations"]} == {
        "aim-spine", "nia-lumbar-mri", "evicore-spine"}
    # two weeks of back pain, no red flag: nothing is fast-tracked, nothing is denied
    assert {d["outcome"] for d in result["determinations"]} == {"not_met"}
    assert all(d["missing"] for d in result["determinations"])
    assert "B-2004" in page.read_text()


def test_review_writes_the_bytes_print_would(capsysbinary):
    # the result's JSON goes to stdout as the UTF-8 bytes pydantic wrote: the same bytes as
    # print(model_dump_json(indent=2)), a line end after, non-ASCII words included
    from spinecite.cli import _print_json
    from spinecite.review import CaseResult

    result = CaseResult(case_id="B-2004 \u2013 r\u00e9vis\u00e9", status="ok")
    _print_json(result)
    assert capsysbinary.readouterr().out == (result.model_dump_json(indent=2) + "\n").encode()


def test_review_bad_case_exits_2(tmp_path):
    bad = tmp_path / "x.case.json"
    bad.write_text('{"case_id": "x"}')
    out = run("review", str(bad))
    assert out.returncode == 2 and "x.case.json" in out.stderr


def test_schema_is_the_result_model():
    out = run("schema")
    schema = json.loads(out.stdout)
    assert {"case_id", "findings", "determinations", "priority"} <= set(schema["properties"])
