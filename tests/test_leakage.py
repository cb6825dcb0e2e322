"""Through the real build: a corpus seeded with near-copies never has one article's near-copies in
two splits, the build lists the clusters, and a release keeps records where they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import datasets
from conftest import CORPUS, EXTRA_CORPUS
from releasing import unseal

from builder.build import build_dataset, load_article
from builder.dataset_folder import NEAR_DUPLICATES_FILE
from builder.release import release
from builder.render import render_article
from builder.splits import parse_split_spec, split_of

SPLITS = parse_split_spec("train=0.34,validation=0.33,test=0.33")


def _near_copy(record: dict, n: int) -> str:
    """The article under another headline (so another id), with a few words of its body changed."""
    copy = dict(record, headline=f"{record['headline']} (version {n})")
    paragraphs = list(copy["paragraphs"])
    last = paragraphs[-1].split(" ")
    last[len(last) // 2] = f"edited{n}"
    paragraphs[-1] = " ".join(last)
    copy["paragraphs"] = paragraphs
    return render_article(copy)


def _articles() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(EXTRA_CORPUS.glob("*.txt")):
        result = load_article(path, path.name)
        if isinstance(result, dict) and len(" ".join(result["paragraphs"]).split()) > 150:
            out.append((path.name, result))
    return out


def _seeded_raw(folder: Path) -> dict[str, set[str]]:
    """Raw files: every long test article, and for each of them two near-copies. Returns the
    families: original file name -> the ids of the original and its copies."""
    families = {}
    folder.mkdir(parents=True)
    for name, record in _articles():
        shutil.copy(CORPUS / name if (CORPUS / name).exists() else EXTRA_CORPUS / name, folder / name)
        ids = {record["id"]}
        for n in (1, 2):
            copy_path = folder / f"copy{n}-{name}"
            copy_path.write_text(_near_copy(record, n), encoding="utf-8")
            copied = load_article(copy_path, copy_path.name)
            assert isinstance(copied, dict)
            ids.add(copied["id"])
        assert len(ids) == 3
        families[name] = ids
    return families


def _split_by_id(out: Path) -> dict[str, str]:
    ds = datasets.load_dataset(str(out))
    return {rid: split for split in ds for rid in ds[split]["id"]}


def test_near_copies_never_span_two_splits(tmp_path):
    families = _seeded_raw(tmp_path / "raw")
    assert len(families) >= 20
    # The test has teeth: hashing ids alone would put some family in two splits.
    assert any(len({split_of(i, SPLITS) for i in ids}) > 1 for ids in families.values())

    result = build_dataset(tmp_path / "raw", tmp_path / "out", SPLITS)
    assert result.ok
    where = _split_by_id(tmp_path / "out")
    for name, ids in families.items():
        assert len({where[i] for i in ids}) == 1, name
    # The build lists the clusters: exactly the families, each with its split.
    listed = [json.loads(line) for line in (tmp_path / "out" / NEAR_DUPLICATES_FILE).read_text().splitlines()]
    assert {frozenset(c["ids"]) for c in listed} == {frozenset(ids) for ids in families.values()}
    assert all(where[i] == c["split"] for c in listed for i in c["ids"])
    assert result.summary.near_duplicate_clusters == len(families)


def test_a_release_keeps_splits_and_new_near_copies_join_their_cluster(tmp_path):
    raw = tmp_path / "raw"
    families = _seeded_raw(raw)
    releases = tmp_path / "releases"
    try:
        first = release(raw, releases, SPLITS, date="2026-01-01")
        before = _split_by_id(first.path)
        # A third near-copy of every article arrives: each joins its family's split, nothing moves.
        for name, record in _articles():
            (raw / f"copy3-{name}").write_text(_near_copy(record, 3), encoding="utf-8")
        second = release(raw, releases, SPLITS, date="2026-01-02")
        assert second.bump == "minor", second.diff
        after = _split_by_id(second.path)
        assert all(after[i] == split for i, split in before.items())
        for name in families:
            new = load_article(raw / f"copy3-{name}", "x")
            assert after[new["id"]] == before[next(iter(families[name]))]
    finally:
        unseal(tmp_path)
