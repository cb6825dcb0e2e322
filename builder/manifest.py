"""MANIFEST.json of a release, and `verify`: does every file still hold the bytes the manifest names?

Mismatches are data like rejects: a file, a stable type from `MISMATCH_TYPES`, a message.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .build import MANIFEST_FILE, SCHEMA_FILE, discover

VERSION_DIR = re.compile(r"v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
_CHUNK = 1 << 20

# type slug -> what it means; the README's verify table documents each one.
MISMATCH_TYPES: dict[str, str] = {
    "manifest-missing": "the folder has no MANIFEST.json",
    "manifest-invalid": "MANIFEST.json is not JSON, or its files list is not {path: {size, sha256}} with relative paths",
    "missing": "a file the manifest lists does not exist",
    "not-a-file": "a path the manifest lists is a folder, a device or another non-regular file",
    "size": "a file's size differs from the manifest's",
    "sha256": "a file's sha256 differs from the manifest's",
    "extra": "a file or empty folder the manifest does not list",
    "schema-sha256": "the manifest's schema_sha256 is not the sha256 it lists for article.schema.json",
    "version": "the folder is named vX.Y.Z and the manifest names another version",
}


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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
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


def raw_inputs_digest(raw_dir: Path) -> dict:
    """sha256 over the sorted lines 'path<TAB>sha256' of every entry of the raw folder (rejected ones
    too; '-' for what cannot be read), so a release names exactly the input it was built from."""
    files, skipped = discover(raw_dir)
    lines = [f"{reject.file}\t-" for reject in skipped]
    for rel, path in files:
        try:
            lines.append(f"{rel}\t{file_sha256(path) if stat.S_ISREG(os.stat(path).st_mode) else '-'}")
        except OSError:
            lines.append(f"{rel}\t-")
    lines.sort()
    return {"files": len(lines), "sha256": hashlib.sha256("".join(line + "\n" for line in lines).encode("utf-8")).hexdigest()}


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _listed(manifest) -> dict[str, dict] | None:
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict):
        return None
    for rel, entry in files.items():
        parts = rel.split("/")
        if (not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or rel == MANIFEST_FILE
                or not isinstance(entry, dict) or not isinstance(entry.get("size"), int)
                or not isinstance(entry.get("sha256"), str)):
            return None
    return files


def verify(folder: Path, ignore: tuple[str, ...] = ()) -> list[Mismatch]:
    """Every way the folder differs from its MANIFEST.json; empty when all files hold. `ignore` are
    glob patterns of unlisted files not to report (e.g. the `.gitattributes` the Hub adds)."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_bytes())
    except FileNotFoundError:
        return [Mismatch(MANIFEST_FILE, "manifest-missing", f"{folder} has no {MANIFEST_FILE}")]
    except (OSError, ValueError) as exc:
        return [Mismatch(MANIFEST_FILE, "manifest-invalid", f"cannot be read as JSON: {exc}")]
    listed = _listed(manifest)
    if listed is None:
        return [Mismatch(MANIFEST_FILE, "manifest-invalid", "'files' is not a map of relative paths to {size, sha256}")]

    out: list[Mismatch] = []
    for rel, entry in sorted(listed.items()):
        path = folder / rel
        try:
            st = os.stat(path)  # a symlink is followed: the Hub's cache links snapshots to blobs
        except FileNotFoundError:
            out.append(Mismatch(rel, "missing", "listed in the manifest, not in the folder"))
            continue
        except OSError as exc:
            out.append(Mismatch(rel, "missing", f"cannot be examined: {exc.strerror or exc}"))
            continue
        if not stat.S_ISREG(st.st_mode):
            out.append(Mismatch(rel, "not-a-file", "not a regular file"))
        elif st.st_size != entry["size"]:
            out.append(Mismatch(rel, "size", f"{st.st_size} bytes, the manifest says {entry['size']}"))
        else:
            try:
                actual = file_sha256(path)
            except OSError as exc:
                out.append(Mismatch(rel, "missing", f"cannot be read: {exc.strerror or exc}"))
                continue
            if actual != entry["sha256"]:
                out.append(Mismatch(rel, "sha256", f"sha256 {actual}, the manifest says {entry['sha256']}"))

    listed_dirs = {"/".join(rel.split("/")[:i]) for rel in listed for i in range(1, rel.count("/") + 1)}
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        here = Path(dirpath)
        rel_dir = here.relative_to(folder).as_posix()
        for name in sorted(filenames) + [d for d in dirnames if (here / d).is_symlink()]:
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if rel not in listed and rel != MANIFEST_FILE and not _ignored(rel, ignore):
                out.append(Mismatch(rel, "extra", "not listed in the manifest"))
        if (rel_dir != "." and not filenames and not dirnames and rel_dir not in listed_dirs
                and rel_dir not in listed and not _ignored(rel_dir, ignore)):  # a listed path that is a folder is not-a-file
            out.append(Mismatch(rel_dir + "/", "extra", "an empty folder the manifest does not list"))

    schema_entry = listed.get(SCHEMA_FILE)
    if schema_entry is not None and manifest.get("schema_sha256") != schema_entry["sha256"]:
        out.append(Mismatch(MANIFEST_FILE, "schema-sha256",
                            f"schema_sha256 is {manifest.get('schema_sha256')!r}, {SCHEMA_FILE} is listed as {schema_entry['sha256']}"))
    if VERSION_DIR.fullmatch(folder.name) and manifest.get("version") != folder.name[1:]:
        out.append(Mismatch(MANIFEST_FILE, "version", f"the folder is {folder.name}, the manifest says version {manifest.get('version')!r}"))
    return out


def _ignored(rel: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(rel.split("/")[0], p) for p in patterns)
