"""Releases as a user makes them: the version follows the record diff, releases are complete,
sealed, verifiable, loadable, reproducible, and refused with a reason when they must be."""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
import sys

import datasets
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, REPO
from releasing import EMPTY, A, B, C, edit_a, id_of, is_sealed, make_raw, run_cli, tree_digest, unseal, version_dirs

from builder.build import BuildOptions, build_dataset
from builder.config import load_config
from builder.diff import RecordChange, diff_datasets
from builder.errors import MISMATCH_TYPES, RELEASE_ERROR_TYPES, OutputDirError, ReleaseError
from builder.manifest import raw_inputs_digest, verify
from builder.release import (
    CHANGELOG_HEADER,
    LOCK_FILE,
    STAGING_PREFIX,
    release,
)
from builder.splits import DEFAULT_SPLITS, parse_split_spec, split_of
from builder.work import CHECKPOINTS, KILL_ENV, UNITS_DONE

SPLITS = parse_split_spec(DEFAULT_SPLITS)
RELEASE_FILES = {
    "README.md",
    "article.schema.json",
    "MANIFEST.json",
    "CHANGELOG.md",
    "lengths.png",
    "DATASHEET.md",
    "croissant.json",
    "near-duplicates.jsonl",
}
# The HTML report (builder/report): its page, style and script, and its data scripts (one chunk of records here).
REPORT_FILES = {
    f"report/{name}"
    for name in (
        "index.html",
        "report.css",
        "report.js",
        "data/overview.js",
        "data/records.js",
        "data/records-00000.js",
        "data/rejects.js",
        "data/diff.js",
    )
}
# The parts of the report's long lists (every reject, duplicate, cluster and added, removed or moved
# record), as many as the lists need.
REPORT_PARTS = re.compile(r"report/data/(rejects|duplicates|clusters|added|removed|moves)-\d{5}\.js")


def _parts(files) -> set[str]:
    return {f for f in files if REPORT_PARTS.fullmatch(f)}


@pytest.fixture(autouse=True)
def _unseal_tmp(tmp_path):
    yield
    unseal(tmp_path)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """One releases folder taken through the four kinds of change and an unchanged input (the last
    by the CLI, which says so; the others in-process, as the CLI's other tests run it enough)."""
    base = tmp_path_factory.mktemp("history")
    raw = make_raw(base / "raw", [A, B])
    releases = base / "releases"

    def step(date):
        return release(raw, releases, SPLITS, date=date)

    steps = {"first": step("2026-01-01")}
    edit_a(raw)
    steps["edit"] = step("2026-01-02")
    shutil.copy(CORPUS / C, raw / C)
    steps["add"] = step("2026-01-03")
    (raw / B).unlink()
    steps["remove"] = step("2026-01-04")
    steps["unchanged"] = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-05")
    yield {"raw": raw, "releases": releases, "steps": steps}
    unseal(base)


def _manifest(folder):
    return json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))


def test_the_first_release_is_v1_0_0(history):
    result = history["steps"]["first"]
    assert (result.version, result.bump, result.previous, result.diff) == ("1.0.0", "initial", None, None)
    assert result.path == history["releases"] / "v1.0.0"
    assert _manifest(result.path)["bump"] == "initial"


def test_editing_a_paragraph_bumps_patch(history):
    result = history["steps"]["edit"]
    assert result.version == "1.0.1"
    d = diff_datasets(history["releases"] / "v1.0.0", history["releases"] / "v1.0.1")
    assert (d.added, d.removed) == ([], [])
    # The id comes from headline and author, so a corrected body is the same record; the raw file's
    # sha256 changed with it.
    assert d.changed == [RecordChange(id_of(A), ["paragraphs", "source"])]
    assert d.bump == result.bump == "patch" and _manifest(history["releases"] / "v1.0.1")["bump"] == "patch"
    assert result.diff.to_dict() == d.to_dict()  # the release decided on the same diff


def test_adding_a_file_bumps_minor(history):
    result = history["steps"]["add"]
    assert result.version == "1.1.0"
    d = diff_datasets(history["releases"] / "v1.0.1", history["releases"] / "v1.1.0")
    assert (d.added, d.removed, d.changed) == ([id_of(C)], [], [])
    assert d.bump == result.bump == "minor"


def test_removing_a_file_bumps_major(history):
    result = history["steps"]["remove"]
    assert result.version == "2.0.0"
    d = diff_datasets(history["releases"] / "v1.1.0", history["releases"] / "v2.0.0")
    assert (d.added, d.removed, d.changed) == ([], [id_of(B)], [])
    assert d.bump == result.bump == "major"


def test_an_unchanged_input_makes_no_release(history):
    proc = history["steps"]["unchanged"]
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "no change since v2.0.0" in proc.stderr and "no release made" in proc.stderr
    assert version_dirs(history["releases"]) == ["v1.0.0", "v1.0.1", "v1.1.0", "v2.0.0"]
    assert not [p for p in history["releases"].iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_diff_json_lists_exactly_the_changed_ids(history):
    proc = run_cli("diff", history["releases"] / "v1.0.0", history["releases"] / "v2.0.0", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["added"] == [id_of(C)]
    assert out["removed"] == [id_of(B)]
    assert out["changed"] == [{"id": id_of(A), "fields": ["paragraphs", "source"]}]
    assert out["split_moves"] == []
    assert out["schema"]["changed"] is False and out["bump"] == "major"
    text = run_cli("diff", history["releases"] / "v1.0.0", history["releases"] / "v1.0.1")
    assert text.returncode == 0
    assert f"  {id_of(A)}: paragraphs, source" in text.stdout.splitlines()


def test_every_release_verifies_and_is_sealed(history):
    for name in version_dirs(history["releases"]):
        folder = history["releases"] / name
        assert verify(folder) == [], name
        assert is_sealed(folder), name


def test_a_release_folder_holds_exactly_what_a_hub_repository_would(history):
    folder = history["releases"] / "v2.0.0"
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    data = {f for f in files if f.startswith("data/")}
    assert files == RELEASE_FILES | REPORT_FILES | _parts(files) | data and data
    assert all(re.fullmatch(r"data/[a-z]+-00000-of-00001\.parquet", f) for f in data)
    manifest = _manifest(folder)
    assert set(manifest["files"]) == files - {"MANIFEST.json"}
    assert manifest["version"] == "2.0.0" and manifest["date"] == "2026-01-04"
    assert manifest["previous_version"] == "1.1.0" and manifest["bump"] == "major"
    assert manifest["schema_sha256"] == manifest["files"]["article.schema.json"]["sha256"]
    assert manifest["raw_inputs"] == raw_inputs_digest(history["raw"]) and manifest["raw_inputs"]["files"] == 2
    rows = {f.split("/")[1].split("-")[0]: pq.read_metadata(folder / f).num_rows for f in data}
    assert manifest["rows"] == rows and sum(rows.values()) == 2
    assert manifest["rejects"] == [] and manifest["build"]["files_read"] == 2
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert "`MANIFEST.json` beside this card" in card
    assert "rejects.jsonl" not in card and "build-summary.json" not in card
    # The card carries no version or date, so an unchanged input gives an unchanged card.
    assert "2.0.0" not in card and "2026-01-04" not in card
    ds = datasets.load_dataset(str(folder), verification_mode="all_checks")
    assert {name: split.num_rows for name, split in ds.items()} == rows
    assert sorted(row["id"] for split in ds.values() for row in split) == sorted([id_of(A), id_of(C)])


def test_the_changelog_holds_the_full_history_newest_first(history):
    releases = history["releases"]
    log = (releases / "v2.0.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.startswith(CHANGELOG_HEADER)
    assert re.findall(r"^## (v\S+) \((\S+)\)$", log, re.M) == [
        ("v2.0.0", "2026-01-04"),
        ("v1.1.0", "2026-01-03"),
        ("v1.0.1", "2026-01-02"),
        ("v1.0.0", "2026-01-01"),
    ]
    previous = (releases / "v1.1.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.endswith(previous.removeprefix(CHANGELOG_HEADER))
    entry = log.split("\n## ")[1]
    assert "MAJOR from v1.1.0, as the diff requires: 1 record removed" in entry
    assert f"- Removed: `{id_of(B)}`." in entry
    patch_entry = log.split("## v1.0.1")[1].split("\n## ")[0]
    assert f"- Changed: `{id_of(A)}` (paragraphs, source)." in patch_entry
    assert "- Fields changed: `paragraphs` in 1 record, `source` in 1 record." in patch_entry


def test_two_releases_in_separate_processes_are_byte_identical(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B, EMPTY])
    a = run_cli("release", "--raw", raw, "--releases", tmp_path / "a", "--date", "2026-02-01")
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(raw, elsewhere / "input")
    b = run_cli("release", "--raw", "input", "--releases", tmp_path / "b", "--date", "2026-02-01", cwd=elsewhere)
    assert a.returncode == b.returncode == 0  # released; the empty file is a reject, reported
    assert a.stdout == b.stdout == "v1.0.0\n"
    digest = tree_digest(tmp_path / "a" / "v1.0.0")
    assert digest == tree_digest(tmp_path / "b" / "v1.0.0")
    assert set(digest) == RELEASE_FILES | REPORT_FILES | _parts(digest) | {p for p in digest if p.startswith("data/")}
    assert _manifest(tmp_path / "a" / "v1.0.0")["rejects"] == [
        {"file": EMPTY, "type": "empty", "message": "the file is empty"}
    ]
    # Another date changes the manifest, the changelog, croissant.json's datePublished and the
    # report's overview (which names the release and its date) only: data and card are the same bytes.
    release(raw, tmp_path / "c", SPLITS, date="2026-03-01")
    other = tree_digest(tmp_path / "c" / "v1.0.0")
    assert {k for k in digest if digest[k] != other[k]} == {
        "MANIFEST.json",
        "CHANGELOG.md",
        "croissant.json",
        "report/data/overview.js",
    }


def test_a_bump_lower_than_the_diff_requires_is_refused_with_the_reason(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    shutil.copy(CORPUS / B, raw / B)
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--bump", "patch", "--date", "2026-01-02")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "refused: bump-too-low: --bump patch is lower than the diff requires: minor (1 record added" in proc.stderr
    assert version_dirs(releases) == ["v1.0.0"]
    assert not [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
    # A higher bump than needed is the maintainer's call, and the changelog says so.
    result = release(raw, releases, SPLITS, bump="major", date="2026-01-02")
    assert result.version == "2.0.0"
    log = (releases / "v2.0.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "MAJOR from v1.0.0, as requested (the diff requires MINOR: 1 record added" in log


def test_a_date_before_the_latest_release_is_refused(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-03-10")
    shutil.copy(CORPUS / B, raw / B)
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-03-09")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "refused: date-before-latest: --date 2026-03-09 is before 2026-03-10" in proc.stderr
    assert "the latest release v1.0.0" in proc.stderr
    assert version_dirs(releases) == ["v1.0.0"]
    assert not [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
    # The same day is not going back: a second release that day is made.
    assert release(raw, releases, SPLITS, date="2026-03-10").version == "1.1.0"
    with pytest.raises(ReleaseError) as exc:
        release(raw, releases, SPLITS, date="2025-12-31")
    assert exc.value.type == "date-before-latest" and "v1.1.0" in exc.value.message


def test_an_existing_version_is_never_overwritten(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    shutil.copy(CORPUS / B, raw / B)
    (releases / "v1.1.0").write_text("someone else's file")  # not a release folder, but the name is taken
    with pytest.raises(ReleaseError) as exc:
        release(raw, releases, SPLITS, date="2026-01-02")
    assert exc.value.type == "version-exists"
    assert (releases / "v1.1.0").read_text() == "someone else's file"
    assert not [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
    assert not (releases / ".work").exists(), "a refused release keeps no parsed records in RELEASES/.work"


def test_a_changed_latest_release_is_not_built_upon(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    card = releases / "v1.0.0" / "README.md"
    unseal(releases / "v1.0.0")
    card.write_bytes(card.read_bytes() + b"\n")
    shutil.copy(CORPUS / B, raw / B)
    with pytest.raises(ReleaseError) as exc:
        release(raw, releases, SPLITS, date="2026-01-02")
    assert exc.value.type == "previous-release-invalid"
    assert "README.md: size" in exc.value.message
    assert version_dirs(releases) == ["v1.0.0"]


def test_a_record_that_would_change_split_is_refused_unless_major_is_asked_for(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    everything = parse_split_spec("all=1")
    with pytest.raises(ReleaseError) as exc:
        release(raw, releases, everything, date="2026-01-02")
    assert exc.value.type == "split-moved" and "--bump major" in exc.value.message
    with pytest.raises(ReleaseError) as exc:
        release(raw, releases, everything, bump="minor", date="2026-01-02")
    assert exc.value.type == "split-moved"
    result = release(raw, releases, everything, bump="major", date="2026-01-02")
    assert result.version == "2.0.0"
    moved = sorted(m.id for m in result.diff.split_moves)
    assert moved == sorted([id_of(A), id_of(B)]) and all(m.new == "all" for m in result.diff.split_moves)
    assert "- Split moves: `" in (releases / "v2.0.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    proc = run_cli("diff", releases / "v1.0.0", releases / "v2.0.0", "--json")
    assert proc.returncode == 1  # a split move is the one difference that must never happen
    assert sorted(m["id"] for m in json.loads(proc.stdout)["split_moves"]) == moved


def test_a_build_without_records_is_not_released(tmp_path):
    raw = make_raw(tmp_path / "raw", [EMPTY])
    with pytest.raises(ReleaseError) as exc:
        release(raw, tmp_path / "releases", SPLITS, date="2026-01-01")
    assert exc.value.type == "no-records" and "1 rejected" in exc.value.message
    assert version_dirs(tmp_path / "releases") == []
    (raw / EMPTY).unlink()  # no file at all: refused before anything is read, as a build is
    proc = run_cli("release", "--raw", raw, "--releases", tmp_path / "releases", "--date", "2026-01-01")
    assert proc.returncode == 2 and proc.stderr.startswith(f"refused: no-input: --raw {raw} has no file to read")
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == [".release.lock"]  # no work folder left


def test_a_card_only_change_is_a_patch(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    result = release(raw, releases, SPLITS, date="2026-01-02", pretty_name="Renamed corpus")
    assert result.version == "1.0.1" and result.bump == "patch"
    assert (result.diff.added, result.diff.removed, result.diff.changed) == ([], [], [])
    assert result.diff.card_changed and [r for _, r in result.diff.reasons] == [
        "dataset card changed",
        "DATASHEET.md changed",
    ]


def test_a_release_in_progress_holds_the_lock(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    releases.mkdir()
    with open(releases / LOCK_FILE, "w") as fh:  # this open file is the release in progress
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(ReleaseError) as exc:
            release(raw, releases, SPLITS, date="2026-01-01")
    assert exc.value.type == "locked" and "is in use by another run" in exc.value.message
    assert version_dirs(releases) == []
    assert release(raw, releases, SPLITS, date="2026-01-01").version == "1.0.0"  # released with the lock


def test_two_concurrent_releases_make_one_version(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    cmd = [
        sys.executable,
        "-m",
        "builder",
        "release",
        "--raw",
        str(raw),
        "--releases",
        str(releases),
        "--date",
        "2026-01-01",
    ]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = []
    for p in procs:
        out, err = p.communicate()
        results.append((p.returncode, out, err))
    assert version_dirs(releases) == ["v1.0.0"]
    assert verify(releases / "v1.0.0") == []
    # Whichever ran second either found the lock held, or found v1.0.0 and nothing to change.
    made = [r for r in results if r[1] == "v1.0.0\n"]
    assert len(made) == 1 and made[0][0] == 0
    other = next(r for r in results if r is not made[0])
    assert (other[0] == 2 and "locked" in other[2]) or (other[0] == 0 and "no change since v1.0.0" in other[2])


def test_a_release_or_a_dataset_folder_is_no_place_to_write(history, tmp_path):
    """A new release, a build's output or its work units written into a release would make it fail
    `verify`; a releases folder inside a dataset folder would be carried along by its next build."""
    raw, releases = history["raw"], history["releases"]
    latest = releases / version_dirs(releases)[-1]
    before = tree_digest(releases)
    (tmp_path / "link").symlink_to(latest)
    for target in (latest, latest / "data" / "new", tmp_path / "link" / "sub"):
        with pytest.raises(ReleaseError) as refused:
            release(raw, target, SPLITS, date="2026-02-01")
        assert refused.value.type == "not-a-releases-folder" and str(latest) in refused.value.message
    for out, work in ((latest / "new", tmp_path / "w"), (tmp_path / "ds", latest / "work")):
        with pytest.raises(OutputDirError, match="inside the release .* fail to verify"):
            build_dataset(raw, out, SPLITS, options=BuildOptions(work_dir=work))
    # a release under another name (a copy, a download) is known by its manifest; a version's place in a releases
    # folder is refused before it exists (a release made there made the next release refuse the folder)
    copy = tmp_path / "copy"
    shutil.copytree(latest, copy, symlinks=True)
    for target in (copy, copy / "sub", releases / "v9.9.9"):
        with pytest.raises(ReleaseError) as refused:
            release(raw, target, SPLITS, date="2026-02-01")
        assert refused.value.type == "not-a-releases-folder"
    with pytest.raises(OutputDirError, match="the place of version v9.9.9 in the releases folder"):
        build_dataset(raw, releases / "v9.9.9", SPLITS)
    # a copy whose files are links (a Hub cache's snapshot) is a release too; a manifest nested too deep is no traceback
    links = tmp_path / "links"
    links.mkdir()
    for entry in latest.iterdir():
        (links / entry.name).symlink_to(entry)
    with pytest.raises(ReleaseError):
        release(raw, links / "sub", SPLITS, date="2026-02-01")
    deep = tmp_path / "deep"
    deep.mkdir()
    (deep / "MANIFEST.json").write_text("[" * 200_000 + "]" * 200_000)
    built = run_cli("build", "--raw", raw, "--out", deep / "ds")
    assert built.returncode == 0 and "Traceback" not in built.stderr, built.stderr[-500:]
    # a build's output called 'release' locks '.release.lock' beside it: no releases folder, and no version's place
    beside = tmp_path / "beside"
    build_dataset(raw, beside / "release", SPLITS)
    assert (beside / ".release.lock").exists()
    build_dataset(raw, beside / "v1.0.0", SPLITS)
    report = run_cli("report", latest, "--out", latest / "rep")
    assert (
        report.returncode == 2 and "refused: report-folder:" in report.stderr and "a release is sealed" in report.stderr
    )
    unseal(copy)
    assert tree_digest(releases) == before and verify(latest) == [] and not (releases / "v9.9.9").exists()
    dataset = tmp_path / "ds"
    build_dataset(raw, dataset, SPLITS)
    made = sorted(p.name for p in dataset.iterdir())
    with pytest.raises(ReleaseError, match="is a dataset folder") as refused:
        release(raw, dataset, SPLITS, date="2026-02-01")
    assert refused.value.type == "not-a-releases-folder"
    assert sorted(p.name for p in dataset.iterdir()) == made
    # nor a build's work folder, which a finished build removes with all it holds
    work = tmp_path / "work"
    killed = run_cli(
        "build", "--raw", raw, "--out", tmp_path / "ds2", "--work-dir", work, env={KILL_ENV: f"{UNITS_DONE}:1"}
    )
    assert killed.returncode != 0 and work.is_dir()
    with pytest.raises(ReleaseError, match="a build's work folder") as refused:
        release(raw, work, SPLITS, date="2026-02-01")
    assert not list(work.glob("v*"))


def test_release_usage_errors_exit_2(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    bad_date = run_cli("release", "--raw", raw, "--releases", tmp_path / "r", "--date", "2026-02-30")
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr
    (tmp_path / "file").write_text("x")
    not_a_folder = run_cli("release", "--raw", raw, "--releases", tmp_path / "file", "--date", "2026-01-01")
    assert not_a_folder.returncode == 2 and "not-a-releases-folder" in not_a_folder.stderr
    assert not (tmp_path / "r").exists()


def test_the_docs_document_releases():
    releases_doc = (REPO / "docs" / "releases.md").read_text(encoding="utf-8")
    for slug in {**RELEASE_ERROR_TYPES, **MISMATCH_TYPES}:
        assert re.search(rf"^\| `{re.escape(slug)}` \|", releases_doc, re.M), (
            f"{slug} is not in docs/releases.md's tables"
        )
    assert KILL_ENV in releases_doc and all(f"`{c}`" in releases_doc for c in CHECKPOINTS)
    for text in (
        'load_dataset("releases/v1.2.0")',
        'revision="v1.2.0"',
        "upload_folder(",
        "create_tag(",
        "hf upload",
        "hf repos tag create",
    ):
        assert text in releases_doc, text


def test_changed_ratios_apply_to_new_records_and_the_card_says_so(tmp_path):
    """Issue 14, finding 4: `release --splits` with new ratios keeps every released record in its split
    (no move, no major bump), deals only the new records by the new ratios, and the card, the manifest
    and the docs say exactly that."""
    raw = make_raw(tmp_path / "raw", [A, B])
    releases = tmp_path / "releases"
    first = release(raw, releases, SPLITS, date="2026-01-01")
    before = {r["id"]: split for split, rows in _rows_by_split(first.path).items() for r in rows}
    card_v1 = (first.path / "README.md").read_text(encoding="utf-8")
    assert "ratios changed" not in card_v1  # nothing carried over into a first release
    shutil.copy(CORPUS / C, raw / C)
    ratios = parse_split_spec("train=0.5,validation=0.25,test=0.25")
    second = release(raw, releases, ratios, date="2026-01-02")
    assert second.version == "1.1.0" and second.diff is not None and not second.diff.split_moves
    after = {r["id"]: split for split, rows in _rows_by_split(second.path).items() for r in rows}
    assert {rid: after[rid] for rid in before} == before  # released records stay where they were
    card = " ".join((second.path / "README.md").read_text(encoding="utf-8").split())
    moved_by_ratios = sum(1 for rid, split in before.items() if split != split_of(rid, ratios))
    assert moved_by_ratios, "the test needs a released record that the new ratios would put elsewhere"
    records = "record" if moved_by_ratios == 1 else "records"
    assert f"This is a release whose ratios changed: {moved_by_ratios} {records} released before keep" in card
    assert "records new in this release are assigned from a hash of their `id` with those ratios" in card
    assert "`train=0.5, validation=0.25, test=0.25`" in card
    manifest = json.loads((second.path / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["splits"] == "train=0.5,validation=0.25,test=0.25"
    docs = " ".join((REPO / "docs" / "releases.md").read_text(encoding="utf-8").split())
    assert "apply to new records only: released records stay where they were, nothing moves" in docs


def _rows_by_split(folder) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for shard in sorted((folder / "data").glob("*.parquet")):
        out.setdefault(shard.name.split("-", 1)[0], []).extend(pq.read_table(shard).to_pylist())
    return out


def test_a_datasheet_only_change_is_a_patch(tmp_path):
    """A curator's corpus.toml edit that changes DATASHEET.md alone still makes a release."""
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    config = tmp_path / "corpus.toml"
    config.write_text('[sections]\nmaintainers = "The corpus team <corpus@example.org>"\n', encoding="utf-8")
    result = release(raw, releases, SPLITS, date="2026-01-02", config=load_config(config))
    assert result.version == "1.0.1" and result.bump == "patch"
    assert not result.diff.card_changed and result.diff.datasheet_changed
    assert [r for _, r in result.diff.reasons] == ["DATASHEET.md changed"]


def test_a_record_removed_and_re_added_returns_to_its_split(tmp_path):
    """Every earlier release counts, not only the last: with the ratios flipped, a record that was
    in v1.0.0, left in v2.0.0 and came back lands in its v1.0.0 split, not the one the ratios give."""
    first, flipped = parse_split_spec("train=0.5,test=0.5"), parse_split_spec("test=0.5,train=0.5")
    releases = tmp_path / "releases"
    release(make_raw(tmp_path / "raw1", [A, B, C]), releases, first, date="2026-01-01")
    assert release(make_raw(tmp_path / "raw2", [B, C]), releases, first, date="2026-01-02").version == "2.0.0"
    result = release(make_raw(tmp_path / "raw3", [A, B, C]), releases, flipped, date="2026-01-03")
    assert result.version == "2.1.0" and result.diff.added == [id_of(A)]

    def splits_of(version: str) -> dict[str, str]:
        loaded = datasets.load_dataset(str(releases / version))
        return {row_id: split for split, rows in loaded.items() for row_id in rows["id"]}

    v1, v3 = splits_of("v1.0.0"), splits_of("v2.1.0")
    assert v3 == v1  # A, B and C all where v1.0.0 put them
    assert v1[id_of(A)] != split_of(id_of(A), flipped)  # the flipped ratios alone would have moved A
