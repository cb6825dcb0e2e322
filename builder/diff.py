"""What changed between two dataset folders (releases or plain builds), and the semver bump it needs.

Records are read back from the Parquet files and compared by id; nothing here names a record field
other than `id`, so the diff keeps working when the schema gains or loses fields. The schema is
compared twice: as the type tree the Parquet columns are derived from (fields added, removed, retyped,
made nullable), and as a JSON document (every other keyword that changed, annotation or constraint).
The README's "Versioning policy" is the prose form of `DatasetDiff.reasons`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .dataset_folder import CARD_FILE, DATASHEET_FILE, SCHEMA_FILE, read_rows
from .errors import NotADatasetError
from .schema import ColumnType, column_types_of
from .splits import SplitMove
from .type_labels import type_label

LEVELS = ("patch", "minor", "major")  # in increasing order of what a reader must re-check

# Keywords that document a schema without constraining a record: changing them alone is a PATCH.
ANNOTATION_KEYWORDS = frozenset(
    {"title", "description", "$comment", "examples", "default", "$id", "deprecated", "readOnly", "writeOnly"}
)
# Keywords whose value maps names to subschemas, and keywords whose value is a subschema or a list of
# them: the document diff walks into these and compares everything else as a value.
_NAME_MAPS = frozenset({"properties", "$defs", "definitions", "patternProperties", "dependentSchemas"})
_SUBSCHEMA = frozenset(
    {
        "items",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "additionalProperties",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)
_SUBSCHEMA_LISTS = frozenset({"anyOf", "allOf", "oneOf", "prefixItems"})


@dataclass
class DatasetFolder:
    path: Path
    records: dict[str, dict]  # id -> record as read from Parquet
    split_of: dict[str, str]  # id -> split
    schema_bytes: bytes
    card_bytes: bytes | None
    datasheet_bytes: bytes | None


def read_dataset(path: Path) -> DatasetFolder:
    """A dataset folder's records by id, their splits, its schema's, card's and datasheet's bytes."""
    path = Path(path)
    schema_path = path / SCHEMA_FILE
    if not path.is_dir() or not schema_path.is_file():
        raise NotADatasetError(f"{path}: not a dataset folder (no {SCHEMA_FILE})")
    records: dict[str, dict] = {}
    split_of: dict[str, str] = {}
    for record_id, split, row in read_rows(path):
        records[record_id] = row
        split_of[record_id] = split
    card, datasheet = path / CARD_FILE, path / DATASHEET_FILE
    return DatasetFolder(
        path,
        records,
        split_of,
        schema_path.read_bytes(),
        card.read_bytes() if card.is_file() else None,
        datasheet.read_bytes() if datasheet.is_file() else None,
    )


# --- records -------------------------------------------------------------------------------------


def _without_nulls(value: object) -> object:
    """A value with null struct members dropped: a field one side's schema lacks reads as null, so
    adding a nullable field does not, by itself, change every record."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def changed_fields(old: dict, new: dict) -> list[str]:
    """Top-level fields whose values differ, in the new record's column order, then removed ones."""
    names = [k for k in new if k != "id"] + [k for k in old if k not in new and k != "id"]
    return [k for k in names if _without_nulls(old.get(k)) != _without_nulls(new.get(k))]


# --- schema --------------------------------------------------------------------------------------


def _compare_types(path: str, old: ColumnType, new: ColumnType, out: dict) -> None:
    where = path or "(record)"
    if old.kind != new.kind:
        out["type_changes"].append({"field": where, "old": type_label(old), "new": type_label(new), "level": "major"})
        return
    if old.nullable != new.nullable:
        # May-be-null where it never was breaks readers; never-null where it could be is a new promise.
        out["type_changes"].append(
            {
                "field": where,
                "old": type_label(old),
                "new": type_label(new),
                "level": "major" if new.nullable else "minor",
            }
        )
    if old.kind == "list":
        assert old.item is not None and new.item is not None  # a list's ColumnType always has its item's
        _compare_types(f"{path}[]", old.item, new.item, out)
    elif old.kind == "struct":
        old_fields, new_fields = dict(old.fields), dict(new.fields)
        for name, t in old.fields:
            sub = f"{path}.{name}" if path else name
            if name not in new_fields:
                out["fields_removed"].append({"field": sub, "type": type_label(t), "level": "major"})
            else:
                _compare_types(sub, t, new_fields[name], out)
        for name, t in new.fields:
            if name not in old_fields:
                sub = f"{path}.{name}" if path else name
                # A required, never-null field is one that records of the previous version lack and
                # that validation against the new schema demands: not an optional addition.
                out["fields_added"].append(
                    {"field": sub, "type": type_label(t), "level": "minor" if t.nullable else "major"}
                )
        common_old = [n for n, _ in old.fields if n in new_fields]
        common_new = [n for n, _ in new.fields if n in old_fields]
        if common_old != common_new:
            out["type_changes"].append(
                {
                    "field": where,
                    "old": "fields in order " + ", ".join(common_old),
                    "new": "fields in order " + ", ".join(common_new),
                    "level": "minor",
                }
            )


def _document_changes(old: object, new: object, pointer: str, keyword: str | None, out: list) -> None:
    """Append every difference between two schema objects: the JSON pointer, the keyword that holds
    it, and whether that keyword constrains records or only documents them."""
    if old == new:
        return
    if not (isinstance(old, dict) and isinstance(new, dict)):  # e.g. `additionalProperties: false` -> {...}
        out.append({"path": pointer, "keyword": keyword or "", "kind": _kind(keyword or "")})
        return
    for key in sorted(set(old) | set(new)):
        child = f"{pointer}/{_escape(key)}"
        a, b = old.get(key), new.get(key)
        if key not in old or key not in new:
            out.append({"path": child, "keyword": key, "kind": _kind(key)})
        elif a == b:
            continue
        elif key in _NAME_MAPS and isinstance(a, dict) and isinstance(b, dict):
            for name in sorted(set(a) | set(b)):
                if name not in a or name not in b:  # a field or definition added or removed
                    out.append({"path": f"{child}/{_escape(name)}", "keyword": key, "kind": "constraint"})
                else:
                    _document_changes(a[name], b[name], f"{child}/{_escape(name)}", key, out)
        elif key in _SUBSCHEMA_LISTS and isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                _document_changes(x, y, f"{child}/{i}", key, out)
        elif key in _SUBSCHEMA:
            _document_changes(a, b, child, key, out)
        else:
            out.append({"path": child, "keyword": key, "kind": _kind(key)})


def _kind(keyword: str) -> str:
    return "annotation" if keyword in ANNOTATION_KEYWORDS else "constraint"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def schema_diff(old_bytes: bytes, new_bytes: bytes) -> dict:
    """The schema change as data: fields added/removed/retyped (by the type tree the Parquet schema is
    derived from), every other changed keyword (by JSON pointer), and the bump it needs."""
    out: dict = {
        "changed": old_bytes != new_bytes,
        "old_sha256": hashlib.sha256(old_bytes).hexdigest(),
        "new_sha256": hashlib.sha256(new_bytes).hexdigest(),
        "fields_added": [],
        "fields_removed": [],
        "type_changes": [],
        "document_changes": [],
        "bump": None,
    }
    if not out["changed"]:
        return out
    old_doc, new_doc = json.loads(old_bytes), json.loads(new_bytes)
    try:
        old_types, new_types = column_types_of(old_doc), column_types_of(new_doc)
    except (KeyError, TypeError, ValueError) as exc:
        # Without a type tree nothing can be said about readers, so assume the worst.
        out["type_changes"].append(
            {"field": "(record)", "old": "?", "new": f"no derivable record type ({exc!r})", "level": "major"}
        )
    else:
        _compare_types("", old_types, new_types, out)
    _document_changes(old_doc, new_doc, "", None, out["document_changes"])
    levels = [c["level"] for key in ("fields_added", "fields_removed", "type_changes") for c in out[key]]
    levels += ["minor" if c["kind"] == "constraint" else "patch" for c in out["document_changes"]]
    # Bytes that differ with no parsed difference (formatting) still change the released file.
    out["bump"] = max(levels or ["patch"], key=LEVELS.index)
    return out


# --- the diff ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordChange:
    """A record in both folders (same id) whose values differ, and the top-level fields that do."""

    id: str
    fields: list[str]

    def to_dict(self) -> dict:
        return {"id": self.id, "fields": self.fields}


@dataclass
class DatasetDiff:
    old_count: int
    new_count: int
    added: list[str]
    removed: list[str]
    changed: list[RecordChange]
    schema: dict
    split_moves: list[SplitMove]
    card_changed: bool
    datasheet_changed: bool
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (level, why), most severe first

    @property
    def bump(self) -> str | None:
        """The smallest bump the diff allows, or None when records, schema, card and datasheet are the same."""
        return self.reasons[0][0] if self.reasons else None

    def field_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for change in self.changed:
            for name in change.fields:
                counts[name] = counts.get(name, 0) + 1
        return counts

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "removed": self.removed,
            "changed": [change.to_dict() for change in self.changed],
            "schema": self.schema,
            "split_moves": [move.to_dict() for move in self.split_moves],
            "card": {"changed": self.card_changed},
            "datasheet": {"changed": self.datasheet_changed},
            "counts": {"old": self.old_count, "new": self.new_count},
            "bump": self.bump,
            "reasons": [{"level": level, "reason": why} for level, why in self.reasons],
        }


def _records(n: int) -> str:
    return f"{n} record{'' if n == 1 else 's'}"


def diff_datasets(old_path: Path, new_path: Path) -> DatasetDiff:
    """What changed from the dataset folder old_path to new_path, and why it needs the bump it does."""
    old, new = read_dataset(old_path), read_dataset(new_path)
    added = sorted(set(new.records) - set(old.records))
    removed = sorted(set(old.records) - set(new.records))
    common = sorted(set(old.records) & set(new.records))
    changed = []
    for rid in common:
        fields = changed_fields(old.records[rid], new.records[rid])
        if fields:
            changed.append(RecordChange(rid, fields))
    moves = [
        SplitMove(rid, old.split_of[rid], new.split_of[rid]) for rid in common if old.split_of[rid] != new.split_of[rid]
    ]
    schema = schema_diff(old.schema_bytes, new.schema_bytes)
    card_changed = old.card_bytes != new.card_bytes
    # A curator's corpus.toml edit may change DATASHEET.md alone: a release must not miss it.
    datasheet_changed = old.datasheet_bytes != new.datasheet_bytes
    reasons = _reasons(added, removed, changed, moves, schema, card_changed, datasheet_changed)
    return DatasetDiff(
        len(old.records),
        len(new.records),
        added,
        removed,
        changed,
        schema,
        moves,
        card_changed,
        datasheet_changed,
        reasons,
    )


def _reasons(
    added: list[str],
    removed: list[str],
    changed: list[RecordChange],
    moves: list[SplitMove],
    schema: dict,
    card_changed: bool,
    datasheet_changed: bool,
) -> list[tuple[str, str]]:
    """Every reason for a bump, (level, why), most severe first."""
    reasons: list[tuple[str, str]] = []
    if removed:
        reasons.append(("major", f"{_records(len(removed))} removed"))
    if moves:
        reasons.append(("major", f"{_records(len(moves))} moved to another split"))
    reasons += _schema_reasons(schema)
    if added:
        reasons.append(("minor", f"{_records(len(added))} added"))
    if changed:
        reasons.append(("patch", f"{_records(len(changed))} changed"))
    if card_changed:
        reasons.append(("patch", "dataset card changed"))
    if datasheet_changed:
        reasons.append(("patch", "DATASHEET.md changed"))
    reasons.sort(key=lambda r: -LEVELS.index(r[0]))  # stable: same-level reasons keep their order
    return reasons


def _schema_reasons(schema: dict) -> list[tuple[str, str]]:
    reasons = []
    for change in schema["fields_removed"]:
        reasons.append((change["level"], f"schema: field {change['field']} removed"))
    for change in schema["type_changes"]:
        reasons.append((change["level"], f"schema: {change['field']} changed from {change['old']} to {change['new']}"))
    for change in schema["fields_added"]:
        kind = "optional field" if change["level"] == "minor" else "required field"
        reasons.append((change["level"], f"schema: {kind} {change['field']} ({change['type']}) added"))
    constraints = [c["path"] for c in schema["document_changes"] if c["kind"] == "constraint"]
    annotations = [c["path"] for c in schema["document_changes"] if c["kind"] == "annotation"]
    if constraints:
        reasons.append(("minor", "schema: constraints changed at " + ", ".join(constraints)))
    if annotations:
        reasons.append(("patch", "schema: descriptions changed at " + ", ".join(annotations)))
    if schema["changed"] and not schema["document_changes"]:
        reasons.append(("patch", "schema: file reformatted"))
    return reasons
