"""A unit's per-record keys: the record digest tells records apart exactly when they differ but for
`source`, over the fields that are not derived; the keys are those of the records one by one."""

from __future__ import annotations

import copy
import json
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from conftest import CORPUS, EXTRA_CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.build import load_article
from builder.defaults import DEFAULT_MAX_BYTES
from builder.rules import record_issues
from builder.schema import schema_bytes
from builder.work import (
    DERIVED_FIELDS,
    DIGEST_FIELDS,
    Unit,
    UnitTarget,
    plan_units,
    process_unit,
    record_digest,
    unit_folder,
)

RECORDS = [
    record
    for folder in (CORPUS, EXTRA_CORPUS)
    for path in sorted(folder.glob("*.txt"))
    if isinstance(record := load_article(path, path.name), dict)
]


def test_the_digest_fields_are_the_schemas_fields_but_source_and_the_derived_ones():
    schema = json.loads(schema_bytes())
    fields = set(schema["properties"])
    assert fields == {*DIGEST_FIELDS, *DERIVED_FIELDS, "source"}
    assert schema["additionalProperties"] is False
    # The texts the digest takes of a related link and a boilerplate entry: all of their fields.
    definitions = schema.get("$defs") or schema.get("definitions") or {}
    items = {name: set(definitions[name]["properties"]) for name in definitions if "properties" in definitions[name]}
    assert {"date", "author", "title"} in items.values()
    assert {"line", "rule", "links_before"} in items.values()


def test_records_equal_but_for_source_have_one_digest():
    for record in RECORDS:
        other = copy.deepcopy(record)
        other["source"] = {"path": "elsewhere.txt", "sha256": "0" * 64, "encoding": "utf-8"}
        assert record_digest(other) == record_digest(record)


def test_the_real_records_have_distinct_digests():
    assert len({record_digest(r) for r in RECORDS}) == len(RECORDS) > 30


def _variants(record: dict) -> list[dict]:
    """Valid-shaped changes of each hashed field, including ones that move text between fields."""
    out = []

    def changed(**fields: object) -> None:
        out.append({**copy.deepcopy(record), **fields})

    paragraphs = record["paragraphs"]
    changed(headline=record["headline"] + "!")
    changed(bio=None if record["bio"] is not None else "")
    changed(bio=(record["bio"] or "") + "x")
    changed(image_credit=None if record["image_credit"] is not None else "")
    changed(image_credit=(record["image_credit"] or "") + "x")
    changed(paragraphs=paragraphs[:-1])
    changed(paragraphs=[*paragraphs, ""])
    if len(paragraphs) > 1:
        # The same characters, cut elsewhere: the lengths tell them apart.
        changed(paragraphs=[paragraphs[0] + paragraphs[1][:1], paragraphs[1][1:], *paragraphs[2:]])
        changed(paragraphs=[paragraphs[1], paragraphs[0], *paragraphs[2:]])
    changed(headline=record["headline"] + paragraphs[0][:1], paragraphs=[paragraphs[0][1:], *paragraphs[1:]])
    links = record["related_links"]
    if links:
        for key in ("date", "author", "title"):
            changed(related_links=[{**links[0], key: links[0][key] + "1"}, *links[1:]])
        changed(related_links=links[1:])
    boilerplate = record["boilerplate"]
    if boilerplate:
        changed(boilerplate=[{**boilerplate[0], "links_before": boilerplate[0]["links_before"] + 1}, *boilerplate[1:]])
        changed(boilerplate=[{**boilerplate[0], "line": boilerplate[0]["line"] + "x"}, *boilerplate[1:]])
        changed(boilerplate=[{**boilerplate[0], "rule": boilerplate[0]["rule"] + "x"}, *boilerplate[1:]])
        changed(boilerplate=boilerplate[1:])
    return out


def test_a_change_of_any_hashed_field_changes_the_digest():
    for record in RECORDS[:12]:
        digest = record_digest(record)
        for variant in _variants(record):
            assert record_digest(variant) != digest, {k: variant[k] for k in DIGEST_FIELDS if variant[k] != record[k]}


_TEXT = st.text(st.sampled_from("ab \u00e9\u201c\U0001f642\ud800"), max_size=4)


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.none() | _TEXT,
            st.none() | _TEXT,
            st.lists(_TEXT, max_size=3),
            st.lists(st.tuples(_TEXT, _TEXT, _TEXT), max_size=2),
            st.lists(st.tuples(_TEXT, _TEXT, st.integers(0, 3)), max_size=2),
        ),
        min_size=2,
        max_size=2,
    )
)
def test_equal_digests_only_for_equal_hashed_fields(pair):
    # Any two shapes and texts (lone surrogates too): the digests agree exactly when the fields do.
    records = []
    for bio, credit, paragraphs, links, boilerplate in pair:
        records.append(
            {
                "headline": "h",
                "bio": bio,
                "image_credit": credit,
                "paragraphs": paragraphs,
                "related_links": [{"date": d, "author": a, "title": t} for d, a, t in links],
                "boilerplate": [{"line": x, "rule": r, "links_before": n} for x, r, n in boilerplate],
            }
        )
    a, b = records
    assert (record_digest(a) == record_digest(b)) == (a == b)


def test_the_records_of_the_corpus_passed_the_rules_the_digest_relies_on():
    # The derived fields are left out because every record a unit keeps passed the record rules.
    assert all(record_issues(r) == [] for r in RECORDS)


def _unit_in_pool_worker(target: UnitTarget, unit: Unit) -> tuple[bool, bool]:
    """Run in a pool worker: (pandas imported before, pandas imported after) the unit."""
    before = "pandas" in sys.modules
    process_unit(target, unit)
    return before, "pandas" in sys.modules


def _unit_files(work: Path, unit: Unit, run: str) -> dict[str, bytes]:
    folder = unit_folder(work, unit.index, run)
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_pool_worker_writes_the_same_unit_without_importing_pandas(tmp_path):
    files = [(path.name, str(path)) for path in sorted(CORPUS.glob("*.txt"))[:12]]
    (unit,) = plan_units(files, unit_files=len(files))
    for name in ("here", "pool"):
        (tmp_path / name / "units").mkdir(parents=True)
        (tmp_path / name / "done").mkdir()
    here = UnitTarget(str(tmp_path / "here"), "r1", DEFAULT_MAX_BYTES)
    pool = UnitTarget(str(tmp_path / "pool"), "r1", DEFAULT_MAX_BYTES)
    process_unit(here, unit)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
        before, after = executor.submit(_unit_in_pool_worker, pool, unit).result()
    assert not before and not after
    written = _unit_files(tmp_path / "pool", unit, "r1")
    assert set(written) == {"records.arrow", "keys.arrow", "inputs.arrow", "rejects.jsonl"}
    assert written == _unit_files(tmp_path / "here", unit, "r1")
