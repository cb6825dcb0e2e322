"""The datasheet (Gebru et al., *Datasheets for Datasets*, CACM 2021) of a build, from a template
shipped as package data.

The builder's answers are written once in the template; every figure in them (counts, date ranges,
length percentiles, reject counts, personal data in bios) comes from the build's statistics and
summary, so each build and each release carries a datasheet that is true for its own data. Every
statement about the source (who collected what, why, under which license, with whose consent) is the
curators' own, from their config (builder/config.py), or NOT_STATED. No article text is put into the
datasheet, so nothing needs escaping; the curators' text is their own Markdown.
"""

from __future__ import annotations

from importlib import resources

from . import output_process
from .config import DEFAULT_PRETTY_NAME, NO_CONFIG, NOT_STATED, CorpusConfig

TEMPLATE = ("templates", "datasheet.md")
# Questions per section, as in the paper's CACM version (57 in all). A test counts them in the output.
SECTIONS: dict[str, int] = {
    "Motivation": 4,
    "Composition": 16,
    "Collection Process": 12,
    "Preprocessing/Cleaning/Labeling": 4,
    "Uses": 6,
    "Distribution": 7,
    "Maintenance": 8,
}


def num(value: float | None) -> str:
    """A figure as the datasheet prints it: thousands separated, n/a when there is none."""
    return "n/a" if value is None else f"{value:,}"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 raw file', '2 raw files'; plural defaults to singular + 's'."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def _share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({part / whole:.1%})" if whole else f"{part:,} of 0"


def _context(stats: dict, summary: dict, config: CorpusConfig, title: str) -> dict:
    quotes = stats["quotes"]
    bios = stats["bios"]
    return {
        "cfg": config,
        "not_stated": NOT_STATED,
        "title": title,
        "stats": stats,
        "summary": summary,
        "words": stats["words_per_article"],
        "quotes": quotes,
        "num": num,
        "count": count,
        "builder_version": summary["builder_version"],
        "schema_sha256": summary["schema_sha256"],
        "by_split": ", ".join(f"{name} {n:,}" for name, n in stats["records_by_split"].items()) or "no split",
        "split_spec": ", ".join(f"{n}={r:g}" for n, r in summary["splits"].items()),
        "rejects_by_type": ", ".join(f"{t} {n:,}" for t, n in stats["rejects_by_type"].items()) or "none",
        "attributed": _share(quotes["attributed"], quotes["total"]),
        "bios_with_handle": _share(bios["with_social_handle"], bios["records_with_bio"]),
        "bios_with_web_address": _share(bios["with_web_address"], bios["records_with_bio"]),
    }


def render_datasheet(
    stats_result: dict, summary: dict, config: CorpusConfig = NO_CONFIG, title: str = DEFAULT_PRETTY_NAME
) -> str:
    """The datasheet (Markdown) of a build: `stats_result` is `DatasetStats.result()`, `summary` the
    build summary (builder_version, schema_sha256, files_read, splits), `config` what the curators
    state (NO_CONFIG: nothing), `title` the dataset's pretty name. Rendered in the build's output process
    when it runs (output_process.py), where jinja2 is imported."""
    return output_process.run(_render_datasheet, stats_result, summary, config, title)


def _render_datasheet(stats_result: dict, summary: dict, config: CorpusConfig, title: str) -> str:
    import jinja2

    template = resources.files("builder").joinpath(*TEMPLATE).read_text(encoding="utf-8")
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False)
    return env.from_string(template).render(**_context(stats_result, summary, config, title)).rstrip("\n") + "\n"
