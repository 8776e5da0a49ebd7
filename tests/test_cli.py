"""The `spinecite` command as a user runs it."""

import json
import os
import subprocess
import sys

from conftest import CORPORA, ROOT


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
