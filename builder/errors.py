"""Errors are data: every problem has a stable type slug, a message, and where it was found.

A raw file that does not become a record becomes a `Reject`; a record that breaks a rule yields
`Issue`s. Both carry a `type` from `ERROR_TYPES`, so reports can be filtered, counted and documented
(the README's reject table is checked against this registry by a test).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# type slug -> what it means. The README documents each one with an example.
ERROR_TYPES: dict[str, str] = {
    # Rejects of a raw file, before a record exists.
    "empty": "the file has no bytes, or only whitespace",
    "binary": "the file holds binary data (a NUL byte, or mostly control characters)",
    "undecodable": "the bytes are neither UTF-8 nor Windows-1252",
    "not-an-article": "the text does not have the article layout (no share-buttons line and no 'More articles by:' line, or no body paragraph), or the page is a cookie or consent wall",
    # Pages in the article layout that are not articles (builder/junk.py decides from their lines).
    "error-page": "the page is an error page ('Page Not Found', '404', a server error)",
    "paywalled": "the page is a subscriber-only teaser: its body ends at a subscriber notice",
    "listing-page": "the page lists other articles (dates, names, titles, 'Continue reading' links) and has no body prose",
    "access-wall": "the page is a bot or access check ('Access denied', 'Just a moment…', a captcha)",
    "too-large": "the file is larger than the configured limit (--max-bytes)",
    "unreadable": "the file could not be read (permissions, I/O error)",
    "not-a-regular-file": "the path is not a regular file (a socket, a FIFO, a device, or a symlink leaving the raw folder)",
    "changed-during-build": "the file changed between the build's listing of the raw folder and its reading, or while it was read; its bytes are not used",
    # A record that exists but fails validation.
    "schema": "the record does not validate against the JSON Schema",
    "record-rule": "the record breaks a rule JSON Schema cannot express (offsets, derived fields, layout ambiguity)",
    "duplicate-id": "another file in the build already produced a record with the same id",
    # Input to `validate` that is not a record at all.
    "invalid-json": "a line of a JSONL file is not a JSON object",
}


@dataclass(frozen=True)
class Issue:
    """One validation failure inside a record."""

    type: str
    rule: str  # the JSON Schema keyword or the record rule's name
    path: str  # JSON path of the offending value, e.g. "$.quotes[3].end"
    message: str

    def to_dict(self) -> dict:
        return {"type": self.type, "rule": self.rule, "path": self.path, "message": self.message}


@dataclass(frozen=True)
class Reject:
    """A raw file (or input line) that did not become a record, and why."""

    file: str
    type: str
    message: str
    issues: tuple[Issue, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.type not in ERROR_TYPES:
            raise ValueError(f"unknown error type {self.type!r}")

    def to_dict(self) -> dict:
        out = {"file": self.file, "type": self.type, "message": self.message}
        if self.issues:
            out["issues"] = [i.to_dict() for i in self.issues]
        return out


def json_path(parts) -> str:
    """Render a path of keys and indices as a JSON path: ("quotes", 3, "end") -> "$.quotes[3].end"."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


# --- errors that stop a command ---------------------------------------------------------------------
# One hierarchy, so the CLI maps any of them to the exit-code policy (docs/CLI reference): 0 done,
# 1 a check failed, 2 usage error or refusal, 3 failed (I/O error, disk full, crash).

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
# exit code -> what it means, for every command; the README's CLI reference has this table.
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "done; for build and release: the dataset was written, whether or not some files were rejected",
    EXIT_CHECK_FAILED: "a check failed: parse or validate found a bad input, verify a mismatch, diff a split move, "
    "build or release --strict a reject",
    EXIT_USAGE: "usage error or refusal (bad option, a folder that is not the tool's, a lock held, a refused "
    "release): nothing written",
    EXIT_FAILED: "failed (I/O error, disk full, crash): nothing new written, the previous output intact",
}


class BuilderError(Exception):
    """An error that stops a command: a stable `type` slug, a title, a message, an exit code."""

    type = "error"
    title = "Error"
    exit_code = EXIT_FAILED

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Refusal(BuilderError):
    """The command will not do what was asked (it would lose or mix data, or the input is unusable);
    nothing was written."""

    type = "refused"
    title = "Refused"
    exit_code = EXIT_USAGE


class Failure(BuilderError):
    """The command could not finish (I/O error, disk full): nothing new written, the previous output intact."""

    type = "failed"
    title = "Failed"
    exit_code = EXIT_FAILED


def io_failure(exc: OSError, doing: str) -> Failure:
    """One line naming the path and the cause of an OSError."""
    where = exc.filename or ""
    cause = exc.strerror or str(exc)
    if "No space left on device" in str(exc):
        cause = "No space left on device"
    return Failure(f"{doing}: {where + ': ' if where else ''}{cause}")
