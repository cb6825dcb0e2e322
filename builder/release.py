"""Versioned releases: build the dataset, diff it against the latest release, bump the version as
the diff requires, and store it as an immutable folder RELEASES/vX.Y.Z.

The folder is assembled in a temporary folder inside RELEASES (same file system, so the final rename
is atomic), sealed read-only, fsynced, and renamed into place: a reader or a killed process sees
either no vX.Y.Z or a complete one. One release runs at a time per RELEASES folder (an flock on
RELEASES/.release.lock, released by the kernel when the holder dies, so a killed run never blocks
the next; a refusal names the holder's pid). The staging folder is named in the lock file before it
is made, so the next run removes a killed run's leftovers and nothing else (builder/ownership.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import signal
import stat
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .build import (
    CROISSANT_DESCRIPTION,
    DEFAULT_MAX_BYTES,
    MANIFEST_FILE,
    SCHEMA_FILE,
    BuildOptions,
    assemble,
    check_overlaps,
)
from .config import NO_CONFIG, CorpusConfig
from .croissant import write_croissant
from .diff import LEVELS, DatasetDiff, diff_datasets
from .errors import Refusal, Reject, io_failure
from .manifest import VERSION_DIR, list_files, manifest_bytes, verify
from .ownership import WORK, LockedError, check_claimable, exclusive, remove_work_folder
from .report import REPORT_DIR, DatasetFacts, write_report
from .work import raw_inputs_of_units

CHANGELOG_FILE = "CHANGELOG.md"
STAGING_PREFIX = ".tmp-release-"
WORK_DIR = ".work"  # a release's work units, kept until the release is made so a killed one resumes
LOCK_FILE = ".release.lock"
FIRST_VERSION = (1, 0, 0)
BUMPS = ("auto", *LEVELS)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Tests kill a release at each of these points to prove that no partial vX.Y.Z is ever left behind:
# CORPUS_BUILDER_KILL_AT=<checkpoint> makes the process SIGKILL itself there.
KILL_ENV = "CORPUS_BUILDER_KILL_AT"
CHECKPOINTS = ("data-written", "manifest-written", "mid-seal", "synced", "renamed")

CHANGELOG_HEADER = """# Changelog

Every release of this dataset, newest first. Versions follow the policy of corpus-builder's README:
MAJOR when a record is removed, moves split, or a field is removed, renamed or retyped; MINOR when
records or optional fields are added; PATCH when existing records (same ids) or the card change.

"""

# type slug -> what it means; a refused release writes nothing. The README documents each one.
RELEASE_ERROR_TYPES: dict[str, str] = {
    "bump-too-low": "the requested --bump is lower than the diff requires",
    "split-moved": "a record would change split (only with an explicit --bump major)",
    "no-records": "the build has no records: nothing to release",
    "version-exists": "the folder of the new version already exists; it is never overwritten",
    "previous-release-invalid": "the latest release does not verify against its manifest",
    "locked": "another release is running in the same releases folder",
    "not-a-releases-folder": "the releases path exists and is not a folder",
}


class UnknownCheckpointError(ValueError):
    """CORPUS_BUILDER_KILL_AT names no checkpoint: a test that would silently not kill anything."""


class ReleaseError(Refusal):
    """A refused release: nothing was written."""

    title = "Release refused"

    def __init__(self, type: str, message: str):
        if type not in RELEASE_ERROR_TYPES:
            raise ValueError(f"unknown release error type {type!r}")
        super().__init__(message)
        self.type = type

    def __str__(self) -> str:
        return f"{self.type}: {self.message}"


@dataclass
class ReleaseResult:
    version: str | None  # "1.2.0"; None when nothing changed and no release was made
    previous: str | None
    path: Path | None
    bump: str | None  # "initial", "patch", "minor", "major"; None without a release
    diff: DatasetDiff | None  # against the previous release
    rejects: list[Reject]
    manifest_sha256: str | None = None  # of the new release's MANIFEST.json: what to cite and pin


def parse_version(name: str) -> tuple[int, int, int] | None:
    m = VERSION_DIR.fullmatch(name)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def version_str(version: tuple[int, int, int]) -> str:
    return ".".join(map(str, version))


def bumped(version: tuple[int, int, int], level: str) -> tuple[int, int, int]:
    major, minor, patch = version
    if level == "major":
        return (major + 1, 0, 0)
    if level == "minor":
        return (major, minor + 1, 0)
    return (major, minor, patch + 1)


def releases(releases_dir: Path) -> list[tuple[tuple[int, int, int], Path]]:
    """The release folders (named vX.Y.Z), oldest first by semver; anything else is ignored."""
    if not releases_dir.is_dir():
        return []
    found = [(v, p) for p in releases_dir.iterdir() if (v := parse_version(p.name)) is not None and p.is_dir()]
    return sorted(found)


def check_date(value: str) -> str:
    if not _DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:  # 2026-02-30
        raise ValueError(f"{value!r} is not a date: {exc}") from None
    return value


def release(
    raw_dir: Path,
    releases_dir: Path,
    splits: tuple[tuple[str, float], ...],
    bump: str = "auto",
    date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    pretty_name: str | None = None,  # None: the config's pretty_name, else DEFAULT_PRETTY_NAME
    options: BuildOptions = BuildOptions(),
    config: CorpusConfig = NO_CONFIG,  # what the curators state about the source (corpus.toml)
) -> ReleaseResult:
    raw_dir, releases_dir = Path(raw_dir), Path(releases_dir)
    if bump not in BUMPS:
        raise ValueError(f"bump must be one of {BUMPS}, got {bump!r}")
    date = check_date(date) if date is not None else dt.datetime.now(dt.UTC).date().isoformat()
    kill_at = os.environ.get(KILL_ENV)
    if kill_at and kill_at not in CHECKPOINTS:
        raise UnknownCheckpointError(f"{KILL_ENV}={kill_at!r} is not one of {', '.join(CHECKPOINTS)}")
    if releases_dir.exists() and not releases_dir.is_dir():
        raise ReleaseError("not-a-releases-folder", f"{releases_dir} exists and is not a folder")
    # The work units live beside the releases, so a killed release resumes its reading.
    work_dir = Path(options.work_dir or releases_dir / WORK_DIR).absolute()
    check_overlaps(raw_dir.absolute(), releases_dir.absolute(), work_dir, "--releases")
    check_claimable(work_dir, WORK, "the release work folder (--work-dir)")
    releases_dir.mkdir(parents=True, exist_ok=True)
    try:
        with exclusive(releases_dir / LOCK_FILE, f"the releases folder {releases_dir}") as ledger:
            ledger.remove_leftovers()
            try:
                result = _release_locked(
                    raw_dir, releases_dir, work_dir, ledger, splits, bump, date, max_bytes, pretty_name, options, config
                )
            except ReleaseError:
                remove_work_folder(work_dir)  # a refusal is a decision, not an interruption: nothing to resume
                raise
            remove_work_folder(work_dir)  # only a finished release may drop its work units
    except LockedError as exc:
        raise ReleaseError("locked", f"another release is running: {exc.message}") from None
    except OSError as exc:
        raise io_failure(exc, f"release into {releases_dir} failed, earlier releases are intact") from None
    return result


def _release_locked(
    raw_dir, releases_dir, work_dir, ledger, splits, bump, date, max_bytes, pretty_name, options, config
) -> ReleaseResult:
    history = releases(releases_dir)
    previous = history[-1] if history else None
    if previous is not None:
        problems = verify(previous[1])
        if problems:
            first = problems[0]
            raise ReleaseError(
                "previous-release-invalid",
                f"{previous[1]} does not verify ({len(problems)} mismatches; first: {first.file}: {first.type}: {first.message}); run verify on it",
            )
    staging = ledger.new_staging(STAGING_PREFIX)
    try:
        staging.chmod(0o755)  # a release is for everyone to read
        # Records keep the split they had in the previous release (near-duplicate clusters aside).
        run_options = dataclasses.replace(options, previous=previous[1] if previous else None)
        pretty_name = config.resolved_pretty_name(pretty_name)  # croissant.json below names it too
        done = assemble(
            raw_dir, staging, work_dir, splits, max_bytes, pretty_name, run_options, side_files=False, config=config
        )
        rejects, summary, duplicates = done.rejects, done.summary, done.duplicates
        if not summary["records"]:
            raise ReleaseError(
                "no-records", f"no file under {raw_dir} became a record ({summary['rejected']} rejected)"
            )
        _checkpoint("data-written")
        if previous is None:
            version, level, diff = FIRST_VERSION, "initial", None
        else:
            diff = diff_datasets(previous[1], staging)
            required = diff.bump
            if required is None:
                _remove_tree(staging)
                ledger.done(staging)
                return ReleaseResult(None, version_str(previous[0]), None, None, diff, rejects)
            level = _choose_level(bump, diff)
            version = bumped(previous[0], level)
        target = releases_dir / f"v{version_str(version)}"
        if os.path.lexists(target):
            raise ReleaseError("version-exists", f"{target} already exists and is never overwritten")

        write_croissant(
            staging,
            done.split_files,
            pretty_name,
            CROISSANT_DESCRIPTION,
            version=version_str(version),
            date_published=date,
        )
        previous_log = (previous[1] / CHANGELOG_FILE).read_text(encoding="utf-8") if previous else ""
        entry = changelog_entry(
            version_str(version), date, level, bump, diff, summary, version_str(previous[0]) if previous else None
        )
        (staging / CHANGELOG_FILE).write_text(
            CHANGELOG_HEADER + entry + _entries(previous_log), encoding="utf-8", newline="\n"
        )
        # The report (with the diff against the previous release) is part of the release: listed and sealed.
        write_report(
            staging,
            staging / REPORT_DIR,
            previous[1] if previous else None,
            raw_dir=raw_dir,
            diff=diff,
            facts=DatasetFacts.of_build(
                summary,
                rejects,
                duplicates,
                {
                    "version": version_str(version),
                    "date": date,
                    "bump": level,
                    "previous_version": version_str(previous[0]) if previous else None,
                },
            ),
        )
        files = list_files(staging)
        manifest = {
            "version": version_str(version),
            "date": date,
            "previous_version": version_str(previous[0]) if previous else None,
            "bump": level,
            "builder_version": __version__,
            "schema_sha256": files[SCHEMA_FILE]["sha256"],
            # Each raw file's sha256 as hashed when its record or reject was made: the bytes
            # the release came from, whatever happened to the raw folder since.
            "raw_inputs": raw_inputs_of_units(work_dir, list(done.unit_order), done.skipped),
            "max_bytes": max_bytes,  # files over it are not read: '-' in raw_inputs
            "splits": ",".join(f"{name}={ratio:g}" for name, ratio in summary["splits"].items()),
            "rows": summary["records_by_split"],
            "build": {k: summary[k] for k in ("files_read", "records", "rejected", "rejects_by_type", "duplicates")},
            "rejects": [r.to_dict() for r in rejects],
            "duplicates": [d.to_dict() for d in duplicates],
            "files": files,
        }
        sealed_manifest = manifest_bytes(manifest)
        (staging / MANIFEST_FILE).write_bytes(sealed_manifest)
        _checkpoint("manifest-written")
        _seal(staging)
        _fsync_tree(staging)
        _checkpoint("synced")
        if os.path.lexists(target):
            raise ReleaseError("version-exists", f"{target} already exists and is never overwritten")
        # rename(2) would replace an empty folder at target; the check above, under the lock, rules
        # that out for every process that releases through this code.
        os.rename(staging, target)
        ledger.done(staging)
        _checkpoint("renamed")
        _fsync_dir(releases_dir)
    except BaseException:
        if os.path.lexists(staging):
            _remove_tree(staging)
        ledger.done(staging)
        raise
    return ReleaseResult(
        version_str(version),
        version_str(previous[0]) if previous else None,
        target,
        level,
        diff,
        rejects,
        hashlib.sha256(sealed_manifest).hexdigest(),
    )


def _choose_level(bump: str, diff: DatasetDiff) -> str:
    required = diff.bump
    why = "; ".join(reason for _, reason in diff.reasons)
    if diff.split_moves and bump != "major":
        moved = ", ".join(f"{m['id']} ({m['old']} -> {m['new']})" for m in diff.split_moves[:5])
        raise ReleaseError(
            "split-moved",
            f"{len(diff.split_moves)} records would change split ({moved}"
            f"{', ...' if len(diff.split_moves) > 5 else ''}); records must keep their split "
            "(same --splits as before); pass --bump major to release it anyway",
        )
    if bump == "auto":
        return required
    if LEVELS.index(bump) < LEVELS.index(required):
        raise ReleaseError("bump-too-low", f"--bump {bump} is lower than the diff requires: {required} ({why})")
    return bump


# --- the changelog -------------------------------------------------------------------------------


def _entries(changelog: str) -> str:
    """The entries of an earlier release's changelog, without its header."""
    at = changelog.find("\n## ")
    return changelog[at + 1 :] if at >= 0 else ""


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids) if ids else "none"


def changelog_entry(
    version: str, date: str, level: str, requested: str, diff: DatasetDiff | None, summary: dict, previous: str | None
) -> str:
    rows = ", ".join(f"{name} {n}" for name, n in summary["records_by_split"].items())
    rejected = ", ".join(f"{t}: {n}" for t, n in summary["rejects_by_type"].items())
    build = (
        f"- Build: {summary['files_read']} files read, {summary['records']} records, {summary['rejected']} rejected"
        + (f" ({rejected}); the rejects are listed in MANIFEST.json" if rejected else "")
        + (f", {summary['duplicates']} exact duplicates (listed in MANIFEST.json)" if summary["duplicates"] else "")
        + "."
    )
    lines = [f"## v{version} ({date})", ""]
    if diff is None:
        lines += [
            "First release.",
            "",
            f"- Records: {summary['records']}.",
            f"- Rows: {rows}.",
            f"- Schema: sha256 {summary['schema_sha256']}.",
            build,
        ]
        return "\n".join(lines) + "\n\n"
    why = "; ".join(reason for _, reason in diff.reasons)
    if requested == "auto" or requested == diff.bump:
        lines.append(f"{level.upper()} from v{previous}, as the diff requires: {why}.")
    else:
        lines.append(f"{level.upper()} from v{previous}, as requested (the diff requires {diff.bump.upper()}: {why}).")
    lines.append("")
    lines.append(
        f"- Records: {diff.new_count} (was {diff.old_count}): {len(diff.added)} added, "
        f"{len(diff.removed)} removed, {len(diff.changed)} changed."
    )
    lines.append(f"- Added: {_ids(diff.added)}.")
    lines.append(f"- Removed: {_ids(diff.removed)}.")
    changed = ", ".join(f"`{c['id']}` ({', '.join(c['fields'])})" for c in diff.changed)
    lines.append(f"- Changed: {changed or 'none'}.")
    counts = diff.field_counts()
    if counts:
        lines.append(
            "- Fields changed: "
            + ", ".join(f"`{name}` in {n} record{'' if n == 1 else 's'}" for name, n in counts.items())
            + "."
        )
    lines.append(f"- Schema: {_schema_summary(diff.schema)}.")
    lines.append(f"- Card: {'changed' if diff.card_changed else 'unchanged'}.")
    moves = ", ".join(f"`{m['id']}` ({m['old']} -> {m['new']})" for m in diff.split_moves)
    lines.append(f"- Split moves: {moves or 'none'}.")
    lines.append(f"- Rows: {rows}.")
    lines.append(build)
    return "\n".join(lines) + "\n\n"


def _schema_summary(schema: dict) -> str:
    if not schema["changed"]:
        return "unchanged"
    parts = [f"`{c['field']}` added ({c['type']})" for c in schema["fields_added"]]
    parts += [f"`{c['field']}` removed" for c in schema["fields_removed"]]
    parts += [f"`{c['field']}` {c['old']} -> {c['new']}" for c in schema["type_changes"]]
    other = [c["path"] for c in schema["document_changes"]]
    if other:
        parts.append("keywords changed at " + ", ".join(f"`{p}`" for p in other))
    return f"changed (sha256 {schema['new_sha256']})" + (": " + "; ".join(parts) if parts else ", formatting only")


# --- writing safely ------------------------------------------------------------------------------


def _checkpoint(name: str) -> None:
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _remove_tree(path: Path) -> None:
    """Remove a folder even when it was already sealed read-only."""
    if path.is_dir() and not path.is_symlink():
        for dirpath, _, _ in os.walk(path):
            os.chmod(dirpath, 0o755)
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def _seal(folder: Path) -> None:
    """Files 0o444, folders 0o555, deepest first; sealed before the rename so that a vX.Y.Z folder
    is read-only from the moment it exists."""
    first = True
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in sorted(filenames):
            os.chmod(os.path.join(dirpath, name), 0o444)
            if first:
                _checkpoint("mid-seal")
                first = False
        os.chmod(dirpath, 0o555)


def _fsync_tree(folder: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_sealed(folder: Path) -> bool:
    """Every file 0o444 and every folder 0o555 (what a release is once it exists)."""
    for dirpath, _, filenames in os.walk(folder):
        if stat.S_IMODE(os.stat(dirpath).st_mode) != 0o555:
            return False
        if any(stat.S_IMODE(os.stat(os.path.join(dirpath, n)).st_mode) != 0o444 for n in filenames):
            return False
    return True
