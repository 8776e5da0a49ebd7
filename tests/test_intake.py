"""Bad input gives a clear error naming the file, never the note's text."""

import json

import pytest

from spinecite.pipeline.intake import IntakeError, load_case, read_documents, read_file


def write_case(tmp_path, **overrides):
    case = {"case_id": "T-1", "received_date": "2026-03-02",
            "request": {"cpt": ["72148"]},
            "documents": [{"id": "n", "text": "LBP x 6 weeks."}]}
    case.update(overrides)
    path = tmp_path / "t.case.json"
    path.write_text(json.dumps(case))
    return path


def test_valid_case_reads(tmp_path):
    case = load_case(write_case(tmp_path))
    docs = read_documents(case, tmp_path)
    assert docs[0].text == "LBP x 6 weeks."


@pytest.mark.parametrize("content, kind", [
    ("{not json", "malformed_case"),
    (json.dumps({"case_id": "x"}), "invalid_case"),
])
def test_bad_case_files(tmp_path, content, kind):
    path = tmp_path / "bad.case.json"
    path.write_text(content)
    with pytest.raises(IntakeError) as err:
        load_case(path)
    assert err.value.kind == kind
    assert str(path) in err.value.message


def test_document_paths_cannot_leave_the_case_folder(tmp_path):
    case = load_case(write_case(tmp_path, documents=[{"id": "x", "path": "../../etc/passwd"}]))
    with pytest.raises(IntakeError) as err:
        read_documents(case, tmp_path)
    assert err.value.kind == "path_outside_case"


def test_invalid_utf8_is_an_error_without_content(tmp_path):
    secret = "SECRETMARKER"
    path = tmp_path / "note.txt"
    path.write_bytes(secret.encode() + b"\xff\xfe bad")
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "encoding"
    assert secret not in err.value.message


def test_empty_text_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n")
    with pytest.raises(IntakeError) as err:
        read_file(path)
    assert err.value.kind == "empty"


def test_intake_error_survives_pickling():
    # batch workers send errors across process boundaries; a lost kind or document would turn
    # a bad input into an internal error
    import pickle

    error = pickle.loads(pickle.dumps(IntakeError("encoding", "note.txt: not UTF-8", "note")))
    assert (error.kind, error.message, error.document) == ("encoding", "note.txt: not UTF-8",
                                                           "note")
    assert str(error) == "note.txt: not UTF-8"


def test_every_error_kind_raised_is_documented():
    # a kind missing from ERROR_KINDS is one a user cannot look up in docs/robustness.md
    import re
    from pathlib import Path

    from spinecite.pipeline.errors import ERROR_KINDS

    root = Path(__file__).resolve().parents[1]
    raised = set()
    for path in root.rglob("*.py"):
        if ".venv" not in path.parts and "tests" not in path.parts:
            source = path.read_text(encoding="utf-8")
            raised |= set(re.findall(r'IntakeError\(\s*"([a-z_]+)"', source))
            raised |= set(re.findall(r'_error\(\s*case,\s*"([a-z_]+)"', source))
    assert len(raised) > 25
    assert raised <= set(ERROR_KINDS), raised - set(ERROR_KINDS)
    doc = (root / "docs" / "robustness.md").read_text(encoding="utf-8")
    assert [k for k in ERROR_KINDS if f"`{k}`" not in doc] == []


def test_unpaired_surrogate_escape_is_a_malformed_case(tmp_path):
    # found by benchmarks/fuzz.py: valid JSON, but not Unicode text; hashing it crashed
    path = tmp_path / "s.case.json"
    path.write_text('{"case_id": "S-1", "received_date": "2026-03-02", "request": {"cpt": '
                    '["72148"]}, "documents": [{"id": "n", "text": "PHIMARKER \\ud83d pain"}]}')
    with pytest.raises(IntakeError) as err:
        load_case(path)
    assert err.value.kind == "malformed_case" and "surrogate" in err.value.message
    assert "PHIMARKER" not in err.value.message
