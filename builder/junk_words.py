"""The word model: a page that the junk rules keep, scored on its words as a record or a kind of junk.

junk.py's rules are phrase lists and page shapes; every blind batch of pages written by someone else
found wordings they lack (60% to 92% of unseen junk pages typed right, batch to batch). This model
reads the same page (headline and body paragraphs) as a bag of its words and word pairs, and says
which of the reject types, or `record`, its words are most like. It is a multinomial logistic
regression fitted by `benchmarks/fit_junk_words.py` on the labelled pages of tests/ (every junk page
and real piece of tests/corpus-junk, tests/corpus-words and tests/corpus-blind with its expected outcome,
tests/corpus, tests/corpus-extra and synthetic articles); its weights ship in builder/models/junk-words.json as
integers, so a score is an integer sum and the same on every machine and both code paths.

It is asked only about a page the rules keep that shows no article body (no run of three paragraphs
longer than a notice) and has no bio naming an author (junk.py decides when); it judges only a page
most of whose words it knows (MIN_KNOWN), never gives `listing-page` (SHAPE_TYPES), and rejects only
when the best type outscores `record` by the file's `margin` (by EXTRA_MARGIN more for `not-an-article`).
The reject message names the type, the margin and the page's line whose words weigh most for that type.
docs/rejects.md has the figures.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

RECORD = "record"
# Types the model never gives: a listing is a matter of shape (runs of dates, names and titles), which
# junk.py's rules judge. Fitted as a class all the same (a page that reads most like a listing is no
# notice page), the model gave it to 26 of 3,000 generated records and 17 of 1,000 random files, pages of
# few known words, and to no unseen junk page the rules missed.
SHAPE_TYPES = ("listing-page",)
MODEL_FILE = "junk-words.json"
# A page is called no article at all (`not-an-article`: a consent wall, a sign-up or log-in form) only
# by this much more than the model's margin, in the units of the score its messages print (x scale).
# The type is fitted on forms and app screens as well as consent walls, whose words (email, newsletter,
# app, account) real pieces about a paper's own services share: fitted on tests/corpus-blind too,
# leaving batches out, the model typed 4 of 1,805 real pieces this way at 2.1 to 2.3 over an article,
# and no other way.
EXTRA_MARGIN = {"not-an-article": 1.0}

_TOKEN = re.compile(r"\w+")


def _words(line: str) -> list[str]:
    """A line's words, lowercased; a number is '#'."""
    return ["#" if w.isdigit() else w for w in _TOKEN.findall(line.lower())]


def line_features(line: str) -> set[str]:
    """A line's words (lowercased; a number is '#') and its pairs of adjacent words."""
    words = _words(line)
    features = set(words)
    features.update(a + " " + b for a, b in zip(words, words[1:], strict=False))
    return features


def page_features(headline: str, paragraphs: tuple[str, ...] | list[str]) -> set[str]:
    """The features of a page: its lines' words and word pairs. Nothing of its shape: a first fit with
    the counts of its paragraphs as features scored pages of unknown words (fuzzed text) as junk by
    their shape alone; the rules judge shapes, the model only words."""
    features: set[str] = set()
    for line in (headline, *paragraphs):
        features |= line_features(line)
    return features


# The model judges only a page most of whose words it knows. Fitted when the labelled pages were English
# but for a few walls in other languages, the few words it knew of a page in another language were
# mostly those walls' words: it rejected 6 of 8 real French, Spanish and Italian briefs (a break-it
# batch), whose words it knew 21% to 40% of; English pages, real or junk, ran from 87% to 98%. With
# tests/corpus-words in the fit it rejects none of them even at 30%; the gate stays for the languages
# it has seen nothing of.
MIN_KNOWN = 0.6


@dataclass(frozen=True)
class WordModel:
    classes: tuple[str, ...]  # RECORD and the reject types
    bias: tuple[int, ...]
    weights: dict[str, tuple[int, ...]]  # feature -> weight per class, in units of 1/scale
    scale: int
    margin: int  # the best junk type must outscore RECORD by more than this

    def scores(self, features: set[str]) -> list[int]:
        totals = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w
        return totals


@functools.cache
def load_model() -> WordModel:
    text = resources.files("builder").joinpath("models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    raw = json.loads(text)
    return WordModel(
        classes=tuple(raw["classes"]),
        bias=tuple(raw["bias"]),
        weights={feature: tuple(row) for feature, row in raw["weights"].items()},
        scale=raw["scale"],
        margin=raw["margin"],
    )


@dataclass(frozen=True)
class Verdict:
    type: str  # a reject type
    margin: float  # by how much it outscores RECORD, in the model's units
    line: str  # the page's line whose words weigh most for the type


def score_page(headline: str, paragraphs: tuple[str, ...], model: WordModel | None = None) -> Verdict | None:
    """The reject type the page's words score as, by more than the model's margin over RECORD, or None."""
    model = model or load_model()
    if _known_share(headline, paragraphs, model) < MIN_KNOWN:
        return None
    totals = model.scores(page_features(headline, paragraphs))
    record = model.classes.index(RECORD)
    best = max(range(len(totals)), key=lambda k: (totals[k], -k))
    if model.classes[best] in (RECORD, *SHAPE_TYPES):
        return None
    if totals[best] - totals[record] <= model.margin + EXTRA_MARGIN.get(model.classes[best], 0) * model.scale:
        return None
    return Verdict(
        model.classes[best],
        (totals[best] - totals[record]) / model.scale,
        _weightiest(model, best, record, headline, paragraphs),
    )


def _known_share(headline: str, paragraphs: tuple[str, ...], model: WordModel) -> float:
    """The share of the page's words (each time it occurs) that the model has a weight for."""
    words = [w for line in (headline, *paragraphs) for w in _words(line)]
    known = sum(1 for w in words if w in model.weights)
    return known / len(words) if words else 0.0


def _weightiest(model: WordModel, kind: int, record: int, headline: str, paragraphs: tuple[str, ...]) -> str:
    """The line whose own words weigh most for class `kind` against RECORD (the first of equals)."""
    best_line, best_weight = headline, None
    for line in (headline, *paragraphs):
        weight = 0
        for feature in line_features(line):
            row = model.weights.get(feature)
            if row is not None:
                weight += row[kind] - row[record]
        if best_weight is None or weight > best_weight:
            best_line, best_weight = line, weight
    return best_line
