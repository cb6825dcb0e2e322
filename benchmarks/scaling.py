"""Parse time against input size, on ordinary and adversarial input, by hand (never from tests).

    python benchmarks/scaling.py [--max-mb 10]

For each kind of input it builds files of growing size (doubling up to --max-mb) and times
`parse_article` (decode, clean, layout, line accounting, quote spans and attribution) on each. The
time per MB should stay flat as the size grows: a super-linear path (a regular expression that
backtracks, a quadratic scan) shows as a growing µs/KB column.

Kinds:
- article: the seed article's body repeated (realistic paragraphs, quotes and names);
- one-line: a single line of words with no line break (the 10 MB line);
- quote-marks: straight and curly quotation marks alternating in one paragraph (100k+ marks);
- said-quotes: '“x,” he said' repeated: a quote and a pronoun to resolve every few characters;
- date-lines: a sidebar of nothing but date lines (100k+ lines);
- unmarked-date-lines: the same block of date lines under a prose paragraph and a blank line, with no
  'More articles by:' line: every date line could open a sidebar without the marker;
- names: capitalised words without end, then one attributed quote.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from builder.parse import parse_article

HEAD = "FacebookTwitterRedditEmail\n\nA headline\n\n"
TAIL = "\n\nMore articles by:\n\nJane Doe is a writer.\n\n"
SEED = Path(__file__).resolve().parent.parent / "raw"


def _seed_body() -> str:
    files = sorted(p for p in SEED.glob("*.txt"))
    text = files[0].read_text(encoding="utf-8") if files else "Jane Doe said, \u201cA quote.\u201d A sentence.\n\n"
    body = text.split("More articles by:", 1)[0]
    return body.split("\n", 3)[-1]  # drop the share line and the headline


def make(kind: str, size: int) -> bytes:
    if kind == "article":
        unit = _seed_body()
        text = HEAD + unit * (size // len(unit) + 1) + TAIL
    elif kind == "one-line":
        text = HEAD + ("lorem ipsum dolor sit amet " * (size // 27 + 1)) + TAIL
    elif kind == "quote-marks":
        text = HEAD + ('\u201c"' * (size // 4 + 1)) + TAIL
    elif kind == "said-quotes":
        text = HEAD + ("\u201cx,\u201d he said " * (size // 18 + 1)) + TAIL
    elif kind == "date-lines":
        text = HEAD + "Body.\n\nMore articles by:\n\n" + ("February 27, 2020\n" * (size // 18 + 1))
    elif kind == "unmarked-date-lines":
        text = HEAD + "A sentence of the body ends here.\n\n" + ("February 27, 2020\n" * (size // 18 + 1))
    elif kind == "names":
        text = HEAD + ("Al Bo Cy Di " * (size // 12 + 1)) + "\u201cq,\u201d he said." + TAIL
    else:
        raise ValueError(kind)
    return text.encode("utf-8")


KINDS = ("article", "one-line", "quote-marks", "said-quotes", "date-lines", "unmarked-date-lines", "names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    sizes = []
    size = 128 * 1024
    while size <= args.max_mb * 1024 * 1024:
        sizes.append(size)
        size *= 2
    print(f"{'kind':<12} {'bytes':>10} {'seconds':>9} {'µs/KB':>8}  result")
    for kind in args.kinds.split(","):
        for size in sizes:
            data = make(kind, size)
            start = time.perf_counter()
            result = parse_article(data, "bench.txt")
            seconds = time.perf_counter() - start
            if isinstance(result, dict):
                what = (
                    f"{len(result['paragraphs'])} paragraphs, {len(result['quotes'])} quotes, "
                    f"{len(result['boilerplate'])} boilerplate lines"
                )
            else:
                what = f"reject {result.type}"
            print(
                f"{kind:<12} {len(data):>10} {seconds:>9.3f} {seconds * 1e6 / (len(data) / 1024):>8.1f}  {what}",
                flush=True,
            )


if __name__ == "__main__":
    main()
