"""The command line: a thin layer that builds the library's objects and turns results into exit codes.

Exit codes, the same policy for every command (docs/releases.md, "Exit codes", documents it):
0 done (`build` and `release`: the dataset was written, whether or not some files were rejected);
1 a check failed (`parse`/`validate` found a bad input, `verify` a mismatch, `diff` a split move,
`build`/`release --strict` a reject); 2 usage error or refusal (nothing written);
3 failed (I/O error, disk full, crash, Ctrl-C or SIGTERM: nothing new written, the previous output intact).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

# Only what the options and the command listing need is imported here; each command imports what it
# runs. `corpus-builder --help` and the light commands (parse, validate, diff, verify) must not pay
# for pyarrow, pandas, matplotlib, mlcroissant or datasets (tests/test_startup.py checks it).
from . import output_process
from ._compiled import code_path_note, compiled_path
from .config import CONFIG_FILE, find_config, load_config, write_config_template
from .dataset_folder import MANIFEST_FILE, REPORT_DIR
from .defaults import DEFAULT_MAX_BYTES, SHARD_BYTES, UNIT_FILES
from .diff import LEVELS
from .engines import ENGINES, default_workers
from .errors import (
    EXIT_CHECK_FAILED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    IO_MISMATCHES,
    InternalError,
    Interrupted,
    SplitSpecError,
    as_builder_error,
    error_line,
    io_failure,
)
from .gc_pause import collector_paused
from .inputs import Selection
from .splits import DEFAULT_SPLITS, parse_split_spec

if TYPE_CHECKING:
    from .build import BuildOptions, BuildResult
    from .progress import ProgressBars
    from .release import ReleaseResult

_F = TypeVar("_F", bound=Callable[..., Any])  # a command function, returned decorated

EXIT_REJECTS = EXIT_CHECK_FAILED  # parse/validate: an input is bad; build/release --strict: a reject
BUMPS = ("auto", *LEVELS)  # release.BUMPS, which --help cannot import (the release imports the whole build)


def terminal_safe(text: str) -> str:
    """terminal.terminal_safe, imported on first use: it imports the cleaner (ftfy), which --help does not need."""
    from .terminal import terminal_safe as safe

    return safe(text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON for stdout, in UTF-8 as written. A name that is not UTF-8 (a folder's, a file's) reaches Python as
    lone surrogates, which stdout wrote back as raw bytes, making the JSON invalid UTF-8 (a hostile test); they
    are written as JSON escapes (`\\udcff`), which a reader decodes to the same str and `os.fsencode` to the
    name's bytes."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _ExistingPath(click.Path):
    """click.Path(exists=True) that says why a path that is there cannot be used: a symbolic link that loops or
    whose target is gone is named so, not called missing."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import os

        text = os.fsdecode(value) if isinstance(value, (str, bytes, os.PathLike)) else str(value)
        if not os.path.exists(text) and os.path.lexists(text):
            try:
                os.stat(text)
            except OSError as exc:
                reasons = {errno.ELOOP: "that loops", errno.ENOENT: "whose target is missing"}
                reason = f"a symbolic link {reasons.get(exc.errno or 0, 'whose target cannot be examined')}"
                self.fail(f"{text!r} is {reason} ({exc.strerror}).", param, ctx)
        return super().convert(value, param, ctx)


class _Commands(click.Group):
    """Every command's errors end the same way: one line on stderr and the policy's exit code; with --json, the
    error as one JSON object on stdout too, where a script reads the result (`{"error": {type, title, message,
    exit_code}}`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["as_json"] = "--json" in args  # (read here: the subcommand's own context is gone on failure)
        if args[:1] == ["--json"] and len(args) > 1 and args[1] in self.commands:
            args = [args[1], "--json", *args[2:]]  # 'corpus-builder --json build …' is the command's own flag
        return super().parse_args(ctx, args)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM while click reads the arguments: click said 'Aborted!', exit 1
            raise Interrupted("interrupted; nothing new written") from None  # (`main` prints it: a test under load)

    def invoke(self, ctx: click.Context) -> Any:
        as_json = ctx.meta.get("as_json", False)
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:  # a usage error of the subcommand: click prints it and exits 2
            if as_json:
                usage = {"type": "usage", "title": "Usage error", "message": exc.format_message()}
                click.echo(json_text({"error": {**usage, "exit_code": exc.exit_code}}, indent=2))
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            error = as_builder_error(exc, ctx.invoked_subcommand or "I/O error")
            if isinstance(error, InternalError):  # a bug: the traceback goes above the line that says so
                traceback.print_exc()
            click.echo(terminal_safe(error_line(error)), err=True)
            if as_json:
                try:
                    click.echo(json_text({"error": error.to_dict()}, indent=2))
                except OSError:  # stdout itself failed (a full disk, a closed pipe): the line above said it
                    _silence_stdout()
            ctx.exit(error.exit_code)


_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


@contextmanager
def _printing_result(done: str) -> Iterator[None]:
    """Print a finished command's result: an interrupt or a failed write now (stdout on a full disk, a closed pipe)
    says what was done, not 'nothing new written' or a bare 'build: No space left on device' (a hostile test: `build
    --json >/dev/full` exited 1 with a traceback)."""
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted; {done}") from None
    except OSError as exc:
        _silence_stdout()
        raise io_failure(
            OSError(exc.errno, exc.strerror, "stdout"), f"{done}, but its result was not printed"
        ) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null once a write to it failed: what is left in its buffer would fail again when Python
    flushes it at exit, and print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


@contextmanager
def _naming_full_disk(folder: Path, work_dir: Path | None) -> Iterator[None]:
    """A full disk (or quota) while a command writes raises an OSError with no file name; name the folders being
    written, so the one error line says where the space may have run out ('failed: build: dataset: No space left
    on device'; with --work-dir elsewhere, 'dataset or /scratch/work': either may be the full one, a review)."""
    try:
        yield
    except OSError as exc:
        if exc.errno in _DISK_FULL and not exc.filename:
            where = str(folder) if work_dir is None else f"{folder} or {work_dir}"
            raise OSError(exc.errno, exc.strerror or os.strerror(exc.errno), where) from exc
        raise


def _splits(ctx: click.Context, param: click.Parameter, value: str) -> tuple[tuple[str, float], ...]:
    try:
        return parse_split_spec(value)
    except SplitSpecError as exc:
        raise click.BadParameter(str(exc)) from None


def _run_options(command: _F) -> _F:
    """Options of the commands that read a raw folder: how the work runs, never what it gives."""
    options = [
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help=f"Processes that read and parse files [default: one per core, here {default_workers()}]; "
            "the output is the same for any number.",
        ),
        click.option(
            "--engine",
            type=click.Choice(ENGINES),
            default="local",
            show_default=True,
            help="local: a process pool on this machine; ray: Ray tasks (pip install 'corpus-builder[ray]').",
        ),
        click.option(
            "--address",
            default=None,
            help="With --engine ray: the cluster to join, e.g. HEAD:6379 (the address `ray start --head` prints) "
            "[default: start Ray here].",
        ),
        click.option(
            "--work-dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=None,
            help="Where finished work units are kept until the build ends; an interrupted build resumes from them "
            "[default: beside the output].",
        ),
        click.option(
            "--shard-bytes",
            type=click.IntRange(min=1),
            default=SHARD_BYTES,
            show_default=True,
            help="Start a new Parquet shard before one would grow past this size "
            "(shards are cut between row groups of 1,000 rows).",
        ),
        click.option(
            "--unit-files",
            type=click.IntRange(min=1),
            default=UNIT_FILES,
            show_default=True,
            help="Files per work unit: the grain of parallel work and of resuming.",
        ),
        click.option(
            "--quiet", "-q", is_flag=True, help="No progress bar (there is none when stderr is not a terminal)."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _config_option(command: _F) -> _F:
    """--config: the curators' description of the dataset (card and datasheet), read at every build and release."""
    return click.option(
        "--config",
        "config_file",
        type=_ExistingPath(exists=True, dir_okay=False, path_type=Path),
        default=None,
        help="The dataset's description for the card and datasheet (`corpus-builder init` writes one) "
        f"[default: ./{CONFIG_FILE} if it exists].",
    )(command)


def _selection_options(command: _F) -> _F:
    """--include, --exclude, --hidden: which files under --raw are read (the rest are counted as left out)."""
    options = [
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="Read only files matching GLOB (repeatable): a pattern without '/' matches the file name "
            "(*.txt), one with '/' the path under --raw (2024/*) [default: every file].",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOB",
            help="Leave out files matching GLOB (repeatable; as --include), e.g. --exclude '*.csv'.",
        ),
        click.option(
            "--hidden",
            is_flag=True,
            help="Also read hidden files and files in hidden folders (.DS_Store, .git/...), left out by default.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _dataset_options(command: _F) -> _F:
    """What build and release read and how they describe it: --max-bytes, --name, --config, the selection."""
    command = _selection_options(_config_option(command))
    command = click.option(
        "--name",
        "pretty_name",
        default=None,
        help="The dataset's pretty name in the card [default: the config's, else News articles].",
    )(command)
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Files larger than this are rejected as too-large.",
    )(command)


def _build_options(
    workers: int | None,
    engine: str,
    address: str | None,
    work_dir: Path | None,
    shard_bytes: int,
    unit_files: int,
    quiet: bool,
) -> tuple[BuildOptions, ProgressBars]:
    from .build import BuildOptions
    from .progress import ProgressBars

    bars = ProgressBars(enabled=not quiet and sys.stderr.isatty())
    return BuildOptions(
        workers=workers,
        engine=engine,
        address=address,
        work_dir=work_dir,
        shard_bytes=shard_bytes,
        unit_files=unit_files,
        progress=bars.update,
    ), bars


def _throughput(result: BuildResult, seconds: float) -> str:
    """The run's speed: records/s, files/s and MB of raw input per second, wall clock."""
    summary, reading = result.summary, result.reading
    notes = [f"{seconds:.1f} s"]
    if reading.resumed:
        notes.append(f"resumed {reading.resumed} of {len(reading.units)} work units")
    if reading.restarted:
        notes.append("the work units of an interrupted build were for other inputs: started over")
    return (
        f"{_rate(summary.records / seconds)} records/s, {_rate(summary.files_read / seconds)} files/s, "
        f"{reading.raw_bytes / 1e6 / seconds:,.1f} MB/s ({'; '.join(notes)})"
    )


def _rate(per_second: float) -> str:
    """Whole numbers, but a small build's 0.4 records/s is not shown as 0."""
    return f"{per_second:,.0f}" if per_second >= 10 else f"{per_second:.1f}"


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="corpus-builder")
def cli() -> None:
    """Build a validated Hugging Face dataset from raw scraped news articles."""


@cli.command()
@click.option(
    "--raw",
    "raw_dir",
    type=_ExistingPath(exists=True, file_okay=False, path_type=Path),
    default="raw",
    show_default=True,
    help="Folder of raw article files (read recursively).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default="dataset",
    show_default=True,
    help="Dataset folder to write; replaced if it holds an earlier build.",
)
@click.option(
    "--splits",
    default=DEFAULT_SPLITS,
    show_default=True,
    callback=_splits,
    help="Split names and ratios; a record's split is a hash of its id.",
)
@_dataset_options
@click.option("--strict", is_flag=True, help="Exit 1 when any file was rejected (the dataset is written all the same).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object (rejects included).")
@_run_options
def build(
    raw_dir: Path,
    out_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    pretty_name: str | None,
    config_file: Path | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    hidden: bool,
    strict: bool,
    as_json: bool,
    workers: int | None,
    engine: str,
    address: str | None,
    work_dir: Path | None,
    shard_bytes: int,
    unit_files: int,
    quiet: bool,
) -> None:
    """Build the dataset folder (Parquet, card, rejects.jsonl) from the raw folder."""
    output_process.start()  # first: it imports the plot's and croissant.json's libraries while this one imports
    with collector_paused():
        from .build import build_dataset

    config = load_config(find_config(config_file))
    options, bars = _build_options(workers, engine, address, work_dir, shard_bytes, unit_files, quiet)
    options = dataclasses.replace(options, selection=Selection(include, exclude, hidden))
    if not as_json and (note := code_path_note()):  # an install without its compiled modules: said once
        click.echo(note, err=True)
    started = time.perf_counter()
    with bars, _naming_full_disk(out_dir, work_dir):
        result = build_dataset(
            raw_dir, out_dir, splits, max_bytes=max_bytes, pretty_name=pretty_name, options=options, config=config
        )
    seconds = time.perf_counter() - started
    with _printing_result(f"the new output of {result.out_dir} is in place"):
        (_build_json if as_json else _build_text)(result, seconds)
    sys.exit(EXIT_REJECTS if strict and not result.ok else EXIT_OK)


def _build_text(result: BuildResult, seconds: float) -> None:
    """The build's report for a reader: figures on stdout, one line per reject on stderr."""
    s = result.summary
    click.echo(f"files read: {s.files_read}")
    if s.files_left_out:
        reasons = ", ".join(f"{k}: {v}" for k, v in s.files_left_out.items())
        click.echo(f"left out, not read: {sum(s.files_left_out.values())} ({reasons})")
    by_split = ", ".join(f"{k}: {v}" for k, v in s.records_by_split.items()) or "no splits"
    click.echo(f"records written: {s.records} ({by_split})")
    by_type = ", ".join(f"{k}: {v}" for k, v in s.rejects_by_type.items())
    click.echo(f"rejected: {s.rejected}" + (f" ({by_type})" if by_type else ""))
    click.echo(f"duplicates: {s.duplicates}")
    click.echo(
        f"near-duplicate clusters: {s.near_duplicate_clusters} "
        f"({s.records_in_near_duplicate_clusters} records, each cluster in one split)"
    )
    for reject in result.rejects:
        click.echo(terminal_safe(f"  {reject.file}: {reject.type}: {reject.message}"), err=True)
    click.echo(f"throughput: {_throughput(result, seconds)}")
    kept = result.kept_in_output
    if kept:
        click.echo(
            terminal_safe(
                f"kept in place: {len(kept)} files of yours in the output folder "
                f"({', '.join(kept[:5])}{', ...' if len(kept) > 5 else ''})"
            )
        )
    click.echo(terminal_safe(f"output: {result.out_dir}"))


def _build_json(result: BuildResult, seconds: float) -> None:
    """The build's report for a program: one JSON object on stdout (rejects included), nothing else."""
    out = {**result.to_dict(), "seconds": round(seconds, 3), "code_path": compiled_path()}  # builder/_compiled.py
    click.echo(json_text(out, indent=2))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True)
def parse(files: tuple[Path, ...], max_bytes: int) -> None:
    """Parse raw FILES; print one JSON line per file: the record, or its error."""
    from .errors import Reject
    from .inputs import printable_path
    from .load import load_article

    failed = False
    for path in files:
        result = load_article(path, printable_path(path.name), max_bytes)
        if isinstance(result, Reject):
            failed = True
            # the path as a record's source.path holds a name: valid UTF-8, its controls and other bytes as \xNN
            out = {"source": printable_path(str(path)), "error": {"type": result.type, "message": result.message}}
        else:
            out = result
        click.echo(json_text(out))
    sys.exit(EXIT_REJECTS if failed else EXIT_OK)


@cli.command()
@click.argument("file", type=_ExistingPath(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(file: Path, fmt: str) -> None:
    """Validate the records of a JSONL FILE (one record per line) against the schema and record rules."""
    from .rules import duplicate_id_issues, record_issues

    records, problems = [], []
    with open(file, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                problems.append(
                    {
                        "line": lineno,
                        "type": "invalid-json",
                        "path": "$",
                        "message": f"not UTF-8: {exc.reason} at byte {exc.start}",
                    }
                )
                continue
            except (ValueError, RecursionError) as exc:  # JSONDecodeError, oversized ints, deep nesting
                problems.append(
                    {"line": lineno, "type": "invalid-json", "path": "$", "message": str(exc) or type(exc).__name__}
                )
                continue
            records.append((lineno, value))
            for issue in record_issues(value):
                problems.append({"line": lineno, **issue.to_dict()})
    for k, issue in duplicate_id_issues([v for _, v in records]).items():
        problems.append({"line": records[k][0], **issue.to_dict()})
    problems.sort(key=lambda p: int(str(p["line"])))
    for p in problems:
        if fmt == "json":
            click.echo(json_text(p))
        else:
            click.echo(terminal_safe(f"{file}:{p['line']}: {p['type']}: {p['path']}: {p['message']}"))
    if fmt == "text":
        click.echo(f"{len(records)} records, {len(problems)} problems", err=True)
    sys.exit(EXIT_REJECTS if problems else EXIT_OK)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .release import check_date

    try:
        return check_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command("release")
@click.option(
    "--raw",
    "raw_dir",
    type=_ExistingPath(exists=True, file_okay=False, path_type=Path),
    default="raw",
    show_default=True,
    help="Folder of raw article files (read recursively).",
)
@click.option(
    "--releases",
    "releases_dir",
    type=click.Path(path_type=Path),
    default="releases",
    show_default=True,
    help="Folder of release folders vX.Y.Z; created if missing.",
)
@click.option(
    "--bump",
    type=click.Choice(BUMPS),
    default="auto",
    show_default=True,
    help="auto: what the diff against the latest release requires; a lower bump is refused.",
)
@click.option(
    "--date",
    callback=_date,
    help="Release date YYYY-MM-DD [default: today, UTC], not before the latest release's; pass it for "
    "reproducible releases.",
)
@click.option(
    "--splits",
    default=DEFAULT_SPLITS,
    show_default=True,
    callback=_splits,
    help="Split names and ratios for the records new in this release; released records keep their split.",
)
@_dataset_options
@click.option("--strict", is_flag=True, help="Exit 1 when any file was rejected (the release is made all the same).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object (rejects included).")
@_run_options
def release_cmd(
    raw_dir: Path,
    releases_dir: Path,
    bump: str,
    date: str | None,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    pretty_name: str | None,
    config_file: Path | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    hidden: bool,
    strict: bool,
    as_json: bool,
    workers: int | None,
    engine: str,
    address: str | None,
    work_dir: Path | None,
    shard_bytes: int,
    unit_files: int,
    quiet: bool,
) -> None:
    """Build and store a new immutable release RELEASES/vX.Y.Z; print its version."""
    output_process.start()  # as in build
    with collector_paused():
        from .release import release

    config = load_config(find_config(config_file))
    options, bars = _build_options(workers, engine, address, work_dir, shard_bytes, unit_files, quiet)
    options = dataclasses.replace(options, selection=Selection(include, exclude, hidden))
    with bars, _naming_full_disk(releases_dir, work_dir):
        result = release(
            raw_dir,
            releases_dir,
            splits,
            bump=bump,
            date=date,
            max_bytes=max_bytes,
            pretty_name=pretty_name,
            options=options,
            config=config,
        )
    done = f"release {result.path} is made" if result.version is not None else "no release was made"
    with _printing_result(done):
        if as_json:  # code_path as build --json reports it (builder/_compiled.py)
            click.echo(json_text({**result.to_dict(), "code_path": compiled_path()}, indent=2))
        else:
            _release_text(result)
    made = result.version is not None  # no release made: nothing was rejected into one
    sys.exit(EXIT_REJECTS if strict and made and result.rejects else EXIT_OK)


def _release_text(result: ReleaseResult) -> None:
    """The release's report for a reader: the new version alone on stdout, the rest on stderr."""
    for reject in result.rejects:
        click.echo(terminal_safe(f"  {reject.file}: {reject.type}: {reject.message}"), err=True)
    if result.version is None:
        click.echo(
            f"no change since v{result.previous} (records, schema and card are identical): no release made", err=True
        )
        return
    d = result.diff
    detail = (
        "first release"
        if d is None
        else (
            f"{result.bump} from v{result.previous}: "
            f"{len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"
        )
    )
    click.echo(terminal_safe(f"released {result.path} ({detail}; {len(result.rejects)} rejected)"), err=True)
    click.echo(f"{MANIFEST_FILE} sha256 {result.manifest_sha256}", err=True)
    click.echo(f"v{result.version}")


@cli.command("diff")
@click.argument("old", type=_ExistingPath(exists=True, file_okay=False, path_type=Path))
@click.argument("new", type=_ExistingPath(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the diff as one JSON object.")
def diff_cmd(old: Path, new: Path, as_json: bool) -> None:
    """Compare two dataset folders (releases or builds) record by record, by id."""
    from .diff import diff_datasets
    from .ownership import reading_dataset

    with reading_dataset(old, "OLD"), reading_dataset(new, "NEW"):  # no build swaps either meanwhile
        d = diff_datasets(old, new)
    if as_json:
        click.echo(json_text(d.to_dict(), indent=2))
    else:
        click.echo(f"records: {d.old_count} -> {d.new_count}")
        sections = [
            ("added", d.added),
            ("removed", d.removed),
            ("changed", [f"{c.id}: {', '.join(c.fields)}" for c in d.changed]),
            ("split moves", [f"{m.id}: {m.old} -> {m.new}" for m in d.split_moves]),
        ]
        for label, lines in sections:
            click.echo(f"{label}: {len(lines)}")
            for line in lines:
                click.echo(f"  {line}")
        click.echo(f"schema: {'changed' if d.schema['changed'] else 'unchanged'}")
        click.echo(f"card: {'changed' if d.card_changed else 'unchanged'}")
        click.echo(f"datasheet: {'changed' if d.datasheet_changed else 'unchanged'}")
        click.echo(f"bump: {d.bump or 'none'}")
        for level, why in d.reasons:
            click.echo(f"  {level}: {why}")
    sys.exit(EXIT_REJECTS if d.split_moves else EXIT_OK)


def _sha256_hex(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .manifest import SHA256_HEX

    if value is not None and not SHA256_HEX.fullmatch(value.lower()):
        raise click.BadParameter(f"{value!r} is not a sha256 (64 hexadecimal digits)")
    return None if value is None else value.lower()


@cli.command("verify")
@click.argument("folder", type=_ExistingPath(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--ignore",
    multiple=True,
    metavar="GLOB",
    help="Unlisted files matching GLOB are not reported (e.g. .gitattributes of a Hub snapshot).",
)
@click.option(
    "--raw",
    "raw_dir",
    type=_ExistingPath(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Also check that this raw folder is the input the release was built from (MANIFEST.json's raw_inputs).",
)
@click.option(
    "--expect-sha256",
    callback=_sha256_hex,
    metavar="HEX",
    help="Also check MANIFEST.json's own sha256 (printed by release): it covers date, versions and every other field.",
)
def verify_cmd(folder: Path, ignore: tuple[str, ...], raw_dir: Path | None, expect_sha256: str | None) -> None:
    """Check a release FOLDER against its MANIFEST.json: files, rows, reject counts (and raw inputs, manifest
    sha256)."""
    from .manifest import check_release

    found = check_release(folder, tuple(ignore), raw_dir, expect_sha256)
    for m in found.mismatches:
        click.echo(terminal_safe(f"{folder / m.file}: {m.type}: {m.message}"))
    if found.mismatches:
        failed = [m for m in found.mismatches if m.type not in IO_MISMATCHES]
        click.echo(
            f"{len(found.mismatches)} mismatches" + ("" if failed else " (files that could not be read)"), err=True
        )
        sys.exit(EXIT_CHECK_FAILED if failed else EXIT_FAILED)  # 3: nothing could be said about those files
    manifest = found.manifest
    assert manifest is not None  # no mismatch: the manifest was read
    click.echo(
        f"ok: {len(manifest['files'])} files match {MANIFEST_FILE} (version {manifest.get('version')}); "
        "rows per split and build counts add up"
    )
    if found.raw_inputs is not None:
        click.echo(
            terminal_safe(f"ok: {raw_dir} is the raw input it was built from ({found.raw_inputs['files']} entries)")
        )
    click.echo(f"{MANIFEST_FILE} sha256 {found.manifest_sha256}" + (" (as expected)" if expect_sha256 else ""))
    sys.exit(EXIT_OK)


@cli.command("report")
@click.argument("dataset", type=_ExistingPath(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--against",
    type=_ExistingPath(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="An older release or build of the dataset: the report gets a page of what changed since it.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder to write the report into [default: DATASET/report for a build; a release is sealed, so pass --out].",
)
@click.option(
    "--raw",
    "raw_dir",
    type=_ExistingPath(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The raw folder the dataset was built from: the rejects page then shows each rejected file's first lines.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="Records held in full; a larger dataset is sampled per split to this many, plus records that need a look "
    "[default: 2000].",
)
def report_cmd(
    dataset: Path, against: Path | None, out_dir: Path | None, raw_dir: Path | None, limit: int | None
) -> None:
    """Write the HTML report of a dataset folder (a build or a release): open OUT/index.html offline."""
    from .ownership import reading_dataset
    from .report import DEFAULT_LIMIT, write_report

    if out_dir is None:
        if (dataset / MANIFEST_FILE).exists():
            raise click.UsageError(
                f"{dataset} is a release, which is sealed (its own report is {dataset / REPORT_DIR}); pass --out DIR"
            )
        out_dir = dataset / REPORT_DIR
    try:
        # a build of DATASET (or of --against) is refused while the report reads it, and the other way round
        with (
            reading_dataset(dataset, "DATASET", _inside(out_dir, dataset)),  # (DATASET/report: written into)
            reading_dataset(against, "--against", _inside(out_dir, against))
            if against and not _same_folder(against, dataset)
            else nullcontext(),
        ):
            done = write_report(
                dataset, out_dir, against, raw_dir=raw_dir, limit=DEFAULT_LIMIT if limit is None else limit
            )
    except OSError as exc:  # the handler's message would not say which dataset
        raise io_failure(exc, f"report of {dataset} failed") from None
    click.echo(
        f"{done.records_held:,} of {done.records:,} records held, "
        f"{done.rejects_held:,} of {done.rejects:,} rejects listed; "
        f"{done.files} files, {done.bytes / 1e6:.1f} MB",
        err=True,
    )
    click.echo(str(done.out_dir / "index.html"))
    sys.exit(EXIT_OK)


def _same_folder(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _inside(path: Path, folder: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))


@cli.command("init")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), default=CONFIG_FILE)
def init_cmd(file: Path) -> None:
    """Write a commented FILE [default: corpus.toml] describing your dataset; never overwrites."""
    write_config_template(file)
    load_config(file)  # what init writes must be a config the build accepts
    click.echo(terminal_safe(f"wrote {file}: fill in what you know; the card and datasheet say the rest is not stated"))
    sys.exit(EXIT_OK)


@cli.command("synth")
@click.option("--count", type=click.IntRange(min=0), required=True, help="Number of raw files to write.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write into; created, and must be empty if it exists.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Corpus seed: the same seed gives the same bytes.")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Processes to write with [default: the cores]."
)
def synth_cmd(count: int, out_dir: Path, seed: int, workers: int | None) -> None:
    """Write a deterministic synthetic corpus of COUNT raw article files (for benchmarks and tests)."""
    from .synth import write_synth_corpus

    if out_dir.exists() and any(out_dir.iterdir()):
        raise click.UsageError(f"{out_dir} is not empty")
    r = write_synth_corpus(count, out_dir, seed, workers=workers)
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(r.kinds.items()))
    click.echo(
        f"wrote {r.files} files ({r.bytes / 1e6:.1f} MB, mean {r.mean_bytes / 1000:.1f} KB) to {out_dir} "
        f"in {r.seconds:.1f} s ({r.files_per_second:.0f} files/s)"
    )
    click.echo(f"kinds: {kinds or 'none'}")
    sys.exit(EXIT_OK)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="corpus-builder", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except Interrupted as exc:  # before any command ran (`_Commands.make_context`)
        click.echo(error_line(exc), err=True)
        if "--json" in (sys.argv[1:] if argv is None else argv):  # (as `_Commands.invoke` prints it: a review)
            with contextlib.suppress(OSError):
                click.echo(json_text({"error": exc.to_dict()}, indent=2))
        return exc.exit_code
    return EXIT_OK
