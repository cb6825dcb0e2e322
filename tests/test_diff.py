"""The diff: records compared by id over whatever fields they have, schema changes classified by
the versioning policy, splits checked, on real Parquet files and real schema documents."""

from __future__ import annotations

import copy
import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from releasing import A, make_raw, run_cli, unseal

from builder.build import build_dataset
from builder.diff import RecordChange, diff_datasets, schema_diff
from builder.errors import NotADatasetError
from builder.ownership import MARKER_FILE
from builder.release import release
from builder.schema import load_schema, schema_bytes
from builder.splits import DEFAULT_SPLITS, SplitMove, parse_split_spec

SPLITS = parse_split_spec(DEFAULT_SPLITS)
LINE_OR_NULL = {"anyOf": [{"$ref": "#/$defs/line"}, {"type": "null"}]}


@pytest.fixture(autouse=True)
def _unseal_tmp(tmp_path):
    yield
    unseal(tmp_path)


def _doc(change) -> bytes:
    schema = copy.deepcopy(load_schema())
    change(schema)
    return json.dumps(schema, indent=2).encode()


def _add(name, node, required=True, where=None):
    def change(schema):
        target = schema["$defs"][where] if where else schema
        target["properties"][name] = node
        if required:
            target["required"].append(name)

    return change


def _remove(name):
    def change(schema):
        del schema["properties"][name]
        schema["required"].remove(name)

    return change


def _rename(old, new):
    def change(schema):
        schema["properties"] = {new if k == old else k: v for k, v in schema["properties"].items()}
        schema["required"] = [new if k == old else k for k in schema["required"]]

    return change


def _set(name, node):
    def change(schema):
        schema["properties"][name] = node

    return change


def _describe(schema):
    schema["properties"]["headline"]["description"] += " Shown in bold."


def _unbounded(schema):
    del schema["properties"]["paragraphs"]["minItems"]


BOILERPLATE = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["line", "rule"],
        "properties": {"line": {"type": "string"}, "rule": {"type": "string"}},
    },
}

# change -> (bump, what the structural diff reports)
SCHEMA_CASES = {
    "description": (_describe, "patch", {}),
    "nullable field added": (
        _add("summary", LINE_OR_NULL),
        "minor",
        {"fields_added": [{"field": "summary", "type": "string or null", "level": "minor"}]},
    ),
    "field added, not required": (
        _add("summary", {"type": "string"}, required=False),
        "minor",
        {"fields_added": [{"field": "summary", "type": "string or null", "level": "minor"}]},
    ),
    "nested nullable member added": (
        _add("tone", {"anyOf": [{"type": "string"}, {"type": "null"}]}, where="quote"),
        "minor",
        {"fields_added": [{"field": "quotes[].tone", "type": "string or null", "level": "minor"}]},
    ),
    "required field added": (
        _add("removed_lines", BOILERPLATE),
        "major",
        {"fields_added": [{"field": "removed_lines", "type": "list<struct{line, rule}>", "level": "major"}]},
    ),
    "field removed": (
        _remove("bio"),
        "major",
        {"fields_removed": [{"field": "bio", "type": "string or null", "level": "major"}]},
    ),
    "field renamed": (
        _rename("bio", "biography"),
        "major",
        {
            "fields_removed": [{"field": "bio", "type": "string or null", "level": "major"}],
            "fields_added": [{"field": "biography", "type": "string or null", "level": "minor"}],
        },
    ),
    "type changed": (
        _set("headline", {"type": "integer"}),
        "major",
        {"type_changes": [{"field": "headline", "old": "string", "new": "int64", "level": "major"}]},
    ),
    "may now be null": (
        _set("headline", LINE_OR_NULL),
        "major",
        {"type_changes": [{"field": "headline", "old": "string", "new": "string or null", "level": "major"}]},
    ),
    "never null now": (
        _set("author", {"$ref": "#/$defs/line"}),
        "minor",
        {"type_changes": [{"field": "author", "old": "string or null", "new": "string", "level": "minor"}]},
    ),
    "constraint dropped": (_unbounded, "minor", {}),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_changes_are_classified_by_the_policy(case):
    change, bump, structural = SCHEMA_CASES[case]
    out = schema_diff(schema_bytes(), _doc(change))
    assert out["changed"] and out["bump"] == bump
    for key in ("fields_added", "fields_removed", "type_changes"):
        assert out[key] == structural.get(key, []), key
    assert out["document_changes"]  # every change is also located in the document


def test_document_changes_name_the_keyword_and_its_kind():
    described = schema_diff(schema_bytes(), _doc(_describe))["document_changes"]
    assert described == [{"path": "/properties/headline/description", "keyword": "description", "kind": "annotation"}]
    unbounded = schema_diff(schema_bytes(), _doc(_unbounded))["document_changes"]
    assert unbounded == [{"path": "/properties/paragraphs/minItems", "keyword": "minItems", "kind": "constraint"}]
    # A property named like an annotation keyword is a field, not an annotation.
    named = schema_diff(schema_bytes(), _doc(_add("description", LINE_OR_NULL)))
    assert {"path": "/properties/description", "keyword": "properties", "kind": "constraint"} in named[
        "document_changes"
    ]
    assert named["bump"] == "minor"


def test_an_unchanged_or_reformatted_schema():
    same = schema_diff(schema_bytes(), schema_bytes())
    assert (same["changed"], same["bump"]) == (False, None)
    reformatted = schema_diff(schema_bytes(), json.dumps(load_schema()).encode())
    assert (reformatted["changed"], reformatted["bump"], reformatted["document_changes"]) == (True, "patch", [])


def test_a_schema_without_a_derivable_record_type_is_a_major_change():
    out = schema_diff(schema_bytes(), b'{"type": "object", "properties": {"id": {"enum": ["x"]}}}')
    assert out["bump"] == "major" and out["type_changes"][0]["field"] == "(record)"


def _dataset(folder, shards: dict[str, list[dict]], schema: bytes = b'{"type": "object"}'):
    (folder / "data").mkdir(parents=True)
    (folder / "article.schema.json").write_bytes(schema)
    for split, rows in shards.items():
        pq.write_table(pa.Table.from_pylist(rows), folder / "data" / f"{split}-00000-of-00001.parquet")
    return folder


def test_records_are_compared_by_id_over_whatever_fields_they_have(tmp_path):
    old = _dataset(
        tmp_path / "old",
        {
            "train": [
                {"id": "a", "n": 1, "s": {"p": 1}},
                {"id": "b", "n": 2, "s": {"p": 2}},
                {"id": "e", "n": 5, "s": {"p": 5}},
            ],
            "test": [{"id": "c", "n": 3, "s": {"p": 3}}],
        },
    )
    new = _dataset(
        tmp_path / "new",
        {
            "train": [
                {"id": "a", "n": 1, "s": {"p": 1, "q": None}, "extra": None},  # new members, all null: unchanged
                {"id": "b", "n": 2, "s": {"p": 2, "q": 7}, "extra": None},  # a new member with a value
                {"id": "c", "n": 3, "s": {"p": 3, "q": None}, "extra": None},  # moved from test
                {"id": "d", "n": 4, "s": {"p": 4, "q": None}, "extra": "x"},
            ],
        },
    )
    d = diff_datasets(old, new)
    assert d.added == ["d"] and d.removed == ["e"]
    assert d.changed == [RecordChange("b", ["s"])]
    assert d.split_moves == [SplitMove("c", "test", "train")]
    assert d.bump == "major" and not d.schema["changed"]
    assert [r for _, r in d.reasons] == [
        "1 record removed",
        "1 record moved to another split",
        "1 record added",
        "1 record changed",
    ]
    # A field removed from every record is a change of each record that had a value in it.
    gone = _dataset(
        tmp_path / "gone", {"train": [{"id": "a", "s": {"p": 1}}], "test": [{"id": "c", "n": 3, "s": {"p": 3}}]}
    )
    assert diff_datasets(old, gone).changed == [RecordChange("a", ["n"])]


def test_a_plain_build_and_a_release_of_the_same_input_differ_in_the_card_only(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    build_dataset(raw, tmp_path / "build", SPLITS)
    release(raw, tmp_path / "releases", SPLITS, date="2026-01-01")
    d = diff_datasets(tmp_path / "build", tmp_path / "releases" / "v1.0.0")
    assert (d.added, d.removed, d.changed, d.split_moves) == ([], [], [], [])
    assert not d.schema["changed"]
    assert d.card_changed and d.bump == "patch"  # the card names MANIFEST.json instead of the side files


def test_a_schema_change_between_folders_sets_the_bump(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    build_dataset(raw, tmp_path / "old", SPLITS)
    shutil.copytree(tmp_path / "old", tmp_path / "new")
    (tmp_path / "new" / "article.schema.json").write_bytes(_doc(_remove("image_credit")))
    d = diff_datasets(tmp_path / "old", tmp_path / "new")
    assert d.changed == [] and not d.card_changed
    assert d.bump == "major"
    assert d.reasons[0] == ("major", "schema: field image_credit removed")


def test_diff_refuses_folders_that_are_not_datasets(tmp_path):
    (tmp_path / "empty").mkdir()
    raw = make_raw(tmp_path / "raw", [A])
    build_dataset(raw, tmp_path / "build", SPLITS)
    proc = run_cli("diff", tmp_path / "empty", tmp_path / "build")
    assert proc.returncode == 2
    assert "not a dataset folder (no article.schema.json)" in proc.stderr
    (tmp_path / "build" / "data" / "notes.parquet").write_bytes(b"not parquet")
    # a build's marker names its shards: a user's file in data/ is none of them ...
    assert diff_datasets(tmp_path / "build", tmp_path / "build").added == []
    # ... but a folder without one (copied without it, or of an earlier builder) has only names to go by
    (tmp_path / "build" / MARKER_FILE).unlink()
    with pytest.raises(NotADatasetError, match="not named SPLIT-NNNNN-of-NNNNN.parquet"):
        diff_datasets(tmp_path / "build", tmp_path / "build")
