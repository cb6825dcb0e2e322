"""The raw inputs: which files under the raw folder a build reads, and how their names are shown.

Every entry under the raw folder is either a file to read or a reject that says why it is not read
(a folder that cannot be listed, a symlink to a folder, a symlink leaving the raw folder). The
names are relative posix paths made printable (`printable_path`), as records, rejects and the
manifest store them; `real_path` is its exact inverse, to open a file by its stored name.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Reject
from .ownership import resolved

HIDDEN = "hidden"  # a name in the path starts with '.': .DS_Store, .git/HEAD (read with hidden=True)
EXCLUDED = "excluded"  # matches an --exclude pattern
NOT_INCLUDED = "not-included"  # --include patterns were given and it matches none


@dataclass(frozen=True)
class Selection:
    """Which files under the raw folder a build reads. A pattern without '/' is matched against the
    file's name (`*.csv`), one with '/' against its whole relative path (`drafts/*`, where `*` also
    crosses '/'; `drafts/` is everything under `drafts`; `**/` is any number of folders, none
    included); matching is case-sensitive, as fnmatchcase is. Hidden files and files in hidden
    folders are left out unless `hidden`; then --include patterns (any one must match, when there are
    some), then --exclude patterns (none may match). A file left out is counted, never silent."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    hidden: bool = False

    def reason_to_skip(self, rel: str) -> str | None:
        """Why the file at `rel` (relative posix path) is not read, or None when it is."""
        return self._reason(rel, ((rel, rel.rsplit("/", 1)[-1]),))

    def reason_to_skip_folder(self, rel: str) -> str | None:
        """Why a folder the build does not enter (a symlink to a folder, at `rel`) is left out rather
        than reported, or None when it is reported. It is matched as its path and as a folder, `rel/`:
        `--exclude 'linked'`, `--exclude 'linked/'` or `--exclude 'sub/*'` leave it out, and so do
        --include patterns none of which matches either form (`--include '*.txt'` leaves out a folder
        link, as its files would not be read through it anyway)."""
        return self._reason(rel, ((rel, rel.rsplit("/", 1)[-1]), (rel + "/", "")))

    def _reason(self, rel: str, forms: tuple[tuple[str, str], ...]) -> str | None:
        """The reason to leave out `rel`, whose (path, name) `forms` the patterns are matched against:
        hidden first, then no --include pattern matching any form, then an --exclude pattern matching one."""
        if not self.hidden and any(part.startswith(".") for part in rel.split("/")):
            return HIDDEN
        if self.include and not any(_matches(path, name, p) for path, name in forms for p in self.include):
            return NOT_INCLUDED
        if any(_matches(path, name, p) for path, name in forms for p in self.exclude):
            return EXCLUDED
        return None

    def to_dict(self) -> dict:
        """The manifest's form, from which `verify --raw` reads the same files."""
        return {"include": list(self.include), "exclude": list(self.exclude), "hidden": self.hidden}

    @classmethod
    def from_dict(cls, data: object) -> Selection:
        """A manifest's selection; a release made before selections were recorded read every file."""
        if data is None:
            return EVERY_FILE
        if not isinstance(data, dict) or set(data) != {"include", "exclude", "hidden"}:
            raise ValueError("'selection' is not {include, exclude, hidden}")
        include, exclude, hidden = data["include"], data["exclude"], data["hidden"]
        if not all(isinstance(v, list) and all(isinstance(p, str) for p in v) for v in (include, exclude)):
            raise ValueError("'selection' patterns are not lists of strings")
        if not isinstance(hidden, bool):
            raise ValueError("'selection' hidden is not true or false")
        return cls(tuple(include), tuple(exclude), hidden)


EVERY_FILE = Selection(hidden=True)


def _matches(rel: str, name: str, pattern: str) -> bool:
    if "/" not in pattern:
        return fnmatch.fnmatchcase(name, pattern)
    return any(fnmatch.fnmatchcase(rel, form) for form in _path_forms(pattern))


@functools.lru_cache(maxsize=256)
def _path_forms(pattern: str) -> tuple[str, ...]:
    """The fnmatch patterns a path pattern stands for: a trailing '/' names a folder, so `drafts/` is
    `drafts/*` (everything under it); each `**/` is any number of folders, none included, so
    `**/*.txt` also matches `a.txt` at the top and `a/**/b.txt` also matches `a/b.txt` (as in git)."""
    if pattern.endswith("/"):
        pattern += "*"
    pieces = pattern.split("**/")
    forms = {pieces[0]}
    for piece in pieces[1:]:  # each '**/' kept as '*/' (one folder or more, '*' crosses '/') or dropped
        forms = {form + joint + piece for form in forms for joint in ("*/", "")}
    return tuple(sorted(forms))


@dataclass(frozen=True)
class Listing:
    """What `discover` found: the files to read, the entries reported instead, and how many files
    the selection left out, by reason (HIDDEN, NOT_INCLUDED, EXCLUDED)."""

    files: list[tuple[str, str]]
    skipped: list[Reject]
    left_out: dict[str, int] = field(default_factory=dict)


def why_nothing_to_read(listing: Listing) -> str:
    """Why a listing has no file to read, for the refusal: what the selection left out, or the entries
    reported instead of read, or an empty folder."""
    if listing.left_out:
        counts = ", ".join(f"{reason}: {n}" for reason, n in sorted(listing.left_out.items()))
        return f"every file is left out ({counts}); check --include, --exclude and --hidden"
    if listing.skipped:
        return why_none_readable(listing.skipped)
    return "the folder is empty"


def why_none_readable(rejects: list[Reject]) -> str:
    """The refusal's reason when every entry was reported instead of read: the first of them, and how many more."""
    first = rejects[0]
    more = f" (and {len(rejects) - 1} more)" if len(rejects) > 1 else ""
    return f"nothing in it can be read: {first.file}: {first.message}{more}"


def discover(raw_dir: Path, selection: Selection = EVERY_FILE) -> Listing:
    """Files to read (relative posix path, path to open), entries that are reported instead of read
    (folders that cannot be listed, symlinks to folders, symlinks that leave the raw folder or loop),
    and the count of files `selection` leaves out. Paths are kept as plain strings: a million Path
    objects would be most of a build's memory."""
    root = resolved(raw_dir)
    files: list[tuple[str, str]] = []
    skipped: list[Reject] = []
    left_out: Counter[str] = Counter()

    def rel_of(path: Path) -> str:
        return printable_path(path.relative_to(raw_dir).as_posix())

    def unlistable(exc: OSError) -> None:
        path = Path(exc.filename) if exc.filename else raw_dir
        skipped.append(
            Reject(
                rel_of(path) if path != raw_dir else ".",
                "unreadable",
                f"folder cannot be listed: {type(exc).__name__}: {exc.strerror or exc}",
            )
        )

    for dirpath, dirnames, filenames in os.walk(raw_dir, onerror=unlistable):
        dirnames.sort()
        here = Path(dirpath)
        reported, links_left_out = _unfollowed_folders(here, dirnames, rel_of, selection)
        skipped.extend(reported)
        left_out.update(links_left_out)
        for name in sorted(filenames):
            path = here / name
            rel = rel_of(path)  # once per file: a million files each pay for it
            reason = selection.reason_to_skip(rel)
            if reason is not None:
                left_out[reason] += 1
                continue
            try:
                target = path.resolve(strict=False) if path.is_symlink() else None
            except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on Python 3.11
                skipped.append(Reject(rel, "unreadable", f"cannot be examined: {type(exc).__name__}: {exc}"))
                continue
            if target is not None and not target.is_relative_to(root):
                skipped.append(Reject(rel, "not-a-regular-file", "a symlink pointing outside the raw folder"))
                continue
            files.append((rel, os.fspath(path)))
    return Listing(sorted(files), skipped, dict(sorted(left_out.items())))


def _unfollowed_folders(
    here: Path, dirnames: list[str], rel_of: Callable[[Path], str], selection: Selection
) -> tuple[list[Reject], Counter[str]]:
    """Take out of `dirnames` (os.walk's list, so the walk does not enter them) the folders that are
    symlinks or cannot be examined, and report each; a symlink to a folder that the selection leaves
    out (`.cache` when hidden files are not read, one an --exclude pattern matches, see
    `Selection.reason_to_skip_folder`) is counted as one entry left out instead, as its files would be."""
    reported = []
    left_out: Counter[str] = Counter()
    for name in list(dirnames):
        try:
            linked = (here / name).is_symlink()
        except OSError as exc:  # e.g. a path longer than PATH_MAX
            dirnames.remove(name)
            reported.append(
                Reject(
                    rel_of(here / name),
                    "unreadable",
                    f"folder cannot be examined: {type(exc).__name__}: {exc.strerror or exc}",
                )
            )
            continue
        if not linked:
            continue
        dirnames.remove(name)
        rel = rel_of(here / name)
        reason = selection.reason_to_skip_folder(rel)
        if reason is not None:
            left_out[reason] += 1
        else:
            reported.append(
                Reject(rel, "not-a-regular-file", "a symlink to a folder; folders are not followed through links")
            )
    return reported, left_out


def printable_path(rel: str) -> str:
    """A file name as text that can be stored and written as JSON: each byte that is not UTF-8
    (a surrogate escape in Python) as \\xNN, each control character (C0, DEL, C1, which a record's
    source.path may not hold) as \\xNN of its UTF-8 bytes, and each backslash doubled, so that no two
    names give the same text (else the one byte 0xff and the four characters '\\xff' both gave '\\xff')."""
    # Doubled first, so that the escapes written here and by backslashreplace are the only single backslashes.
    data = _CONTROL_BYTES.sub(_escaped_bytes, os.fsencode(rel).replace(b"\\", b"\\\\"))
    return data.decode("utf-8", "backslashreplace")


# A C0 control or DEL is its own byte in UTF-8, a C1 control (U+0080 to U+009F) the bytes C2 80 to C2 9F.
# An escaped C2 before such a byte of a name that is not UTF-8 is undone by real_path all the same.
_CONTROL_BYTES = re.compile(rb"[\x00-\x1f\x7f]|\xc2[\x80-\x9f]")


def _escaped_bytes(match: re.Match[bytes]) -> bytes:
    return b"".join(b"\\x%02x" % byte for byte in match.group())


# In a printable name every backslash starts one of the two escapes printable_path writes: a doubled
# backslash (a backslash of the name) or \xNN (a byte that is not UTF-8, or of a control character; lowercase hex).
_PRINTABLE_ESCAPE = re.compile(rb"\\(?:(\\)|x([0-9a-f]{2}))")


def real_path(printable: str) -> str:
    """The name `printable_path` made `printable` from, as os functions take it (bytes that are not
    UTF-8 as surrogate escapes): its exact inverse, so that a report can open a rejected file whose
    name has a backslash or bytes that are not UTF-8. Read left to right, each backslash pairs with
    what follows it, so a name's own backslash before 'xff' is never taken for an escaped byte."""

    def unescape(match: re.Match[bytes]) -> bytes:
        return b"\\" if match.group(1) else bytes.fromhex(match.group(2).decode("ascii"))

    return os.fsdecode(_PRINTABLE_ESCAPE.sub(unescape, printable.encode("utf-8")))
