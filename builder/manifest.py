"""MANIFEST.json of a release, and `verify`: does every file still hold the bytes the manifest names,
and does every figure of the manifest that can be recomputed from them still add up?

Mismatches are data like rejects: a file, a stable type from `MISMATCH_TYPES`, a message. Nothing is
opened before it is known to be a regular file (a FIFO or device named like a release file would
block a reader), and files are opened non-blocking in case one is swapped in between.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .build import MANIFEST_FILE, SCHEMA_FILE, discover
from .load import NOT_READ
from .work import inputs_digest

VERSION_DIR = re.compile(r"v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
SHARD = re.compile(r"data/(?P<split>[^/]+)-[0-9]{5}-of-[0-9]{5}\.parquet")  # write.shard_name
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20

# type slug -> what it means; the README's verify table documents each one.
MISMATCH_TYPES: dict[str, str] = {
    "manifest-missing": "the folder has no MANIFEST.json",
    "manifest-invalid": "MANIFEST.json is not JSON, its files list is not {path: {size, sha256}} with relative paths, or a figure (rows, build, rejects, duplicates, raw_inputs) is missing or of the wrong kind",
    "missing": "a file the manifest lists does not exist",
    "not-a-file": "MANIFEST.json, or a path the manifest lists, is a folder, a FIFO, a device or another non-regular file (it is not opened)",
    "unreadable": "MANIFEST.json, a listed file or a folder of the release cannot be read (permissions, an I/O error): it could not be checked",
    "size": "a file's size differs from the manifest's",
    "sha256": "a file's sha256 differs from the manifest's",
    "extra": "a file or empty folder the manifest does not list",
    "schema-sha256": "the manifest's schema_sha256 is not the sha256 it lists for article.schema.json",
    "version": "the folder is named vX.Y.Z and the manifest names another version",
    "rows": "the manifest's rows of a split, or build.records, differ from the row counts in the Parquet shards' metadata",
    "rejects": "build.rejected or build.rejects_by_type differ from the manifest's list of rejects",
    "duplicates": "build.duplicates differs from the manifest's list of duplicates",
    "files-read": "build.files_read is not records + rejected + duplicates",
    "raw-inputs": "(with a raw folder) the raw folder's digest differs from the manifest's raw_inputs",
    "manifest-sha256": "(with an expected sha256) MANIFEST.json's own sha256 is another",
}
# Mismatches that say a check could not be made, not that it failed: alone, the CLI exits 3.
IO_MISMATCHES = frozenset({"unreadable"})


@dataclass(frozen=True)
class Mismatch:
    file: str
    type: str
    message: str

    def __post_init__(self) -> None:
        if self.type not in MISMATCH_TYPES:
            raise ValueError(f"unknown mismatch type {self.type!r}")

    def to_dict(self) -> dict:
        return {"file": self.file, "type": self.type, "message": self.message}


@dataclass(frozen=True)
class Verification:
    """What `check_release` found: the mismatches, and the manifest with its own sha256 (None when it
    could not be read)."""

    mismatches: list[Mismatch]
    manifest: dict | None = None
    manifest_sha256: str | None = None
    raw_inputs: dict | None = field(default=None)  # recomputed from the raw folder, when one was given


class NotRegularFile(OSError):
    """A path that is not a regular file where one is needed; it was not read."""


def _open_regular(path: Path):
    """A regular file opened for reading, checked before and after opening, never blocking."""
    if not stat.S_ISREG(os.stat(path).st_mode):  # follows links: the Hub's cache links snapshots to blobs
        raise NotRegularFile(f"{path} is not a regular file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    fh = open(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        fh.close()
        raise NotRegularFile(f"{path} is not a regular file")
    return fh


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with _open_regular(path) as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def list_files(folder: Path) -> dict[str, dict]:
    """Every file under folder but the manifest, as {relative posix path: {size, sha256}}, sorted."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MANIFEST_FILE:
            out[rel] = {"size": path.stat().st_size, "sha256": file_sha256(path)}
    return out


def raw_inputs_digest(raw_dir: Path, max_bytes: int | None = None) -> dict:
    """The raw folder's digest as a release computes it while reading (work.raw_inputs_of_units),
    recomputed by reading the folder: every entry's 'path<TAB>sha256', '-' for one a build does not
    read (not a regular file, cannot be read, larger than max_bytes; None: no limit, as releases
    made before the limit was recorded hashed every file)."""
    files, skipped = discover(raw_dir)
    lines = [f"{reject.file}\t{NOT_READ}" for reject in skipped]
    for rel, path in files:
        try:
            if max_bytes is not None and os.stat(path).st_size > max_bytes:
                digest = NOT_READ
            else:
                digest = file_sha256(Path(path))
        except OSError:  # NotRegularFile included
            digest = NOT_READ
        lines.append(f"{rel}\t{digest}")
    return inputs_digest(lines)


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _listed(manifest) -> dict[str, dict] | None:
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict):
        return None
    for rel, entry in files.items():
        parts = rel.split("/")
        if (
            not rel
            or rel.startswith("/")
            or any(p in ("", ".", "..") for p in parts)
            or rel == MANIFEST_FILE
            or not isinstance(entry, dict)
            or not isinstance(entry.get("size"), int)
            or not isinstance(entry.get("sha256"), str)
        ):
            return None
    return files


def verify(
    folder: Path, ignore: tuple[str, ...] = (), raw_dir: Path | None = None, expect_sha256: str | None = None
) -> list[Mismatch]:
    """Every way the folder differs from its MANIFEST.json; empty when all holds. See check_release."""
    return check_release(folder, ignore, raw_dir, expect_sha256).mismatches


def check_release(
    folder: Path, ignore: tuple[str, ...] = (), raw_dir: Path | None = None, expect_sha256: str | None = None
) -> Verification:
    """Check a release folder against its MANIFEST.json: every listed file's size and sha256, no
    unlisted file (`ignore` are glob patterns of unlisted files not to report, e.g. the Hub's
    `.gitattributes`), and every figure that can be recomputed from the files: the schema digest,
    the version against the folder's name, rows per split from the Parquet metadata, the build's
    counts from the lists of rejects and duplicates; given raw_dir, the raw inputs' digest; given
    expect_sha256, the manifest's own sha256, which covers what nothing else can (date, builder
    version, bump, ...)."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST_FILE
    try:
        with _open_regular(manifest_path) as fh:
            data = fh.read()
    except FileNotFoundError:
        return Verification([Mismatch(MANIFEST_FILE, "manifest-missing", f"{folder} has no {MANIFEST_FILE}")])
    except NotRegularFile:
        return Verification([Mismatch(MANIFEST_FILE, "not-a-file", "not a regular file; it was not opened")])
    except OSError as exc:
        return Verification([Mismatch(MANIFEST_FILE, "unreadable", f"cannot be read: {exc.strerror or exc}")])
    own_sha256 = hashlib.sha256(data).hexdigest()
    out: list[Mismatch] = []
    if expect_sha256 is not None and own_sha256 != expect_sha256.lower():
        out.append(Mismatch(MANIFEST_FILE, "manifest-sha256", f"sha256 {own_sha256}, expected {expect_sha256.lower()}"))
    try:
        manifest = json.loads(data)
    except ValueError as exc:
        return Verification(
            out + [Mismatch(MANIFEST_FILE, "manifest-invalid", f"cannot be read as JSON: {exc}")], None, own_sha256
        )
    listed = _listed(manifest)
    if listed is None:
        return Verification(
            out
            + [Mismatch(MANIFEST_FILE, "manifest-invalid", "'files' is not a map of relative paths to {size, sha256}")],
            manifest if isinstance(manifest, dict) else None,
            own_sha256,
        )

    failed: set[str] = set()  # listed files that do not hold: figures read from them are not checked
    for rel, entry in sorted(listed.items()):
        problem = _check_file(folder / rel, rel, entry)
        if problem is not None:
            out.append(problem)
            failed.add(rel)
    out += _extras(folder, listed, ignore)

    schema_entry = listed.get(SCHEMA_FILE)
    if schema_entry is not None and manifest.get("schema_sha256") != schema_entry["sha256"]:
        out.append(
            Mismatch(
                MANIFEST_FILE,
                "schema-sha256",
                f"schema_sha256 is {manifest.get('schema_sha256')!r}, {SCHEMA_FILE} is listed as {schema_entry['sha256']}",
            )
        )
    if VERSION_DIR.fullmatch(folder.name) and manifest.get("version") != folder.name[1:]:
        out.append(
            Mismatch(
                MANIFEST_FILE,
                "version",
                f"the folder is {folder.name}, the manifest says version {manifest.get('version')!r}",
            )
        )
    out += _check_figures(folder, manifest, listed, failed)
    recomputed = None
    if raw_dir is not None:
        problem, recomputed = _check_raw_inputs(manifest, Path(raw_dir))
        out += problem
    return Verification(out, manifest, own_sha256, recomputed)


def _check_file(path: Path, rel: str, entry: dict) -> Mismatch | None:
    try:
        st = os.stat(path)  # a symlink is followed: the Hub's cache links snapshots to blobs
    except (FileNotFoundError, NotADirectoryError):
        return Mismatch(rel, "missing", "listed in the manifest, not in the folder")
    except OSError as exc:
        return Mismatch(rel, "unreadable", f"cannot be examined: {exc.strerror or exc}")
    if not stat.S_ISREG(st.st_mode):
        return Mismatch(rel, "not-a-file", "not a regular file")
    if st.st_size != entry["size"]:
        return Mismatch(rel, "size", f"{st.st_size} bytes, the manifest says {entry['size']}")
    try:
        actual = file_sha256(path)
    except NotRegularFile:
        return Mismatch(rel, "not-a-file", "not a regular file")
    except OSError as exc:
        return Mismatch(rel, "unreadable", f"cannot be read: {exc.strerror or exc}")
    if actual != entry["sha256"]:
        return Mismatch(rel, "sha256", f"sha256 {actual}, the manifest says {entry['sha256']}")
    return None


def _extras(folder: Path, listed: dict[str, dict], ignore: tuple[str, ...]) -> list[Mismatch]:
    out = []

    def unlistable(exc: OSError) -> None:
        rel = Path(exc.filename).relative_to(folder).as_posix() if exc.filename else "."
        out.append(Mismatch(rel + "/", "unreadable", f"folder cannot be listed: {exc.strerror or exc}"))

    listed_dirs = {"/".join(rel.split("/")[:i]) for rel in listed for i in range(1, rel.count("/") + 1)}
    for dirpath, dirnames, filenames in os.walk(folder, onerror=unlistable):
        dirnames.sort()
        here = Path(dirpath)
        rel_dir = here.relative_to(folder).as_posix()
        for name in sorted(filenames) + [d for d in dirnames if (here / d).is_symlink()]:
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if rel not in listed and rel != MANIFEST_FILE and not _ignored(rel, ignore):
                out.append(Mismatch(rel, "extra", "not listed in the manifest"))
        if (
            rel_dir != "."
            and not filenames
            and not dirnames
            and rel_dir not in listed_dirs
            and rel_dir not in listed
            and not _ignored(rel_dir, ignore)
        ):  # a listed path that is a folder is not-a-file
            out.append(Mismatch(rel_dir + "/", "extra", "an empty folder the manifest does not list"))
    return out


def _count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_figures(folder: Path, manifest: dict, listed: dict[str, dict], failed: set[str]) -> list[Mismatch]:
    """The manifest's figures against what the release's files and lists say."""
    out = []

    def invalid(message: str) -> None:
        out.append(Mismatch(MANIFEST_FILE, "manifest-invalid", message))

    # Rows per split, from the footers of the shards that hold their bytes.
    shard_rows: Counter[str] = Counter()
    unknown: set[str] = set()  # splits with a shard that does not hold (reported above) or cannot be read
    for rel in sorted(listed):
        m = SHARD.fullmatch(rel)
        if m is None:
            continue
        if rel in failed:
            unknown.add(m["split"])
            continue
        try:
            with _open_regular(folder / rel) as fh:
                shard_rows[m["split"]] += pq.read_metadata(fh).num_rows
        except Exception as exc:  # an unreadable footer in a file that holds the manifest's bytes
            unknown.add(m["split"])
            out.append(Mismatch(rel, "rows", f"its Parquet metadata cannot be read: {exc}"))
    rows = manifest.get("rows")
    if not isinstance(rows, dict) or not all(isinstance(k, str) and _count(v) for k, v in rows.items()):
        invalid("'rows' is not a map of split names to row counts")
        rows = None
    else:
        for split in sorted(set(rows) | set(shard_rows)):
            if split not in unknown and rows.get(split, 0) != shard_rows.get(split, 0):
                said = rows[split] if split in rows else "nothing"
                out.append(
                    Mismatch(
                        MANIFEST_FILE,
                        "rows",
                        f"rows of split {split!r}: the manifest says {said}, "
                        f"the Parquet shards hold {shard_rows.get(split, 0)}",
                    )
                )

    build = manifest.get("build")
    rejects = manifest.get("rejects")
    duplicates = manifest.get("duplicates")
    if not isinstance(rejects, list) or not all(
        isinstance(r, dict) and isinstance(r.get("type"), str) for r in rejects
    ):
        invalid("'rejects' is not a list of {file, type, message}")
        rejects = None
    if not isinstance(duplicates, list):
        invalid("'duplicates' is not a list")
        duplicates = None
    keys = ("files_read", "records", "rejected", "duplicates")
    if (
        not isinstance(build, dict)
        or not all(_count(build.get(k)) for k in keys)
        or not isinstance(build.get("rejects_by_type"), dict)
    ):
        invalid("'build' is not {files_read, records, rejected, rejects_by_type, duplicates} with counts")
        return out
    if not unknown and build["records"] != sum(shard_rows.values()):
        out.append(
            Mismatch(
                MANIFEST_FILE,
                "rows",
                f"build.records is {build['records']}, the Parquet shards hold {sum(shard_rows.values())} rows",
            )
        )
    if rejects is not None:
        if build["rejected"] != len(rejects):
            out.append(
                Mismatch(
                    MANIFEST_FILE,
                    "rejects",
                    f"build.rejected is {build['rejected']}, the manifest lists {len(rejects)} rejects",
                )
            )
        by_type = dict(sorted(Counter(r["type"] for r in rejects).items()))
        if build["rejects_by_type"] != by_type:
            out.append(
                Mismatch(
                    MANIFEST_FILE,
                    "rejects",
                    f"build.rejects_by_type is {json.dumps(build['rejects_by_type'], sort_keys=True)}, "
                    f"the listed rejects are {json.dumps(by_type, sort_keys=True)}",
                )
            )
    if duplicates is not None and build["duplicates"] != len(duplicates):
        out.append(
            Mismatch(
                MANIFEST_FILE,
                "duplicates",
                f"build.duplicates is {build['duplicates']}, the manifest lists {len(duplicates)}",
            )
        )
    accounted = build["records"] + build["rejected"] + build["duplicates"]
    if build["files_read"] != accounted:
        out.append(
            Mismatch(
                MANIFEST_FILE,
                "files-read",
                f"build.files_read is {build['files_read']}, but records + rejected + duplicates is {accounted}",
            )
        )
    return out


def _check_raw_inputs(manifest: dict, raw_dir: Path) -> tuple[list[Mismatch], dict | None]:
    said = manifest.get("raw_inputs")
    if not isinstance(said, dict) or not _count(said.get("files")) or not isinstance(said.get("sha256"), str):
        return [Mismatch(MANIFEST_FILE, "manifest-invalid", "'raw_inputs' is not {files, sha256}")], None
    max_bytes = manifest.get("max_bytes")
    if max_bytes is not None and not _count(max_bytes):
        return [Mismatch(MANIFEST_FILE, "manifest-invalid", "'max_bytes' is not a byte count")], None
    actual = raw_inputs_digest(raw_dir, max_bytes)
    if actual == {"files": said["files"], "sha256": said["sha256"]}:
        return [], actual
    return [
        Mismatch(
            MANIFEST_FILE,
            "raw-inputs",
            f"{raw_dir} gives {actual['files']} entries with sha256 {actual['sha256']}; "
            f"the release was built from {said['files']} with sha256 {said['sha256']}",
        )
    ], actual


def _ignored(rel: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(rel.split("/")[0], p) for p in patterns)
