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
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .build import (
    CROISSANT_DESCRIPTION,
    DEFAULT_MAX_BYTES,
    BuildOptions,
    CardLinks,
    DatasetPlan,
    Duplicate,
    UnitsRead,
    check_overlaps,
    index_keys,
    plan_dataset,
    read_units,
    summarize,
    write_metadata,
    write_splits,
)
from .config import NO_CONFIG, CorpusConfig
from .croissant import write_croissant
from .dataset_folder import CHANGELOG_FILE, MANIFEST_FILE, REPORT_DIR, SCHEMA_FILE, VERSION_DIR
from .diff import LEVELS, DatasetDiff, diff_datasets
from .errors import NothingToReadError, Reject, ReleaseError, io_failure
from .manifest import list_files, manifest_bytes, verify
from .ownership import (
    DATASET,
    RELEASES_LOCK,
    WORK,
    Ledger,
    LockedError,
    check_claimable,
    check_parents,
    enclosing_made_folder,
    enclosing_release,
    exclusive,
    release_named,
    remove_work_folder,
    resolved,
    work_folder_lock,
)
from .report import DatasetFacts, write_report
from .stats import BuildSummary
from .work import check_kill_request, checkpoint, raw_inputs_of_units

STAGING_PREFIX = ".tmp-release-"
WORK_DIR = ".work"  # a release's work units, kept until the release is made so a killed one resumes
LOCK_FILE = RELEASES_LOCK
FIRST_VERSION = (1, 0, 0)
BUMPS = ("auto", *LEVELS)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Tests kill a release at each of work.CHECKPOINTS (and at units-done:N while it reads) to prove
# that no partial vX.Y.Z is ever left behind and that the rerun gives the same bytes.

CHANGELOG_HEADER = """# Changelog

Every release of this dataset, newest first. Versions follow the policy of corpus-builder's
docs/releases.md: MAJOR when a record is removed, moves split, or a field is removed, renamed or retyped; MINOR when
records or optional fields are added; PATCH when existing records (same ids) or the card change.

"""


@dataclass(frozen=True)
class ReleaseResult:
    """What `release` did: the new version and where it is, or (version None) that nothing changed."""

    version: str | None  # "1.2.0"; None when nothing changed and no release was made
    previous: str | None
    path: Path | None
    bump: str | None  # "initial", "patch", "minor", "major"; None without a release
    diff: DatasetDiff | None  # against the previous release
    rejects: list[Reject]
    manifest_sha256: str | None = None  # of the new release's MANIFEST.json: what to cite and pin
    reading: UnitsRead | None = None  # how the raw folder was read (work units, resumed ones)

    def to_dict(self) -> dict:
        """The JSON form `release --json` prints."""
        return {
            "version": self.version,
            "previous": self.previous,
            "path": str(self.path) if self.path is not None else None,
            "bump": self.bump,
            "manifest_sha256": self.manifest_sha256,
            "rejects": [reject.to_dict() for reject in self.rejects],
            "diff": self.diff.to_dict() if self.diff is not None else None,
            "units": len(self.reading.units) if self.reading is not None else None,
            "units_resumed": self.reading.resumed if self.reading is not None else None,
        }


@dataclass(frozen=True)
class _Staged:
    """The dataset part of a release, written into its staging folder by the build's phases."""

    reading: UnitsRead
    plan: DatasetPlan
    split_files: dict[str, list[str]]
    summary: BuildSummary

    @property
    def rejects(self) -> list[Reject]:
        return self.plan.rejects

    @property
    def duplicates(self) -> list[Duplicate]:
        return self.plan.duplicates


@dataclass(frozen=True)
class _Version:
    """The version a release is made as, and the release it follows."""

    number: str  # "1.2.0"
    level: str  # "initial", "patch", "minor", "major"
    date: str
    previous: str | None  # "1.1.0"
    previous_path: Path | None


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
    pretty_name: str | None = None,
    options: BuildOptions = BuildOptions(),  # noqa: B008  (a frozen dataclass: a shared default is safe)
    config: CorpusConfig = NO_CONFIG,
) -> ReleaseResult:
    """Build the dataset from `raw_dir` and store it as RELEASES/vX.Y.Z, the version bumped from the
    latest release as the diff against it requires (`bump`: "auto", or at least that level).

    `date` (YYYY-MM-DD, default today UTC) goes into the manifest, changelog and Croissant; pass it
    for byte-identical releases. `pretty_name` titles the card (None: the config's, else
    DEFAULT_PRETTY_NAME); `config` is what the curators state about the source (corpus.toml).
    Returns a result with version None when nothing changed. Refuses with ReleaseError (nothing
    written: see RELEASE_ERROR_TYPES); fails with `Failure` on I/O errors, earlier releases intact.
    A killed release resumes its reading on the next run."""
    raw_dir, releases_dir = Path(raw_dir), Path(releases_dir)
    if bump not in BUMPS:
        raise ValueError(f"bump must be one of {BUMPS}, got {bump!r}")
    date = check_date(date) if date is not None else dt.datetime.now(dt.UTC).date().isoformat()
    check_kill_request()
    config = config.titled(pretty_name)
    _check_releases_folder(releases_dir)
    check_parents(releases_dir, "--releases")
    # The work units live beside the releases, so a killed release resumes its reading.
    work_dir = Path(options.work_dir or releases_dir / WORK_DIR).absolute()
    check_overlaps(raw_dir.absolute(), releases_dir.absolute(), work_dir, "--releases")
    check_claimable(work_dir, WORK, "the release work folder (--work-dir)")
    releases_dir.mkdir(parents=True, exist_ok=True)
    work_was_there = os.path.lexists(work_dir)
    try:
        with (
            exclusive(releases_dir / LOCK_FILE, f"the releases folder {releases_dir}") as ledger,
            work_folder_lock(work_dir, "the release work folder (--work-dir)"),
        ):
            ledger.remove_leftovers()
            try:
                result = _release_locked(
                    raw_dir, releases_dir, work_dir, ledger, splits, bump, date, max_bytes, config, options
                )
            except ReleaseError:
                remove_work_folder(work_dir)  # a refusal is a decision, not an interruption: nothing to resume
                raise
            except NothingToReadError:
                if not work_was_there:  # (an interrupted release's units stay for its rerun, as a build's: a review)
                    remove_work_folder(work_dir)
                raise
            remove_work_folder(work_dir)  # only a finished release may drop its work units
    except LockedError as exc:
        raise ReleaseError("locked", exc.message) from None
    except OSError as exc:
        raise io_failure(exc, f"release into {releases_dir} failed, earlier releases are intact") from None
    return result


def _check_releases_folder(releases_dir: Path) -> None:
    """Refuse a releases folder that is a file; a release, a folder inside one or a version's place in a releases
    folder (the new release would make it, or the releases folder, fail to verify); or a build's dataset or work
    folder or a folder inside one (its next build replaces the one and removes the other with all it holds)."""
    refused = "nothing was changed: choose the folder that holds the vX.Y.Z folders, or a new one"
    if releases_dir.exists() and not releases_dir.is_dir():
        raise ReleaseError("not-a-releases-folder", f"{releases_dir} exists and is not a folder")
    if (release := enclosing_release(releases_dir)) is not None:
        where = "is" if release == resolved(releases_dir) else "lies inside"
        raise ReleaseError(
            "not-a-releases-folder", f"--releases {releases_dir} {where} {release_named(release)}; {refused}"
        )
    if (made := enclosing_made_folder(releases_dir)) is not None:
        folder, kind = made
        what = "a dataset folder (the output of a build)" if kind == DATASET else "a build's work folder"
        where = "is" if folder == resolved(releases_dir) else f"lies inside {folder},"
        raise ReleaseError(
            "not-a-releases-folder",
            f"--releases {releases_dir} {where} {what}, which a build replaces or removes; {refused}",
        )


def _release_locked(
    raw_dir: Path,
    releases_dir: Path,
    work_dir: Path,
    ledger: Ledger,
    splits: tuple[tuple[str, float], ...],
    bump: str,
    date: str,
    max_bytes: int,
    config: CorpusConfig,
    options: BuildOptions,
) -> ReleaseResult:
    """The release under the lock: stage the data, decide the version, write the release's own
    files, seal and rename. Whatever fails, the staging folder is removed."""
    previous = _latest_verified(releases_dir)
    if previous is not None:
        _check_date_not_before(previous, date)
    staging = ledger.new_staging(STAGING_PREFIX)
    try:
        staging.chmod(0o755)  # a release is for everyone to read
        # Records keep the split they had in the latest release that held them (near-duplicate
        # clusters aside): a record removed in one release and back in a later one returns to its split.
        run_options = dataclasses.replace(options, earlier_releases=tuple(p for _, p in releases(releases_dir)))
        staged = _stage_data(raw_dir, staging, work_dir, splits, max_bytes, config, run_options)
        checkpoint("data-written")
        diff = diff_datasets(previous[1], staging) if previous is not None else None
        if previous is not None and diff is not None and diff.bump is None:  # nothing changed: no release
            _remove_tree(staging)
            ledger.done(staging)
            return ReleaseResult(
                None, version_str(previous[0]), None, None, diff, staged.rejects, reading=staged.reading
            )
        version = _next_version(previous, diff, bump, date)
        target = releases_dir / f"v{version.number}"
        if os.path.lexists(target):
            raise ReleaseError("version-exists", f"{target} already exists and is never overwritten")
        _write_release_files(staging, raw_dir, work_dir, staged, version, diff, bump, config, max_bytes)
        sealed_manifest = (staging / MANIFEST_FILE).read_bytes()
        _seal_and_rename(staging, target, ledger)
    except BaseException:
        if os.path.lexists(staging):
            _remove_tree(staging)
        ledger.done(staging)
        raise
    manifest_sha256 = hashlib.sha256(sealed_manifest).hexdigest()
    number, previous_number = version.number, version.previous
    return ReleaseResult(
        number, previous_number, target, version.level, diff, staged.rejects, manifest_sha256, staged.reading
    )


def _latest_verified(releases_dir: Path) -> tuple[tuple[int, int, int], Path] | None:
    """The latest release (version, folder), refused unless it verifies against its manifest."""
    history = releases(releases_dir)
    if not history:
        return None
    previous = history[-1]
    problems = verify(previous[1])
    if problems:
        first = problems[0]
        raise ReleaseError(
            "previous-release-invalid",
            f"{previous[1]} does not verify ({len(problems)} mismatches; first: {first.file}: {first.type}: "
            f"{first.message}); run verify on it",
        )
    return previous


def _check_date_not_before(previous: tuple[tuple[int, int, int], Path], date: str) -> None:
    """Refuse a release dated before the latest release: the history (changelog, Hub tags, a
    reader's "newest") orders versions and dates the same way. The same day is allowed."""
    latest = json.loads((previous[1] / MANIFEST_FILE).read_bytes()).get("date")
    name = f"v{version_str(previous[0])}"
    try:
        check_date(latest if isinstance(latest, str) else repr(latest))
    except ValueError as exc:
        raise ReleaseError("previous-release-invalid", f"{previous[1]}: its {MANIFEST_FILE} date: {exc}") from None
    if date < latest:
        raise ReleaseError(
            "date-before-latest",
            f"--date {date} is before {latest}, the date of the latest release {name} ({previous[1]}); "
            f"release dates never go back: pass --date {latest} or later",
        )


def _stage_data(
    raw_dir: Path,
    staging: Path,
    work_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    config: CorpusConfig,
    options: BuildOptions,
) -> _Staged:
    """The build's phases into the staging folder; the card points to MANIFEST.json for the summary
    and the rejects, which the release writes there instead of a build's side files."""
    reading = read_units(raw_dir, work_dir, max_bytes, options)
    plan = plan_dataset(index_keys(reading), splits, options.earlier_releases)
    written = write_splits(reading, plan, staging, options)
    summary = summarize(reading, plan, written)
    if not summary.records:
        raise ReleaseError("no-records", f"no file under {raw_dir} became a record ({summary.rejected} rejected)")
    write_metadata(staging, plan, written, summary, config, CardLinks(MANIFEST_FILE, MANIFEST_FILE))
    return _Staged(reading, plan, written.split_files, summary)


def _next_version(
    previous: tuple[tuple[int, int, int], Path] | None, diff: DatasetDiff | None, bump: str, date: str
) -> _Version:
    """The first release is 1.0.0; a later one is bumped as the diff requires (or as asked)."""
    if previous is None or diff is None:
        return _Version(version_str(FIRST_VERSION), "initial", date, None, None)
    level = _choose_level(bump, diff)
    return _Version(version_str(bumped(previous[0], level)), level, date, version_str(previous[0]), previous[1])


def _write_release_files(
    staging: Path,
    raw_dir: Path,
    work_dir: Path,
    staged: _Staged,
    version: _Version,
    diff: DatasetDiff | None,
    requested: str,
    config: CorpusConfig,
    max_bytes: int,
) -> None:
    """What a release adds to the staged data: croissant.json with its version and date, the
    changelog, the report (with the diff), and last MANIFEST.json, which lists all of them."""
    write_croissant(
        staging,
        staged.split_files,
        config.title,
        config.description or CROISSANT_DESCRIPTION,
        version=version.number,
        date_published=version.date,
        license_name=config.license_label(),
    )
    previous_log = (version.previous_path / CHANGELOG_FILE).read_text(encoding="utf-8") if version.previous_path else ""
    entry = changelog_entry(
        version.number, version.date, version.level, requested, diff, staged.summary, version.previous
    )
    changelog = CHANGELOG_HEADER + entry + _entries(previous_log)
    (staging / CHANGELOG_FILE).write_text(changelog, encoding="utf-8", newline="\n")
    # The report (with the diff against the previous release) is part of the release: listed and sealed.
    release_facts = {
        "version": version.number,
        "date": version.date,
        "bump": version.level,
        "previous_version": version.previous,
    }
    facts = DatasetFacts.of_build(staged.summary.to_dict(), staged.rejects, staged.duplicates, release_facts)
    write_report(staging, staging / REPORT_DIR, version.previous_path, raw_dir=raw_dir, diff=diff, facts=facts)
    manifest = _manifest(staging, work_dir, staged, version, max_bytes)
    (staging / MANIFEST_FILE).write_bytes(manifest_bytes(manifest))
    checkpoint("manifest-written")


def _manifest(staging: Path, work_dir: Path, staged: _Staged, version: _Version, max_bytes: int) -> dict:
    """MANIFEST.json's content: the release, how it was built, and every file's sha256."""
    files = list_files(staging)
    summary = staged.summary
    return {
        "version": version.number,
        "date": version.date,
        "previous_version": version.previous,
        "bump": version.level,
        "builder_version": __version__,
        "schema_sha256": files[SCHEMA_FILE]["sha256"],
        # Each raw file's sha256 as hashed when its record or reject was made: the bytes
        # the release came from, whatever happened to the raw folder since.
        "raw_inputs": raw_inputs_of_units(work_dir, list(staged.reading.units), list(staged.reading.skipped)),
        "max_bytes": max_bytes,  # files over it are not read: '-' in raw_inputs
        "selection": staged.reading.selection.to_dict(),  # which files under the raw folder were read
        "splits": ",".join(f"{name}={ratio:g}" for name, ratio in summary.splits.items()),
        "rows": summary.records_by_split,
        "build": {
            "files_read": summary.files_read,
            "records": summary.records,
            "rejected": summary.rejected,
            "rejects_by_type": summary.rejects_by_type,
            "duplicates": summary.duplicates,
            "files_left_out": summary.files_left_out,
        },
        "rejects": [r.to_dict() for r in staged.rejects],
        "duplicates": [d.to_dict() for d in staged.duplicates],
        "files": files,
    }


def _seal_and_rename(staging: Path, target: Path, ledger: Ledger) -> None:
    """Seal the staging folder read-only, fsync it, and rename it to vX.Y.Z: atomic, never over an
    existing version."""
    _seal(staging)
    _fsync_tree(staging)
    checkpoint("synced")
    if os.path.lexists(target):
        raise ReleaseError("version-exists", f"{target} already exists and is never overwritten")
    # rename(2) would replace an empty folder at target; the check above, under the lock, rules
    # that out for every process that releases through this code.
    os.rename(staging, target)
    ledger.done(staging)
    checkpoint("renamed")
    _fsync_dir(target.parent)


def _choose_level(bump: str, diff: DatasetDiff) -> str:
    required = diff.bump
    why = "; ".join(reason for _, reason in diff.reasons)
    if diff.split_moves and bump != "major":
        moved = ", ".join(f"{m.id} ({m.old} -> {m.new})" for m in diff.split_moves[:5])
        raise ReleaseError(
            "split-moved",
            f"{len(diff.split_moves)} records would change split ({moved}"
            f"{', ...' if len(diff.split_moves) > 5 else ''}); records must keep their split "
            "(same --splits as before); pass --bump major to release it anyway",
        )
    if required is None:  # the caller releases only when something changed
        raise ValueError("no bump to choose: nothing changed")
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
    version: str,
    date: str,
    level: str,
    requested: str,
    diff: DatasetDiff | None,
    summary: BuildSummary,
    previous: str | None,
) -> str:
    """The changelog's entry for one release: why this bump, and what changed since `previous`."""
    rows = ", ".join(f"{name} {n}" for name, n in summary.records_by_split.items())
    rejected = ", ".join(f"{t}: {n}" for t, n in summary.rejects_by_type.items())
    build = (
        f"- Build: {summary.files_read} files read, {summary.records} records, {summary.rejected} rejected"
        + (f" ({rejected}); the rejects are listed in MANIFEST.json" if rejected else "")
        + (f", {summary.duplicates} exact duplicates (listed in MANIFEST.json)" if summary.duplicates else "")
        + "."
    )
    lines = [f"## v{version} ({date})", ""]
    if diff is None:
        lines += [
            "First release.",
            "",
            f"- Records: {summary.records}.",
            f"- Rows: {rows}.",
            f"- Schema: sha256 {summary.schema_sha256}.",
            build,
        ]
        return "\n".join(lines) + "\n\n"
    why = "; ".join(reason for _, reason in diff.reasons)
    if requested == "auto" or requested == diff.bump:
        lines.append(f"{level.upper()} from v{previous}, as the diff requires: {why}.")
    else:
        lines.append(
            f"{level.upper()} from v{previous}, as requested (the diff requires {str(diff.bump).upper()}: {why})."
        )
    lines.append("")
    lines.append(
        f"- Records: {diff.new_count} (was {diff.old_count}): {len(diff.added)} added, "
        f"{len(diff.removed)} removed, {len(diff.changed)} changed."
    )
    lines.append(f"- Added: {_ids(diff.added)}.")
    lines.append(f"- Removed: {_ids(diff.removed)}.")
    changed = ", ".join(f"`{c.id}` ({', '.join(c.fields)})" for c in diff.changed)
    lines.append(f"- Changed: {changed or 'none'}.")
    counts = diff.field_counts()
    if counts:
        lines.append("- Fields changed: " + ", ".join(f"`{name}` in {_records(n)}" for name, n in counts.items()) + ".")
    lines.append(f"- Schema: {_schema_summary(diff.schema)}.")
    for label, changed_here in (("Card", diff.card_changed), ("DATASHEET.md", diff.datasheet_changed)):
        lines.append(f"- {label}: {'changed' if changed_here else 'unchanged'}.")
    moves = ", ".join(f"`{m.id}` ({m.old} -> {m.new})" for m in diff.split_moves)
    lines.append(f"- Split moves: {moves or 'none'}.")
    lines.append(f"- Rows: {rows}.")
    lines.append(build)
    return "\n".join(lines) + "\n\n"


def _records(n: int) -> str:
    return f"{n} record{'' if n == 1 else 's'}"


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
    for dirpath, _dirnames, filenames in os.walk(folder, topdown=False):
        for name in sorted(filenames):
            os.chmod(os.path.join(dirpath, name), 0o444)
            if first:
                checkpoint("mid-seal")
                first = False
        os.chmod(dirpath, 0o555)


def _fsync_tree(folder: Path) -> None:
    for dirpath, _dirnames, filenames in os.walk(folder, topdown=False):
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
