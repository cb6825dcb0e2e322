"""A second process for the build outputs whose libraries only they need: the length histogram
(matplotlib), the card (huggingface_hub, with its HTTP stack) and the datasheet (jinja2).

Those imports and the drawing are half of a small build's fixed cost, and a thread cannot overlap
them with the build's own work: an import holds the GIL. A build therefore starts this process first
(`start`; the `corpus-builder` program calls it before it imports its command line, builder/entry.py);
it imports them on the other core while the build imports its own libraries and reads the raw files,
then waits. `run` hands it a function and its arguments and returns the result or raises
the error, as the call would here; without a started process, or if it died, the call runs here.
What it makes is the same bytes: the same code runs with the same libraries.

While this process waits for the helper, a thread imports what the build needs next (WARM_WHILE_WAITING:
mlcroissant, for croissant.json): a thread blocked on the pipe holds no GIL, so that import is free.
mlcroissant stays here: the helper would import it from scratch, with pandas, pyarrow and numpy, and
be ready too late, while here pyarrow has imported pandas already.

One process per building process, reused by its later builds: it is a daemon (ended when this
process exits: it reads end-of-file on its pipe) and asks the kernel to kill it when this process dies
(engines.die_with_parent). It is a plain `python -c` with this process's sys.path, not a multiprocessing
"spawn" child: spawn runs the caller's main script again in the child, which a script without an
`if __name__ == "__main__":` guard (docs/library.md's example) cannot survive, and which costs time.
Paths given to `run` must be absolute: the helper keeps the folder this process was in at `start`.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

# Imported once the process is started (start) or in it (serve): `corpus-builder build` starts it before
# anything else is imported (builder/entry.py), and the sooner it starts, the sooner the build has its outputs.
if TYPE_CHECKING:
    from multiprocessing.connection import Connection

_T = TypeVar("_T")
WARM_WHILE_WAITING = ("mlcroissant",)


class _Helper:
    def __init__(self, process: subprocess.Popen, reader: Connection, writer: Connection) -> None:
        self.process, self.reader, self.writer = process, reader, writer
        self.owner = os.getpid()  # a forked child inherits this object, not the process behind it
        self.lock = threading.Lock()  # one call at a time on the pipes

    def alive(self) -> bool:
        return self.owner == os.getpid() and self.process.poll() is None


_helper: _Helper | None = None
_starting = threading.Lock()


def start() -> None:
    """Start the helper process unless it runs: it imports its libraries meanwhile."""
    global _helper
    with _starting:
        if _helper is not None and _helper.alive():
            return
        _helper = None
        from_us, to_helper = os.pipe()  # (read end, write end)
        from_helper, to_us = os.pipe()
        # -P: the helper's folder is not put first on its path, so a `builder/` where the user runs the
        # command is never imported; the path is this process's, led by the folder of this very package
        # ('' made absolute), so the helper runs the code this process runs.
        # The collector is off until the helper has imported its libraries (gc_pause.py says why).
        code = f"import gc; gc.disable(); from {__name__} import serve; serve({from_us}, {to_us}, {os.getpid()})"
        command = [sys.executable, "-P", "-c", code]
        package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        path = [package_parent, *(entry or os.getcwd() for entry in sys.path)]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
        try:
            process = subprocess.Popen(command, pass_fds=(from_us, to_us), stdin=subprocess.DEVNULL, env=env)
        except (OSError, ValueError):  # no process to be had (no pass_fds off POSIX): the outputs are made here
            os.close(to_helper)
            os.close(from_helper)
            return
        finally:
            os.close(from_us)
            os.close(to_us)
        from multiprocessing.connection import Connection

        _helper = _Helper(process, Connection(from_helper, writable=False), Connection(to_helper, readable=False))


def run(function: Callable[..., _T], *args: Any) -> _T:
    """function(*args) in the helper process if one was started, else here. `function` must be a
    module-level function and `args` picklable."""
    helper = _helper
    if helper is None or helper.owner != os.getpid():
        return function(*args)
    with helper.lock:
        try:
            helper.writer.send((function, args))
            _warm_here()
            ok, value, remote = helper.reader.recv()
        except (EOFError, OSError):  # it died (killed, out of memory): the call is made here instead
            _discard(helper)
            return function(*args)
        except BaseException:  # interrupted (Ctrl-C): its late reply would answer the next call, so it goes
            _discard(helper)
            raise
    if ok:
        return value  # unpickled: what function returned there
    value.__cause__ = _RemoteTraceback(remote)
    raise value


def _discard(helper: _Helper) -> None:
    global _helper
    if _helper is helper:
        _helper = None
    helper.process.kill()  # no-op if it is gone
    helper.process.wait()
    helper.reader.close()
    helper.writer.close()


_warmed_in: int | None = None  # the process whose thread imports WARM_WHILE_WAITING


def _warm_here() -> None:
    """Import WARM_WHILE_WAITING on a thread, once per process (an import of them meanwhile waits for it)."""
    global _warmed_in
    if _warmed_in == os.getpid():
        return
    _warmed_in = os.getpid()
    threading.Thread(target=_import, args=(WARM_WHILE_WAITING,), name="corpus-builder-warm", daemon=True).start()


def _import(names: tuple[str, ...]) -> None:
    from .gc_pause import collector_paused

    with collector_paused():
        for name in names:
            try:
                importlib.import_module(name)
            except ImportError:  # the build's own import of it reports the error
                return


class _RemoteTraceback(Exception):
    """The helper's traceback of an error it raised, shown as the cause of the error raised here."""

    def __str__(self) -> str:
        return str(self.args[0])


def serve(reader_fd: int, writer_fd: int, parent: int) -> None:
    """The helper's loop: import its libraries, then run calls until the pipe closes."""
    from multiprocessing.connection import Connection

    from .engines import die_with_parent

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle; this process ends with it
    reader, conn = Connection(reader_fd, writable=False), Connection(writer_fd, readable=False)
    _import_libraries()
    gc.freeze()  # what the imports made: kept for good, never collected again
    gc.enable()  # off since the process started (start's command line)
    while True:
        try:
            function, args = reader.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[bool, Any, str | None] = (True, function(*args), None)
        except BaseException as exc:  # every error goes back to the caller, as the call would raise it here
            reply = (False, exc, traceback.format_exc())
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable error or result
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}"), reply[2] or traceback.format_exc()))


def _import_libraries() -> None:
    import huggingface_hub.repocard  # noqa: F401
    import jinja2  # noqa: F401
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.style  # noqa: F401

    from . import card, datasheet, stats  # noqa: F401  (the functions `run` sends are theirs)
