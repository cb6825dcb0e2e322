"""The raw inputs: which files under the raw folder a build reads, and how their names are shown.

Every entry under the raw folder is either a file to read or a reject that says why it is not read
(a folder that cannot be listed, a symlink to a folder, a symlink leaving the raw folder). The
names are relative posix paths made printable (`printable_path`), as records, rejects and the
manifest store them.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import Reject


def discover(raw_dir: Path) -> tuple[list[tuple[str, str]], list[Reject]]:
    """Files to read (relative posix path, path to open), and entries that are reported instead of
    read: folders that cannot be listed, symlinks to folders, symlinks that leave the raw folder or
    loop. Paths are kept as plain strings: a million Path objects would be most of a build's memory."""
    root = raw_dir.resolve()
    files: list[tuple[str, str]] = []
    skipped: list[Reject] = []

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
        for name in list(dirnames):
            try:
                linked = (here / name).is_symlink()
            except OSError as exc:  # e.g. a path longer than PATH_MAX
                dirnames.remove(name)
                skipped.append(
                    Reject(
                        rel_of(here / name),
                        "unreadable",
                        f"folder cannot be examined: {type(exc).__name__}: {exc.strerror or exc}",
                    )
                )
                continue
            if linked:
                dirnames.remove(name)
                skipped.append(
                    Reject(
                        rel_of(here / name),
                        "not-a-regular-file",
                        "a symlink to a folder; folders are not followed through links",
                    )
                )
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
            files.append((rel_of(path), os.fspath(path)))
    return sorted(files), skipped


def printable_path(rel: str) -> str:
    """A file name as text that can be stored and written as JSON: each byte that is not UTF-8
    (a surrogate escape in Python) as \\xNN, and each backslash doubled, so that no two names give
    the same text (else the one byte 0xff and the four characters '\\xff' both gave '\\xff')."""
    # Doubled first, so that the escapes backslashreplace writes are the only single backslashes.
    return os.fsencode(rel).replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
