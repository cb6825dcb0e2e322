"""verify: an untouched release passes; every kind of tampering is reported with the file and the
reason, and exits 1."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from releasing import A, make_raw, run_cli, unseal

from builder.manifest import verify
from builder.release import release
from builder.splits import DEFAULT_SPLITS, parse_split_spec

SPLITS = parse_split_spec(DEFAULT_SPLITS)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    base = tmp_path_factory.mktemp("pristine")
    release(make_raw(base / "raw", [A]), base / "releases", SPLITS, date="2026-01-01")
    yield base / "releases" / "v1.0.0"
    unseal(base)


@pytest.fixture
def copy(pristine, tmp_path):
    """A writable copy of the release to tamper with."""
    folder = tmp_path / "v1.0.0"
    shutil.copytree(pristine, folder)
    unseal(folder)
    yield folder
    unseal(tmp_path)


def _parquet(folder):
    return next((folder / "data").glob("*.parquet"))


def test_an_untouched_release_verifies(pristine):
    assert verify(pristine) == []
    proc = run_cli("verify", pristine)
    # card, schema, changelog, length histogram, datasheet, croissant.json, near-duplicates, one Parquet
    # file, and the report's 8 files
    assert proc.returncode == 0 and proc.stdout.startswith("ok: 16 files match MANIFEST.json (version 1.0.0)")


def test_a_flipped_byte_fails(copy):
    path = _parquet(copy)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    rel = path.relative_to(copy).as_posix()
    [m] = verify(copy)
    assert (m.file, m.type) == (rel, "sha256")
    proc = run_cli("verify", copy)
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{copy / rel}: sha256: sha256 ")
    assert "1 mismatches" in proc.stderr


def test_every_kind_of_mismatch_is_reported(copy):
    (copy / "README.md").write_bytes((copy / "README.md").read_bytes()[:-1])
    (copy / "CHANGELOG.md").unlink()
    (copy / "notes.txt").write_text("added later")
    (copy / "data" / "empty").mkdir()
    os.remove(copy / "article.schema.json")
    (copy / "article.schema.json").mkdir()
    found = {(m.file, m.type) for m in verify(copy)}
    assert found == {
        ("README.md", "size"),
        ("CHANGELOG.md", "missing"),
        ("notes.txt", "extra"),
        ("data/empty/", "extra"),
        ("article.schema.json", "not-a-file"),
    }


def test_the_manifest_itself_is_checked(copy):
    manifest = json.loads((copy / "MANIFEST.json").read_text())
    renamed = copy.with_name("v1.0.1")
    copy.rename(renamed)
    assert [(m.type, m.file) for m in verify(renamed)] == [("version", "MANIFEST.json")]
    manifest["schema_sha256"] = "0" * 64
    (renamed / "MANIFEST.json").write_text(json.dumps(manifest))
    assert ("schema-sha256", "MANIFEST.json") in [(m.type, m.file) for m in verify(renamed)]
    manifest["files"]["../outside"] = {"size": 1, "sha256": "0" * 64}
    (renamed / "MANIFEST.json").write_text(json.dumps(manifest))
    assert [m.type for m in verify(renamed)] == ["manifest-invalid"]
    (renamed / "MANIFEST.json").write_text("{not json")
    assert [m.type for m in verify(renamed)] == ["manifest-invalid"]
    (renamed / "MANIFEST.json").unlink()
    assert [m.type for m in verify(renamed)] == ["manifest-missing"]


def test_a_hub_snapshot_layout_verifies_with_its_gitattributes_ignored(pristine, tmp_path):
    # The Hub cache: snapshot files are symlinks to content-addressed blobs, plus .gitattributes.
    blobs, snapshot = tmp_path / "blobs", tmp_path / "snapshot"
    blobs.mkdir()
    for path in sorted(pristine.rglob("*")):
        rel = path.relative_to(pristine)
        if path.is_dir():
            (snapshot / rel).mkdir(parents=True, exist_ok=True)
            continue
        blob = blobs / f"blob-{len(list(blobs.iterdir()))}"
        shutil.copyfile(path, blob)
        (snapshot / rel).parent.mkdir(parents=True, exist_ok=True)
        (snapshot / rel).symlink_to(blob)
    (snapshot / ".gitattributes").write_text("*.parquet filter=lfs diff=lfs merge=lfs -text\n")
    assert [(m.file, m.type) for m in verify(snapshot)] == [(".gitattributes", "extra")]
    assert verify(snapshot, ignore=(".gitattributes",)) == []
    proc = run_cli("verify", snapshot, "--ignore", ".gitattributes")
    assert proc.returncode == 0, proc.stdout
