"""Parquet shards, streamed, with the schema derived from the JSON Schema (never inferred from data).

A split is written by one `SplitWriter`: rows arrive in batches in the build's final order, are cut
into row groups of a fixed number of rows, and a new shard starts before a row group would carry the
current one past the size limit (the Hub asks for shards of at most 500 MB). The writer options are
fixed and nothing in a file depends on the time, the host, the batch sizes or the number of workers,
so the same records in the same order give the same bytes.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc  # noqa: F401  (pa.ipc)
import pyarrow.parquet as pq

from .dataset_folder import parquet_file, partial_shard_path, shard_name
from .defaults import SHARD_BYTES  # defined there for --help, which must not import pyarrow
from .schema import arrow_schema

PARQUET_OPTIONS = dict(
    compression="zstd",
    use_content_defined_chunking=True,  # stable chunk boundaries: small edits dedupe on the Hub
    write_page_index=True,
    write_statistics=True,
    store_schema=True,
    # A CRC32 per data page: a reader that checks them (pyarrow with page_checksum_verification=True)
    # refuses a flipped byte instead of decoding it to other text. The README says which readers do.
    write_page_checksum=True,
)
# The footer (schema, row-group metadata, page index with min/max statistics) is written at close, so
# room is kept for it: a base, and a bound per row group (Arrow drops statistics over 4 KB per value).
FOOTER_BASE_BYTES = 64 * 1024
FOOTER_GROUP_BYTES = 32 * 1024
ROW_GROUP_ROWS = 1000  # ~15 MB of articles: small enough for the Hub's viewer, big enough to compress


class SplitWriter:
    """Streams one split into shards under out_dir, named by `dataset_folder.shard_name`."""

    def __init__(self, out_dir: Path, split: str, shard_bytes: int = SHARD_BYTES, row_group_rows: int = ROW_GROUP_ROWS):
        self.out_dir, self.split = Path(out_dir), split
        self.shard_bytes, self.row_group_rows = shard_bytes, row_group_rows
        self.schema = arrow_schema()
        self.rows = 0
        self.num_bytes = 0  # Arrow bytes of the rows as `datasets` loads them: the card's num_bytes
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._shards: list[Path] = []
        self._open: tuple[_ShardFile, pq.ParquetWriter] | None = None  # the current shard's file and writer
        self._groups_in_shard = 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self._pending.append(table)
        self._pending_rows += table.num_rows
        while self._pending_rows >= self.row_group_rows:
            self._flush(self.row_group_rows)

    def close(self) -> list[str]:
        """Finish the last shard and give the shards their final names; returns their paths
        relative to out_dir, in order."""
        if self._pending_rows:
            self._flush(self._pending_rows)
        self._close_shard()
        count = len(self._shards)
        names = []
        for index, path in enumerate(self._shards):
            self.num_bytes += _loaded_nbytes(path)
            rel = shard_name(self.split, index, count)
            os.replace(path, self.out_dir / rel)
            names.append(rel)
        return names

    def _flush(self, rows: int) -> None:
        table = pa.concat_tables(self._pending).combine_chunks()
        group, rest = table.slice(0, rows), table.slice(rows)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows
        # The Arrow size bounds the compressed size (zstd on text), so the shard stays under the limit.
        size = arrow_bytes(group) + FOOTER_BASE_BYTES + FOOTER_GROUP_BYTES * (self._groups_in_shard + 1)
        if self._open is not None and self._groups_in_shard and self._open[0].tell() + size > self.shard_bytes:
            self._close_shard()
        if self._open is None:
            self._open = self._open_shard()
        self._open[1].write_table(group, row_group_size=rows)
        self._open[0].raise_failure()
        self._groups_in_shard += 1
        self.rows += rows

    def _open_shard(self) -> tuple[_ShardFile, pq.ParquetWriter]:
        path = self.out_dir / partial_shard_path(self.split, len(self._shards))
        path.parent.mkdir(parents=True, exist_ok=True)
        sink = _ShardFile(path)
        writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), self.schema, **PARQUET_OPTIONS)
        self._shards.append(path)
        self._groups_in_shard = 0
        return sink, writer

    def _close_shard(self) -> None:
        if self._open is not None:
            sink, writer = self._open
            self._open = None
            writer.close()
            sink.close()
            sink.raise_failure()


class _ShardFile:
    """The file a shard is written to, which never lets a write error reach pyarrow.

    pyarrow 26 with content-defined chunking aborts the whole process (a failed C++ check, SIGABRT)
    when its sink fails while a column's pages are written, as a full disk does: no Python error,
    no message, and a `.partial` shard left behind. So a failed write is kept here, the bytes after
    it are counted but dropped, and the writer raises the kept error once pyarrow hands control back
    (`raise_failure`, after each row group and at close). The bytes pyarrow makes do not depend on
    its sink, so a shard is the same as one written through pyarrow's own file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "wb")  # noqa: SIM115  (closed by close(), which the writer calls)
        self._position = 0
        self._failure: OSError | None = None
        self.closed = False

    def write(self, data: bytes | memoryview) -> int:
        size = memoryview(data).nbytes
        if self._failure is None:
            try:
                self._file.write(data)
            except OSError as error:
                self._failure = error
        self._position += size
        return size

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        if self._failure is None:
            try:
                self._file.flush()
            except OSError as error:
                self._failure = error

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                self._file.close()
            except OSError as error:
                self._failure = self._failure or error

    def raise_failure(self) -> None:
        """Raise the first write error, naming the shard (a full disk's error names no file)."""
        if self._failure is not None:
            self.close()
            error = self._failure
            raise OSError(error.errno or errno.EIO, error.strerror or str(error), str(self.path)) from error


def arrow_bytes(table: pa.Table) -> int:
    """The rows' size in Arrow IPC form, which decides where shards are cut. Not `table.nbytes`:
    that depends on how the table was made (`take` adds validity bitmaps to columns without nulls,
    a slice can count its parent's buffers), and so on how the build's work was cut into units. The
    IPC size writes a bitmap only where there are nulls and only the rows' part of each buffer, so
    it is a function of the rows alone, and the same rows give the same shards however they came."""
    return sum(pa.ipc.get_record_batch_size(batch) for batch in table.to_batches())


def _loaded_nbytes(path: Path) -> int:
    """What `datasets` counts as the rows' size: it reads a shard one row group at a time and adds
    up the Arrow tables' nbytes. Read back the same way, because a table's nbytes depends on how it
    was made (a filtered or sliced table can carry validity bitmaps a loaded one does not)."""
    parquet = parquet_file(path)
    return sum(parquet.read_row_group(i).nbytes for i in range(parquet.num_row_groups))
