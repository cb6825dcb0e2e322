"""One raw file to one schema-valid record, or the reason it is not one."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .defaults import DEFAULT_MAX_BYTES  # defined there for --help, which must not import the parser
from .errors import Reject
from .file_state import FILE_STATE, NOT_READ, UNSTATABLE, file_state  # noqa: F401  (this module's API before)
from .parse import parse_article
from .rules import record_issues

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Loaded:
    """A raw file's outcome and the sha256 of the bytes it came from, hashed as they were read;
    NOT_READ when no bytes were used (unreadable, not a regular file, too large, changed)."""

    result: dict | Reject
    raw_sha256: str
    size: int = 0  # the file's size when it was examined before opening (0: it could not be)


def load_article(path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict | Reject:
    """Read, parse and validate one raw file: a schema-valid record, or the reason it is not one."""
    return read_article(Path(path), rel, max_bytes).result


def read_article(
    path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES, planned: tuple[int, int, int, int] | None = None
) -> Loaded:
    """`load_article`, with the raw sha256; given the file's state when the build was planned, a
    file that is not the one planned (rewritten, replaced, grown) is rejected as changed-during-build
    rather than read, and so is one that changes while it is read."""
    size = 0  # the size reported back for the build's byte count (a unit no longer stats each file again)
    try:
        st = os.stat(path)  # before opening: opening a FIFO or a device can block or act
        size = st.st_size
        if not stat.S_ISREG(st.st_mode):
            return Loaded(Reject(rel, "not-a-regular-file", "not a regular file"), NOT_READ, size)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # NONBLOCK: swapped for a FIFO since
    except OSError as exc:
        return Loaded(Reject(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}"), NOT_READ, size)
    with open(fd, "rb", buffering=0) as fh:
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):
                return Loaded(Reject(rel, "not-a-regular-file", "not a regular file"), NOT_READ, size)
            if planned is not None and file_state(opened) != tuple(planned):
                return Loaded(
                    Reject(
                        rel,
                        "changed-during-build",
                        f"changed after the build listed it ({_change(planned, file_state(opened))}); "
                        "its bytes are not used: build again",
                    ),
                    NOT_READ,
                    size,
                )
            if opened.st_size > max_bytes:
                return Loaded(
                    Reject(rel, "too-large", f"{opened.st_size} bytes is over the limit of {max_bytes}"), NOT_READ, size
                )
            data = _read_all(fh, max_bytes + 1)
            after = file_state(os.fstat(fd))
        except OSError as exc:
            return Loaded(Reject(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}"), NOT_READ, size)
    if after != file_state(opened) or len(data) != opened.st_size:
        seen = (after[0], len(data), after[2], after[3]) if after == file_state(opened) else after
        return Loaded(
            Reject(
                rel,
                "changed-during-build",
                f"changed while it was read ({_change(file_state(opened), seen)}); its bytes are not used: build again",
            ),
            NOT_READ,
            size,
        )
    result = parse_article(data, rel)
    if not isinstance(result, Reject):
        issues = record_issues(result)
        if issues:
            first = issues[0]
            result = Reject(rel, first.type, f"{first.path}: {first.message}", tuple(issues))
    # A record's source.sha256 is the hash of these bytes already; a reject's is taken here.
    raw_sha256 = hashlib.sha256(data).hexdigest() if isinstance(result, Reject) else result["source"]["sha256"]
    return Loaded(result, raw_sha256, size)


def _read_all(fh: BinaryIO, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total < limit and (chunk := fh.read(min(_CHUNK, limit - total))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _change(before: tuple[int, int, int, int], after: tuple[int, int, int, int]) -> str:
    if tuple(before) == UNSTATABLE:
        return "it could not be examined then"
    ino, size, mtime, ctime = before
    parts = []
    if after[0] != ino:
        parts.append("replaced by another file")
    if after[1] != size:
        parts.append(f"size {size} -> {after[1]} bytes")
    if after[2] != mtime:
        parts.append("modified")
    elif after[3] != ctime:
        parts.append("its inode changed (written with a restored time, or its metadata changed)")
    return ", ".join(parts) or "changed"
