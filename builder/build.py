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
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from . import __version__
from .card import render_card
from .config import NO_CONFIG, CorpusConfig
from .croissant import write_croissant
from .datasheet import render_datasheet
from .engines import default_workers, run_units
from .errors import Refusal, Reject, io_failure
from .load import DEFAULT_MAX_BYTES, load_article  # noqa: F401  (load_article: part of this module's API)
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
    exchange,
    exclusive,
    remove_replaced_dataset,
    remove_work_folder,
    write_marker,
)
from .schema import schema_bytes, schema_sha256
from .splits import plan_splits, previous_splits
from .stats import HISTOGRAM_FILE, DatasetStats, write_length_histogram
from .work import (
    UNIT_FILES,
    UnitDone,
    UnitTarget,
    open_work_dir,
    plan_fingerprint,
    plan_units,
    read_keys,
    read_records,
    read_rejects,
)
from .write import ROW_GROUP_ROWS, SHARD_BYTES, SplitWriter

KILL_ENV = "CORPUS_BUILDER_KILL_AT"
CROISSANT_DESCRIPTION = (
    "News and opinion articles parsed from scraped web pages into cleaned records: headline, "
    "author, bio, image credit, paragraphs, quotes with speakers, related links."
)
SUMMARY_FILE = "build-summary.json"
REJECTS_FILE = "rejects.jsonl"
DUPLICATES_FILE = "duplicates.jsonl"
NEAR_DUPLICATES_FILE = "near-duplicates.jsonl"
DATASHEET_FILE = "DATASHEET.md"
SCHEMA_FILE = "article.schema.json"
MANIFEST_FILE = "MANIFEST.json"  # a release's manifest; it replaces the two side files


class OutputDirError(Refusal):
    """The output folder cannot be written: it is not a previous build, or it overlaps the input."""

    type = "output-folder"
    title = "Output folder refused"


@dataclass(frozen=True)
class Duplicate:
    """A file that holds exactly the same article as an earlier one (in path order): the same record
    but for `source`, e.g. a copy saved with CRLF line endings or as Windows-1252."""

    file: str
    duplicate_of: str
    id: str

    def to_dict(self) -> dict:
        return {"file": self.file, "duplicate_of": self.duplicate_of, "id": self.id}


@dataclass
class BuildResult:
    out_dir: Path
    rejects: list[Reject]
    summary: dict = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)
    run: Assembled | None = None

    @property
    def ok(self) -> bool:
        return not self.rejects

    @property
    def kept_in_output(self) -> list[str]:
        """Files of the user's in the output folder that the build left in place."""
        return list(self.run.user_files) if self.run is not None else []


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


@dataclass(frozen=True)
class BuildOptions:
    """How a build runs; none of it changes the output's bytes."""

    workers: int | None = None  # None: one per core
    engine: str = "local"
    address: str | None = None  # a Ray cluster's address, for engine "ray"
    work_dir: Path | None = None  # None: beside the output folder
    shard_bytes: int = SHARD_BYTES
    row_group_rows: int = ROW_GROUP_ROWS
    unit_files: int = UNIT_FILES  # files per work unit
    progress: Callable[[str, int, int], None] | None = None  # (stage, done, total)
    previous: Path | None = None  # the previous release: records stay in the split they had there


@dataclass
class Assembled:
    """What `assemble` wrote: the summary, the rejects and duplicates, and the run's own figures."""

    summary: dict
    rejects: list[Reject]
    duplicates: list[Duplicate]
    split_files: dict[str, list[str]]
    units: int = 0
    units_resumed: int = 0
    raw_bytes: int = 0
    restarted: bool = False  # an earlier interrupted build for other inputs was thrown away
    user_files: tuple[str, ...] = ()  # the user's files in the output folder, carried into the new one
    skipped: list[Reject] = field(default_factory=list)  # entries the listing reported unread (in `rejects` too)
    unit_order: tuple[UnitDone, ...] = ()  # the finished units in plan order, where their files are read from


def build_dataset(
    raw_dir: Path,
    out_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int = DEFAULT_MAX_BYTES,
    pretty_name: str | None = None,  # None: the config's pretty_name, else DEFAULT_PRETTY_NAME
    options: BuildOptions = BuildOptions(),
    config: CorpusConfig = NO_CONFIG,  # what the curators state about the source (corpus.toml)
) -> BuildResult:
    """Build the dataset folder `out_dir` from every file under `raw_dir`.

    Refuses (OutputDirError, NotOursError, LockedError: nothing written) an output or work folder
    that holds files this tool did not write, that overlaps the raw folder, or that another build is
    writing. Fails with `Failure` (nothing new written, the previous output intact) on an I/O error
    such as a full disk."""
    raw_dir = Path(raw_dir).absolute()
    out_dir = _output_path(Path(out_dir))
    work_dir = Path(options.work_dir).absolute() if options.work_dir else out_dir.parent / f".{out_dir.name}.work"
    check_overlaps(raw_dir, out_dir, work_dir)
    check_dataset_folder(out_dir, "--out")  # refused before anything is made; checked again under the lock
    check_claimable(work_dir, WORK, "--work-dir")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(out_dir.parent / f".{out_dir.name}.lock", f"--out {out_dir}") as ledger:
        try:
            ledger.remove_leftovers()  # staging folders of killed builds into this output
            previous_files = check_dataset_folder(out_dir, "--out")
            staging = ledger.new_staging(f".{out_dir.name}.tmp-")
        except OSError as exc:
            raise io_failure(exc, f"cannot prepare the output folder {out_dir}") from None
        swapped = False
        try:
            staging.chmod(0o755)
            done = assemble(raw_dir, staging, work_dir, splits, max_bytes, pretty_name, options, config=config)
            from .report import REPORT_DIR, write_report  # here: the report imports diff, which imports this module

            write_report(staging, staging / REPORT_DIR, raw_dir=raw_dir)  # last: it reads the finished folder
            write_marker(staging, Marker(DATASET, files=tuple(_files_under(staging))))
            carried = carry_user_files(out_dir, previous_files, staging) if previous_files is not None else []
            done = dataclasses.replace(done, user_files=tuple(carried))
            swapped = _swap_into_place(staging, out_dir, ledger)
            if swapped:  # staging now holds the previous output: its files, and second links of yours
                remove_replaced_dataset(staging)
        except BaseException as exc:
            if not swapped:  # all of it the build's, or second links of carried files
                shutil.rmtree(staging, ignore_errors=True)
            ledger.done(staging)
            if isinstance(exc, OSError):
                raise io_failure(exc, f"build of {out_dir} failed, the previous output is intact") from None
            raise
        ledger.done(staging)
    remove_work_folder(work_dir)  # only a finished build may drop its work units
    return BuildResult(out_dir, done.rejects, done.summary, done.duplicates, done)


def _output_path(out_dir: Path) -> Path:
    """The output folder as an absolute path, through a symlink to where it points (the dataset is
    written there; the link stays). The current folder and its parents are refused: swapping them
    would pull the folder out from under the shell that runs the build."""
    out_dir = Path(os.path.abspath(out_dir))
    if out_dir.is_symlink():
        out_dir = out_dir.resolve()
    cwd = Path.cwd().resolve()
    if out_dir.resolve() == cwd or out_dir.resolve() in cwd.parents:
        raise OutputDirError(
            f"--out {out_dir} is the current folder or holds it; choose a folder of its own, e.g. --out dataset"
        )
    return out_dir


def check_overlaps(raw_dir: Path, out_dir: Path, work_dir: Path, out_option: str = "--out") -> None:
    """The raw, output and work folders must not hold one another: a build would read its own output,
    replace its input, or swap its work units away."""
    raw, out, work = raw_dir.resolve(), out_dir.resolve(), work_dir.resolve()
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


def assemble(
    raw_dir: Path,
    out: Path,
    work_dir: Path,
    splits: tuple[tuple[str, float], ...],
    max_bytes: int,
    pretty_name: str | None,
    options: BuildOptions = BuildOptions(),
    side_files: bool = True,
    config: CorpusConfig = NO_CONFIG,
) -> Assembled:
    """Read every file under raw_dir into work units (resuming from finished ones), decide
    duplicates and splits from the units' small keys, and write the dataset into the existing folder
    `out`. Without side_files, rejects.jsonl, duplicates.jsonl and build-summary.json are not
    written and the card says they are in MANIFEST.json (a release)."""
    progress = options.progress or (lambda stage, done, total: None)
    pretty_name = config.resolved_pretty_name(pretty_name)
    files, skipped = discover(raw_dir)
    units = plan_units(files, options.unit_files)
    fingerprint = plan_fingerprint(files, skipped, max_bytes, options.unit_files)
    work = open_work_dir(work_dir, fingerprint)
    work_dir, restarted = work.path, work.restarted
    finished = {i: d for i, d in work.finished.items() if i < len(units) and d.files == len(units[i].files)}
    resumed = len(finished)
    todo = [u for u in units if u.index not in finished]
    files_done = sum(d.files for d in finished.values())
    progress("read", files_done, len(files))
    workers = options.workers or default_workers()
    # The card's plot and croissant.json need matplotlib and mlcroissant, seconds of imports: do
    # them while this process only waits for the workers.
    warm = threading.Thread(target=_import_output_libraries, daemon=True)
    warm.start()
    target = UnitTarget(str(work_dir), work.run, max_bytes)
    for count, done in enumerate(run_units(options.engine, todo, target, workers, options.address), 1):
        if done.run != work.run:  # an engine must only report units of this run
            raise RuntimeError(f"work unit {done.index} reported for run {done.run}, not this run {work.run}")
        finished[done.index] = done
        files_done += done.files
        progress("read", files_done, len(files))
        _kill_point("units-done", count)

    warm.join()
    missing = [u.name for u in units if u.index not in finished]
    if missing:  # an engine that lost work must not make a dataset that lacks it
        raise RuntimeError(f"work units never finished: {', '.join(missing[:10])}")
    order = [finished[u.index] for u in units]
    dedup = _deduplicate(work_dir, order)
    rejects = sorted(skipped + dedup.rejects, key=lambda r: r.file)
    clusters = near_duplicate_clusters(dedup.neardup_keys())
    previous = previous_splits(options.previous) if options.previous is not None else None
    plan = plan_splits(dedup.kept, clusters, splits, previous)
    split_by_id = plan.splits
    del dedup.neardup  # the biggest per-record state; not needed from here on

    writers = {name: SplitWriter(out, name, options.shard_bytes, options.row_group_rows) for name, _ in splits}
    stats = DatasetStats(name for name, _ in splits)
    for index, unit_done in enumerate(order):
        table = read_records(work_dir, unit_done)
        word_counts = read_keys(work_dir, unit_done).column("words").to_pylist()
        dropped = dedup.dropped.get(index, ())
        rows_split = [
            None if row in dropped else split_by_id[rid] for row, rid in enumerate(table.column("id").to_pylist())
        ]
        for name, writer in writers.items():
            rows = [row for row, split in enumerate(rows_split) if split == name]
            part = _rows(table, rows)
            if part.num_rows:
                writer.write(part)
                stats.add_table(part, name, (word_counts[row] for row in rows))
        progress("write", index + 1, len(units))
    closed = {name: writer.close() for name, writer in writers.items()}
    split_files = {name: files for name, files in closed.items() if files}  # never declare an empty split
    split_bytes = {name: writers[name].num_bytes for name in split_files}
    for reject in rejects:
        stats.add_reject(reject)
    for _ in dedup.duplicates:
        stats.add_duplicate()
    figures = stats.result()
    split_rows = figures["records_by_split"]

    records = sum(split_rows.values())
    files_read = len(files) + len(skipped)
    summary = {
        "builder_version": __version__,
        "schema_sha256": schema_sha256(),
        "files_read": files_read,
        "records": records,
        "rejected": len(rejects),
        "rejects_by_type": dict(sorted(Counter(r.type for r in rejects).items())),
        "duplicates": len(dedup.duplicates),
        "near_duplicate_clusters": len(clusters),
        "records_in_near_duplicate_clusters": sum(len(c) for c in clusters),
        "records_by_split": split_rows,
        "splits": {name: ratio for name, ratio in splits},
    }
    if files_read != records + len(rejects) + len(dedup.duplicates):  # every file is accounted for
        raise AssertionError(
            f"lost files: read {files_read}, records {records}, rejects {len(rejects)}, duplicates {len(dedup.duplicates)}"
        )

    if side_files:
        with open(out / REJECTS_FILE, "w", encoding="utf-8", newline="\n") as fh:
            for reject in rejects:
                fh.write(json.dumps(reject.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        with open(out / DUPLICATES_FILE, "w", encoding="utf-8", newline="\n") as fh:
            for duplicate in dedup.duplicates:
                fh.write(json.dumps(duplicate.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        (out / SUMMARY_FILE).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with open(out / NEAR_DUPLICATES_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for cluster in clusters:
            fh.write(json.dumps({"ids": cluster, "split": split_by_id[cluster[0]]}, sort_keys=True) + "\n")
    (out / SCHEMA_FILE).write_bytes(schema_bytes())
    download_size = sum((out / rel).stat().st_size for rels in split_files.values() for rel in rels)
    write_length_histogram(figures, out / HISTOGRAM_FILE)
    card = render_card(
        figures,
        stats.example,
        split_files={name: files[0] if len(files) == 1 else files for name, files in split_files.items()},
        split_bytes=split_bytes,
        download_size=download_size,
        summary=summary,
        pretty_name=pretty_name,
        summary_file=SUMMARY_FILE if side_files else MANIFEST_FILE,
        rejects_file=REJECTS_FILE if side_files else MANIFEST_FILE,
        config=config,
    )
    (out / "README.md").write_text(card, encoding="utf-8", newline="\n")
    (out / DATASHEET_FILE).write_text(
        render_datasheet(figures, summary, config, pretty_name), encoding="utf-8", newline="\n"
    )
    # A release writes its own, with the version and date it is given. Croissant describes files:
    # a build without records has none, and gets no croissant.json.
    if side_files and split_files:
        write_croissant(out, split_files, pretty_name, CROISSANT_DESCRIPTION)
    return Assembled(
        summary,
        rejects,
        dedup.duplicates,
        split_files,
        len(units),
        resumed,
        sum(d.bytes for d in finished.values()),
        restarted,
        skipped=skipped,
        unit_order=tuple(order),
    )


def _rows(table: pa.Table, rows: list[int]) -> pa.Table:
    """The given rows (ascending) as a table of their own. A copy, not slices: the split writers
    keep rows until a row group is full, which for a 10% split takes ten thousand records, and a
    slice would keep its whole unit's table alive until then (this was most of the build's memory)."""
    if len(rows) == table.num_rows:
        return table
    return table.take(pa.array(rows, type=pa.int64()))


@dataclass
class _Dedup:
    kept: list[str]  # ids of the records that go into the dataset, in path order
    dropped: dict[int, set[int]]  # unit -> rows that are duplicates or duplicate-id rejects
    duplicates: list[Duplicate]
    rejects: list[Reject]  # the units' rejects and the duplicate-id rejects
    neardup: bytearray  # the kept records' near-duplicate keys, KEY_BYTES each, in the order of `kept`

    def neardup_keys(self) -> Iterator[tuple[str, bytes]]:
        for i, record_id in enumerate(self.kept):
            yield record_id, bytes(self.neardup[i * KEY_BYTES : (i + 1) * KEY_BYTES])


def _deduplicate(work_dir: Path, order: list[UnitDone]) -> _Dedup:
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
    import matplotlib.backends.backend_agg  # noqa: F401
    import mlcroissant  # noqa: F401


def _kill_point(name: str, count: int) -> None:
    """CORPUS_BUILDER_KILL_AT=units-done:N kills the build's whole process group with SIGKILL once
    N units are done in this run: the resume tests' way to interrupt a build for real."""
    if os.environ.get(KILL_ENV) == f"{name}:{count}":
        os.killpg(os.getpgid(0), signal.SIGKILL)
