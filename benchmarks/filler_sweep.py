"""Every junk page of tests/corpus-junk with a paragraph of filler at every body slot, by hand.

    PYTHONPATH=. python benchmarks/filler_sweep.py [--seed 1] [--real 12] [--generated 8]

tests/test_junk.py's filler property draws about one example per page, derandomised: adding pages
reshuffles its draws, so a page that a filler turns into a record can pass CI for weeks and then
fail it. This sweep is the thorough check: `--real` paragraphs of the real test pieces and
`--generated` lines of the record generator (tests/strategies.py), each inserted at every slot
between the headline and the 'More articles by:' or closing share-buttons line of every junk page.
Prints each page whose type changes (the slot, the filler, what it became). About 75 s for 20 fillers.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from strategies import _line  # noqa: E402
from test_junk import _REAL_PARAGRAPHS, JUNK_CASES, _body_slots  # noqa: E402

from builder.decode import decode_bytes  # noqa: E402
from builder.errors import Reject  # noqa: E402
from builder.parse import parse_article  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--real", type=int, default=12)
    parser.add_argument("--generated", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    fillers = rng.sample(list(_REAL_PARAGRAPHS), args.real) + [_line.example() for _ in range(args.generated)]
    changed = 0
    for raw, expected in JUNK_CASES:
        lines = [line for line in decode_bytes(raw.read_bytes()).text.splitlines() if line.strip()]
        for filler in fillers:
            for slot in _body_slots(lines):
                page = [*lines[:slot], filler, *lines[slot:]]
                result = parse_article("\n\n".join(page).encode("utf-8"), raw.name)
                got = result.type if isinstance(result, Reject) else "record"
                if got != expected["reject_reason"]:
                    changed += 1
                    print(f"{raw.name}: slot {slot}, filler {filler[:60]!r}: {got}")
    print(f"{len(JUNK_CASES)} junk pages x {len(fillers)} fillers at every slot: {changed} changed type")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
