"""The dataset's own description, which its curators own: `corpus.toml`.

The builder knows how the records were made and what the build found; it cannot know where the
articles came from, who collected them, under what license they may be shared, or what their
biases are. Those statements come from a small TOML file the user keeps beside their articles (read
from the current folder, or named with `--config`), and the card and the datasheet take every
statement about the source from it. What the file does not say is printed as `NOT_STATED`, never
guessed. The file lives outside the output folder, so a rebuild or a release never loses it; text
kept in files beside it (paths relative to the config) is read at every build and release.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Refusal
from .ownership import resolved

CONFIG_FILE = "corpus.toml"
# The one phrase for everything the curators did not state: the card and the datasheet print it
# wherever a statement about the source belongs, so a reader sees what is unknown.
NOT_STATED = "Not stated by the curators."
DEFAULT_PRETTY_NAME = "News articles"

# The Hub's license identifiers (huggingface.co/docs/hub/repositories-licenses), for the card's YAML.
HUB_LICENSES = frozenset(
    """apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0
    bigcode-openrail-m afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc
    cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0
    cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0
    cdla-sharing-1.0 cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1
    eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc lppl-1.3c ms-pl mpl-2.0 odc-by odbl
    openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license llama2 llama3
    llama3.1 llama3.2 llama3.3 llama4 gemma unknown other""".split()
)
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")  # ISO 639-1/639-3, optionally with a region
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?")  # a Hub repository name or id

# The curators' own Markdown, one key per statement only they can make: key -> what to write. The
# card and the datasheet print each where its question is asked (README and DATASHEET of a build).
SECTIONS: dict[str, str] = {
    "motivation": "why the dataset was made: the task or question in mind, the gap it fills",
    "funding": "who funded the collection and curation (grants, sponsors), or that no one did",
    "producers": "who wrote and published the source texts (the publication, its writers)",
    "content": "what the texts are (genres, topics, the source's editorial line) and whether some may offend or upset",
    "sample": "whether the pages are all the source published or a sample, and how representative they are",
    "sampling_strategy": "how the pages were chosen (all pages, a crawl from a start page, a date range, ...)",
    "collection": "how the raw pages were collected: the scraper or tool, its settings, which parts of the site",
    "collectors": "who collected the data, and whether and how they were paid",
    "timeframe": "when the pages were collected (the builder can only estimate it from sidebar dates)",
    "confidential": "whether any text is confidential (non-public communications, privileged data)",
    "sensitive": "sensitive data in the texts (political opinions, health, religion, locations, ...)",
    "ethical_review": "whether an ethical review (e.g. an institutional review board) examined the collection",
    "obtained_from": "whether the texts came from the people in them directly or from third parties (websites)",
    "notification": "whether the authors and the people named were told about the collection",
    "consent": "whether the authors and the people named consented to the collection and use",
    "consent_revocation": "how someone can ask for their data to be removed",
    "impact_analysis": "whether an analysis of the impact on the people in the data was made (e.g. a DPIA)",
    "raw_data": "whether and where the raw files are kept",
    "biases": "known biases and limitations of the source (one outlet's line, topics, authors, years)",
    "prior_uses": "tasks and publications the dataset has been used for",
    "uses_repository": "where papers or systems that use the dataset are listed",
    "out_of_scope": "uses the curators rule out",
    "distribution": "to whom and where the dataset is distributed (e.g. a Hub repository)",
    "distribution_date": "when it is (or was) distributed",
    "third_party_ip": "restrictions third parties put on the data (the publisher's terms of use, copyright)",
    "export_controls": "export controls or regulations that apply",
    "maintainers": "who supports, hosts and maintains the dataset",
    "updates": "whether and how the dataset will be updated",
    "retention": "limits on keeping the data that were promised to the people in it",
    "contributions": "how others can add to or correct the dataset",
}
# The sections the card prints too (every section is in the datasheet); tests/test_config.py checks it.
CARD_SECTIONS = frozenset({"motivation", "producers", "content", "collection", "sensitive", "biases", "out_of_scope"})
# [dataset] keys: key -> (the kind of value, what to write).
DATASET_KEYS: dict[str, tuple[str, str]] = {
    "name": ("name", "a short name, e.g. the Hub repository id: my-news or user/my-news"),
    "pretty_name": ("line", "the title of the card and of croissant.json"),
    "description": ("text", "what the dataset is, in a few sentences of Markdown"),
    "language": ("languages", 'the texts\' languages as ISO 639 codes, e.g. ["en"]'),
    "license": ("license", 'a Hub license id (e.g. "cc-by-4.0"), or "other" with license_name'),
    "license_name": ("line", 'with license = "other": the license\'s name, e.g. "copyright held by the authors"'),
    "curators": ("lines", 'the people or organisation who curated it, e.g. ["Jane Doe (Example University)"]'),
    "contact": ("line", "how to reach the curators (an e-mail address, an issue tracker)"),
    "citation": ("text", "how to cite the dataset (BibTeX or a sentence)"),
}
SOURCE_KEYS: dict[str, str] = {
    "publication": "the publication or website the articles come from",
    "homepage": "its address, e.g. https://example.org",
}
TABLES = ("dataset", "source", "sections")


class ConfigError(Refusal):
    """The dataset's config file cannot be used; the message names the file and the key."""

    type = "config"
    title = "Config refused"


@dataclass(frozen=True)
class CorpusConfig:
    """What the curators state about their dataset; None (or empty) where they state nothing."""

    path: Path | None = None  # the file read; None: there was none
    name: str | None = None
    pretty_name: str | None = None
    description: str | None = None
    language: tuple[str, ...] = ()
    license: str | None = None
    license_name: str | None = None
    curators: tuple[str, ...] = ()
    contact: str | None = None
    citation: str | None = None
    publication: str | None = None
    homepage: str | None = None
    sections: tuple[tuple[str, str], ...] = field(default=())  # (key of SECTIONS, Markdown), in SECTIONS order

    def section(self, key: str) -> str | None:
        if key not in SECTIONS:
            raise KeyError(f"{key!r} is not a section of the config (SECTIONS)")
        return dict(self.sections).get(key)

    def stated(self, value: str | None) -> str:
        """A statement as printed: the curators' text, or NOT_STATED."""
        return value if value else NOT_STATED

    def answer(self, key: str) -> str:
        """The curators' Markdown for SECTIONS[key], or NOT_STATED."""
        return self.stated(self.section(key))

    def license_text(self) -> str:
        """The license as the card and the datasheet state it."""
        if self.license is None:
            return NOT_STATED
        if self.license == "other":
            return f"other: {self.license_name}"
        return f"`{self.license}`"

    def license_label(self) -> str:
        """The license as croissant.json names it: the Hub id, the name of an `other` license, or NOT_STATED."""
        if self.license is None:
            return NOT_STATED
        return self.license_name if self.license == "other" and self.license_name else self.license

    def resolved_pretty_name(self, option: str | None = None) -> str:
        """The card's title: --name, else the config's pretty_name, else DEFAULT_PRETTY_NAME."""
        return option or self.pretty_name or DEFAULT_PRETTY_NAME

    def titled(self, option: str | None = None) -> CorpusConfig:
        """This config with its pretty_name resolved (see resolved_pretty_name): what a build passes on."""
        return dataclasses.replace(self, pretty_name=self.resolved_pretty_name(option))

    @property
    def title(self) -> str:
        """The resolved title (the config of a build is always `titled`)."""
        return self.resolved_pretty_name()


NO_CONFIG = CorpusConfig()
_Fail = Callable[[str, str], ConfigError]  # (where, problem) -> the error naming the file


def find_config(option: Path | None, cwd: Path | None = None) -> Path | None:
    """The config to read: --config FILE, else corpus.toml in the current folder if there is one."""
    if option is not None:
        return option
    here = (cwd or Path.cwd()) / CONFIG_FILE
    return here if here.is_file() else None


def load_config(path: Path | None) -> CorpusConfig:
    """Read and check a config file (None: no config, every statement NOT_STATED). Raises ConfigError
    naming the file and the key for anything that cannot be used."""
    if path is None:
        return NO_CONFIG
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return _parse(path, data)


def _parse(path: Path, data: dict) -> CorpusConfig:
    def fail(where: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}: {where}: {problem}")

    for key, value in data.items():
        if key not in TABLES:
            raise fail(key, f"unknown key; the file has the tables {', '.join(f'[{t}]' for t in TABLES)}")
        if not isinstance(value, dict):
            raise fail(key, f"must be a table [{key}], not a {_kind(value)}")
    values: dict = {"path": path, **_dataset_values(path, data.get("dataset", {}), fail)}
    for key, value in data.get("source", {}).items():
        where = f"[source] {key}"
        if key not in SOURCE_KEYS:
            raise fail(where, f"unknown key; known: {', '.join(SOURCE_KEYS)}")
        values[key] = _line(where, value, fail)
    values["sections"] = _sections(path, data.get("sections", {}), fail)
    return CorpusConfig(**values)


def _dataset_values(path: Path, dataset: dict, fail: _Fail) -> dict:
    """The [dataset] table, each key checked for its kind (text, languages, lines, license, name, line)."""
    values: dict = {}
    for key, value in dataset.items():
        where = f"[dataset] {key}"
        if key not in DATASET_KEYS:
            raise fail(where, f"unknown key; known: {', '.join(DATASET_KEYS)}")
        kind = DATASET_KEYS[key][0]
        if kind == "text":
            values[key] = _text(path, where, value, fail)
        elif kind in ("languages", "lines"):
            values[key] = _items(where, kind, value, fail)
        else:
            values[key] = _checked_line(where, kind, value, fail)
    if values.get("license") == "other" and not values.get("license_name"):
        raise fail("[dataset] license_name", 'license = "other" needs the license\'s name in license_name')
    if values.get("license_name") and values.get("license") != "other":
        raise fail("[dataset] license_name", 'only goes with license = "other"; a Hub license id names itself')
    return values


def _items(where: str, kind: str, value: object, fail: _Fail) -> tuple[str, ...]:
    """A list of one-line strings (languages are ISO 639 codes)."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(where, f"must be a list of strings, not a {_kind(value)}")
    items = tuple(v.strip() for v in value if v.strip())
    for item in items:
        if "\n" in item:
            raise fail(where, f"{item!r} spans lines; write one line per item")
        if kind == "languages" and not _LANGUAGE.fullmatch(item):
            raise fail(where, f"{item!r} is not an ISO 639 language code such as en, fr or de-CH")
    return items


def _checked_line(where: str, kind: str, value: object, fail: _Fail) -> str | None:
    """One line; a license must be a Hub license id, a name a Hub-style repository name."""
    line = _line(where, value, fail)
    if line is not None and kind == "license" and line not in HUB_LICENSES:
        raise fail(
            where,
            f"{line!r} is not a Hub license id (such as cc-by-4.0, cc0-1.0, mit); "
            'for any other license write license = "other" and its name in license_name',
        )
    if line is not None and kind == "name" and not _NAME.fullmatch(line):
        raise fail(where, f"{line!r} is not a name like my-news or user/my-news (letters, digits, . _ -)")
    return line


def _sections(path: Path, given: dict, fail: _Fail) -> tuple[tuple[str, str], ...]:
    """The curators' Markdown sections, in SECTIONS' order whatever the file's."""
    for key in given:
        if key not in SECTIONS:
            raise fail(f"[sections] {key}", "unknown key; `corpus-builder init` writes a file that lists every section")
    sections = []
    for key in SECTIONS:
        if key in given:
            text = _text(path, f"[sections] {key}", given[key], fail)
            if text is not None:
                sections.append((key, text))
    return tuple(sections)


def _kind(value: object) -> str:
    return {dict: "table", list: "list", str: "string", bool: "boolean", int: "integer", float: "number"}.get(
        type(value), type(value).__name__
    )


def _line(where: str, value: object, fail: _Fail) -> str | None:
    """A one-line string; empty means not stated."""
    if not isinstance(value, str):
        raise fail(where, f"must be a string, not a {_kind(value)}")
    value = value.strip()
    if "\n" in value:
        raise fail(where, "must be one line")
    return value or None


SECTION_FILE_MAX_BYTES = 1_000_000  # a card section, not a corpus: a bigger file is a mistake
# Controls that act on a terminal or break a document (NUL, ESC, BEL, ...); tab, LF and CR are text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _section_file(config: Path, where: str, name: str, fail: _Fail) -> Path:
    """A section file's path: beside the config (in its folder or below), never elsewhere, so that a
    config cannot pull an unrelated file (/etc/..., ../..) into a published card."""
    folder = resolved(config.parent)
    target = resolved(folder / name)  # (a loop of links is an OSError, ELOOP: not a RuntimeError's traceback)
    if not target.is_relative_to(folder):
        raise fail(where, f"file {name!r} is not beside the config (in {folder} or a folder below it)")
    if target.exists() and not target.is_file() and not target.is_dir():
        raise fail(where, f"file {name!r} is not a regular file ({target})")
    return target


def _text(config: Path, where: str, value: object, fail: _Fail) -> str | None:
    """Markdown given inline ("...") or kept in a file beside the config ({ file = "path" }, relative
    to the config's folder); empty means not stated."""
    if isinstance(value, dict):
        if set(value) != {"file"} or not isinstance(value["file"], str):
            raise fail(where, 'a table here must be { file = "path/relative/to/the/config.md" }')
        target = _section_file(config, where, value["file"], fail)
        try:
            with open(target, "rb") as fh:
                data = fh.read(SECTION_FILE_MAX_BYTES + 1)
            if len(data) > SECTION_FILE_MAX_BYTES:
                too_big = f"is over {SECTION_FILE_MAX_BYTES:,} bytes: not a card section"
                raise fail(where, f"file {value['file']!r} {too_big}")
            text = data.decode("utf-8")
        except FileNotFoundError:
            raise fail(where, f"file {value['file']!r} not found (looked for {target})") from None
        except IsADirectoryError:
            raise fail(where, f"{value['file']!r} is a folder, not a file ({target})") from None
        except OSError as exc:
            raise fail(where, f"file {value['file']!r} cannot be read: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise fail(where, f"file {value['file']!r} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        value = text
    elif not isinstance(value, str):
        raise fail(where, f'must be a string, or {{ file = "..." }}, not a {_kind(value)}')
    control = _CONTROLS.search(value)
    if control:
        raise fail(where, f"holds the control character U+{ord(control.group()):04X}: text only (tabs and line breaks)")
    text = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").strip().split("\n"))
    return text or None


# --- `corpus-builder init` -------------------------------------------------------------------------


def config_template() -> str:
    """The commented corpus.toml that `init` writes: every key, commented out, with what it is for.
    As written it states nothing (every statement is NOT_STATED); uncomment and fill what you know."""
    out = [
        "# corpus.toml: what you, the curators, state about your dataset. corpus-builder reads it from",
        "# the current folder (or --config FILE) at every build and release, and puts it into the card",
        f"# (README.md) and DATASHEET.md. What you leave out is printed there as: {NOT_STATED}",
        "# Keep this file and the files it names outside --out: the output folder is rewritten by every build.",
        '# Markdown values can be inline strings or files beside this one: key = { file = "notes/key.md" }.',
        "",
        "[dataset]",
    ]
    examples = {
        "name": '"my-news"',
        "pretty_name": '"My news corpus"',
        "description": '"Articles from ... collected to study ..."',
        "language": '["en"]',
        "license": '"cc-by-4.0"',
        "license_name": '"copyright held by the authors"',
        "curators": '["Jane Doe (Example University)"]',
        "contact": '"jane.doe@example.org"',
        "citation": '{ file = "CITATION.bib" }',
    }
    for key, (_, what) in DATASET_KEYS.items():
        out += [f"# {what}", f"# {key} = {examples[key]}"]
    out += ["", "[source]"]
    source_examples = {"publication": '"The Example Times"', "homepage": '"https://example.org"'}
    for key, what in SOURCE_KEYS.items():
        out += [f"# {what}", f"# {key} = {source_examples[key]}"]
    out += [
        "",
        "[sections]",
        "# Your own Markdown for what only you can say; each is printed where the card or the datasheet asks.",
    ]
    for key, what in SECTIONS.items():
        out += [
            f"# {what} [{'card and datasheet' if key in CARD_SECTIONS else 'datasheet'}]",
            f'# {key} = {{ file = "sections/{key}.md" }}' if key == "collection" else f'# {key} = "..."',
        ]
    return "\n".join(out) + "\n"


def write_config_template(path: Path) -> None:
    """Write config_template() to path; refuses (ConfigError) a path that exists."""
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(config_template())
    except FileExistsError:
        raise ConfigError(f"{path}: already exists; it is never overwritten (edit it, or remove it first)") from None
