"""`croissant.json`: the dataset's Croissant 1.1 metadata (MLCommons), built with the mlcroissant API.

Croissant lets loaders (mlcroissant, TFDS, PyTorch, dataset search engines) read the dataset without
our code. Everything in the document is derived: the files from the folder, the fields from the JSON
Schema (a new column appears here without editing this module).

distribution
    One FileObject per Parquet shard (sha256, size) and two FileSets over the same shards:
    `parquet-shard-files`, contained in the FileObjects, and `parquet-rows`, the shards read for
    their rows.
record sets
    `splits`  (data type cr:Split) one inline record per split, with the spec's split URL.
    `shards`  one record per shard: its path and split, read through the FileObjects.
    `articles` one record per row: a field per column (lists are arrays, objects have sub-fields),
              `shard` and `split`, both read from the path of the row's shard.

Why `shards`: mlcroissant checks a FileObject's sha256 when it "downloads" it (a local file is
hashed in place), but it reads rows only from a FileSet in the folder, which is never hashed.
Reading the `shards` record set goes through the FileObjects, so it hashes every shard and a changed
byte fails it: read `shards` to check the files (the builder's own `verify` checks every file too).
`articles` does not join to `shards` (an earlier version did, so that loading `articles` hashed
every shard): mlcroissant 1.1 keeps the output of a record set once read and hands it to any later
join on it, spent or in the wrong shape, so with a join some orders of reading the record sets from
one `mlcroissant.Dataset` failed or gave wrong counts (mlcommons/croissant: "GenerationError ...
'generator' object has no attribute 'columns'"). Without joins every order works, which
tests/test_croissant.py checks.

The bytes are deterministic: mlcroissant writes the keys of every node in a fixed order, shards are
listed by split then path, and nothing depends on the time, the host or a library version.
`datePublished` is written only when the caller passes a date (a release's); mlcroissant warns
(never errors) when it is missing.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from .config import NOT_STATED
from .dataset_folder import CROISSANT_FILE, DATA_DIR, SHARD_SUFFIX, match_shard
from .digests import size_and_sha256
from .schema import ColumnType, column_types, load_schema

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"  # isArray and arrayShape are 1.1 terms
ARTICLES = "articles"
SHARDS = "shards"
SPLITS = "splits"
SHARD_FILES = "parquet-shard-files"
ROWS = "parquet-rows"
PARQUET = "application/x-parquet"
# The URLs the Croissant spec gives the usual splits; a split set with any other name gets none.
SPLIT_URLS = {"train": "cr:TrainingSplit", "validation": "cr:ValidationSplit", "test": "cr:TestSplit"}
_DATA_TYPES = {"string": "TEXT", "int64": "INT64"}


def write_croissant(
    out_dir: Path,
    split_files: dict[str, list[str]],
    pretty_name: str,
    description: str,
    version: str | None = None,
    *,
    date_published: str | None = None,
    license_name: str = NOT_STATED,
) -> Path:
    """Write `out_dir/croissant.json` for the Parquet shards already in `out_dir`; return its path.

    `split_files` maps each split, in the order to declare them, to its shards' paths relative to
    out_dir (`data/train-00000-of-00001.parquet`). `version` is a release's semver (None for a plain
    build) and `date_published` its ISO date (YYYY-MM-DD), if any. `license_name` is the curators'
    license as the card states it (`CorpusConfig.license_label`), or their "not stated".
    """
    out_dir = Path(out_dir)
    metadata = croissant_metadata(out_dir, split_files, pretty_name, description, version, date_published, license_name)
    path = out_dir / CROISSANT_FILE
    text = json.dumps(metadata.to_json(), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def croissant_metadata(
    out_dir: Path,
    split_files: dict[str, list[str]],
    pretty_name: str,
    description: str,
    version: str | None = None,
    date_published: str | None = None,
    license_name: str = NOT_STATED,
) -> Any:
    """The `mlcroissant.Metadata` that write_croissant writes (mlcroissant has no type hints)."""
    import mlcroissant as mlc

    # The standard 1.1 @context; mlcroissant's public Context defaults to the 1.0 one.
    from mlcroissant._src.core.rdf import make_context

    _check_split_files(split_files)
    ctx = mlc.Context(conforms_to=CONFORMS_TO)
    ctx.rdf = mlc.Rdf(context=make_context(ctx))
    node = _NodeFactory(mlc, ctx)
    splits = list(split_files)
    shards = [rel for split in splits for rel in sorted(split_files[split])]

    distribution = [_file_object(node, out_dir, rel) for rel in shards]
    distribution.append(
        node.FileSet(
            id=SHARD_FILES,
            name=SHARD_FILES,
            description="The Parquet shards as files, reached through their FileObjects, so each sha256 is checked.",
            contained_in=[_shard_id(rel) for rel in shards],
            encoding_formats=[PARQUET],
            includes=["*.parquet"],
        )
    )
    distribution.append(
        node.FileSet(
            id=ROWS,
            name=ROWS,
            description="The Parquet shards, read for their rows.",
            encoding_formats=[PARQUET],
            includes=shards,
        )
    )
    return node.Metadata(
        name=pretty_name,
        description=description,
        version=version,
        date_published=date_published,
        cite_as=f"{pretty_name}{f', version {version}' if version else ''}. Built with corpus-builder.",
        license=[node.CreativeWork(name=license_name)],
        distribution=distribution,
        record_sets=[
            _splits_record_set(node, splits),
            _shards_record_set(node, splits),
            _articles_record_set(node, splits),
        ],
    )


class _NodeFactory:
    """mlcroissant's node classes bound to one Context: every node of a document must share it
    (its Croissant version decides how each node is written)."""

    def __init__(self, mlc: Any, ctx: Any) -> None:
        self.mlc = mlc
        self.ctx = ctx

    def __getattr__(self, name: str) -> Any:
        return functools.partial(getattr(self.mlc, name), ctx=self.ctx)


def _check_split_files(split_files: dict[str, list[str]]) -> None:
    if not split_files:
        raise ValueError("no splits: a dataset needs at least one split with a Parquet shard")
    for split, files in split_files.items():
        if not files:
            raise ValueError(f"split {split!r} has no Parquet shard")
        for rel in files:
            shard = match_shard(rel)
            if shard is None or shard.split != split:
                raise ValueError(f"{rel!r} is not a shard name of split {split!r}: data/{split}-NNNNN-of-NNNNN.parquet")


def _shard_id(rel: str) -> str:
    return rel.removeprefix(f"{DATA_DIR}/").removesuffix(".parquet")  # no "/": mlcroissant reads it as nesting


def _file_object(node: _NodeFactory, out_dir: Path, rel: str) -> Any:
    size, sha256 = size_and_sha256(out_dir / rel)
    return node.FileObject(
        id=_shard_id(rel),
        name=rel,
        content_url=rel,
        content_size=f"{size} B",
        encoding_formats=[PARQUET],
        sha256=sha256,
    )


def _path_regex() -> str:
    """A shard's path in the folder, from the path mlcroissant reports for it (which may be absolute)."""
    return rf"^(?:.*/)?({DATA_DIR}/[^/]+{SHARD_SUFFIX})$"


def _split_regex(splits: list[str]) -> str:
    return rf"^(?:.*/)?{DATA_DIR}/({'|'.join(map(re.escape, splits))}){SHARD_SUFFIX}$"


def _splits_record_set(node: _NodeFactory, splits: list[str]) -> Any:
    mlc = node.mlc
    fields = [
        node.Field(
            id=f"{SPLITS}/name",
            name="name",
            description="The split's name, as in the shard file names.",
            data_types=[mlc.DataType.TEXT],
        )
    ]
    with_urls = all(s in SPLIT_URLS for s in splits)
    if with_urls:
        fields.append(
            node.Field(
                id=f"{SPLITS}/url", name="url", description="The split's Croissant type.", data_types=[mlc.DataType.URL]
            )
        )
    return node.RecordSet(
        id=SPLITS,
        name=SPLITS,
        description="The splits of the dataset.",
        data_types=[mlc.DataType.SPLIT],
        key=[f"{SPLITS}/name"],
        fields=fields,
        data=[{f"{SPLITS}/name": s, **({f"{SPLITS}/url": SPLIT_URLS[s]} if with_urls else {})} for s in splits],
    )


def _shards_record_set(node: _NodeFactory, splits: list[str]) -> Any:
    mlc = node.mlc

    def from_path(regex: str) -> Any:
        return node.Source(
            file_set=SHARD_FILES,
            extract=node.Extract(file_property="fullpath"),
            transforms=[node.Transform(regex=regex)],
        )

    return node.RecordSet(
        id=SHARDS,
        name=SHARDS,
        description="One record per Parquet shard: its path and its split.",
        key=[f"{SHARDS}/path"],
        fields=[
            node.Field(
                id=f"{SHARDS}/path",
                name="path",
                description="The shard's path in the dataset folder.",
                data_types=[mlc.DataType.TEXT],
                source=from_path(_path_regex()),
            ),
            node.Field(
                id=f"{SHARDS}/split",
                name="split",
                description="The split the shard belongs to.",
                data_types=[mlc.DataType.TEXT],
                source=from_path(_split_regex(splits)),
            ),
        ],
    )


def _rows_path(node: _NodeFactory, regex: str) -> Any:
    """A field read from the path of the shard a row comes from."""
    return node.Source(
        file_set=ROWS, extract=node.Extract(file_property="fullpath"), transforms=[node.Transform(regex=regex)]
    )


def _articles_record_set(node: _NodeFactory, splits: list[str]) -> Any:
    mlc = node.mlc
    properties = load_schema()["properties"]
    fields = [
        _field(node, f"{ARTICLES}/{name}", name, t, properties[name], column=name) for name, t in column_types().fields
    ]
    # No `references` that mlcroissant would join on: mlcroissant 1.1 keeps the output of a record set
    # it read as a target and feeds that (a spent generator, or a DataFrame iterated by its column
    # names) to a later join, so a join made some reading orders fail (see the module docstring).
    fields.append(
        node.Field(
            id=f"{ARTICLES}/shard",
            name="shard",
            description="The Parquet shard the record is stored in, relative to the dataset folder "
            "(the `shards` record set has one record per shard, read through its sha256-checked FileObject).",
            data_types=[mlc.DataType.TEXT],
            source=_rows_path(node, _path_regex()),
        )
    )
    fields.append(
        node.Field(
            id=f"{ARTICLES}/split",
            name="split",
            description="The split the record belongs to: its shard's split (one of the `splits` record set).",
            data_types=[mlc.DataType.TEXT],
            source=_rows_path(node, _split_regex(splits)),
        )
    )
    return node.RecordSet(
        id=ARTICLES,
        name=ARTICLES,
        description="One record per article: every column of the Parquet shards, its shard and its split.",
        key=[f"{ARTICLES}/id"],
        fields=fields,
    )


def _field(
    node: _NodeFactory,
    field_id: str,
    name: str,
    t: ColumnType,
    schema_node: dict,
    column: str,
    member: str | None = None,
    in_array: bool = False,
) -> Any:
    """The Croissant field of a column, or of the struct member `member` inside `column`.

    A list of scalars is an array field. A list of structs is an array field whose sub-fields are
    arrays too: one value per element, read with a jsonPath on each element. A struct is a field
    with sub-fields."""
    mlc = node.mlc
    description = _resolved(schema_node).get("description")
    item = t.item if t.kind == "list" and t.item is not None else t  # a list's ColumnType always has an item
    array = t.kind == "list" or in_array
    shape: dict[str, Any] = dict(is_array=True, array_shape="-1") if array else {}
    if item.kind == "list":
        raise ValueError(f"{field_id}: a list of lists has no Croissant mapping here")
    if item.kind == "struct":
        members = _member_schemas(schema_node)
        subs = [
            _field(node, f"{field_id}/{sub}", sub, st, members.get(sub, {}), column, member=sub, in_array=array)
            for sub, st in item.fields
        ]
        return node.Field(id=field_id, name=name, description=description, sub_fields=subs, **shape)
    source = node.Source(
        file_set=ROWS,
        extract=node.Extract(column=column),
        transforms=[node.Transform(json_path=member)] if member else [],
    )
    return node.Field(
        id=field_id,
        name=name,
        description=description,
        data_types=[getattr(mlc.DataType, _DATA_TYPES[item.kind])],
        source=source,
        **shape,
    )


def _resolved(schema_node: dict) -> dict:
    """A schema node with its local $ref followed (its own keys, e.g. description, win)."""
    root = load_schema()
    while "$ref" in schema_node:
        target = root
        for part in schema_node["$ref"][2:].split("/"):
            target = target[part]
        schema_node = {**target, **{k: v for k, v in schema_node.items() if k != "$ref"}}
    return schema_node


def _member_schemas(schema_node: dict) -> dict:
    """The property schemas of an object, or of an array's object items."""
    schema_node = _resolved(schema_node)
    if schema_node.get("type") == "array":
        schema_node = _resolved(schema_node["items"])
    return schema_node.get("properties", {})
