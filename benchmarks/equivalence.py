"""Prove a speed-up changed no output, by hand (never from tests).

    python benchmarks/equivalence.py generate [--dir /tmp/equivalence] [--records 3000] [--mutants 2000]
    python benchmarks/equivalence.py record   [--dir ...]   # outputs of the code as it is now -> baseline
    python benchmarks/equivalence.py check    [--dir ...]   # outputs now == baseline, or the first --show N differences

`generate` saves the inputs once (so a change to the parser cannot change what is generated): every
file of tests/corpus, tests/corpus-extra and raw/; records drawn from tests/strategies.py (the
hypothesis strategies), rendered; mutated files and random input drawn from test_robustness's
strategies; mutated records (speakers, offsets, text, boilerplate, derived fields altered) for the
record rules; and texts for clean_line. `record` and `check` compute, for every input: the parse
result (the record as JSON, or the reject's type and message), account_lines' map, record_issues
of the record (or of the mutated record), and clean_line's result.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def _mutate_record(r: dict, rng: random.Random) -> dict:
    """One small change a record rule (or the schema) should notice, or none at all."""
    r = copy.deepcopy(r)
    ops = [
        "speaker",
        "cue",
        "offset",
        "text-dirty",
        "paragraph-dirty",
        "author",
        "id",
        "marker-paragraph",
        "links-before",
        "boilerplate-swap",
        "boilerplate-rule",
        "drop-quote",
        "credit",
        "link-structure",
        "bio-structure",
        "sidebar-drop",
        "noop",
    ]
    op = rng.choice(ops)
    if op in ("speaker", "cue", "offset", "drop-quote") and not r["quotes"]:
        op = "paragraph-dirty"
    if op in ("links-before", "boilerplate-swap", "boilerplate-rule") and not r["boilerplate"]:
        op = "author"
    if op in ("link-structure", "sidebar-drop") and not r["related_links"]:
        op = "id"
    if op == "speaker":
        q = rng.choice(r["quotes"])
        q["speaker"] = rng.choice([None, "Jane Doe", q["speaker"], "KCNA"])
    elif op == "cue":
        q = rng.choice(r["quotes"])
        q["cue"] = rng.choice([None, "said", "according to", q["cue"]])
    elif op == "offset":
        q = rng.choice(r["quotes"])
        q[rng.choice(["start", "end"])] += rng.choice([-1, 1, 5])
    elif op == "drop-quote":
        del r["quotes"][rng.randrange(len(r["quotes"]))]
    elif op == "text-dirty":
        r["headline"] = r["headline"] + rng.choice(["\u00a0x", "  y", "Ã©", "\x07", " "])
    elif op == "paragraph-dirty":
        k = rng.randrange(len(r["paragraphs"]))
        r["paragraphs"][k] = r["paragraphs"][k] + rng.choice(["\u00a0x", "  y", "â€™s", "e\u0301", "\t"])
    elif op == "author":
        r["author"] = rng.choice([None, "Someone Else", (r["author"] or "") + "x"])
    elif op == "id":
        r["id"] = "0123456789abcdef"
    elif op == "marker-paragraph":
        r["paragraphs"].insert(
            rng.randrange(len(r["paragraphs"]) + 1),
            rng.choice(["More articles by:", "FacebookTwitterRedditEmail", "Photo: X."]),
        )
    elif op == "links-before":
        b = rng.choice(r["boilerplate"])
        b["links_before"] += rng.choice([-1, 1, 2])
    elif op == "boilerplate-swap":
        i, j = rng.randrange(len(r["boilerplate"])), rng.randrange(len(r["boilerplate"]))
        r["boilerplate"][i], r["boilerplate"][j] = r["boilerplate"][j], r["boilerplate"][i]
    elif op == "boilerplate-rule":
        b = rng.choice(r["boilerplate"])
        b["rule"] = rng.choice(
            [
                "share-buttons",
                "more-articles-marker",
                "promo-slug",
                "weekend-edition",
                "day-range",
                "sidebar-date-without-entries",
                "incomplete-sidebar-entry",
                "closing-share-buttons",
                "after-closing-share-buttons",
            ]
        )
    elif op == "credit":
        r["image_credit"] = rng.choice([None, "Jane Doe.", "X", "Ã©t"])
    elif op == "link-structure":
        link = rng.choice(r["related_links"])
        link[rng.choice(["author", "title"])] = rng.choice(
            ["Weekend Edition", "February 27, 2020", "x-cover-300x400", "Plain"]
        )
    elif op == "bio-structure":
        r["bio"] = (r["bio"] + "\n\n" if r["bio"] else "") + rng.choice(
            ["Weekend Edition", "Jane Doe is here.", "March 1, 2020"]
        )
    elif op == "sidebar-drop":
        del r["related_links"][rng.randrange(len(r["related_links"]))]
    return r


def generate(out: Path, n_records: int, n_mutants: int) -> None:
    from strategies import draw, raw_noise, records
    from test_hypothesis import _texts
    from test_robustness import mutated_files

    from builder.parse import parse_article
    from builder.render import render_article

    files = [
        p for folder in ("tests/corpus", "tests/corpus-extra", "raw") for p in sorted((REPO / folder).glob("*.txt"))
    ]
    inputs: dict[str, list] = {"files": [(str(p.relative_to(REPO)), p.read_bytes()) for p in files]}
    generated = draw(records(), n_records)
    inputs["rendered"] = [(r["source"]["path"], render_article(r).encode("utf-8")) for r in generated]
    inputs["mutated_files"] = [("mutated.txt", d) for d in draw(mutated_files(), n_mutants)]
    inputs["random_files"] = [("random.txt", d) for d in draw(raw_noise(), n_mutants // 2)]
    rng = random.Random(20240501)
    bases = [parse_article(d, name) for name, d in inputs["files"]] + generated
    bases = [b for b in bases if isinstance(b, dict)]
    inputs["mutated_records"] = [_mutate_record(rng.choice(bases), rng) for _ in range(n_mutants)]
    inputs["texts"] = draw(_texts, n_mutants)
    out.mkdir(parents=True, exist_ok=True)
    (out / "inputs.pkl").write_bytes(pickle.dumps(inputs))
    print({k: len(v) for k, v in inputs.items()})


def outputs(folder: Path, quick: bool = False) -> list[str]:
    """Every output, one line each; `quick` computes only the ones that are fast to get (every file but
    one mutated or random file in ten), and their positions in the full list."""
    from builder.clean import clean_line
    from builder.decode import DecodeFailure, decode_bytes
    from builder.errors import Reject
    from builder.parse import account_lines, parse_article
    from builder.rules import record_issues

    inputs = pickle.loads((folder / "inputs.pkl").read_bytes())
    out: list[str] = []

    def issues(record) -> str:
        return json.dumps([i.to_dict() for i in record_issues(record)], ensure_ascii=False)

    for group in ("files", "rendered", "mutated_files", "random_files"):
        for k, (name, data) in enumerate(inputs[group]):
            if quick and group in ("mutated_files", "random_files") and k % 10:
                continue
            tag = f"{group}[{k}] {name}"
            result = parse_article(data, name)
            if isinstance(result, Reject):
                out.append(f"{tag} reject {result.type}: {result.message}")
            else:
                out.append(f"{tag} record {json.dumps(result, ensure_ascii=False)}")
                out.append(f"{tag} issues {issues(result)}")
            decoded = decode_bytes(data)
            if not isinstance(decoded, DecodeFailure):
                mapping = account_lines(decoded.text)
                if isinstance(mapping, Reject):
                    out.append(f"{tag} accounting reject {mapping.type}: {mapping.message}")
                else:
                    out.append(
                        f"{tag} accounting "
                        f"{json.dumps([(line.number, line.text, d) for line, d in mapping], ensure_ascii=False)}"
                    )
    for k, r in enumerate(inputs["mutated_records"]):
        out.append(f"mutated_records[{k}] issues {issues(r)}")
    for k, t in enumerate(inputs["texts"]):
        out.append(f"texts[{k}] {json.dumps(clean_line(t), ensure_ascii=False)}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("generate", "record", "check"))
    parser.add_argument("--dir", type=Path, default=Path("/tmp/equivalence"))
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--mutants", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="check: skip nine in ten mutated and random files")
    parser.add_argument("--show", type=int, default=5, help="check: print this many differences")
    args = parser.parse_args()
    if args.command == "generate":
        generate(args.dir, args.records, args.mutants)
        return
    lines = outputs(args.dir, args.quick and args.command == "check")
    if args.command == "record":
        (args.dir / "baseline.txt").write_text("\n".join(lines), encoding="utf-8")
        print(f"{len(lines)} outputs recorded")
        return
    baseline = (args.dir / "baseline.txt").read_text(encoding="utf-8").split("\n")
    if args.quick:
        tags = {line.split(" ", 1)[0] for line in lines}
        baseline = [line for line in baseline if line.split(" ", 1)[0] in tags]
    # Outputs are compared input by input (the first word of a line names its input, `rendered[765]`): an input
    # whose parse turns from a record into a reject has fewer outputs, and the inputs after it still line up.
    before, now = _by_input(baseline), _by_input(lines)
    differing = [tag for tag in dict.fromkeys([*before, *now]) if before.get(tag) != now.get(tag)]
    changed_lines = sum(len(set(before.get(t, [])) ^ set(now.get(t, []))) for t in differing)
    for tag in differing[: args.show]:
        gone = [line for line in before.get(tag, []) if line not in now.get(tag, [])]
        new = [line for line in now.get(tag, []) if line not in before.get(tag, [])]
        print("\n".join([*(f"- {line[:600]}" for line in gone), *(f"+ {line[:600]}" for line in new)]) + "\n")
    verdict = "SAME" if not differing else "DIFFERENT"
    print(
        f"{verdict}: {len(now)} inputs ({len(lines)} outputs, {len(baseline)} in the baseline); "
        f"{len(differing)} inputs differ ({changed_lines} output lines gone or new)"
    )
    sys.exit(1 if differing else 0)


def _by_input(lines: list[str]) -> dict[str, list[str]]:
    """Output lines grouped by the input they are of (the line's first word)."""
    grouped: dict[str, list[str]] = {}
    for line in lines:
        grouped.setdefault(line.split(" ", 1)[0], []).append(line)
    return grouped


if __name__ == "__main__":
    main()
