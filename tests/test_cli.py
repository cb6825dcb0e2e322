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


def test_a_raw_folder_that_is_a_broken_link_is_named_so(tmp_path):
    loop, dangling = tmp_path / "loop", tmp_path / "dangling"
    loop.symlink_to(loop)
    dangling.symlink_to(tmp_path / "gone")
    for link, reason in ((loop, "a symbolic link that loops"), (dangling, "a symbolic link whose target is missing")):
        proc = run("build", "--raw", str(link), "--out", str(tmp_path / "out"))
        assert proc.returncode == 2
        assert f"'{link}' is {reason}" in proc.stderr, proc.stderr
        assert not (tmp_path / "out").exists()


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


def test_build_json_and_text_report_the_same_result(tmp_path):
    text = run("build", "--raw", str(CORPUS), "--out", str(tmp_path / "a"), "-q")
    as_json = run("build", "--raw", str(CORPUS), "--out", str(tmp_path / "b"), "-q", "--json")
    assert text.returncode == as_json.returncode == 0, (text.stderr, as_json.stderr)
    assert as_json.stderr == ""  # the rejects are in the object, not on stderr
    result = json.loads(as_json.stdout)
    summary = json.loads((tmp_path / "b" / "build-summary.json").read_text(encoding="utf-8"))
    assert result["summary"] == summary and result["output"] == str(tmp_path / "b")
    rejects = [json.loads(line) for line in (tmp_path / "b" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert result["rejects"] == rejects and len(rejects) == summary["rejected"] > 0
    assert result["units"] >= 1 and result["units_resumed"] == 0 and result["seconds"] > 0
    # The text reporter: the same figures, as the build always printed them.
    splits = ", ".join(f"{k}: {v}" for k, v in result["summary"]["records_by_split"].items())
    by_type = ", ".join(f"{k}: {v}" for k, v in summary["rejects_by_type"].items())
    assert text.stdout.splitlines()[:4] == [
        f"files read: {summary['files_read']}",
        f"records written: {summary['records']} ({splits})",
        f"rejected: {summary['rejected']} ({by_type})",
        f"duplicates: {summary['duplicates']}",
    ]
    assert text.stdout.splitlines()[-1] == f"output: {tmp_path / 'a'}"
    assert len(text.stderr.splitlines()) == len(rejects)
    # '--json' before the command is the command's flag (it was a usage error with no JSON)
    before = run("--json", "build", "--raw", str(CORPUS), "--out", str(tmp_path / "c"), "-q")
    assert before.returncode == 0 and json.loads(before.stdout)["summary"] == summary, before.stderr
    usage = run("--json", "build", "--raw", str(tmp_path / "missing"), "--out", str(tmp_path / "d"))
    assert usage.returncode == 2 and json.loads(usage.stdout)["error"]["type"] == "usage"


def test_release_json_reports_the_version_or_that_nothing_changed(tmp_path):
    import hashlib

    args = ("release", "--raw", str(CORPUS), "--releases", str(tmp_path / "r"), "--date", "2026-01-02", "-q")
    first = run(*args, "--json")
    assert first.returncode == 0 and first.stderr == "", first.stderr
    made = json.loads(first.stdout)
    manifest = (tmp_path / "r" / "v1.0.0" / "MANIFEST.json").read_bytes()
    assert (made["version"], made["previous"], made["bump"], made["diff"]) == ("1.0.0", None, "initial", None)
    assert made["path"] == str(tmp_path / "r" / "v1.0.0")
    assert made["manifest_sha256"] == hashlib.sha256(manifest).hexdigest()
    assert made["rejects"] == json.loads(manifest)["rejects"] != []
    again = run(*args, "--json")
    assert again.returncode == 0, again.stderr
    unchanged = json.loads(again.stdout)
    assert (unchanged["version"], unchanged["previous"], unchanged["path"]) == (None, "1.0.0", None)
    assert unchanged["diff"]["bump"] is None
    text = run(*args)  # the text reporter: the version alone on stdout (here none: nothing changed)
    assert text.returncode == 0 and text.stdout == "" and "no change since v1.0.0" in text.stderr


def test_parse_writes_a_rejected_file_s_name_as_source_path_does(tmp_path):
    # A name with a C1 control and a byte that is not UTF-8: the JSON line stays valid UTF-8 with no control in it.
    import os

    name = os.fsdecode(b"raw\xc2\x85\xff.txt")
    (tmp_path / name).write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "builder", "parse", str(tmp_path / name)], capture_output=True)
    assert proc.returncode == 1
    line = json.loads(proc.stdout.decode("utf-8"))
    assert line["source"].endswith("/raw\\xc2\\x85\\xff.txt")
    assert line["error"]["type"] == "empty"
