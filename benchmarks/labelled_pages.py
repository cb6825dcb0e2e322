"""Which labelled pages a change moves, by hand (never from tests).

    python benchmarks/labelled_pages.py record OUT.json [FOLDER ...]   # default: tests/corpus-blind tests/corpus-junk
    python benchmarks/labelled_pages.py compare BEFORE.json AFTER.json

`record` runs every page with an expected outcome (`NAME.txt` beside `NAME.expected.json`, the format of
benchmarks/junk_check.py) through `builder.load.load_article`, as a build reads it, and saves for each its
junk_check outcome and detail and a digest of what the parse gave (the reject's type and message, or a hash
of the record). `compare` prints every page whose outcome, detail or digest moved, marked BETTER (a bucket
nearer right: junk typed right, real right), WORSE, CHANGED (same rank, another bucket), same-verdict-detail
(the message moved) or record-hash-only (the record moved, its checked fields did not), then a count.

Run `record` before a change and after it (with the code to measure importable: the installed package, or
`CORPUS_BUILDER_PURE_PYTHON=1 PYTHONPATH=. python -P …` for the working tree), then `compare`. A rule is
kept only with no WORSE; the labelled pages are in sample for the word model (it is fitted on them), so a
blind batch (tests/corpus-blind/BRIEF.md) is the measure of what a rule does on pages it never saw.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from junk_check import check_page  # noqa: E402  (beside this file)

from builder.errors import Reject  # noqa: E402
from builder.load import load_article  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (REPO / "tests" / "corpus-blind", REPO / "tests" / "corpus-junk")
_RANK = {
    "junk typed right": 2,
    "junk typed wrong": 1,
    "junk kept as record": 0,
    "real right": 2,
    "real with a field wrong": 1,
    "real rejected": 0,
}


def _digest(raw: Path) -> str:
    result = load_article(raw, raw.name)
    if isinstance(result, Reject):
        return f"{result.type}: {result.message}"
    return hashlib.sha1(json.dumps(result, sort_keys=True, default=str).encode()).hexdigest()


def record(out: Path, folders: list[Path]) -> int:
    pages: dict[str, list[str]] = {}
    for folder in folders:
        for exp in sorted(folder.glob("*.expected.json")):
            name = exp.name.removesuffix(".expected.json")
            raw = exp.with_name(name + ".txt")
            outcome, detail = check_page(raw, json.loads(exp.read_text(encoding="utf-8")))
            pages[f"{folder.name}/{name}"] = [outcome, detail, _digest(raw)]
    out.write_text(json.dumps(pages, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"{len(pages)} pages recorded in {out}")
    return 0


def _tag(before: list[str], after: list[str]) -> str:
    if _RANK[after[0]] != _RANK[before[0]]:
        return "BETTER" if _RANK[after[0]] > _RANK[before[0]] else "WORSE"
    if after[0] != before[0]:
        return "CHANGED"
    return "same-verdict-detail" if after[1] != before[1] else "record-hash-only"


def compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    moved = 0
    for key in sorted(set(before) | set(after)):
        if key not in before or key not in after:
            print(f"{'NEW' if key in after else 'GONE':20} {key}")
            continue
        if before[key] == after[key]:
            continue
        moved += 1
        (b_out, b_detail, _), (a_out, a_detail, _) = before[key], after[key]
        print(f"{_tag(before[key], after[key]):20} {key}: {b_out} [{b_detail[:150]}] -> {a_out} [{a_detail[:150]}]")
    print(f"{moved} moved")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("folders", type=Path, nargs="*")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "record":
        return record(args.out, args.folders or list(DEFAULT_FOLDERS))
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
