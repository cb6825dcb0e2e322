"""examples/experiment.py on a synthetic release made by the real `release` command.

The raw folder: 72 articles by six authors, written to the raw layout. Each author's articles are
made of paragraphs of "their" real articles of the test corpora (articles dealt out in turn), three
paragraphs each, so an author's words and topics are theirs, as in real author attribution.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, EXTRA_CORPUS, REPO
from releasing import run_cli, unseal

from builder.build import load_article

AUTHORS = ["Ada Brennan", "Bela Kovacs", "Chidi Okafor", "Dana Whitfield", "Emil Sorensen", "Farah Haddad"]
PER_AUTHOR = 12
SCRIPT = REPO / "examples" / "experiment.py"


def write_raw_articles(folder) -> None:
    real = []
    for corpus in (CORPUS, EXTRA_CORPUS):
        for path in sorted(corpus.glob("*.txt")):
            record = load_article(path, path.name)
            if isinstance(record, dict):
                real.append(record)
    rng = random.Random(2026)
    folder.mkdir(parents=True)
    for k, author in enumerate(AUTHORS):
        pool = [p for record in real[k :: len(AUTHORS)] for p in record["paragraphs"] if len(p) >= 200]
        for n in range(PER_AUTHOR):
            body = rng.sample(pool, 3)
            lines = [
                "FacebookTwitterRedditEmail",
                f"Field notes {k + 1}.{n + 1}",
                *body,
                "More articles by:",
                f"{author} is a reporter based in Ferris Junction.",
                "FacebookTwitterRedditEmail",
            ]
            (folder / f"a{k}-{n:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def release_dir(tmp_path_factory):
    base = tmp_path_factory.mktemp("experiment")
    write_raw_articles(base / "raw")
    proc = run_cli(
        "release",
        "--raw",
        base / "raw",
        "--releases",
        base / "releases",
        "--date",
        "2026-03-01",
        "--splits",
        "train=0.6,validation=0.2,test=0.2",
    )
    assert proc.returncode == 0, proc.stderr  # every synthetic article is a valid record
    yield base / "releases" / proc.stdout.strip()
    unseal(base)


def run_experiment(*args) -> subprocess.CompletedProcess:
    # conftest points HF_HOME at a temporary folder and sets offline mode; the child inherits both.
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=REPO)


def parse_output(stdout: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in stdout.splitlines())


def test_the_experiment_prints_the_pinned_release_and_a_metric(release_dir):
    manifest_bytes = (release_dir / "MANIFEST.json").read_bytes()
    manifest = json.loads(manifest_bytes)
    assert manifest["rows"]["train"] > 0 and manifest["rows"]["test"] > 0

    proc = run_experiment(
        release_dir,
        "--task",
        "author",
        "--expect-version",
        release_dir.name,
        "--expect-sha256",
        hashlib.sha256(manifest_bytes).hexdigest(),
    )
    assert proc.returncode == 0, proc.stderr
    out = parse_output(proc.stdout)
    assert out["release"] == manifest["version"] == "1.0.0"
    assert out["manifest_sha256"] == hashlib.sha256(manifest_bytes).hexdigest()
    assert re.fullmatch(r"[01]\.[0-9]{4}", out["accuracy"])
    accuracy, baseline = float(out["accuracy"]), float(out["majority_baseline"])
    assert 0.0 <= accuracy <= 1.0 and 0.0 <= baseline <= 1.0
    # The test split is the release's: as many records as the manifest says (all authors are in train).
    assert out["test"].startswith(f"{manifest['rows']['test']} records evaluated (0 ")
    assert out["train"] == f"{manifest['rows']['train']} records, {len(AUTHORS)} classes"
    # Authors write about their own topics here, so words beat guessing the most frequent author.
    assert accuracy > baseline


def test_a_tampered_release_is_not_used(release_dir, tmp_path):
    copy = tmp_path / release_dir.name
    shutil.copytree(release_dir, copy)
    unseal(copy)
    shard = next((copy / "data").glob("test-*.parquet"))
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    proc = run_experiment(copy)
    assert proc.returncode == 1
    assert "does not verify" in proc.stderr and f"data/{shard.name}: sha256:" in proc.stderr
    assert "accuracy" not in proc.stdout


@pytest.mark.parametrize("pin", [["--expect-version", "1.0.1"], ["--expect-sha256", "0" * 64]])
def test_another_version_than_the_pinned_one_is_not_used(release_dir, pin):
    proc = run_experiment(release_dir, *pin)
    assert proc.returncode == 1 and "not the pinned" in proc.stderr
    assert proc.stdout == ""


@pytest.fixture(scope="module")
def synth_release(tmp_path_factory):
    """The README's own-corpus walkthrough: a `corpus-builder synth` corpus, released."""
    base = tmp_path_factory.mktemp("synth-experiment")
    assert run_cli("synth", "--count", "150", "--out", base / "raw").returncode == 0
    proc = run_cli("release", "--raw", base / "raw", "--releases", base / "releases", "--date", "2026-03-01")
    assert proc.returncode == 0, proc.stderr
    yield base / "releases" / proc.stdout.strip()
    unseal(base)


def test_the_default_task_runs_on_a_corpus_of_one_off_authors(synth_release):
    """Issue 14, finding 7: the example failed on ordinary corpora. Its default task needs only paragraphs
    with and without attributed quotes, which any news corpus has."""
    proc = run_experiment(synth_release)
    assert proc.returncode == 0, proc.stderr
    out = parse_output(proc.stdout)
    assert out["task"].startswith("attributed speech in a paragraph")
    train = ds_rows(synth_release, "train")
    paragraphs = sum(len(r["paragraphs"]) for r in train)
    assert out["train"] == f"{paragraphs} paragraphs, 2 classes"
    assert float(out["accuracy"]) > float(out["majority_baseline"])


def test_the_author_task_says_what_a_corpus_needs_when_it_lacks_it(synth_release):
    out = {r["author"] for r in ds_rows(synth_release, "test")} & {r["author"] for r in ds_rows(synth_release, "train")}
    assert not out, "this test needs a test split whose authors are not in train"
    proc = run_experiment(synth_release, "--task", "author")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "nothing in test to evaluate on for the author task: it needs" in proc.stderr
    assert "--task speech" in proc.stderr


def ds_rows(release, split: str) -> list[dict]:
    return [
        row for path in sorted((release / "data").glob(f"{split}-*.parquet")) for row in pq.read_table(path).to_pylist()
    ]
