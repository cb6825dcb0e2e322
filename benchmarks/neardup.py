"""Time the near-duplicate key per article and the clustering of many keys, by hand (never from tests).

    python benchmarks/neardup.py [FILE ...]

Without files it times tests/corpus/seed.txt. For each article: the key (`builder.neardup.signature`),
and, for comparison, datasketch's classic MinHash over the same shingles (112 permutations), per
shingle (`update`) and in bulk (`update_batch`), when datasketch is installed. Times are the best
of 7 runs of CPU time (time.process_time), which is steadier than wall time on a shared machine;
parse time is printed alongside to compare with benchmarks/RESULTS.md on the same machine.
Then it clusters 1,000,000 random keys (no collisions: the worst case for the sort, not for the
union-find) and reports the time and the peak memory of that step.
"""

from __future__ import annotations

import resource
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np

from builder import neardup
from builder.build import load_article
from builder.parse import parse_article


def _best(fn, repeat: int, runs: int = 7) -> float:
    fn()
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for _ in range(repeat):
            fn()
        best = min(best, (time.process_time() - start) / repeat)
    return best


def _datasketch(text: str):
    try:
        from datasketch import MinHash
    except ImportError:
        return None
    words = neardup._word_bytes(text).tobytes().replace(b"\0", b" ").split()
    shingles = [b" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))]

    def per_shingle():
        m = MinHash(num_perm=neardup.BINS, seed=1)
        for s in shingles:
            m.update(s)

    def bulk():
        m = MinHash(num_perm=neardup.BINS, seed=1)
        m.update_batch(shingles)

    return per_shingle, bulk


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or [Path("tests/corpus/seed.txt")]
    print(
        f"{'article':<40} {'bytes':>7} {'words':>6} {'parse ms':>9} {'key µs':>7} "
        f"{'ds update µs':>13} {'ds bulk µs':>11}"
    )
    for path in files:
        data = path.read_bytes()
        record = load_article(path, path.name)
        text = neardup.record_text(record)
        parse = _best(partial(parse_article, data, path.name), 10)
        key = _best(partial(neardup.signature, record), 300)
        ds = _datasketch(text)
        per_shingle, bulk = (f"{_best(f, 10) * 1e6:13.0f}" for f in ds) if ds else ("-", "-")
        print(
            f"{path.name[-40:]:<40} {len(data):>7} {len(neardup.word_hashes(text)):>6} {parse * 1e3:>9.2f} "
            f"{key * 1e6:>7.0f} {per_shingle:>13} {bulk:>11}"
        )

    n = 1_000_000
    keys = np.random.default_rng(0).integers(0, 2**63, size=(n, neardup.BANDS), dtype=np.uint64)
    ids = [f"{i:016x}" for i in range(n)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    clusters = neardup.near_duplicate_clusters((ids[i], keys[i].tobytes()) for i in range(n))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"near_duplicate_clusters on {n:,} keys: {seconds:.1f} s, {len(clusters)} clusters, "
        f"peak RSS {peak / 1024:.0f} MB (was {before / 1024:.0f} MB before)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
