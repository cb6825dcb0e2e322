"""The HTML report's cost on a real build of a synthetic corpus: its time against the build's, and its size.

    python benchmarks/report.py [--count 100000] [--work DIR] [--workers N] [--report-only] [--records N]

Writes a synthetic corpus (`corpus-builder synth --seed 0`) under --work (reused when it is already
there) and builds it with a real `corpus-builder build` in a subprocess. The build writes its
report as its last step, in its main process; that subprocess runs the CLI with the build's
`write_report` wrapped in a timer (the real function, called as the build calls it), so the figures
say what the build spent on its report, in wall and CPU seconds, beside the build's total (all its
processes, the worker pool included). Then the report is written again in this process from the built
dataset (`write_report`, CPU seconds by `time.process_time`): that is the figure the share uses, as
it is the report code installed now; when it is the same code the build ran, both figures agree and
the two reports are the same bytes.

Share = report CPU-s / (build CPU-s - the build's own report CPU-s), and the same with wall seconds:
what the report adds to a build that would not write one. Budget (issue 16): at most 10%, and
report/ under 50 MB for 100,000 records. On a shared machine the CPU seconds are the steadier
figure.

`--report-only`: reuse the build and its timings from an earlier run under --work (written to
build-timing.json) and write the report again only (after a change to the report code).

`--records N` (for a machine where a real build of N articles takes too long): the report is also
measured on a dataset of N records made from the built one, its rows repeated with fresh ids in each
split (`dataset-N-records`), against the build's time scaled by N / the records built. The output
says the figures are scaled; the real build is the measurement to trust.
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

from builder.report import ReportResult, write_report
from builder.write import PARQUET_OPTIONS, ROW_GROUP_ROWS, shard_name

BUDGET_SHARE = 0.10
BUDGET_BYTES = 50 * 1000 * 1000
TIMING_FILE = "build-timing.json"

# Run in the build's subprocess: the CLI, with the build's own write_report timed where it runs.
_TIMED_BUILD = """
import json, sys, time
import builder.build
from builder.cli import main

real = builder.build.write_report
spent = []

def timed(*args, **kwargs):
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        return real(*args, **kwargs)
    finally:
        spent.append([time.perf_counter() - wall, time.process_time() - cpu])

builder.build.write_report = timed
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump({"report_calls": spent}, fh)
sys.exit(code)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _same_bytes(a: Path, b: Path) -> bool:
    def listing(folder: Path) -> list[tuple[str, bytes]]:
        return sorted((p.relative_to(folder).as_posix(), p.read_bytes()) for p in _files(folder))

    return a.is_dir() and b.is_dir() and listing(a) == listing(b)


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


def run_build(raw: Path, dataset: Path, workers: list[str], timing_file: Path) -> dict:
    """A real build in a subprocess, its report step timed inside it; the figures, also saved."""
    cli = [sys.executable, "-m", "builder"]
    args = ["build", "--raw", str(raw), "--out", str(dataset), "--quiet", *workers]
    inner = timing_file.with_suffix(".inner.json")
    cpu, start = _children_cpu(), time.perf_counter()
    build = subprocess.run([sys.executable, "-c", _TIMED_BUILD, str(inner), *args], capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if build.returncode not in (0, 1):
        sys.exit(f"build failed ({build.returncode}): {build.stderr[-2000:]}")
    calls = json.loads(inner.read_bytes())["report_calls"]
    inner.unlink()
    if len(calls) != 1:
        sys.exit(f"the build wrote its report {len(calls)} times, expected once")
    summary = json.loads((dataset / "build-summary.json").read_bytes())
    timing = {
        "command": " ".join([*cli, *args]),
        "wall_s": wall,
        "cpu_s": cpu,
        "report_wall_s": calls[0][0],
        "report_cpu_s": calls[0][1],
        "records": summary["records"],
        "rejects": summary["rejected"],
        "files_read": summary["files_read"],
        "load_average_after": os.getloadavg()[0],
    }
    timing_file.write_text(json.dumps(timing, indent=2) + "\n", encoding="utf-8")
    return timing


def time_report(dataset: Path, out: Path, raw: Path) -> tuple[float, float, ReportResult]:
    shutil.rmtree(out, ignore_errors=True)
    cpu, start = time.process_time(), time.perf_counter()
    result = write_report(dataset, out, raw_dir=raw)
    return time.perf_counter() - start, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument(
        "--work", type=Path, default=None, help="where the corpus and the build go [default: a temporary folder]"
    )
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--report-only", action="store_true", help="reuse the build under --work; rewrite the report")
    parser.add_argument(
        "--records",
        type=int,
        default=None,
        help="also measure the report on this many records made from the build, the build's time scaled to them",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="report-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    raw, dataset, timing_file = work / f"raw-{args.count}", work / f"dataset-{args.count}", work / TIMING_FILE
    if not raw.is_dir():
        subprocess.run(
            [sys.executable, "-m", "builder", "synth", "--count", str(args.count), "--out", str(raw)], check=True
        )
    if args.report_only:
        if not timing_file.is_file():
            sys.exit(f"--report-only: no {timing_file} from an earlier run")
        timing = json.loads(timing_file.read_bytes())
    else:
        timing = run_build(raw, dataset, ["--workers", str(args.workers)] if args.workers else [], timing_file)

    print(f"corpus: {args.count:,} files under {raw}; cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(f"build: {timing['command']}")
    print(
        f"  {timing['wall_s']:,.1f} s wall, {timing['cpu_s']:,.1f} CPU-s (all processes); "
        f"{timing['records']:,} records, {timing['rejects']:,} rejects of {timing['files_read']:,} files"
    )
    print(
        f"  of which the build's own report step: {timing['report_wall_s']:,.1f} s wall, "
        f"{timing['report_cpu_s']:,.1f} CPU-s"
    )
    base_wall = timing["wall_s"] - timing["report_wall_s"]
    base_cpu = timing["cpu_s"] - timing["report_cpu_s"]

    again = work / "report-again"
    report_wall, report_cpu, result = time_report(dataset, again, raw)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    files = _files(again)
    size = sum(p.stat().st_size for p in files)
    largest = max(files, key=lambda p: p.stat().st_size)
    same = _same_bytes(again, dataset / "report")
    if not same:  # the report code changed since the build: check determinism on a second run instead
        twice = work / "report-twice"
        time_report(dataset, twice, raw)
        same_twice = _same_bytes(again, twice)
        shutil.rmtree(twice)
    share_wall, share_cpu = report_wall / max(base_wall, 1e-9), report_cpu / max(base_cpu, 1e-9)
    print(
        f"report written again in-process: {report_wall:,.1f} s wall, {report_cpu:,.1f} CPU-s, "
        f"peak RSS of this process {peak_mb:,.0f} MB; {result.records_held:,} of {result.records:,} "
        f"records held, {result.rejects_held:,} of {result.rejects:,} rejects listed"
    )
    print(f"report / build without its report: {share_wall:.1%} wall, {share_cpu:.1%} CPU (budget {BUDGET_SHARE:.0%})")
    print(
        f"report size: {size / 1e6:.1f} MB in {len(files)} files (budget {BUDGET_BYTES / 1e6:.0f} MB); "
        f"largest {largest.relative_to(again).as_posix()} {largest.stat().st_size / 1e6:.2f} MB"
    )
    if same:
        print("the build's report and this one are the same bytes")
    else:
        print(
            "the build's report differs from this one (the report code changed since the build); "
            f"written twice now, the two are {'the same bytes' if same_twice else 'DIFFERENT'}"
        )
    ok = share_cpu <= BUDGET_SHARE and size < BUDGET_BYTES and (same or same_twice)
    print("within budget" if ok else "OVER BUDGET")

    if args.records:
        measured = work / f"dataset-{args.records}-records"
        replicate(dataset, measured, args.records)
        scale = json.loads((measured / "build-summary.json").read_bytes())["records"] / timing["records"]
        wall, cpu, _ = time_report(measured, measured / "report", raw)
        size = sum(p.stat().st_size for p in _files(measured / "report"))
        print(
            f"scaled to {args.records:,} records (build time x{scale:,.2f}): report {wall:,.1f} s wall, "
            f"{cpu:,.1f} CPU-s, {cpu / max(base_cpu * scale, 1e-9):.1%} CPU of the scaled build; {size / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
