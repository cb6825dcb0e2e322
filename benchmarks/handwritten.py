"""The hand-written pipeline a user would write instead of the builder: the baseline of
benchmarks/throughput.py (issue 5). Run by hand, or by throughput.py as a subprocess.

    python benchmarks/handwritten.py RAW_DIR OUT.parquet [--cache-dir DIR]

A short, straightforward script, nothing deliberately slow: read each file, split it into lines,
take the headline, credit, paragraphs, bio, author and sidebar with simple logic, find quoted
spans with a regular expression (no attribution: speaker and cue stay null, boilerplate stays
empty), validate each record with python-jsonschema (one Draft 2020-12 validator created once, with
format checking, against the builder's own schema), skip invalid ones, and write with
`datasets.Dataset.from_generator(gen).to_parquet(path)`. The features are the builder's (a user
would write them out, or hit type inference on all-null columns); passing them only spares
inference. Prints one JSON line: files, records written, invalid, unreadable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

import datasets
import jsonschema

from builder.schema import features

SHARE = "FacebookTwitterRedditEmail"
MARKER = "More articles by:"
CREDIT_LABELS = ("Photograph Source:", "Photograph by", "Photo credit:", "Photo by", "Image by", "Photo:", "Image:")
DATE = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})"
)
SLUG = re.compile(r"[a-z0-9-]+-\d+x\d+")
QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
SKIP = {"Weekend Edition", "Friday - Sunday", SHARE}


def parse(path: Path, rel: str) -> dict | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 3 or lines[0] != SHARE:
        return None
    headline = lines[1]
    i = 2
    credit = None
    for label in CREDIT_LABELS:
        if lines[i].startswith(label):
            credit = lines[i][len(label) :].strip().removesuffix(".") or None
            i += 1
            break
    end = lines.index(MARKER) if MARKER in lines else len(lines)
    paragraphs = lines[i:end]
    bio_lines, links = [], []
    k = end + 1
    while k < len(lines) and not DATE.fullmatch(lines[k]) and not SLUG.fullmatch(lines[k]) and lines[k] != SHARE:
        bio_lines.append(lines[k])
        k += 1
    date, author_line = None, None
    for line in lines[k:]:
        m = DATE.fullmatch(line)
        if m:
            date = dt.datetime.strptime(line, "%B %d, %Y").date().isoformat()
        elif line in SKIP or SLUG.fullmatch(line) or date is None:
            continue
        elif author_line is None:
            author_line = line
        else:
            links.append({"date": date, "author": author_line, "title": line})
            author_line = None
    bio = "\n\n".join(bio_lines) or None
    author = bio.split(" is ")[0] if bio and " is " in bio[:80] else None
    quotes = []
    for p, paragraph in enumerate(paragraphs):
        for m in QUOTE.finditer(paragraph):
            group = 1 if m.group(1) is not None else 2
            quotes.append(
                {
                    "paragraph": p,
                    "start": m.start(group),
                    "end": m.end(group),
                    "text": m.group(group),
                    "speaker": None,
                    "cue": None,
                }
            )
    return {
        "id": hashlib.sha256(f"{headline}\n{author}".encode()).hexdigest()[:16],
        "headline": headline,
        "author": author,
        "bio": bio,
        "image_credit": credit,
        "paragraphs": paragraphs,
        "quotes": quotes,
        "related_links": links,
        "boilerplate": [],
        "source": {"path": rel, "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache-dir", default=None, help="datasets cache for from_generator's Arrow files")
    args = parser.parse_args()

    schema = json.loads((resources.files("builder") / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    counts = {"files": 0, "records": 0, "invalid": 0, "unreadable": 0}

    def records():
        for path in sorted(p for p in args.raw.rglob("*") if p.is_file()):
            counts["files"] += 1
            try:
                record = parse(path, path.relative_to(args.raw).as_posix())
            except Exception:  # noqa: BLE001 - a user's script skips what it cannot read
                counts["unreadable"] += 1
                continue
            if record is None or not validator.is_valid(record):
                counts["invalid"] += 1
                continue
            counts["records"] += 1
            yield record

    ds = datasets.Dataset.from_generator(records, features=features(), cache_dir=args.cache_dir)
    ds.to_parquet(str(args.out))
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
