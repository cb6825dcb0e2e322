"""The CLI as a user runs it: real subprocesses, real files, exit codes 0 / 1 / 2."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from conftest import CORPUS, REPO

from builder.build import load_article


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True, text=True, **kw)


@pytest.fixture
def records_file(tmp_path):
    records = [
        load_article(CORPUS / f"{name}.txt", f"{name}.txt") for name in ("seed", "dev-01-warehouse-heat-walkout")
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path, records


def test_validate_accepts_valid_records(records_file):
    path, _ = records_file
    proc = run("validate", str(path))
    assert proc.returncode == 0, proc.stdout
    assert "2 records, 0 problems" in proc.stderr


def test_validate_reports_each_problem_with_line_and_path(records_file, tmp_path):
    _, records = records_file
    broken = copy.deepcopy(records[1])
    broken["quotes"][0]["end"] += 1
    lines = [json.dumps(records[0]), "{not json", json.dumps(broken), json.dumps(records[0])]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("validate", "--format", "json", str(path))
    assert proc.returncode == 1
    problems = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(p["line"], p["type"]) for p in problems] == [(2, "invalid-json"), (3, "record-rule"), (4, "duplicate-id")]
    assert problems[1]["path"] == "$.quotes[0].text" and problems[1]["rule"] == "quote-text"
    text = run("validate", str(path))
    assert f"{path}:3: record-rule: $.quotes[0].text:" in text.stdout


def test_usage_errors_exit_2(tmp_path):
    assert run("build", "--raw", str(tmp_path / "nope")).returncode == 2
    bad_splits = run(
        "build", "--raw", str(REPO / "raw"), "--out", str(tmp_path / "o"), "--splits", "train=0.5,test=0.6"
    )
    assert bad_splits.returncode == 2 and "sum to 1" in bad_splits.stderr
    assert run("frobnicate").returncode == 2
    assert run("parse").returncode == 2


def test_console_script_is_installed():
    # The console script of pyproject.toml, as pip installed it beside this Python.
    from pathlib import Path

    script = Path(sys.executable).with_name("corpus-builder")
    assert script.exists()
    proc = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for command in ("build", "parse", "validate"):
        assert command in proc.stdout


def test_build_custom_splits(tmp_path):
    out = tmp_path / "out"
    proc = run("build", "--raw", str(REPO / "raw"), "--out", str(out), "--splits", "all=1")
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in (out / "data").iterdir()] == ["all-00000-of-00001.parquet"]


def test_validate_reports_unparseable_lines_instead_of_crashing(records_file, tmp_path):
    _, records = records_file
    path = tmp_path / "odd.jsonl"
    path.write_bytes(
        json.dumps(records[0]).encode()
        + b"\n"
        + b"\xff{}\n"
        + b"[" * 100_000
        + b"]" * 100_000
        + b"\n"
        + b"1" * 5000
        + b"\n"
    )
    proc = run("validate", "--format", "json", str(path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    problems = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(p["line"], p["type"]) for p in problems] == [(2, "invalid-json"), (3, "invalid-json"), (4, "invalid-json")]
