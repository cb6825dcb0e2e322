"""Time parse and validation per article, by hand (never from tests).

    python benchmarks/per_article.py [FILE ...]

Without files it times the articles in raw/ and one adversarial 1 MB paragraph of 250,000
alternating quotation marks (125,000 quote spans).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from builder.parse import parse_article
from builder.rules import record_issues
from builder.schema import schema_issues


def _per_call(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main(paths: list[str]) -> None:
    cases = [(p, Path(p).read_bytes()) for p in paths] or [
        (str(p), p.read_bytes()) for p in sorted(Path("raw").glob("*")) if p.is_file()
    ]
    if not paths:
        body = "\u201c\"" * 250_000
        cases.append(("adversarial: 250k quote marks", f"FacebookTwitterRedditEmail\n\nH\n\n{body}\n\nMore articles by:\n".encode()))
    print(f"{'input':<48} {'bytes':>9} {'parse ms':>10} {'schema ms':>10} {'schema+rules ms':>16}")
    for name, data in cases:
        repeat = 50 if len(data) < 100_000 else 1
        record = parse_article(data, "x")
        if not isinstance(record, dict):
            print(f"{name[-48:]:<48} {len(data):>9} rejected: {record.type}")
            continue
        parse_ms = _per_call(lambda: parse_article(data, "x"), repeat) * 1000
        schema_ms = _per_call(lambda: schema_issues(record), repeat) * 1000
        all_ms = _per_call(lambda: record_issues(record), repeat) * 1000
        print(f"{name[-48:]:<48} {len(data):>9} {parse_ms:>10.1f} {schema_ms:>10.1f} {all_ms:>16.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
