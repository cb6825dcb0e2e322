"""What the builder made, and so may remove: folder markers, locks, and the ledger of staging folders.

The builder deletes only what it can prove it made:

- A folder it uses for work units or writes a dataset into carries a marker, `.corpus-builder.json`,
  written the moment the folder is made (or adopted while empty). A dataset folder's marker lists
  the files the build wrote: anything else in it is the user's, carried into the next build by a
  hard link and never deleted. A folder without a marker that holds anything is refused, untouched.
- A staging folder (where a build or a release is assembled before the atomic rename) is named in
  the ledger of the lock it is made under before it is created; the next run under the same lock
  removes what the ledger names: the leftovers of a killed run, and nothing else.
- One writer at a time: an flock on a lock file, released by the kernel when the holder dies, so a
  killed run never blocks the next. The holder writes its pid into the file, so a refusal names it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .dataset_folder import MANIFEST_FILE, REPORT_DIR, VERSION_DIR
from .errors import Refusal

MARKER_FILE = ".corpus-builder.json"
TOOL = "corpus-builder"
WORK = "work"
DATASET = "dataset"

# What builders before the marker wrote into a dataset folder: a folder with build-summary.json and
# no marker is an earlier build, and these names (only these) are taken as its own files.
_LEGACY_DATASET_FILES = re.compile(
    r"(README\.md|lengths\.png|article\.schema\.json|build-summary\.json|rejects\.jsonl|duplicates\.jsonl"
    r"|croissant\.json|near-duplicates\.jsonl|DATASHEET\.md|data/[^/]+-[0-9]{5}-of-[0-9]{5}\.parquet)"
)
_LEGACY_DATASET_SIGN = "build-summary.json"
# What every builder wrote in it: a file of that name that holds anything else is the user's, and so is
# the folder (a build replaced its README and shards when any `build-summary.json` was the sign).
_LEGACY_SUMMARY_KEYS = ("files_read", "records", "rejected")
_LEGACY_SUMMARY_BYTES = 1 << 20


def _is_earlier_build(folder: Path) -> bool:
    """Whether `folder` (without a marker) is a dataset of a builder from before the marker: its
    build-summary.json is a JSON object of the counts every builder wrote."""
    path = folder / _LEGACY_DATASET_SIGN
    try:
        if not path.is_file() or path.stat().st_size > _LEGACY_SUMMARY_BYTES:
            return False
        summary = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(summary, dict) and all(type(summary.get(key)) is int for key in _LEGACY_SUMMARY_KEYS)


class NotOursError(Refusal):
    """A folder the builder would write into or remove holds things it did not make."""

    type = "not-ours"
    title = "Folder not made by the builder"


class LockedError(Refusal):
    """Another run holds the lock."""

    type = "locked"
    title = "Another run holds the lock"


@dataclass(frozen=True)
class Marker:
    """The contents of `.corpus-builder.json`: which kind of folder it is, whether the builder
    created the folder itself (or adopted an empty one, which it then never removes), and for a
    dataset the files the build wrote (relative posix paths, sorted)."""

    kind: str
    created: bool = True
    files: tuple[str, ...] = ()

    def to_bytes(self) -> bytes:
        body: dict = {"tool": TOOL, "kind": self.kind}
        if not self.created:
            body["created"] = False
        if self.kind == DATASET:
            body["files"] = list(self.files)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")


def read_marker(folder: Path) -> Marker | None:
    """The folder's marker, or None when it has none (or one the builder could not have written)."""
    path = Path(folder) / MARKER_FILE
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > 64 * 1024 * 1024:
            return None
        body = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(body, dict) or body.get("tool") != TOOL or body.get("kind") not in (WORK, DATASET):
        return None
    files = body.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return Marker(body["kind"], body.get("created", True) is not False, tuple(files))


def write_marker(folder: Path, marker: Marker) -> None:
    tmp = Path(folder) / MARKER_TMP
    try:
        tmp.write_bytes(marker.to_bytes())
        os.replace(tmp, Path(folder) / MARKER_FILE)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()  # (a full disk left it empty; every later run refused the folder as not ours: a hostile test)
        raise


# The marker's temporary name: written by write_marker alone, so a folder holding nothing else (a run killed while
# writing it) is as empty as it was.
MARKER_TMP = f"{MARKER_FILE}.tmp"


def _entries(folder: Path) -> list[str]:
    """A folder's entries but a marker's leftover temporary file."""
    return sorted(name for name in os.listdir(folder) if name != MARKER_TMP)


def _not_ours(folder: Path, what: str, entries: list[str]) -> NotOursError:
    shown = ", ".join(entries[:5]) + (f" and {len(entries) - 5} more" if len(entries) > 5 else "")
    return NotOursError(
        f"{folder} ({what}) holds files this tool did not write ({shown}); nothing was changed: "
        f"empty it or choose another folder"
    )


def claim_folder(folder: Path, kind: str, what: str) -> Marker:
    """Make `folder` the builder's: create it with a marker, adopt it if it exists and is empty, or
    accept it if it carries a marker of this kind. Anything else is refused and left untouched."""
    folder = Path(folder)
    if os.path.lexists(folder) and not folder.is_dir():
        raise NotOursError(f"{folder} ({what}) exists and is not a folder; nothing was changed")
    if not folder.exists():
        folder.mkdir(parents=True)
        marker = Marker(kind, created=True)
        write_marker(folder, marker)
        return marker
    existing = read_marker(folder)
    if existing is not None:
        if existing.kind != kind:
            raise NotOursError(
                f"{folder} ({what}) is a {existing.kind} folder of this tool, not a {kind} folder; "
                f"nothing was changed: choose another folder"
            )
        return existing
    entries = _entries(folder)
    if entries:
        raise _not_ours(folder, what, entries)
    marker = Marker(kind, created=False)
    write_marker(folder, marker)
    return marker


def check_parents(folder: Path, what: str) -> None:
    """Fail early, before anything is made, on a folder that cannot be made because one of its parents
    is a file (`/etc/passwd/ds`): an I/O failure (exit 3, as for any path the system refuses), named
    for what it is rather than as the `File exists` that making the parents would report."""
    for parent in Path(os.path.abspath(folder)).parents:
        if os.path.lexists(parent):
            if not parent.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, f"not a folder, so {what} {folder} cannot be made", str(parent))
            return


def check_claimable(folder: Path, kind: str, what: str) -> None:
    """Refuse early, before any lock or folder is made, what `claim_folder` would refuse."""
    folder = Path(folder)
    check_parents(folder, what)
    if os.path.lexists(folder) and not folder.is_dir():
        raise NotOursError(f"{folder} ({what}) exists and is not a folder; nothing was changed")
    if folder.is_dir():
        marker = read_marker(folder)
        if marker is None and _entries(folder):
            raise _not_ours(folder, what, _entries(folder))
        if marker is not None and marker.kind != kind:
            raise NotOursError(
                f"{folder} ({what}) is a {marker.kind} folder of this tool, not a {kind} folder; "
                f"nothing was changed: choose another folder"
            )


def clear_work_folder(folder: Path) -> None:
    """Empty a marked work folder, keeping its marker and lock: everything in it is the builder's."""
    for name in _entries(folder):
        if name in (MARKER_FILE, WORK_LOCK_FILE):
            continue
        _remove_path(Path(folder) / name)


def remove_work_folder(folder: Path) -> None:
    """Remove a marked work folder when a run is done with it (the folder itself only if the builder
    created it; an adopted empty folder is left empty)."""
    marker = read_marker(folder)
    if marker is None or marker.kind != WORK:
        return
    clear_work_folder(folder)
    if marker.created and not folder.is_symlink():  # (through a link the user made: the link stays, below)
        # Renamed away first, in one step: a run that starts meanwhile finds the folder whole (its marker and the
        # lock this run holds: refused, locked) or gone (it makes a new one), never a folder that holds only one
        # of them (rmtree removed the marker before the lock: a hostile run was refused as not-ours).
        gone = folder.parent / f"{_removed_name(folder)}{secrets.token_hex(6)}"
        try:
            os.rename(folder, gone)
        except OSError:
            gone = folder
        shutil.rmtree(gone, ignore_errors=True)
    else:
        for name in (WORK_LOCK_FILE, MARKER_FILE):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(Path(folder) / name)


def dataset_files(folder: Path) -> set[str]:
    """The files of a dataset folder the builder wrote (per its marker, or an earlier builder's names)."""
    marker = read_marker(folder)
    if marker is not None and marker.kind == DATASET:
        return set(marker.files)
    return {rel for rel in _walk_files(folder) if _LEGACY_DATASET_FILES.fullmatch(rel)}


RELEASES_LOCK = ".release.lock"  # the lock file of a releases folder (release.py's LOCK_FILE)
_MANIFEST_KEYS = ("version", "files", "builder_version")  # what every release's MANIFEST.json holds
_MANIFEST_MAX_BYTES = 64 * 1024 * 1024


def resolved(path: Path) -> Path:
    """`path` with its symbolic links followed; a loop of them is an OSError (ELOOP), as the system names it, not
    the RuntimeError Python 3.11 raises (it ended a run with a traceback: a hostile test)."""
    try:
        return Path(path).resolve()
    except RuntimeError:
        raise OSError(errno.ELOOP, "Too many levels of symbolic links", str(path)) from None


def enclosing_release(folder: Path) -> Path | None:
    """The release that `folder` is or lies in, else None: a folder whose MANIFEST.json is a release's manifest,
    whatever it is called (a copy, a download of a release), or a version's place (`vX.Y.Z`) in a releases folder,
    made or not. Nothing may be written there: a release is sealed, and `verify` checks its every file against its
    manifest, so a file added inside it makes a good release fail to verify; a folder made at a version's place
    makes the releases folder's next release refuse it as a release that does not verify."""
    path = resolved(folder)
    for candidate in (path, *path.parents):
        if _is_release(candidate):
            return candidate
    return None


def release_named(release: Path) -> str:
    """How a refusal names what `enclosing_release` found: a release, or a version's place in a releases folder."""
    if os.path.isdir(release):
        return f"the release {release}"
    return f"the place of version {release.name} in the releases folder {release.parent}"


def _is_release(folder: Path) -> bool:
    if VERSION_DIR.fullmatch(folder.name) and _is_releases_folder(folder.parent):
        return True
    return _holds_a_manifest(folder)


def _holds_a_manifest(folder: Path) -> bool:
    """Whether a folder's MANIFEST.json (a link to one too: a Hub cache's snapshot links its files) is a release's."""
    manifest = folder / MANIFEST_FILE
    try:
        st = os.stat(manifest)
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MANIFEST_MAX_BYTES:
            return False
        body = json.loads(manifest.read_bytes())
    except (OSError, ValueError, RecursionError):  # (a manifest nested 200,000 deep: the final review)
        return False
    return isinstance(body, dict) and all(key in body for key in _MANIFEST_KEYS)


def _is_releases_folder(folder: Path) -> bool:
    """Whether a folder holds the releases lock and a release: not the lock of a build whose output is called
    'release' (`.release.lock` beside it: the final review)."""
    if not os.path.isfile(folder / RELEASES_LOCK):
        return False
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(VERSION_DIR.fullmatch(name) and _holds_a_manifest(folder / name) for name in names)


def enclosing_made_folder(folder: Path) -> tuple[Path, str] | None:
    """The folder of this tool's that `folder` is or lies in, with its kind: a build's dataset folder or a work folder
    (its next build replaces the one, and a finished build removes the other with all it holds: a release made in a
    killed build's work folder went with it, the final review)."""
    path = resolved(folder)
    for candidate in (path, *path.parents):
        marker = read_marker(candidate)
        if marker is not None:
            return candidate, marker.kind
        if _is_earlier_build(candidate):
            return candidate, DATASET
    return None


def check_dataset_folder(folder: Path, what: str) -> set[str] | None:
    """None when the folder does not exist or is empty; otherwise the files a build wrote there.
    A folder that is not a build of this tool (no marker, no sign of an earlier build) is refused."""
    folder = Path(folder)
    check_parents(folder, what)
    if os.path.lexists(folder) and not folder.is_dir():
        raise NotOursError(f"{folder} ({what}) exists and is not a folder; nothing was changed")
    if not folder.exists() or not _entries(folder):
        return None
    marker = read_marker(folder)
    if marker is not None and marker.kind != DATASET:
        raise NotOursError(
            f"{folder} ({what}) is a {marker.kind} folder of this tool, not a dataset; choose another folder"
        )
    if marker is None and not _is_earlier_build(folder):
        raise _not_ours(folder, what, _entries(folder))
    return dataset_files(folder)


def _walk_files(folder: Path) -> list[str]:
    """Every non-folder entry under folder (files, links, special files), relative, sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            out.append((here / name).relative_to(folder).as_posix())
    return sorted(out)


def user_files(folder: Path, ours: set[str]) -> list[str]:
    """Entries of a dataset folder that its builds did not write, nor `report` (below): the user's."""
    reports = _reports_in(folder)
    return [
        rel for rel in _walk_files(folder) if rel not in ours and rel != MARKER_FILE and not rel.startswith(reports)
    ]


# `report DS` writes DS/report in place of the build's (more record chunks with --limit), by way of
# `.report.tmp-XXXXXXXX` and `.report.old-XXXXXXXX` beside it (tempfile's names; left by a killed report). The
# report command replaces the whole folder each time, so its files are the tool's when that can be shown: DS/report
# when the build's marker lists files in it, a leftover when it holds this tool's report. The next build writes its
# own report and drops them (a hostile run found them kept as the user's in every later build); anything else in
# such a name (an earlier builder's folder, a dated backup) stays the user's.
_REPORT_LEFTOVER = re.compile(rf"\.{REPORT_DIR}\.(tmp|old)-[a-z0-9_]{{8}}")


def _reports_in(folder: Path) -> tuple[str, ...]:
    """The path prefixes of a dataset folder that hold reports this tool wrote (see above)."""
    from .report import is_report  # (the report module imports this one)

    marker = read_marker(folder)
    prefixes = []
    if marker is not None and any(rel.startswith(f"{REPORT_DIR}/") for rel in marker.files):
        prefixes.append(f"{REPORT_DIR}/")
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            kind = _REPORT_LEFTOVER.fullmatch(entry.name)
            if kind and entry.is_dir(follow_symlinks=False):
                index = Path(entry.path) / (REPORT_DIR if kind.group(1) == "old" else "")
                if is_report(index):
                    prefixes.append(f"{entry.name}/")
    return tuple(prefixes)


def carry_user_files(old: Path, ours: set[str], new: Path) -> list[str]:
    """Hard-link the user's files of the old dataset folder into the new one before the swap, so they
    are in place at every moment and the old folder's removal only drops a second link. A user file
    at a path the new build writes is refused: neither may be lost."""
    carried = user_files(old, ours)
    clashes = [rel for rel in carried if os.path.lexists(new / rel)]
    if clashes:
        raise NotOursError(
            f"{old} holds {', '.join(clashes[:5])}, which the build did not write before but writes now; "
            "move it out of the dataset folder and build again (nothing was changed)"
        )
    for rel in carried:
        target = new / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(old / rel, target, follow_symlinks=False)
    return carried


def remove_replaced_dataset(folder: Path) -> list[str]:
    """Remove a dataset folder that was swapped out: the files its marker names and second links
    of carried user files. A file with no other link that the builder did not write stays, and so
    does the folder holding it; returns what stayed."""
    ours = dataset_files(folder)
    reports = _reports_in(folder)
    kept = []
    for rel in _walk_files(folder):
        path = folder / rel
        if rel in ours or rel in (MARKER_FILE, MARKER_TMP) or rel.startswith(reports) or os.lstat(path).st_nlink > 1:
            os.unlink(path)
        else:
            kept.append(rel)
    for dirpath, _, _ in sorted(os.walk(folder), key=lambda entry: -len(entry[0])):
        with contextlib.suppress(OSError):  # not empty: it holds a kept file
            os.rmdir(dirpath)
    return kept


def _remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for dirpath, _, _ in os.walk(path):  # a sealed (read-only) release staging folder
            with contextlib.suppress(OSError):
                os.chmod(dirpath, 0o755)
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.unlink(path)


# --- locks and the staging ledger -----------------------------------------------------------------

WORK_LOCK_FILE = ".lock"


@dataclass
class Ledger:
    """The lock held by this run, and the staging folders it is making (named in the lock file
    before they exist, so the next run knows them for its own if this one is killed)."""

    fd: int
    folder: Path  # where the staging folders are made
    leftovers: tuple[str, ...]  # staging folders a killed earlier run named
    staging: list[str]

    def new_staging(self, prefix: str) -> Path:
        name = f"{prefix}{secrets.token_hex(6)}"
        self.staging.append(name)
        self._write()
        path = self.folder / name
        path.mkdir()
        return path

    def note(self, path: Path) -> None:
        """Name another folder this run is about to make or move into place beside the staging."""
        self.staging.append(path.name)
        self._write()

    def done(self, path: Path) -> None:
        if path.name in self.staging:
            self.staging.remove(path.name)
            self._write()

    def remove_leftovers(self) -> None:
        """Remove the staging folders an earlier, killed run named (a dataset swapped out and left
        by a kill keeps the user files only it holds)."""
        for name in self.leftovers:
            path = self.folder / name
            if not os.path.lexists(path):
                continue
            if path.is_dir() and not path.is_symlink() and read_marker(path) is not None:
                for dirpath, _, _ in os.walk(path):
                    os.chmod(dirpath, 0o755)
                remove_replaced_dataset(path)
            else:
                _remove_path(path)
        self.leftovers = ()
        self._write()

    def _write(self) -> None:
        body = json.dumps({"pid": os.getpid(), "staging": self.staging}).encode() + b"\n"
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, body, 0)


def _holder(fd: int) -> str:
    """Who holds the lock: the pid its holder wrote, if that process is alive (a reader holding a
    shared lock writes nothing, so the pid in the file may be an earlier, finished writer's)."""
    try:
        body = json.loads(os.pread(fd, 1 << 16, 0) or b"{}")
        pid = int(body["pid"])
        os.kill(pid, 0)
        return f"pid {pid}"
    except PermissionError:  # alive, another user's
        return f"pid {pid}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


def _flock_or_refuse(fd: int, lock_file: Path, what: str, operation: int) -> None:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise
        held_by = f"{_holder(fd)} holds {lock_file}"
        if operation == fcntl.LOCK_EX and _held_shared(fd):  # readers hold it, who write no pid
            held_by = f"a report or diff is reading it under {lock_file}"
        raise LockedError(f"{what} is in use by another run ({held_by}); wait for it to finish") from None


def _held_shared(fd: int) -> bool:
    """Whether the lock others hold on this file is shared (readers): a shared lock of our own is then granted."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def _open_lock(lock_file: Path, flags: int) -> int:
    """Open a lock file without following a link; one that is not a regular file is refused, and left alone."""
    try:
        fd = os.open(lock_file, flags | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR):  # a link or a folder where the lock file goes
            raise NotOursError(f"{lock_file} is not a regular file; nothing was changed: remove it") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotOursError(f"{lock_file} is not a regular file; nothing was changed: remove it")
    return fd


@contextlib.contextmanager
def exclusive(lock_file: Path, what: str) -> Iterator[Ledger]:
    """Hold the lock on `lock_file` (created if missing) for the block; refuse at once if another
    live process holds it, naming its pid."""
    fd = _open_lock(lock_file, os.O_RDWR | os.O_CREAT)
    try:
        _flock_or_refuse(fd, lock_file, what, fcntl.LOCK_EX)
        try:
            previous = json.loads(os.pread(fd, 1 << 20, 0) or b"{}")
            leftovers = tuple(
                n
                for n in previous.get("staging", ())
                if isinstance(n, str) and "/" not in n and n not in ("", ".", "..")
            )
        except (ValueError, AttributeError):
            leftovers = ()
        ledger = Ledger(fd, Path(lock_file).parent, leftovers, [])
        ledger._write()
        yield ledger
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@contextlib.contextmanager
def held(lock_file: Path, what: str, operation: int = fcntl.LOCK_SH) -> Iterator[None]:
    """Hold `lock_file` for the block as a reader (LOCK_SH: writers, who take it exclusive, are refused while it is
    held, other readers are not) or as a writer that keeps no ledger (LOCK_EX: a report written into a build's
    folder); refuse at once while another holds it so that this cannot be granted. The file's body (a build's pid
    and staging ledger) is left as it is. A lock file this user may not write is locked read-only (one account
    builds, others read; a read-only mount). One that does not exist and cannot be made is not waited for: a build
    by this user could not make it either, and another account's build that makes it later is not seen."""
    fd = _open_lock_for_reading(lock_file)
    if fd is None:
        yield
        return
    try:
        _flock_or_refuse(fd, lock_file, what, operation)
        yield
    finally:
        os.close(fd)


def _open_lock_for_reading(lock_file: Path) -> int | None:
    try:
        return _open_lock(lock_file, os.O_RDWR | os.O_CREAT)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise
    try:
        return _open_lock(lock_file, os.O_RDONLY)
    except FileNotFoundError:
        return None


def output_lock_file(out_dir: Path) -> Path:
    """The lock a build holds while it writes the dataset folder `out_dir` (beside it, so the swap
    of the folder never moves it)."""
    return out_dir.parent / f".{out_dir.name}.lock"


@contextlib.contextmanager
def reading_dataset(folder: Path, what: str, writes_into: bool = False) -> Iterator[None]:
    """Read a dataset folder with no build swapping it meanwhile: a build's folder (a marker, or an earlier
    builder's summary; no manifest) is read under its output lock, shared, or exclusive when the reader also
    writes into it (`report DS` writes DS/report: two would race); a release is sealed and read as it is. The
    folder is found as the system finds it (`sub/../ds` through a linked `sub` is where `sub` points)."""
    folder = Path(os.path.realpath(folder))
    marker = read_marker(folder)
    build = (marker is not None and marker.kind == DATASET) or (marker is None and _is_earlier_build(folder))
    if not build or (folder / MANIFEST_FILE).exists():
        yield
        return
    with held(output_lock_file(folder), f"{what} {folder}", fcntl.LOCK_EX if writes_into else fcntl.LOCK_SH):
        yield


@contextlib.contextmanager
def work_folder_lock(folder: Path, what: str) -> Iterator[None]:
    """Claim the work folder and hold its lock (`.lock` inside it) for the block: one run at a time
    uses a work folder, and the run that removes it when done removes it under the lock. A run that
    opened the lock of a folder just removed by its holder finds its lock file gone and claims anew.
    Leftovers of a removal a kill cut short (`.NAME.removed-…`, with this tool's work marker) go first."""
    folder = Path(folder).absolute()
    _remove_cut_removals(folder)
    lock_file = folder / WORK_LOCK_FILE
    for _ in range(20):
        claim_folder(folder, WORK, what)
        with contextlib.ExitStack() as stack:
            try:  # (only taking the lock: an error of the block below is the caller's)
                ledger = stack.enter_context(exclusive(lock_file, f"{what} {folder}"))
                same = os.path.samestat(os.fstat(ledger.fd), os.stat(lock_file))
            except FileNotFoundError:  # the folder went between the claim and the open, or since
                continue
            if same:
                yield
                return
    raise LockedError(f"{what} {folder} keeps being removed by another run; wait for it to finish")


def _removed_name(folder: Path) -> str:
    return f".{folder.name}.removed-"


def _remove_cut_removals(folder: Path) -> None:
    """Remove what a killed run left of renaming a finished work folder away and removing it: folders named
    `.NAME.removed-<12 hex>` beside it that still carry this tool's work marker (the proof they are its)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder.parent):
            rest = entry.name.removeprefix(_removed_name(folder))
            if rest != entry.name and re.fullmatch("[0-9a-f]{12}", rest) and entry.is_dir(follow_symlinks=False):
                marker = read_marker(Path(entry.path))
                if marker is not None and marker.kind == WORK:
                    _remove_path(Path(entry.path))


def lock_holder_body(pid: int) -> bytes:
    """What a lock holder writes into its lock file (for tests that hold a lock themselves)."""
    return json.dumps({"pid": pid, "staging": []}).encode() + b"\n"


# --- swapping a folder into place -----------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))
