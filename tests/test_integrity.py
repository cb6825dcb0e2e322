"""Release integrity: the manifest names the bytes the records came from, `verify` recomputes every
figure it can and pins the rest by the manifest's own sha256, special files never make it hang, and
Parquet pages carry checksums a reader can check. Real releases, real files, the CLI in a subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import datasets
import pyarrow.dataset as pds
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS
from releasing import A_SENTENCE, EMPTY, A, B, make_raw, run_cli, unseal

import builder.build
import builder.release
from builder.build import BuildOptions
from builder.inputs import discover
from builder.load import NOT_READ, read_article
from builder.manifest import check_release, manifest_bytes, raw_inputs_digest, verify
from builder.release import release
from builder.splits import DEFAULT_SPLITS, parse_split_spec
from builder.work import UnitTarget, open_work_dir, plan_units, process_unit, read_inputs, read_rejects

SPLITS = parse_split_spec(DEFAULT_SPLITS)
ONE_WORKER = BuildOptions(workers=1)
TIMEOUT = 120  # far above a verify of a few small files; only a hang reaches it


def _release(raw, releases, **kwargs):
    return release(raw, releases, SPLITS, date="2026-01-01", options=ONE_WORKER, **kwargs)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A release with records, rejects (an empty file, a FIFO) and a duplicate, made by the CLI, and
    the sha256 it printed for its manifest."""
    base = tmp_path_factory.mktemp("made")
    raw = make_raw(base / "raw", [A, B, EMPTY])
    shutil.copy(CORPUS / A, raw / "zz-copy-of-a.txt")  # after A in path order: a duplicate
    os.mkfifo(raw / "pipe.txt")
    proc = run_cli("release", "--raw", raw, "--releases", base / "releases", "--date", "2026-01-01", "--workers", "1")
    assert proc.returncode == 0, proc.stderr  # released, with rejects reported
    [printed] = re.findall(r"^MANIFEST\.json sha256 ([0-9a-f]{64})$", proc.stderr, re.M)
    folder = base / "releases" / "v1.0.0"
    assert printed == hashlib.sha256((folder / "MANIFEST.json").read_bytes()).hexdigest()
    yield {"raw": raw, "folder": folder, "sha256": printed}
    unseal(base)


@pytest.fixture
def copy(made, tmp_path):
    folder = tmp_path / "v1.0.0"
    shutil.copytree(made["folder"], folder)
    unseal(folder)
    yield folder
    unseal(tmp_path)


def _manifest(folder):
    return json.loads((folder / "MANIFEST.json").read_bytes())


def _rewrite(folder, manifest):
    (folder / "MANIFEST.json").write_bytes(manifest_bytes(manifest))


def test_the_release_holds_and_its_figures_are_what_they_should_be(made):
    folder, raw = made["folder"], made["raw"]
    m = _manifest(folder)
    assert m["build"] == {
        "files_read": 5,
        "records": 2,
        "rejected": 2,
        "duplicates": 1,
        "rejects_by_type": {"empty": 1, "not-a-regular-file": 1},
        "files_left_out": {},
    }
    assert m["max_bytes"] == 32 * 1024 * 1024
    assert m["raw_inputs"] == raw_inputs_digest(raw, m["max_bytes"])  # the FIFO is '-' on both sides, never opened
    assert verify(folder) == [] and verify(folder, raw_dir=raw, expect_sha256=made["sha256"]) == []
    proc = run_cli("verify", folder, "--raw", raw, "--expect-sha256", made["sha256"].upper())
    assert proc.returncode == 0, proc.stdout
    assert f"ok: {raw} is the raw input it was built from (5 entries)" in proc.stdout
    assert proc.stdout.splitlines()[-1] == f"MANIFEST.json sha256 {made['sha256']} (as expected)"


def test_a_flipped_byte_anywhere_in_any_file_is_reported(made, copy):
    files = sorted(p for p in copy.rglob("*") if p.is_file())
    assert (
        len([f for f in files if "/report/" not in f.as_posix()]) == 9
    )  # card, histogram, schema, datasheet, croissant,
    # near-duplicates, changelog, manifest, a shard; and the report's files besides
    for path in files:
        rel = path.relative_to(copy).as_posix()
        original = path.read_bytes()
        if not original:  # near-duplicates.jsonl of a release without clusters: no byte to flip
            path.write_bytes(b"\n")
            assert [(m.file, m.type) for m in verify(copy)] == [(rel, "size")]
            path.write_bytes(original)
            continue
        for at in sorted({0, len(original) // 2, len(original) - 1}):
            flipped = bytearray(original)
            flipped[at] ^= 0x01
            path.write_bytes(bytes(flipped))
            found = verify(copy, expect_sha256=made["sha256"])
            if rel == "MANIFEST.json":  # a flip may leave valid JSON (a digit of the date): the pin catches it
                assert "manifest-sha256" in {m.type for m in found}, at
            else:
                assert (rel, "sha256") in {(m.file, m.type) for m in found}, (rel, at)
                assert [(m.file, m.type) for m in verify(copy)] == [(rel, "sha256")], (rel, at)
            path.write_bytes(original)
    assert verify(copy, expect_sha256=made["sha256"]) == []


EDITS = {
    "rows": (lambda m: m["rows"].update({k: v + 1 for k, v in m["rows"].items()}), "rows"),
    "a split's rows moved": (lambda m: m["rows"].update({"nosuch": m["rows"].pop(sorted(m["rows"])[0])}), "rows"),
    "build.records": (lambda m: m["build"].update(records=m["build"]["records"] + 1), "rows"),
    "build.rejected": (lambda m: m["build"].update(rejected=3), "rejects"),
    "rejects_by_type": (lambda m: m["build"]["rejects_by_type"].update({"empty": 0, "binary": 1}), "rejects"),
    "a reject dropped": (lambda m: m["rejects"].pop(), "rejects"),
    "build.duplicates": (lambda m: m["build"].update(duplicates=0), "duplicates"),
    "build.files_read": (lambda m: m["build"].update(files_read=4), "files-read"),
    "schema_sha256": (lambda m: m.update(schema_sha256="0" * 64), "schema-sha256"),
}


@pytest.mark.parametrize("edit", EDITS)
def test_an_edited_figure_of_the_manifest_is_reported(copy, edit):
    change, expected = EDITS[edit]
    manifest = _manifest(copy)
    change(manifest)
    _rewrite(copy, manifest)  # the files list intact: every file still holds
    assert expected in {m.type for m in verify(copy)}


def test_an_edited_raw_inputs_hash_is_reported_given_the_raw_folder(made, copy):
    manifest = _manifest(copy)
    manifest["raw_inputs"]["sha256"] = hashlib.sha256(b"other input").hexdigest()
    _rewrite(copy, manifest)
    assert verify(copy) == []  # without the raw folder, nothing says what it was
    proc = run_cli("verify", copy, "--raw", made["raw"])
    assert proc.returncode == 1
    assert f"{copy / 'MANIFEST.json'}: raw-inputs: {made['raw']} gives 5 entries" in proc.stdout


def test_the_manifest_sha256_catches_any_other_edit(made, copy):
    manifest = _manifest(copy)
    manifest["date"], manifest["builder_version"] = "2026-01-02", "9.9.9"
    _rewrite(copy, manifest)
    assert verify(copy) == []  # neither can be recomputed from the files
    proc = run_cli("verify", copy, "--expect-sha256", made["sha256"])
    assert proc.returncode == 1
    assert (
        f"{copy / 'MANIFEST.json'}: manifest-sha256: sha256 " in proc.stdout
        and f"expected {made['sha256']}" in proc.stdout
    )


def test_verify_exit_codes(made, copy):
    usage = run_cli("verify", made["folder"], "--expect-sha256", "abc")
    assert usage.returncode == 2 and "--expect-sha256" in usage.stderr
    # A symlink loop in place of a listed file cannot be examined: nothing is known about it, the
    # check failed (3) rather than found a difference (1).
    (copy / "README.md").unlink()
    (copy / "README.md").symlink_to("README.md")
    failed = run_cli("verify", copy)
    assert failed.returncode == 3, failed.stdout
    assert f"{copy / 'README.md'}: unreadable: cannot be examined: " in failed.stdout
    (copy / "notes.txt").write_text("mine")
    assert run_cli("verify", copy).returncode == 1  # a real mismatch besides: that is the answer


def _run(*args, timeout=TIMEOUT):
    return subprocess.run(
        [sys.executable, "-m", "builder", *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


def test_fifos_make_verify_and_release_report_not_hang(made, copy, tmp_path):
    os.remove(copy / "README.md")
    os.mkfifo(copy / "README.md")
    listed = _run("verify", copy)
    assert listed.returncode == 1 and f"{copy / 'README.md'}: not-a-file: " in listed.stdout
    os.remove(copy / "MANIFEST.json")
    os.mkfifo(copy / "MANIFEST.json")
    manifest = _run("verify", copy)
    assert manifest.returncode == 1
    assert manifest.stdout == f"{copy / 'MANIFEST.json'}: not-a-file: not a regular file; it was not opened\n"
    # release verifies the latest release before building on it: a FIFO there refuses it, promptly.
    releases = tmp_path / "releases"
    releases.mkdir()
    copy.rename(releases / "v1.0.0")
    refused = _run(
        "release",
        "--raw",
        make_raw(tmp_path / "raw", [A]),
        "--releases",
        releases,
        "--date",
        "2026-01-02",
        "--workers",
        "1",
    )
    assert refused.returncode == 2 and "previous-release-invalid" in refused.stderr and "not-a-file" in refused.stderr


def test_a_raw_file_changed_after_planning_is_detected_not_read(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B])
    [unit] = plan_units(discover(raw).files, 10)
    text = (raw / A).read_text(encoding="utf-8")
    (raw / A).write_text(text.replace(*A_SENTENCE), encoding="utf-8")  # after the plan, before the reading
    work = open_work_dir(tmp_path / "work", "a plan")
    done = process_unit(UnitTarget(str(work.path), work.run, 1 << 20), unit)
    [reject] = read_rejects(work.path, done)
    assert (reject.file, reject.type) == (A, "changed-during-build")
    assert "changed after the build listed it (size " in reject.message and "modified" in reject.message
    inputs = dict(zip(*(read_inputs(work.path, done).column(c).to_pylist() for c in ("file", "sha256")), strict=True))
    assert inputs == {A: NOT_READ, B: hashlib.sha256((raw / B).read_bytes()).hexdigest()}


def test_bytes_that_do_not_match_the_opened_file_are_not_used():
    # A file whose read gives other bytes than its size said: the check after reading. /proc files
    # say 0 bytes and give more, every time, so no timing decides it.
    loaded = read_article(Path("/proc/self/status"), "status")
    assert (loaded.result.type, loaded.raw_sha256) == ("changed-during-build", NOT_READ)
    assert loaded.result.message.startswith("changed while it was read (size 0 -> ")


def test_a_release_reports_a_file_changed_while_it_ran(tmp_path, monkeypatch):
    """End to end: the file changes after the release listed the raw folder and before the units are
    read (a hook at the engine's start, so no timing decides it)."""
    raw = make_raw(tmp_path / "raw", [A, B])
    real_run_units = builder.build.run_units

    def edit_then_run(*args, **kwargs):
        text = (raw / A).read_text(encoding="utf-8")
        (raw / A).write_text(text.replace(*A_SENTENCE), encoding="utf-8")
        return real_run_units(*args, **kwargs)

    monkeypatch.setattr(builder.build, "run_units", edit_then_run)
    made = _release(raw, tmp_path / "releases")
    assert [(r.file, r.type) for r in made.rejects] == [(A, "changed-during-build")]
    m = _manifest(made.path)
    assert m["build"]["files_read"] == m["build"]["records"] + m["build"]["rejected"] + m["build"]["duplicates"] == 2
    assert verify(made.path) == []
    # The raw folder as it is now is not what the release read: its A was never used.
    assert [m.type for m in verify(made.path, raw_dir=raw)] == ["raw-inputs"]


def test_the_raw_inputs_are_the_bytes_read_not_the_folder_after(tmp_path, monkeypatch):
    """A raw file edited after it was read, while the release is still being made, must not change
    the manifest: it names the bytes the records came from (before, it re-read the folder)."""
    raw = make_raw(tmp_path / "raw", [A, B, EMPTY])
    as_read = tmp_path / "as-read"
    shutil.copytree(raw, as_read)
    real_write_croissant = builder.release.write_croissant

    def edit_then_write(*args, **kwargs):  # after every unit was read, before the manifest
        text = (raw / A).read_text(encoding="utf-8")
        (raw / A).write_text(text.replace(*A_SENTENCE), encoding="utf-8")
        return real_write_croissant(*args, **kwargs)

    monkeypatch.setattr(builder.release, "write_croissant", edit_then_write)
    made = _release(raw, tmp_path / "releases")
    m = _manifest(made.path)
    assert m["raw_inputs"] == raw_inputs_digest(as_read, m["max_bytes"]) != raw_inputs_digest(raw, m["max_bytes"])
    sources = {
        row["path"]: row["sha256"]
        for shard in (made.path / "data").glob("*.parquet")
        for row in pq.read_table(shard, columns=["source"]).column("source").to_pylist()
    }
    assert sources[A] == hashlib.sha256((as_read / A).read_bytes()).hexdigest()
    lines = sorted(
        [f"{path}\t{digest}" for path, digest in sources.items()]
        + [f"{EMPTY}\t{hashlib.sha256((as_read / EMPTY).read_bytes()).hexdigest()}"]
    )
    assert m["raw_inputs"] == {
        "files": 3,
        "sha256": hashlib.sha256("".join(f"{line}\n" for line in lines).encode()).hexdigest(),
    }
    assert check_release(made.path, raw_dir=as_read).mismatches == []
    assert [x.type for x in verify(made.path, raw_dir=raw)] == ["raw-inputs"]


def test_parquet_pages_carry_checksums_that_pyarrow_and_datasets_check_when_asked(made, copy):
    shard = max((copy / "data").glob("*.parquet"), key=lambda p: p.stat().st_size)
    meta = pq.read_metadata(shard)
    chunk = max((meta.row_group(0).column(i) for i in range(meta.num_columns)), key=lambda c: c.total_compressed_size)
    data = bytearray(shard.read_bytes())
    data[chunk.data_page_offset + chunk.total_compressed_size // 2] ^= 0x01  # inside a data page
    shard.write_bytes(bytes(data))
    with pytest.raises(OSError, match="CRC"):
        pq.read_table(shard, page_checksum_verification=True)
    with pytest.raises(Exception) as raised:
        datasets.load_dataset(
            "parquet",
            data_files=str(shard),
            split="train",
            cache_dir=str(copy.parent / "cache"),
            fragment_scan_options=pds.ParquetFragmentScanOptions(page_checksum_verification=True),
        )
    causes, exc = [], raised.value
    while exc is not None:
        causes.append(str(exc))
        exc = exc.__cause__ or exc.__context__
    assert any("CRC" in cause for cause in causes), causes
    assert (shard.relative_to(copy).as_posix(), "sha256") in {(m.file, m.type) for m in verify(copy)}
