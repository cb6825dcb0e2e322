"""Start-up cost (issue 17): `corpus-builder --help` and a one-article build, wall clock, with hyperfine.

    python benchmarks/startup.py                       # the installed corpus-builder (PATH)
    python benchmarks/startup.py --before DIR          # also a baseline installed with pip --target DIR

The build reads the repository's raw/ (one article) into one output folder, rebuilt in place on every
run (each run replaces the previous output). Prints the hyperfine commands it runs and each one's
median, mean and min in seconds; hyperfine's JSON is kept under --out. benchmarks/RESULTS-startup.md
has the figures and how the shared machine was kept out of them (--niced).
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _baseline_script(folder: Path, target: Path) -> Path:
    """A corpus-builder script that imports the baseline installed in `target` (pip install --target)."""
    script = folder / "corpus-builder-before"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(target)!r})\n"
        "from builder.cli import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def _hyperfine(commands: list[str], export: Path, runs: int, niced: bool) -> list[dict]:
    argv = ["hyperfine", "-N", "--warmup", "2", "--runs", str(runs), "--export-json", str(export), *commands]
    if niced:  # a session of its own whose autogroup gets nice -20: other sessions' load is kept off the figures
        argv = ["setsid", "sh", "-c", 'echo -20 > /proc/self/autogroup; exec nice -n -20 "$@"', "sh", *argv]
    print("$", shlex.join(argv), flush=True)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return json.loads(export.read_text(encoding="utf-8"))["results"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="a baseline installed with `pip install --no-deps --target DIR`")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "startup-bench")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--niced", action="store_true", help="run at autogroup nice -20 (needs root)")
    args = parser.parse_args()
    if shutil.which("hyperfine") is None:
        sys.exit("hyperfine is not installed: apt-get install -y hyperfine")
    args.out.mkdir(parents=True, exist_ok=True)
    after = shutil.which("corpus-builder") or sys.exit("corpus-builder is not on PATH")
    programs = {"after": after}
    if args.before:
        programs = {"before": str(_baseline_script(args.out, args.before.resolve())), **programs}
    raw = REPO / "raw"
    assert len([p for p in raw.rglob("*") if p.is_file()]) == 1, f"{raw} should hold one article"
    # One hyperfine run per case with every program in it, so that before and after meet the same load.
    cases = {"--help": "--help", "build": f"build --raw {raw} --out {args.out / 'dataset-LABEL'}"}
    for case, arguments in cases.items():
        commands = [f"{program} {arguments.replace('LABEL', label)}" for label, program in programs.items()]
        results = _hyperfine(commands, args.out / f"{case.strip('-')}.json", args.runs, args.niced)
        for label, result in zip(programs, results, strict=True):
            print(
                f"{case:6s} {label:6s} median {result['median']:.3f} s  mean {result['mean']:.3f} s  "
                f"min {result['min']:.3f} s  user {result['user']:.3f} s  sys {result['system']:.3f} s"
            )


if __name__ == "__main__":
    main()
