"""Errors are data: every problem has a stable type slug, a message, and where it was found.

A raw file that does not become a record becomes a `Reject`; a record that breaks a rule yields
`Issue`s. Both carry a `type` from `ERROR_TYPES`, so reports can be filtered, counted and documented
(docs/rejects.md's reject table is checked against this registry by a test).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Self


@dataclass(frozen=True)
class ErrorType:
    """A kind of problem: its stable slug (what files, reports and the CLI print), a title, and what it means."""

    type: str
    title: str
    description: str


def _registry(*types: ErrorType) -> dict[str, ErrorType]:
    out: dict[str, ErrorType] = {}
    for t in types:
        if t.type in out:
            raise ValueError(f"error type {t.type!r} is registered twice")
        out[t.type] = t
    return out


# Every slug of every kind of problem is registered here, by family: a reject (a raw file or input
# line that did not become a record), a mismatch (`verify`: a release that does not hold), a refusal
# (a command that will not do what was asked). docs/rejects.md documents each reject, docs/releases.md
# each mismatch and release refusal; tests/test_docs.py and tests/test_release.py check that.

REJECT_TYPES: dict[str, ErrorType] = _registry(
    # Rejects of a raw file, before a record exists.
    ErrorType("empty", "Empty file", "the file has no bytes, or only whitespace"),
    ErrorType("binary", "Binary file", "the file holds binary data (a NUL byte, or mostly control characters)"),
    ErrorType("undecodable", "Undecodable bytes", "the bytes are neither UTF-8 nor Windows-1252"),
    ErrorType(
        "not-an-article",
        "Not an article",
        "the text does not have the article layout (no share-buttons line and no 'More articles by:' line, "
        "or no body paragraph), or the page is a cookie or consent wall",
    ),
    # Pages in the article layout that are not articles (builder/junk.py decides from their lines).
    ErrorType("error-page", "Error page", "the page is an error page ('Page Not Found', '404', a server error)"),
    ErrorType(
        "paywalled", "Paywalled page", "the page is a subscriber-only teaser: its body ends at a subscriber notice"
    ),
    ErrorType(
        "listing-page",
        "Listing page",
        "the page lists other articles (dates, names, titles, 'Continue reading' links) and has no body prose",
    ),
    ErrorType(
        "access-wall",
        "Access wall",
        "the page is a bot or access check ('Access denied', 'Just a moment…', a captcha)",
    ),
    ErrorType("too-large", "File too large", "the file is larger than the configured limit (--max-bytes)"),
    ErrorType("unreadable", "Unreadable file", "the file could not be read (permissions, I/O error)"),
    ErrorType(
        "not-a-regular-file",
        "Not a regular file",
        "the path is not a regular file (a socket, a FIFO, a device, or a symlink leaving the raw folder)",
    ),
    ErrorType(
        "changed-during-build",
        "Changed during the build",
        "the file changed between the build's listing of the raw folder and its reading, or while it was read; "
        "its bytes are not used",
    ),
    # A record that exists but fails validation.
    ErrorType("schema", "Schema violation", "the record does not validate against the JSON Schema"),
    ErrorType(
        "record-rule",
        "Record rule broken",
        "the record breaks a rule JSON Schema cannot express (offsets, derived fields, layout ambiguity)",
    ),
    ErrorType(
        "duplicate-id",
        "Duplicate id",
        "another file in the build already produced a record with the same id",
    ),
    # Input to `validate` that is not a record at all.
    ErrorType("invalid-json", "Invalid JSON", "a line of a JSONL file is not a JSON object"),
)

MISMATCH_FAMILY: dict[str, ErrorType] = _registry(
    ErrorType("manifest-missing", "Manifest missing", "the folder has no MANIFEST.json"),
    ErrorType(
        "manifest-invalid",
        "Manifest invalid",
        "MANIFEST.json is not JSON, its files list is not {path: {size, sha256}} with relative paths, or a figure "
        "(rows, build, rejects, duplicates, raw_inputs) is missing or of the wrong kind",
    ),
    ErrorType("missing", "File missing", "a file the manifest lists does not exist"),
    ErrorType(
        "not-a-file",
        "Not a file",
        "MANIFEST.json, or a path the manifest lists, is a folder, a FIFO, a device or another non-regular file "
        "(it is not opened)",
    ),
    ErrorType(
        "unreadable",
        "Unreadable",
        "MANIFEST.json, a listed file or a folder of the release cannot be read (permissions, an I/O error): "
        "it could not be checked",
    ),
    ErrorType("size", "Size differs", "a file's size differs from the manifest's"),
    ErrorType("sha256", "sha256 differs", "a file's sha256 differs from the manifest's"),
    ErrorType("extra", "Unlisted file", "a file or empty folder the manifest does not list"),
    ErrorType(
        "schema-sha256",
        "Schema digest differs",
        "the manifest's schema_sha256 is not the sha256 it lists for article.schema.json",
    ),
    ErrorType("version", "Version differs", "the folder is named vX.Y.Z and the manifest names another version"),
    ErrorType(
        "rows",
        "Row counts differ",
        "the manifest's rows of a split, or build.records, differ from the row counts in the Parquet shards' metadata",
    ),
    ErrorType(
        "rejects",
        "Reject counts differ",
        "build.rejected or build.rejects_by_type differ from the manifest's list of rejects",
    ),
    ErrorType(
        "duplicates", "Duplicate count differs", "build.duplicates differs from the manifest's list of duplicates"
    ),
    ErrorType("files-read", "Files read do not add up", "build.files_read is not records + rejected + duplicates"),
    ErrorType(
        "raw-inputs",
        "Raw inputs differ",
        "(with a raw folder) the raw folder's digest differs from the manifest's raw_inputs",
    ),
    ErrorType(
        "manifest-sha256",
        "Manifest digest differs",
        "(with an expected sha256) MANIFEST.json's own sha256 is another",
    ),
)

# A refused release writes nothing. docs/releases.md documents each one.
RELEASE_REFUSALS: dict[str, ErrorType] = _registry(
    ErrorType("bump-too-low", "Bump too low", "the requested --bump is lower than the diff requires"),
    ErrorType("split-moved", "Split moved", "a record would change split (only with an explicit --bump major)"),
    ErrorType("no-records", "No records", "the build has no records: nothing to release"),
    ErrorType(
        "version-exists",
        "Version exists",
        "the folder of the new version already exists; it is never overwritten",
    ),
    ErrorType(
        "previous-release-invalid",
        "Previous release invalid",
        "the latest release does not verify against its manifest",
    ),
    ErrorType(
        "date-before-latest",
        "Date before the latest release",
        "the release date is earlier than the date of the latest release",
    ),
    ErrorType("locked", "Folder in use", "another run holds the releases folder or the release's work folder"),
    ErrorType(
        "not-a-releases-folder",
        "Not a releases folder",
        "the releases path is a file, a build's dataset or work folder or lies in one, a release or a folder inside "
        "one, or a version's place in a releases folder",
    ),
)

# slug -> what it means, per family: the tables docs/rejects.md and docs/releases.md document.
ERROR_TYPES: dict[str, str] = {slug: t.description for slug, t in REJECT_TYPES.items()}
MISMATCH_TYPES: dict[str, str] = {slug: t.description for slug, t in MISMATCH_FAMILY.items()}
RELEASE_ERROR_TYPES: dict[str, str] = {slug: t.description for slug, t in RELEASE_REFUSALS.items()}
# Mismatches that say a check could not be made, not that it failed: alone, the CLI exits 3.
IO_MISMATCHES = frozenset({"unreadable"})


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
        if self.type not in REJECT_TYPES:
            raise ValueError(f"unknown error type {self.type!r}")

    @property
    def title(self) -> str:
        return REJECT_TYPES[self.type].title

    def to_dict(self) -> dict:
        out: dict = {"file": self.file, "type": self.type, "message": self.message}
        if self.issues:
            out["issues"] = [i.to_dict() for i in self.issues]
        return out


def json_path(parts: Iterable[object]) -> str:
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
# exit code -> what it means, for every command; docs/releases.md, "Exit codes", has this table.
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "done; for build and release: the dataset was written, whether or not some files were rejected",
    EXIT_CHECK_FAILED: "a check failed: parse or validate found a bad input, verify a mismatch, diff a split move, "
    "build or release --strict a reject",
    EXIT_USAGE: "usage error or refusal (bad option, a folder that is not the tool's, a lock held, a refused "
    "release): nothing written",
    EXIT_FAILED: (
        "failed (I/O error, disk full, crash, or interrupted by Ctrl-C or SIGTERM): nothing new written, the previous "
        "output intact"
    ),
}


class BuilderError(Exception):
    """An error that stops a command: a stable `type` slug, a title, a message, an exit code.

    Every error a command reports derives from this class (in the style of frictionless's errors):
    the CLI renders any of them the same way, `refused: TYPE: message` or `failed: message`, with the
    exit code of the policy. `template` is the form of the message, filled from keyword fields by
    `of`; a message made elsewhere is passed whole."""

    type: str = "error"
    title: str = "Error"
    template: str = "{message}"
    exit_code: int = EXIT_FAILED

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @classmethod
    def of(cls, **fields: object) -> Self:
        """The error with its message filled in from its template."""
        return cls(cls.template.format(**fields))

    def to_dict(self) -> dict:
        return {"type": self.type, "title": self.title, "message": self.message, "exit_code": self.exit_code}


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


# --- refusals ------------------------------------------------------------------------------------


class OutputDirError(Refusal):
    """The output folder cannot be written: it is not a previous build, or it overlaps the input."""

    type = "output-folder"
    title = "Output folder refused"


class ReportError(Refusal):
    """The report cannot be written where asked: the folder holds something the report did not write."""

    type = "report-folder"
    title = "Report folder refused"


class NotADatasetError(Refusal):
    """The folder is not a dataset this tool wrote (a release or a build), or one of its shards is not
    a shard: named so that its split is known, readable as Parquet, with a string id per row."""

    type = "not-a-dataset"
    title = "Not a dataset folder"


class SplitSpecError(Refusal, ValueError):
    """A --splits value that is not NAME=RATIO,... with ratios in (0, 1] summing to 1."""

    type = "split-spec"
    title = "Invalid split specification"


class UnknownCheckpointError(Refusal, ValueError):
    """CORPUS_BUILDER_KILL_AT names no checkpoint: a test that would silently not kill anything."""

    type = "unknown-checkpoint"
    title = "Unknown kill checkpoint"


class NothingToReadError(Refusal):
    """--raw holds no file the build would read (empty, or every file left out by --include, --exclude or
    hidden names, or unlistable, or every entry a FIFO, a device or a broken link): a build of nothing would replace
    a dataset with an empty one."""

    type = "no-input"
    title = "Nothing to read"
    template = "--raw {raw_dir} has no file to read: {why}; nothing new was written, the previous output is as it was"


class ReleaseError(Refusal):
    """A refused release: nothing was written. Its type is one of RELEASE_REFUSALS."""

    title = "Release refused"

    def __init__(self, type: str, message: str):
        if type not in RELEASE_REFUSALS:
            raise ValueError(f"unknown release error type {type!r}")
        super().__init__(message)
        self.type = type
        self.title = RELEASE_REFUSALS[type].title

    def __str__(self) -> str:
        return f"{self.type}: {self.message}"


# --- failures ------------------------------------------------------------------------------------


class IOFailure(Failure):
    """An I/O error (permissions, a full disk) stopped the command."""

    type = "io-error"
    title = "I/O error"
    template = "{doing}: {where}{cause}"


class NotRegularFile(Failure, OSError):
    """A path that is not a regular file where one is needed; it was not read. An OSError too, so
    that what handles a file that cannot be read handles this one."""

    type = "not-a-regular-file"
    title = "Not a regular file"


class Interrupted(Failure):
    """The command was interrupted (Ctrl-C)."""

    type = "interrupted"
    title = "Interrupted"


class WorkerDied(Failure):
    """A work-unit process was killed (by a signal, or by the kernel for want of memory): not a bug of the tool.
    Nothing new was published; the finished units are kept, so the same build run again resumes from them."""

    type = "worker-died"
    title = "Worker died"
    template = (
        "a work-unit process died ({exc}); killed by a signal or for want of memory? nothing new was published, "
        "and the same command run again resumes from the finished units"
    )


class InternalError(Failure):
    """An exception no part of the tool expected: a bug."""

    type = "internal-error"
    title = "Internal error"
    template = "internal error: {name}: {exc} (a bug in corpus-builder; the traceback is above)"


def as_builder_error(exc: BaseException, doing: str) -> BuilderError:
    """Any exception that stopped a command as an error of the hierarchy: an OSError as an IOFailure
    that says what was being done, Ctrl-C as Interrupted, a killed worker as WorkerDied, anything unexpected as an
    InternalError."""
    if isinstance(exc, BuilderError):
        return exc
    if isinstance(exc, OSError):
        return io_failure(exc, doing)
    if isinstance(exc, KeyboardInterrupt):
        return Interrupted("interrupted; nothing new written (a build resumes from its finished work units)")
    # concurrent.futures' BrokenProcessPool, known by its module: importing it here would slow every command's start
    if type(exc).__module__ == "concurrent.futures.process" and type(exc).__name__ == "BrokenProcessPool":
        return WorkerDied.of(exc=exc)
    return InternalError.of(name=type(exc).__name__, exc=exc)


def error_line(error: BuilderError) -> str:
    """The one line a command prints for the error that stopped it: `refused: TYPE: message` for a
    refusal or usage error, `failed: message` for a failure."""
    if error.exit_code == EXIT_USAGE:
        return f"refused: {error.type}: {error.message}"
    return f"failed: {error.message}"


def io_failure(exc: OSError, doing: str) -> Failure:
    """One line naming the path and the cause of an OSError."""
    where = exc.filename or ""
    cause = exc.strerror or str(exc)
    if "No space left on device" in str(exc):
        cause = "No space left on device"
    return IOFailure.of(doing=doing, where=f"{where}: " if where else "", cause=cause)
