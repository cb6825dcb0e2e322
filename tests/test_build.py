"""End to end: a raw folder becomes a dataset folder that `datasets` loads, with a card that
describes exactly the Parquet files, byte-identical across builds."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
import yaml
from conftest import CORPUS, REPO, gold_cases
from huggingface_hub import DatasetCard

from builder.build import build_dataset
from builder.config import NOT_STATED
from builder.render import render_article
from builder.splits import DEFAULT_SPLITS, parse_split_spec

SPLITS = parse_split_spec(DEFAULT_SPLITS)
CONTENT_FIELDS = ("headline", "author", "bio", "image_credit", "paragraphs", "related_links")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "dataset"
    proc = run_cli("build", "--raw", str(REPO / "raw"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def _all_rows(dsdict) -> list[dict]:
    return [row for split in dsdict.values() for row in split]


def test_load_dataset_gives_the_seed_record(seed_build, seed_gold):
    ds = datasets.load_dataset(str(seed_build))
    rows = _all_rows(ds)
    assert len(rows) == 1
    row = rows[0]
    for field in CONTENT_FIELDS:
        assert row[field] == seed_gold[field], field
    assert len(row["paragraphs"]) == 20
    assert len(row["quotes"]) == 15
    assert len(row["related_links"]) == 45
    assert row["author"] == "Gregory Elich"
    assert row["image_credit"] == "White House – Public Domain"
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", link["date"]) for link in row["related_links"])
    assert [q["text"] for q in row["quotes"]] == [q["text"] for q in seed_gold["quotes"]]


def test_streaming_gives_the_same_record(seed_build):
    eager = _all_rows(datasets.load_dataset(str(seed_build)))
    streamed = [row for split in datasets.load_dataset(str(seed_build), streaming=True).values() for row in split]
    assert streamed == eager


def test_card_declares_exactly_the_parquet_features(seed_build):
    card = DatasetCard.load(seed_build / "README.md")
    info = card.data.dataset_info
    card_features = datasets.Features._from_yaml_list(info["features"])
    configs = card.data.configs
    assert [c["config_name"] for c in configs] == ["default"] and info["config_name"] == "default"
    for entry in configs[0]["data_files"]:
        parquet_schema = pq.read_schema(seed_build / entry["path"])
        assert datasets.Features.from_arrow_schema(parquet_schema) == card_features
    split_rows = {s["name"]: s["num_examples"] for s in info["splits"]}
    for entry in configs[0]["data_files"]:
        assert pq.read_metadata(seed_build / entry["path"]).num_rows == split_rows[entry["split"]]
    assert all(s["num_bytes"] > 0 for s in info["splits"])
    # No config: language and license are the curators' to state (tests/test_config.py), never guessed.
    assert card.data.language is None and card.data.license is None
    assert card.data.size_categories == ["n<1K"]
    assert card.data.pretty_name and card.data.task_categories


def test_card_has_the_hub_template_sections(seed_build):
    text = (seed_build / "README.md").read_text(encoding="utf-8")
    for heading in [
        "## Dataset Details",
        "## Uses",
        "## Dataset Structure",
        "## Dataset Creation",
        "## Bias, Risks, and Limitations",
        "## Citation",
    ]:
        assert heading in text
    assert "Gregory Elich" in text  # the example record is real content
    assert f"- **License:** {NOT_STATED}" in text


def test_parquet_writer_options(seed_build):
    path = next((seed_build / "data").glob("*.parquet"))
    assert re.fullmatch(r"(train|validation|test)-00000-of-00001\.parquet", path.name)
    meta = pq.ParquetFile(path).metadata
    column = meta.row_group(0).column(0)
    assert column.compression == "ZSTD"
    assert column.has_offset_index  # page index on


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _mixed_raw(tmp: Path) -> Path:
    raw = tmp / "raw"
    raw.mkdir()
    for src, _ in gold_cases():
        shutil.copy(src, raw / src.name)
    return raw


def test_two_builds_are_byte_identical(tmp_path):
    raw = _mixed_raw(tmp_path)
    a = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "a"))
    b = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "b"), cwd=tmp_path)
    assert a.returncode == b.returncode == 0  # written; the corpus holds three reject files
    digest_a, digest_b = _tree_digest(tmp_path / "a"), _tree_digest(tmp_path / "b")
    assert digest_a == digest_b
    assert {"README.md", "rejects.jsonl", "build-summary.json", "article.schema.json"} <= set(digest_a)


def test_build_summary_adds_up_and_rejects_are_listed(tmp_path):
    # Good, bad and duplicate files together: the summary adds up and every file is accounted for.
    raw = _mixed_raw(tmp_path)
    seed = (CORPUS / "seed.txt").read_bytes()
    dev = (CORPUS / "dev-01-warehouse-heat-walkout.txt").read_bytes()
    copies = raw / "zz-copies"
    copies.mkdir()
    (copies / "seed-same-bytes.txt").write_bytes(seed)
    (copies / "seed-crlf.txt").write_bytes(seed.replace(b"\n", b"\r\n"))
    (copies / "seed-bom.txt").write_bytes(b"\xef\xbb\xbf" + seed)
    (copies / "dev-01-cp1252.txt").write_bytes(dev.decode("utf-8").encode("cp1252"))
    edited = seed.replace(b"Although widely derided", b"Although derided")
    (copies / "seed-edited.txt").write_bytes(edited)  # same headline and author, other text
    (raw / "undecodable.txt").write_bytes(b"FacebookTwitterRedditEmail\n\x81\x8d\x90 headline\n")
    (raw / "too-large.txt").write_bytes(seed * 30)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(seed)
    (raw / "link-out.txt").symlink_to(outside)
    os.mkfifo(raw / "a-fifo")
    proc = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--max-bytes", "100000")
    assert proc.returncode == 0, proc.stderr  # written; rejects are reported, not failures
    out = tmp_path / "out"
    summary = json.loads((out / "build-summary.json").read_text())
    assert summary["files_read"] == 14 + 5 + 4
    assert summary["records"] == 11
    assert summary["duplicates"] == 4
    assert summary["rejects_by_type"] == {
        "binary": 1,
        "duplicate-id": 1,
        "empty": 1,
        "not-a-regular-file": 2,
        "not-an-article": 1,
        "too-large": 1,
        "undecodable": 1,
    }
    assert summary["files_read"] == summary["records"] + summary["rejected"] + summary["duplicates"]
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    assert [(r["file"], r["type"]) for r in rejects] == [
        ("a-fifo", "not-a-regular-file"),
        ("dev-R1-empty.txt", "empty"),
        ("dev-R2-binary.txt", "binary"),
        ("dev-R3-cookie-consent.txt", "not-an-article"),
        ("link-out.txt", "not-a-regular-file"),
        ("too-large.txt", "too-large"),
        ("undecodable.txt", "undecodable"),
        ("zz-copies/seed-edited.txt", "duplicate-id"),
    ]
    assert "seed.txt" in rejects[-1]["message"] and "paragraphs" in rejects[-1]["message"]
    duplicates = [json.loads(line) for line in (out / "duplicates.jsonl").read_text().splitlines()]
    assert [(d["file"], d["duplicate_of"]) for d in duplicates] == [
        ("zz-copies/dev-01-cp1252.txt", "dev-01-warehouse-heat-walkout.txt"),
        ("zz-copies/seed-bom.txt", "seed.txt"),
        ("zz-copies/seed-crlf.txt", "seed.txt"),
        ("zz-copies/seed-same-bytes.txt", "seed.txt"),
    ]
    assert "files read: 23" in proc.stdout and "rejected: 8" in proc.stdout and "duplicates: 4" in proc.stdout
    # all_checks: datasets compares the card's num_examples with what it loads; num_bytes it
    # records itself, and the card must agree.
    ds = datasets.load_dataset(str(tmp_path / "out"), verification_mode="all_checks")
    assert sum(split.num_rows for split in ds.values()) == 11
    card_bytes = {
        s["name"]: s["num_bytes"] for s in DatasetCard.load(tmp_path / "out" / "README.md").data.dataset_info["splits"]
    }
    assert {name: split.info.splits[name].num_bytes for name, split in ds.items()} == card_bytes
    assert set(ds) == set(summary["records_by_split"])


def test_hostile_text_cannot_break_the_card(tmp_path):
    hostile = {
        "headline": "--- {{ card_data }} ```",
        "image_credit": "<script>alert(1)</script>",
        "paragraphs": [
            "---",
            "```",
            "{% raw %}{{ 7*7 }}{% endraw %}",
            "x " * 500_000 + "end",
            "<img src=x onerror=alert(1)> | a | b |",
            "# Not a heading [link](javascript:alert(1))",
        ],
        "bio": "---\n\nlicense: mit\n\nZed Hostile is ```evil``` <b>bold</b>",
        "related_links": [{"date": "2020-01-01", "author": "---", "title": "```"}],
    }
    frame = [
        {"line": "FacebookTwitterRedditEmail", "rule": "share-buttons", "links_before": 0},
        {"line": "More articles by:", "rule": "more-articles-marker", "links_before": 0},
    ]
    record = {"id": "", "author": None, "quotes": [], "source": {}, "boilerplate": frame, **hostile}
    benign = {
        **record,
        "headline": "A plain headline",
        "image_credit": None,
        "bio": None,
        "paragraphs": ["Plain text."],
        "related_links": [],
    }
    cards = {}
    for name, rec in [("hostile", record), ("benign", benign)]:
        raw = tmp_path / name / "raw"
        raw.mkdir(parents=True)
        (raw / "article.txt").write_text(render_article(rec), encoding="utf-8")
        out = tmp_path / name / "out"
        result = build_dataset(raw, out, SPLITS)
        assert result.ok, result.rejects
        cards[name] = DatasetCard.load(out / "README.md")
        text = (out / "README.md").read_text(encoding="utf-8")
        front = text.split("\n---\n", 1)[0]
        assert yaml.safe_load(front.removeprefix("---\n")) == cards[name].data.to_dict()
    h, b = cards["hostile"].data.to_dict(), cards["benign"].data.to_dict()
    # Same metadata; only the byte counts differ with the content.
    for info in (h["dataset_info"], b["dataset_info"]):
        for key in ("download_size", "dataset_size"):
            info.pop(key)
        for split in info["splits"]:
            split.pop("num_bytes")
    h_splits, b_splits = h["dataset_info"].pop("splits"), b["dataset_info"].pop("splits")
    h_files, b_files = h.pop("configs"), b.pop("configs")
    assert h == b
    assert [s["num_examples"] for s in h_splits] == [s["num_examples"] for s in b_splits] == [1]
    assert len(h_files[0]["data_files"]) == len(b_files[0]["data_files"]) == 1
    body = cards["hostile"].text
    assert len(body) < 100_000  # the megabyte line is shortened in the card
    # The example record's code fence survives its content (backtick runs inside) and holds valid
    # JSON; inside a code block, HTML and Markdown are shown, not interpreted.
    fence = re.search(r"^(`{3,})json\n(.*?)\n\1$", body, re.S | re.M)
    assert fence is not None and len(fence.group(1)) > 3
    example = json.loads(fence.group(2))
    assert example["headline"] == hostile["headline"]
    assert example["image_credit"] == hostile["image_credit"]
    prose = body[: fence.start()] + body[fence.end() :]
    for raw_html in ("<script>", "<img", "<b>"):
        assert raw_html not in prose
    assert "&lt;script&gt;" in prose  # shown escaped in the fields table
    assert not any(t in prose for t in ("{{", "{%", "{#"))  # template syntax is neither run nor left live
    assert not any(line.strip() == "---" for line in prose.splitlines())  # no YAML-like block ends


def test_build_refuses_to_overwrite_a_foreign_folder(tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    proc = run_cli("build", "--raw", str(REPO / "raw"), "--out", str(out))
    assert proc.returncode == 2
    assert "holds files this tool did not write (notes.txt)" in proc.stderr
    assert (out / "notes.txt").read_text() == "mine"


def test_rebuild_replaces_an_earlier_build(tmp_path):
    raw = _mixed_raw(tmp_path)
    out = tmp_path / "out"
    assert run_cli("build", "--raw", str(raw), "--out", str(out)).returncode == 0
    for path in raw.glob("dev-*"):
        path.unlink()
    assert run_cli("build", "--raw", str(raw), "--out", str(out)).returncode == 0
    assert len(list((out / "data").glob("*.parquet"))) == 1  # no stale shards from the first build
    assert json.loads((out / "build-summary.json").read_text())["records"] == 1
