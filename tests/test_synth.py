"""The synthetic corpus: deterministic, prefix-stable, realistic, and valid where it should be."""

from __future__ import annotations

import functools
import json
import statistics
import subprocess
import sys
from collections import Counter

from builder.errors import Reject
from builder.parse import parse_article
from builder.rules import record_issues
from builder.synth import (
    DUPLICATE_WINDOW,
    HEADLINE_SPACE,
    MAX_LINKS,
    MAX_PARAGRAPHS,
    MIN_LINKS,
    MIN_PARAGRAPHS,
    RECORD_KINDS,
    headline_of,
    synth_corpus,
    synth_file,
    synth_path,
)

SEED = 7
SAMPLE = 3000  # files whose kinds are examined; rates are about 1%, so every kind shows up


@functools.cache
def sample() -> tuple:
    return tuple(synth_file(i, SEED) for i in range(SAMPLE))


def _tree(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_count_and_seed_give_the_same_bytes(tmp_path):
    a = synth_corpus(30, tmp_path / "a", seed=3)
    synth_corpus(30, tmp_path / "b", seed=3, workers=1)
    synth_corpus(30, tmp_path / "c", seed=4)
    assert len(a) == 30 and all(p.is_file() for p in a)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    first, other = _tree(tmp_path / "a"), _tree(tmp_path / "c")
    assert other.keys() == first.keys()
    assert sum(other[k] != v for k, v in first.items()) >= 25  # another seed, other articles


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    small = synth_corpus(1005, tmp_path / "small", seed=2)
    large = synth_corpus(1100, tmp_path / "large", seed=2)
    assert [p.relative_to(tmp_path / "small") for p in small] == [
        p.relative_to(tmp_path / "large") for p in large[:1005]
    ]
    for p, q in zip(small, large[: len(small)], strict=True):
        assert p.read_bytes() == q.read_bytes()
    # 1,000 files per folder, and path order is file order (a build reads files in path order).
    assert [p.parent.name for p in large[999:1001]] == ["0000", "0001"]
    assert sorted(large) == large
    assert synth_path(tmp_path, 1_234_567).relative_to(tmp_path).as_posix() == "1234/synth-1234567.txt"


def test_every_kind_appears_at_a_small_rate():
    kinds = Counter(f.kind for f in sample())
    assert set(kinds) == set(RECORD_KINDS) | {"duplicate", "reject"}
    damaged = SAMPLE - kinds["clean"]
    assert 0.02 * SAMPLE < damaged < 0.08 * SAMPLE, kinds
    assert {f.detail for f in sample() if f.kind == "reject"} == {
        "empty",
        "whitespace",
        "binary",
        "cookie-banner",
        "undecodable",
    }


def test_files_parse_validate_and_reject_as_designed():
    expected_reject = {
        "empty": "empty",
        "whitespace": "empty",
        "binary": "binary",
        "cookie-banner": "not-an-article",
        "undecodable": "undecodable",
    }
    checked = Counter()
    for i, f in enumerate(sample()):
        if f.kind == "clean" and i % 50:
            continue  # every 50th clean file, and every damaged one
        result = parse_article(f.data, f"synth-{i}.txt")
        if f.kind == "reject":
            assert isinstance(result, Reject) and result.type == expected_reject[f.detail], (i, f.detail, result)
        elif f.kind == "duplicate":
            j = int(f.detail.removeprefix("copy of "))
            assert i - DUPLICATE_WINDOW <= j < i and sample()[j].data == f.data
            assert sample()[j].kind in RECORD_KINDS or sample()[j].kind == "duplicate"
        else:
            assert isinstance(result, dict), (i, f.kind, result)
            assert record_issues(result) == [], (i, f.kind)
            expected_encoding = {"cp1252": "cp1252", "bom": "utf-8-sig"}.get(f.kind, "utf-8")
            assert result["source"]["encoding"] == expected_encoding
        checked[f.kind] += 1
    assert checked["clean"] >= 50 and len(checked) == 8


def test_articles_have_realistic_sizes_and_counts():
    sizes = [len(f.data) for f in sample()[:600] if f.kind == "clean"]
    assert 10_000 <= statistics.mean(sizes) <= 20_000
    assert min(sizes) > 2_000 and max(sizes) < 40_000
    paragraphs, links, quotes, speakers = [], [], 0, 0
    for f in sample()[:200]:
        if f.kind != "clean":
            continue
        record = parse_article(f.data, "x.txt")
        paragraphs.append(len(record["paragraphs"]))
        links.append(len(record["related_links"]))
        quotes += len(record["quotes"])
        speakers += sum(q["speaker"] is not None for q in record["quotes"])
        assert record["author"] is not None and record["bio"] is not None
    assert min(paragraphs) >= MIN_PARAGRAPHS and max(paragraphs) <= MAX_PARAGRAPHS
    assert max(paragraphs) - min(paragraphs) > 20  # the whole range is used, not one length
    assert min(links) >= MIN_LINKS and max(links) <= MAX_LINKS and max(links) - min(links) > 15
    # Quotes are common, and attribution finds a speaker for most but not all of them.
    assert quotes > 5 * len(paragraphs) and 0.4 < speakers / quotes < 0.95


def test_headlines_do_not_repeat():
    n = 200_000
    assert HEADLINE_SPACE > 5_000_000
    assert len({headline_of(i, SEED) for i in range(n)}) == n


def test_synth_command_writes_a_corpus_a_build_accounts_for(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "synth", "--count", "120", "--out", str(raw), "--seed", "10"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("wrote 120 files")
    kinds = Counter(synth_file(i, 10).kind for i in range(120))
    assert kinds["reject"] >= 2 and kinds["duplicate"] >= 1  # the seed was chosen for this
    build = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True
    )
    assert build.returncode == 0, build.stderr  # written, with its rejects reported
    summary = json.loads((out / "build-summary.json").read_text(encoding="utf-8"))
    assert summary["files_read"] == 120
    assert summary["rejected"] == kinds["reject"]
    assert summary["duplicates"] == kinds["duplicate"]
    assert summary["records"] == 120 - kinds["reject"] - kinds["duplicate"]
    # It refuses to write into a folder that holds anything.
    again = subprocess.run(
        [sys.executable, "-m", "builder", "synth", "--count", "1", "--out", str(raw)], capture_output=True, text=True
    )
    assert again.returncode == 2 and "not empty" in again.stderr
