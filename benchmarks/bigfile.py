"""Cost of one big article against its size: peak memory and CPU time, by hand (never from tests).

    python benchmarks/bigfile.py [--sizes 1,4,16,30] [--shapes article,one-paragraph,...] [--out FILE]

For each shape and size (MiB) it writes one raw file, then runs `builder.load.load_article` on it
(read, decode, clean, parse, attribution, JSON Schema, record rules: all a build does with one file)
in a child process of its own, so each figure is that one file's: the child first loads a small
corpus article (imports, validators, caches) and notes its RSS, then loads the big file and reports
its CPU time (`time.process_time`) and peak RSS (VmHWM of /proc/self/status: the peak of the
process's own memory; `resource.getrusage`'s ru_maxrss is not used because Linux carries it over
exec from the forking parent, which holds the big files it generated). `extra` is the
peak minus the RSS before the file was read, the memory the file itself cost, and `x size` that over
the file's size; issue 12's target is about 10x, with time linear in the size (a flat s/MiB column).
With `--out` the table is also written as Markdown (benchmarks/RESULTS-bigfile.md).

Shapes (each ends in a valid record; the file size is within a line of the target):
- article: the body paragraphs of every tests/corpus article, repeated (one quote per ~500 bytes);
- one-paragraph: the same text as a single paragraph (long quotes, sentence ends after them);
- one-line: a single line of words with no sentence end;
- said-quotes: '“x,” he said ' repeated in paragraphs of 4 KB: a quote and a pronoun every 18 bytes;
- sidebar: a sidebar of dated related links, 38 bytes per entry.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
MIB = 1024 * 1024
SHAPES = ("article", "one-paragraph", "one-line", "said-quotes", "sidebar")
HEAD = "FacebookTwitterRedditEmail\n\nA headline for a long article\n\n"
TAIL = "\n\nMore articles by:\n\nJane Doe is a writer.\n\n"


def _corpus_paragraphs() -> list[str]:
    from builder.parse import parse_article

    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        record = parse_article(path.read_bytes(), path.name)
        if isinstance(record, dict):
            out.extend(record["paragraphs"])
    return out


def _repeat(unit: list[str], size: int, sep: str) -> str:
    out, total, k = [], 0, 0
    while total < size:
        piece = unit[k % len(unit)]
        out.append(piece)
        total += len(piece.encode("utf-8")) + len(sep)
        k += 1
    return sep.join(out)


def make(shape: str, size: int) -> bytes:
    room = size - len((HEAD + TAIL).encode("utf-8"))
    if shape == "article":
        text = HEAD + _repeat(_corpus_paragraphs(), room, "\n\n") + TAIL
    elif shape == "one-paragraph":
        text = HEAD + _repeat(_corpus_paragraphs(), room, " ") + TAIL
    elif shape == "one-line":
        text = HEAD + _repeat(["lorem ipsum dolor sit amet"], room, " ") + TAIL
    elif shape == "said-quotes":
        paragraph = _repeat(["\u201cx,\u201d he said"], 4096, " ")
        text = HEAD + _repeat([paragraph], room, "\n\n") + TAIL
    elif shape == "sidebar":
        entries = [f"February {day}, 2020\n\nJane Doe\n\nA title of entry {day}" for day in range(1, 29)]
        text = (
            HEAD
            + "A body paragraph.\n\nMore articles by:\n\nJane Doe is a writer.\n\n"
            + _repeat(entries, room, "\n\n")
            + "\n"
        )
    else:
        raise ValueError(shape)
    return text.encode("utf-8")


def _status_mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def child(path: Path) -> None:
    """In a fresh process: warm up on a small article, then load `path` once; print the figures."""
    from builder.clean import clean_cache_clear
    from builder.load import load_article
    from builder.parse import quote_rows

    load_article(CORPUS / "seed.txt", "seed.txt")
    clean_cache_clear()
    quote_rows.cache_clear()
    before = _status_mib("VmRSS")
    start = time.process_time()
    result = load_article(path, path.name)
    cpu = time.process_time() - start
    peak = _status_mib("VmHWM")
    outcome = (
        f"{len(result['paragraphs'])} paragraphs, {len(result['quotes'])} quotes, {len(result['related_links'])} links"
        if isinstance(result, dict)
        else f"reject {result.type}: {result.message[:80]}"
    )
    print(
        json.dumps({"cpu": cpu, "before": before, "peak": peak, "record": isinstance(result, dict), "outcome": outcome})
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,4,16,30", help="sizes in MiB, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--out", type=Path, help="also write the table as Markdown here")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    header = "| shape | MiB | bytes | CPU s | s/MiB | RSS before | peak RSS | extra | x size | result |"
    rows = [header, "|---" * (header.count("|") - 1) + "|"]
    print(header)
    with tempfile.TemporaryDirectory(prefix="bigfile-") as tmp:
        for shape in args.shapes.split(","):
            for mib in (float(s) for s in args.sizes.split(",")):
                path = Path(tmp) / f"{shape}-{mib:g}.txt"
                data = make(shape, int(mib * MIB))
                path.write_bytes(data)
                del data
                done = subprocess.run(
                    [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, cwd=REPO
                )
                if done.returncode != 0:
                    raise SystemExit(f"{shape} {mib:g} MiB: child failed\n{done.stderr}")
                r = json.loads(done.stdout)
                size = path.stat().st_size
                extra = r["peak"] - r["before"]
                row = (
                    f"| {shape} | {mib:g} | {size:,} | {r['cpu']:.2f} | {r['cpu'] / (size / MIB):.3f} "
                    f"| {r['before']:.0f} MiB | {r['peak']:.0f} MiB | {extra:.0f} MiB "
                    f"| {extra / (size / MIB):.1f} | {r['outcome']} |"
                )
                print(row, flush=True)
                rows.append(row)
                path.unlink()
    if args.out:
        args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
