"""Engines run work units: in this process, in a local process pool, or as Ray tasks.

Every engine runs the same function, `work.process_unit`, and each unit writes the same files
whoever runs it; the engines differ only in where that happens. They yield `UnitDone` as units
finish, in any order: nothing downstream depends on the order of completion.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import multiprocessing
import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._compiled import PURE_PYTHON_ENV
from .errors import Refusal
from .ray_reaper import OWNER_ENV

if TYPE_CHECKING:  # work (pyarrow, the parser) is imported by the engines that run units, not for --help
    from .work import Unit, UnitDone, UnitTarget

ENGINES = ("local", "ray")
# Variables of this process that Ray tasks get too (runtime_env env_vars), when they are set here.
FORWARDED_ENV = (PURE_PYTHON_ENV,)
_PR_SET_PDEATHSIG = 1


class EngineError(Refusal):
    """The engine cannot run here (e.g. Ray is not installed or the cluster cannot be reached)."""

    type = "engine"
    title = "Engine cannot run"


def die_with_parent(parent: int) -> None:
    """A pool worker's initializer: the kernel sends it SIGKILL when the build process dies, however
    it dies (SIGKILL included), so no worker outlives its build to write into a later one. Linux
    only (prctl); the run ids in work units keep late writes harmless everywhere else."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_local(units: list[Unit], target: UnitTarget, workers: int) -> Iterator[UnitDone]:
    from .work import process_unit

    if workers <= 1 or len(units) <= 1:
        for unit in units:
            yield process_unit(target, unit)
        return
    # spawn, not fork: the parent holds Arrow's thread pools, and a forked child of a threaded
    # process can deadlock on a lock some thread held at the fork.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(units)), mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
    )
    try:
        queue = iter(units)
        running = set()
        # At most two units per worker in flight, so a million-file plan is not queued all at once.
        for unit in queue:
            running.add(pool.submit(process_unit, target, unit))
            if len(running) >= 2 * workers:
                break
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                following = next(queue, None)
                if following is not None:
                    running.add(pool.submit(process_unit, target, following))
    except BaseException:
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End a pool's workers now, not once their units are done: Ctrl-C, SIGTERM or an error must not wait for a
    unit of large files (a hostile run waited 68 s). A killed unit leaves no trace a later run reads (work units are
    committed whole, under run ids)."""
    # `_processes` is the executor's own map of worker processes (CPython 3.11-3.13; 3.14 adds terminate_workers()).
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for process in workers:
        with contextlib.suppress(Exception):
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def run_ray(units: list[Unit], target: UnitTarget, workers: int, address: str | None) -> Iterator[UnitDone]:
    """Ray tasks, one per unit. On a cluster, the raw folder and the work folder must be on storage
    every node sees at the same path (NFS, a shared volume): units read raw files and write their
    results there, and the driver then writes the dataset from the work folder."""
    from .work import process_unit

    try:
        import ray
    except ImportError:
        raise EngineError("--engine ray needs Ray: pip install 'corpus-builder[ray]'") from None
    started_here = not ray.is_initialized()
    reaper = connect_ray(ray, workers, address) if started_here else None
    try:
        task = ray.remote(num_cpus=1, max_retries=2)(process_unit)
        queue = iter(units)
        limit = 2 * max(1, int(ray.cluster_resources().get("CPU", workers)))
        running = [
            task.remote(target, absolute_unit(unit)) for _, unit in zip(range(limit), queue, strict=False)
        ]  # range first: zip must not take a unit it drops
        while running:
            finished, running = ray.wait(running, num_returns=1)
            for ref in finished:
                yield ray.get(ref)
                unit = next(queue, None)
                if unit is not None:
                    running.append(task.remote(target, absolute_unit(unit)))
    finally:
        if started_here:
            ray.shutdown()
        if reaper is not None:
            _release(reaper)  # it ends what ray.shutdown left, if anything


def connect_ray(ray: Any, workers: int, address: str | None) -> subprocess.Popen | None:
    """Join the cluster at `address`, or start a Ray instance of `workers` CPUs for this build (then
    return its reaper, see _start_local_ray). `ray`: the module, imported on demand."""
    options: dict[str, Any] = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
    # A cluster's workers have their node's environment, not this process's: the variable that
    # chooses the code path (builder/_compiled.py) goes with the job, so they run the caller's code.
    forwarded = {name: os.environ[name] for name in FORWARDED_ENV if name in os.environ}
    if forwarded:
        options["runtime_env"] = {"env_vars": forwarded}
    if address:
        _join_cluster(ray, address, options)
        return None
    return _start_local_ray(ray, workers, options)


def _join_cluster(ray: Any, address: str, options: dict) -> None:  # ray: the module, imported on demand
    try:
        ray.init(address=address, **options)
    except (ConnectionError, RuntimeError) as exc:
        causes: list[str] = []
        cause: BaseException | None = exc
        while cause is not None:
            causes.append(f"{type(cause).__name__} {cause}")
            cause = cause.__cause__
        hint = ""
        if any("AuthenticationError" in c or "InvalidAuthToken" in c for c in causes):
            if os.environ.get("RAY_AUTH_MODE") != "token":
                hint = (
                    "; the cluster uses token authentication: set RAY_AUTH_MODE=token, with the cluster's token "
                    "in ~/.ray/auth_token or RAY_AUTH_TOKEN"
                )
            else:
                hint = "; the cluster refused this machine's token (RAY_AUTH_TOKEN, or else ~/.ray/auth_token)"
        raise EngineError(f"cannot join the Ray cluster at {address}: {exc}{hint}") from None


def _start_local_ray(ray: Any, workers: int, options: dict) -> subprocess.Popen | None:
    """Start a Ray instance on this machine for this build, and make it end with the build.

    Ray ties the processes ray.init starts (GCS, raylet, monitors) to this process, but not the
    raylet's children: after a kill -9 of a build, Ray's two agents and idle workers lived on for
    30 to 90 s. Every process ray.init starts inherits a marker in its environment; a small reaper
    (ray_reaper.py, in a session of its own so a kill of this process group spares it) notes those
    processes and their descendants while the build runs, and kills what is left of them once this
    process has ended, however it ended."""
    token = f"{os.getpid()}-{secrets.token_hex(8)}"
    reaper = None
    if sys.platform.startswith("linux"):
        # Started before the marker is set, so it does not hold it; its stdin pipe is not inherited
        # by Ray's processes (close-on-exec), so the pipe closes when this process ends.
        reaper = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("ray_reaper.py")), token],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    os.environ[OWNER_ENV] = token
    try:
        # "local": without it, ray.init joins the cluster named by RAY_ADDRESS or by the last
        # `ray start` on this machine, if any, and then fails on num_cpus.
        ray.init(address="local", num_cpus=workers, **options)
    except BaseException:
        if reaper is not None:
            _release(reaper)
        raise
    finally:
        del os.environ[OWNER_ENV]
    return reaper


def _release(reaper: subprocess.Popen) -> None:
    if reaper.stdin is not None:  # started with stdin=PIPE: closing it tells the reaper the build is over
        reaper.stdin.close()
    # On a timeout, it gives up on its own (ray_reaper.GIVE_UP_AFTER); a build is not held up for it.
    with contextlib.suppress(subprocess.TimeoutExpired):
        reaper.wait(timeout=15)


def absolute_unit(unit: Unit) -> Unit:
    """The unit with every path to open made absolute, against this process's folder: a Ray task
    runs in its worker's own folder (on a cluster, the folder `ray start` ran in on its node), where
    a relative path names another file or none. Made per unit as it is sent, so a million-file plan
    is not held twice."""
    if all(os.path.isabs(path) for _, path in unit.files):
        return unit
    return dataclasses.replace(unit, files=tuple((rel, os.path.abspath(path)) for rel, path in unit.files))


def run_units(
    engine: str, units: list[Unit], target: UnitTarget, workers: int, address: str | None = None
) -> Iterator[UnitDone]:
    # The work folder is absolute for every engine (open_work_dir makes it so), for the same reason as
    # absolute_unit. The local pool's units keep their paths as given: its workers are this process's
    # children and start in its folder.
    if not os.path.isabs(target.work_dir):
        target = dataclasses.replace(target, work_dir=os.path.abspath(target.work_dir))
    if engine == "local":
        return run_local(units, target, workers)
    if engine == "ray":
        return run_ray(units, target, workers, address)
    raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
