"""MANIFEST.json of a release, and `verify`: does every file still hold the bytes the manifest names,
and does every figure of the manifest that can be recomputed from them still add up?

Mismatches are data like rejects: a file, a stable type from `errors.MISMATCH_FAMILY`, a message.
Nothing is opened before it is known to be a regular file (builder/digests.py).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .dataset_folder import MANIFEST_FILE, SCHEMA_FILE, VERSION_DIR, match_shard
from .digests import file_sha256, open_regular
from .errors import MISMATCH_FAMILY, NotRegularFile
from .file_state import NOT_READ
from .inputs import EVERY_FILE, Selection, discover
from .work import inputs_digest

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Mismatch:
    file: str
    type: str
    message: str

    def __post_init__(self) -> None:
        if self.type not in MISMATCH_FAMILY:
            raise ValueError(f"unknown mismatch type {self.type!r}")

    @property
    def title(self) -> str:
        return MISMATCH_FAMILY[self.type].title

    def to_dict(self) -> dict:
        return {"file": self.file, "type": self.type, "message": self.message}


def _manifest_mismatch(type: str, message: str) -> Mismatch:
    return Mismatch(MANIFEST_FILE, type, message)


@dataclass(frozen=True)
class Verification:
    """What `check_release` found: the mismatches, and the manifest with its own sha256 (None when it
    could not be read)."""

    mismatches: list[Mismatch]
    manifest: dict | None = None
    manifest_sha256: str | None = None
    raw_inputs: dict | None = field(default=None)  # recomputed from the raw folder, when one was given


def list_files(folder: Path) -> dict[str, dict]:
    """Every file under folder but the manifest, as {relative posix path: {size, sha256}}, sorted."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MANIFEST_FILE:
            out[rel] = {"size": path.stat().st_size, "sha256": file_sha256(path)}
    return out


def raw_inputs_digest(raw_dir: Path, max_bytes: int | None = None, selection: Selection = EVERY_FILE) -> dict:
    """The raw folder's digest as a release computes it while reading (work.raw_inputs_of_units),
    recomputed by reading the folder: every entry's 'path<TAB>sha256', '-' for one a build does not
    read (not a regular file, cannot be read, larger than max_bytes; None: no limit, as releases
    made before the limit was recorded hashed every file)."""
    listing = discover(raw_dir, selection)
    lines = [f"{reject.file}\t{NOT_READ}" for reject in listing.skipped]
    for rel, path in listing.files:
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


def _listed(manifest: object) -> dict[str, dict] | None:
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
    read = _read_manifest(folder, expect_sha256)
    if isinstance(read, Verification):
        return read
    manifest, listed, own_sha256, out = read
    failed: set[str] = set()  # listed files that do not hold: figures read from them are not checked
    for rel, entry in sorted(listed.items()):
        file_problem = _check_file(folder / rel, rel, entry)
        if file_problem is not None:
            out.append(file_problem)
            failed.add(rel)
    out += _extras(folder, listed, ignore)
    out += _check_names(folder, manifest, listed)
    out += _check_figures(folder, manifest, listed, failed)
    recomputed = None
    if raw_dir is not None:
        problem, recomputed = _check_raw_inputs(manifest, Path(raw_dir))
        out += problem
    return Verification(out, manifest, own_sha256, recomputed)


def _read_manifest(
    folder: Path, expect_sha256: str | None
) -> Verification | tuple[dict, dict[str, dict], str, list[Mismatch]]:
    """The manifest, its files list, its own sha256 and the mismatches found so far; or, when the
    manifest cannot be read or its files list is not one, the Verification that ends the check."""
    try:
        with open_regular(folder / MANIFEST_FILE) as fh:
            data = fh.read()
    except FileNotFoundError:
        return Verification([_manifest_mismatch("manifest-missing", f"{folder} has no {MANIFEST_FILE}")])
    except NotRegularFile:
        return Verification([_manifest_mismatch("not-a-file", "not a regular file; it was not opened")])
    except OSError as exc:
        return Verification([_manifest_mismatch("unreadable", f"cannot be read: {exc.strerror or exc}")])
    own_sha256 = hashlib.sha256(data).hexdigest()
    out: list[Mismatch] = []
    if expect_sha256 is not None and own_sha256 != expect_sha256.lower():
        out.append(_manifest_mismatch("manifest-sha256", f"sha256 {own_sha256}, expected {expect_sha256.lower()}"))
    try:
        manifest = json.loads(data)
    except ValueError as exc:
        out.append(_manifest_mismatch("manifest-invalid", f"cannot be read as JSON: {exc}"))
        return Verification(out, None, own_sha256)
    listed = _listed(manifest)
    if listed is None:
        out.append(_manifest_mismatch("manifest-invalid", "'files' is not a map of relative paths to {size, sha256}"))
        return Verification(out, manifest if isinstance(manifest, dict) else None, own_sha256)
    return manifest, listed, own_sha256, out


def _check_names(folder: Path, manifest: dict, listed: dict[str, dict]) -> list[Mismatch]:
    """The schema digest against the schema file's listed sha256, the version against the folder's name."""
    out = []
    schema_entry = listed.get(SCHEMA_FILE)
    if schema_entry is not None and manifest.get("schema_sha256") != schema_entry["sha256"]:
        out.append(
            _manifest_mismatch(
                "schema-sha256",
                f"schema_sha256 is {manifest.get('schema_sha256')!r}, "
                f"{SCHEMA_FILE} is listed as {schema_entry['sha256']}",
            )
        )
    if VERSION_DIR.fullmatch(folder.name) and manifest.get("version") != folder.name[1:]:
        out.append(
            _manifest_mismatch(
                "version", f"the folder is {folder.name}, the manifest says version {manifest.get('version')!r}"
            )
        )
    return out


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


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


_BUILD_COUNTS = ("files_read", "records", "rejected", "duplicates")


def _check_figures(folder: Path, manifest: dict, listed: dict[str, dict], failed: set[str]) -> list[Mismatch]:
    """The manifest's figures against what the release's files and lists say."""
    out: list[Mismatch] = []

    def invalid(message: str) -> None:
        out.append(_manifest_mismatch("manifest-invalid", message))

    shard_rows, unknown = _shard_rows(folder, listed, failed, out)
    _check_rows(manifest.get("rows"), shard_rows, unknown, out, invalid)
    rejects = _valid_or_none(
        manifest.get("rejects"),
        lambda v: isinstance(v, list) and all(isinstance(r, dict) and isinstance(r.get("type"), str) for r in v),
        "'rejects' is not a list of {file, type, message}",
        invalid,
    )
    duplicates = _valid_or_none(
        manifest.get("duplicates"), lambda v: isinstance(v, list), "'duplicates' is not a list", invalid
    )
    build = manifest.get("build")
    if (
        not isinstance(build, dict)
        or not all(_count(build.get(k)) for k in _BUILD_COUNTS)
        or not isinstance(build.get("rejects_by_type"), dict)
    ):
        invalid("'build' is not {files_read, records, rejected, rejects_by_type, duplicates} with counts")
        return out
    if not unknown and build["records"] != sum(shard_rows.values()):
        out.append(
            _manifest_mismatch(
                "rows",
                f"build.records is {build['records']}, the Parquet shards hold {sum(shard_rows.values())} rows",
            )
        )
    out += _check_build_counts(build, rejects, duplicates)
    return out


def _valid_or_none(
    value: object, valid: Callable[[object], bool], message: str, invalid: Callable[[str], None]
) -> object:
    """value, when valid; else None, with `message` reported as manifest-invalid."""
    if valid(value):
        return value
    invalid(message)
    return None


def _shard_rows(
    folder: Path, listed: dict[str, dict], failed: set[str], out: list[Mismatch]
) -> tuple[Counter[str], set[str]]:
    """Rows per split, from the footers of the listed shards that hold their bytes; and the splits
    whose rows are unknown (a shard that does not hold, reported already, or whose footer cannot be read)."""
    shard_rows: Counter[str] = Counter()
    unknown: set[str] = set()
    for rel in sorted(listed):
        shard = match_shard(rel)
        if shard is None:
            continue
        if rel in failed:
            unknown.add(shard.split)
            continue
        try:
            with open_regular(folder / rel) as fh:
                shard_rows[shard.split] += pq.read_metadata(fh).num_rows
        except Exception as exc:  # an unreadable footer in a file that holds the manifest's bytes
            unknown.add(shard.split)
            out.append(Mismatch(rel, "rows", f"its Parquet metadata cannot be read: {exc}"))
    return shard_rows, unknown


def _check_rows(
    rows: object, shard_rows: Counter[str], unknown: set[str], out: list[Mismatch], invalid: Callable[[str], None]
) -> None:
    """The manifest's rows per split against the shards'."""
    if not isinstance(rows, dict) or not all(isinstance(k, str) and _count(v) for k, v in rows.items()):
        invalid("'rows' is not a map of split names to row counts")
        return
    for split in sorted(set(rows) | set(shard_rows)):
        if split not in unknown and rows.get(split, 0) != shard_rows.get(split, 0):
            said = rows.get(split, "nothing")
            out.append(
                _manifest_mismatch(
                    "rows",
                    f"rows of split {split!r}: the manifest says {said}, "
                    f"the Parquet shards hold {shard_rows.get(split, 0)}",
                )
            )


def _check_build_counts(build: dict, rejects: object, duplicates: object) -> list[Mismatch]:
    """build.rejected, rejects_by_type, duplicates and files_read against the lists and each other."""
    out = []
    if isinstance(rejects, list):
        if build["rejected"] != len(rejects):
            out.append(
                _manifest_mismatch(
                    "rejects", f"build.rejected is {build['rejected']}, the manifest lists {len(rejects)} rejects"
                )
            )
        by_type = dict(sorted(Counter(r["type"] for r in rejects).items()))
        if build["rejects_by_type"] != by_type:
            out.append(
                _manifest_mismatch(
                    "rejects",
                    f"build.rejects_by_type is {json.dumps(build['rejects_by_type'], sort_keys=True)}, "
                    f"the listed rejects are {json.dumps(by_type, sort_keys=True)}",
                )
            )
    if isinstance(duplicates, list) and build["duplicates"] != len(duplicates):
        out.append(
            _manifest_mismatch(
                "duplicates", f"build.duplicates is {build['duplicates']}, the manifest lists {len(duplicates)}"
            )
        )
    accounted = build["records"] + build["rejected"] + build["duplicates"]
    if build["files_read"] != accounted:
        out.append(
            _manifest_mismatch(
                "files-read",
                f"build.files_read is {build['files_read']}, but records + rejected + duplicates is {accounted}",
            )
        )
    return out


def _check_raw_inputs(manifest: dict, raw_dir: Path) -> tuple[list[Mismatch], dict | None]:
    said = manifest.get("raw_inputs")
    if not isinstance(said, dict) or not _count(said.get("files")) or not isinstance(said.get("sha256"), str):
        return [_manifest_mismatch("manifest-invalid", "'raw_inputs' is not {files, sha256}")], None
    max_bytes = manifest.get("max_bytes")
    if max_bytes is not None and not _count(max_bytes):
        return [_manifest_mismatch("manifest-invalid", "'max_bytes' is not a byte count")], None
    try:
        selection = Selection.from_dict(manifest.get("selection"))
    except ValueError as exc:
        return [_manifest_mismatch("manifest-invalid", str(exc))], None
    actual = raw_inputs_digest(raw_dir, max_bytes, selection)
    if actual == {"files": said["files"], "sha256": said["sha256"]}:
        return [], actual
    return [
        _manifest_mismatch(
            "raw-inputs",
            f"{raw_dir} gives {actual['files']} entries with sha256 {actual['sha256']}; "
            f"the release was built from {said['files']} with sha256 {said['sha256']}",
        )
    ], actual


def _ignored(rel: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(rel.split("/")[0], p) for p in patterns)
