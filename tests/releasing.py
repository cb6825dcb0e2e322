"""Helpers shared by the release, diff, verify and kill tests: tiny raw folders, the CLI in a
subprocess, tree digests, and undoing the read-only seal so pytest can delete its temp folders."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS

from builder.build import load_article

A = "dev-01-warehouse-heat-walkout.txt"
B = "dev-02-glacier-water-rights.txt"
C = "dev-03-bail-hearings.txt"
EMPTY = "dev-R1-empty.txt"
# A sentence of A's first body paragraph, which holds no quotation marks: editing it keeps the
# record valid and its id (headline and author) the same.
A_SENTENCE = ("Roughly four hundred pickers", "Nearly four hundred pickers")


def make_raw(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def edit_a(raw: Path) -> None:
    path = raw / A
    text = path.read_text(encoding="utf-8")
    assert A_SENTENCE[0] in text
    path.write_text(text.replace(*A_SENTENCE), encoding="utf-8")


def id_of(name: str, raw: Path | None = None) -> str:
    record = load_article((raw or CORPUS) / name, name)
    return record["id"]


def run_cli(*args, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "builder", *map(str, args)], capture_output=True, text=True, env=full_env, cwd=cwd
    )


def tree(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under root: the bytes of a build or release."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def tree_digest(root: Path) -> dict[str, tuple[str, int]]:
    """Relative path -> (sha256, permission bits) of every file under root."""
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), stat.S_IMODE(p.stat().st_mode))
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def version_dirs(releases: Path) -> list[str]:
    return sorted(p.name for p in releases.iterdir() if p.name.startswith("v"))


def unseal(root: Path) -> None:
    """Make sealed release folders writable again so that they can be changed or deleted."""
    if not root.exists():
        return
    for dirpath, _dirnames, filenames in os.walk(root):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                os.chmod(path, 0o644)


def is_sealed(folder: Path) -> bool:
    """Every file 0o444 and every folder 0o555 (what a release is once it exists)."""
    for dirpath, _, filenames in os.walk(folder):
        if stat.S_IMODE(os.stat(dirpath).st_mode) != 0o555:
            return False
        if any(stat.S_IMODE(os.stat(os.path.join(dirpath, n)).st_mode) != 0o444 for n in filenames):
            return False
    return True


def write_split(records: list[dict], out_dir: Path, split: str) -> str:
    """Records as one split's Parquet shard (sorted by id), through the build's own writer; its path."""
    import pyarrow as pa

    from builder.schema import arrow_schema
    from builder.write import SplitWriter

    writer = SplitWriter(out_dir, split)
    writer.write(pa.Table.from_pylist(sorted(records, key=lambda r: r["id"]), schema=arrow_schema()))
    return writer.close()[0]
