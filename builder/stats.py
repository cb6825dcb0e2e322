"""Corpus statistics for the card and the datasheet, accumulated one record at a time.

`DatasetStats` sees every record once (the build's final pass, in final order) and keeps only small
state: per record it adds one int to a Counter of article lengths and one to a Counter of quote
counts, so memory grows with the number of *distinct* lengths, names and link dates, never with the
number of records. The one record it keeps whole is the example the card shows: the record with the
smallest id.

Definitions (the card and the datasheet repeat them):
- **words** of an article: the whitespace-separated tokens (`str.split()`) of its body paragraphs,
  summed over the paragraphs; headline, bio and sidebar are not counted.
- **percentiles** use the nearest-rank method: the p-th percentile of n values is the value at rank
  ceil(p/100 * n) (1-based, at least 1) in ascending order, always one of the values.
- **attributed quote**: a quote whose `speaker` is not null.
- **related-link dates**: `related_links[].date`, ISO `YYYY-MM-DD` in a record; a date in the raw
  layout's form (`February 27, 2020`) is read too. A value that is neither counts as unparseable
  and is left out of the range.

`statistics()` (typed; `result()` is its JSON-serialisable dict) depends only on the records, rejects
and duplicates added (not on the order records arrive in, except the split order when no order is given).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import output_process
from .errors import Reject

if TYPE_CHECKING:
    import pyarrow as pa
from .layout import parse_date_line

TOP_SPEAKERS = 10
PERCENTILES = (5, 50, 95)
HISTOGRAM_MAX_BINS = 30  # the length histogram's bins are 1, 2 or 5 x 10^k words wide, at most this many
HISTOGRAM_FILE = "lengths.png"  # the card links the histogram under this name, beside it
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A social-media handle as bios write it ("Follow him on Twitter at @handle"); not an e-mail address.
_HANDLE = re.compile(r"(?<![\w@.])@\w{1,30}")
_WEB_ADDRESS = re.compile(r"https?://\S|\bwww\.\S", re.I)


# A bio seldom holds either; the regular expressions (a lookbehind, case-insensitive alternatives)
# took a third of the statistics' time, so they run only on a bio that holds what every match must:
# an '@', or '://' or 'www.' in any case (re.I folds only 'W' to 'w', and lower() keeps both).
def _has_handle(bio: str) -> bool:
    return "@" in bio and _HANDLE.search(bio) is not None


def _has_web_address(bio: str) -> bool:
    return ("://" in bio or "www." in bio.lower()) and _WEB_ADDRESS.search(bio) is not None


def words(record: dict) -> int:
    """The article's length in words: whitespace-separated tokens of its body paragraphs."""
    return paragraph_words(record["paragraphs"])


def paragraph_words(paragraphs: Iterable[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def clean_record_words(record: dict) -> int:
    """`words(record)` for a record whose paragraphs are clean, as the record rules prove of every record
    a build keeps (rule clean-text: each is a fixed point of clean.clean_line, whose result is its words
    joined by single spaces): a paragraph's words are then one more than its spaces, counted without
    making a string per word."""
    return sum(p.count(" ") + 1 for p in record["paragraphs"] if p)


def percentile(counts: Counter, p: int) -> int | None:
    """The nearest-rank p-th percentile of the values counted in `counts` (value -> how often)."""
    n = sum(counts.values())
    if n == 0:
        return None
    rank = max(1, math.ceil(p * n / 100))
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if seen >= rank:
            return value
    raise AssertionError("unreachable: rank <= n")


def link_date(value: str) -> dt.date | None:
    """A related link's date: ISO (as in records) or the raw layout's 'February 27, 2020'."""
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return parse_date_line(value)


def histogram_bins(counts: Mapping[int, int], max_bins: int = HISTOGRAM_MAX_BINS) -> dict:
    """Fixed-width bins over the counted values: {bin_width, edges, counts}; bin i holds values in
    [edges[i], edges[i+1]). The width is the smallest 1, 2 or 5 x 10^k words giving at most
    max_bins bins from the multiple of the width at or below the shortest value to the longest, so
    the same lengths always give the same bins."""
    if not counts:
        return {"bin_width": None, "edges": [], "counts": []}
    low, high = min(counts), max(counts)
    scale = 1
    while True:
        fitting = [step * scale for step in (1, 2, 5) if high // (step * scale) - low // (step * scale) < max_bins]
        if fitting:
            width = fitting[0]
            break
        scale *= 10
    first = low // width
    binned = [0] * (high // width - first + 1)
    for value, n in counts.items():
        binned[value // width - first] += n
    return {"bin_width": width, "edges": [(first + i) * width for i in range(len(binned) + 1)], "counts": binned}


@dataclass(frozen=True)
class WordFigures:
    """Words per article (body paragraphs); None without records."""

    p5: int | None
    p50: int | None
    p95: int | None
    min: int | None
    max: int | None
    mean: float | None
    total: int


@dataclass(frozen=True)
class Histogram:
    """Fixed-width bins: bin i holds the values in [edges[i], edges[i+1])."""

    bin_width: int | None
    edges: list[int]
    counts: list[int]


@dataclass(frozen=True)
class PerArticle:
    """Quotes per article; None without records."""

    mean: float | None
    p50: int | None
    p95: int | None
    max: int | None


@dataclass(frozen=True)
class SpeakerCount:
    speaker: str
    quotes: int


@dataclass(frozen=True)
class QuoteFigures:
    total: int
    per_article: PerArticle
    attributed: int  # quotes with a speaker
    attributed_share: float | None  # None without quotes
    distinct_speakers: int
    top_speakers: list[SpeakerCount]  # the most quoted first, ties by name


@dataclass(frozen=True)
class AuthorFigures:
    distinct: int
    records_without_author: int


@dataclass(frozen=True)
class BioFigures:
    records_with_bio: int
    with_social_handle: int
    with_web_address: int


@dataclass(frozen=True)
class LinkFigures:
    total: int
    date_min: str | None  # ISO dates; None without a parseable date
    date_max: str | None
    unparseable_dates: int


@dataclass(frozen=True)
class Statistics:
    """A build's statistics (see the module's definitions), as the card and the datasheet show them."""

    records: int
    records_by_split: dict[str, int]  # in the --splits order; splits without records left out
    words_per_article: WordFigures
    length_histogram: Histogram
    quotes: QuoteFigures
    authors: AuthorFigures
    bios: BioFigures
    related_links: LinkFigures
    rejected: int
    rejects_by_type: dict[str, int]  # sorted by type
    duplicates: int

    def to_dict(self) -> dict:
        """The JSON form: nested dicts with the field names as keys, in field order."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class BuildSummary:
    """What a build read and made, as build-summary.json records it (a release: MANIFEST.json's
    `build`): every file read is a record, a reject or a duplicate."""

    builder_version: str
    schema_sha256: str
    files_read: int
    records: int
    rejected: int
    rejects_by_type: dict[str, int]  # sorted by type
    duplicates: int
    near_duplicate_clusters: int
    records_in_near_duplicate_clusters: int
    records_by_split: dict[str, int]  # in the --splits order; splits without records left out
    splits: dict[str, float]  # the --splits spec: name -> ratio
    # files under the raw folder the selection did not read, by reason (hidden, not-included,
    # excluded): not read, so neither records nor rejects, but counted (nothing is silent)
    files_left_out: dict[str, int] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict:
        """The JSON form (build-summary.json), keys as the field names."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Tallies:
    """A build's statistics with the two counts the report draws beyond them: quotes per article and
    related links per ISO date. The build hands them to the report so it need not count the
    finished Parquet again (the same figures: the same `add_table` counted them)."""

    statistics: Statistics
    quote_counts: dict[int, int]  # quotes per article -> articles
    link_dates: dict[str, int]  # ISO date -> related links


class DatasetStats:
    """Streaming statistics of a build: `add_table` every table of records with its split, `add_reject`
    every reject, `add_duplicate` once per duplicate file, then read `statistics()` and `example`."""

    def __init__(self, splits: Iterable[str] = ()) -> None:
        # Splits are reported in this order (e.g. the --splits spec), then any others by first record.
        self._split_order = list(splits)
        self.records_by_split: Counter[str] = Counter()
        self._first_seen: list[str] = []
        self.word_counts: Counter[int] = Counter()  # words per article -> articles
        self.quote_counts: Counter[int] = Counter()  # quotes per article -> articles
        self.quotes = 0
        self.attributed = 0
        self.speakers: Counter[str] = Counter()
        self.authors: set[str] = set()
        self.records_without_author = 0
        self.bios = 0
        self.bios_with_handle = 0
        self.bios_with_web_address = 0
        self.links = 0
        self.link_dates: Counter[str] = Counter()  # ISO date -> links (bounded by distinct days)
        self.unparseable_link_dates = 0
        self.rejects_by_type: Counter[str] = Counter()
        self.duplicates = 0
        self._example: dict | None = None

    def add_table(self, table: pa.Table, split: str, word_counts: Iterable[int] | None = None) -> None:
        """Count every row of an Arrow table of records (the derived schema) as a record of `split`,
        column by column, without turning rows into dicts. word_counts, if given, are the rows'
        `words(record)` computed earlier (by the workers, as a per-record key). Per-value
        work (regexes on bios, parsing link dates) is done once per distinct value."""
        import pyarrow.compute as pc  # only the build's final pass needs it

        n = table.num_rows
        if n == 0:
            return
        if split not in self.records_by_split:
            self._first_seen.append(split)
        self.records_by_split[split] += n
        if word_counts is None:
            word_counts = map(paragraph_words, table.column("paragraphs").to_pylist())
        self.word_counts.update(word_counts)
        quotes = table.column("quotes")
        self.quote_counts.update(_value_counts(pc.list_value_length(quotes)))
        speakers = pc.struct_field(pc.list_flatten(quotes), "speaker")
        self.quotes += len(speakers)
        named = _value_counts(speakers)
        self.attributed += sum(named.values())
        self.speakers.update(named)
        authors = _value_counts(table.column("author"))
        authors.pop("", None)  # an empty author counts as none
        self.authors.update(authors)
        self.records_without_author += n - sum(authors.values())
        for bio, count in _value_counts(table.column("bio")).items():
            if bio:
                self.bios += count
                self.bios_with_handle += count * _has_handle(bio)
                self.bios_with_web_address += count * _has_web_address(bio)
        dates = pc.struct_field(pc.list_flatten(table.column("related_links")), "date")
        self.links += len(dates)
        for value, count in _value_counts(dates).items():
            date = link_date(value)
            if date is None:
                self.unparseable_link_dates += count
            else:
                self.link_dates[date.isoformat()] += count
        ids = table.column("id")
        smallest = pc.min(ids).as_py()
        if self._example is None or smallest < self._example["id"]:
            row = pc.index(ids, smallest).as_py()
            self._example = table.slice(row, 1).to_pylist()[0]

    def add_reject(self, reject: Reject) -> None:
        self.rejects_by_type[reject.type] += 1

    def add_duplicate(self) -> None:
        self.duplicates += 1

    @property
    def example(self) -> dict | None:
        """The record with the smallest id, which the card shows as its example; None without records."""
        return self._example

    def _splits(self) -> list[str]:
        ordered = [s for s in self._split_order if s in self.records_by_split]
        return ordered + [s for s in self._first_seen if s not in ordered]

    def statistics(self) -> Statistics:
        """The figures of everything added so far, typed; `to_dict()` gives their JSON form."""
        records = sum(self.records_by_split.values())
        words_total = sum(w * n for w, n in self.word_counts.items())
        top = sorted(self.speakers.items(), key=lambda item: (-item[1], item[0]))[:TOP_SPEAKERS]
        p5, p50, p95 = (percentile(self.word_counts, p) for p in PERCENTILES)
        return Statistics(
            records=records,
            records_by_split={s: self.records_by_split[s] for s in self._splits()},
            words_per_article=WordFigures(
                p5=p5,
                p50=p50,
                p95=p95,
                min=min(self.word_counts, default=None),
                max=max(self.word_counts, default=None),
                mean=round(words_total / records, 1) if records else None,
                total=words_total,
            ),
            length_histogram=Histogram(**histogram_bins(self.word_counts)),
            quotes=self._quote_figures(records, top),
            authors=AuthorFigures(len(self.authors), self.records_without_author),
            bios=BioFigures(self.bios, self.bios_with_handle, self.bios_with_web_address),
            related_links=LinkFigures(
                total=self.links,
                date_min=min(self.link_dates, default=None),
                date_max=max(self.link_dates, default=None),
                unparseable_dates=self.unparseable_link_dates,
            ),
            rejected=sum(self.rejects_by_type.values()),
            rejects_by_type=dict(sorted(self.rejects_by_type.items())),
            duplicates=self.duplicates,
        )

    def _quote_figures(self, records: int, top: list[tuple[str, int]]) -> QuoteFigures:
        return QuoteFigures(
            total=self.quotes,
            per_article=PerArticle(
                mean=round(self.quotes / records, 2) if records else None,
                p50=percentile(self.quote_counts, 50),
                p95=percentile(self.quote_counts, 95),
                max=max(self.quote_counts, default=None),
            ),
            attributed=self.attributed,
            attributed_share=round(self.attributed / self.quotes, 4) if self.quotes else None,
            distinct_speakers=len(self.speakers),
            top_speakers=[SpeakerCount(name, n) for name, n in top],
        )

    def tallies(self) -> Tallies:
        """`statistics()` with the counts of quotes per article and of links per date, as a value."""
        return Tallies(self.statistics(), dict(self.quote_counts), dict(self.link_dates))

    def result(self) -> dict:
        """`statistics()` as a JSON-serialisable dict (what the datasheet and the report read)."""
        return self.statistics().to_dict()


def _value_counts(values: pa.Array | pa.ChunkedArray) -> Counter:
    """value -> how often, over the non-null values of an Arrow array or chunked array."""
    import pyarrow.compute as pc

    counts = pc.value_counts(values)
    out: Counter = Counter()
    for value, count in zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True):
        if value is not None:
            out[value] += count
    return out


# Pixel size of the histogram: FIGSIZE inches at DPI dots per inch.
FIGSIZE = (8, 4)
DPI = 100


def write_length_histogram(statistics: Statistics, path: Path) -> None:
    """A PNG bar chart of words per article from `statistics.length_histogram`, 800 x 400 pixels.

    Byte-reproducible: matplotlib's default style (not the user's matplotlibrc), the Agg renderer,
    its bundled font, and no Software metadata, so the same statistics give the same bytes with the
    same matplotlib version. Drawn in the build's output process when it runs (output_process.py)."""
    output_process.run(_draw_length_histogram, statistics, Path(path).absolute())


def _draw_length_histogram(statistics: Statistics, path: Path) -> None:
    import matplotlib.style  # imported here: only a build that writes a card needs it

    # A Figure with its own Agg canvas: no pyplot, no global backend, no state shared between calls.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    hist = statistics.length_histogram
    words_stats = statistics.words_per_article
    with matplotlib.style.context("default"):
        fig = Figure(figsize=FIGSIZE, dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        if hist.counts and hist.bin_width is not None:
            ax.bar(
                hist.edges[:-1],
                hist.counts,
                width=hist.bin_width,
                align="edge",
                color="#4c72b0",
                edgecolor="white",
                linewidth=0.5,
            )
            marks = (("p5", words_stats.p5, ":"), ("p50", words_stats.p50, "--"), ("p95", words_stats.p95, ":"))
            for p, value, style in marks:
                assert value is not None  # lengths were counted, so every percentile is one of them
                ax.axvline(value, color="#c44e52", linestyle=style, linewidth=1, label=f"{p} = {value}")
            ax.legend(loc="upper right", frameon=False)
            # Room on both sides: one article's single bin is not a block filling the plot, and the
            # p5/p95 lines of a few articles (their shortest and longest) do not sit on its edges.
            low, high = hist.edges[0], hist.edges[-1]
            pad = max(hist.bin_width, (high - low) / 10, high / 20, 1)
            ax.set_xlim(max(0, low - pad), high + pad)
        else:
            ax.text(0.5, 0.5, "no records", ha="center", va="center", transform=ax.transAxes)
        # The default locator is a MaxNLocator, which takes `integer`; the stubs type the base Locator.
        ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
        ax.set_xlabel("words per article (body paragraphs)")
        ax.set_ylabel("articles")
        n = statistics.records
        ax.set_title(f"Article lengths ({n:,} article{'' if n == 1 else 's'})")
        fig.tight_layout()
        fig.savefig(path, format="png", metadata={"Software": None})
