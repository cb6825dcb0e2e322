"""The dataset folder's layout: shard names made and parsed in one place, ids read by split with one
error, file digests, type labels; and that only the CLI and release import the orchestrator."""

from __future__ import annotations

import ast
import hashlib
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import REPO
from hypothesis import given
from hypothesis import strategies as st

from builder.dataset_folder import (
    SCHEMA_FILE,
    SHARD_SUFFIX,
    ShardName,
    ids_by_split,
    match_shard,
    parse_shard,
    read_rows,
    shard_files,
    shard_name,
)
from builder.digests import file_sha256, size_and_sha256
from builder.errors import NotADatasetError, NotRegularFile
from builder.schema import ColumnType, column_types
from builder.type_labels import card_type_label, type_label

_split_names = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,20}", fullmatch=True)


@given(_split_names, st.integers(0, 99_999), st.integers(1, 99_999))
def test_a_shard_name_parses_back_to_its_parts(split, index, count):
    rel = shard_name(split, index, count)
    assert match_shard(rel) == ShardName(split, index, count)
    assert parse_shard(rel).path == rel


@pytest.mark.parametrize(
    "rel",
    [
        "train-00000-of-00001.parquet",  # not under data/
        "data/train.parquet",
        "data/train-0000-of-00001.parquet",
        "data/train-00000-of-00001.parquet.partial",
        "data/x/train-00000-of-00001.parquet",
        "data/-00000-of-00001.parquet",
        "data/.train-00000.partial",
    ],
)
def test_names_that_are_not_shards_are_refused_with_one_error(rel):
    assert match_shard(rel) is None
    with pytest.raises(NotADatasetError, match="not named SPLIT-NNNNN-of-NNNNN.parquet, so its split is unknown"):
        parse_shard(rel)


def test_the_suffix_croissant_writes_matches_every_shard_name():
    import re

    for rel in (shard_name("train", 0, 1), shard_name("my_test", 12, 345)):
        assert re.fullmatch(rf"data/[^/]+{SHARD_SUFFIX}", rel)


def _write(folder, rel, ids, **columns):
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"id": ids, **columns}), path)


def test_ids_and_rows_are_read_by_split(tmp_path):
    _write(tmp_path, shard_name("train", 0, 2), ["a", "b"], n=[1, 2])
    _write(tmp_path, shard_name("train", 1, 2), ["c"], n=[3])
    _write(tmp_path, shard_name("test", 0, 1), ["d"], n=[4])
    assert ids_by_split(tmp_path) == {"d": "test", "a": "train", "b": "train", "c": "train"}
    assert [(rid, split, row) for rid, split, row in read_rows(tmp_path)] == [
        ("d", "test", {"id": "d", "n": 4}),
        ("a", "train", {"id": "a", "n": 1}),
        ("b", "train", {"id": "b", "n": 2}),
        ("c", "train", {"id": "c", "n": 3}),
    ]
    assert [shard.split for _, shard in shard_files(tmp_path)] == ["test", "train", "train"]


def test_a_folder_with_a_schema_and_no_data_has_no_rows(tmp_path):
    (tmp_path / SCHEMA_FILE).write_text("{}")
    assert ids_by_split(tmp_path) == {}


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda f: None, "not a dataset folder"),
        (lambda f: _write(f, "data/train.parquet", ["a"]), "split is unknown"),
        (lambda f: (f / "data").mkdir() or (f / shard_name("train", 0, 1)).write_bytes(b"no"), "cannot be read as"),
        (lambda f: _write(f, shard_name("train", 0, 1), [None], n=[1]), "a row has no string id"),
        (lambda f: _write(f, shard_name("train", 0, 1), ["a", "a"]), "id a is already in split 'train'"),
    ],
)
def test_a_folder_that_is_not_a_dataset_gives_one_error(tmp_path, make, message):
    make(tmp_path)
    with pytest.raises(NotADatasetError, match=message):
        ids_by_split(tmp_path)


def test_file_digests_hash_every_byte_and_refuse_what_is_not_a_file(tmp_path):
    data = os.urandom(3 << 20)  # more than one read chunk
    (tmp_path / "f").write_bytes(data)
    assert size_and_sha256(tmp_path / "f") == (len(data), hashlib.sha256(data).hexdigest())
    assert file_sha256(tmp_path / "f") == hashlib.sha256(data).hexdigest()
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(NotRegularFile):  # never opened: opening a FIFO would block
        file_sha256(tmp_path / "fifo")
    with pytest.raises(OSError):  # what handles an unreadable file handles this one
        file_sha256(tmp_path / "fifo")


def test_type_labels_of_the_diff_and_of_the_card():
    string, number = ColumnType("string", False), ColumnType("int64", True)
    struct = ColumnType("struct", False, fields=(("text", string), ("end", number)))
    nested = ColumnType("list", True, item=ColumnType("list", False, item=string))
    assert type_label(number) == "int64 or null"
    assert type_label(ColumnType("list", False, item=struct)) == "list<struct{text, end}>"
    assert type_label(nested) == "list<list<string>> or null"
    assert card_type_label(number) == "int64"
    assert card_type_label(ColumnType("list", False, item=struct)) == "list[struct{text, end}]"
    assert card_type_label(nested) == "list[list[string]]"
    labels = dict((name, card_type_label(t)) for name, t in column_types().fields)
    assert labels["paragraphs"] == "list[string]" and labels["source"] == "struct{path, sha256, encoding}"


def test_only_the_cli_and_release_import_the_orchestrator():
    def imports_build(node: ast.AST) -> bool:
        if isinstance(node, ast.Import):
            return any(alias.name == "builder.build" for alias in node.names)
        if not isinstance(node, ast.ImportFrom):
            return False
        module = node.module or ""
        if module in ("builder.build", "build", "..build") or (node.level and module.endswith("build")):
            return module.split(".")[-1] == "build"
        return module in ("", "builder") and any(alias.name == "build" for alias in node.names)

    importers = {
        path.relative_to(REPO / "builder").as_posix()
        for path in (REPO / "builder").rglob("*.py")
        if any(imports_build(node) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    }
    # __init__.py may name build_dataset in the package's public API (imported lazily, on first use).
    assert sorted(importers - {"__init__.py"}) == ["cli.py", "release.py"]
