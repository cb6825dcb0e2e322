"""Orchestration: raw folder -> records and rejects -> splits -> Parquet, card, rejects.jsonl.

Every file under the raw folder becomes a record or a reject with a type and a reason; the summary
adds up (files read = records + rejects). The output folder is assembled beside the target and swapped
into place at the end, so a failed build never leaves a half-written dataset behind. One build at a
time writes an output folder (a lock beside it); the builder deletes only what it made
(builder/ownership.py), and a user's own files in the output folder stay in place.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from . import __version__, output_process
from .card import CardFiles, render_card
from .config import NO_CONFIG, CorpusConfig
from .croissant import write_croissant
from .dataset_folder import (
    CARD_FILE,
    DATASHEET_FILE,
    DUPLICATES_FILE,
    NEAR_DUPLICATES_FILE,
    REJECTS_FILE,
    REPORT_DIR,
    SCHEMA_FILE,
    SUMMARY_FILE,
)
from .datasheet import render_datasheet
from .defaults import DEFAULT_MAX_BYTES
from .engines import default_workers, run_units
from .errors import Interrupted, NothingToReadError, OutputDirError, Reject, io_failure
from .inputs import Selection, discover, why_none_readable, why_nothing_to_read
from .neardup import KEY_BYTES, near_duplicate_clusters
from .ownership import (
    DATASET,
    MARKER_FILE,
    WORK,
    Ledger,
    Marker,
    carry_user_files,
    check_claimable,
    check_dataset_folder,
    enclosing_release,
    exchange,
    exclusive,
    output_lock_file,
    release_named,
    remove_replaced_dataset,
    remove_work_folder,
    resolved,
    work_folder_lock,
    write_marker,
)
from .report import write_report
from .schema import schema_bytes, schema_sha256
from .splits import plan_splits, released_splits
from .splits import split_of as split_of_id
from .stats import HISTOGRAM_FILE, BuildSummary, DatasetStats, Statistics, Tallies, write_length_histogram
from .work import (
    UNIT_FILES,
    UNITS_DONE,
    UnitDone,
    UnitTarget,
    check_kill_request,
    checkpoint,
    open_work_dir,
    plan_fingerprint,
    plan_units,
    read_keys,
    read_records,
    read_rejects,
    remove_unit_leftovers,
)
from .write import ROW_GROUP_ROWS, SHARD_BYTES, SplitWriter

CROISSANT_DESCRIPTION = (
    "News and opinion articles parsed from scraped web pages into cleaned records: headline, "
    "author, bio, image credit, paragraphs, quotes with speakers, related links."
)


def __getattr__(name: str) -> object:
    """`load_article`, part of this module's API, imported on first use: a build whose workers parse never
    needs the parser in its own process (`import builder.build` stays light)."""
    if name == "load_article":
        from .load import load_article

        return load_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names with `load_article`, which `__getattr__` gives."""
    return sorted([*globals(), "load_article"])


@dataclass(frozen=True)
class Duplicate:
    """A file that holds exactly the same article as an earlier one (in path order): the same record
    but for `source`, e.g. a copy saved with CRLF line endings or as Windows-1252."""

    file: str
    duplicate_of: str
    id: str

    def to_dict(self) -> dict:
        return {"file": self.file, "duplicate_of": self.duplicate_of, "id": self.id}


@dataclass(frozen=True)
class UnitsRead:
    """Phase 1, reading: every raw file read into a work unit (resumed ones included)."""

    work_dir: Path  # where the units are
    files: int  # files listed for reading
    skipped: tuple[Reject, ...]  # entries the listing reported without reading them
    units: tuple[UnitDone, ...]  # the finished units in plan order, where their files are read from
    resumed: int  # units an interrupted run had finished
    restarted: bool  # an earlier interrupted build for other inputs was thrown away
    left_out: dict[str, int]  # files the selection did not read, by reason (inputs.HIDDEN, ...)
    selection: Selection  # which files were read (a release records it for verify --raw)

    @property
    def raw_bytes(self) -> int:
        """Bytes of raw input the units read."""
        return sum(done.bytes for done in self.units)


@dataclass(frozen=True)
class KeyIndex:
    """Phase 2, indexing the units' keys: which rows go into the dataset and which files are
    duplicates or rejects, and the near-duplicate clusters of the records kept."""

    kept: list[str]  # ids of the records that go into the dataset, in path order
    dropped_rows: dict[int, set[int]]  # unit -> rows that are duplicates or duplicate-id rejects
    duplicates: list[Duplicate]
    rejects: list[Reject]  # every reject, sorted by file: the listing's, the units', duplicate ids
    clusters: list[list[str]]  # near-duplicate clusters of kept ids


@dataclass(frozen=True)
class DatasetPlan:
    """Phase 3, planning: each kept record's split, and what the dataset leaves out."""

    splits: tuple[tuple[str, float], ...]  # the --splits spec
    split_of: dict[str, str]  # id -> split, for every kept record
    dropped_rows: dict[int, set[int]]
    duplicates: list[Duplicate]
    rejects: list[Reject]
    clusters: list[list[str]]
    carried: int = 0  # released records that keep a split other than the one the ratios give them


@dataclass(frozen=True)
class SplitsWritten:
    """Phase 4, writing the splits: their Parquet files and the statistics of what was written."""

    split_files: dict[str, list[str]]  # split -> its shards, relative to the dataset folder; no empty split
    split_bytes: dict[str, int]
    tallies: Tallies  # the statistics, and the counts the report draws, so it need not count the shards again
    example: dict | None  # the record with the smallest id, which the card shows

    @property
    def statistics(self) -> Statistics:
        return self.tallies.statistics


@dataclass(frozen=True)
class BuildResult:
    """What `build_dataset` made: where, its summary, every reject and duplicate, how the run went."""

    out_dir: Path
    summary: BuildSummary
    rejects: list[Reject]
    duplicates: list[Duplicate]
    reading: UnitsRead
    tallies: Tallies  # the statistics of what was written, which the report shows
    kept_in_output: tuple[str, ...] = ()  # the user's files in the output folder, left in place

    @property
    def ok(self) -> bool:
        """No file was rejected."""
        return not self.rejects

    def to_dict(self) -> dict:
        """The JSON form `build --json` prints (no timings: those are the reporter's)."""
        return {
            "output": str(self.out_dir),
            "summary": self.summary.to_dict(),
            "rejects": [reject.to_dict() for reject in self.rejects],
            "duplicates": [duplicate.to_dict() for duplicate in self.duplicates],
            "units": len(self.reading.units),
            "units_resumed": self.reading.resumed,
            "restarted": self.reading.restarted,
            "raw_bytes": self.reading.raw_bytes,
            "kept_in_output": list(self.kept_in_output),
        }


@dataclass(frozen=True)
class BuildOptions:
    """How a build runs (none of these change the output's bytes), and two things that do: which
    files under the raw folder it reads, and the earlier releases whose splits records keep."""

    workers: int | None = None  # None: one per core
    engine: str = "local"
    address: str | None = None  # a Ray cluster's address, for engine "ray"
    work_dir: Path | None = None  # None: beside the output folder
    shard_bytes: int = SHARD_BYTES
    row_group_rows: int = ROW_GROUP_ROWS
    unit_files: int = UNIT_FILES  # files per work unit
    progress: Callable[[str, int, int], None] | None = None  # (stage, done, total)
    # The releases so far, oldest first: a record stays in the split of the latest one that held it
    # (a record removed in one release and back in a later one returns to its old split).
    earlier_releases: tuple[Path, ...] = ()
    selection: Selection = Selection()  # hidden files left out; --include / --exclude


def build_dataset(
    raw_dir: Path,
    out_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int = DEFAULT_MAX_BYTES,
    pretty_name: str | None = None,
    options: BuildOptions = BuildOptions(),
    config: CorpusConfig = NO_CONFIG,
) -> BuildResult:
    """Build the dataset folder `out_dir` from every file under `raw_dir`.

    `splits` is the split spec, e.g. `parse_split_spec("train=0.8,validation=0.1,test=0.1")`;
    files over `max_bytes` are rejected unread; `pretty_name` titles the card (None: the config's, else
    DEFAULT_PRETTY_NAME); `config` is what the curators state about the source (corpus.toml). Refuses
    (OutputDirError, NotOursError, LockedError: nothing written) an output or work folder that
    holds files this tool did not write, that overlaps the raw folder, or that another build is
    writing, and (NothingToReadError) a raw folder with no file to read. Fails with `Failure` (nothing
    new written, the previous output intact) on an I/O error such as a full disk. An interrupted build
    resumes from its finished work units."""
    check_kill_request()
    config = config.titled(pretty_name)
    raw_dir = Path(raw_dir).absolute()
    out_dir = _output_path(Path(out_dir))
    work_dir = Path(options.work_dir).absolute() if options.work_dir else out_dir.parent / f".{out_dir.name}.work"
    check_overlaps(raw_dir, out_dir, work_dir)
    check_dataset_folder(out_dir, "--out")  # refused before anything is made; checked again under the lock
    check_claimable(work_dir, WORK, "--work-dir")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work_was_there = os.path.lexists(work_dir)  # (units of an interrupted build in it stay for its rerun)
    with (
        exclusive(output_lock_file(out_dir), f"--out {out_dir}") as ledger,
        work_folder_lock(work_dir, "--work-dir"),
    ):
        try:
            ledger.remove_leftovers()  # staging folders of killed builds into this output
            previous_files = check_dataset_folder(out_dir, "--out")
            staging = ledger.new_staging(f".{out_dir.name}.tmp-")
        except OSError as exc:
            raise io_failure(exc, f"cannot prepare the output folder {out_dir}") from None
        try:
            result = _build_into(
                staging, out_dir, previous_files, ledger, raw_dir, work_dir, splits, max_bytes, config, options
            )
        except NothingToReadError:
            if not work_was_there:  # the folder this run claimed, empty: a refusal leaves nothing behind
                remove_work_folder(work_dir)
            raise
        finally:
            ledger.done(staging)
        try:
            remove_work_folder(work_dir)  # only a finished build may drop its work units, under their lock
        except KeyboardInterrupt:  # (the output is in place: not 'nothing new written', a hostile test)
            raise Interrupted(f"interrupted; the new output of {out_dir} is in place") from None
    return result


def _build_into(
    staging: Path,
    out_dir: Path,
    previous_files: set[str] | None,
    ledger: Ledger,
    raw_dir: Path,
    work_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    config: CorpusConfig,
    options: BuildOptions,
) -> BuildResult:
    """Build into the staging folder and swap it into place; on any failure, remove what was made."""
    swapped = False  # whether staging holds the previous output
    built = os.stat(staging).st_ino  # the new output's folder, whatever its name: in place when out_dir is it
    try:
        staging.chmod(0o755)
        result = _assemble_build(raw_dir, staging, work_dir, splits, max_bytes, config, options)
        # last: it reads the finished folder (its statistics are the build's, counted as it wrote the shards)
        write_report(staging, staging / REPORT_DIR, raw_dir=raw_dir, tallies=result.tallies)
        write_marker(staging, Marker(DATASET, files=tuple(_files_under(staging))))
        carried = carry_user_files(out_dir, previous_files, staging) if previous_files is not None else []
        swapped = _swap_into_place(staging, out_dir, ledger)
        if swapped:  # staging now holds the previous output: its files, and second links of yours
            remove_replaced_dataset(staging)
    except BaseException as exc:
        # The new output is in place once its folder was renamed to out_dir (a first build) or exchanged with the
        # previous one; an interrupt may come between the rename and `swapped` (a hostile test's SIGTERM).
        placed = _inode(out_dir) == built
        swapped = swapped or (placed and os.path.lexists(staging))
        if not swapped:  # all of it the build's, or second links of carried files
            shutil.rmtree(staging, ignore_errors=True)
        # The work units are kept so that a rerun resumes; the line says where, for the space they take.
        units = f"; the work units stay in {work_dir} for a rerun to resume (remove it to free the space)"
        units = units if work_dir.is_dir() else ""
        if isinstance(exc, OSError):
            kept = "the previous output is intact" if previous_files is not None else "no output was written"
            raise io_failure(exc, f"build of {out_dir} failed, {kept}{units}") from None
        if isinstance(exc, KeyboardInterrupt):
            done = f"the new output of {out_dir} is in place" if placed else "nothing new written"
            raise Interrupted(f"interrupted; {done}{units}") from None
        raise
    return dataclasses.replace(result, out_dir=out_dir, kept_in_output=tuple(carried))


def _inode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_ino
    except OSError:
        return None


def _output_path(out_dir: Path) -> Path:
    """The output folder as an absolute path, through a symlink to where it points (the dataset is
    written there; the link stays). The current folder and its parents are refused: swapping them
    would pull the folder out from under the shell that runs the build."""
    out_dir = Path(os.path.realpath(out_dir))  # ('sub/../ds' through a linked 'sub' is where 'sub' points)
    cwd, real = resolved(Path.cwd()), resolved(out_dir)
    if real == cwd or real in cwd.parents:
        raise OutputDirError(
            f"--out {out_dir} is the current folder or holds it; choose a folder of its own, e.g. --out dataset"
        )
    return out_dir


def check_overlaps(raw_dir: Path, out_dir: Path, work_dir: Path, out_option: str = "--out") -> None:
    """The raw, output and work folders must not hold one another: a build would read its own output,
    replace its input, or swap its work units away. Neither output nor work folder may be in a release."""
    raw, out, work = resolved(raw_dir), resolved(out_dir), resolved(work_dir)
    if out == raw or out.is_relative_to(raw) or raw.is_relative_to(out):
        raise OutputDirError(
            f"{out_option} {out_dir} and --raw {raw_dir} overlap: a build would read its own output "
            "or replace its input; choose a folder outside the raw folder"
        )
    if work == raw or work.is_relative_to(raw) or raw.is_relative_to(work):
        raise OutputDirError(
            f"--work-dir {work_dir} and --raw {raw_dir} overlap; choose a work folder outside the raw folder"
        )
    if out_option == "--out" and (work == out or work.is_relative_to(out) or out.is_relative_to(work)):
        raise OutputDirError(
            f"--work-dir {work_dir} and --out {out_dir} overlap; choose a work folder outside the output"
        )
    for option, folder in ((out_option, out_dir), ("--work-dir", work_dir)):
        if (release := enclosing_release(folder)) is not None:
            where = "is" if release == resolved(folder) else "lies inside"
            raise OutputDirError(
                f"{option} {folder} {where} {release_named(release)}: a release is sealed, and a file written there "
                "makes it fail to verify; choose a folder outside it"
            )


def _files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != MARKER_FILE)


def _swap_into_place(staging: Path, out_dir: Path, ledger: Ledger) -> bool:
    """Put the finished staging folder where the output goes, atomically when the output exists
    (RENAME_EXCHANGE); True when staging then holds the previous output, to be removed."""
    if not os.path.lexists(out_dir):
        os.rename(staging, out_dir)
        return False
    if exchange(staging, out_dir):
        return True
    # No atomic exchange on this file system: two renames; a kill between them leaves the output
    # missing and the previous one in the old folder, named in the ledger (the next run removes it).
    old = staging.with_name(staging.name + ".old")
    ledger.note(old)
    os.rename(out_dir, old)
    os.rename(staging, out_dir)
    os.rename(old, staging)
    ledger.done(old)
    return True


def _assemble_build(
    raw_dir: Path,
    out: Path,
    work_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    config: CorpusConfig,
    options: BuildOptions,
) -> BuildResult:
    """A build's phases, into the existing folder `out`: the dataset, its card and datasheet, and the
    build's own record of what it read (rejects.jsonl, duplicates.jsonl, build-summary.json)."""
    reading = read_units(raw_dir, work_dir, max_bytes, options)
    plan = plan_dataset(index_keys(reading), splits, options.earlier_releases)
    written = write_splits(reading, plan, out, options)
    summary = summarize(reading, plan, written)
    if not summary.records and plan.rejects and all(r.type in _CANNOT_READ for r in plan.rejects):
        # every file a FIFO, a device or a broken link (a folder of git-annex links whose content was dropped): as
        # an empty folder, nothing to read (a hostile test: it replaced a good dataset with an empty one)
        raise NothingToReadError.of(raw_dir=raw_dir, why=why_none_readable(plan.rejects))
    write_build_records(out, plan, summary)
    write_metadata(out, plan, written, summary, config, CardLinks(SUMMARY_FILE, REJECTS_FILE))
    if written.split_files:  # Croissant describes files: a build without records has none
        write_croissant(
            out,
            written.split_files,
            config.title,
            config.description or CROISSANT_DESCRIPTION,
            license_name=config.license_label(),
        )
    return BuildResult(out, summary, plan.rejects, plan.duplicates, reading, written.tallies)


_CANNOT_READ = frozenset({"unreadable", "not-a-regular-file"})


def read_units(raw_dir: Path, work_dir: Path, max_bytes: int, options: BuildOptions = BuildOptions()) -> UnitsRead:
    """Phase 1: read every file under raw_dir into work units under work_dir, resuming from the units
    an interrupted run finished for the same inputs; the engine in `options` runs the rest."""
    progress = options.progress or _no_progress
    listing = discover(raw_dir, options.selection)
    files, skipped = listing.files, listing.skipped
    if not files:  # a build of nothing would replace a good dataset with an empty one (a hostile test)
        raise NothingToReadError.of(raw_dir=raw_dir, why=why_nothing_to_read(listing))
    units = plan_units(files, options.unit_files)
    work = open_work_dir(work_dir, plan_fingerprint(files, skipped, max_bytes, options.unit_files))
    finished = {i: d for i, d in work.finished.items() if i < len(units) and d.files == len(units[i].files)}
    resumed = len(finished)
    todo = [u for u in units if u.index not in finished]
    files_done = sum(d.files for d in finished.values())
    progress("read", files_done, len(files))
    # The histogram, the card and the datasheet need matplotlib, huggingface_hub and jinja2, about a
    # second of imports that a thread cannot overlap (they hold the GIL): another process makes them
    # while this one reads, and then those outputs (output_process.py).
    _import_output_libraries()
    target = UnitTarget(str(work.path), work.run, max_bytes)
    workers = options.workers or default_workers()
    try:
        for count, done in enumerate(run_units(options.engine, todo, target, workers, options.address), 1):
            if done.run != work.run:  # an engine must only report units of this run
                raise RuntimeError(f"work unit {done.index} reported for run {done.run}, not this run {work.run}")
            finished[done.index] = done
            files_done += done.files
            progress("read", files_done, len(files))
            checkpoint(UNITS_DONE, count)  # the unit is committed: a kill here must resume after it
    except BaseException:
        # the engine stopped its workers; one killed while writing its unit left it half-written (a full disk
        # kept so: a hostile test)
        remove_unit_leftovers(work.path)
        raise
    missing = [u.name for u in units if u.index not in finished]
    if missing:  # an engine that lost work must not make a dataset that lacks it
        raise RuntimeError(f"work units never finished: {', '.join(missing[:10])}")
    order = tuple(finished[u.index] for u in units)
    return UnitsRead(
        work.path, len(files), tuple(skipped), order, resumed, work.restarted, listing.left_out, options.selection
    )


def _no_progress(stage: str, done: int, total: int) -> None:
    """No progress display."""


def index_keys(reading: UnitsRead) -> KeyIndex:
    """Phase 2: from the units' small keys, which records are kept, duplicates and duplicate-id
    rejects (see `_deduplicate`), and the near-duplicate clusters of the kept records."""
    dedup = _deduplicate(reading.work_dir, reading.units)
    clusters = near_duplicate_clusters(dedup.neardup_keys())
    rejects = sorted([*reading.skipped, *dedup.rejects], key=lambda r: r.file)
    # The near-duplicate keys, the biggest per-record state, end with this phase.
    return KeyIndex(dedup.kept, dedup.dropped_rows, dedup.duplicates, rejects, clusters)


def plan_dataset(
    index: KeyIndex, splits: tuple[tuple[str, float], ...], earlier_releases: tuple[Path, ...] = ()
) -> DatasetPlan:
    """Phase 3: every kept record's split, near-duplicate clusters kept together; with
    `earlier_releases` (oldest first), records keep the split of the latest release that held them."""
    previous_split_of = released_splits(earlier_releases) if earlier_releases else None
    split_of = plan_splits(index.kept, index.clusters, splits, previous_split_of).splits
    in_cluster = {rid for cluster in index.clusters for rid in cluster}
    carried = (  # released records whose kept split is not the one the ratios give (clusters aside)
        sum(
            1
            for rid, split in split_of.items()
            if rid in previous_split_of and rid not in in_cluster and split != split_of_id(rid, splits)
        )
        if previous_split_of
        else 0
    )
    return DatasetPlan(splits, split_of, index.dropped_rows, index.duplicates, index.rejects, index.clusters, carried)


def write_splits(
    reading: UnitsRead, plan: DatasetPlan, out: Path, options: BuildOptions = BuildOptions()
) -> SplitsWritten:
    """Phase 4: the kept records into each split's Parquet shards under `out`, unit by unit in plan
    order, counting the statistics of what is written."""
    progress = options.progress or _no_progress
    names = [name for name, _ in plan.splits]
    writers = {name: SplitWriter(out, name, options.shard_bytes, options.row_group_rows) for name in names}
    stats = DatasetStats(names)
    for index, unit_done in enumerate(reading.units):
        table = read_records(reading.work_dir, unit_done)
        word_counts = read_keys(reading.work_dir, unit_done).column("words").to_pylist()
        dropped = plan.dropped_rows.get(index, ())
        split_of_row = [
            None if row in dropped else plan.split_of[rid] for row, rid in enumerate(table.column("id").to_pylist())
        ]
        for name, writer in writers.items():
            rows = [row for row, split in enumerate(split_of_row) if split == name]
            part = _rows(table, rows)
            if part.num_rows:
                writer.write(part)
                stats.add_table(part, name, (word_counts[row] for row in rows))
        progress("write", index + 1, len(reading.units))
    closed = {name: writer.close() for name, writer in writers.items()}
    split_files = {name: files for name, files in closed.items() if files}  # never declare an empty split
    for reject in plan.rejects:
        stats.add_reject(reject)
    for _ in plan.duplicates:
        stats.add_duplicate()
    split_bytes = {name: writers[name].num_bytes for name in split_files}
    return SplitsWritten(split_files, split_bytes, stats.tallies(), stats.example)


def summarize(reading: UnitsRead, plan: DatasetPlan, written: SplitsWritten) -> BuildSummary:
    """Phase 5: the build's summary; every file read is accounted for as a record, a reject or a
    duplicate (an AssertionError otherwise: a bug, never a dataset that lost files)."""
    records_by_split = written.statistics.records_by_split
    records = sum(records_by_split.values())
    files_read = reading.files + len(reading.skipped)
    rejects, duplicates = plan.rejects, plan.duplicates
    if files_read != records + len(rejects) + len(duplicates):
        raise AssertionError(
            f"lost files: read {files_read}, records {records}, rejects {len(rejects)}, duplicates {len(duplicates)}"
        )
    return BuildSummary(
        builder_version=__version__,
        schema_sha256=schema_sha256(),
        files_read=files_read,
        records=records,
        rejected=len(rejects),
        rejects_by_type=dict(sorted(Counter(r.type for r in rejects).items())),
        duplicates=len(duplicates),
        near_duplicate_clusters=len(plan.clusters),
        records_in_near_duplicate_clusters=sum(len(c) for c in plan.clusters),
        records_by_split=records_by_split,
        splits=dict(plan.splits),
        files_left_out=reading.left_out,
    )


def write_build_records(out: Path, plan: DatasetPlan, summary: BuildSummary) -> None:
    """A build's own record of what it read, beside the dataset: rejects.jsonl, duplicates.jsonl and
    build-summary.json (a release keeps the same in MANIFEST.json instead)."""
    _write_jsonl(out / REJECTS_FILE, (reject.to_dict() for reject in plan.rejects))
    _write_jsonl(out / DUPLICATES_FILE, (duplicate.to_dict() for duplicate in plan.duplicates))
    (out / SUMMARY_FILE).write_text(json.dumps(summary.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


@dataclass(frozen=True)
class CardLinks:
    """Where the card tells readers to find the build summary and the rejects, beside it."""

    summary_file: str
    rejects_file: str


def write_metadata(
    out: Path, plan: DatasetPlan, written: SplitsWritten, summary: BuildSummary, config: CorpusConfig, links: CardLinks
) -> None:
    """Phase 6: what describes the splits: near-duplicates.jsonl, the schema, the length histogram,
    the card (README.md) and DATASHEET.md."""
    clusters = ({"ids": cluster, "split": plan.split_of[cluster[0]]} for cluster in plan.clusters)
    with open(out / NEAR_DUPLICATES_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for row in clusters:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    (out / SCHEMA_FILE).write_bytes(schema_bytes())
    split_files = written.split_files
    files = CardFiles(
        split_files={name: files[0] if len(files) == 1 else files for name, files in split_files.items()},
        split_bytes=written.split_bytes,
        download_size=sum((out / rel).stat().st_size for rels in split_files.values() for rel in rels),
        summary_file=links.summary_file,
        rejects_file=links.rejects_file,
    )
    write_length_histogram(written.statistics, out / HISTOGRAM_FILE)
    card = render_card(written.statistics, written.example, files, summary, config.title, config, plan.carried)
    (out / CARD_FILE).write_text(card, encoding="utf-8", newline="\n")
    datasheet = render_datasheet(written.statistics.to_dict(), summary.to_dict(), config, config.title)
    (out / DATASHEET_FILE).write_text(datasheet, encoding="utf-8", newline="\n")


def _rows(table: pa.Table, rows: list[int]) -> pa.Table:
    """The given rows (ascending) as a table of their own. A copy, not slices: the split writers
    keep rows until a row group is full, which for a 10% split takes ten thousand records, and a
    slice would keep its whole unit's table alive until then (this was most of the build's memory)."""
    if len(rows) == table.num_rows:
        return table
    return table.take(pa.array(rows, type=pa.int64()))


@dataclass(frozen=True)
class _Dedup:
    kept: list[str]  # ids of the records that go into the dataset, in path order
    dropped_rows: dict[int, set[int]]  # unit -> rows that are duplicates or duplicate-id rejects
    duplicates: list[Duplicate]
    rejects: list[Reject]  # the units' rejects and the duplicate-id rejects
    neardup: bytearray  # the kept records' near-duplicate keys, KEY_BYTES each, in the order of `kept`

    def neardup_keys(self) -> Iterator[tuple[str, bytes]]:
        for i, record_id in enumerate(self.kept):
            yield record_id, bytes(self.neardup[i * KEY_BYTES : (i + 1) * KEY_BYTES])


def _deduplicate(work_dir: Path, order: tuple[UnitDone, ...]) -> _Dedup:
    """From the units' keys alone: the first file (in path order) with an id keeps it; a later file
    with the same record but for `source` is a duplicate, one with other content a duplicate-id
    reject, whose message names the fields that differ (the two records are read back for that).
    Per record, only the id and where it was first seen are held; the first file's name and digest
    are read back from its unit's keys when another file has the same id."""
    first: dict[str, tuple[int, int]] = {}  # id -> (unit, row)
    kept: list[str] = []
    neardup = bytearray()
    dropped: dict[int, set[int]] = {}
    duplicates: list[Duplicate] = []
    rejects: list[Reject] = []
    for index, unit_done in enumerate(order):
        rejects.extend(read_rejects(work_dir, unit_done))
        keys = read_keys(work_dir, unit_done)
        ids = keys.column("id").to_pylist()
        near = keys.column("neardup").to_pylist()
        for row, rid in enumerate(ids):
            seen = first.get(rid)
            if seen is None:
                first[rid] = (index, row)
                kept.append(rid)
                neardup += near[row]
                continue
            dropped.setdefault(index, set()).add(row)
            seen_keys = keys if seen[0] == index else read_keys(work_dir, order[seen[0]])
            seen_file = seen_keys.column("file")[seen[1]].as_py()
            rel = keys.column("file")[row].as_py()
            if keys.column("digest")[row].as_py() == seen_keys.column("digest")[seen[1]].as_py():
                duplicates.append(Duplicate(rel, seen_file, rid))
            else:
                kept_record = read_records(work_dir, order[seen[0]]).slice(seen[1], 1).to_pylist()[0]
                record = read_records(work_dir, unit_done).slice(row, 1).to_pylist()[0]
                differing = [k for k in record if k != "source" and record[k] != kept_record[k]]
                rejects.append(
                    Reject(
                        rel,
                        "duplicate-id",
                        f"same id {rid} (headline and author) as {seen_file}, but {', '.join(differing)} differ",
                    )
                )
    return _Dedup(kept, dropped, duplicates, rejects, neardup)


def _import_output_libraries() -> None:
    """Start the output process (nothing to do if the command line started it already)."""
    output_process.start()
