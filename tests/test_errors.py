"""Broken input: every kind gives its typed reject with the file and a reason, never a traceback,
and the build goes on with the other files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import datasets
import pytest
from conftest import CORPUS
from releasing import tree

from builder.build import build_dataset, load_article
from builder.errors import ERROR_TYPES, Reject
from builder.parse import parse_article
from builder.splits import DEFAULT_SPLITS, parse_split_spec

SEED = (CORPUS / "seed.txt").read_bytes()
SPLITS = parse_split_spec(DEFAULT_SPLITS)

BROKEN = {
    "zero-bytes.txt": (b"", "empty"),
    "whitespace.txt": (b" \r\n\t\n  \n", "empty"),
    "bom-only.txt": (b"\xef\xbb\xbf\n\n", "empty"),
    "utf16-bom-only.txt": (b"\xff\xfe" + " \r\n".encode("utf-16-le"), "empty"),
    "utf16-odd-bytes.txt": (b"\xff\xfe" + "FacebookTwitterRedditEmail\n".encode("utf-16-le") + b"x", "undecodable"),
    "utf16-lone-surrogate.txt": (b"\xfe\xff" + "Headline".encode("utf-16-be") + b"\xd8\x00\x00A", "undecodable"),
    "utf16-without-bom.txt": ("FacebookTwitterRedditEmail\n".encode("utf-16-le"), "binary"),
    "nul.txt": (b"FacebookTwitterRedditEmail\n\x00\x01binary", "binary"),
    "controls.txt": (bytes(range(1, 9)) * 50 + b"text", "binary"),
    "undecodable.txt": (b"FacebookTwitterRedditEmail\n\nHeadline \x81\x8d\x8f\x90\x9d\n", "undecodable"),
    "cookie.txt": ((CORPUS / "dev-R3-cookie-consent.txt").read_bytes(), "not-an-article"),
    "share-only.txt": (b"FacebookTwitterRedditEmail\n", "not-an-article"),
    "no-body.txt": (
        b"FacebookTwitterRedditEmail\n\nA headline\n\nMore articles by:\n\nJo Ann is a writer.\n",
        "not-an-article",
    ),
    "headline-only.txt": (
        b"FacebookTwitterRedditEmail\n\nA headline\n\nFacebookTwitterRedditEmail\n",
        "not-an-article",
    ),
    "seed-cut-in-half.txt": (SEED[: len(SEED) // 2], None),  # truncated in the body: still an article
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_bytes_give_typed_rejects(name):
    data, expected = BROKEN[name]
    result = parse_article(data, name)
    if expected is None:
        assert isinstance(result, dict) and result["paragraphs"]
        return
    assert isinstance(result, Reject), f"{name} parsed as a record"
    assert (result.file, result.type) == (name, expected)
    assert result.type in ERROR_TYPES and result.message


def test_cp1252_and_bom_and_crlf_decode_explicitly():
    text = SEED.decode("utf-8")
    cp = parse_article(text.replace("\u00a0", " ").encode("cp1252"), "cp.txt")
    bom = parse_article(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), "bom.txt")
    plain = parse_article(SEED, "plain.txt")
    assert (cp["source"]["encoding"], bom["source"]["encoding"], plain["source"]["encoding"]) == (
        "cp1252",
        "utf-8-sig",
        "utf-8",
    )
    for key in ("id", "headline", "paragraphs", "quotes", "related_links"):
        assert cp[key] == plain[key] == bom[key], key


def test_utf16_with_a_byte_order_mark_is_the_same_article():
    # Windows saves "Unicode" text as UTF-16 with its byte-order mark; every other byte is a NUL, which
    # without the mark makes the file binary (BROKEN above).
    text = SEED.decode("utf-8")
    plain = parse_article(SEED, "plain.txt")
    for name, data in (
        ("le.txt", b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")),
        ("be.txt", b"\xfe\xff" + text.encode("utf-16-be")),
    ):
        record = parse_article(data, name)
        assert isinstance(record, dict), record
        assert record["source"]["encoding"] == "utf-16"
        for key in ("id", "headline", "author", "bio", "paragraphs", "quotes", "related_links"):
            assert record[key] == plain[key], (name, key)
    failure = parse_article(b"\xff\xfe" + "A".encode("utf-16-le") + b"\x00", "odd.txt")
    assert isinstance(failure, Reject) and "UTF-16 byte-order mark" in failure.message


def test_too_large_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(SEED)
    result = load_article(path, "big.txt", max_bytes=1000)
    assert isinstance(result, Reject) and result.type == "too-large"
    assert str(len(SEED)) in result.message


def _raw_with_every_kind_of_damage(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(SEED)
    for name, (data, _) in BROKEN.items():
        (raw / name).write_bytes(data)
    (raw / "too-big.txt").write_bytes(SEED + b"x" * 10)
    os.mkfifo(raw / "a-fifo")
    outside = tmp_path / "outside.txt"
    outside.write_bytes(SEED)
    os.symlink(outside, raw / "escapes.txt")
    os.symlink(raw / "missing-target.txt", raw / "dangling.txt")
    (raw / "bad\nname.txt").write_bytes(SEED.replace(b"How Real is", b"How Real was"))  # its own id
    return raw


def test_build_goes_on_past_every_kind_of_broken_file(tmp_path):
    raw = _raw_with_every_kind_of_damage(tmp_path)
    result = build_dataset(raw, tmp_path / "out", SPLITS, max_bytes=len(SEED) + 5)
    types = {r.file: r.type for r in result.rejects}
    assert types == {
        **{name: t for name, (_, t) in BROKEN.items() if t},
        "too-big.txt": "too-large",
        "a-fifo": "not-a-regular-file",
        "escapes.txt": "not-a-regular-file",
        "dangling.txt": "unreadable",
    }
    # good.txt, the truncated seed (its own id: no bio), and the file whose name holds a line break
    assert result.summary.records == 3
    assert result.summary.files_read == result.summary.records + result.summary.rejected
    lines = (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == sorted(types)
    paths = {r["source"]["path"] for split in datasets.load_dataset(str(tmp_path / "out")).values() for r in split}
    assert paths == {"good.txt", "seed-cut-in-half.txt", "bad\\x0aname.txt"}  # a control character escaped


def test_cli_build_reports_rejects_and_exits_0_or_1_with_strict(tmp_path):
    raw = _raw_with_every_kind_of_damage(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--strict"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1  # --strict: a reject is a failed check; the dataset is written all the same
    assert (tmp_path / "out" / "build-summary.json").is_file()
    assert "Traceback" not in proc.stderr
    assert "zero-bytes.txt: empty:" in proc.stderr
    assert "a-fifo: not-a-regular-file:" in proc.stderr


def test_non_utf8_file_names_are_kept_printable(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / os.fsdecode(b"caf\xe9.txt")).write_bytes(SEED)
    result = build_dataset(raw, tmp_path / "out", SPLITS)
    assert result.ok
    (record,) = [r for split in datasets.load_dataset(str(tmp_path / "out")).values() for r in split]
    assert record["source"]["path"] == "caf\\xe9.txt"


def test_symlink_loop_is_reported_not_raised(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(SEED)
    os.symlink("loop", raw / "loop")
    result = build_dataset(raw, tmp_path / "out", SPLITS)
    assert [(r.file, r.type) for r in result.rejects] == [("loop", "unreadable")]
    assert result.summary.records == 1


def test_a_folder_that_cannot_be_read_is_reported(tmp_path):
    # As root, permissions do not stop listing; a path longer than PATH_MAX does.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(SEED)
    fd = os.open(raw, os.O_RDONLY)
    try:
        for _ in range(18):  # 18 x 250 characters > 4096
            os.mkdir("d" * 250, dir_fd=fd)
            next_fd = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = next_fd
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "wb") as fh:
            fh.write(SEED)
    finally:
        os.close(fd)
    result = build_dataset(raw, tmp_path / "out", SPLITS)
    assert result.summary.records == 1
    (reject,) = result.rejects
    assert reject.type == "unreadable" and reject.message.startswith("folder cannot be")
    assert reject.file.startswith("d" * 250 + "/")
    assert result.summary.files_read == 2


def test_a_build_with_nothing_to_read_is_refused_and_the_previous_dataset_stays(tmp_path):
    """A hostile test: an --include that matched nothing, or an emptied --raw, replaced a good dataset with an
    empty one and exited 0. Now it is refused (exit 2, nothing written) and says why."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(SEED)
    out = tmp_path / "out"
    assert build_dataset(raw, out, SPLITS).summary.records == 1
    before, beside = tree(out), sorted(p.name for p in tmp_path.iterdir())

    def build(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out), *args]
        return subprocess.run(command, capture_output=True, text=True)

    proc = build("--include", "*.csv")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == (
        f"refused: no-input: --raw {raw} has no file to read: every file is left out (not-included: 1); "
        "check --include, --exclude and --hidden; nothing new was written, the previous output is as it was\n"
    )
    (raw / "good.txt").rename(raw / ".hidden.txt")
    os.symlink("loop", raw / "loop")
    proc = build("--json")
    assert proc.returncode == 2
    error = json.loads(proc.stdout)["error"]
    assert error["type"] == "no-input" and "every file is left out (hidden: 1)" in error["message"]
    (raw / ".hidden.txt").unlink()
    proc = build()
    assert proc.returncode == 2 and "nothing in it can be read: loop: " in proc.stderr
    (raw / "loop").unlink()
    proc = build()
    assert proc.returncode == 2 and "has no file to read: the folder is empty;" in proc.stderr
    assert tree(out) == before  # the good dataset, byte for byte
    assert sorted(p.name for p in tmp_path.iterdir()) == beside  # no staging or work folder left


def test_a_folder_of_nothing_but_fifos_and_broken_links_is_refused_as_nothing_to_read(tmp_path):
    """A hostile test: a raw folder whose every entry is a FIFO or a link to a missing file (git-annex links whose
    content was dropped) built an empty dataset over a good one, exit 0. As an empty folder: refused."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(SEED)
    out = tmp_path / "out"
    assert build_dataset(raw, out, SPLITS).summary.records == 1
    before = tree(out)
    (raw / "good.txt").unlink()
    os.mkfifo(raw / "a-fifo.txt")
    os.symlink("missing.txt", raw / "b-dropped.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"refused: no-input: --raw {raw} has no file to read: nothing in it can be read: ")
    assert "(and 1 more)" in proc.stderr
    assert tree(out) == before
    (raw / "c.txt").write_bytes(b"hello\n")  # one file that is read, even if rejected: a build, as before
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_sidebar_stops_at_the_closing_share_line():
    text = SEED.decode("utf-8").rstrip("\n") + "\n\nCookie settings\nAccept all\nReject all\n"
    record = parse_article(text.encode("utf-8"), "footer.txt")
    assert len(record["related_links"]) == 45
    assert record["related_links"][-1]["title"] == "David Brooks, Public Intellectual"


def test_an_author_cut_off_by_structure_is_not_paired_across_it():
    text = (
        "FacebookTwitterRedditEmail\n\nHeadline\n\nBody.\n\nMore articles by:\n\nAnn Lee is a poet.\n\n"
        "March 9, 2024\nBo Ek\nA Title\nCut Author\nWeekend Edition\nMarch 8, 2024\nFriday - Sunday\n"
        "Cy Twombly\nLines\nFacebookTwitterRedditEmail\n"
    )
    record = parse_article(text.encode("utf-8"), "cut.txt")
    assert record["related_links"] == [
        {"date": "2024-03-09", "author": "Bo Ek", "title": "A Title"},
        {"date": "2024-03-08", "author": "Cy Twombly", "title": "Lines"},
    ]


# --- the error hierarchy ---------------------------------------------------------------------------


def _error_classes():
    import builder.cli  # noqa: F401  (imports every module whose errors a command can raise)
    from builder.errors import BuilderError

    found, todo = [], [BuilderError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_class_has_a_slug_a_title_and_the_policys_exit_code():
    from builder.errors import EXIT_CODES, RELEASE_REFUSALS, Failure, Refusal, ReleaseError

    classes = _error_classes()
    assert {"OutputDirError", "NotADatasetError", "SplitSpecError", "UnknownCheckpointError", "ReleaseError"} <= {
        c.__name__ for c in classes
    }
    slugs = [c.type for c in classes if c is not ReleaseError]  # a release refusal's slug is per instance
    assert len(slugs) == len(set(slugs)), "two error classes share a type slug"
    for cls in classes:
        assert cls.type and cls.title and cls.exit_code in EXIT_CODES
        if issubclass(cls, Refusal):
            assert cls.exit_code == 2
        if issubclass(cls, Failure):
            assert cls.exit_code == 3
    # A release's `locked` is ownership.LockedError, said of the releases folder: the same slug on purpose.
    assert set(RELEASE_REFUSALS) & set(slugs) == {"locked"}
    refusal = ReleaseError("bump-too-low", "--bump patch is lower")
    assert (refusal.type, refusal.title, str(refusal)) == (
        "bump-too-low",
        "Bump too low",
        "bump-too-low: --bump patch is lower",
    )
    with pytest.raises(ValueError, match="unknown release error type"):
        ReleaseError("no-such-slug", "x")


def test_the_registries_give_every_slug_a_title_and_a_description():
    from builder.errors import MISMATCH_FAMILY, REJECT_TYPES, RELEASE_REFUSALS
    from builder.manifest import Mismatch

    for registry in (REJECT_TYPES, MISMATCH_FAMILY, RELEASE_REFUSALS):
        for slug, t in registry.items():
            assert t.type == slug and t.title and t.description
    assert Reject("a.txt", "too-large", "big").title == "File too large"
    assert Mismatch("MANIFEST.json", "size", "1 bytes").title == "Size differs"
    with pytest.raises(ValueError):
        Reject("a.txt", "no-such-type", "x")


def test_an_io_failure_names_the_path_and_the_cause():
    from builder.errors import IOFailure, io_failure

    error = io_failure(OSError(28, "No space left on device", "/out/x"), "build of /out failed")
    assert isinstance(error, IOFailure) and error.exit_code == 3
    assert error.message == "build of /out failed: /out/x: No space left on device"
    assert io_failure(PermissionError(13, "Permission denied"), "report").message == "report: Permission denied"


def test_a_refusal_reaches_the_terminal_as_one_line_with_its_slug(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "diff", str(tmp_path / "empty"), str(tmp_path / "empty")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert (
        proc.stderr == f"refused: not-a-dataset: {tmp_path / 'empty'}: not a dataset folder (no article.schema.json)\n"
    )


def test_any_exception_that_ends_a_command_becomes_one_error_of_the_hierarchy():
    from builder.errors import (
        EXIT_FAILED,
        EXIT_USAGE,
        InternalError,
        Interrupted,
        IOFailure,
        NotADatasetError,
        as_builder_error,
        error_line,
    )

    refusal = NotADatasetError("x: not a dataset folder")
    assert as_builder_error(refusal, "diff") is refusal
    assert error_line(refusal) == "refused: not-a-dataset: x: not a dataset folder" and refusal.exit_code == EXIT_USAGE
    io = as_builder_error(FileNotFoundError(2, "No such file or directory", "/a"), "verify")
    assert isinstance(io, IOFailure) and error_line(io) == "failed: verify: /a: No such file or directory"
    stop = as_builder_error(KeyboardInterrupt(), "build")
    assert isinstance(stop, Interrupted) and stop.exit_code == EXIT_FAILED
    bug = as_builder_error(ZeroDivisionError("division by zero"), "build")
    assert isinstance(bug, InternalError) and bug.exit_code == EXIT_FAILED
    assert error_line(bug) == (
        "failed: internal error: ZeroDivisionError: division by zero (a bug in corpus-builder; the traceback is above)"
    )


def test_a_killed_worker_is_named_so_not_called_a_bug():
    from concurrent.futures.process import BrokenProcessPool

    from builder.errors import WorkerDied, as_builder_error, error_line

    error = as_builder_error(BrokenProcessPool("A process in the process pool was terminated abruptly"), "build")
    assert isinstance(error, WorkerDied) and error.type == "worker-died"
    line = error_line(error)
    assert line.startswith("failed: a work-unit process died (A process in the process pool was terminated abruptly)")
    assert "run again resumes" in line and "bug" not in line
