"""Ends what a build's local Ray instance leaves behind when the build ends or dies (Linux).

Run as a script, not imported: `python ray_reaper.py TOKEN`, started by the build with a pipe on
stdin. The build sets `CORPUS_BUILDER_RAY_OWNER=TOKEN` in its environment only while `ray.init`
starts the instance, so the processes ray.init starts hold it, and so do their children (agents,
workers) when they start. While the build runs, the reaper notes, every half second, the build's
descendants that hold it and all of theirs: the instance. When the pipe closes, which happens when
the build ends however it ends (even by SIGKILL), it kills every noted process still alive and
every process that holds the marker. Both, because neither is enough alone: a worker started in
the last half second was not noted yet, and Ray's agents rename themselves (setproctitle), which
can wipe the environment that /proc shows for them.

Why it is needed: Ray kills the processes `ray.init` starts (GCS, raylet, monitors) when the
driver dies, but not the raylet's children. After a `kill -9` of a build, its dashboard and
runtime-env agents and idle workers stayed alive for 30 to 90 s (each waits up to 60 s to report
the raylet's death to a GCS that is already gone).

Only the standard library: it starts in tens of milliseconds and holds a few MB while it waits.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import time

OWNER_ENV = "CORPUS_BUILDER_RAY_OWNER"
NOTE_EVERY = 0.5  # seconds between two notes of the build's descendants
GIVE_UP_AFTER = 10.0  # seconds of killing; a process that outlives SIGKILL this long is stuck in the kernel


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time in clock ticks) of a live process; None if gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    if fields[0] == b"Z":
        return None
    return int(fields[1]), int(fields[19])


def _holds(pid: int, entry: bytes) -> bool:
    try:
        with open(f"/proc/{pid}/environ", "rb") as fh:
            return entry in fh.read().split(b"\0")
    except OSError:  # gone, or another user's
        return False


def instance(build: int, entry: bytes) -> dict[int, int]:
    """The build's descendants that hold the marker, with all of their descendants: the Ray
    instance, and nothing else the build may have started. pid -> start time (a pid can be
    reused; a pid and its start time cannot)."""
    children: dict[int, list[tuple[int, int]]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (st := _stat(int(name))) is not None:
            children.setdefault(st[0], []).append((int(name), st[1]))
    found: dict[int, int] = {}
    todo = [(build, False)]
    while todo:
        parent, inside = todo.pop()
        for pid, started in children.get(parent, ()):
            inside_too = inside or _holds(pid, entry)
            if inside_too:
                found[pid] = started
            todo.append((pid, inside_too))
    return found


def marked(entry: bytes) -> dict[int, int]:
    """Every live process whose environment holds `entry`: pid -> start time."""
    found = {}
    for name in os.listdir("/proc"):
        if (
            name.isdigit()
            and int(name) != os.getpid()
            and _holds(int(name), entry)
            and (st := _stat(int(name))) is not None
        ):
            found[int(name)] = st[1]
    return found


def reap(noted: dict[int, int], entry: bytes) -> int:
    """SIGKILL the noted processes that are still the same processes, and the marked ones, until
    none is left."""
    killed = 0
    deadline = time.monotonic() + GIVE_UP_AFTER
    while time.monotonic() < deadline:
        targets = {
            pid: started for pid, started in noted.items() if (st := _stat(pid)) is not None and st[1] == started
        }
        targets.update(marked(entry))  # a raylet killed a moment after the pipe closed may have started a worker
        targets.pop(os.getpid(), None)
        if not targets:
            break
        for pid in targets:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                pass
        time.sleep(0.1)
    return killed


def main() -> None:
    token = sys.argv[1]
    entry = f"{OWNER_ENV}={token}".encode()
    build = os.getppid()
    noted: dict[int, int] = {}
    while True:
        readable, _, _ = select.select([sys.stdin.fileno()], [], [], NOTE_EVERY)
        if readable and not os.read(sys.stdin.fileno(), 4096):
            break  # every copy of the pipe's write end is closed: the build has ended
        noted.update(instance(build, entry))
    reap(noted, entry)


if __name__ == "__main__":
    main()
