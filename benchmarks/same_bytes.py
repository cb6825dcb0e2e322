"""Prove a refactor or a speed-up changed no output byte, by hand (never from tests).

    python benchmarks/same_bytes.py record --to FILE [--synth 6000] [--dir /tmp/same-bytes]
    python benchmarks/same_bytes.py check  --against FILE [--synth 6000] [--dir /tmp/same-bytes] [--inputs DIR]

Builds tests/corpus, tests/corpus-extra, tests/corpus-junk, raw/ and a `corpus-builder synth` corpus of
--synth articles with the installed `corpus-builder`, and records the sha256 of every output file
(the HTML report included). `check` rebuilds and lists every file whose sha256 differs. Same
environment (same pyarrow) on both sides: Parquet bytes depend on the writer's version.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = ("tests/corpus", "tests/corpus-extra", "tests/corpus-junk", "raw")


def _sha256_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _build(raw: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    done = subprocess.run(
        ["corpus-builder", "build", "--raw", str(raw), "--out", str(out), "--quiet"], capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"build of {raw} failed ({done.returncode}): {done.stderr[-2000:]}")


def hashes(work: Path, synth: int, inputs_root: Path = REPO) -> dict[str, dict[str, str]]:
    work.mkdir(parents=True, exist_ok=True)
    inputs = {name: inputs_root / name for name in CORPORA}
    if synth:
        raw = work / f"synth-{synth}"
        if not raw.exists():
            subprocess.run(["corpus-builder", "synth", "--count", str(synth), "--out", str(raw)], check=True)
        inputs[f"synth-{synth}"] = raw
    result = {}
    for name, raw in inputs.items():
        out = work / ("out-" + name.replace("/", "-"))
        _build(raw, out)
        result[name] = _sha256_tree(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("record", "check"))
    parser.add_argument("--to", type=Path, help="record: the JSON file to write")
    parser.add_argument("--against", type=Path, help="check: a JSON file written by record")
    parser.add_argument("--synth", type=int, default=6000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/same-bytes"))
    parser.add_argument(
        "--inputs",
        type=Path,
        default=REPO,
        help="the folder holding the corpora (default: this checkout); to compare code alone when the test "
        "corpora changed, extract the recorded commit's: git archive COMMIT tests raw | tar -x -C DIR",
    )
    args = parser.parse_args()
    now = hashes(args.dir, args.synth, args.inputs)
    if args.command == "record":
        args.to.write_text(json.dumps(now, indent=1, sort_keys=True), encoding="utf-8")
        print(f"recorded {sum(len(v) for v in now.values())} files of {len(now)} builds to {args.to}")
        return
    before = json.loads(args.against.read_text(encoding="utf-8"))
    differ = [
        f"{corpus}/{file}: {before.get(corpus, {}).get(file, 'absent')} -> {now.get(corpus, {}).get(file, 'absent')}"
        for corpus in sorted(set(before) | set(now))
        for file in sorted(set(before.get(corpus, {})) | set(now.get(corpus, {})))
        if before.get(corpus, {}).get(file) != now.get(corpus, {}).get(file)
    ]
    print("\n".join(differ[:50]))
    total = sum(len(v) for v in now.values())
    print(f"{'SAME' if not differ else 'DIFFERENT'}: {total} files, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
