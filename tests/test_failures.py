"""Failures are clean: a killed build takes its workers with it, a full disk exits 3 with the
previous output intact, and every command follows one exit-code policy."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import datasets
import psutil
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, REPO
from releasing import A_SENTENCE, EMPTY, A, B, edit_a, id_of, make_raw, run_cli, tree, unseal

from builder.errors import EXIT_CODES
from builder.synth import write_synth_corpus
from builder.work import KILL_ENV, UNITS_DONE, open_work_dir

IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(scope="module")
def synth_raw(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("synth") / "raw"
    write_synth_corpus(300, raw / "synth", seed=3, workers=1)
    shutil.copy(CORPUS / A, raw / A)
    return raw


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_builds_workers_die_with_it_and_a_rerun_reads_the_fixed_file(synth_raw, tmp_path, sig):
    raw = tmp_path / "raw"
    shutil.copytree(synth_raw, raw)
    out, work = tmp_path / "out", tmp_path / "work"
    cmd = [
        sys.executable,
        "-m",
        "builder",
        "build",
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--work-dir",
        str(work),
        "--workers",
        "2",
        "--unit-files",
        "5",
        "--quiet",
    ]
    build = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not any((work / "done").glob("u-*")) if (work / "done").is_dir() else True:
            assert build.poll() is None, build.stderr.read().decode()
            assert time.monotonic() < deadline, "no unit finished in 120 s"
            time.sleep(0.05)
        descendants = psutil.Process(build.pid).children(recursive=True)
        assert len(descendants) >= 2  # the pool's workers (and multiprocessing's resource tracker)
        os.kill(build.pid, sig)  # the parent alone, not its process group
        build.wait(timeout=30)
        gone, alive = psutil.wait_procs(descendants, timeout=5)
        assert alive == [], f"still alive 5 s after the parent's death: {[p.pid for p in alive]}"
        if sig == signal.SIGTERM:  # as Ctrl-C: one line and the policy's exit code, not a death by signal
            assert build.returncode == 3 and b"failed: interrupted" in build.stderr.read()
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
        build.stderr.close()
    assert not out.exists()

    edit_a(raw)  # the user fixes a file and builds again
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "started over" in rerun.stdout  # the inputs changed: the earlier units are not used
    ds = datasets.load_dataset(str(out))
    (record,) = [r for split in ds.values() for r in split if r["id"] == id_of(A)]
    text = "\n".join(record["paragraphs"])
    assert A_SENTENCE[1] in text and A_SENTENCE[0] not in text
    assert not work.exists()


def test_an_interrupted_build_stops_its_workers_instead_of_waiting_for_their_units(tmp_path):
    """Ctrl-C (or SIGTERM) ends a build at once: the workers busy with units of large files are killed, not waited
    for (a hostile run waited 68 s). Proof without a clock: no unit of the two big files is ever committed, and a
    rerun builds them."""
    raw = tmp_path / "raw"
    raw.mkdir()
    slow = "\n\n".join(["Slik ser vinduet ut på en iPhone:"] * 60_000)
    for n in (1, 2):  # each several seconds of parsing
        (raw / f"big-{n}.txt").write_text(f"FacebookTwitterRedditEmail\nHeadline {n}\n\n{slow}\n", encoding="utf-8")
    out, work = tmp_path / "out", tmp_path / "work"
    cmd = [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out), "--work-dir", str(work)]
    cmd += ["--workers", "2", "--unit-files", "1", "--quiet"]
    build = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while len(psutil.Process(build.pid).children(recursive=True)) < 2:  # the pool's workers have started
            assert build.poll() is None, build.stderr.read().decode()
            assert time.monotonic() < deadline, "no worker started in 120 s"
            time.sleep(0.05)
        time.sleep(1)  # the workers have their units
        os.kill(build.pid, signal.SIGINT)  # the parent alone (SIGTERM is read as Ctrl-C: entry.py)
        build.wait(timeout=120)
        err = build.stderr.read().decode()
        assert (
            build.returncode == 3 and f"failed: interrupted; nothing new written; the work units stay in {work}" in err
        )
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
        build.stderr.close()
    assert not list((work / "done").glob("u-*")) if (work / "done").is_dir() else True  # no unit was waited for
    assert not out.exists()
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads((out / "build-summary.json").read_text())["records"] == 2


@pytest.fixture
def small_disk(tmp_path):
    """An 800 KB tmpfs mounted for the test (root can mount here); CI must not skip it."""
    mount = tmp_path / "disk"
    mount.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=800k", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if proc.returncode != 0:
        if IN_CI:
            pytest.fail(f"cannot mount a tmpfs in CI: {proc.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_build_seen_through_a_read_only_mount_is_read_under_its_lock(tmp_path, small_disk):
    """A reader that may not write the lock file (a read-only mount, another account) locks it read-only: it is
    refused while a build writes the folder (it read mid-build with no lock: a hostile run)."""
    out = small_disk / "ds"
    assert run_cli("build", "--raw", make_raw(tmp_path / "raw", [A]), "--out", out).returncode == 0
    view = tmp_path / "view"
    view.mkdir()
    for args in (["--bind", str(small_disk), str(view)], ["-o", "remount,bind,ro", str(view)]):
        proc = subprocess.run(["mount", *args], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    try:
        with open(small_disk / ".ds.lock", "rb") as fh:  # the build writing it, as far as readers can tell
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            proc = run_cli("diff", view / "ds", view / "ds")
        assert proc.returncode == 2 and f"refused: locked: OLD {view / 'ds'} is in use" in proc.stderr, proc.stderr
        assert run_cli("diff", view / "ds", view / "ds").returncode == 0
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


@pytest.mark.parametrize("work_on_disk", [False, True], ids=["parquet-fills-the-disk", "work-units-fill-the-disk"])
def test_a_full_disk_exits_3_keeps_the_previous_output_and_leaves_no_staging(
    synth_raw, tmp_path, small_disk, work_on_disk
):
    small = make_raw(tmp_path / "small", [A, B])
    out = small_disk / "ds"
    work = ["--work-dir", str((small_disk if work_on_disk else tmp_path) / "work")]
    first = run_cli("build", "--raw", small, "--out", out, *work)
    assert first.returncode == 0, first.stderr
    before = tree(out)

    full = run_cli("build", "--raw", synth_raw, "--out", out, "--workers", "1", *work)
    assert full.returncode == 3, (full.returncode, full.stderr[-2000:])
    lines = [line for line in full.stderr.splitlines() if line.startswith("failed:")]
    assert len(lines) == 1 and "No space left on device" in lines[0], full.stderr[-2000:]
    assert f"the work units stay in {work[1]} for a rerun to resume (remove it to free the space)" in lines[0]
    assert "Traceback" not in full.stderr
    assert tree(out) == before  # the previous output, intact
    assert not [p for p in out.parent.iterdir() if ".tmp-" in p.name and p.is_dir() and any(p.iterdir())]

    again = run_cli("build", "--raw", small, "--out", out, *work)
    assert again.returncode == 0, again.stderr
    assert tree(out) == before
    assert [p.name for p in small_disk.iterdir() if not p.name.startswith(".ds.lock")] == ["ds"]


def test_a_work_unit_cut_short_by_a_full_disk_leaves_no_part_of_itself(synth_raw, tmp_path, small_disk):
    """The disk of --work-dir fills while a unit's files are written: the half-written unit is removed, so the
    failed build does not keep the disk full with it (its '.tmp-u-…' folder stayed); finished units stay."""
    work = small_disk / "work"
    full = run_cli("build", "--raw", synth_raw, "--out", tmp_path / "ds", "--work-dir", work, "--workers", "1")
    assert full.returncode == 3 and "No space left on device" in full.stderr, (full.returncode, full.stderr[-2000:])
    assert (work / "units").is_dir()
    assert not [p.name for p in (work / "units").iterdir() if p.name.startswith(".tmp-")]
    assert not (tmp_path / "ds").exists()


def test_a_run_removes_what_units_cut_short_left_in_its_work_folder(tmp_path):
    """A worker killed while it wrote its unit (a failed build kills its other workers; kill -9) leaves
    'units/.tmp-u-…' and 'done/.u-…-PID' (a hostile test: 3 runs of 12 on a full disk with four workers); the next
    run of the folder removes them and keeps the finished units."""
    raw, work, out = make_raw(tmp_path / "raw", [A, B]), tmp_path / "work", tmp_path / "out"
    args = ("build", "--raw", raw, "--out", out, "--work-dir", work, "--unit-files", "1", "--workers", "1")
    killed = run_cli(*args, env={KILL_ENV: f"{UNITS_DONE}:1"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    half = work / "units" / ".tmp-u-000001.abc123-4242"
    half.mkdir()
    (half / "records.arrow").write_bytes(b"half a unit")
    (work / "done" / ".u-000001.abc123-4242").write_bytes(b"")
    fingerprint = json.loads((work / "plan.json").read_text())["fingerprint"]
    opened = open_work_dir(work, fingerprint)
    assert len(opened.finished) == 1  # the unit the killed run finished is kept
    assert not half.exists() and not (work / "done" / ".u-000001.abc123-4242").exists()
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads((out / "build-summary.json").read_text())["records"] == 2


@pytest.mark.parametrize("command", ["build", "release"])
def test_a_run_with_nothing_to_read_keeps_an_interrupted_runs_units(tmp_path, command):
    """An --include that matches nothing is refused (no-input) before any unit is read; the units a killed run of the
    same folders finished stay, and the next full run resumes from them (a review: release removed them)."""
    raw, work = make_raw(tmp_path / "raw", [A, B]), tmp_path / "work"
    target = ("--out", tmp_path / "out") if command == "build" else ("--releases", tmp_path / "rel")
    args = (command, "--raw", raw, *target, "--work-dir", work, "--unit-files", "1", "--workers", "1")
    killed = run_cli(*args, env={KILL_ENV: f"{UNITS_DONE}:1"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    units = sorted(p.name for p in (work / "units").iterdir())
    assert units
    refused = run_cli(*args, "--include", "*.csv")
    assert refused.returncode == 2 and "refused: no-input:" in refused.stderr, refused.stderr
    assert sorted(p.name for p in (work / "units").iterdir()) == units
    rerun = run_cli(*args, "--json")
    assert rerun.returncode == 0, rerun.stderr
    result = json.loads(rerun.stdout)
    assert result["units_resumed"] == 1, result  # (the killed run finished one unit of two)


_WRITE_A_SHARD = """
import sys
from pathlib import Path
import pyarrow.parquet as pq
from builder.write import SplitWriter
writer = SplitWriter(Path(sys.argv[2]), "train")
try:
    writer.write(pq.read_table(sys.argv[1]))
    writer.close()
except OSError as error:
    print(f"OSError {error.errno} {error.filename}")
"""


def test_a_disk_that_fills_while_a_shards_pages_are_written_raises_an_oserror_naming_the_shard(
    synth_raw, tmp_path, small_disk
):
    """pyarrow 26 with content-defined chunking aborts the process (SIGABRT, exit 134, two lines of C++ and no
    error of ours) when its file fails in the middle of a column's pages: a hostile test's build on a 1.2 MB tmpfs.
    The shard is written with the room left at several points of its pages; each time the writer raises the
    full disk's OSError, naming the shard, and the process lives."""
    built = tmp_path / "built"
    assert run_cli("build", "--raw", synth_raw, "--out", built, "--workers", "1").returncode == 0
    shard = max((built / "data").glob("train-*.parquet"), key=lambda path: path.stat().st_size)
    assert pq.read_metadata(shard).row_group(0).column(5).total_uncompressed_size > 2_000_000  # pages, not a page
    for room_kb in (40, 120, 200, 280):
        for leftover in list(small_disk.iterdir()):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        filler = small_disk / "filler"
        filler.write_bytes(b"\0" * (shutil.disk_usage(small_disk).free - room_kb * 1024))
        proc = subprocess.run(
            [sys.executable, "-c", _WRITE_A_SHARD, str(shard), str(small_disk / "ds")], capture_output=True, text=True
        )
        assert proc.returncode == 0, (room_kb, proc.returncode, proc.stderr[-1000:])
        partial = small_disk / "ds" / "data" / ".train-00000.partial"
        assert proc.stdout.strip() == f"OSError 28 {partial}", (room_kb, proc.stdout, proc.stderr[-1000:])


def test_a_disk_full_before_the_build_names_the_output_folder_and_json_reports_the_error(tmp_path, small_disk):
    """A disk already full when the build starts: the OSError has no file name, so the line names the folder being
    written (it said only 'failed: build: No space left on device': a hostile test); --json prints the error as one
    JSON object on stdout, where a script reads the result (it printed nothing)."""
    fd = os.open(small_disk / "fill", os.O_WRONLY | os.O_CREAT)  # fill the disk to the last byte, unbuffered
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    out = small_disk / "ds"
    proc = run_cli("build", "--raw", make_raw(tmp_path / "raw", [A]), "--out", out, "--json")
    assert proc.returncode == 3, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("failed:")]
    assert len(lines) == 1 and str(out) in lines[0] and "No space left on device" in lines[0], proc.stderr
    error = json.loads(proc.stdout)["error"]
    assert error["type"] == "io-error" and error["exit_code"] == 3 and str(out) in error["message"], error


def test_json_reports_a_refusal_as_one_json_object(tmp_path):
    """A refused build with --json: the refusal's type, title, message and exit code on stdout; without --json,
    nothing on stdout."""
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("not the tool's")
    raw = make_raw(tmp_path / "raw", [A])
    proc = run_cli("build", "--raw", raw, "--out", out, "--json")
    assert proc.returncode == 2 and proc.stderr.startswith("refused: "), proc.stderr
    error = json.loads(proc.stdout)["error"]
    assert error["exit_code"] == 2 and error["type"] in proc.stderr and error["message"] in proc.stderr, error
    plain = run_cli("build", "--raw", raw, "--out", out)
    assert plain.returncode == 2 and plain.stdout == "", plain.stdout
    # a usage error of the command's options too (a missing --raw: a review)
    usage = run_cli("build", "--raw", tmp_path / "missing", "--out", tmp_path / "o", "--json")
    assert usage.returncode == 2 and json.loads(usage.stdout)["error"]["type"] == "usage", usage.stdout


# --- one exit-code policy for every command ------------------------------------------------------


def _valid_record_line() -> str:
    proc = run_cli("parse", CORPUS / A)
    return proc.stdout.strip()


def _case(name: str, tmp: Path) -> tuple[list, int]:
    """A command line (run in `tmp`) and the exit code the policy gives it."""
    raw = make_raw(tmp / "raw", [A, B, EMPTY])
    good = make_raw(tmp / "good", [A, B])
    (tmp / "a-file").write_text("not a folder\n")
    if name.startswith("report"):
        assert run_cli("build", "--raw", good, "--out", tmp / "built").returncode == 0
    if name.startswith(("diff", "verify")):
        assert run_cli("release", "--raw", good, "--releases", tmp / "rel", "--date", "2026-01-01").returncode == 0
    cases = {
        "build-done-with-rejects": (["build", "--raw", raw, "--out", tmp / "ds"], 0),
        "build-strict-reject": (["build", "--raw", raw, "--out", tmp / "ds", "--strict"], 1),
        "build-usage": (["build", "--raw", raw, "--splits", "train=2"], 2),
        "build-refused": (["build", "--raw", raw, "--out", raw], 2),
        "build-io-failure": (["build", "--raw", raw, "--out", tmp / "a-file" / "ds"], 3),
        "release-done-with-rejects": (["release", "--raw", raw, "--releases", tmp / "r", "--date", "2026-01-01"], 0),
        "release-strict-reject": (
            ["release", "--raw", raw, "--releases", tmp / "r", "--date", "2026-01-01", "--strict"],
            1,
        ),
        "release-refused": (["release", "--raw", raw, "--releases", tmp / "a-file"], 2),
        "release-io-failure": (["release", "--raw", raw, "--releases", tmp / "a-file" / "r"], 3),
        "parse-done": (["parse", CORPUS / A], 0),
        "parse-check-failed": (["parse", CORPUS / EMPTY], 1),
        "parse-usage": (["parse"], 2),
        "validate-done": (["validate", tmp / "ok.jsonl"], 0),
        "validate-check-failed": (["validate", tmp / "bad.jsonl"], 1),
        "validate-usage": (["validate", tmp / "missing.jsonl"], 2),
        "diff-done": (["diff", tmp / "rel" / "v1.0.0", tmp / "rel" / "v1.0.0"], 0),
        "diff-usage": (["diff", tmp / "rel" / "v1.0.0", good], 2),
        "verify-done": (["verify", tmp / "rel" / "v1.0.0"], 0),
        "verify-check-failed": (["verify", tmp / "rel"], 1),
        "verify-usage": (["verify", tmp / "missing"], 2),
        "report-done": (["report", tmp / "built", "--out", tmp / "rep"], 0),
        "report-usage": (["report", good], 2),
        "report-io-failure": (["report", tmp / "built", "--out", tmp / "a-file" / "rep"], 3),
        "synth-done": (["synth", "--count", "2", "--out", tmp / "s"], 0),
        "synth-usage": (["synth", "--count", "2", "--out", good], 2),
        "synth-io-failure": (["synth", "--count", "2", "--out", tmp / "a-file" / "s"], 3),
        "init-done": (["init", tmp / "corpus.toml"], 0),
        "init-usage": (["init", good], 2),  # a folder
        "init-refused": (["init", tmp / "a-file"], 2),  # an existing file is never overwritten
        "init-io-failure": (["init", tmp / "a-file" / "corpus.toml"], 3),
    }
    if name.startswith("validate"):
        (tmp / "ok.jsonl").write_text(_valid_record_line() + "\n")
        (tmp / "bad.jsonl").write_text("{not json\n")
    return cases[name]


POLICY_CASES = [
    "build-done-with-rejects",
    "build-strict-reject",
    "build-usage",
    "build-refused",
    "build-io-failure",
    "release-done-with-rejects",
    "release-strict-reject",
    "release-refused",
    "release-io-failure",
    "parse-done",
    "parse-check-failed",
    "parse-usage",
    "validate-done",
    "validate-check-failed",
    "validate-usage",
    "diff-done",
    "diff-usage",
    "verify-done",
    "verify-check-failed",
    "verify-usage",
    "report-done",
    "report-usage",
    "report-io-failure",
    "synth-done",
    "synth-usage",
    "synth-io-failure",
    "init-done",
    "init-usage",
    "init-refused",
    "init-io-failure",
]


@pytest.mark.parametrize("name", POLICY_CASES)
def test_every_command_follows_the_exit_code_policy(name, tmp_path):
    args, expected = _case(name, tmp_path)
    proc = run_cli(*args, cwd=tmp_path)
    try:
        assert proc.returncode == expected, (proc.returncode, proc.stderr[-1500:])
        assert "Traceback" not in proc.stderr
        if expected == 3:
            assert proc.stderr.strip().splitlines()[-1].startswith("failed: ")
        if expected == 2 and name.endswith("refused"):
            assert "refused: " in proc.stderr
    finally:
        unseal(tmp_path)


def test_the_policy_covers_every_command_and_code():
    from builder.cli import cli

    assert {name.split("-")[0] for name in POLICY_CASES} == set(cli.commands)
    assert set(EXIT_CODES) == {0, 1, 2, 3}
    releases_doc = (REPO / "docs" / "releases.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES.items():
        assert f"| `{code}` | {meaning} |" in releases_doc, f"exit code {code} is not in docs/releases.md's exit codes"


def test_the_release_lock_names_its_holder(tmp_path):
    import fcntl

    from builder.ownership import lock_holder_body
    from builder.release import LOCK_FILE

    raw = make_raw(tmp_path / "raw", [A])
    releases = tmp_path / "releases"
    releases.mkdir()
    with open(releases / LOCK_FILE, "wb") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.write(lock_holder_body(os.getpid()))
        fh.flush()
        proc = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-01")
    assert proc.returncode == 2
    assert f"refused: locked: the releases folder {releases} is in use by another run (pid {os.getpid()}" in proc.stderr
    assert run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-01").returncode == 0
    assert json.loads((releases / LOCK_FILE).read_text())["pid"] != os.getpid()  # the next holder wrote its own
    unseal(tmp_path)


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_a_result_that_cannot_be_printed_says_the_output_is_in_place(tmp_path, as_json):
    """stdout on a full disk (/dev/full): the build is written, and the one error line says so, with no traceback
    (`build --json >/dev/full` exited 1 with two tracebacks: a hostile test); a release says it was made."""
    raw = make_raw(tmp_path / "raw", [A])
    out = tmp_path / "out"
    args = [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out)] + (
        ["--json"] if as_json else []
    )
    with open("/dev/full", "w") as full:
        proc = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 3, proc.stderr
    assert (
        f"failed: the new output of {out} is in place, but its result was not printed: stdout: No space" in proc.stderr
    )
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr
    assert json.loads((out / "build-summary.json").read_text())["records"] == 1
    releases = tmp_path / "releases"
    args = [sys.executable, "-m", "builder", "release", "--raw", str(raw), "--releases", str(releases), "--json"]
    with open("/dev/full", "w") as full:
        proc = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True)
    assert (
        proc.returncode == 3 and f"release {releases / 'v1.0.0'} is made, but its result was not printed" in proc.stderr
    )
    assert run_cli("verify", releases / "v1.0.0").returncode == 0


def test_an_interrupt_while_click_reads_the_arguments_ends_with_the_policys_line(monkeypatch, capsys):
    """The same test under load once got click's own 'Aborted!' and exit 1: the signal came while click read the
    arguments, before the command's handler. Here the interrupt comes at that point every time."""
    from builder import cli

    def interrupted(self, ctx, args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._Commands, "parse_args", interrupted)
    assert cli.main(["build", "--raw", "raw"]) == 3
    err = capsys.readouterr().err
    assert err.endswith("failed: interrupted; nothing new written\n") and "Aborted!" not in err
    assert cli.main(["build", "--raw", "raw", "--json"]) == 3  # and the error object for a script, as ever
    out = capsys.readouterr().out
    assert json.loads(out)["error"] == {
        "type": "interrupted",
        "title": "Interrupted",
        "message": "interrupted; nothing new written",
        "exit_code": 3,
    }


def test_an_interrupt_while_the_modules_load_ends_with_the_policys_line(tmp_path):
    """SIGTERM in the first tenths of a second, while the command's modules are imported, printed a traceback and
    exited 130 (the last hostile test); it ends as any interrupt does: one 'failed: interrupted' line, exit 3."""
    raw = make_raw(tmp_path / "raw", [A])
    handled = 0
    for delay in (0.05, 0.1, 0.2, 0.3):
        cmd = [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(tmp_path / f"out{delay}")]
        build = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        build.send_signal(signal.SIGTERM)
        _, err = build.communicate(timeout=120)
        assert "Traceback" not in err, (delay, err[-800:])
        # (on a loaded machine the signal may come before the interpreter reached the handler: killed, nothing said)
        assert build.returncode in (3, -signal.SIGTERM), (delay, build.returncode, err[-800:])
        handled += build.returncode == 3 and "failed: interrupted" in err
    assert handled >= 2
