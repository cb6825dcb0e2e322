"""Time parse and validation per article, by hand (never from tests).

    python benchmarks/per_article.py [FILE ...]
    python benchmarks/per_article.py --dev        # the seed, each dev article, and the dev average

Columns: `parse` is parse_article (decode, clean, layout, quotes, attribution); `rules` is the
record rules alone (record_issues minus its JSON Schema step), right after the parse as in a build
(so with the quotes parse kept for them); `schema` is the JSON Schema
validation alone (schema_issues); `total` is parse + record_issues. Each figure is the best of
several rounds of process CPU time, because a shared machine only ever adds time.

Without files it times the articles in raw/ and one adversarial 1 MB paragraph of 250,000
alternating quotation marks (125,000 quote spans).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from builder.clean import clean_cache_clear
from builder.parse import parse_article, quote_rows
from builder.rules import _rule_issues
from builder.schema import schema_issues

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def _per_call(fn, repeat: int, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            fn()
        best = min(best, (time.process_time() - start) / repeat)
    return best


def time_article(data: bytes) -> tuple[float, float, float] | str:
    """(parse, rules without schema, schema) in ms, or the reject type."""
    repeat, rounds = (20, 5) if len(data) < 100_000 else (1, 1)
    record = parse_article(data, "x")
    if not isinstance(record, dict):
        return f"rejected: {record.type}"
    # parse keeps the last few articles' quotes (parse.quote_rows) and cleaned lines (clean._kept) for
    # the rules; emptied before each parse so that it is timed on an article it has not seen, kept for
    # the rules as in a build.
    parse_ms = (
        _per_call(lambda: (quote_rows.cache_clear(), clean_cache_clear(), parse_article(data, "x")), repeat, rounds)
        * 1000
    )
    clean_cache_clear()
    parse_article(data, "x")
    rules_ms = _per_call(lambda: list(_rule_issues(record)), repeat, rounds) * 1000
    schema_ms = _per_call(lambda: schema_issues(record), repeat, rounds) * 1000
    return parse_ms, rules_ms, schema_ms


def main(args: list[str]) -> None:
    dev = "--dev" in args
    paths = [a for a in args if a != "--dev"]
    if dev:
        paths = [str(CORPUS / "seed.txt")] + [str(p) for p in sorted(CORPUS.glob("dev-*.txt"))]
    cases = [(p, Path(p).read_bytes()) for p in paths] or [
        (str(p), p.read_bytes()) for p in sorted(Path("raw").glob("*")) if p.is_file()
    ]
    if not paths:
        body = '\u201c"' * 250_000
        cases.append(
            (
                "adversarial: 250k quote marks",
                f"FacebookTwitterRedditEmail\n\nH\n\n{body}\n\nMore articles by:\n".encode(),
            )
        )
    print(f"{'input':<48} {'bytes':>9} {'parse ms':>9} {'rules ms':>9} {'schema ms':>10} {'total ms':>9}")
    dev_rows = []
    for name, data in cases:
        row = time_article(data)
        if isinstance(row, str):
            print(f"{name[-48:]:<48} {len(data):>9} {row}")
            continue
        if Path(name).name.startswith("dev-"):
            dev_rows.append((len(data), *row))
        print(f"{name[-48:]:<48} {len(data):>9} {row[0]:>9.2f} {row[1]:>9.2f} {row[2]:>10.2f} {sum(row):>9.2f}")
    if dev_rows:
        avg = [sum(col) / len(dev_rows) for col in zip(*dev_rows, strict=True)]
        print(
            f"{'dev average (' + str(len(dev_rows)) + ' articles)':<48} {avg[0]:>9.0f} {avg[1]:>9.2f} "
            f"{avg[2]:>9.2f} {avg[3]:>10.2f} {sum(avg[1:]):>9.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
