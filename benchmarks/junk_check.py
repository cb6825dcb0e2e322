"""How the junk rules (builder/junk.py, issue 15) do on a folder of pages with expected outcomes.

    python benchmarks/junk_check.py FOLDER [--half odd|even] [--json]

FOLDER holds raw pages `NAME.txt` with `NAME.expected.json` beside them, in the format of
tests/corpus-junk (see its README.md): `{"expect": "reject", "reject_reason", "message_names"}` or
`{"expect": "record", "headline", "author", "bio", "image_credit", "paragraphs", "quotes", ...}`.
Each page goes through `builder.load.load_article`, as a build reads it. `--half odd` (or `even`)
takes only the files whose first two-digit number (`NN` in `junk-error-page-07-…`, `real-07-…`) is
odd (even): a development half and a held-out half.

One line a file, then a summary:

- junk typed right (the expected reject type; `message_names` in the message is shown, not counted),
  junk typed wrong (another reject type), junk kept as a record;
- real kept with headline, author, bio, image_credit, paragraphs, related_links (when expected)
  and quotes (paragraph, text, and a speaker of `speaker_ok` or the speaker) right, real kept with
  a field wrong (the fields named), real rejected.

Exit code 0 always: this measures, it does not gate (tests/test_junk.py gates tests/corpus-junk).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from builder.errors import Reject
from builder.load import load_article

FIELDS = ("headline", "author", "bio", "image_credit", "paragraphs")
_NUMBER = re.compile(r"-(\d{2})-")


def _number(name: str) -> int | None:
    m = _NUMBER.search("-" + name)
    return int(m.group(1)) if m else None


def check_page(raw: Path, expected: dict) -> tuple[str, str]:
    """(outcome, detail) of one page: outcome is one of the summary's six buckets."""
    result = load_article(raw, raw.name)
    if expected["expect"] == "reject":
        want = expected["reject_reason"]
        if not isinstance(result, Reject):
            return "junk kept as record", f"want {want}; paragraphs={len(result['paragraphs'])}"
        if result.type != want:
            return "junk typed wrong", f"want {want}, got {result.type}: {result.message}"
        names = expected.get("message_names", "")  # one phrase, or a list of which the message names one
        named = any(n in result.message for n in ([names] if isinstance(names, str) else names))
        named = "" if named else " (message_names not in message)"
        return "junk typed right", f"{result.type}{named}: {result.message}"
    if isinstance(result, Reject):
        return "real rejected", f"{result.type}: {result.message}"
    wrong = [f for f in FIELDS if result[f] != expected.get(f)]
    if "related_links" in expected and result["related_links"] != expected["related_links"]:
        wrong.append("related_links")
    got_quotes = [(q["paragraph"], q["text"], q["speaker"]) for q in result["quotes"]]
    want = expected.get("quotes", [])
    if [g[:2] for g in got_quotes] != [(q["paragraph"], q["text"]) for q in want] or any(
        g[2] not in q.get("speaker_ok", [q["speaker"]]) for g, q in zip(got_quotes, want, strict=False)
    ):
        wrong.append("quotes")
    if wrong:
        return "real with a field wrong", ", ".join(wrong)
    return "real right", ""


ORDER = (
    "junk typed right",
    "junk typed wrong",
    "junk kept as record",
    "real right",
    "real with a field wrong",
    "real rejected",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--half", choices=("odd", "even"), help="only files whose NN number is odd (even)")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON line at the end")
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    for exp_path in sorted(args.folder.glob("*.expected.json")):
        name = exp_path.name.removesuffix(".expected.json")
        n = _number(name)
        if args.half and (n is None or (n % 2 == 1) != (args.half == "odd")):
            continue
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        outcome, detail = check_page(exp_path.with_name(name + ".txt"), expected)
        counts[outcome] += 1
        mark = "ok " if outcome in ("junk typed right", "real right") else "BAD"
        print(f"{mark} {name}: {outcome}" + (f" — {detail}" if detail else ""))
    junk = sum(counts[k] for k in ORDER[:3])
    real = sum(counts[k] for k in ORDER[3:])
    print()
    print(
        f"junk {junk}: {counts['junk typed right']} typed right, {counts['junk typed wrong']} typed wrong, "
        f"{counts['junk kept as record']} kept as record"
    )
    print(
        f"real {real}: {counts['real right']} kept with every field right, {counts['real with a field wrong']} "
        f"with a field wrong, {counts['real rejected']} rejected"
    )
    if args.json:
        print(json.dumps({k: counts[k] for k in ORDER}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
