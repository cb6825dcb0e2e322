"""The HTML report of a dataset folder: a person browses it offline, from file://, in any browser.

`write_report` reads a finished dataset folder (a build: Parquet, build-summary.json, rejects.jsonl,
duplicates.jsonl, near-duplicates.jsonl; or a release, whose summary and lists are in MANIFEST.json)
and writes `report/`: `index.html`, `report.css` and `report.js` (package data, written here, no
library) and `data/*.js`, the figures and records as plain scripts that call `CB.put` / `CB.chunk`.
Chromium refuses fetch() and ES modules on file://, but loads classic scripts, so the data are
scripts. The page builds its DOM with textContent only: article text is data, never markup.

Bounded: up to `limit` records are held in full; a larger dataset is sampled per split (the records
with the smallest sha256 of their id, so every run holds the same ones), plus up to `look_limit`
records that need a look (near-duplicate cluster members, no author, quotes none of which has a
speaker). The page says how many were left out and why. Every reject, exact duplicate, near-duplicate
cluster and added, removed or moved record is listed, in `data/<list>-NNNNN.js` parts of `list_chunk`
items that the page loads one at a time, a page of the list per part (a reject with its first
PREVIEW_LINES raw lines, each cut to PREVIEW_CHARS characters: about 0.55 KB for a reject of long lines).
Only the word-level diffs of changed records stop at CHANGED_LIMIT (a diff has no size bound); the
page says how many are left out.

Deterministic: nothing in the report depends on the time, the host, the paths given or the workers;
the same dataset (and raw folder, and older release) gives the same bytes.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..dataset_folder import MANIFEST_FILE, SCHEMA_FILE, SUMMARY_FILE, parquet_file, shard_files
from ..decode import DecodeFailure, decode_bytes
from ..diff import DatasetDiff, diff_datasets
from ..errors import NotADatasetError, ReportError
from ..inputs import real_path
from ..ownership import check_parents, enclosing_release, release_named, resolved
from ..stats import DatasetStats, Tallies, histogram_bins
from .worddiff import field_change

ASSETS = ("index.html", "report.css", "report.js")
GENERATOR = "corpus-builder report"  # index.html's generator meta: how an earlier report is recognised
DEFAULT_LIMIT = 2000  # records held in full; above it, a sample per split of this many
DEFAULT_LOOK_LIMIT = 500  # records that need a look, held on top of the sample
CHUNK_RECORDS = 50  # records per data/records-NNNNN.js, loaded when one of them is opened
LIST_CHUNK = 200  # items per data/<list>-NNNNN.js (rejects, duplicates, clusters, added, ...): a page of the list
CHANGED_LIMIT = 500  # changed records shown with their word-level diff
# A reject's first lines: few and short, as every reject is listed (30,000 rejects of long lines: about 16 MB).
PREVIEW_LINES = 4
PREVIEW_CHARS = 80
PREVIEW_BYTES = 64 * 1024
LOOK_REASONS = {  # slug -> what the page says; in the order look records are chosen
    "near-duplicate": "member of a near-duplicate cluster",
    "no-author": "no author",
    "quotes-without-speaker": "has quotes, none with a speaker",
}
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class DatasetFacts:
    """What the report says about a dataset besides its records: from build-summary.json and the
    side files of a build, or MANIFEST.json of a release, or (while a release is being made) from
    memory, in the same form either way."""

    builder_version: str
    schema_sha256: str
    files_read: int
    records: int
    rejected: int
    rejects_by_type: dict
    duplicates: int
    records_by_split: dict
    splits: str  # "train=0.8,validation=0.1,test=0.1"
    rejects: tuple = ()  # {"file", "type", "message"[, "issues"]}
    duplicate_files: tuple = ()  # {"file", "duplicate_of", "id"}
    release: dict | None = None  # {"version", "date", "previous_version", "bump"}

    def __post_init__(self) -> None:
        # One form whichever file the facts come from (MANIFEST.json sorts its keys, a build's
        # summary keeps the split order): splits in the order of the split spec, dict keys sorted.
        order = [part.split("=")[0] for part in self.splits.split(",")]
        rank = {name: i for i, name in enumerate(order)}
        by_split = sorted(self.records_by_split.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))
        object.__setattr__(self, "records_by_split", dict(by_split))
        object.__setattr__(self, "rejects_by_type", dict(sorted(self.rejects_by_type.items())))
        object.__setattr__(self, "rejects", tuple(_sorted_keys(r) for r in self.rejects))
        object.__setattr__(self, "duplicate_files", tuple(_sorted_keys(d) for d in self.duplicate_files))
        if self.release is not None:
            object.__setattr__(
                self, "release", {k: self.release.get(k) for k in ("version", "date", "previous_version", "bump")}
            )

    @staticmethod
    def of_build(
        summary: dict, rejects: Iterable[object], duplicates: Iterable[object], release: dict | None = None
    ) -> DatasetFacts:
        """From a build's summary dict and its Reject / Duplicate objects (or their dicts)."""
        splits = summary["splits"]
        return DatasetFacts(
            summary["builder_version"],
            summary["schema_sha256"],
            summary["files_read"],
            summary["records"],
            summary["rejected"],
            dict(summary["rejects_by_type"]),
            summary["duplicates"],
            dict(summary["records_by_split"]),
            splits if isinstance(splits, str) else ",".join(f"{n}={r:g}" for n, r in splits.items()),
            tuple(_as_dict(r) for r in rejects),
            tuple(_as_dict(d) for d in duplicates),
            release,
        )

    @staticmethod
    def read(folder: Path) -> DatasetFacts:
        folder = Path(folder)
        if not (folder / SCHEMA_FILE).is_file():
            raise NotADatasetError(f"{folder}: not a dataset folder (no {SCHEMA_FILE})")
        manifest_path, summary_path = folder / MANIFEST_FILE, folder / SUMMARY_FILE
        try:
            if manifest_path.is_file():
                m = json.loads(manifest_path.read_bytes())
                build = m["build"]
                return DatasetFacts(
                    m["builder_version"],
                    m["schema_sha256"],
                    build["files_read"],
                    build["records"],
                    build["rejected"],
                    build["rejects_by_type"],
                    build["duplicates"],
                    m["rows"],
                    m["splits"],
                    tuple(m["rejects"]),
                    tuple(m["duplicates"]),
                    {k: m[k] for k in ("version", "date", "previous_version", "bump")},
                )
            if summary_path.is_file():
                summary = json.loads(summary_path.read_bytes())
                # build-summary.json sorts its keys; the card's configs keep the --splits order.
                order = {name: i for i, name in enumerate(_card_split_order(folder))}
                summary["splits"] = dict(
                    sorted(summary["splits"].items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
                )
                return DatasetFacts.of_build(
                    summary, _jsonl(folder / "rejects.jsonl"), _jsonl(folder / "duplicates.jsonl")
                )
        except (ValueError, KeyError, TypeError) as exc:
            raise NotADatasetError(
                f"{folder}: {MANIFEST_FILE if manifest_path.is_file() else SUMMARY_FILE} "
                f"is not what this tool writes: {exc!r}"
            ) from None
        raise NotADatasetError(f"{folder}: neither {MANIFEST_FILE} (a release) nor {SUMMARY_FILE} (a build)")


@dataclass(frozen=True)
class ReportResult:
    out_dir: Path
    files: int
    bytes: int
    records: int  # in the dataset
    records_held: int  # in the report, in full
    rejects: int
    rejects_held: int  # listed in the report: all of them


def write_report(
    dataset_dir: Path,
    out_dir: Path,
    against: Path | None = None,
    *,
    raw_dir: Path | None = None,
    diff: DatasetDiff | None = None,
    facts: DatasetFacts | None = None,
    limit: int = DEFAULT_LIMIT,
    look_limit: int = DEFAULT_LOOK_LIMIT,
    list_chunk: int = LIST_CHUNK,
    tallies: Tallies | None = None,
) -> ReportResult:
    """Write the report of the dataset folder `dataset_dir` into `out_dir` (replacing an earlier
    report there; any other non-empty folder is refused with ReportError). `against`: an older
    dataset folder to diff with (`diff`, if given, is that diff already computed). `raw_dir`: the raw
    folder, to show each reject's first lines. `facts`: the summary and lists, when they are not in
    the folder yet (a release being made); read from the folder otherwise. `list_chunk`: items per
    part of a long list (a page of it in the browser). `tallies`: a build's statistics, else counted."""
    if list_chunk < 1:
        raise ValueError(f"list_chunk must be at least 1, not {list_chunk}")
    dataset_dir, out_dir = Path(dataset_dir), Path(out_dir)
    if facts is None:
        facts = DatasetFacts.read(dataset_dir)
    elif not (dataset_dir / SCHEMA_FILE).is_file():
        raise NotADatasetError(f"{dataset_dir}: not a dataset folder (no {SCHEMA_FILE})")
    _check_out_dir(out_dir)

    clusters = _read_clusters(dataset_dir)
    scan, tallies = _scan_with_tallies(dataset_dir, facts, clusters, tallies)
    selection = _select(scan, limit, look_limit)
    held = _held_records(dataset_dir, scan, selection)
    files: dict[str, bytes] = {}
    rejects = _reject_parts(facts.rejects, raw_dir, list_chunk, files)
    diff_data = None
    if against is not None:
        diff = diff if diff is not None else diff_datasets(against, dataset_dir)
        diff_data = _diff_payload(diff, Path(against), dataset_dir, list_chunk, files)

    for name in ASSETS:
        files[name] = resources.files(__package__).joinpath("assets", name).read_bytes()
    files["data/overview.js"] = _script(
        "put", "overview", _overview(facts, scan, tallies, selection, clusters, raw_dir, list_chunk, files)
    )
    files["data/records.js"] = _script("put", "records", [_index_entry(r) for r in held])
    for n in range(0, len(held), CHUNK_RECORDS):
        chunk = n // CHUNK_RECORDS
        files[f"data/records-{chunk:05d}.js"] = _script("chunk", chunk, held[n : n + CHUNK_RECORDS])
    files["data/diff.js"] = _script("put", "diff", diff_data)
    _write_folder(out_dir, files)
    return ReportResult(
        out_dir,
        len(files),
        sum(map(len, files.values())),
        len(scan.ids),
        len(held),
        len(facts.rejects),
        rejects["count"],
    )


# --- reading the dataset -------------------------------------------------------------------------


@dataclass
class _Scan:
    """Per record of the dataset (in split order, then row order), what choosing the held records
    needs: its id and why it needs a look; per row group, where its records start, so a record is
    found again without keeping a tuple per record (a million-record build reads this too)."""

    splits: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    reasons: dict[int, tuple[str, ...]] = field(default_factory=dict)  # only records that need a look
    groups: list[tuple[int, int, int]] = field(default_factory=list)  # (shard, row group, split index)
    starts: list[int] = field(default_factory=list)  # position of each row group's first record
    shards: list[Path] = field(default_factory=list)
    stats: DatasetStats | None = None  # the statistics, when the scan counts them

    def locate(self, position: int) -> tuple[int, int, int, int]:
        """(shard, row group, row in it, split index) of the record at `position`."""
        k = bisect.bisect_right(self.starts, position) - 1
        shard, group, split = self.groups[k]
        return shard, group, position - self.starts[k], split

    def positions(self, split: int) -> list[int]:
        ends = self.starts[1:] + [len(self.ids)]
        # strict=False: with no row groups, `ends` still holds its one closing entry.
        pairs = zip(self.groups, self.starts, ends, strict=False)
        return [i for (_, _, s), a, b in pairs if s == split for i in range(a, b)]


def _sum_by(groups: list[tuple[int, int, int]], starts: list[int], ends: list[int]) -> Counter:
    out: Counter = Counter()
    for (_, _, split), a, b in zip(groups, starts, ends, strict=False):  # ends has one entry more with no row groups
        out[split] += b - a
    return out


def _shards(folder: Path) -> list[tuple[str, Path]]:
    return [(name.split, path) for path, name in shard_files(folder)]


def _scan_with_tallies(
    folder: Path, facts: DatasetFacts, clusters: list[dict], tallies: Tallies | None
) -> tuple[_Scan, Tallies]:
    """The scan of the records, and the statistics: `tallies` when given, else counted by the scan."""
    scan = _scan(folder, facts, {rid for c in clusters for rid in c["ids"]}, count=tallies is None)
    if tallies is None:
        assert scan.stats is not None  # the scan counted them
        tallies = scan.stats.tallies()
    return scan, tallies


def _scan(folder: Path, facts: DatasetFacts, near: set[str], count: bool) -> _Scan:
    """Every record's id and reasons for a look, in split order; with `count`, the statistics too."""
    found = _shards(folder)
    order = list(facts.records_by_split) + sorted({s for s, _ in found} - set(facts.records_by_split))
    scan = _Scan(splits=order, stats=DatasetStats(order) if count else None)
    columns = _SCAN_COLUMNS if count else _LOOK_COLUMNS
    found.sort(key=lambda item: (order.index(item[0]), item[1].name))
    for shard_index, (split, shard) in enumerate(found):
        scan.shards.append(shard)
        try:
            parquet = parquet_file(shard)
            for group in range(parquet.num_row_groups):
                table = parquet.read_row_group(group, columns=[c for c in columns if c in parquet.schema_arrow.names])
                _scan_table(scan, table, split, shard_index, group, near)
        except (OSError, pa.ArrowException) as exc:
            raise NotADatasetError(f"{shard}: cannot be read as Parquet: {exc}") from None
    return scan


# What the statistics and the choice of records read: not the headline, boilerplate or source.
_SCAN_COLUMNS = ("id", "author", "bio", "paragraphs", "quotes", "related_links")
_LOOK_COLUMNS = ("id", "author", "quotes")  # what the reasons for a look read, when the statistics are given


def _scan_table(scan: _Scan, table: pa.Table, split: str, shard: int, group: int, near: set[str]) -> None:
    n = table.num_rows
    if not n:
        return
    if scan.stats is not None:
        paragraphs = table.column("paragraphs").combine_chunks()
        per_paragraph = pc.list_value_length(pc.utf8_split_whitespace(pc.list_flatten(paragraphs)))
        words = np.bincount(
            pc.list_parent_indices(paragraphs).to_numpy(), weights=per_paragraph.to_numpy(), minlength=n
        ).astype(np.int64)
        scan.stats.add_table(table, split, words.tolist())  # the card's figures, by the card's code
    quotes = table.column("quotes").combine_chunks()
    quote_counts = pc.list_value_length(quotes).fill_null(0).to_numpy(zero_copy_only=False)
    named = pc.is_valid(pc.struct_field(pc.list_flatten(quotes), "speaker")).to_numpy(zero_copy_only=False)
    attributed = np.bincount(pc.list_parent_indices(quotes).to_numpy(), weights=named, minlength=n)
    authors = table.column("author").to_pylist()
    scan.groups.append((shard, group, scan.splits.index(split)))
    scan.starts.append(len(scan.ids))
    for row, rid in enumerate(table.column("id").to_pylist()):
        reasons = []
        if rid in near:
            reasons.append("near-duplicate")
        if not authors[row]:
            reasons.append("no-author")
        if quote_counts[row] and not attributed[row]:
            reasons.append("quotes-without-speaker")
        if reasons:
            scan.reasons[len(scan.ids)] = tuple(reasons)
        scan.ids.append(rid)


def _read_clusters(folder: Path) -> list[dict]:
    path = folder / "near-duplicates.jsonl"
    return list(_jsonl(path)) if path.is_file() else []


def _jsonl(path: Path) -> list:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _card_split_order(folder: Path) -> list[str]:
    """The splits in the order the card's YAML `configs` lists them, or none if it cannot be read."""
    import yaml  # type: ignore[import-untyped]  # a dependency of huggingface_hub; its stubs are not installed

    try:
        text = (folder / "README.md").read_text(encoding="utf-8")
        front = text.split("---\n", 2)[1] if text.startswith("---\n") else ""
        configs = yaml.safe_load(front)["configs"]
        return [entry["split"] for config in configs for entry in config["data_files"]]
    except (OSError, IndexError, KeyError, TypeError, ValueError, yaml.YAMLError):
        return []


def _sorted_keys(value: dict) -> dict:
    return json.loads(json.dumps(value, sort_keys=True))


def _as_dict(item: object) -> dict:
    """A dict as it is, or a Reject / Duplicate as its dict."""
    return item if isinstance(item, dict) else item.to_dict()  # type: ignore[attr-defined]  # Reject, Duplicate


# --- which records the report holds --------------------------------------------------------------


@dataclass
class _Selection:
    held: list[int]  # positions in the scan, in scan order
    why: dict[int, str]  # position -> "all", "sample" or "look"
    sampled: bool
    by_split: dict[str, dict]
    look: dict[str, dict]
    text: str


def _sample_key(record_id: str) -> bytes:
    return hashlib.sha256(b"corpus-builder report sample\x00" + record_id.encode("utf-8")).digest()


def _select(scan: _Scan, limit: int, look_limit: int) -> _Selection:
    total = len(scan.ids)
    per_split = +_sum_by(scan.groups, scan.starts, scan.starts[1:] + [total])  # splits with records
    why: dict[int, str] = {}
    if total <= limit:
        why = {i: "all" for i in range(total)}
    else:
        # Largest remainder, in integers: each split gets its share of `limit`, rounded so the shares
        # add up; equal remainders go to the split that comes first.
        quota = {s: limit * per_split[s] // total for s in per_split}
        for s in sorted(per_split, key=lambda s: (-(limit * per_split[s] % total), s))[: limit - sum(quota.values())]:
            quota[s] += 1
        for s in per_split:
            members = sorted(scan.positions(s), key=lambda i: _sample_key(scan.ids[i]))
            why.update((i, "sample") for i in members[: quota[s]])
    look: dict[str, dict] = {}
    budget = look_limit
    for reason in LOOK_REASONS:
        members = sorted(i for i, why_look in scan.reasons.items() if reason in why_look)
        already = sum(1 for i in members if i in why)
        extra = sorted((i for i in members if i not in why), key=lambda i: _sample_key(scan.ids[i]))
        taken = extra[:budget]
        budget -= len(taken)
        why.update((i, "look") for i in taken)
        look[reason] = {
            "label": LOOK_REASONS[reason],
            "records": len(members),
            "held": already + len(taken),
            "left_out": len(extra) - len(taken),
        }
    held = sorted(why)
    held_per_split = Counter(scan.locate(i)[3] for i in held)
    by_split = {scan.splits[s]: {"records": per_split[s], "held": held_per_split[s]} for s in sorted(per_split)}
    sampled = total > limit
    if not sampled:
        text = (
            f"This report holds all {total:,} records of the dataset (it holds every record up to "
            f"{limit:,}; above that, a sample)."
        )
    else:
        looks = sum(1 for i in held if why[i] == "look")
        left = sum(v["left_out"] for v in look.values())
        text = (
            f"This report holds {len(held):,} of the dataset's {total:,} records: a sample of {limit:,}, "
            "shared among the splits by their size, each split's records with the smallest sha256 of "
            "their id (the same records on every run), plus "
            f"{looks:,} records that need a look ({', '.join(LOOK_REASONS.values())}), "
            f"at most {look_limit:,} of them" + (f"; {left:,} such records are left out." if left else ".")
        )
    return _Selection(held, why, sampled, by_split, look, text)


def _held_records(folder: Path, scan: _Scan, selection: _Selection) -> list[dict]:
    by_group: dict[tuple[int, int], list[int]] = {}
    for i in selection.held:
        shard, group, _, _ = scan.locate(i)
        by_group.setdefault((shard, group), []).append(i)
    rows: dict[int, dict] = {}
    for (shard, group), positions in sorted(by_group.items()):
        table = parquet_file(scan.shards[shard]).read_row_group(group)
        picked = table.take(pa.array([scan.locate(i)[2] for i in positions], type=pa.int64()))
        rows.update(zip(positions, _compact_rows(picked), strict=True))
    return [
        {
            "id": rows[i]["id"],
            "split": scan.splits[scan.locate(i)[3]],
            "why": selection.why[i],
            "look": list(scan.reasons.get(i, ())),
            **rows[i],
        }
        for i in selection.held
    ]


_KNOWN = (
    "id",
    "headline",
    "author",
    "bio",
    "image_credit",
    "paragraphs",
    "quotes",
    "related_links",
    "boilerplate",
    "source",
)


def _compact_rows(table: pa.Table) -> list[dict]:
    """Each record of `table` as the page reads it (without its split, why and look, which the caller
    puts after the id): quotes, links and boilerplate lines as short arrays (a quote's text is its
    paragraph's slice, so it is not repeated). Read column by column: a row's dicts of structs from
    `to_pylist` cost about three times as much, and the report holds thousands of records."""
    n = table.num_rows
    names = table.column_names

    def values(name: str) -> list:
        return table.column(name).to_pylist() if name in names else [None] * n

    columns = {
        "id": table.column("id").to_pylist(),
        "headline": values("headline"),
        "author": values("author"),
        "bio": values("bio"),
        "image_credit": values("image_credit"),
        "paragraphs": [paragraphs or [] for paragraphs in values("paragraphs")],
        "quotes": _struct_lists(table, "quotes", ("paragraph", "start", "end", "speaker", "cue")),
        "links": _struct_lists(table, "related_links", ("date", "author", "title")),
        "boilerplate": _struct_lists(table, "boilerplate", ("line", "rule", "links_before")),
        "source": _source_fields(table),
    }
    extras = {name: table.column(name).to_pylist() for name in names if name not in _KNOWN}
    return [
        {
            **{key: column[row] for key, column in columns.items()},
            "extra": {name: column[row] for name, column in extras.items()},
        }
        for row in range(n)
    ]


def _struct_lists(table: pa.Table, name: str, fields: tuple[str, ...]) -> list[list[tuple]]:
    """Per row, the column's list of structs as tuples of the given fields ([] for a null or missing list;
    a tuple is written as the same JSON array as a list)."""
    n = table.num_rows
    if name not in table.column_names or pa.types.is_null(table.schema.field(name).type):
        return [[] for _ in range(n)]  # (a column of Arrow's null type: every row null, as the old reading gave)
    lists = table.column(name).combine_chunks()
    lengths = pc.list_value_length(lists).fill_null(0).to_pylist()
    flat = pc.list_flatten(lists)  # null lists hold no values
    items = list(zip(*(pc.struct_field(flat, [flat.type.get_field_index(f)]).to_pylist() for f in fields), strict=True))
    out: list[list[tuple]] = []
    at = 0
    for length in lengths:
        out.append(items[at : at + length])
        at += length
    return out


def _source_fields(table: pa.Table) -> list[tuple]:
    """Per row, [path, sha256, encoding] of the source struct (None where a field or the struct is missing)."""
    n = table.num_rows
    if "source" not in table.column_names or not pa.types.is_struct(table.schema.field("source").type):
        return [(None, None, None)] * n
    source = table.column("source").combine_chunks()
    columns = [
        pc.struct_field(source, [source.type.get_field_index(f)]).to_pylist()
        if source.type.get_field_index(f) >= 0
        else [None] * n
        for f in ("path", "sha256", "encoding")
    ]
    return list(zip(*columns, strict=True))


def _index_entry(record: dict) -> list:
    """One line of the records list: [id, headline, author, split, quotes, quotes with a speaker,
    source path, why held, look reasons]; the chunk is its position // CHUNK_RECORDS."""
    quotes = record["quotes"]
    return [
        record["id"],
        record["headline"],
        record["author"],
        record["split"],
        len(quotes),
        sum(1 for q in quotes if q[3] is not None),
        record["source"][0],
        record["why"],
        record["look"],
    ]


# --- the lists, in parts ---------------------------------------------------------------------------


def _parts(kind: str, items: list, size: int, files: dict[str, bytes]) -> dict:
    """Write `items` as data/<kind>-NNNNN.js parts of `size` items (each `CB.part(kind, n, items)`);
    the page shows a page of `size` items at a time, from the one or two parts that hold it."""
    for n in range(0, len(items), size):
        files[f"data/{kind}-{n // size:05d}.js"] = _script("part", (kind, n // size), items[n : n + size])
    return {"list": kind, "count": len(items), "size": size}


def _reject_parts(rejects: tuple, raw_dir: Path | None, size: int, files: dict[str, bytes]) -> dict:
    """Every reject with its first lines, grouped by type (in path order within a type), so the
    rejects of one type are a run of positions: [type, first position, count] per type."""
    by_type: dict[str, list] = {}
    for r in rejects:
        by_type.setdefault(r["type"], []).append(r)
    ordered = [dict(r, raw=_raw_preview(raw_dir, r["file"])) for t in sorted(by_type) for r in by_type[t]]
    types, start = [], 0
    for t in sorted(by_type):
        types.append([t, start, len(by_type[t])])
        start += len(by_type[t])
    index = _parts("rejects", ordered, size, files) | {
        "types": types,
        "raw_shown": raw_dir is not None,
        "preview_lines": PREVIEW_LINES,
        "preview_chars": PREVIEW_CHARS,
    }
    files["data/rejects.js"] = _script("put", "rejects", index)
    return index


# --- the rest of the data ------------------------------------------------------------------------


def _raw_preview(raw_dir: Path | None, rel: str) -> dict | None:
    """The first lines of a rejected file as the builder decodes them (before cleaning), or why not."""
    if raw_dir is None:
        return None
    path = Path(raw_dir) / real_path(rel)  # rel is the printable name: a name with '\\' or non-UTF-8 bytes differs
    try:
        root = resolved(Path(raw_dir))
        if not resolved(path).is_relative_to(root):
            return {"note": "a link out of the raw folder: not read"}
        if not stat.S_ISREG(os.stat(path).st_mode):
            return {"note": "not a regular file: not read"}
        with open(path, "rb") as fh:
            data = fh.read(PREVIEW_BYTES)
    except OSError as exc:
        return {"note": f"cannot be read now: {exc.strerror or exc}"}
    decoded = decode_bytes(data)
    if isinstance(decoded, DecodeFailure):
        return {
            "note": f"not decoded ({decoded.type}: {decoded.message}); its first bytes in hex",
            "hex": data[:48].hex(" "),
        }
    lines = decoded.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    shown = [
        _visible(line[:PREVIEW_CHARS]) + ("…" if len(line) > PREVIEW_CHARS else "") for line in lines[:PREVIEW_LINES]
    ]
    return {"encoding": decoded.encoding, "lines": shown, "more_lines": max(0, len(lines) - PREVIEW_LINES)}


def _visible(line: str) -> str:
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", line)


def _overview(
    facts: DatasetFacts,
    scan: _Scan,
    tallies: Tallies,
    selection: _Selection,
    clusters: list[dict],
    raw_dir: Path | None,
    list_chunk: int,
    files: dict[str, bytes],
) -> dict:
    result = tallies.statistics.to_dict()
    return {
        "builder_version": facts.builder_version,
        "schema_sha256": facts.schema_sha256,
        "release": facts.release,
        "files_read": facts.files_read,
        "records": facts.records,
        "records_by_split": facts.records_by_split,
        "splits": facts.splits,
        "rejected": facts.rejected,
        "rejects_by_type": facts.rejects_by_type,
        "raw_shown": raw_dir is not None,
        "duplicates": facts.duplicates,
        "duplicate_files": _parts(
            "duplicates", [[d["file"], d["duplicate_of"], d["id"]] for d in facts.duplicate_files], list_chunk, files
        ),
        "near_duplicates": {
            "clusters": len(clusters),
            "records": sum(len(c["ids"]) for c in clusters),
            "listed": _parts("clusters", [[c["split"], c["ids"]] for c in clusters], list_chunk, files),
        },
        "stats": {
            "words": result["words_per_article"],
            "words_histogram": result["length_histogram"],
            "quotes": result["quotes"],
            "quotes_histogram": histogram_bins(tallies.quote_counts),
            "authors": result["authors"],
            "bios": result["bios"],
            "related_links": result["related_links"],
            "link_dates": _by_period(tallies.link_dates),
        },
        "selection": {
            "total": len(scan.ids),
            "held": len(selection.held),
            "sampled": selection.sampled,
            "by_split": selection.by_split,
            "look": selection.look,
            "text": selection.text,
            "chunk_records": CHUNK_RECORDS,
        },
    }


def _by_period(dates: Mapping[str, int]) -> dict:
    """Related-link dates counted by month, or by year when they span more than five years."""
    months: Counter[str] = Counter()
    for day, n in dates.items():
        months[day[:7]] += n
    if len(months) <= 60:
        return {"unit": "month", "items": sorted(months.items())}
    years: Counter[str] = Counter()
    for month, n in months.items():
        years[month[:4]] += n
    return {"unit": "year", "items": sorted(years.items())}


def _rows_by_id(folder: Path, ids: set[str], columns: list[str] | None = None) -> dict[str, tuple[str, dict]]:
    """id -> (split, row) for the given ids, reading only the row groups that hold them."""
    out: dict[str, tuple[str, dict]] = {}
    if not ids:
        return out
    wanted = pa.array(sorted(ids), type=pa.string())
    for split, shard in _shards(folder):
        parquet = parquet_file(shard)
        for group in range(parquet.num_row_groups):
            mask = pc.is_in(parquet.read_row_group(group, columns=["id"]).column("id"), value_set=wanted)
            if not pc.any(mask).as_py():
                continue
            for row in parquet.read_row_group(group, columns=columns).filter(mask).to_pylist():
                out[row["id"]] = (split, row)
    return out


def _label(folder: Path) -> str:
    try:
        return "v" + json.loads((folder / MANIFEST_FILE).read_bytes())["version"]
    except (OSError, ValueError, KeyError, TypeError):
        return folder.name


def _diff_payload(d: DatasetDiff, old_dir: Path, new_dir: Path, list_chunk: int, files: dict[str, bytes]) -> dict:
    added, removed, moves = d.added, d.removed, d.split_moves
    changed = d.changed[:CHANGED_LIMIT]
    new_heads = _rows_by_id(new_dir, set(added) | {m.id for m in moves}, ["id", "headline"])
    old_heads = _rows_by_id(old_dir, set(removed), ["id", "headline"])
    new_rows = _rows_by_id(new_dir, {c.id for c in changed})
    old_rows = _rows_by_id(old_dir, {c.id for c in changed})
    items = []
    for c in changed:
        split, new = new_rows[c.id]
        _, old = old_rows[c.id]
        items.append(
            {
                "id": c.id,
                "headline": new.get("headline"),
                "split": split,
                "fields": c.fields,
                "changes": [field_change(name, old.get(name), new.get(name)) for name in c.fields],
            }
        )
    schema = d.schema
    schema_lines = (
        [f"field {c['field']} added ({c['type']})" for c in schema["fields_added"]]
        + [f"field {c['field']} removed" for c in schema["fields_removed"]]
        + [f"{c['field']}: {c['old']} -> {c['new']}" for c in schema["type_changes"]]
        + [f"{c['kind']} changed at {c['path']}" for c in schema["document_changes"]]
    )
    return {
        "against": _label(old_dir),
        "counts": {"old": d.old_count, "new": d.new_count},
        "bump": d.bump,
        "reasons": [{"level": level, "reason": why} for level, why in d.reasons],
        "schema": {
            "changed": schema["changed"],
            "old_sha256": schema["old_sha256"],
            "new_sha256": schema["new_sha256"],
            "lines": schema_lines,
        },
        "card_changed": d.card_changed,
        "added": _parts("added", [[i, new_heads[i][1]["headline"], new_heads[i][0]] for i in added], list_chunk, files),
        "removed": _parts(
            "removed", [[i, old_heads[i][1]["headline"], old_heads[i][0]] for i in removed], list_chunk, files
        ),
        "moves": _parts(
            "moves", [[m.id, new_heads[m.id][1]["headline"], m.old, m.new] for m in moves], list_chunk, files
        ),
        "changed": {"count": len(d.changed), "items": items},
    }


# --- writing -------------------------------------------------------------------------------------


def _script(call: str, key: object, value: object) -> bytes:
    """A data file: one call of the page's CB.put / CB.chunk / CB.part with the value as a JSON
    literal (a tuple key is several arguments: CB.part("rejects",3,[...])). JSON is valid JavaScript
    (U+2028 and U+2029 escaped for older parsers), and a script file is not parsed as HTML, so no text
    in it can end the script."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    keys = ",".join(json.dumps(k) for k in (key if isinstance(key, tuple) else (key,)))
    return f"CB.{call}({keys},{text});\n".encode()


def is_report(folder: Path) -> bool:
    try:
        return GENERATOR.encode() in (folder / "index.html").read_bytes()[:2048]
    except OSError:
        return False


def _check_out_dir(out_dir: Path) -> None:
    check_parents(out_dir, "--out")  # ('--out notes.txt/rep': said 'File exists')
    if (release := enclosing_release(out_dir)) is not None:  # (it replaced a release's sealed report: a hostile test)
        raise ReportError(
            f"--out {out_dir} is in {release_named(release)}: a release is sealed, and a file written there makes it "
            "fail to verify; choose a folder outside it"
        )
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not is_report(out_dir))):
        raise ReportError(f"{out_dir} exists and is not a report written by this tool; choose another --out")


def _write_folder(out_dir: Path, files: dict[str, bytes]) -> None:
    """Write the files into a new folder beside out_dir and move it into place, so an interrupted
    run never leaves a half-written report that looks complete."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        staging.chmod(0o755)
        for rel, data in sorted(files.items()):
            path = staging / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            path.chmod(0o644)
        old = None
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / "report")
        os.replace(staging, out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
