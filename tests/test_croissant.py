"""croissant.json, checked with mlcroissant itself on real builds: it validates, its records are the
Parquet rows, a changed byte fails loading, and a split may have several shards."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# mlcroissant keeps downloads and extractions under CROISSANT_CACHE; this dataset is local and needs
# neither, and a test must never write to the user's cache. Set before mlcroissant is imported.
if "CROISSANT_CACHE" not in os.environ:  # (our own, removed when the test process ends)
    os.environ["CROISSANT_CACHE"] = tempfile.mkdtemp(prefix="corpus-builder-croissant-")
    atexit.register(shutil.rmtree, os.environ["CROISSANT_CACHE"], ignore_errors=True)

import itertools  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import mlcroissant as mlc  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402
from conftest import CORPUS  # noqa: E402

from builder.build import (
    CROISSANT_DESCRIPTION,  # noqa: E402
    build_dataset,  # noqa: E402
)
from builder.croissant import ARTICLES, CROISSANT_FILE, SHARDS, SPLITS, write_croissant  # noqa: E402
from builder.schema import arrow_schema  # noqa: E402
from builder.write import PARQUET_OPTIONS, shard_name  # noqa: E402

SPLIT_RATIOS = (("train", 0.5), ("validation", 0.25), ("test", 0.25))
# A plain build is no release: it has no version and no publication date to state.
UNRELEASED_WARNINGS = {
    f'Property "https://schema.org/{p}" is recommended, but does not exist.' for p in ("datePublished", "version")
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A real build of the test corpus: one shard per split (train 5, validation 3, test 3 rows)."""
    out = tmp_path_factory.mktemp("croissant") / "dataset"
    result = build_dataset(CORPUS, out, SPLIT_RATIOS)
    assert set(result.summary.records_by_split) == {"train", "validation", "test"}
    return out


@pytest.fixture
def dataset(built, tmp_path) -> Path:
    """A private copy of the build without its croissant.json, free to change."""
    copy = tmp_path / "dataset"
    shutil.copytree(built, copy)
    (copy / CROISSANT_FILE).unlink()
    return copy


def _split_files(folder: Path) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    for name, _ in SPLIT_RATIOS:
        shards = sorted(p.relative_to(folder).as_posix() for p in (folder / "data").glob(f"{name}-*.parquet"))
        if shards:
            files[name] = shards
    return files


def _write(folder: Path, **kwargs) -> Path:
    return write_croissant(folder, _split_files(folder), "News articles", "Articles for the tests.", **kwargs)


def _plain(value, prefix: str):
    """A record from mlcroissant as plain Python: text is bytes there, integers numpy, and keys are
    field ids (`articles/quotes/text`)."""
    if isinstance(value, dict):
        return {k.removeprefix(prefix): _plain(v, f"{k}/") for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, prefix) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.integer):
        return int(value)
    return value


def _croissant_rows(path: Path, record_set: str = ARTICLES) -> list[dict]:
    return [_plain(r, f"{record_set}/") for r in mlc.Dataset(jsonld=path).records(record_set=record_set)]


def _parquet_rows(folder: Path, split_files: dict[str, list[str]]) -> list[dict]:
    rows = []
    for split, shards in split_files.items():
        for rel in shards:
            for row in pq.read_table(folder / rel).to_pylist():
                rows.append({**row, "shard": rel, "split": split})
    return rows


def _by_id(rows: list[dict]) -> dict[str, dict]:
    out = {r["id"]: r for r in rows}
    assert len(out) == len(rows), "ids repeat"
    return out


def test_validates_without_errors(dataset):
    path = _write(dataset)
    ds = mlc.Dataset(jsonld=path)  # raises mlc.ValidationError on any error
    issues = ds.metadata.ctx.issues
    assert not issues.errors
    assert {w.split("] ", 1)[1] for w in issues.warnings} == UNRELEASED_WARNINGS


def test_a_release_validates_without_warnings(dataset):
    path = _write(dataset, version="1.2.0", date_published="2025-03-01")
    issues = mlc.Dataset(jsonld=path).metadata.ctx.issues
    assert not issues.errors and not issues.warnings
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == "1.2.0" and doc["datePublished"] == "2025-03-01"
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"


def test_the_build_writes_croissant_json_that_is_the_same_as_writing_it_here(built, dataset):
    """build_dataset writes croissant.json itself; the tests below check that file's content."""
    shipped = (built / CROISSANT_FILE).read_bytes()
    assert (
        shipped == write_croissant(dataset, _split_files(dataset), "News articles", CROISSANT_DESCRIPTION).read_bytes()
    )


def test_a_release_carries_croissant_json_with_its_version_and_date(tmp_path):
    from builder.release import release

    result = release(CORPUS, tmp_path / "releases", SPLIT_RATIOS, date="2026-05-01")
    try:
        path = result.path / CROISSANT_FILE
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["version"] == "1.0.0" and doc["datePublished"] == "2026-05-01"
        issues = mlc.Dataset(jsonld=path).metadata.ctx.issues
        assert not issues.errors and not issues.warnings
        assert len(_croissant_rows(path)) == result_rows(result.path)
    finally:
        for p in [result.path, *result.path.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)


def result_rows(folder: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in (folder / "data").glob("*.parquet"))


def test_records_are_the_parquet_rows(built):
    split_files = _split_files(built)
    path = built / CROISSANT_FILE  # the build's own file
    got = _croissant_rows(path)
    want = _parquet_rows(built, split_files)
    assert len(got) == len(want) == 11
    # Every field of every row, nested lists and nulls included.
    assert _by_id(got) == _by_id(want)
    assert any(q["speaker"] is None for r in want for q in r["quotes"])
    assert all(len(r["quotes"]) > 1 and len(r["related_links"]) > 1 for r in want)


def test_records_keep_nulls_and_empty_lists(dataset):
    # The corpus has no article without quotes, links or boilerplate: write such rows into `test`.
    shard = dataset / "data" / "test-00000-of-00001.parquet"
    rows = pq.read_table(shard).to_pylist()
    edge = []
    for i, row in enumerate(rows):
        edge.append(
            {
                **row,
                "id": f"{i:016x}",
                "author": None,
                "bio": None,
                "image_credit": None,
                "paragraphs": row["paragraphs"][:1],
                "quotes": [],
                "related_links": [],
                "boilerplate": [],
            }
        )
        one_quote = dict(row["quotes"][0], speaker=None, cue=None)
        edge.append({**row, "id": f"{i + 100:016x}", "quotes": [one_quote], "related_links": row["related_links"][:1]})
    pq.write_table(pa.Table.from_pylist(edge, schema=arrow_schema()), shard, **PARQUET_OPTIONS)

    split_files = _split_files(dataset)
    got = _by_id(_croissant_rows(_write(dataset)))
    want = _by_id(_parquet_rows(dataset, split_files))
    assert got == want
    assert got["0000000000000000"]["quotes"] == [] and got["0000000000000000"]["author"] is None
    assert got["0000000000000064"]["quotes"][0]["speaker"] is None


def test_every_column_is_a_field(dataset):
    doc = json.loads(_write(dataset).read_text(encoding="utf-8"))
    record_sets = {rs["@id"]: rs for rs in doc["recordSet"]}
    fields = {f["name"]: f for f in record_sets[ARTICLES]["field"]}
    assert list(fields) == [*arrow_schema().names, "shard", "split"]

    def check(field: dict, arrow_type: pa.DataType, in_array: bool = False):
        is_list = pa.types.is_list(arrow_type)
        item = arrow_type.value_type if is_list else arrow_type
        assert field.get("isArray", False) == (is_list or in_array), field["@id"]
        if pa.types.is_struct(item):
            subs = {f["name"]: f for f in field["subField"]}
            assert list(subs) == [item.field(i).name for i in range(item.num_fields)], field["@id"]
            for i in range(item.num_fields):
                check(subs[item.field(i).name], item.field(i).type, is_list or in_array)
        else:
            assert field["dataType"] == ("sc:Text" if pa.types.is_string(item) else "cr:Int64"), field["@id"]

    for arrow_field in arrow_schema():
        check(fields[arrow_field.name], arrow_field.type)
    assert fields["paragraphs"]["isArray"] and fields["paragraphs"]["dataType"] == "sc:Text"
    # No field references another record set: mlcroissant would join on it (see builder/croissant.py).
    assert not [f["@id"] for rs in doc["recordSet"] for f in rs.get("field", []) if "references" in f]
    assert record_sets[SPLITS]["dataType"] == "cr:Split"
    assert [r[f"{SPLITS}/name"] for r in record_sets[SPLITS]["data"]] == ["train", "validation", "test"]


def test_every_shard_has_its_sha256_and_size(dataset):
    import hashlib

    doc = json.loads(_write(dataset).read_text(encoding="utf-8"))
    objects = [d for d in doc["distribution"] if d["@type"] == "cr:FileObject"]
    assert [o["contentUrl"] for o in objects] == [rel for shards in _split_files(dataset).values() for rel in shards]
    for o in objects:
        data = (dataset / o["contentUrl"]).read_bytes()
        assert o["sha256"] == hashlib.sha256(data).hexdigest()
        assert o["contentSize"] == f"{len(data)} B"


def test_every_record_set_reads_in_turn_from_one_dataset_in_any_order(dataset):
    """Issue 14: with a join of `articles` to `shards`, mlcroissant 1.1 failed (or counted shards as 2)
    when both were read from one Dataset, depending on the order."""
    path = _write(dataset)
    want = {SPLITS: 3, SHARDS: 3, ARTICLES: 11}
    for order in itertools.permutations(want):
        ds = mlc.Dataset(jsonld=path)
        got = {name: sum(1 for _ in ds.records(record_set=name)) for name in order}
        assert got == want, order


def test_a_changed_byte_fails_reading_the_shards(dataset):
    path = _write(dataset)
    shard = dataset / "data" / "validation-00000-of-00001.parquet"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0x01
    shard.write_bytes(bytes(data))
    with pytest.raises(mlc.GenerationError) as info:
        _croissant_rows(path, SHARDS)
    causes = []
    exc = info.value
    while exc is not None:
        causes.append(str(exc))
        exc = exc.__cause__
    assert any("Hash of downloaded file" in c and "validation-00000-of-00001.parquet" in c for c in causes), causes


def test_a_missing_shard_fails_reading_the_shards_without_a_download(dataset):
    path = _write(dataset)
    (dataset / "data" / "test-00000-of-00001.parquet").unlink()
    with pytest.raises(Exception) as info:
        _croissant_rows(path, SHARDS)
    assert "requests" not in repr(info.value)  # it failed on the local path, not on a download


def test_a_split_of_two_shards(dataset):
    # Rewrite train (5 rows) as two shards, as the streaming build will for a large split.
    old = dataset / "data" / "train-00000-of-00001.parquet"
    table = pq.read_table(old)
    old.unlink()
    parts = [table.slice(0, 2), table.slice(2)]
    for i, part in enumerate(parts):
        pq.write_table(part, dataset / shard_name("train", i, len(parts)), **PARQUET_OPTIONS)
    split_files = _split_files(dataset)
    assert split_files["train"] == ["data/train-00000-of-00002.parquet", "data/train-00001-of-00002.parquet"]

    path = _write(dataset)
    got = _croissant_rows(path)
    want = _parquet_rows(dataset, split_files)
    assert len(got) == len(want) == 11
    assert _by_id(got) == _by_id(want)
    shards = _croissant_rows(path, SHARDS)
    assert sorted((s["path"], s["split"]) for s in shards) == sorted(
        (rel, split) for split, rels in split_files.items() for rel in rels
    )


def test_the_same_folder_gives_the_same_bytes(dataset, tmp_path):
    first = _write(dataset).read_bytes()
    again = tmp_path / "again"
    shutil.copytree(dataset, again)
    (again / CROISSANT_FILE).unlink()
    assert _write(again).read_bytes() == first
    text = first.decode("utf-8")
    assert "datePublished" not in text and str(dataset) not in text and mlc.__name__ not in text


@pytest.mark.parametrize(
    "split_files, message",
    [
        ({}, "no splits"),
        ({"train": []}, "no Parquet shard"),
        ({"train": ["data/test-00000-of-00001.parquet"]}, "not a shard name of split 'train'"),
        ({"train": ["train-00000-of-00001.parquet"]}, "not a shard name"),
    ],
)
def test_refuses_split_files_that_are_not_shards(dataset, split_files, message):
    with pytest.raises(ValueError, match=message):
        write_croissant(dataset, split_files, "News articles", "d")
    assert not (dataset / CROISSANT_FILE).exists()
