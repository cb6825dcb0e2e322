"""Time write_croissant, mlcroissant's validation and records() on a 6,000-row dataset, by hand.

    python benchmarks/croissant.py [--rows 6000] [--shards-per-split 1]

The dataset is the test corpus built into Parquet, its rows repeated with fresh ids up to --rows
and split 80/10/10.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CROISSANT_CACHE", tempfile.mkdtemp(prefix="croissant-bench-"))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from builder.build import build_dataset  # noqa: E402
from builder.schema import arrow_schema  # noqa: E402
from builder.write import PARQUET_OPTIONS, shard_name  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def make_dataset(folder: Path, rows: int, shards_per_split: int) -> dict[str, list[str]]:
    seed = build_dataset(CORPUS, folder / "seed", (("train", 1.0),))
    base = pa.Table.from_pylist(seed.records_by_split["train"], schema=arrow_schema()).to_pylist()
    records = [{**base[i % len(base)], "id": f"{i:016x}"} for i in range(rows)]
    cut = [0, rows * 8 // 10, rows * 9 // 10, rows]
    split_files: dict[str, list[str]] = {}
    out = folder / "dataset"
    for name, lo, hi in zip(("train", "validation", "test"), cut[:-1], cut[1:], strict=True):
        table = pa.Table.from_pylist(records[lo:hi], schema=arrow_schema())
        step = -(-table.num_rows // shards_per_split)
        split_files[name] = []
        for i in range(shards_per_split):
            rel = shard_name(name, i, shards_per_split)
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table.slice(i * step, step), out / rel, **PARQUET_OPTIONS)
            split_files[name].append(rel)
    return split_files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--shards-per-split", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        split_files = make_dataset(Path(tmp), args.rows, args.shards_per_split)
        out = Path(tmp) / "dataset"
        size = sum((out / rel).stat().st_size for rels in split_files.values() for rel in rels)

        start = time.perf_counter()
        import mlcroissant as mlc

        from builder.croissant import write_croissant

        imported = time.perf_counter() - start

        start = time.perf_counter()
        path = write_croissant(out, split_files, "News articles", "Benchmark.", "1.0.0", date_published="2025-01-01")
        written = time.perf_counter() - start

        start = time.perf_counter()
        dataset = mlc.Dataset(jsonld=path)
        validated = time.perf_counter() - start
        assert not dataset.metadata.ctx.issues.errors

        start = time.perf_counter()
        count = sum(1 for _ in dataset.records(record_set="articles"))
        read = time.perf_counter() - start
        assert count == args.rows, count

    print(f"{args.rows} rows, {size / 1e6:.1f} MB of Parquet in {sum(map(len, split_files.values()))} shards")
    print(f"import mlcroissant      {imported:6.2f} s")
    print(f"write_croissant         {written:6.2f} s")
    print(f"mlc.Dataset (validate)  {validated:6.2f} s")
    print(f"records(articles)       {read:6.2f} s")


if __name__ == "__main__":
    main()
