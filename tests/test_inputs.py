"""Input selection (issue 14, finding 3): hidden files are left out, --include/--exclude choose the
rest, every file left out is counted, and a release records the selection so that verify --raw
checks the same files."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import CORPUS
from releasing import A, B, make_raw, run_cli, unseal

from builder.inputs import EVERY_FILE, EXCLUDED, HIDDEN, NOT_INCLUDED, Selection, discover


def _scrape_folder(root):
    """A raw folder as a scrape leaves it: articles, a macOS .DS_Store, a git folder, a CSV of URLs."""
    raw = make_raw(root, [A, B])
    (raw / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00")
    (raw / ".git" / "objects").mkdir(parents=True)
    (raw / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (raw / ".git" / "objects" / "ab").write_bytes(b"x\x01blob")
    (raw / "urls.csv").write_text("url\nhttps://example.org/a\n")
    return raw


@pytest.mark.parametrize(
    ("selection", "rel", "reason"),
    [
        (Selection(), ".DS_Store", HIDDEN),
        (Selection(), ".git/HEAD", HIDDEN),
        (Selection(), "2024/.cache/x.txt", HIDDEN),
        (Selection(), "2024/a.txt", None),
        (Selection(hidden=True), ".git/HEAD", None),
        (Selection(exclude=("*.csv",)), "urls.csv", EXCLUDED),
        (Selection(exclude=("*.csv",)), "deep/down/urls.csv", EXCLUDED),
        (Selection(exclude=("drafts/*",)), "drafts/x/y.txt", EXCLUDED),
        (Selection(exclude=("drafts/*",)), "final/drafts/y.txt", None),
        (Selection(include=("*.txt",)), "notes.md", NOT_INCLUDED),
        (Selection(include=("*.txt",), exclude=("old-*",)), "old-a.txt", EXCLUDED),
        (Selection(include=("*.txt",)), "a.TXT", NOT_INCLUDED),  # case-sensitive, as fnmatchcase
    ],
)
def test_the_rules_of_a_selection(selection, rel, reason):
    assert selection.reason_to_skip(rel) == reason


def test_a_selection_round_trips_through_the_manifest_form():
    selection = Selection(("*.txt",), ("*.csv", "drafts/*"), False)
    assert Selection.from_dict(json.loads(json.dumps(selection.to_dict()))) == selection
    assert Selection.from_dict(None) == EVERY_FILE  # a release made before selections were recorded
    with pytest.raises(ValueError):
        Selection.from_dict({"include": "*.txt", "exclude": [], "hidden": False})


def test_discover_counts_what_it_leaves_out(tmp_path):
    raw = _scrape_folder(tmp_path / "raw")
    listing = discover(raw, Selection(exclude=("*.csv",)))
    assert [rel for rel, _ in listing.files] == sorted([A, B])
    assert listing.skipped == []
    assert listing.left_out == {EXCLUDED: 1, HIDDEN: 3}
    everything = discover(raw)  # EVERY_FILE: what builds before selections read
    assert len(everything.files) == 6 and everything.left_out == {}


def test_a_scrape_folder_builds_with_no_rejects_for_its_clutter(tmp_path):
    raw = _scrape_folder(tmp_path / "raw")
    out = tmp_path / "ds"
    proc = run_cli("build", "--raw", raw, "--out", out, "--exclude", "*.csv", "--strict")
    assert proc.returncode == 0, proc.stderr  # --strict: not one reject
    summary = json.loads((out / "build-summary.json").read_text())
    assert summary["files_read"] == 2 and summary["rejected"] == 0
    assert summary["files_left_out"] == {"excluded": 1, "hidden": 3}
    assert "left out, not read: 4 (excluded: 1, hidden: 3)" in proc.stdout
    assert (out / "rejects.jsonl").read_text() == ""
    # without --exclude the CSV is read, and rejected with its reason; hidden files stay out
    proc = run_cli("build", "--raw", raw, "--out", out, "--json")
    result = json.loads(proc.stdout)
    assert [r["file"] for r in result["rejects"]] == ["urls.csv"]
    assert result["summary"]["files_left_out"] == {"hidden": 3}


def test_include_reads_only_what_it_names(tmp_path):
    raw = _scrape_folder(tmp_path / "raw")
    shutil.copy(CORPUS / A, raw / "keep-me.txt")
    out = tmp_path / "ds"
    proc = run_cli("build", "--raw", raw, "--out", out, "--include", "keep-*", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["summary"]["files_read"] == 1
    assert result["summary"]["files_left_out"] == {"hidden": 3, "not-included": 3}


def test_a_release_records_its_selection_and_verify_raw_uses_it(tmp_path):
    raw = _scrape_folder(tmp_path / "raw")
    releases = tmp_path / "releases"
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--exclude", "*.csv", "--date", "2026-01-01")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((releases / "v1.0.0" / "MANIFEST.json").read_text())
    assert manifest["selection"] == {"include": [], "exclude": ["*.csv"], "hidden": False}
    assert manifest["raw_inputs"]["files"] == 2
    assert manifest["build"]["files_left_out"] == {"excluded": 1, "hidden": 3}
    verified = run_cli("verify", releases / "v1.0.0", "--raw", raw)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # a change to a file the selection leaves out is not a change of the release's input
    (raw / "urls.csv").write_text("url\nhttps://example.org/b\n")
    (raw / ".git" / "HEAD").write_text("ref: refs/heads/other\n")
    assert run_cli("verify", releases / "v1.0.0", "--raw", raw).returncode == 0
    # a change to a file it read is
    (raw / A).write_text((raw / A).read_text() + "\nMore text.\n")
    changed = run_cli("verify", releases / "v1.0.0", "--raw", raw)
    assert changed.returncode == 1 and "raw-inputs" in changed.stdout
    unseal(releases)


@pytest.mark.parametrize(
    ("pattern", "rel", "matches"),
    [
        ("**/*.txt", "a.txt", True),  # '**/' is any number of folders, none included (as in git)
        ("**/*.txt", "x/y/a.txt", True),
        ("**/*.txt", "a.md", False),
        ("a/**/b.txt", "a/b.txt", True),
        ("a/**/b.txt", "a/x/y/b.txt", True),
        ("a/**/b.txt", "c/b.txt", False),
        ("drafts/", "drafts/x.txt", True),  # a trailing '/' names a folder: everything under it
        ("drafts/", "drafts/deep/x.txt", True),
        ("drafts/", "drafts.txt", False),
        ("drafts/", "final/drafts/x.txt", False),  # anchored, as every pattern with '/' is
        ("**/drafts/", "final/drafts/x.txt", True),
    ],
)
def test_folder_patterns(pattern, rel, matches):
    assert (Selection(exclude=(pattern,)).reason_to_skip(rel) == EXCLUDED) is matches


def _raw_with_folder_links(tmp_path, *links: str):
    """A raw folder holding real/a.txt and, at each of `links`, a symlink to a folder outside it."""
    raw = tmp_path / "raw"
    (raw / "real").mkdir(parents=True)
    (raw / "real" / "a.txt").write_text("x", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for link in links:
        (raw / link).symlink_to(elsewhere, target_is_directory=True)
    return raw


def test_a_hidden_symlinked_folder_is_counted_hidden_not_reported(tmp_path):
    raw = _raw_with_folder_links(tmp_path, ".cache", "visible-link")
    listing = discover(raw)
    assert [rel for rel, _ in listing.files] == ["real/a.txt"]
    links = [(".cache", "not-a-regular-file"), ("visible-link", "not-a-regular-file")]
    assert [(r.file, r.type) for r in listing.skipped] == links  # hidden entries are read: the link is reported
    listing = discover(raw, Selection())
    assert [(r.file, r.type) for r in listing.skipped] == [("visible-link", "not-a-regular-file")]
    assert listing.left_out == {HIDDEN: 1}


def test_a_symlinked_folder_the_patterns_leave_out_is_counted_not_reported(tmp_path):
    raw = _raw_with_folder_links(tmp_path, "drafts", "real/mirror")
    reported = [("drafts", "not-a-regular-file"), ("real/mirror", "not-a-regular-file")]
    assert [(r.file, r.type) for r in discover(raw, Selection()).skipped] == reported
    for selection, left_out, still_reported in [
        (Selection(exclude=("drafts",)), {EXCLUDED: 1}, ["real/mirror"]),
        (Selection(exclude=("drafts/",)), {EXCLUDED: 1}, ["real/mirror"]),
        (Selection(exclude=("drafts/*",)), {EXCLUDED: 1}, ["real/mirror"]),
        (Selection(exclude=("real/",)), {EXCLUDED: 2}, ["drafts"]),  # real/a.txt and the link real/mirror
        (Selection(exclude=("**/mirror",)), {EXCLUDED: 1}, ["drafts"]),
    ]:
        listing = discover(raw, selection)
        assert listing.left_out == left_out, selection
        assert [r.file for r in listing.skipped] == still_reported, selection
    # --include: a link none of the patterns names is left out; one they name is still reported.
    listing = discover(raw, Selection(include=("real/",)))
    assert [(r.file, r.type) for r in listing.skipped] == [("real/mirror", "not-a-regular-file")]
    assert listing.left_out == {NOT_INCLUDED: 1} and [rel for rel, _ in listing.files] == ["real/a.txt"]
    listing = discover(raw, Selection(include=("*.txt",)))
    assert listing.skipped == [] and listing.left_out == {NOT_INCLUDED: 2}


def test_an_excluded_symlinked_folder_is_no_reject_of_a_build(tmp_path):
    raw = make_raw(tmp_path / "one", [A, B])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (raw / "mirror").symlink_to(elsewhere, target_is_directory=True)
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "ds", "--exclude", "mirror/", "--strict")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((tmp_path / "ds" / "build-summary.json").read_text(encoding="utf-8"))
    assert summary["rejected"] == 0 and (tmp_path / "ds" / "rejects.jsonl").read_text(encoding="utf-8") == ""
