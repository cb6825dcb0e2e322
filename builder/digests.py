"""sha256 of files, read in chunks, in one place: the manifest's file list, `verify`, the raw
inputs' digest and croissant.json's FileObjects all hash files this way.

Nothing is opened before it is known to be a regular file (a FIFO or device named like a dataset
file would block a reader), and files are opened non-blocking in case one is swapped in between.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import NotRegularFile

CHUNK_BYTES = 1 << 20


def open_regular(path: Path) -> BinaryIO:
    """A regular file opened for reading, checked before and after opening, never blocking;
    NotRegularFile (an OSError) when it is not one."""
    if not stat.S_ISREG(os.stat(path).st_mode):  # follows links: the Hub's cache links snapshots to blobs
        raise NotRegularFile(f"{path} is not a regular file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    fh = open(fd, "rb")  # noqa: SIM115  (returned open: the caller closes it, in a with block)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        fh.close()
        raise NotRegularFile(f"{path} is not a regular file")
    return fh


def size_and_sha256(path: Path) -> tuple[int, str]:
    """A regular file's size in bytes and sha256 (hex), from one read of its bytes."""
    digest = hashlib.sha256()
    size = 0
    with open_regular(path) as fh:
        while chunk := fh.read(CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def file_sha256(path: Path) -> str:
    """A regular file's sha256 (hex)."""
    return size_and_sha256(path)[1]
