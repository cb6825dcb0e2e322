"""Orchestration: raw folder -> records and rejects -> splits -> Parquet, card, rejects.jsonl.

Every file under the raw folder becomes a record or a reject with a type and a reason; the summary
adds up (files read = records + rejects). The output folder is assembled beside the target and moved
into place at the end, so a failed build never leaves a half-written dataset behind.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .card import render_card
from .errors import Reject
from .parse import parse_article
from .rules import record_issues
from .schema import schema_bytes, schema_sha256
from .splits import split_of
from .stats import HISTOGRAM_FILE, stats_of, write_length_histogram
from .write import write_split

DEFAULT_MAX_BYTES = 32 * 1024 * 1024
SUMMARY_FILE = "build-summary.json"
REJECTS_FILE = "rejects.jsonl"
DUPLICATES_FILE = "duplicates.jsonl"
SCHEMA_FILE = "article.schema.json"
MANIFEST_FILE = "MANIFEST.json"  # a release's manifest; it replaces the two side files


class OutputDirError(Exception):
    """The output folder exists and is not a previous build: refuse to overwrite it."""


@dataclass(frozen=True)
class Duplicate:
    """A file that holds exactly the same article as an earlier one (in path order): the same record
    but for `source`, e.g. a copy saved with CRLF line endings or as Windows-1252."""

    file: str
    duplicate_of: str
    id: str

    def to_dict(self) -> dict:
        return {"file": self.file, "duplicate_of": self.duplicate_of, "id": self.id}


@dataclass
class BuildResult:
    out_dir: Path
    records_by_split: dict[str, list[dict]]
    rejects: list[Reject]
    summary: dict = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejects


def load_article(path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict | Reject:
    """Read, parse and validate one raw file: a schema-valid record, or the reason it is not one."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Reject(rel, "not-a-regular-file", "not a regular file")
        if st.st_size > max_bytes:
            return Reject(rel, "too-large", f"{st.st_size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        return Reject(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > max_bytes:  # the file grew between stat and read
        return Reject(rel, "too-large", f"{len(data)} bytes is over the limit of {max_bytes}")
    result = parse_article(data, rel)
    if isinstance(result, Reject):
        return result
    issues = record_issues(result)
    if issues:
        first = issues[0]
        return Reject(rel, first.type, f"{first.path}: {first.message}", tuple(issues))
    return result


def discover(raw_dir: Path) -> tuple[list[tuple[str, Path]], list[Reject]]:
    """Files to read (relative posix path, path), and entries that are reported instead of read:
    folders that cannot be listed, symlinks to folders, symlinks that leave the raw folder or loop."""
    root = raw_dir.resolve()
    files: list[tuple[str, Path]] = []
    skipped: list[Reject] = []

    def rel_of(path: Path) -> str:
        return printable_path(path.relative_to(raw_dir).as_posix())

    def unlistable(exc: OSError) -> None:
        path = Path(exc.filename) if exc.filename else raw_dir
        skipped.append(Reject(rel_of(path) if path != raw_dir else ".", "unreadable",
                              f"folder cannot be listed: {type(exc).__name__}: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(raw_dir, onerror=unlistable):
        dirnames.sort()
        here = Path(dirpath)
        for name in list(dirnames):
            try:
                linked = (here / name).is_symlink()
            except OSError as exc:  # e.g. a path longer than PATH_MAX
                dirnames.remove(name)
                skipped.append(Reject(rel_of(here / name), "unreadable", f"folder cannot be examined: {type(exc).__name__}: {exc.strerror or exc}"))
                continue
            if linked:
                dirnames.remove(name)
                skipped.append(Reject(rel_of(here / name), "not-a-regular-file", "a symlink to a folder; folders are not followed through links"))
        for name in sorted(filenames):
            path = here / name
            try:
                target = path.resolve(strict=False) if path.is_symlink() else None
            except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on Python 3.11
                skipped.append(Reject(rel_of(path), "unreadable", f"cannot be examined: {type(exc).__name__}: {exc}"))
                continue
            if target is not None and not target.is_relative_to(root):
                skipped.append(Reject(rel_of(path), "not-a-regular-file", "a symlink pointing outside the raw folder"))
                continue
            files.append((rel_of(path), path))
    return sorted(files), skipped


def printable_path(rel: str) -> str:
    """A file name's bytes that are not UTF-8 (surrogate escapes in Python) as \\xNN, so the path can
    be stored, printed and written as JSON."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def build_dataset(
    raw_dir: Path,
    out_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int = DEFAULT_MAX_BYTES,
    pretty_name: str = "News articles",
) -> BuildResult:
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    _check_output_dir(out_dir)
    by_split, rejects, summary, duplicates = collect(raw_dir, splits, max_bytes)

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the dataset folder is for everyone to read
    try:
        write_output(staging, by_split, rejects, summary, pretty_name, duplicates=duplicates)
        _replace_dir(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildResult(out_dir, by_split, rejects, summary, duplicates)


def collect(
    raw_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[dict[str, list[dict]], list[Reject], dict]:
    """Every file under raw_dir as a record, a reject or a duplicate, without writing anything: the
    records by split, the rejects and duplicates in path order, and the build summary."""
    files, rejects = discover(raw_dir)
    files_read = len(files) + len(rejects)
    records: list[dict] = []
    duplicates: list[Duplicate] = []
    seen_ids: dict[str, tuple[str, dict]] = {}
    for rel, path in files:
        result = load_article(path, rel, max_bytes)
        if isinstance(result, Reject):
            rejects.append(result)
        elif result["id"] in seen_ids:
            first, kept = seen_ids[result["id"]]
            differing = [k for k in result if k != "source" and result[k] != kept[k]]
            if not differing:
                duplicates.append(Duplicate(rel, first, result["id"]))
            else:
                rejects.append(Reject(rel, "duplicate-id", f"same id {result['id']} (headline and author) as {first}, but {', '.join(differing)} differ"))
        else:
            seen_ids[result["id"]] = (rel, result)
            records.append(result)
    rejects.sort(key=lambda r: r.file)

    by_split: dict[str, list[dict]] = {name: [] for name, _ in splits}
    for record in records:
        by_split[split_of(record["id"], splits)].append(record)
    by_split = {name: rs for name, rs in by_split.items() if rs}  # never declare an empty split

    summary = {
        "builder_version": __version__,
        "schema_sha256": schema_sha256(),
        "files_read": files_read,
        "records": len(records),
        "rejected": len(rejects),
        "rejects_by_type": dict(sorted(Counter(r.type for r in rejects).items())),
        "duplicates": len(duplicates),
        "records_by_split": {name: len(rs) for name, rs in by_split.items()},
        "splits": {name: ratio for name, ratio in splits},
    }
    if files_read != len(records) + len(rejects) + len(duplicates):  # every file is accounted for
        raise AssertionError(f"lost files: read {files_read}, records {len(records)}, rejects {len(rejects)}, duplicates {len(duplicates)}")
    return by_split, rejects, summary, duplicates


def write_output(out: Path, by_split: dict[str, list[dict]], rejects: list[Reject], summary: dict, pretty_name: str,
                 side_files: bool = True, duplicates: list[Duplicate] = ()) -> None:
    """Write the dataset into the existing folder `out`. Without side_files, rejects.jsonl and
    build-summary.json are not written and the card says they are in MANIFEST.json (a release)."""
    split_files: dict[str, str] = {}
    split_bytes: dict[str, int] = {}
    for name, rs in by_split.items():
        rel, table = write_split(rs, out, name)
        split_files[name] = rel
        split_bytes[name] = table.nbytes
    if side_files:
        with open(out / REJECTS_FILE, "w", encoding="utf-8", newline="\n") as fh:
            for reject in rejects:
                fh.write(json.dumps(reject.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        with open(out / DUPLICATES_FILE, "w", encoding="utf-8", newline="\n") as fh:
            for duplicate in duplicates:
                fh.write(json.dumps(duplicate.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        (out / SUMMARY_FILE).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out / SCHEMA_FILE).write_bytes(schema_bytes())
    download_size = sum((out / rel).stat().st_size for rel in split_files.values())
    stats = stats_of(by_split, rejects, summary["duplicates"])
    result = stats.result()
    write_length_histogram(result, out / HISTOGRAM_FILE)
    card = render_card(
        stats=result,
        example=stats.example,
        split_files=split_files,
        split_bytes=split_bytes,
        download_size=download_size,
        summary=summary,
        pretty_name=pretty_name,
        summary_file=SUMMARY_FILE if side_files else MANIFEST_FILE,
        rejects_file=REJECTS_FILE if side_files else MANIFEST_FILE,
    )
    (out / "README.md").write_text(card, encoding="utf-8", newline="\n")


def _check_output_dir(out_dir: Path) -> None:
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / SUMMARY_FILE).exists())):
        raise OutputDirError(f"{out_dir} exists and is not a dataset built by this tool; choose another --out")


def _replace_dir(staging: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(staging, out_dir)
    if old is not None:
        shutil.rmtree(old)
