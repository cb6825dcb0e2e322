"""Engines run work units: in this process, in a local process pool, or as Ray tasks.

Every engine runs the same function, `work.process_unit`, and each unit writes the same files
whoever runs it; the engines differ only in where that happens. They yield `UnitDone` as units
finish, in any order: nothing downstream depends on the order of completion.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from .errors import Refusal
from .work import Unit, UnitDone, UnitTarget, process_unit

ENGINES = ("local", "ray")
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
    if workers <= 1 or len(units) <= 1:
        for unit in units:
            yield process_unit(target, unit)
        return
    # spawn, not fork: the parent holds Arrow's thread pools, and a forked child of a threaded
    # process can deadlock on a lock some thread held at the fork.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(units)), mp_context=context,
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
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
                unit = next(queue, None)
                if unit is not None:
                    running.add(pool.submit(process_unit, target, unit))


def run_ray(units: list[Unit], target: UnitTarget, workers: int, address: str | None) -> Iterator[UnitDone]:
    """Ray tasks, one per unit. On a cluster, the raw folder and the work folder must be on storage
    every node sees at the same path (NFS, a shared volume): units read raw files and write their
    results there, and the driver then writes the dataset from the work folder."""
    try:
        import ray
    except ImportError:
        raise EngineError("--engine ray needs Ray: pip install 'corpus-builder[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        options = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=workers, **options)
    try:
        task = ray.remote(num_cpus=1, max_retries=2)(process_unit)
        queue = iter(units)
        limit = 2 * max(1, int(ray.cluster_resources().get("CPU", workers)))
        running = [task.remote(target, unit) for _, unit in zip(range(limit), queue)]  # range first: zip must not take a unit it drops
        while running:
            finished, running = ray.wait(running, num_returns=1)
            for ref in finished:
                yield ray.get(ref)
                unit = next(queue, None)
                if unit is not None:
                    running.append(task.remote(target, unit))
    finally:
        if started_here:
            ray.shutdown()


def run_units(engine: str, units: list[Unit], target: UnitTarget, workers: int,
              address: str | None = None) -> Iterator[UnitDone]:
    if engine == "local":
        return run_local(units, target, workers)
    if engine == "ray":
        return run_ray(units, target, workers, address)
    raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
