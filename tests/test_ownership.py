"""The builder deletes only what it made, one build writes an output folder at a time, and a user's
files in the output folder stay where they are (issue: "Nothing lost, nothing stale, nothing mixed")."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import datasets
import pytest
from conftest import CORPUS
from releasing import A, B, C, make_raw, run_cli, tree, unseal

from builder.build import BuildOptions, build_dataset
from builder.ownership import MARKER_FILE, LockedError, NotOursError, lock_holder_body, work_folder_lock
from builder.splits import DEFAULT_SPLITS, parse_split_spec
from builder.work import KILL_ENV, UnitTarget, open_work_dir, plan_fingerprint, plan_units, process_unit

SPLITS = parse_split_spec(DEFAULT_SPLITS)


def _user_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "thesis.tex").write_text("four years of work\n")
    return path


@pytest.mark.parametrize("option", ["--work-dir", "--out"])
def test_a_folder_holding_a_users_file_is_refused_and_left_alone(tmp_path, option):
    raw = make_raw(tmp_path / "raw", [A])
    precious = _user_folder(tmp_path / "precious")
    args = ["build", "--raw", raw, "--out", tmp_path / "out", "--work-dir", tmp_path / "work"]
    args[args.index(option) + 1] = precious
    proc = run_cli(*args)
    assert proc.returncode == 2, proc.stderr
    assert f"refused: not-ours: {precious} ({option}) holds files this tool did not write (thesis.tex)" in proc.stderr
    assert sorted(os.listdir(precious)) == ["thesis.tex"]
    assert (precious / "thesis.tex").read_text() == "four years of work\n"
    assert not (tmp_path / "out").exists() and not (tmp_path / "work").exists()


def test_the_raw_folder_and_the_current_folder_are_never_an_output_or_work_folder(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B])
    before = tree(raw)
    for args in (
        ["--work-dir", raw],
        ["--work-dir", raw / "sub"],
        ["--out", raw],
        ["--out", raw / "ds"],
        ["--out", "."],
        ["--out", tmp_path / "ds", "--work-dir", tmp_path / "ds" / "w"],
    ):
        full = ["build", "--raw", raw, "--out", tmp_path / "ds", *map(str, args)]
        proc = run_cli(*full, cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "refused:" in proc.stderr and "Traceback" not in proc.stderr
        assert tree(raw) == before
    assert sorted(os.listdir(tmp_path)) == ["raw"]


def test_a_release_work_folder_holding_a_users_file_is_refused(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    notes = _user_folder(releases / ".work")
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-01")
    assert proc.returncode == 2 and "thesis.tex" in proc.stderr, proc.stderr
    assert sorted(os.listdir(notes)) == ["thesis.tex"]
    assert not [p for p in releases.iterdir() if p.name.startswith("v")]


def test_a_users_files_in_the_output_stay_in_place_and_out_of_the_dataset(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B])
    out = tmp_path / "out"
    first = build_dataset(raw, out, SPLITS)
    (out / "NOTES.md").write_text("my notes\n")
    (out / "analysis").mkdir()
    (out / "analysis" / "plot.py").write_text("print(1)\n")
    shutil.copy(CORPUS / C, raw / C)
    second = build_dataset(raw, out, SPLITS)
    assert second.kept_in_output == ("NOTES.md", "analysis/plot.py")
    assert (out / "NOTES.md").read_text() == "my notes\n"
    assert (out / "analysis" / "plot.py").read_text() == "print(1)\n"
    assert os.stat(out / "NOTES.md").st_nlink == 1  # the old folder's second link went with it
    marker = json.loads((out / MARKER_FILE).read_text())
    assert "NOTES.md" not in marker["files"] and "analysis/plot.py" not in marker["files"]
    croissant = (out / "croissant.json").read_text()
    assert "NOTES.md" not in croissant and "plot.py" not in croissant
    ds = datasets.load_dataset(str(out))
    assert sum(len(split) for split in ds.values()) == first.summary.records + 1
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name or p.name.endswith(".work")]


def test_a_users_parquet_file_in_data_is_no_shard_to_diff_or_report(tmp_path):
    """A user's own `data/train-99999-mine.parquet`, kept in place by the next build, is not one of its shards:
    `diff` and `report` read the shards the build's marker lists (they refused the folder: a hostile run)."""
    raw = make_raw(tmp_path / "raw", [A, B])
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS)
    mine = out / "data" / "train-99999-mine.parquet"
    shutil.copy(next((out / "data").glob("train-*.parquet")), mine)
    second = build_dataset(raw, out, SPLITS)
    assert second.kept_in_output == ("data/train-99999-mine.parquet",) and mine.exists()
    n = second.summary.records
    proc = run_cli("diff", out, out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"records: {n} -> {n}\n")  # the build's records, not the copy's too
    proc = run_cli("report", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith(f"{n:,} of {n:,} records held")


def test_an_earlier_build_without_a_marker_is_replaced_but_its_unknown_files_kept(tmp_path):
    """Builds from before the marker: their own file names are replaced, anything else is the user's."""
    raw = make_raw(tmp_path / "raw", [A])
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS)
    (out / MARKER_FILE).unlink()
    shutil.rmtree(out / "report")  # builders before the marker wrote no report
    (out / "data" / "train-00000-of-00009.parquet").write_bytes(b"an old shard")  # the old builder's name
    (out / "mine.csv").write_text("a,b\n")
    result = build_dataset(raw, out, SPLITS)
    assert result.kept_in_output == ("mine.csv",)
    assert not (out / "data" / "train-00000-of-00009.parquet").exists()


@pytest.mark.parametrize("summary", ["{}", "not json", '{"files_read": "3", "records": 3, "rejected": 0}'])
def test_a_users_folder_with_a_file_named_build_summary_is_refused_and_left_alone(tmp_path, summary):
    """Only a summary that holds an earlier builder's counts makes a folder without a marker a build of ours."""
    raw = make_raw(tmp_path / "raw", [A])
    out = _user_folder(tmp_path / "out")
    (out / "build-summary.json").write_text(summary)
    (out / "README.md").write_text("my notes\n")
    before = tree(out)
    proc = run_cli("build", "--raw", raw, "--out", out)
    assert proc.returncode == 2, proc.stderr
    assert f"refused: not-ours: {out} (--out) holds files this tool did not write" in proc.stderr
    assert tree(out) == before


def test_a_second_build_into_a_locked_output_is_refused_naming_the_holder(tmp_path):
    raw_a = make_raw(tmp_path / "raw-a", [A, B])
    raw_b = make_raw(tmp_path / "raw-b", [C])
    out = tmp_path / "out"
    build_dataset(raw_a, out, SPLITS)
    before = tree(out)
    # The test holds the lock, as a running build would: no timing decides the outcome.
    with open(tmp_path / ".out.lock", "r+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.truncate(0)
        fh.write(lock_holder_body(os.getpid()))
        fh.flush()
        proc = run_cli("build", "--raw", raw_b, "--out", out)
    assert proc.returncode == 2, proc.stderr
    assert f"refused: locked: --out {out} is in use by another run (pid {os.getpid()} holds" in proc.stderr
    assert tree(out) == before


def _hold(lock_file: Path, operation: int):
    """Hold `lock_file` as a running build (LOCK_EX, naming this pid) or a reader (LOCK_SH) would."""
    fh = open(lock_file, "a+b")  # noqa: SIM115  (closed by the caller, which releases the lock)
    fcntl.flock(fh, operation | fcntl.LOCK_NB)
    if operation == fcntl.LOCK_EX:
        fh.truncate(0)
        fh.write(lock_holder_body(os.getpid()))
        fh.flush()
    return fh


def test_a_work_folder_in_use_is_refused_to_a_second_build(tmp_path):
    """Two builds into different outputs that share a --work-dir: the second is refused while the
    first holds the work folder, which stays as it is; once free, a build uses it and removes it."""
    raw = make_raw(tmp_path / "raw", [A, B])
    work = tmp_path / "work"
    with work_folder_lock(work, "--work-dir"):
        (work / "units").mkdir()  # the first build's work, as far as the second can tell
        before = tree(work)
        with pytest.raises(LockedError, match="in use by another run"), work_folder_lock(work, "--work-dir"):
            pass
        proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out-b", "--work-dir", work)
        assert proc.returncode == 2, proc.stderr
        assert f"refused: locked: --work-dir {work} is in use by another run (pid {os.getpid()} holds" in proc.stderr
        assert tree(work) == before and not (tmp_path / "out-b").exists()
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out-b", "--work-dir", work)
    assert proc.returncode == 0, proc.stderr
    assert not work.exists()  # the builder made it, so the finished build removes it (renamed away, then removed)
    assert not [p for p in tmp_path.iterdir() if ".removed-" in p.name]


@pytest.mark.parametrize("command", ["report", "diff"])
def test_a_build_being_written_is_not_read_and_a_build_waits_for_its_readers(tmp_path, command):
    """`report` and `diff` read a build's folder under its output lock, shared: refused while a build
    writes it (they would read a folder swapped under them), and a build is refused while they read."""
    raw = make_raw(tmp_path / "raw", [A, B])
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS)
    before = tree(out)
    args = ["report", out] if command == "report" else ["diff", out, out]
    with _hold(tmp_path / ".out.lock", fcntl.LOCK_EX):
        proc = run_cli(*args)
    assert proc.returncode == 2, proc.stderr
    what = "DATASET" if command == "report" else "OLD"
    assert f"refused: locked: {what} {out} is in use by another run (pid {os.getpid()} holds" in proc.stderr
    assert tree(out) == before  # no report written into it
    with _hold(tmp_path / ".out.lock", fcntl.LOCK_SH):
        assert run_cli(*(args if command == "diff" else [*args, "--out", tmp_path / "rep"])).returncode == 0
        proc = run_cli("build", "--raw", raw, "--out", out)
        if command == "report":  # its default --out is DS/report: it writes into the folder, so it takes it whole
            refused = run_cli(*args)
            assert refused.returncode == 2 and "refused: locked: DATASET" in refused.stderr, refused.stderr
    assert proc.returncode == 2, proc.stderr
    assert f"refused: locked: --out {out} is in use by another run (a report or diff is reading it" in proc.stderr
    assert run_cli("build", "--raw", raw, "--out", out).returncode == 0


@pytest.mark.parametrize("option", ["--out", "--work-dir", "--releases"])
def test_a_folder_under_a_file_fails_naming_the_file_and_makes_nothing(tmp_path, option):
    """`--out notes.txt/ds`: the system cannot make the folder (an I/O failure, exit 3, as the exit-code
    policy has it), said as what it is rather than making the parents' `File exists`; nothing is made."""
    raw = make_raw(tmp_path / "raw", [A])
    (tmp_path / "notes.txt").write_text("mine\n")
    target = tmp_path / "notes.txt" / "ds"
    if option == "--releases":
        proc = run_cli("release", "--raw", raw, "--releases", target, "--date", "2026-01-01")
    else:
        out = target if option == "--out" else tmp_path / "out"
        proc = run_cli("build", "--raw", raw, "--out", out, *(["--work-dir", target] if option == "--work-dir" else []))
    assert proc.returncode == 3, proc.stderr
    assert f"{tmp_path / 'notes.txt'}: not a folder, so {option} {target} cannot be made" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "raw"]


def test_a_path_through_a_linked_folder_is_the_folder_the_system_finds(tmp_path):
    """`--out sub/../ds` with `sub` a link to far/deep is far/ds, as the system resolves it: the build writes
    there and locks there, and report and diff read it under that lock (a hostile run: `sub/../` was read as
    text, so the lock guarded another folder)."""
    raw = make_raw(tmp_path / "raw", [A])
    (tmp_path / "far" / "deep").mkdir(parents=True)
    (tmp_path / "sub").symlink_to(tmp_path / "far" / "deep")
    proc = run_cli("build", "--raw", raw, "--out", f"{tmp_path}/sub/../ds")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "far" / "ds" / MARKER_FILE).is_file() and not (tmp_path / "ds").exists()
    with _hold(tmp_path / "far" / ".ds.lock", fcntl.LOCK_EX):
        proc = run_cli("diff", f"{tmp_path}/sub/../ds", tmp_path / "far" / "ds")
    assert proc.returncode == 2 and "refused: locked: OLD" in proc.stderr, proc.stderr


def test_a_lock_file_that_is_a_folder_or_a_link_is_refused_and_left_alone(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    (tmp_path / ".out.lock").mkdir()
    (tmp_path / "mine.txt").write_text("mine\n")
    (tmp_path / ".out2.lock").symlink_to(tmp_path / "mine.txt")
    for out in ("out", "out2"):
        proc = run_cli("build", "--raw", raw, "--out", tmp_path / out)
        assert proc.returncode == 2, proc.stderr
        assert f"{tmp_path / f'.{out}.lock'} is not a regular file; nothing was changed: remove it" in proc.stderr
    assert (tmp_path / ".out.lock").is_dir() and (tmp_path / "mine.txt").read_text() == "mine\n"


def test_the_reports_own_files_in_a_build_are_the_tools_not_the_users(tmp_path):
    """`report DS` rewrites DS/report (more record chunks with --limit), and a killed report leaves its staging
    folder in DS: the next build writes its own report and drops them, never keeping them as the user's."""
    raw = make_raw(tmp_path / "raw", [A, B])
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS)
    (out / "report" / "data" / "records-00099.js").write_text("chunk('old')\n")
    (out / ".report.tmp-ab12cd_9").mkdir()  # a killed report's staging: this tool's report by its index.html
    shutil.copy(out / "report" / "index.html", out / ".report.tmp-ab12cd_9" / "index.html")
    (out / ".report.old-20240101").mkdir()  # a name like it that holds no report of ours: the user's
    (out / ".report.old-20240101" / "notes.md").write_text("mine\n")
    (out / "NOTES.md").write_text("mine\n")
    second = build_dataset(raw, out, SPLITS)
    assert second.kept_in_output == (".report.old-20240101/notes.md", "NOTES.md")
    assert not (out / "report" / "data" / "records-00099.js").exists() and not (out / ".report.tmp-ab12cd_9").exists()
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name or ".removed-" in p.name]


def test_an_error_in_a_work_folders_block_is_the_callers(tmp_path):
    """A FileNotFoundError raised by the run holding the work folder is not taken for a lost lock (it made the
    context manager raise RuntimeError, a crash, where a release should fail with exit 3)."""
    with pytest.raises(FileNotFoundError, match="a raw file went"), work_folder_lock(tmp_path / "work", "--work-dir"):
        raise FileNotFoundError("a raw file went")


def test_a_work_folders_removal_cut_short_is_finished_by_the_next_run(tmp_path):
    """A finished run renames its work folder away and removes it; a kill in between leaves `.NAME.removed-…`
    with the work marker in it, which the next run that uses the folder removes. Nothing else of that name."""
    raw = make_raw(tmp_path / "raw", [A])
    left = tmp_path / ".work.removed-0123456789ab"
    with work_folder_lock(left, "--work-dir"):  # a work folder of this tool, as a kill would leave it
        (left / "units").mkdir()
    (tmp_path / ".work.removed-mine").mkdir()  # not 12 hex digits: not a name this tool gives
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out", "--work-dir", tmp_path / "work")
    assert proc.returncode == 0, proc.stderr
    assert not left.exists() and (tmp_path / ".work.removed-mine").is_dir()


def test_a_late_unit_from_an_older_run_is_never_read(tmp_path):
    """A worker that outlived its build writes its unit under its own run id: the next run of the
    same plan reads only the units it found done when it opened the work folder, and its own."""
    raw = make_raw(tmp_path / "raw", [A, B])
    work = tmp_path / "work"
    files = sorted((p.name, str(p)) for p in raw.iterdir())
    units = plan_units(files, 1)
    fingerprint = plan_fingerprint(files, [], 10**7, 1)
    older = open_work_dir(work, fingerprint)
    newer = open_work_dir(work, fingerprint)  # the next run opens while the older one's worker still runs
    late = process_unit(UnitTarget(str(work), older.run, 10**7), units[0])  # the late write
    assert late.run == older.run and newer.finished == {}
    third = open_work_dir(work, fingerprint)
    assert set(third.finished) == {0}  # a later run may take it: same plan, same bytes
    other = open_work_dir(work, plan_fingerprint(files[:1], [], 10**7, 1))  # another plan starts over
    assert other.restarted and other.finished == {}
    process_unit(UnitTarget(str(work), older.run, 10**7), units[1])  # a late write into the new plan
    again = open_work_dir(work, plan_fingerprint(files[:1], [], 10**7, 1))
    assert again.finished == {}  # the older run is not of this plan: never read


def test_a_unit_never_recreates_a_removed_work_folder(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    work = tmp_path / "work"
    files = [(A, str(raw / A))]
    opened = open_work_dir(work, plan_fingerprint(files, [], 10**7, 1))
    shutil.rmtree(work)
    with pytest.raises(FileNotFoundError):
        process_unit(UnitTarget(str(work), opened.run, 10**7), plan_units(files, 1)[0])
    assert not work.exists()


def test_staging_left_by_a_killed_build_is_removed_by_the_next_run(tmp_path):
    raw = make_raw(tmp_path / "raw", [A, B, C])
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-m",
        "builder",
        "build",
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--unit-files",
        "1",
        "--workers",
        "1",
    ]
    killed = subprocess.run(
        args, capture_output=True, text=True, start_new_session=True, env={**os.environ, KILL_ENV: "units-done:2"}
    )
    assert killed.returncode == -signal.SIGKILL
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")]
    assert len(leftovers) == 1
    stranger = tmp_path / ".out.tmp-not-from-a-build"  # same prefix, not in the ledger: not ours
    stranger.mkdir()
    (stranger / "keep.txt").write_text("mine")
    assert subprocess.run(args, capture_output=True).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")) == [stranger.name]
    assert (stranger / "keep.txt").read_text() == "mine"
    assert not (tmp_path / ".out.work").exists()


def test_claiming_a_folder_of_another_kind_is_refused(tmp_path):
    raw = make_raw(tmp_path / "raw", [A])
    out = tmp_path / "out"
    build_dataset(raw, out, SPLITS)
    with pytest.raises(NotOursError, match="is a dataset folder of this tool, not a work folder"):
        build_dataset(raw, tmp_path / "out2", SPLITS, options=BuildOptions(work_dir=out))
    assert (out / "build-summary.json").is_file()
    unseal(tmp_path)


def test_a_symlinked_output_is_built_through_and_the_link_stays(tmp_path):
    """Issue 12, finding 7: a symlinked --out ended in a traceback. The build writes into the folder the
    link names (so the dataset is where the user pointed the link) and leaves the link itself alone."""
    raw = make_raw(tmp_path / "raw", [A, B])
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to("real")
    for _ in range(2):  # a first build and a rebuild, which replaces the first through the same link
        proc = run_cli("build", "--raw", raw, "--out", "link", "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
    assert (tmp_path / "link").is_symlink() and os.readlink(tmp_path / "link") == "real"
    assert (tmp_path / "real" / MARKER_FILE).is_file()
    assert datasets.load_dataset(str(tmp_path / "link"))["train"].num_rows >= 1


@pytest.mark.parametrize("left_in", ["work", "out"])
def test_a_markers_leftover_temporary_file_does_not_make_a_folder_not_ours(tmp_path, left_in):
    """A full disk (or a kill) while the marker is written leaves an empty `.corpus-builder.json.tmp` in a folder the
    builder made; a hostile test found every later build refused as not-ours until it was removed by hand."""
    raw = make_raw(tmp_path / "raw", [A])
    folder = tmp_path / ("work" if left_in == "work" else "out")
    folder.mkdir()
    (folder / f"{MARKER_FILE}.tmp").write_bytes(b"")
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out", "--work-dir", tmp_path / "work")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / MARKER_FILE).is_file() and not (tmp_path / "out" / f"{MARKER_FILE}.tmp").exists()
    (user := tmp_path / "users").mkdir()
    (user / f"{MARKER_FILE}.tmp").write_bytes(b"")
    (user / "notes.txt").write_text("mine\n")  # with anything else beside it, the folder is still refused
    proc = run_cli("build", "--raw", raw, "--out", user)
    assert proc.returncode == 2 and "not-ours" in proc.stdout + proc.stderr
    assert (user / "notes.txt").read_text() == "mine\n"
