"""CPU per article of each stage of a work unit, on a synthetic corpus, in one process, by hand.

    python benchmarks/unit_stages.py [--count 1000] [--seed 0] [--rounds 3] [--raw DIR]

Writes `--count` synthetic articles (builder.synth) unless --raw names a folder of them, then times,
as `work.process_unit` runs them, each stage over the whole corpus: read + parse, the record rules
(record_issues with the schema), the record digest, the word count, the near-duplicate key, and the
Arrow tables a unit writes. Each figure is the best of --rounds passes of process CPU time (a shared
machine only ever adds time), in microseconds per article. The caches that parse fills for the rules
(clean._kept, parse.quote_rows) are emptied before each read + parse pass, as a unit meets each file once.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from builder import neardup, work
from builder.clean import clean_cache_clear
from builder.errors import Reject
from builder.neardup import signature
from builder.parse import parse_article, quote_rows
from builder.rules import record_issues
from builder.stats import clean_record_words
from builder.synth import write_synth_corpus


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--raw", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="unit-stages-") as tmp:
        raw = args.raw
        if raw is None:
            raw = Path(tmp) / "raw"
            write_synth_corpus(args.count, raw, args.seed)
        paths = sorted(p for p in raw.rglob("*") if p.is_file())[: args.count]
        blobs = [(str(p.relative_to(raw)), p.read_bytes()) for p in paths]
        n = len(blobs)

        parsed: list[dict | Reject] = []
        parse_best = rules_best = float("inf")
        for _ in range(args.rounds):  # parse and rules timed apart, the rules right after their parse
            parsed.clear()
            parse_s = rules_s = 0.0
            for rel, data in blobs:
                quote_rows.cache_clear()
                clean_cache_clear()
                t0 = time.process_time()
                result = parse_article(data, rel)
                t1 = time.process_time()
                if not isinstance(result, Reject):
                    record_issues(result)
                rules_s += time.process_time() - t1
                parse_s += t1 - t0
                parsed.append(result)
            parse_best, rules_best = min(parse_best, parse_s), min(rules_best, rules_s)
        records = [r for r in parsed if not isinstance(r, Reject) and not record_issues(r)]
        digest_s = best_of(args.rounds, lambda: [work.record_digest(r) for r in records])
        words_s = best_of(args.rounds, lambda: [clean_record_words(r) for r in records])
        neardup_s = best_of(args.rounds, lambda: [signature(r) for r in records])
        batched = getattr(neardup, "signatures", None)  # a unit's keys at once, where the code has it
        batched_s = best_of(args.rounds, lambda: batched(records)) if batched is not None else None

        def tables() -> None:
            import pyarrow as pa

            from builder.schema import arrow_schema

            pa.Table.from_pylist(records, schema=arrow_schema())

        tables_s = best_of(args.rounds, tables)
    us = 1e6 / n
    print(f"{n} articles ({len(records)} records), best of {args.rounds} rounds, CPU microseconds per article")
    print(f"  parse (read bytes given)        {parse_best * us:8.0f}")
    print(f"  record rules (after the parse)  {rules_best * us:8.0f}")
    print(f"  record digest                   {digest_s * us:8.0f}")
    print(f"  words                           {words_s * us:8.0f}")
    print(f"  near-duplicate key              {neardup_s * us:8.0f}")
    if batched_s is not None:
        print(f"  near-duplicate keys, batched    {batched_s * us:8.0f}")
    print(f"  records table                   {tables_s * us:8.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
