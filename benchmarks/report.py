"""The HTML report's cost on a synthetic corpus: its time against the build's, and its size, by hand.

    python benchmarks/report.py [--count 100000] [--work DIR] [--workers N]

Writes a synthetic corpus (`corpus-builder synth`, seed 0) under --work (reused when it is already
there), builds it with `corpus-builder build` in a subprocess (the build writes its report as its
last step), then writes the same report again in this process with `write_report`, which is what
the build spends on it. Budget (issue 16): the report adds at most 10% to the build's time and
stays under 50 MB for 100,000 records. Wall clock and CPU seconds are both printed: on a shared
machine the CPU seconds are the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from builder.report import write_report

BUDGET_SHARE = 0.10
BUDGET_BYTES = 50 * 1000 * 1000


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None, help="where the corpus and the build go [default: a temporary folder]")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="report-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    raw, dataset = work / f"raw-{args.count}", work / f"dataset-{args.count}"
    cli = [sys.executable, "-m", "builder"]
    if not raw.is_dir():
        subprocess.run([*cli, "synth", "--count", str(args.count), "--out", str(raw)], check=True)
    workers = ["--workers", str(args.workers)] if args.workers else []

    cpu, start = _children_cpu(), time.perf_counter()
    build = subprocess.run([*cli, "build", "--raw", str(raw), "--out", str(dataset), "--quiet", *workers],
                           capture_output=True, text=True)
    build_wall, build_cpu = time.perf_counter() - start, _children_cpu() - cpu
    if build.returncode not in (0, 1):
        sys.exit(f"build failed ({build.returncode}): {build.stderr[-2000:]}")

    again = work / "report-again"
    shutil.rmtree(again, ignore_errors=True)
    cpu, start = time.process_time(), time.perf_counter()
    result = write_report(dataset, again, raw_dir=raw)
    report_wall, report_cpu = time.perf_counter() - start, time.process_time() - cpu

    files = _files(dataset / "report")
    size = sum(p.stat().st_size for p in files)
    largest = max(files, key=lambda p: p.stat().st_size)
    same = sorted((p.relative_to(again).as_posix(), p.read_bytes()) for p in _files(again)) == \
        sorted((p.relative_to(dataset / "report").as_posix(), p.read_bytes()) for p in files)
    # The build's time includes its report: the share is what the report adds to a build without one.
    share_wall = report_wall / max(build_wall - report_wall, 1e-9)
    share_cpu = report_cpu / max(build_cpu - report_cpu, 1e-9)
    print(f"corpus: {args.count:,} files under {raw}; cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(f"build (with its report): {build_wall:,.1f} s wall, {build_cpu:,.1f} CPU-s (all processes)")
    print(f"report alone: {report_wall:,.1f} s wall, {report_cpu:,.1f} CPU-s; "
          f"{result.records_held:,} of {result.records:,} records held, {result.rejects_held:,} of {result.rejects:,} rejects")
    print(f"report / build without it: {share_wall:.1%} wall, {share_cpu:.1%} CPU (budget {BUDGET_SHARE:.0%})")
    print(f"report size: {size / 1e6:.1f} MB in {len(files)} files (budget {BUDGET_BYTES / 1e6:.0f} MB); "
          f"largest {largest.relative_to(dataset).as_posix()} {largest.stat().st_size / 1e6:.1f} MB")
    print(f"the build's report and this one are {'the same bytes' if same else 'DIFFERENT'}")
    ok = share_cpu <= BUDGET_SHARE and size < BUDGET_BYTES and same
    print("within budget" if ok else "OVER BUDGET")


if __name__ == "__main__":
    main()
