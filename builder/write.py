"""Parquet shards with the schema derived from the JSON Schema, never one inferred from the data.

Rows are sorted by id and the writer options are fixed, so the same records give the same bytes:
nothing in the file depends on the time, the host or the input order.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import arrow_schema

PARQUET_OPTIONS = dict(
    compression="zstd",
    use_content_defined_chunking=True,  # stable chunk boundaries: small edits dedupe on the Hub
    write_page_index=True,
    write_statistics=True,
    store_schema=True,
)


def shard_name(split: str, index: int, count: int) -> str:
    return f"data/{split}-{index:05d}-of-{count:05d}.parquet"


def records_table(records: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(sorted(records, key=lambda r: r["id"]), schema=arrow_schema())


def write_split(records: list[dict], out_dir: Path, split: str) -> tuple[str, pa.Table]:
    """Write one split as a single shard; returns its relative path and the table written."""
    table = records_table(records)
    rel = shard_name(split, 0, 1)
    path = out_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, **PARQUET_OPTIONS)
    return rel, table
