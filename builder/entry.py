"""The `corpus-builder` program: `builder.cli.main` with a faster start and end (issue 17).

Start: `build` and `release` start their output process (output_process.py) before the command line
module and click are imported, so that its imports begin about 0.1 s sooner: in a one-article build
that process is the longest path, the build waits for its histogram and card.

End: `run` ends the process the way the interpreter would, without freeing every object of every
module first. After a build (pyarrow, pandas, mlcroissant imported) that freeing took about 0.2 s of
the command's 1.7 s, and nothing needs it: the dataset is written and its files closed when `main`
returns. Whatever else the interpreter does at exit is done here, in its order: wait for the threads
that are not daemons, run the atexit handlers, flush stdout and stderr. If a flush fails (a closed
pipe), the interpreter's own exit runs instead, so such a failure is reported as it was before.

`builder.cli.main` stays the function tests and library users call: it returns the exit code.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from typing import NoReturn

# The commands that start an output process (cli.build and cli.release call output_process.start too:
# it starts one process, whoever calls first).
STARTS_OUTPUT_PROCESS = ("build", "release")
HELP_OPTIONS = ("-h", "--help")


# OpenBLAS starts a thread per core when numpy is imported, and they spin before they sleep: about
# 0.07 s of CPU in every process that imports numpy (the build's, its output process, its workers),
# for nothing, as no command does floating-point linear algebra (the near-duplicate keys' matmul is on
# integers, which numpy does without BLAS). One thread, unless the user chose otherwise; the processes
# the command starts inherit it. Set by the program only: a library user's process is theirs to set.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "1")
EXIT_INTERRUPTED = 3  # errors.EXIT_FAILED, the code of every interrupted command (not imported: errors is not yet)


def run() -> NoReturn:
    """The console script: `corpus-builder ARGS`."""
    os.environ.setdefault(*BLAS_THREADS)
    signal.signal(signal.SIGTERM, _terminated)
    args = sys.argv[1:]
    try:
        if starts_output_process(args):
            from . import output_process

            output_process.start()
        from .gc_pause import collector_paused

        with collector_paused():
            from .cli import main
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM while the modules load: before any work, the policy's line
        sys.stderr.write("failed: interrupted; nothing new written\n")  # (it printed a traceback, exit 130)
        sys.stderr.flush()
        # (at once: an interrupt inside an import can leave the interpreter to end itself by SIGINT after a normal
        # exit, exit -2, as a test saw one run in six)
        os._exit(EXIT_INTERRUPTED)
    code = main(args)
    exit_now(code)


def _terminated(signum: int, frame: object) -> NoReturn:
    """SIGTERM (`kill`, `timeout`, `docker stop`, systemd) ends a command as Ctrl-C does: the same
    `failed: interrupted …` line, exit 3, the staging folder removed and the work-unit processes shut down.
    Without it the interpreter died at once, leaving its staging folder and semaphores behind (a hostile run)."""
    raise KeyboardInterrupt


def starts_output_process(args: list[str]) -> bool:
    """Whether `corpus-builder ARGS` builds a dataset, so its output process is worth starting at once:
    the command is build or release and no help is asked for (a usage error found later costs only the
    start of a process that ends with this one)."""
    return bool(args) and args[0] in STARTS_OUTPUT_PROCESS and not any(arg in HELP_OPTIONS for arg in args[1:])


def exit_now(code: int) -> NoReturn:
    """End the process with `code` as the interpreter would, minus its freeing of every module's objects."""
    main_thread = threading.main_thread()
    for thread in threading.enumerate():
        if thread is not main_thread and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    atexit._clear()  # ran once: the fallback below must not run them again
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # e.g. stdout is a pipe whose reader left: the interpreter reports it
        sys.exit(code)
    os._exit(code)
