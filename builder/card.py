"""The Hugging Face dataset card (README.md of the output), from a template shipped as package data.

Metadata is built with huggingface_hub's DatasetCardData and holds no article text. Article text
shown in the body (the example record, names) goes through `markdown_text` or `code_block`, so no
headline or bio can end the YAML front matter, close a code fence, or inject Markdown or HTML.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from . import __version__, output_process
from .config import NO_CONFIG, NOT_STATED, CorpusConfig
from .dataset_folder import REJECTS_FILE, SUMMARY_FILE
from .schema import column_types, load_schema, yaml_features
from .stats import HISTOGRAM_FILE, BuildSummary, Statistics
from .type_labels import card_type_label

if TYPE_CHECKING:  # huggingface_hub (its whole HTTP stack) is imported where a card is made, not with this module
    from huggingface_hub import DatasetCardData

TEMPLATE = ("templates", "dataset_card.md")
EXAMPLE_CHARS = 300  # longest article value quoted in the card
EXAMPLE_ITEMS = 3  # list items shown per list in the example record
# What is active inside a line of Markdown (emphasis, code, links, tables, strikethrough, math); the
# rest of the punctuation is left as written, so the card's source reads as well as its page. A brace
# that would open template syntax ({{, {%, {#) becomes an entity (below): none is left live.
_MD_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# What is active only at the start of a line: headings, quotes, list items, setext and thematic breaks.
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")
_MD_LINE_START = re.compile(r"^(?=[#>+=-]|\d+[.)])")


def markdown_text(value: str, limit: int = EXAMPLE_CHARS) -> str:
    """Article text as inert Markdown on one line: `<`, `>` and `&` as entities (no HTML), inline
    Markdown punctuation backslashed, and a backslash before what would start a block."""
    value = " ¶ ".join(value.split("\n\n")).replace("\n", " ")
    if len(value) > limit:
        value = value[:limit] + "…"
    value = _MD_LINE_START.sub("\\\\", _MD_INLINE.sub(r"\\\1", value))
    return _TEMPLATE_OPEN.sub("&#123;", html.escape(value, quote=False))


def code_block(text: str, info: str = "") -> str:
    """A fenced code block that its content cannot close: the fence is longer than any backtick run."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def size_category(n: int) -> str:
    """The Hub's size_categories label for n records."""
    bounds = [
        (10**3, "n<1K"),
        (10**4, "1K<n<10K"),
        (10**5, "10K<n<100K"),
        (10**6, "100K<n<1M"),
        (10**7, "1M<n<10M"),
        (10**8, "10M<n<100M"),
        (10**9, "100M<n<1B"),
        (10**10, "1B<n<10B"),
        (10**11, "10B<n<100B"),
        (10**12, "100B<n<1T"),
    ]
    for bound, label in bounds:
        if n < bound:
            return label
    return "n>1T"


def _truncate(value: Any, limit: int = EXAMPLE_CHARS) -> Any:  # a record's value: any JSON value
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + "…"
    if isinstance(value, list):
        shown = [_truncate(v, limit) for v in value[:EXAMPLE_ITEMS]]
        if len(value) > EXAMPLE_ITEMS:
            shown.append(f"… {len(value) - EXAMPLE_ITEMS} more")
        return shown
    if isinstance(value, dict):
        return {k: _truncate(v, limit) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class CardFiles:
    """The files a card names: each split's Parquet file (or list of shards) and its bytes, the
    download size, and where the build summary and the rejects are kept beside the card (a build's
    own files, or a release's MANIFEST.json)."""

    split_files: dict[str, str | list[str]]
    split_bytes: dict[str, int]
    download_size: int
    summary_file: str = SUMMARY_FILE
    rejects_file: str = REJECTS_FILE
    histogram_file: str | None = HISTOGRAM_FILE  # relative to the card; None: no picture


def card_metadata(
    stats: Statistics, files: CardFiles, pretty_name: str, config: CorpusConfig = NO_CONFIG
) -> DatasetCardData:
    """The YAML metadata; splits are those of stats.records_by_split, in its order."""
    from huggingface_hub import DatasetCardData

    by_split = stats.records_by_split
    return DatasetCardData(
        pretty_name=pretty_name,
        language=list(config.language) or None,  # the curators' (config): left out when not stated, never guessed
        license=config.license,
        license_name=config.license_name,
        task_categories=["text-generation", "token-classification"],
        tags=["news", "quotes", "quote-attribution"],
        size_categories=[size_category(stats.records)],
        configs=[
            {
                "config_name": "default",
                "data_files": [{"split": name, "path": files.split_files[name]} for name in by_split],
            }
        ],
        dataset_info={
            "config_name": "default",
            "features": yaml_features(),
            "splits": [
                {"name": name, "num_bytes": files.split_bytes[name], "num_examples": rows}
                for name, rows in by_split.items()
            ],
            "download_size": files.download_size,
            "dataset_size": sum(files.split_bytes.values()),
        },
    )


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:,}"


def statistics_rows(stats: Statistics) -> list[tuple[str, str]]:
    """The card's "Dataset statistics" table: (statistic, value) as Markdown-safe text."""
    words, quotes, per_article, links = (
        stats.words_per_article,
        stats.quotes,
        stats.quotes.per_article,
        stats.related_links,
    )
    attributed = (
        f"{quotes.attributed:,} of {quotes.total:,} ({quotes.attributed_share:.1%})" if quotes.total else "no quotes"
    )
    if links.date_min is None:
        dates = "no dated links"
    else:
        dates = f"{links.date_min} to {links.date_max} ({links.total:,} links)"
    if links.unparseable_dates:
        dates += f"; {links.unparseable_dates:,} dates unparseable"
    rejects = ", ".join(f"`{t}` {n:,}" for t, n in stats.rejects_by_type.items()) or "none"
    per_article_text = " / ".join(
        _num(v) for v in (per_article.mean, per_article.p50, per_article.p95, per_article.max)
    )
    return [
        ("records per split", ", ".join(f"{name} {n:,}" for name, n in stats.records_by_split.items()) or "none"),
        ("words per article, p5 / p50 / p95", f"{_num(words.p5)} / {_num(words.p50)} / {_num(words.p95)}"),
        ("words per article, min / mean / max", f"{_num(words.min)} / {_num(words.mean)} / {_num(words.max)}"),
        ("quotes per article, mean / p50 / p95 / max", per_article_text),
        ("attributed quotes (with a speaker)", attributed),
        ("distinct speakers", _num(quotes.distinct_speakers)),
        ("distinct authors", _num(stats.authors.distinct)),
        ("related-link dates", dates),
        ("rejected files by type", rejects),
        ("duplicate files", _num(stats.duplicates)),
    ]


def _fields(example: dict | None) -> list[dict[str, str]]:
    """The card's field table: each field's type, description and value in the example record."""
    schema = load_schema()
    fields = []
    for name, column in column_types().fields:
        node = schema["properties"][name]
        value = "" if example is None else json.dumps(_truncate(example[name], 80), ensure_ascii=False)
        fields.append(
            {
                "name": name,
                "type": card_type_label(column),
                "description": markdown_text(node.get("description", ""), 10_000),
                "example": markdown_text(value, 160),
            }
        )
    return fields


def render_card(
    stats: Statistics,
    example: dict | None,
    files: CardFiles,
    summary: BuildSummary,
    pretty_name: str,
    config: CorpusConfig = NO_CONFIG,
    carried_splits: int = 0,
) -> str:
    """The card, from the build's statistics (`DatasetStats.statistics()`), its example record
    (`DatasetStats.example`, the record with the smallest id), the files it names and the build's
    summary; `config` holds what the curators state about the source (NO_CONFIG: nothing, every
    statement NOT_STATED); `carried_splits`: records of a release that keep the previous release's split.
    Rendered in the build's output process when it runs (output_process.py), where huggingface_hub is imported."""
    return output_process.run(_render_card, stats, example, files, summary, pretty_name, config, carried_splits)


def _render_card(
    stats: Statistics,
    example: dict | None,
    files: CardFiles,
    summary: BuildSummary,
    pretty_name: str,
    config: CorpusConfig,
    carried_splits: int,
) -> str:
    from huggingface_hub import DatasetCard

    template = resources.files("builder").joinpath(*TEMPLATE).read_text(encoding="utf-8")
    card = DatasetCard.from_template(
        card_metadata(stats, files, pretty_name, config),
        template_str=template,
        title=markdown_text(pretty_name, 200),
        builder_version=__version__,
        total=stats.records,
        splits=[
            {"name": n, "rows": rows, "files": _file_list(files.split_files[n])}
            for n, rows in stats.records_by_split.items()
        ],
        carried_splits=carried_splits,
        split_spec=", ".join(f"{n}={r:g}" for n, r in summary.splits.items()),
        fields=_fields(example),
        example_headline=markdown_text(example["headline"]) if example else "",
        example_block=code_block(json.dumps(_truncate(example), ensure_ascii=False, indent=2), "json")
        if example
        else "",
        summary=summary,
        summary_file=files.summary_file,
        rejects_file=files.rejects_file,
        authors=stats.authors.distinct,
        quotes=stats.quotes.total,
        links=stats.related_links.total,
        statistics=statistics_rows(stats),
        top_speakers=[{"name": markdown_text(s.speaker, 200), "quotes": s.quotes} for s in stats.quotes.top_speakers],
        histogram_file=files.histogram_file,
        cfg=config,
        not_stated=NOT_STATED,
        citation_block=_citation_block(config.citation),
    )
    return str(card.content).rstrip("\n") + "\n"


def _citation_block(citation: str | None) -> str:
    """The curators' citation in a code block (BibTeX gets its info string); empty when there is none."""
    if not citation:
        return ""
    return code_block(citation, "bibtex" if citation.lstrip().startswith("@") else "")


def _file_list(files: str | list[str]) -> str:
    return ", ".join(f"`{f}`" for f in ([files] if isinstance(files, str) else files))
