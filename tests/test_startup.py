"""No start-up tax (issue 17): a command imports only what it runs.

Each case runs one command in a fresh interpreter, through `builder.cli.main`, on small real inputs from
tests/corpus, and reads back which top-level packages it imported. `--help` must not import the data
stack at all; parse, validate, diff and verify must not import the libraries only a build's outputs
need (the card's plot, croissant.json, pandas, `datasets`). A top-level import of any of them in a
module these commands import fails here. No timing is asserted: benchmarks/startup.py measures that.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from conftest import CORPUS

from builder.build import BuildOptions, build_dataset
from builder.load import load_article
from builder.release import release  # not `from builder import release`: that rebinds the module other tests patch
from builder.splits import DEFAULT_SPLITS, parse_split_spec

# What only `build` and `release` need: the histogram, croissant.json (and pandas, which mlcroissant and
# pyarrow's pandas support import), and `datasets`, which the builder never needs to run.
BUILD_ONLY = {"matplotlib", "mlcroissant", "pandas", "datasets"}
# What listing the commands does not need either: the data stack, the parser's libraries, the card's.
HELP_ALSO = {"pyarrow", "jsonschema", "jsonschema_rs", "numpy", "ftfy", "huggingface_hub", "jinja2", "tqdm"}

_RUN = """
import json, sys
from builder.cli import main
code = main(sys.argv[1:])
print("\\n" + json.dumps({"code": code, "packages": sorted({name.split(".")[0] for name in sys.modules})}))
"""

ARTICLES = sorted(CORPUS.glob("dev-0*.txt"))[:3]


def _run(*args: str | Path) -> tuple[int, set[str], str]:
    """Exit code, imported top-level packages and output of `corpus-builder ARGS` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr  # main() returns the exit code; the interpreter itself ends with 0
    output, _, last = done.stdout.rstrip("\n").rpartition("\n")
    result = json.loads(last)
    return result["code"], set(result["packages"]), output


@pytest.fixture(scope="module")
def datasets_on_disk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A release of two articles, a build of three (one added), and the three records as JSONL."""
    base = tmp_path_factory.mktemp("startup")
    raw = base / "raw"
    raw.mkdir()
    for path in ARTICLES[:2]:
        (raw / path.name).write_bytes(path.read_bytes())
    splits = parse_split_spec(DEFAULT_SPLITS)
    released = release(raw, base / "releases", splits, date="2026-01-01", options=BuildOptions(workers=1))
    assert released.path is not None
    (raw / ARTICLES[2].name).write_bytes(ARTICLES[2].read_bytes())
    build_dataset(raw, base / "out", splits, options=BuildOptions(workers=1))
    records = base / "records.jsonl"
    lines = [json.dumps(load_article(path, path.name), ensure_ascii=False) for path in ARTICLES]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"raw": raw, "release": released.path, "build": base / "out", "records": records}


def test_help_imports_no_data_library() -> None:
    code, packages, output = _run("--help")
    assert code == 0 and "Commands:" in output and "build" in output
    assert packages & (BUILD_ONLY | HELP_ALSO) == set()


@pytest.mark.parametrize("command", ["build", "release", "parse", "validate", "diff", "verify", "report"])
def test_a_command_s_help_imports_no_data_library(command: str) -> None:
    code, packages, output = _run(command, "--help")
    assert code == 0 and f"Usage: corpus-builder {command}" in output
    assert packages & (BUILD_ONLY | HELP_ALSO) == set()


def test_parse_imports_no_build_library() -> None:
    code, packages, output = _run("parse", *ARTICLES)
    assert code == 0
    assert [json.loads(line)["source"]["path"] for line in output.splitlines()] == [p.name for p in ARTICLES]
    assert packages & BUILD_ONLY == set()


def test_validate_imports_no_build_library(datasets_on_disk: dict[str, Path]) -> None:
    code, packages, output = _run("validate", "--format", "json", datasets_on_disk["records"])
    assert code == 0 and output.strip() == ""  # three valid records: no problem printed
    assert packages & BUILD_ONLY == set()


def test_diff_imports_no_build_library(datasets_on_disk: dict[str, Path]) -> None:
    code, packages, output = _run("diff", "--json", datasets_on_disk["release"], datasets_on_disk["build"])
    assert code in (0, 1)  # 1: a split moved; either way the diff was made
    assert len(json.loads(output)["added"]) == 1
    assert packages & BUILD_ONLY == set()


def test_verify_imports_no_build_library(datasets_on_disk: dict[str, Path]) -> None:
    code, packages, output = _run("verify", datasets_on_disk["release"], "--raw", datasets_on_disk["raw"])
    assert code == 1 and "raw" in output  # the raw folder gained a file since the release: a mismatch
    assert packages & BUILD_ONLY == set()


def test_the_release_choices_are_the_release_module_s() -> None:
    # cli.BUMPS repeats release.BUMPS so that --help need not import the release machinery.
    from builder import cli
    from builder.release import BUMPS

    (bump,) = [param for param in cli.cli.commands["release"].params if param.name == "bump"]
    assert isinstance(bump.type, click.Choice) and tuple(bump.type.choices) == cli.BUMPS == BUMPS


def test_the_output_process_runs_calls_there_raises_their_errors_here_and_falls_back_when_gone() -> None:
    from builder import output_process

    output_process.start()
    helper = output_process._helper
    assert helper is not None
    assert output_process.run(os.getpid) == helper.process.pid != os.getpid()  # made there
    with pytest.raises(FileNotFoundError) as raised:
        output_process.run(os.stat, "/nonexistent/corpus-builder")
    assert raised.value.errno == errno.ENOENT  # the same error, as the call would raise it here
    helper.process.kill()
    helper.process.wait()
    assert output_process.run(os.getpid) == os.getpid()  # it died: the call is made here
    output_process.start()  # and a later build starts another
    assert output_process._helper is not helper and output_process.run(os.getpid) != os.getpid()


def test_an_interrupted_call_leaves_no_late_reply_to_answer_the_next_one() -> None:
    from builder import output_process

    class Interrupted(Exception):
        pass

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted

    output_process.start()
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)  # like Ctrl-C while the build waits for the helper
        with pytest.raises(Interrupted):
            output_process.run(time.sleep, 3)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    output_process.start()
    helper = output_process._helper
    assert helper is not None
    assert output_process.run(os.getpid) == helper.process.pid  # its own reply, not time.sleep's late None


def test_the_output_process_never_imports_a_builder_package_from_the_current_folder(tmp_path: Path) -> None:
    """A `builder/` where the user runs the command is not the tool: the helper process imports the
    package the command runs (a break-it run found `python -c` putting the current folder first)."""
    here = tmp_path / "cwd"
    (here / "builder").mkdir(parents=True)
    (here / "builder" / "__init__.py").write_text("open('IMPORTED', 'w').write('x')\n", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "dev-01-warehouse-heat-walkout.txt", raw)
    script = Path(sys.executable).with_name("corpus-builder")
    proc = subprocess.run(
        [str(script), "build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"],
        cwd=here,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert not (here / "IMPORTED").exists()


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["build", "--raw", "raw", "--out", "out"], True),
        (["release", "raw", "releases"], True),
        (["build", "--help"], False),
        (["release", "-h"], False),
        (["--help"], False),
        (["parse", "a.txt"], False),
        ([], False),
    ],
)
def test_only_a_build_or_a_release_starts_the_output_process_before_the_command_line(
    args: list[str], starts: bool
) -> None:
    from builder.entry import starts_output_process

    assert starts_output_process(args) is starts


_ENTRY = """
import atexit, sys
atexit.register(lambda: print("atexit handler ran", file=sys.stderr))
sys.argv = ["corpus-builder", *sys.argv[1:]]
from builder.entry import run
run()
"""


def _entry(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _ENTRY, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def test_the_program_s_quick_exit_keeps_the_exit_code_the_atexit_handlers_and_all_of_stdout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """builder.entry.run ends with os._exit: every line `main` printed must still reach a pipe, with
    main's exit code, after the atexit handlers ran."""
    from builder.cli import main

    articles = sorted(CORPUS.glob("dev-*.txt"))[:40]
    expected_code = main(["parse", *map(str, articles)])
    expected = capsys.readouterr().out
    assert expected_code == 1 and len(expected.splitlines()) == len(articles)  # some of them are bad articles
    done = _entry("parse", *articles)
    assert (done.returncode, done.stdout) == (expected_code, expected)
    assert "atexit handler ran" in done.stderr
    assert _entry("parse", ARTICLES[0]).returncode == 0
    assert _entry("build", "--no-such-option").returncode == 2  # usage error, after the early start


def test_the_collector_is_paused_in_the_block_and_back_as_it_was_after_nested_and_threaded_blocks() -> None:
    import gc
    import threading

    from builder.gc_pause import collector_paused

    assert gc.isenabled()
    entered, leave = threading.Event(), threading.Event()

    def other_thread() -> None:
        with collector_paused():
            entered.set()
            leave.wait(10)

    thread = threading.Thread(target=other_thread)
    with collector_paused():
        assert not gc.isenabled()
        thread.start()
        assert entered.wait(10)
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's block still runs
    leave.set()
    thread.join()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_the_output_process_collects_garbage_once_its_libraries_are_imported() -> None:
    import gc

    from builder import output_process

    output_process.start()
    assert output_process.run(gc.isenabled) is True
    assert output_process.run(os.getpid) != os.getpid()
