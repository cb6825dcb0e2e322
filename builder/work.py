"""Work units: the parallel, resumable part of a build.

The sorted list of raw files is cut into units of a fixed number of files. A worker turns one unit
into a folder of its own under the work folder, named for the run that planned it:

    units/u-000012.RUN/records.arrow   the unit's records, in path order (Arrow IPC, the derived schema)
    units/u-000012.RUN/keys.arrow      small per-record keys: id, file, content digest, words, near-dup key
    units/u-000012.RUN/rejects.jsonl   the unit's rejects
    units/u-000012.RUN/inputs.arrow    every file of the unit and the sha256 of the bytes read ('-': none used)
    done/u-000012.RUN                  the completion marker, written last

A unit is written in a temporary folder and renamed into place, then marked done, so a unit is
either complete or absent whatever moment the build is killed at; a resumed build redoes only the
units without a marker. The plan (which files form which unit) is stored with a fingerprint of the
raw folder and the settings; a build that finds a plan for other inputs starts over.

Every run has a run id, and reads only units of the runs of its own plan: its own, and those whose
markers were there when it opened the work folder. A late write by a process of an older run (one
that outlived its parent) lands under that run's id and is never read.

Nothing here depends on how many workers run or which engine runs them: a unit's files are the same
bytes whoever writes them, which is what makes the output identical across --workers and engines.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import secrets
import shutil
import signal
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from . import __version__
from .defaults import UNIT_FILES  # defined there for --help, which must not import this module
from .errors import Issue, Reject, UnknownCheckpointError
from .file_state import FILE_STATE, NOT_READ, UNSTATABLE, file_state
from .neardup import KEY_BYTES, signatures
from .ownership import WORK, claim_folder, clear_work_folder
from .schema import arrow_schema, schema_sha256
from .stats import clean_record_words

# What a unit's files hold beyond the schema (the keys' digest, ...): a changed form makes a work
# folder of an earlier build start over rather than mix units of both forms.
UNIT_FORMAT = 3  # 3: the record digest over the fields that are not derived (record_digest)
PLAN_FILE = "plan.json"
KEYS_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("file", pa.string(), nullable=False),
        pa.field("digest", pa.binary(32), nullable=False),  # sha256 of the record without `source`
        pa.field("words", pa.int64(), nullable=False),  # the article's length, for the statistics
        pa.field("neardup", pa.binary(KEY_BYTES), nullable=False),  # MinHash LSH bands (builder/neardup.py)
    ]
)
INPUTS_SCHEMA = pa.schema(
    [
        pa.field("file", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),  # of the bytes the file's record or reject came from, or '-'
    ]
)
_IPC_OPTIONS = ipc.IpcWriteOptions(compression="lz4")  # fast; the work folder is temporary


@dataclass(frozen=True)
class Unit:
    index: int
    files: tuple[tuple[str, str], ...]  # (relative path as stored, path to open)
    # Each file's state when the unit was planned (file_state.FILE_STATE, packed in file order): a file
    # that is not the same when it is read is rejected as changed-during-build. Empty: not checked.
    states: bytes = b""

    @property
    def name(self) -> str:
        return f"u-{self.index:06d}"


@dataclass(frozen=True)
class UnitDone:
    """What a worker reports back: small, so engines can ship it between processes or hosts."""

    index: int
    files: int
    bytes: int
    run: str  # the run id the unit was written for: its folder is units/u-NNNNNN.RUN


@dataclass(frozen=True)
class UnitTarget:
    """Where and for which run a worker writes units, and the reading limit: the same for every unit."""

    work_dir: str  # absolute: a worker on another host or in another folder must find the same place
    run: str
    max_bytes: int


def unit_folder(work_dir: Path | str, index: int, run: str) -> Path:
    return Path(work_dir) / "units" / f"u-{index:06d}.{run}"


def plan_units(files: list[tuple[str, str]], unit_files: int = UNIT_FILES) -> list[Unit]:
    return [
        Unit(
            i // unit_files,
            tuple((rel, str(path)) for rel, path in files[i : i + unit_files]),
            b"".join(FILE_STATE.pack(*_planned_state(path)) for _, path in files[i : i + unit_files]),
        )
        for i in range(0, len(files), unit_files)
    ]


def _planned_state(path: str) -> tuple[int, int, int, int]:
    try:
        return file_state(os.stat(path))
    except OSError:
        return UNSTATABLE


# What the digest of a record holds: every field but `source` (where the file was) and the fields derived
# from the others, which a record of a unit has as derived because it passed the record rules: id
# (derived-id: from headline and author), author (derived-author: from bio), quotes (quote-spans,
# quote-text, derived-speaker: from paragraphs). The schema allows no other field
# (tests/test_build.py checks these names against it).
DIGEST_FIELDS = ("headline", "bio", "image_credit", "paragraphs", "related_links", "boilerplate")
DERIVED_FIELDS = ("id", "author", "quotes")


def record_digest(record: dict) -> bytes:
    """Two files hold the same article when their records are equal but for `source`: the sha256 of
    the DIGEST_FIELDS, which decide the rest of a record that passed the record rules (every record
    a unit keeps). Hashed as the record's shape (which of bio and image_credit are null, how many
    paragraphs, related links and boilerplate lines, each boilerplate line's links_before, and the
    length of every text in the order below), as little-endian 64-bit integers, then the texts one
    after the other as UTF-8. The shape's first five integers give its own length, and the lengths
    cut the rest back into the texts: equal digests, equal records. Serialising the links, quotes
    and boilerplate as JSON took three quarters of the time of a digest that held them all."""
    paragraphs = record["paragraphs"]
    links = record["related_links"]
    boilerplate = record["boilerplate"]
    bio, credit = record["bio"], record["image_credit"]
    texts = [record["headline"], bio or "", credit or "", *paragraphs]
    for link in links:
        texts += (link["date"], link["author"], link["title"])
    for entry in boilerplate:
        texts += (entry["line"], entry["rule"])
    shape = [bio is None, credit is None, len(paragraphs), len(links), len(boilerplate)]
    shape += [entry["links_before"] for entry in boilerplate]
    shape += map(len, texts)
    digest = hashlib.sha256(struct.pack(f"<{len(shape)}q", *shape))
    digest.update("".join(texts).encode("utf-8", "surrogatepass"))
    return digest.digest()


class _NoPandas:
    """A sys.meta_path finder for which pandas cannot be imported (see `_arrow_without_pandas`)."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname == "pandas":
            raise ModuleNotFoundError("pandas is not imported by a work-unit process", name="pandas")


_pandas_decided = False


def _arrow_without_pandas() -> None:
    """In a pool worker, let pyarrow convert lists without importing pandas.

    pyarrow asks, on its first conversion of Python values in a process, whether pandas is there (to
    tell pandas objects apart), importing it if it is installed: about a third of a second of CPU in
    every worker, which converts only lists and dicts and never uses pandas. It asks once and keeps
    the answer; asked here while pandas cannot be imported, it answers no, and a list converts to the
    same array either way. Only in a process a ProcessPoolExecutor started to run its tasks (engines'
    local pool) that has not imported pandas: any other process, the build's own included, which may
    run units itself, may go on to hand pandas objects to pyarrow. Should multiprocessing or pyarrow
    work otherwise one day, the check fails or pyarrow asks again, and pandas is imported as before."""
    global _pandas_decided
    if _pandas_decided:
        return
    _pandas_decided = True
    from concurrent.futures import process as pool_process

    task_loop = getattr(pool_process, "_process_worker", None)
    if (
        "pandas" in sys.modules
        or task_loop is None
        or getattr(multiprocessing.current_process(), "_target", None) is not task_loop
    ):
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([], type=pa.null())
    finally:
        sys.meta_path.remove(finder)


def process_unit(target: UnitTarget, unit: Unit) -> UnitDone:
    """Read, parse and validate the unit's files and store the results; safe to run again."""
    from .load import read_article  # the parser: a build's main process, whose workers parse, never imports it

    _arrow_without_pandas()
    work, max_bytes = Path(target.work_dir), target.max_bytes
    records: list[dict] = []
    keys: dict[str, list] = {name: [] for name in KEYS_SCHEMA.names}
    rejects: list[Reject] = []
    inputs: dict[str, list] = {name: [] for name in INPUTS_SCHEMA.names}
    total_bytes = 0
    for position, (rel, path) in enumerate(unit.files):
        planned = FILE_STATE.unpack_from(unit.states, position * FILE_STATE.size) if unit.states else None
        loaded = read_article(Path(path), rel, max_bytes, planned)
        result = loaded.result
        inputs["file"].append(rel)
        inputs["sha256"].append(loaded.raw_sha256)
        total_bytes += loaded.size
        if isinstance(result, Reject):
            rejects.append(result)
            continue
        records.append(result)
        keys["id"].append(result["id"])
        keys["file"].append(rel)
    keys["digest"] = [record_digest(record) for record in records]
    keys["words"] = [clean_record_words(record) for record in records]  # the records passed the record rules
    keys["neardup"] = signatures(records)  # all at once: numpy's fixed costs paid once per batch, not per record

    tmp = work / "units" / f".tmp-{unit.name}.{target.run}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()  # not parents=True: a unit never re-creates a work folder that its build removed
    try:
        _write_unit_files(tmp, records, keys, inputs, rejects)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # a full disk keeps no half-written unit filling it
        raise
    final = unit_folder(work, unit.index, target.run)
    if final.exists():  # this run's unit redone (a retried task) after a kill between rename and marker
        shutil.rmtree(final)
    os.rename(tmp, final)
    marker = work / "done" / f"{unit.name}.{target.run}"
    marker_tmp = work / "done" / f".{unit.name}.{target.run}-{os.getpid()}"
    try:
        marker_tmp.write_text(
            json.dumps({"files": len(unit.files), "bytes": total_bytes, "run": target.run}) + "\n", encoding="utf-8"
        )
        os.replace(marker_tmp, marker)
    except BaseException:
        # a unit without its marker is never read: remove both (a full disk left them: a hostile test, the final review)
        marker_tmp.unlink(missing_ok=True)
        shutil.rmtree(final, ignore_errors=True)
        raise
    return UnitDone(unit.index, len(unit.files), total_bytes, target.run)


def remove_unit_leftovers(work_dir: Path) -> None:
    """Remove what units cut short left in a work folder: a unit being written (`units/.tmp-u-…`) or its marker
    (`done/.u-…-PID`), which a worker killed mid-write leaves (a failed build kills its other workers; kill -9). The
    folder is this run's, under its lock, and nothing reads those names."""
    for folder, prefix in (("units", ".tmp-"), ("done", ".")):
        try:
            entries = list(os.scandir(Path(work_dir) / folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)


def _write_unit_files(tmp: Path, records: list[dict], keys: dict, inputs: dict, rejects: list[Reject]) -> None:
    _write_ipc(tmp / "records.arrow", pa.Table.from_pylist(records, schema=arrow_schema()))
    _write_ipc(tmp / "keys.arrow", pa.Table.from_pydict(keys, schema=KEYS_SCHEMA))
    _write_ipc(tmp / "inputs.arrow", pa.Table.from_pydict(inputs, schema=INPUTS_SCHEMA))
    with open(tmp / "rejects.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for reject in rejects:
            fh.write(json.dumps(reject.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


def _write_ipc(path: Path, table: pa.Table) -> None:
    # pyarrow encodes a str path as UTF-8 and fails on a folder name that is not (a surrogate-escaped byte,
    # as Python decodes it); the bytes of the name, as the OS has them, open it.
    with pa.OSFile(os.fsencode(path), "wb") as sink, ipc.new_file(sink, table.schema, options=_IPC_OPTIONS) as writer:
        writer.write_table(table)


def read_records(work_dir: Path, done: UnitDone) -> pa.Table:
    with pa.memory_map(os.fsencode(unit_folder(work_dir, done.index, done.run) / "records.arrow")) as source:
        return ipc.open_file(source).read_all()


def read_keys(work_dir: Path, done: UnitDone) -> pa.Table:
    with pa.memory_map(os.fsencode(unit_folder(work_dir, done.index, done.run) / "keys.arrow")) as source:
        return ipc.open_file(source).read_all()


def read_inputs(work_dir: Path, done: UnitDone) -> pa.Table:
    with pa.memory_map(os.fsencode(unit_folder(work_dir, done.index, done.run) / "inputs.arrow")) as source:
        return ipc.open_file(source).read_all()


def raw_inputs_of_units(work_dir: Path, order: list[UnitDone], skipped: list[Reject]) -> dict:
    """MANIFEST.json's raw_inputs from what the units read: each file's sha256 as hashed when it was
    read (never read again), '-' for the entries the listing reported without reading them."""
    lines = [f"{reject.file}\t{NOT_READ}" for reject in skipped]
    for done in order:
        table = read_inputs(work_dir, done)
        lines.extend(
            f"{rel}\t{digest}"
            for rel, digest in zip(table.column("file").to_pylist(), table.column("sha256").to_pylist(), strict=True)
        )
    return inputs_digest(lines)


def inputs_digest(lines: list[str]) -> dict:
    """{files, sha256}: the sha256 over the sorted lines 'path<TAB>sha256', one per raw entry."""
    lines.sort()
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return {"files": len(lines), "sha256": digest.hexdigest()}


def read_rejects(work_dir: Path, done: UnitDone) -> list[Reject]:
    out = []
    with open(unit_folder(work_dir, done.index, done.run) / "rejects.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out.append(Reject(d["file"], d["type"], d["message"], tuple(Issue(**i) for i in d.get("issues", ()))))
    return out


def done_units(work_dir: Path, runs: tuple[str, ...]) -> dict[int, UnitDone]:
    """The units that runs of this plan completed, from their markers (one per unit: any will do,
    they hold the same bytes)."""
    out = {}
    folder = Path(work_dir) / "done"
    if folder.is_dir():
        for marker in sorted(folder.iterdir()):
            name, _, run = marker.name.partition(".")
            if not name.startswith("u-") or run not in runs or not unit_folder(work_dir, int(name[2:]), run).is_dir():
                continue
            try:
                d = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # cannot happen with the atomic marker, but a damaged one only costs a redo
            index = int(name[2:])
            out[index] = UnitDone(index, d["files"], d["bytes"], run)
    return out


def plan_fingerprint(files: list[tuple[str, str]], skipped: list[Reject], max_bytes: int, unit_files: int) -> str:
    """Changes when anything that decides a unit's output changes: the builder, the schema, the
    settings, or any raw file's path, size, modification time or inode change time (which no one can
    set back, so a file rewritten with the same size and a restored mtime still counts as changed)."""
    h = hashlib.sha256()
    h.update(json.dumps([__version__, schema_sha256(), max_bytes, unit_files, UNIT_FORMAT]).encode())
    for rel, path in files:
        try:
            st = os.stat(path)
            h.update(
                json.dumps([rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]).encode(
                    "utf-8", "surrogatepass"
                )
            )
        except OSError as exc:
            h.update(json.dumps([rel, "unstatable", str(exc.errno)]).encode("utf-8", "surrogatepass"))
    for reject in skipped:
        h.update(json.dumps(reject.to_dict(), sort_keys=True).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class WorkFolder:
    """A work folder opened for one run: its run id, the units earlier runs of the same plan
    finished, and whether an earlier plan for other inputs was thrown away."""

    path: Path
    run: str
    finished: dict[int, UnitDone]
    restarted: bool


def open_work_dir(work_dir: Path, fingerprint: str, what: str = "--work-dir") -> WorkFolder:
    """Claim the work folder (refused, untouched, if it holds anything this tool did not write),
    start a new run of its plan, or a new plan when the inputs changed."""
    work_dir = Path(work_dir).absolute()
    claim_folder(work_dir, WORK, what)
    plan = work_dir / PLAN_FILE
    try:
        previous = json.loads(plan.read_text(encoding="utf-8"))
        same = isinstance(previous, dict) and previous.get("fingerprint") == fingerprint
        runs = tuple(r for r in previous.get("runs", ()) if isinstance(r, str)) if same else ()
    except (OSError, ValueError):
        same, runs = False, ()
    restarted = plan.exists() and not same
    if not same:
        clear_work_folder(work_dir)
    finished = done_units(work_dir, runs) if same else {}
    remove_unit_leftovers(work_dir)  # (of a run killed mid-unit)
    run = secrets.token_hex(6)
    (work_dir / "units").mkdir(exist_ok=True)
    (work_dir / "done").mkdir(exist_ok=True)
    tmp = work_dir / (PLAN_FILE + ".tmp")
    tmp.write_text(json.dumps({"fingerprint": fingerprint, "runs": [*runs, run]}) + "\n", encoding="utf-8")
    os.replace(tmp, plan)
    return WorkFolder(work_dir, run, finished, restarted)


# --- the test hook that kills a run for real ------------------------------------------------------
# CORPUS_BUILDER_KILL_AT=<checkpoint> makes a build or a release SIGKILL itself at that checkpoint:
# the tests' way to prove that a killed run leaves nothing half-made and that the rerun resumes.
# `units-done:N` (build and release): once the N-th work unit of this run is committed. The other
# checkpoints are a release's (builder/release.py, in the order it passes them).
KILL_ENV = "CORPUS_BUILDER_KILL_AT"
UNITS_DONE = "units-done"
CHECKPOINTS = ("data-written", "manifest-written", "mid-seal", "synced", "renamed")


def check_kill_request() -> None:
    """Refuse a CORPUS_BUILDER_KILL_AT that names no checkpoint, before anything is written."""
    value = os.environ.get(KILL_ENV)
    if not value or value in CHECKPOINTS:
        return
    name, _, count = value.partition(":")
    if name == UNITS_DONE and count.isdigit() and int(count) >= 1:
        return
    raise UnknownCheckpointError(f"{KILL_ENV}={value!r} is not one of {', '.join(CHECKPOINTS)} or {UNITS_DONE}:N")


def checkpoint(name: str, count: int | None = None) -> None:
    """SIGKILL this run here if CORPUS_BUILDER_KILL_AT names this checkpoint (`name`, or `name:count`).
    A process that leads its process group (a test starts it in a session of its own) takes the
    group with it, as a kill from outside would; any other kills only itself, and its pool workers
    die with it (engines.die_with_parent)."""
    if os.environ.get(KILL_ENV) != (name if count is None else f"{name}:{count}"):
        return
    if os.getpgid(0) == os.getpid():
        os.killpg(os.getpid(), signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)
