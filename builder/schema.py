"""The JSON Schema: loaded from package data, turned into Arrow and `datasets` types, and checked.

The schema document is the single source of truth for a record. `column_types` reads it once into a
small type tree; the Arrow schema (for Parquet), the `datasets.Features` and the card's YAML
feature list are each rendered from that tree, never written by hand.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from .errors import Issue, json_path

# jsonschema, jsonschema-rs and pyarrow are imported where they are used: `diff`, the card and the
# command line's --help read this module for the schema's types and need none of them.
if TYPE_CHECKING:
    import jsonschema  # type: ignore[import-untyped]  # types-jsonschema is not a dependency
    import jsonschema_rs
    import pyarrow as pa

SCHEMA_RESOURCE = ("schemas", "article.schema.json")


@functools.cache
def schema_bytes() -> bytes:
    return resources.files("builder").joinpath(*SCHEMA_RESOURCE).read_bytes()


@functools.cache
def load_schema() -> dict:
    return json.loads(schema_bytes())


def schema_sha256() -> str:
    return hashlib.sha256(schema_bytes()).hexdigest()


@functools.cache
def validator() -> jsonschema.protocols.Validator:
    import jsonschema  # (untyped: see the import under TYPE_CHECKING)

    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Validating against the schema with its local $refs inlined gives the same verdicts and error
    # paths, and is several times faster: jsonschema resolves every $ref on every instance.
    return cls(_inline_refs(schema, schema), format_checker=cls.FORMAT_CHECKER)


def _inline_refs(node: Any, root: dict) -> Any:
    if isinstance(node, list):
        return [_inline_refs(item, root) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        node = _resolve(node, root)
    return {k: _inline_refs(v, root) for k, v in node.items() if k != "$defs"}


# The fast validator gets the schema with two pattern rewrites that keep each verdict the same in
# Rust's regex dialect: Rust's `$` (without multi-line mode) matches only at the very end, so the
# `(?!\n)` guard that Python's `$` needs is dropped; Rust strings cannot hold surrogates, so the
# surrogate range is dropped from character classes (a Python string holding one cannot be passed
# to Rust at all, and goes to the reference validator). tests/test_schema.py checks on generated
# valid and invalid records that both validators agree.
_RS_PATTERN_REWRITES = (("$(?!\\n)", "$"), ("\\ud800-\\udfff", ""))


def _rs_patterns(node: Any) -> Any:
    if isinstance(node, list):
        return [_rs_patterns(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _rs_patterns(v) for k, v in node.items()}
    if isinstance(out.get("pattern"), str):
        for old, new in _RS_PATTERN_REWRITES:
            out["pattern"] = out["pattern"].replace(old, new)
    return out


@functools.cache
def fast_validator() -> jsonschema_rs.Validator:
    """jsonschema-rs, about 50 times faster than the reference: the build's hot path."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_rs_patterns(load_schema()), validate_formats=True)


def fast_is_valid(record: object) -> bool | None:
    """The fast validator's verdict, or None when it cannot take the value (a lone surrogate)."""
    try:
        return fast_validator().is_valid(record)
    except (UnicodeEncodeError, ValueError, TypeError, OverflowError):
        return None


def schema_issues(record: object) -> list[Issue]:
    """Every JSON Schema violation of `record`, the most relevant (jsonschema's best_match) first.

    The fast validator decides first; python-jsonschema, the reference, runs only on records it
    does not pass, and gives the detailed errors (or, if the two ever disagree, the verdict)."""
    if fast_is_valid(record):
        return []
    return reference_schema_issues(record)


def reference_schema_issues(record: object) -> list[Issue]:
    """schema_issues from python-jsonschema alone."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]  # as jsonschema above

    errors = list(validator().iter_errors(record))
    if not errors:
        return []
    best = best_match(errors)
    errors.sort(key=lambda e: (e is not best, list(map(str, e.absolute_path))))
    return [Issue("schema", str(e.validator), json_path(e.absolute_path), e.message) for e in errors]


# --- types derived from the schema ------------------------------------------------------------


@dataclass(frozen=True)
class ColumnType:
    kind: str  # "string" | "int64" | "list" | "struct"
    nullable: bool
    item: ColumnType | None = None  # for lists
    fields: tuple[tuple[str, ColumnType], ...] = ()  # for structs, in schema order


_SCALARS = {"string": "string", "integer": "int64"}


def _resolve(node: dict, root: dict) -> dict:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _column_type(node: dict, root: dict) -> ColumnType:
    node = _resolve(node, root)
    nullable = False
    if "anyOf" in node:
        options = [_resolve(o, root) for o in node["anyOf"]]
        non_null = [o for o in options if o.get("type") != "null"]
        if len(non_null) != 1:
            raise ValueError(f"anyOf must be one type or null, got {node['anyOf']!r}")
        inner = _column_type(non_null[0], root)
        return ColumnType(inner.kind, len(options) > 1 or inner.nullable, inner.item, inner.fields)
    types = node["type"] if isinstance(node["type"], list) else [node["type"]]
    if "null" in types:
        nullable = True
        types = [t for t in types if t != "null"]
    if len(types) != 1:
        raise ValueError(f"a column needs exactly one non-null type, got {node['type']!r}")
    kind = types[0]
    if kind in _SCALARS:
        return ColumnType(_SCALARS[kind], nullable)
    if kind == "array":
        return ColumnType("list", nullable, item=_column_type(node["items"], root))
    if kind == "object":
        required = set(node.get("required", ()))
        fields = []
        for name, sub in node["properties"].items():
            t = _column_type(sub, root)
            if name not in required:
                t = ColumnType(t.kind, True, t.item, t.fields)
            fields.append((name, t))
        return ColumnType("struct", nullable, fields=tuple(fields))
    raise ValueError(f"unsupported JSON Schema type {kind!r}")


@functools.cache
def column_types() -> ColumnType:
    return column_types_of(load_schema())


def column_types_of(document: dict) -> ColumnType:
    """The type tree of any record schema document, e.g. an earlier release's (for diffs)."""
    return _column_type(document, document)


def _arrow_type(t: ColumnType) -> pa.DataType:
    import pyarrow as pa

    if t.kind == "string":
        return pa.string()
    if t.kind == "int64":
        return pa.int64()
    if t.kind == "list":
        assert t.item is not None  # a list column always has its item type
        return pa.list_(pa.field("item", _arrow_type(t.item), nullable=t.item.nullable))
    return pa.struct([pa.field(n, _arrow_type(f), nullable=f.nullable) for n, f in t.fields])


@functools.cache
def arrow_schema() -> pa.Schema:
    """The Parquet schema: required non-null fields are non-nullable."""
    import pyarrow as pa

    root = column_types()
    return pa.schema([pa.field(n, _arrow_type(f), nullable=f.nullable) for n, f in root.fields])


def _feature(t: ColumnType) -> Any:
    import datasets  # type: ignore[import-untyped]  # datasets ships no type information

    if t.kind in ("string", "int64"):
        return datasets.Value(t.kind)
    if t.kind == "list":
        assert t.item is not None  # a list column always has its item type
        return datasets.List(_feature(t.item))
    return {n: _feature(f) for n, f in t.fields}


def features() -> Any:
    """`datasets.Features` for the record (datasets has no nullability: every column may be null)."""
    import datasets

    return datasets.Features({n: _feature(f) for n, f in column_types().fields})


def _yaml_type(t: ColumnType) -> dict:
    if t.kind in ("string", "int64"):
        return {"dtype": t.kind}
    if t.kind == "list":
        assert t.item is not None  # a list column always has its item type
        inner = _yaml_type(t.item)
        return {"list": inner.get("dtype", inner.get("struct"))} if "list" not in inner else {"list": inner}
    return {"struct": [{"name": n, **_yaml_type(f)} for n, f in t.fields]}


def yaml_features() -> list[dict]:
    """The card's `dataset_info.features`, in the list-of-struct syntax the Hub reads."""
    out = []
    for name, t in column_types().fields:
        entry = {"name": name, **_yaml_type(t)}
        out.append(entry)
    return out
