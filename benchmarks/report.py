"""The HTML report's cost on a synthetic corpus: its time against the build's, and its size, by hand.

    python benchmarks/report.py [--count 100000] [--records N] [--work DIR] [--workers N]

Writes a synthetic corpus (`corpus-builder synth`, seed 0) under --work (reused when it is already
there), builds it with `corpus-builder build` in a subprocess (the build writes its report as its
last step), then writes the same report again in this process with `write_report`, which is what
the build spends on it. Budget (issue 16): the report adds at most 10% to the build's time and
stays under 50 MB for 100,000 records. Wall clock and CPU seconds are both printed: on a shared
machine the CPU seconds are the steadier figure.

`--records N` (for a machine where a build of N articles takes too long): the report is measured on
a dataset of N records made from the built one, its rows repeated with fresh ids in each split
(`dataset-N-records`, with build-summary.json's counts set to match), and the build's time for N
articles is the measured one scaled by N / the records built (a build's work is per article; the
throughput figures in benchmarks/RESULTS.md show it stays linear to a million). The output says which figures are
scaled.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from builder.report import write_report
from builder.write import PARQUET_OPTIONS, ROW_GROUP_ROWS, shard_name

BUDGET_SHARE = 0.10
BUDGET_BYTES = 50 * 1000 * 1000


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def replicate(dataset: Path, out: Path, records: int) -> None:
    """A copy of the dataset folder whose splits hold `records` rows in all, in the same proportions:
    the built rows repeated with fresh ids (one shard per split)."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(dataset, out, ignore=shutil.ignore_patterns("report", "data"))
    summary = json.loads((out / "build-summary.json").read_bytes())
    built = summary["records"]
    by_split: dict[str, int] = {}
    serial = 0
    for split, n in summary["records_by_split"].items():
        table = pa.concat_tables(pq.read_table(p) for p in sorted((dataset / "data").glob(f"{split}-*.parquet")))
        want = n * records // built
        rows = table.take(pa.array([i % table.num_rows for i in range(want)], type=pa.int64()))
        ids = [hashlib.sha256(f"replica {serial + i}".encode()).hexdigest()[:16] for i in range(want)]
        serial += want
        rows = rows.set_column(rows.schema.get_field_index("id"), "id", pa.array(ids, type=pa.string()))
        path = out / shard_name(split, 0, 1)
        path.parent.mkdir(exist_ok=True)
        pq.write_table(rows, path, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
        by_split[split] = want
    summary["records_by_split"] = by_split
    summary["records"] = sum(by_split.values())
    (out / "build-summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument(
        "--work", type=Path, default=None, help="where the corpus and the build go [default: a temporary folder]"
    )
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--records",
        type=int,
        default=None,
        help="measure the report on this many records made from the build, the build's time scaled to them",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="report-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    raw, dataset = work / f"raw-{args.count}", work / f"dataset-{args.count}"
    cli = [sys.executable, "-m", "builder"]
    if not raw.is_dir():
        subprocess.run([*cli, "synth", "--count", str(args.count), "--out", str(raw)], check=True)
    workers = ["--workers", str(args.workers)] if args.workers else []

    cpu, start = _children_cpu(), time.perf_counter()
    build = subprocess.run(
        [*cli, "build", "--raw", str(raw), "--out", str(dataset), "--quiet", *workers], capture_output=True, text=True
    )
    build_wall, build_cpu = time.perf_counter() - start, _children_cpu() - cpu
    if build.returncode not in (0, 1):
        sys.exit(f"build failed ({build.returncode}): {build.stderr[-2000:]}")

    built = json.loads((dataset / "build-summary.json").read_bytes())["records"]
    scale = 1.0
    measured = dataset
    if args.records:
        measured = work / f"dataset-{args.records}-records"
        replicate(dataset, measured, args.records)
        scale = json.loads((measured / "build-summary.json").read_bytes())["records"] / built
        # The built dataset's own report is not per-article work: take it out before scaling.
        own = work / "report-of-build"
        shutil.rmtree(own, ignore_errors=True)
        cpu, start = time.process_time(), time.perf_counter()
        write_report(dataset, own, raw_dir=raw)
        own_wall, own_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"build measured on {built:,} records: {build_wall:,.1f} s wall, {build_cpu:,.1f} CPU-s, of which its "
            f"report {own_wall:,.1f} s, {own_cpu:,.1f} CPU-s; "
            f"without it, scaled by {scale:,.2f} to {built * scale:,.0f} records"
        )
        build_wall, build_cpu = (build_wall - own_wall) * scale, (build_cpu - own_cpu) * scale
        write_report(measured, measured / "report", raw_dir=raw)  # what the build would have written

    again = work / "report-again"
    shutil.rmtree(again, ignore_errors=True)
    cpu, start = time.process_time(), time.perf_counter()
    result = write_report(measured, again, raw_dir=raw)
    report_wall, report_cpu = time.perf_counter() - start, time.process_time() - cpu

    dataset = measured
    files = _files(dataset / "report")
    size = sum(p.stat().st_size for p in files)
    largest = max(files, key=lambda p: p.stat().st_size)
    same = sorted((p.relative_to(again).as_posix(), p.read_bytes()) for p in _files(again)) == sorted(
        (p.relative_to(dataset / "report").as_posix(), p.read_bytes()) for p in files
    )
    # The build's time includes its report: the share is what the report adds to a build without one.
    share_wall = report_wall / max(build_wall - (report_wall if scale == 1.0 else 0), 1e-9)
    share_cpu = report_cpu / max(build_cpu - (report_cpu if scale == 1.0 else 0), 1e-9)
    print(f"corpus: {args.count:,} files under {raw}; cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(
        f"build ({'scaled, without a report' if scale != 1.0 else 'with its report'}): "
        f"{build_wall:,.1f} s wall, {build_cpu:,.1f} CPU-s (all processes)"
    )
    print(
        f"report alone: {report_wall:,.1f} s wall, {report_cpu:,.1f} CPU-s; "
        f"{result.records_held:,} of {result.records:,} records held, "
        f"{result.rejects_held:,} of {result.rejects:,} rejects"
    )
    print(f"report / build without it: {share_wall:.1%} wall, {share_cpu:.1%} CPU (budget {BUDGET_SHARE:.0%})")
    print(
        f"report size: {size / 1e6:.1f} MB in {len(files)} files (budget {BUDGET_BYTES / 1e6:.0f} MB); "
        f"largest {largest.relative_to(dataset).as_posix()} {largest.stat().st_size / 1e6:.1f} MB"
    )
    print(f"the build's report and this one are {'the same bytes' if same else 'DIFFERENT'}")
    ok = share_cpu <= BUDGET_SHARE and size < BUDGET_BYTES and same
    print("within budget" if ok else "OVER BUDGET")


if __name__ == "__main__":
    main()
