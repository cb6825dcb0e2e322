"""The streaming, parallel, resumable build: the output's bytes do not depend on how the work ran
(workers, unit size, engine, interruptions), shards rotate at their size limit, and a build killed
with SIGKILL resumes from its finished work units."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, EXTRA_CORPUS
from huggingface_hub import DatasetCard
from releasing import tree

from builder.build import BuildOptions, build_dataset
from builder.splits import DEFAULT_SPLITS, parse_split_spec
from builder.work import KILL_ENV

SPLITS = parse_split_spec(DEFAULT_SPLITS)


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    """Every test article (records and rejects), an exact copy and a same-id conflict: 80 files."""
    folder = tmp_path_factory.mktemp("scale") / "raw"
    shutil.copytree(CORPUS, folder / "corpus")
    shutil.copytree(EXTRA_CORPUS, folder / "extra")
    seed = (CORPUS / "seed.txt").read_bytes()
    (folder / "zz").mkdir()
    (folder / "zz" / "seed-crlf.txt").write_bytes(seed.replace(b"\n", b"\r\n"))
    (folder / "zz" / "seed-edited.txt").write_bytes(seed.replace(b"widely derided", b"often derided", 1))
    return folder


@pytest.fixture(scope="module")
def reference(raw, tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("reference") / "out"
    result = build_dataset(raw, out, SPLITS, options=BuildOptions(workers=1))
    assert result.summary.duplicates >= 1 and result.summary.rejects_by_type["duplicate-id"] >= 1
    assert len(result.reading.units) == 1
    return tree(out)


def test_workers_and_unit_size_do_not_change_a_byte(raw, reference, tmp_path):
    result = build_dataset(raw, tmp_path / "out", SPLITS, options=BuildOptions(workers=2, unit_files=3))
    assert len(result.reading.units) > 20  # really spread over many units and two processes
    assert tree(tmp_path / "out") == reference


def test_ray_engine_gives_the_same_bytes(raw, reference, tmp_path):
    result = build_dataset(raw, tmp_path / "out", SPLITS, options=BuildOptions(engine="ray", workers=2, unit_files=7))
    assert len(result.reading.units) > 10
    assert tree(tmp_path / "out") == reference


def test_shards_rotate_at_the_size_limit_and_load_in_order(raw, reference, tmp_path):
    limit = 400_000
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS, options=BuildOptions(shard_bytes=limit, row_group_rows=4, unit_files=5))
    shards = sorted((out / "data").glob("train-*.parquet"))
    assert len(shards) > 1
    assert [s.name for s in shards] == [f"train-{i:05d}-of-{len(shards):05d}.parquet" for i in range(len(shards))]
    for shard in shards:
        assert shard.stat().st_size <= limit or pq.ParquetFile(shard).num_row_groups == 1, shard

    # Where shards are cut does not depend on how the work was cut into units either.
    other = tmp_path / "other"
    build_dataset(
        raw, other, SPLITS, options=BuildOptions(shard_bytes=limit, row_group_rows=4, unit_files=1, workers=2)
    )
    assert tree(other) == tree(out)

    # Same rows, in the same order, as the one-shard build; the card declares every shard and its sizes.
    ds = datasets.load_dataset(str(out), verification_mode="all_checks")
    one = tmp_path / "one"
    build_dataset(raw, one, SPLITS)
    assert tree(one) == reference
    ds_one = datasets.load_dataset(str(one))
    for split in ds_one:
        assert ds[split]["id"] == ds_one[split]["id"]
        assert ds[split].to_list() == ds_one[split].to_list()
    card = DatasetCard.load(out / "README.md").data
    (config,) = card.configs
    declared = {entry["split"]: entry["path"] for entry in config["data_files"]}
    assert declared["train"] == [f"data/{s.name}" for s in shards]
    card_bytes = {s["name"]: s["num_bytes"] for s in card.dataset_info["splits"]}
    assert {name: split.info.splits[name].num_bytes for name, split in ds.items()} == card_bytes


def _run(args: list, env: dict | None = None) -> subprocess.CompletedProcess:
    # A session of its own: the kill takes the build's whole process group, workers included.
    return subprocess.run(
        [sys.executable, "-m", "builder", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        start_new_session=True,
        timeout=600,
    )


def test_a_killed_build_resumes_from_finished_units_with_the_same_bytes(raw, reference, tmp_path):
    out, work = tmp_path / "out", tmp_path / "work"
    args = ["build", "--raw", raw, "--out", out, "--work-dir", work, "--unit-files", "4", "--workers", "2"]
    killed = _run(args, env={KILL_ENV: "units-done:5"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not out.exists()
    # (not a marker still being written, '.u-000005.…-PID', which the kill may leave: a marker is its rename's; CI
    # counted six with one such and the build resumed five, 2026-12-06)
    done = sorted(p.name for p in (work / "done").iterdir() if not p.name.startswith("."))
    assert len(done) >= 5
    units = -(-sum(1 for p in raw.rglob("*") if p.is_file()) // 4)
    assert len(done) < units  # the kill came before the end

    resumed = _run(args)
    assert resumed.returncode == 0, resumed.stderr
    # The finished units were taken as they were, not redone.
    assert f"resumed {len(done)} of {units} work units" in resumed.stdout
    assert tree(out) == reference
    assert not work.exists()  # a finished build drops its work units


def test_a_build_resumed_over_changed_input_starts_over(raw, tmp_path):
    changed = tmp_path / "raw"
    shutil.copytree(raw, changed)
    out, work = tmp_path / "out", tmp_path / "work"
    args = ["build", "--raw", changed, "--out", out, "--work-dir", work, "--unit-files", "4", "--workers", "1"]
    assert _run(args, env={KILL_ENV: "units-done:3"}).returncode == -signal.SIGKILL
    (changed / "corpus" / "seed.txt").unlink()
    rerun = _run(args)
    assert "started over" in rerun.stdout and not re.search(r"resumed \d+ of", rerun.stdout)
    fresh = tmp_path / "fresh"
    build_dataset(changed, fresh, SPLITS)
    assert tree(out) == tree(fresh)


def test_progress_bar_only_on_a_terminal(raw, tmp_path):
    piped = _run(["build", "--raw", raw, "--out", tmp_path / "a", "--workers", "1"])
    assert "reading" not in piped.stderr and "\r" not in piped.stderr
    assert "files/s" in piped.stdout and "MB/s" in piped.stdout  # the final summary, always

    def on_terminal(*extra) -> str:
        controller, terminal = pty.openpty()
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a new pty is 0 wide
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "builder",
                "build",
                "--raw",
                str(raw),
                "--out",
                str(tmp_path / "b"),
                "--workers",
                "1",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=terminal,
        )
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        proc.wait(timeout=600)
        os.close(controller)
        return seen.decode("utf-8", "replace")

    drawn = on_terminal()
    assert "reading" in drawn and "files/s" in drawn and "writing" in drawn
    assert "reading" not in on_terminal("--quiet")


def test_a_build_without_records_still_reports_every_file(tmp_path):
    # (an empty folder is refused, not built: test_errors.py, test_a_build_with_nothing_to_read_is_refused_…)
    contents = {"a.txt": b"\x00binary", "b.txt": b"", "c.txt": b"hello\n"}
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in contents.items():
        (raw / name).write_bytes(data)
    proc = _run(["build", "--raw", raw, "--out", tmp_path / "out", "--workers", "1"])
    assert proc.returncode == 0, proc.stderr  # written: an empty dataset with every file reported
    summary = json.loads((tmp_path / "out" / "build-summary.json").read_text())
    assert summary["files_read"] == summary["rejected"] == len(contents) and summary["records"] == 0
    rejected = [json.loads(line)["file"] for line in (tmp_path / "out" / "rejects.jsonl").read_text().splitlines()]
    assert rejected == sorted(contents)
    assert not (tmp_path / "out" / "croissant.json").exists() and not list((tmp_path / "out").glob("data/*"))
    assert "\n0 articles," in (tmp_path / "out" / "README.md").read_text()
    assert not (tmp_path / ".out.work").exists()


def test_the_shard_size_estimate_is_the_rows_not_how_the_table_was_made():
    # The same rows built from dicts, taken from a larger table, and concatenated from slices:
    # their Arrow nbytes differ (validity bitmaps, parent buffers), their estimate must not.
    import pyarrow as pa

    from builder.parse import parse_article
    from builder.schema import arrow_schema
    from builder.write import arrow_bytes

    records = []
    for path in sorted(CORPUS.glob("*.txt")):
        result = parse_article(path.read_bytes(), path.name)
        if isinstance(result, dict):
            records.append(result)
    whole = pa.Table.from_pylist(records, schema=arrow_schema())
    rows = list(range(1, len(records), 2))
    made = [
        pa.Table.from_pylist([records[i] for i in rows], schema=arrow_schema()),
        whole.take(pa.array(rows)),
        pa.concat_tables([whole.slice(i, 1) for i in rows]).combine_chunks(),
        pa.concat_tables([whole, whole.take(pa.array(rows))]).combine_chunks().slice(len(records)),
    ]
    assert len({table.nbytes for table in made}) > 1  # the layouts really differ
    assert len({arrow_bytes(table) for table in made}) == 1
