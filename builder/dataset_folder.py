"""The dataset folder's layout, in one place: the names of the files a build or a release writes,
the Parquet shards' names (made and parsed here, nowhere else), and reading the ids of a folder's
records by split.

A dataset folder (a build's output, or a release RELEASES/vX.Y.Z) holds:

    README.md                 the dataset card (CARD_FILE)
    DATASHEET.md              the datasheet (DATASHEET_FILE)
    article.schema.json       the record schema (SCHEMA_FILE)
    croissant.json            Croissant metadata (CROISSANT_FILE)
    data/SPLIT-NNNNN-of-NNNNN.parquet   the records, split by split (shard_name)
    near-duplicates.jsonl     the near-duplicate clusters (NEAR_DUPLICATES_FILE)
    report/                   the HTML report (REPORT_DIR)
    a build:   build-summary.json, rejects.jsonl, duplicates.jsonl
    a release: MANIFEST.json (which holds the build summary, rejects and duplicates), CHANGELOG.md

(builder/layout.py is the other layout: the raw article files'.)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NotADatasetError

if TYPE_CHECKING:
    import pyarrow.parquet as pq

CARD_FILE = "README.md"
DATASHEET_FILE = "DATASHEET.md"
SCHEMA_FILE = "article.schema.json"
CROISSANT_FILE = "croissant.json"
NEAR_DUPLICATES_FILE = "near-duplicates.jsonl"
REPORT_DIR = "report"  # the HTML report's folder
# A build's side files; a release keeps their content in MANIFEST.json instead.
SUMMARY_FILE = "build-summary.json"
REJECTS_FILE = "rejects.jsonl"
DUPLICATES_FILE = "duplicates.jsonl"
# A release's own files.
MANIFEST_FILE = "MANIFEST.json"
CHANGELOG_FILE = "CHANGELOG.md"
# A release's folder in a releases folder: 'v1.2.0' (no leading zeros).
VERSION_DIR = re.compile(r"v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")

DATA_DIR = "data"
# A shard's path after DATA_DIR/ and its split, as a regular expression: croissant.json carries it
# (a loader finds a shard's split with it), so its text is part of the output's bytes.
SHARD_SUFFIX = r"-[0-9]{5}-of-[0-9]{5}\.parquet"
_SHARD_PATH = re.compile(rf"{DATA_DIR}/(?P<split>[^/]+)-(?P<index>[0-9]{{5}})-of-(?P<count>[0-9]{{5}})\.parquet")
SHARD_FORM = "SPLIT-NNNNN-of-NNNNN.parquet"


@dataclass(frozen=True)
class ShardName:
    """A Parquet shard's place: the index-th of `count` shards of a split (from 0)."""

    split: str
    index: int
    count: int

    @property
    def path(self) -> str:
        """The shard's path relative to the dataset folder: data/{split}-{index:05d}-of-{count:05d}.parquet"""
        return f"{DATA_DIR}/{self.split}-{self.index:05d}-of-{self.count:05d}.parquet"


def shard_name(split: str, index: int, count: int) -> str:
    """The path of a split's index-th shard of count, relative to the dataset folder."""
    return ShardName(split, index, count).path


def partial_shard_path(split: str, index: int) -> str:
    """Where a shard is written before the split's shard count, and so its name, is known."""
    return f"{DATA_DIR}/.{split}-{index:05d}.partial"


def match_shard(rel: str) -> ShardName | None:
    """The shard a path relative to the dataset folder names, or None when it names no shard."""
    m = _SHARD_PATH.fullmatch(rel)
    return None if m is None else ShardName(m["split"], int(m["index"]), int(m["count"]))


def parse_shard(rel: str, shown: object = None) -> ShardName:
    """`match_shard`, for a path that must be a shard: NotADatasetError, naming `shown` (default: rel),
    when it is not."""
    shard = match_shard(rel)
    if shard is None:
        raise NotADatasetError(f"{rel if shown is None else shown}: not named {SHARD_FORM}, so its split is unknown")
    return shard


def shard_files(folder: Path) -> list[tuple[Path, ShardName]]:
    """The folder's Parquet shards, sorted by file name, with their parsed names (of a build, those its marker
    lists: a user's file kept in data/ is none). A folder without a data folder has none if it holds the schema
    (a build without records), and is no dataset else."""
    folder = Path(folder)
    data = folder / DATA_DIR
    if not data.is_dir():
        if (folder / SCHEMA_FILE).is_file():
            return []
        raise NotADatasetError(f"{folder}: not a dataset folder (no {DATA_DIR}/ and no {SCHEMA_FILE})")
    from .ownership import DATASET, read_marker  # (ownership imports this module)

    marker = read_marker(folder)
    # A build's marker names the files it wrote; a user's own Parquet file kept in data/ is not a shard of it.
    written = set(marker.files) if marker is not None and marker.kind == DATASET and marker.files else None
    return [
        (path, parse_shard(f"{DATA_DIR}/{path.name}", path))
        for path in sorted(data.glob("*.parquet"))
        if written is None or f"{DATA_DIR}/{path.name}" in written
    ]


def parquet_file(path: Path) -> pq.ParquetFile:
    """A shard opened for reading. Not by its path as a str: pyarrow encodes that as UTF-8 and fails on a
    folder name that is not (Python holds its bytes as surrogate escapes); the name's own bytes open it."""
    import pyarrow as pa  # only the readers of a folder need it
    import pyarrow.parquet as pq

    return pq.ParquetFile(pa.memory_map(os.fsencode(path)))


def read_rows(folder: Path, columns: Sequence[str] | None = None) -> Iterator[tuple[str, str, dict]]:
    """(id, split, row) of every record of a dataset folder, shard by shard, batch by batch; only
    `columns` are read (None: all). NotADatasetError when a shard's name or bytes are not a shard's,
    a row has no string id, or an id is in the folder twice."""
    import pyarrow as pa  # only the readers of a folder need it

    seen: dict[str, str] = {}  # id -> split
    for path, shard in shard_files(folder):
        try:
            batches = [batch.to_pylist() for batch in parquet_file(path).iter_batches(columns=columns)]
        except (OSError, pa.ArrowException) as exc:
            raise NotADatasetError(f"{path}: cannot be read as Parquet: {exc}") from None
        for rows in batches:
            for row in rows:
                record_id = row.get("id")
                if not isinstance(record_id, str):
                    raise NotADatasetError(f"{path}: a row has no string id")
                if record_id in seen:
                    raise NotADatasetError(f"{path}: id {record_id} is already in split {seen[record_id]!r}")
                seen[record_id] = shard.split
                yield record_id, shard.split, row


def ids_by_split(folder: Path) -> dict[str, str]:
    """id -> split of every record of a dataset folder (only the id column is read)."""
    return {record_id: split for record_id, split, _ in read_rows(folder, ["id"])}
