"""One raw file to one schema-valid record, or the reason it is not one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import Reject
from .parse import parse_article
from .rules import record_issues

DEFAULT_MAX_BYTES = 32 * 1024 * 1024


def load_article(path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict | Reject:
    """Read, parse and validate one raw file: a schema-valid record, or the reason it is not one."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Reject(rel, "not-a-regular-file", "not a regular file")
        if st.st_size > max_bytes:
            return Reject(rel, "too-large", f"{st.st_size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        return Reject(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > max_bytes:  # the file grew between stat and read
        return Reject(rel, "too-large", f"{len(data)} bytes is over the limit of {max_bytes}")
    result = parse_article(data, rel)
    if isinstance(result, Reject):
        return result
    issues = record_issues(result)
    if issues:
        first = issues[0]
        return Reject(rel, first.type, f"{first.path}: {first.message}", tuple(issues))
    return result
