"""Score quote spans and speakers against gold files, by hand.

    python benchmarks/speakers.py [FOLDER ...]

Without folders it scores tests/corpus and tests/corpus-extra, each on its own and together. A
speaker is correct when the gold accepts it (`speaker`, or any value of `speaker_ok`), wrong when it
does not, missed when the parser gives null and the gold does not accept null. Spans are compared as
(paragraph, text) pairs. Add `-v` to list every wrong and missed speaker.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from builder.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-extra"]


def score(folder: Path, verbose: bool) -> list[int]:
    correct = wrong = missed = spans_ok = spans_gold = spans_found = articles = 0
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold["expect"] != "record":
            continue
        raw = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        record = parse_article(raw.read_bytes(), raw.name)
        articles += 1
        found = {(q["paragraph"], q["text"]): q for q in record["quotes"]}
        spans_found += len(found)
        for want in gold["quotes"]:
            spans_gold += 1
            got = found.get((want["paragraph"], want["text"]))
            if got is None:
                continue
            spans_ok += 1
            accepted = want.get("speaker_ok") or [want["speaker"]]
            if got["speaker"] is None:
                if None not in accepted:
                    missed += 1
                    if verbose:
                        print(
                            f"  missed {raw.name} ¶{want['paragraph']} {want['text'][:40]!r}: gold {want['speaker']!r}"
                        )
            elif got["speaker"] in accepted:
                correct += 1
            else:
                wrong += 1
                if verbose:
                    print(
                        f"  wrong  {raw.name} ¶{want['paragraph']} {want['text'][:40]!r}: "
                        f"{got['speaker']!r} ({got['cue']}), gold {accepted!r}"
                    )
    return [articles, correct, wrong, missed, spans_ok, spans_gold, spans_found]


def report(name: str, s: list[int]) -> None:
    articles, correct, wrong, missed, spans_ok, spans_gold, spans_found = s
    p = correct / (correct + wrong) if correct + wrong else float("nan")
    r = correct / (correct + missed) if correct + missed else float("nan")
    print(
        f"{name}: {articles} articles; speakers precision {p:.3f} recall {r:.3f} "
        f"({correct} correct, {wrong} wrong, {missed} missed); spans precision {spans_ok / max(1, spans_found):.3f} "
        f"recall {spans_ok / max(1, spans_gold):.3f} ({spans_ok} of {spans_gold})"
    )


def main(args: list[str]) -> None:
    verbose = "-v" in args
    folders = [Path(a) for a in args if a != "-v"] or DEFAULT
    total = [0] * 7
    for folder in folders:
        s = score(folder, verbose)
        report(str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder), s)
        total = [a + b for a, b in zip(total, s, strict=True)]
    if len(folders) > 1:
        report("all", total)


if __name__ == "__main__":
    main(sys.argv[1:])
