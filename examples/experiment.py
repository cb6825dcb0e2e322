"""A small, real experiment on a pinned release: a classifier trained on train, scored on test.

    python examples/experiment.py RELEASE_DIR [--task speech|author] [--expect-version X.Y.Z]
                                  [--expect-sha256 HEX] [--eval-split NAME]

1. Verifies RELEASE_DIR against its MANIFEST.json (builder.manifest.verify) and stops with exit
   status 1 on any mismatch: results on files that are not the release's are not results on it.
   With --expect-version / --expect-sha256 it also stops unless the release is the pinned one.
2. Loads the release's Parquet files with `datasets` (load_dataset("parquet", data_files=...)),
   one split per `data/{split}-*.parquet` group.
3. Trains a multinomial naive Bayes classifier (bag of lower-cased words, add-one smoothing) on the
   train split and evaluates it on the test split (validation if there is no test split):
   - `speech` (the default; any news corpus has it): for every body paragraph, does it hold a quote
     that the record attributes to a named speaker? The words are taken without punctuation, so the
     quotation marks themselves are not seen: the model must learn the reporting words around them.
     It needs paragraphs of both kinds in train, which any corpus of a few dozen news articles has.
   - `author`: who wrote the article, from its body (the bio names the author and the headline may).
     Closed-set: it needs authors with articles in both train and the evaluation split, which a
     scrape of a site with regular writers has and a corpus of one-off pieces does not.
4. Prints the release version, the sha256 of MANIFEST.json's bytes, the task, the accuracy and the
   majority-class baseline, one `key: value` per line.

Naive Bayes is written out here (thirty lines of Python) rather than taken from scikit-learn, so
the example needs nothing beyond what the builder installs and runs in CI as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datasets import load_dataset

from builder.manifest import verify

_WORD = re.compile(r"\w+")
_SHARD = re.compile(r"(?P<split>[A-Za-z][A-Za-z0-9_]*)-[0-9]{5}")


def words(paragraphs: list[str]) -> list[str]:
    return _WORD.findall(" ".join(paragraphs).lower())


class NaiveBayes:
    """Multinomial naive Bayes with add-one smoothing; ties go to the alphabetically first class."""

    def fit(self, documents: list[list[str]], labels: list[str]) -> NaiveBayes:
        self.classes = sorted(set(labels))
        self.vocabulary = {w for doc in documents for w in doc}
        counts = {c: Counter() for c in self.classes}
        for doc, label in zip(documents, labels, strict=True):
            counts[label].update(doc)
        n = len(labels)
        by_class = Counter(labels)
        self.log_prior = {c: math.log(by_class[c] / n) for c in self.classes}
        self.log_likelihood = {}
        self.log_unseen = {}
        v = len(self.vocabulary)
        for c in self.classes:
            total = sum(counts[c].values())
            self.log_likelihood[c] = {w: math.log((k + 1) / (total + v)) for w, k in counts[c].items()}
            self.log_unseen[c] = math.log(1 / (total + v))
        return self

    def predict(self, doc: list[str]) -> str:
        known = [w for w in doc if w in self.vocabulary]  # words never seen in training carry no evidence

        def score(c: str) -> float:
            table, unseen = self.log_likelihood[c], self.log_unseen[c]
            return self.log_prior[c] + sum(table.get(w, unseen) for w in known)

        return max(self.classes, key=score)  # max keeps the first of equal scores: classes are sorted


def speech_examples(split) -> list[tuple[list[str], str]]:
    """One example per body paragraph: its words, and whether it holds a quote with a named speaker."""
    examples = []
    for record in split:
        attributed = {q["paragraph"] for q in record["quotes"] if q["speaker"] is not None}
        for k, paragraph in enumerate(record["paragraphs"]):
            examples.append((words([paragraph]), "attributed" if k in attributed else "none"))
    return examples


def author_examples(split) -> list[tuple[list[str], str]]:
    """One example per article with an author: its body's words, and the author."""
    return [(words(r["paragraphs"]), r["author"]) for r in split if r["author"] is not None]


@dataclass(frozen=True)
class Task:
    title: str
    unit: str
    examples: Callable[[Any], list[tuple[list[str], str]]]
    needs: str  # what a corpus must hold for the task, said when it does not


TASKS = {
    "speech": Task(
        "attributed speech in a paragraph, from its words without punctuation",
        "paragraphs",
        speech_examples,
        "it needs paragraphs with and without an attributed quote in train and in the evaluation split",
    ),
    "author": Task(
        "author attribution from body words",
        "records",
        author_examples,
        "it needs at least two authors, each with articles in train, and the evaluation split must hold articles "
        "by authors seen in train (a corpus of regular writers; try --task speech otherwise)",
    ),
}


def split_files(release: Path) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    for path in sorted((release / "data").glob("*.parquet")):
        m = _SHARD.match(path.name)
        if m is None:
            raise SystemExit(f"{path}: not named SPLIT-NNNNN-of-NNNNN.parquet")
        files.setdefault(m.group("split"), []).append(str(path))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("release", type=Path, help="a release folder with MANIFEST.json (e.g. releases/v1.0.0)")
    parser.add_argument("--expect-version", help="stop unless the manifest names this version (X.Y.Z)")
    parser.add_argument("--expect-sha256", help="stop unless MANIFEST.json has this sha256")
    parser.add_argument("--task", choices=sorted(TASKS), default="speech", help="what to predict [default: speech]")
    parser.add_argument("--eval-split", help="the split to evaluate on [default: test, else validation]")
    args = parser.parse_args(argv)
    release: Path = args.release

    problems = verify(release)
    if problems:
        for p in problems:
            print(f"{p.file}: {p.type}: {p.message}", file=sys.stderr)
        print(
            f"{release} does not verify against its MANIFEST.json ({len(problems)} mismatches): not running",
            file=sys.stderr,
        )
        return 1
    manifest_bytes = (release / "MANIFEST.json").read_bytes()
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    version = json.loads(manifest_bytes)["version"]
    if args.expect_version and args.expect_version.removeprefix("v") != version:
        print(f"{release} is version {version}, not the pinned {args.expect_version}", file=sys.stderr)
        return 1
    if args.expect_sha256 and args.expect_sha256.lower() != digest:
        print(f"{release}/MANIFEST.json has sha256 {digest}, not the pinned {args.expect_sha256}", file=sys.stderr)
        return 1

    files = split_files(release)
    ds = load_dataset("parquet", data_files=files)
    eval_split = args.eval_split or ("test" if "test" in ds else "validation")
    if "train" not in ds or eval_split not in ds:
        print(f"{release} has splits {sorted(ds)}: need train and {eval_split}", file=sys.stderr)
        return 1

    task = TASKS[args.task]
    train = task.examples(ds["train"])
    if len({label for _, label in train}) < 2:
        print(f"train has fewer than two classes for the {args.task} task: {task.needs}", file=sys.stderr)
        return 1
    model = NaiveBayes().fit([d for d, _ in train], [a for _, a in train])
    known = set(model.classes)
    evaluation = task.examples(ds[eval_split])
    closed = [(d, a) for d, a in evaluation if a in known]
    if not closed:
        print(f"nothing in {eval_split} to evaluate on for the {args.task} task: {task.needs}", file=sys.stderr)
        return 1
    correct = sum(model.predict(d) == a for d, a in closed)
    majority = Counter(a for _, a in train).most_common(1)[0][0]
    baseline = sum(a == majority for _, a in closed)

    print(f"release: {version}")
    print(f"manifest_sha256: {digest}")
    print(f"task: {task.title}, multinomial naive Bayes (add-one smoothing)")
    print(f"train: {len(train)} {task.unit}, {len(known)} classes")
    left_out = len(evaluation) - len(closed)
    print(f"{eval_split}: {len(closed)} {task.unit} evaluated ({left_out} of classes unseen in train left out)")
    print(f"accuracy: {correct / len(closed):.4f}")
    print(f"majority_baseline: {baseline / len(closed):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
