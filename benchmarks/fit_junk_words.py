"""Fit the word model of builder/junk_words.py on the labelled pages of tests/, and measure it.

    python benchmarks/fit_junk_words.py                 # fit, write builder/models/junk-words.json
    python benchmarks/fit_junk_words.py --evaluate      # leave batches out: how it types pages it never saw
    python benchmarks/fit_junk_words.py --check         # refit; exit 1 unless the shipped file is that fit
    python benchmarks/fit_junk_words.py --heldout DIR   # fit on tests/, then the whole rules + model on DIR

The pages: every file of tests/corpus-junk, tests/corpus-words and tests/corpus-blind (the blind and
break-it batches, each scored once before it was added) with its expected outcome (its reject type, or
`record`), the files of tests/corpus and tests/corpus-extra with the rules' outcome, and SYNTH synthetic
articles (records). A page is what junk.py is given: its headline and body paragraphs, as parse
finds them (parse runs with the junk step stubbed out, to see the page it would have classified).
Files parse refuses before that (empty, binary, undecodable) are left out.

The fit is a multinomial logistic regression over page_features (features of two or more pages),
L2-regularised, from zero weights with a fixed number of full-batch steps (Adam for the weights, plain
gradient steps for the bias), in float64 on one thread: the same pages give the same weights on the
same machine. They are written as integers (SCALE per unit); features whose weights all round to 0
are left out. The script imports builder/ from this checkout and writes and checks its model file.

--evaluate leaves batches out: the labelled batches (a file's name up to its first '-': a blind batch
such as u58, a break-it run such as b41, or, for the first hand-written pages, their kind: access,
cookie, error, listing, paywall, real) are dealt into FOLDS folds in name order; each fold's files get
the product's decision (rules, then the model where junk.py asks it) with a fit of every other page.
Rules written for a batch's misses are in that decision, so the figure measures what the model adds
over the rules on pages it never saw, not the rules on new pages. --heldout runs the same decision
with the fit of all of tests/ on folders of pages never fitted (a new blind batch).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # one summation order for the fit's matrix products
os.environ["CORPUS_BUILDER_PURE_PYTHON"] = "1"  # the parse below is patched; compiled modules would not see it
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's builder/ (its code, its model file), not an installed copy

import numpy as np  # noqa: E402

from builder import junk, junk_words, parse  # noqa: E402
from builder.junk_words import RECORD, WordModel, page_features  # noqa: E402
from builder.synth import synth_file  # noqa: E402

JUNK_DIR = ROOT / "tests" / "corpus-junk"
WORDS_DIR = ROOT / "tests" / "corpus-words"  # pages in other languages, labelled for the fit only
BLIND_DIR = ROOT / "tests" / "corpus-blind"  # the blind and break-it batches, fitted since 2026-12-06
RECORD_DIRS = (ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-extra")
MODEL_PATH = ROOT / "builder" / "models" / junk_words.MODEL_FILE
SYNTH = 300
SCALE = 1000
MARGIN = 2.0  # model units; see docs/rejects.md for how it was chosen
STEPS, RATE, L2, MIN_PAGES = 300, 0.05, 1.0, 2


@dataclass(frozen=True)
class Page:
    name: str
    batch: str
    label: str
    headline: str
    paragraphs: tuple[str, ...]
    bio: str | None


def page_of(data: bytes, name: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """The (headline, paragraphs, bio) parse hands the junk step, or None if it never gets there."""
    seen: list[tuple[str, tuple[str, ...], str | None]] = []

    def capture(headline: str, paragraphs: list[str], bio: str | None) -> None:
        seen.append((headline, tuple(paragraphs), bio))
        return None

    real = parse.classify_page
    parse.classify_page = capture
    try:
        parse.parse_article(data, name)
    finally:
        parse.classify_page = real
    return seen[0] if seen else None


def expected_label(path: Path) -> str:
    expected = json.loads(path.with_name(path.name.removesuffix(".txt") + ".expected.json").read_text("utf-8"))
    return RECORD if expected["expect"] == "record" else expected["reject_reason"]


def labelled_pages(synth: int = SYNTH) -> list[Page]:
    pages: list[Page] = []
    for path in _labelled_files():
        found = page_of(path.read_bytes(), path.name)
        if found is not None:
            pages.append(Page(path.name, path.name.split("-")[0], expected_label(path), *found))
    for folder in RECORD_DIRS:
        for path in sorted(folder.glob("*.txt")):
            data = path.read_bytes()
            found = page_of(data, path.name)
            if found is not None:
                label = _outcome(data, path.name, found)
                pages.append(Page(path.name, folder.name, label, *found))
    for i in range(synth):
        data = synth_file(i, seed=0).data
        found = page_of(data, f"synth-{i}")
        if found is not None:
            pages.append(Page(f"synth-{i}", "synth", _outcome(data, f"synth-{i}", found), *found))
    return pages


def _outcome(data: bytes, name: str, found: tuple[str, tuple[str, ...], str | None]) -> str:
    """A corpus file's outcome by the rules alone (the word model stubbed out)."""
    with _word_scorer(lambda headline, paragraphs: None):
        result = parse.parse_article(data, name)
    return result.type if isinstance(result, parse.Reject) else RECORD


@contextlib.contextmanager
def _word_scorer(scorer: Callable[[str, tuple[str, ...]], junk_words.Verdict | None]) -> Iterator[None]:
    """junk.py's word model replaced by `scorer` for the block, and its classify cache emptied on both sides (it
    does not know which scorer answered)."""
    real = junk.score_words
    junk.score_words = scorer
    junk._classify.cache_clear()
    try:
        yield
    finally:
        junk.score_words = real
        junk._classify.cache_clear()


def fit(pages: list[Page], margin: float = MARGIN) -> WordModel:
    classes = tuple(sorted({p.label for p in pages} | {RECORD}))
    features = [page_features(p.headline, p.paragraphs) for p in pages]
    counts = Counter(f for fs in features for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_PAGES))}
    x = _Sparse([sorted(vocab[f] for f in fs if f in vocab) for fs in features], len(vocab))
    y = np.eye(len(classes))[[classes.index(p.label) for p in pages]]
    w, b = np.zeros((len(vocab), len(classes))), np.zeros(len(classes))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        z = x.times(w) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (x.transposed_times(p - y) + L2 * w) / len(pages)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        b -= RATE * (p - y).mean(axis=0)
    weights = {f: tuple(int(round(SCALE * float(c))) for c in w[i]) for f, i in vocab.items()}
    weights = {f: row for f, row in weights.items() if any(row)}
    return WordModel(classes, tuple(int(round(SCALE * float(c))) for c in b), weights, SCALE, int(margin * SCALE))


class _Sparse:
    """A 0/1 matrix of pages by features, kept as the features of each page. A dense matrix of the
    3,700 pages by their 60,000 features took 1.8 GB and minutes per fit; this takes seconds. The sums
    run in a fixed order (numpy's reduceat over sorted indices), so a fit is repeatable."""

    def __init__(self, rows: list[list[int]], width: int) -> None:
        self.height, self.width = len(rows), width
        self.cols = np.array([c for row in rows for c in row], dtype=np.int64)
        self.row_starts = np.cumsum([0] + [len(row) for row in rows])[:-1]
        self.filled = np.array([len(row) > 0 for row in rows])
        by_col = np.argsort(self.cols, kind="stable")
        self.rows_by_col = np.repeat(np.arange(len(rows)), [len(row) for row in rows])[by_col]
        self.col_starts = np.searchsorted(self.cols[by_col], np.arange(width))
        self.col_filled = np.bincount(self.cols, minlength=width) > 0

    def times(self, w: np.ndarray) -> np.ndarray:
        """self @ w: each page's sum of its features' rows of w."""
        out = np.zeros((self.height, w.shape[1]))
        if len(self.cols):  # (reduceat over the non-empty segments only: an empty one would cut the one before)
            out[self.filled] = np.add.reduceat(w[self.cols], self.row_starts[self.filled], axis=0)
        return out

    def transposed_times(self, g: np.ndarray) -> np.ndarray:
        """self.T @ g: each feature's sum of the rows of g of the pages that have it."""
        out = np.zeros((self.width, g.shape[1]))
        if len(self.cols):
            out[self.col_filled] = np.add.reduceat(g[self.rows_by_col], self.col_starts[self.col_filled], axis=0)
        return out


def model_json(model: WordModel) -> str:
    return (
        json.dumps(
            {
                "about": "builder/junk_words.py's word model, fitted by benchmarks/fit_junk_words.py; do not edit",
                "classes": list(model.classes),
                "scale": model.scale,
                "margin": model.margin,
                "bias": list(model.bias),
                "weights": {f: list(row) for f, row in sorted(model.weights.items())},
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=False,
        )
        + "\n"
    )


FOLDS = 8


def evaluate(pages: list[Page]) -> int:
    """Leave batches out: fit without one of FOLDS folds of the labelled batches (a batch's files all in one
    fold), run the product's decision with that fit on the fold's files, and sum over the folds."""
    unlabelled = {folder.name for folder in RECORD_DIRS} | {"synth"}
    batches = sorted({p.batch for p in pages if p.batch not in unlabelled})
    tally: Counter[tuple[str, str]] = Counter()
    for k in range(FOLDS):
        fold = set(batches[k::FOLDS])
        model = fit([p for p in pages if p.batch not in fold])
        files = [path for path in _labelled_files() if path.name.split("-")[0] in fold]
        for path, want, got, message in _decisions(files, model):
            kind = "junk" if want != RECORD else "real"
            tally[(kind, "right" if got == want else "kept" if got == RECORD else "wrong")] += 1
            if got != want:
                print(f"  {path.name}: want {want}, got {got} {message[:140]}")
    for key, n in sorted(tally.items()):
        print(f"{key[0]:5} {key[1]:6} {n}")
    return 0


def heldout(folders: list[Path]) -> int:
    """The product's decision (rules, then the model where asked) with a fit of tests/ on unseen folders."""
    model = fit(labelled_pages())
    for folder in folders:
        tally: Counter[tuple[str, bool]] = Counter()
        for path, want, got, message in _decisions(sorted(folder.glob("*.txt")), model):
            tally[("junk" if want != RECORD else "real", got == want)] += 1
            if got != want:
                print(f"  {path.name}: want {want}, got {got} {message[:160]}")
        print(folder, {f"{k} {'right' if ok else 'wrong'}": n for (k, ok), n in sorted(tally.items())})
    return 0


def _labelled_files() -> list[Path]:
    return sorted([*JUNK_DIR.glob("*.txt"), *WORDS_DIR.glob("*.txt"), *BLIND_DIR.glob("*.txt")])


def _decisions(files: list[Path], model: WordModel) -> list[tuple[Path, str, str, str]]:
    """(file, expected outcome, the product's outcome with `model` as the word model, its reject message)."""
    found = []
    with _word_scorer(lambda headline, paragraphs: junk_words.score_page(headline, paragraphs, model)):
        for path in files:
            result = parse.parse_article(path.read_bytes(), path.name)
            got, message = (result.type, result.message) if isinstance(result, parse.Reject) else (RECORD, "")
            found.append((path, expected_label(path), got, message))
    return found


def check(model: WordModel, pages: list[Page]) -> int:
    """Whether this checkout's model file is this fit: the same classes, margin and scale, every weight
    within TOLERANCE units (another CPU's floating-point kernels may round a last digit the other way;
    a feature only one of them has must then weigh at most TOLERANCE), and the same verdict on every
    page fitted."""
    raw = json.loads(MODEL_PATH.read_text("utf-8"))
    shipped = WordModel(
        tuple(raw["classes"]),
        tuple(raw["bias"]),
        {f: tuple(row) for f, row in raw["weights"].items()},
        raw["scale"],
        raw["margin"],
    )
    if (shipped.classes, shipped.margin, shipped.scale) != (model.classes, model.margin, model.scale):
        print(f"{MODEL_PATH}: classes, margin or scale differ: not the fit of tests/; refit")
        return 1
    problems = []
    zero = (0,) * len(model.classes)
    features = set(shipped.weights) | set(model.weights)
    far = [f for f in features if _far(shipped.weights.get(f, zero), model.weights.get(f, zero))]
    if far or _far(shipped.bias, model.bias):
        problems.append(f"{len(far)} features' weights (or the bias) differ by more than {TOLERANCE}: {far[:5]}")
    verdicts = [p.name for p in pages if _verdict(shipped, p) != _verdict(model, p)]
    if verdicts:
        problems.append(f"{len(verdicts)} pages get another verdict: {verdicts[:5]}")
    for problem in problems:
        print(f"{MODEL_PATH}: {problem}: not the fit of tests/; refit (python benchmarks/fit_junk_words.py)")
    if not problems:
        print(f"the shipped model is the fit of tests/ ({len(pages)} pages, {len(model.weights):,} features)")
    return 1 if problems else 0


TOLERANCE = 2


def _far(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return any(abs(x - y) > TOLERANCE for x, y in zip(a, b, strict=True))


def _verdict(model: WordModel, page: Page) -> str | None:
    found = junk_words.score_page(page.headline, page.paragraphs, model)
    return None if found is None else found.type


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--evaluate", action="store_true")
    modes.add_argument("--check", action="store_true")
    modes.add_argument("--heldout", type=Path, nargs="+", metavar="DIR")
    args = parser.parse_args()
    if args.heldout:
        return heldout(args.heldout)
    pages = labelled_pages()
    print(f"{len(pages)} pages: {dict(sorted(Counter(p.label for p in pages).items()))}", file=sys.stderr)
    if args.evaluate:
        return evaluate(pages)
    model = fit(pages)
    if args.check:
        return check(model, pages)
    text = model_json(model)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    partial = MODEL_PATH.with_name(f".{MODEL_PATH.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, MODEL_PATH)  # a fit killed while writing leaves the old model whole, never half a file
    print(f"wrote {MODEL_PATH} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
