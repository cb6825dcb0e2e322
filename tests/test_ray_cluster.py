"""The Ray engine with real Ray processes, in a subprocess as a user runs it: a two-node cluster
started here (a head and a worker node, each its own `ray start`, as docs/scale.md's steps say)
builds with relative --raw and --out and gives the local engine's bytes; and a build that starts
its own Ray instance takes all of it down when the build is killed with SIGKILL."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import CORPUS, EXTRA_CORPUS
from releasing import tree

from builder._compiled import PURE_PYTHON_ENV
from builder.ray_reaper import OWNER_ENV
from builder.synth import write_synth_corpus

RAY = Path(sys.executable).with_name("ray")  # the `ray` of the environment the tests run in
BUILD = [sys.executable, "-m", "builder", "build"]
UNIT_FILES = 2  # many small units


def _stat(pid: int) -> tuple[str, int, int, int] | None:
    """(state, parent pid, session id, start time) of a process, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return fields[0].decode(), int(fields[1]), int(fields[3]), int(fields[19])


def _processes() -> dict[int, tuple[str, int, int, int]]:
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (st := _stat(int(name))) is not None:
            out[int(name)] = st
    return out


def _alive(pid: int, started: int) -> bool:
    """The same process (a pid can be reused) and not a zombie: a zombie has ended, its parent
    just has not collected its status (a dead build's orphans go to a pid 1 that may never)."""
    st = _stat(pid)
    return st is not None and st[0] != "Z" and st[3] == started


def _descendants(root: int) -> dict[int, int]:
    """pid -> start time of every live descendant of root."""
    procs = _processes()
    found, todo = {}, [root]
    while todo:
        parent = todo.pop()
        for pid, (state, ppid, _, started) in procs.items():
            if ppid == parent and state != "Z":
                found[pid] = started
                todo.append(pid)
    return found


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
    except OSError:
        return "?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Node:
    """One `ray start --block`, in a session of its own: every process it starts inherits that
    session, so what is left of it can be found, and killed, by session id."""

    def __init__(self, args: list[str], cpus: int, cwd: Path, temp_dir: Path, env: dict):
        cwd.mkdir(parents=True)
        self.log = cwd / "ray-start.log"
        self.temp_dir = temp_dir
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    str(RAY),
                    "start",
                    *args,
                    "--num-cpus",
                    str(cpus),
                    "--temp-dir",
                    str(temp_dir),
                    "--disable-usage-stats",
                    "--block",
                ],
                cwd=cwd,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 90
        while b"Ray runtime started" not in self.log.read_bytes():
            assert self.proc.poll() is None and time.monotonic() < deadline, self.log.read_text(errors="replace")
            time.sleep(0.2)

    def members(self) -> list[int]:
        return [pid for pid, (state, _, sid, _) in _processes().items() if sid == self.proc.pid and state != "Z"]

    def stop(self) -> list[str]:
        """Stop the node as `ray stop` would, but only this one (`ray stop` ends every Ray on the
        machine): SIGTERM to `ray start --block`, which stops its processes. Kill what is left and
        return what had to be killed."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while (left := self.members()) and time.monotonic() < deadline:
            time.sleep(0.2)
        described = [f"{pid} {_command(pid)}" for pid in left]
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        return described

    def tasks_run(self, name: str) -> int:
        """Tasks of function `name` this node's workers ran: each worker marks every task it starts
        with a `:task_name:NAME` line in its log, under the node's own --temp-dir."""
        return sum(
            path.read_text(errors="replace").splitlines().count(f":task_name:{name}")
            for path in self.temp_dir.glob("session_*/logs/worker-*.out")
        )


@pytest.fixture
def cluster(tmp_path):
    """A head and a worker node on this machine, each started in a folder of its own, with token
    authentication (Ray 2.60's default where ~/.ray/auth_token exists) and a token of the test's own.
    The head has no CPU for tasks, so every unit runs on the worker node: where Ray puts tasks when
    both nodes have CPUs is its own choice, and with units this small it put all but one, or all,
    on the head."""
    # Short: Ray's Unix sockets live under the temp dir, and a socket path has at most 107 bytes.
    temp = Path(tempfile.mkdtemp(prefix="cb-ray-"))
    port = _free_port()
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
    # The nodes do not have the caller's code-path variable, as a remote cluster would not.
    node_env = {name: value for name, value in env.items() if name != PURE_PYTHON_ENV}
    nodes: list[_Node] = []
    try:
        nodes.append(
            _Node(
                ["--head", "--port", str(port), "--include-dashboard=false"], 0, tmp_path / "head", temp / "h", node_env
            )
        )
        nodes.append(_Node(["--address", f"127.0.0.1:{port}"], 2, tmp_path / "worker", temp / "w", node_env))
        yield f"127.0.0.1:{port}", env, nodes
    finally:
        left = [process for node in reversed(nodes) for process in node.stop()]
        shutil.rmtree(temp, ignore_errors=True)
    assert left == [], f"Ray processes still alive after their node was stopped: {left}"


def test_a_two_node_cluster_builds_with_relative_paths_the_local_engines_bytes(cluster, tmp_path):
    address, env, (head, worker) = cluster
    job = tmp_path / "job"  # not the worker node's folder: a relative path resolved there names nothing
    shutil.copytree(CORPUS, job / "raw" / "corpus")
    shutil.copytree(EXTRA_CORPUS, job / "raw" / "extra")
    units = -(-sum(1 for p in (job / "raw").rglob("*") if p.is_file()) // UNIT_FILES)

    on_ray = subprocess.run(
        [
            *BUILD,
            "--raw",
            "raw",
            "--out",
            "ds",
            "--engine",
            "ray",
            "--address",
            address,
            "--unit-files",
            str(UNIT_FILES),
            "--quiet",
        ],
        cwd=job,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    local = subprocess.run(
        [*BUILD, "--raw", "raw", "--out", "local", "--workers", "1", "--quiet"],
        cwd=job,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "Traceback" not in on_ray.stderr + local.stderr, on_ray.stderr + local.stderr
    assert on_ray.returncode == local.returncode, on_ray.stderr
    assert "unreadable" not in (job / "local" / "rejects.jsonl").read_text(encoding="utf-8")
    assert tree(job / "ds") == tree(job / "local")
    assert sorted(p.name for p in (tmp_path / "worker").iterdir()) == ["ray-start.log"]  # nothing written there

    # Every unit ran on the worker node, a node of its own (its own raylet, folder and --temp-dir).
    assert head.tasks_run("process_unit") == 0 and worker.tasks_run("process_unit") >= units


# What a Ray task on the cluster imports as builder.parse, on the connection a build makes.
_WHERE_PARSE_RUNS = """
import sys
import ray
from builder.engines import connect_ray
connect_ray(ray, 1, sys.argv[1])
@ray.remote(num_cpus=1)
def parse_file():
    import builder.parse
    return builder.parse.__file__
print(ray.get(parse_file.remote()))
ray.shutdown()
"""


def test_a_cluster_runs_the_code_path_the_caller_asks_for(cluster, tmp_path):
    address, env, (head, worker) = cluster
    files = {}
    for pure in (False, True):
        driver_env = {name: value for name, value in env.items() if name != PURE_PYTHON_ENV}
        if pure:
            driver_env[PURE_PYTHON_ENV] = "1"
        proc = subprocess.run(
            [sys.executable, "-c", _WHERE_PARSE_RUNS, address],
            cwd=tmp_path,  # not the repository: its builder/ is the source tree
            env=driver_env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        files[pure] = proc.stdout.strip().splitlines()[-1]
    if not files[False].endswith(".so"):  # without the variable, the installed extension
        reason = f"the installed package is not compiled: {files[False]}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    assert files[True] == str(Path(files[False]).with_name("parse.py"))
    # Both tasks ran on the worker node, which has no such variable.
    assert head.tasks_run("parse_file") == 0 and worker.tasks_run("parse_file") >= 2


def test_a_build_killed_with_sigkill_takes_its_own_ray_instance_down(tmp_path):
    write_synth_corpus(300, tmp_path / "raw", seed=0, workers=1)
    done = tmp_path / ".out.work" / "done"
    # Without --address the build starts an instance of its own, even where RAY_ADDRESS names a cluster.
    env = {**os.environ, "RAY_ADDRESS": f"127.0.0.1:{_free_port()}"}
    with open(tmp_path / "build.log", "wb") as log:
        build = subprocess.Popen(
            [
                *BUILD,
                "--raw",
                "raw",
                "--out",
                "out",
                "--engine",
                "ray",
                "--workers",
                "2",
                "--unit-files",
                str(UNIT_FILES),
                "--quiet",
            ],
            cwd=tmp_path,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    noted: dict[int, int] = {}
    try:
        deadline = time.monotonic() + 120
        while not (done.is_dir() and len(os.listdir(done)) >= 2):  # Ray is up and running units
            assert build.poll() is None and time.monotonic() < deadline, (tmp_path / "build.log").read_text()
            time.sleep(0.1)
        noted = _descendants(build.pid)
        commands = [_command(pid) for pid in noted]
        assert any(c.endswith("/raylet") for c in commands) and any(c.startswith("ray::") for c in commands), commands

        build.send_signal(signal.SIGKILL)  # the build's pid alone, not its process group
        build.wait()
        deadline = time.monotonic() + 5
        while (left := [pid for pid, started in noted.items() if _alive(pid, started)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert left == [], [f"{pid} {_command(pid)}" for pid in left]
        marker = f"{OWNER_ENV}={build.pid}-".encode()
        holding = []
        for pid, (state, *_) in _processes().items():
            try:
                if state != "Z" and any(
                    v.startswith(marker) for v in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                ):
                    holding.append(f"{pid} {_command(pid)}")
            except OSError:
                continue
        assert holding == []
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
        for pid, started in noted.items():  # a failed run must not leave Ray behind either
            if _alive(pid, started):
                os.kill(pid, signal.SIGKILL)
