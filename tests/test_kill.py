"""Kill a release at each checkpoint (and while it reads its work units) with a real SIGKILL: earlier
releases stay intact, no partial vX.Y.Z appears, and the next run succeeds with the same bytes as an
uninterrupted release."""

from __future__ import annotations

import shutil
import signal

import pytest
from conftest import CORPUS
from releasing import A, B, C, is_sealed, make_raw, run_cli, tree_digest, unseal, version_dirs

from builder.build import BuildOptions
from builder.manifest import verify
from builder.release import STAGING_PREFIX, release
from builder.splits import DEFAULT_SPLITS, parse_split_spec
from builder.work import CHECKPOINTS, KILL_ENV, UNITS_DONE

DATES = ("2026-05-01", "2026-05-02")
SPLITS = parse_split_spec(DEFAULT_SPLITS)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """Uninterrupted releases: v1.0.0 from A and B, then v1.1.0 with C added."""
    base = tmp_path_factory.mktemp("reference")
    raw = make_raw(base / "raw", [A, B])
    releases = base / "releases"
    assert release(raw, releases, SPLITS, date=DATES[0]).version == "1.0.0"
    shutil.copy(CORPUS / C, raw / C)
    assert release(raw, releases, SPLITS, date=DATES[1]).version == "1.1.0"
    yield {
        "raw": raw,
        "releases": releases,
        "v1.0.0": tree_digest(releases / "v1.0.0"),
        "v1.1.0": tree_digest(releases / "v1.1.0"),
    }
    unseal(base)


@pytest.mark.parametrize("checkpoint", CHECKPOINTS)
def test_a_release_killed_at_any_checkpoint_leaves_no_partial_version(checkpoint, reference, tmp_path):
    releases = tmp_path / "releases"
    shutil.copytree(reference["releases"] / "v1.0.0", releases / "v1.0.0")  # keeps the read-only modes
    try:
        killed = run_cli(
            "release", "--raw", reference["raw"], "--releases", releases, "--date", DATES[1], env={KILL_ENV: checkpoint}
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert killed.stdout == ""
        assert verify(releases / "v1.0.0") == []
        assert tree_digest(releases / "v1.0.0") == reference["v1.0.0"]
        leftovers = [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
        if checkpoint == "renamed":  # killed after the atomic rename: the release is complete
            assert version_dirs(releases) == ["v1.0.0", "v1.1.0"] and leftovers == []
            assert tree_digest(releases / "v1.1.0") == reference["v1.1.0"]
        else:  # killed while assembling: the half-written staging folder is all that is left
            assert version_dirs(releases) == ["v1.0.0"]
            assert len(leftovers) == 1

        # The next run (here in-process: the killed one was a process of its own) takes the lock
        # the dead process held, removes its leftovers and finishes the job.
        rerun = release(reference["raw"], releases, SPLITS, date=DATES[1])
        if checkpoint == "renamed":
            assert (rerun.version, rerun.previous) == (None, "1.1.0")  # nothing left to do
        else:
            assert rerun.version == "1.1.0"
        assert version_dirs(releases) == ["v1.0.0", "v1.1.0"]
        assert not [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
        assert tree_digest(releases / "v1.1.0") == reference["v1.1.0"]
        assert verify(releases / "v1.1.0") == [] and is_sealed(releases / "v1.1.0")
    finally:
        unseal(tmp_path)


def test_an_unknown_checkpoint_is_a_usage_error_not_a_silent_run(reference, tmp_path):
    proc = run_cli(
        "release",
        "--raw",
        reference["raw"],
        "--releases",
        tmp_path / "r",
        "--date",
        DATES[0],
        env={KILL_ENV: "nowhere"},
    )
    assert proc.returncode == 2 and "CORPUS_BUILDER_KILL_AT='nowhere' is not one of" in proc.stderr
    assert not (tmp_path / "r").exists()


def test_a_release_killed_while_it_reads_resumes_and_gives_the_same_bytes(reference, tmp_path):
    # One file per work unit, one worker: the kill comes after the first unit is committed and
    # before the others are read, the moment a build's kill tests use too (the same hook).
    releases = tmp_path / "releases"
    shutil.copytree(reference["releases"] / "v1.0.0", releases / "v1.0.0")
    args = ("release", "--raw", reference["raw"], "--releases", releases, "--date", DATES[1])
    try:
        killed = run_cli(*args, "--unit-files", "1", "--workers", "1", env={KILL_ENV: f"{UNITS_DONE}:1"})
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert killed.stdout == ""
        assert version_dirs(releases) == ["v1.0.0"]
        assert tree_digest(releases / "v1.0.0") == reference["v1.0.0"]

        rerun = release(reference["raw"], releases, SPLITS, date=DATES[1], options=BuildOptions(unit_files=1))
        assert rerun.version == "1.1.0"
        assert rerun.reading is not None and (rerun.reading.resumed, len(rerun.reading.units)) == (1, 3)
        assert tree_digest(releases / "v1.1.0") == reference["v1.1.0"]
        assert verify(releases / "v1.1.0") == [] and is_sealed(releases / "v1.1.0")
        assert not [p for p in releases.iterdir() if p.name.startswith(STAGING_PREFIX)]
    finally:
        unseal(tmp_path)


@pytest.mark.parametrize("command", ["build", "release"])
@pytest.mark.parametrize("value", ["nowhere", f"{UNITS_DONE}:0", f"{UNITS_DONE}:x"])
def test_build_and_release_refuse_an_unknown_checkpoint(reference, tmp_path, command, value):
    out = ("--out", tmp_path / "out") if command == "build" else ("--releases", tmp_path / "out")
    proc = run_cli(command, "--raw", reference["raw"], *out, env={KILL_ENV: value})
    assert proc.returncode == 2 and f"{KILL_ENV}={value!r} is not one of" in proc.stderr
    assert not (tmp_path / "out").exists()
