"""The code keeps its shape (issue 13): small functions and classes, ruff and mypy clean.

The size limits are measured as the issue states them: AST `lineno` to `end_lineno` of every function
and class in builder/, decorators excluded. ruff and mypy run here, from the test suite, so that CI
(which runs exactly the README's test command) checks them without a second command.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

MAX_FUNCTION_LINES = 59  # "under 60 lines"
MAX_CLASS_LINES = 199  # "under 200"


def _units() -> list[tuple[str, str, int]]:
    found = []
    for path in sorted((REPO / "builder").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                assert node.end_lineno is not None
                span = node.end_lineno - node.lineno + 1
                found.append((f"{path.relative_to(REPO)}:{node.lineno} {node.name}", type(node).__name__, span))
    return found


def test_every_function_spans_under_60_lines_and_every_class_under_200():
    units = _units()
    assert len(units) > 300, "the walk found too few functions: is builder/ where it was?"
    too_long = [
        f"{where} ({span} lines)"
        for where, kind, span in units
        if span > (MAX_CLASS_LINES if kind == "ClassDef" else MAX_FUNCTION_LINES)
    ]
    assert not too_long, "split these by responsibility:\n" + "\n".join(too_long)


def test_no_module_level_name_is_bound_twice():
    """A constant bound twice in a module silently replaces the first for every function that reads it: a junk rule's
    `_SCREEN_WORD` defined again 1,400 lines on took another rule's words away (the session of 2026-12-06, sixth; the
    word model hid it). ruff's F811 sees functions and imports, not assignments."""
    twice = []
    for path in sorted((REPO / "builder").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.relative_to(REPO)}:{node.lineno} {target.id} (first at {seen[target.id]})")
                    seen.setdefault(target.id, node.lineno)
    assert twice == []


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: it comes with the test extra (pip install '.[test]')")
    return found


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_lint_format_and_types_are_clean(command):
    done = subprocess.run([_tool(command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
