"""Throughput, CPU and memory of a whole build against the hand-written pipeline, by hand (issue 5).

    python benchmarks/throughput.py [--count 6000] [--compare-counts 1500] [--workers N] [--seed 0]
                                    [--no-handwritten] [--work-dir DIR] [--keep] [--json FILE]

Writes a synthetic corpus (`builder.synth`) of --count files, plus hard-linked prefixes of it for
each --compare-counts (a smaller synthetic corpus is a prefix of a larger one), and for every
count runs, each as its own subprocess:
- our builder: `python -P -m builder build --raw RAW --out OUT [--quiet] [--workers W]`, the installed
  package as `corpus-builder` runs it (compiled when its extensions were built; the code path is
  printed and in --json), or `python -m builder` on the sources when none is installed (the flags are
  passed only if `build --help` lists them);
- the hand-written pipeline (benchmarks/handwritten.py): parse, python-jsonschema, and
  `datasets.Dataset.from_generator(...).to_parquet(...)`.

For each run it reports wall seconds, articles/s and MB of raw input per second (over the files of
the corpus, rejects included), CPU seconds (user + sys of the process and every descendant, from
wait4: this script is a subreaper, so descendants the process did not wait for, such as its output
process, are waited for here and counted too), MB of raw input per CPU-second, the
peak of the summed RSS of the process tree (sampled with psutil every 20 ms; shared pages of forked
workers count once per process), and the largest RSS of any single process (ru_maxrss from wait4).
Then the ratio of our articles/s to the hand-written pipeline's at --count, and each pipeline's
peak-RSS ratio between the largest and the smallest count. Benchmarks are run by hand; tests never assert times.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

import psutil

from builder.synth import synth_path, write_synth_corpus

HERE = Path(__file__).resolve().parent
SAMPLE_SECONDS = 0.02
ISSUE_HANDWRITTEN_ARTICLES_PER_S = 190  # the issue's figure for the hand-written script on these machines


def tree_rss(proc: psutil.Process) -> int:
    """Summed RSS of a process and all its descendants, in bytes (0 once it is gone)."""
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):  # a child that ended since the listing has no memory left to count
            total += p.memory_info().rss
    return total


_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Make this process adopt the orphaned descendants of the commands it runs (Linux), so that
    `reap_orphans` can wait for them and count their CPU."""
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "prctl"):  # not Linux: orphans go to init, and their CPU is not seen here
        print("throughput.py: WARNING: not Linux, descendants the build does not wait for are not counted")
        return
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise SystemExit(f"throughput.py: cannot become a subreaper (errno {errno}): CPU would be undercounted")


def reap_orphans() -> tuple[float, float, int]:
    """Wait for every child left (orphans adopted as subreaper): their user and sys CPU seconds, each
    including the descendants it waited for, and the largest ru_maxrss among them (KiB). It waits as
    long as they run: the builder's output process ends when the build process does."""
    user = system = 0.0
    maxrss = 0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return user, system, maxrss
        user += usage.ru_utime
        system += usage.ru_stime
        maxrss = max(maxrss, usage.ru_maxrss)


def measure(cmd: list[str], env: dict, log: Path) -> dict:
    """Run cmd to completion; wall time, CPU of the tree, peak summed RSS and max single RSS."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        proc = psutil.Process(child.pid)
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(proc))
                done.wait(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 gives the child's own rusage including the descendants it waited for (workers).
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        # Descendants the child did not wait for (its output process, ended when the child ends) were
        # handed to this process (a subreaper) when the child ended: their CPU is the build's too.
        # Before 2026-12-05 they were not counted (about 0.7 s CPU of a build).
        orphans_user, orphans_sys, orphans_maxrss = reap_orphans()
    return {
        "returncode": child.returncode,
        "wall_s": wall,
        "cpu_user_s": usage.ru_utime + orphans_user,
        "cpu_sys_s": usage.ru_stime + orphans_sys,
        "cpu_s": usage.ru_utime + usage.ru_stime + orphans_user + orphans_sys,
        "orphans_cpu_s": orphans_user + orphans_sys,
        "peak_rss_tree_mb": peak / 1e6,
        "max_rss_single_mb": max(usage.ru_maxrss, orphans_maxrss) * 1024 / 1e6,  # Linux reports KiB
    }


def builder_command() -> tuple[list[str], str]:
    """How to run our builder, and the code path that is (builder._compiled.compiled_path): the
    installed package, as `corpus-builder` runs for a user (compiled when its extensions were built),
    or the repository's sources when no package is installed. `python -m builder` run from the
    repository's root imports ./builder first, the pure-Python sources, whatever is installed: the
    installed package is run with -P (no current folder on sys.path)."""
    probe = subprocess.run(
        [sys.executable, "-P", "-c", "from builder._compiled import compiled_path; print(compiled_path())"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    if probe.returncode == 0:
        return [sys.executable, "-P", "-m", "builder"], probe.stdout.strip()
    return [sys.executable, "-m", "builder"], "pure-python (source checkout)"


BUILDER, CODE_PATH = builder_command()


def build_flags(workers: int | None) -> list[str]:
    """--quiet and --workers for our build, where this version of the builder has them."""
    helptext = subprocess.run([*BUILDER, "build", "--help"], capture_output=True, text=True).stdout
    flags = []
    if "--quiet" in helptext:
        flags.append("--quiet")
    if "--workers" in helptext and workers is not None:
        flags += ["--workers", str(workers)]
    return flags


def prefix_corpus(full: Path, count: int, dest: Path) -> None:
    """The first `count` files of the corpus in `full`, as hard links (no copying)."""
    for i in range(count):
        target = synth_path(dest, i)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(synth_path(full, i), target)


def corpus_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def run_ours(raw: Path, out: Path, flags: list[str], env: dict, log: Path) -> dict:
    m = measure([*BUILDER, "build", "--raw", str(raw), "--out", str(out), *flags], env, log)
    if m["returncode"] not in (0, 1):  # 1: some files were rejected, as the corpus intends
        raise SystemExit(f"our build failed (exit {m['returncode']}); see {log}")
    summary = json.loads((out / "build-summary.json").read_text(encoding="utf-8"))
    m["records"] = summary["records"]
    m["command"] = " ".join(["python", *BUILDER[1:], "build", *flags])
    m["code_path"] = CODE_PATH
    return m


def run_handwritten(raw: Path, out: Path, cache: Path, env: dict, log: Path) -> dict:
    cmd = [sys.executable, str(HERE / "handwritten.py"), str(raw), str(out / "data.parquet"), "--cache-dir", str(cache)]
    out.mkdir(parents=True, exist_ok=True)
    m = measure(cmd, env, log)
    if m["returncode"] != 0:
        raise SystemExit(f"the hand-written pipeline failed (exit {m['returncode']}); see {log}")
    counts = json.loads(log.read_text(encoding="utf-8").strip().splitlines()[-1])
    m["records"] = counts["records"]
    m["command"] = "python benchmarks/handwritten.py"
    return m


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gb": round(psutil.virtual_memory().total / 1e9, 1),
        "load_average_at_start": os.getloadavg(),
    }


def main() -> None:
    global SAMPLE_SECONDS
    become_subreaper()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=6000, help="articles in the main corpus (default 6000)")
    parser.add_argument(
        "--compare-counts",
        default=None,
        help="comma-separated smaller counts, for the peak-RSS ratio (default: count/4)",
    )
    parser.add_argument("--workers", type=int, default=None, help="--workers for our build (default: its own default)")
    parser.add_argument("--seed", type=int, default=0, help="synthetic corpus seed")
    parser.add_argument("--no-handwritten", action="store_true", help="run only our builder")
    parser.add_argument(
        "--work-dir", type=Path, default=None, help="where corpora and outputs go (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    parser.add_argument("--json", type=Path, default=None, help="also write all figures to this JSON file")
    parser.add_argument(
        "--raw",
        type=Path,
        default=None,
        help="build this existing corpus once (e.g. one from `synth --count 1000000`), no other counts",
    )
    parser.add_argument(
        "--sample-seconds",
        type=float,
        default=SAMPLE_SECONDS,
        help=f"RSS sampling interval (default {SAMPLE_SECONDS}; use 1 for hour-long runs)",
    )
    args = parser.parse_args()
    SAMPLE_SECONDS = args.sample_seconds
    if args.raw is not None:
        big_build(args)
        return

    compare = [int(c) for c in args.compare_counts.split(",")] if args.compare_counts else [max(1, args.count // 4)]
    counts = sorted({*compare, args.count})
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HF_DATASETS_DISABLE_PROGRESS_BARS": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HF_HOME": str(work / "hf-home"),
    }
    info = {"machine": machine(), "seed": args.seed, "counts": counts, "code_path": CODE_PATH, "runs": []}
    print(f"our builder: {' '.join(['python', *BUILDER[1:]])} ({CODE_PATH})", flush=True)
    try:
        largest = max(counts)
        full = work / f"raw-{largest}"
        synth = write_synth_corpus(largest, full, args.seed)
        info["synth"] = {
            "files": synth.files,
            "mb": synth.bytes / 1e6,
            "mean_kb": synth.mean_bytes / 1e3,
            "seconds": synth.seconds,
            "files_per_s": synth.files_per_second,
            "kinds": dict(synth.kinds),
        }
        print(
            f"corpus: {synth.files} files, {synth.bytes / 1e6:.1f} MB (mean {synth.mean_bytes / 1e3:.1f} KB), "
            f"written in {synth.seconds:.1f} s ({synth.files_per_second:.0f} files/s)",
            flush=True,
        )
        flags = build_flags(args.workers)
        for count in counts:
            raw = full if count == largest else work / f"raw-{count}"
            if count != largest:
                prefix_corpus(full, count, raw)
            mb = corpus_bytes(raw) / 1e6
            pipelines = [
                ("ours", partial(run_ours, raw, work / f"out-ours-{count}", flags, env, work / f"ours-{count}.log"))
            ]
            if not args.no_handwritten:
                pipelines.append(
                    (
                        "hand-written",
                        partial(
                            run_handwritten,
                            raw,
                            work / f"out-hw-{count}",
                            work / f"hw-cache-{count}",
                            env,
                            work / f"hw-{count}.log",
                        ),
                    )
                )
            for name, run in pipelines:
                print(f"running {name} on {count} articles ...", flush=True)
                m = run()
                m.update(
                    {
                        "pipeline": name,
                        "articles": count,
                        "raw_mb": mb,
                        "articles_per_s": count / m["wall_s"],
                        "mb_per_s": mb / m["wall_s"],
                        "mb_per_cpu_s": mb / m["cpu_s"] if m["cpu_s"] else None,
                    }
                )
                info["runs"].append(m)
        report(info, args.count, counts)
        if args.json:
            args.json.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    finally:
        if not args.keep and args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
        elif args.keep:
            print(f"kept {work}")


def big_build(args) -> None:
    """One build of an existing corpus: the 1,000,000-article run."""
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="throughput-", dir=args.raw.parent))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(work / "hf-home")}
    files = sum(1 for p in args.raw.rglob("*") if p.is_file())
    mb = corpus_bytes(args.raw) / 1e6
    print(f"building {files} files, {mb:,.0f} MB ...", flush=True)
    m = run_ours(args.raw, work / "out", build_flags(args.workers), env, work / "ours.log")
    m.update(
        {
            "pipeline": "ours",
            "articles": files,
            "raw_mb": mb,
            "articles_per_s": files / m["wall_s"],
            "mb_per_s": mb / m["wall_s"],
            "mb_per_cpu_s": mb / m["cpu_s"] if m["cpu_s"] else None,
            "machine": machine(),
        }
    )
    out_mb = sum(p.stat().st_size for p in (work / "out").rglob("*") if p.is_file()) / 1e6
    m["output_mb"] = out_mb
    print(json.dumps(m, indent=2))
    if args.json:
        args.json.write_text(json.dumps(m, indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def report(info: dict, main_count: int, counts: list[int]) -> None:
    m = info["machine"]
    print(
        f"\nmachine: {m['cpus']} CPUs ({m['cpu_model']}), {m['memory_gb']} GB, Python {m['python']}, "
        f"load average at start {m['load_average_at_start'][0]:.2f}"
    )
    head = (
        f"{'pipeline':<13} {'articles':>8} {'raw MB':>7} {'wall s':>7} {'art/s':>7} {'MB/s':>6} {'CPU s':>7} "
        f"{'MB/CPU-s':>8} {'peak RSS tree MB':>16} {'max proc RSS MB':>15} {'records':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in info["runs"]:
        print(
            f"{r['pipeline']:<13} {r['articles']:>8} {r['raw_mb']:>7.1f} {r['wall_s']:>7.1f} "
            f"{r['articles_per_s']:>7.1f} "
            f"{r['mb_per_s']:>6.2f} {r['cpu_s']:>7.1f} {r['mb_per_cpu_s'] or 0:>8.2f} {r['peak_rss_tree_mb']:>16.0f} "
            f"{r['max_rss_single_mb']:>15.0f} {r['records']:>7}"
        )
    runs = {(r["pipeline"], r["articles"]): r for r in info["runs"]}
    summary: dict = {}
    ours, theirs = runs.get(("ours", main_count)), runs.get(("hand-written", main_count))
    if ours and theirs:
        summary["throughput_ratio"] = ours["articles_per_s"] / theirs["articles_per_s"]
        print(
            f"\nthroughput ratio at {main_count} articles (ours / hand-written, articles/s): "
            f"{summary['throughput_ratio']:.1f}x"
        )
    if ours:
        summary["ratio_vs_issue_190_per_s"] = ours["articles_per_s"] / ISSUE_HANDWRITTEN_ARTICLES_PER_S
        print(
            f"ours against the issue's {ISSUE_HANDWRITTEN_ARTICLES_PER_S} articles/s for the hand-written script: "
            f"{summary['ratio_vs_issue_190_per_s']:.1f}x"
        )
    if len(counts) > 1:
        small, large = counts[0], counts[-1]
        for name in ("ours", "hand-written"):
            a, b = runs.get((name, small)), runs.get((name, large))
            if a and b:
                ratio = b["peak_rss_tree_mb"] / a["peak_rss_tree_mb"]
                summary[f"peak_rss_ratio_{name}"] = ratio
                print(
                    f"peak RSS (process tree) {name}: {large} vs {small} articles: {ratio:.2f}x "
                    f"({b['peak_rss_tree_mb']:.0f} / {a['peak_rss_tree_mb']:.0f} MB)"
                )
    info["summary"] = summary


if __name__ == "__main__":
    main()
