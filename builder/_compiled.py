"""The compiled hot path: which modules `pip install .` compiles, and which code a run uses.

setup.py compiles the modules of COMPILED_MODULES with Cython in pure-Python mode: the extension
module is built from the very builder/X.py that ships beside it, so there is one implementation.
Python's import system prefers an extension (builder/X.cpython-*.so) to the .py of the same name.

CORPUS_BUILDER_PURE_PYTHON=1 selects the .py files at run time: builder/__init__.py installs
`PurePythonFinder` first on sys.meta_path, and it loads builder/X.py for every compiled X. The
variable is read when `builder` is imported; work-unit processes (spawned, or Ray workers on this
machine) inherit the environment, so they run the same code as the build that started them.

`compiled_path()` says which code runs (see CODE_PATHS). A build whose package holds no compiled
module at all, though it is installed, says so (cli.py): its install fell back to pure Python.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

# The hot modules of a build's profile whose time is Python code run per line or word of an article.
# Not compiled: names (word lists, no code), neardup (numpy does its work), work (pyarrow does): leaving
# them out measured no loss. setup.py reads this tuple with ast, without importing the package.
COMPILED_MODULES: tuple[str, ...] = (
    "attribution",
    "clean",
    "identity",
    "junk",
    "layout",
    "parse",
    "quotes",
    "rules",
)

PURE_PYTHON_ENV = "CORPUS_BUILDER_PURE_PYTHON"

COMPILED = "compiled"
PURE_PYTHON = "pure-python"  # asked for with CORPUS_BUILDER_PURE_PYTHON=1
NOT_COMPILED = "pure-python (no compiled modules found)"  # an install whose compilation failed or was skipped
SOURCE_CHECKOUT = "pure-python (source checkout)"  # `python -m builder` in the repository: the sources, as written
CODE_PATHS = (COMPILED, PURE_PYTHON, NOT_COMPILED, SOURCE_CHECKOUT)  # or "partly compiled (...)": see compiled_path

_PACKAGE = __name__.rpartition(".")[0]
_HERE = os.path.dirname(os.path.abspath(__file__))


def pure_python_requested() -> bool:
    """CORPUS_BUILDER_PURE_PYTHON is set to anything but '' or '0'."""
    return os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0")


class PurePythonFinder:
    """A sys.meta_path finder: builder.X, for a compiled X, from builder/X.py instead of the extension."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != _PACKAGE or name not in COMPILED_MODULES:
            return None
        source = os.path.join(_HERE, name + ".py")
        if not os.path.isfile(source):
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, source)
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def install_pure_python_finder() -> None:
    """With CORPUS_BUILDER_PURE_PYTHON=1, the compiled modules are imported from their .py files."""
    if pure_python_requested() and not any(isinstance(f, PurePythonFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, PurePythonFinder())


def is_compiled(name: str) -> bool:
    """builder.NAME runs (or, not imported yet, would run) from an extension module."""
    module = sys.modules.get(f"{_PACKAGE}.{name}")
    if module is not None:
        origin = getattr(module, "__file__", None) or ""
    else:
        spec = importlib.util.find_spec(f"{_PACKAGE}.{name}")
        origin = (spec.origin or "") if spec else ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def compiled_path() -> str:
    """Which code runs: one of CODE_PATHS, or 'partly compiled (N of M modules; not: ...)'."""
    compiled = [name for name in COMPILED_MODULES if is_compiled(name)]
    if len(compiled) == len(COMPILED_MODULES):
        return COMPILED
    if compiled:
        missing = ", ".join(name for name in COMPILED_MODULES if name not in compiled)
        return f"partly compiled ({len(compiled)} of {len(COMPILED_MODULES)} modules; not: {missing})"
    if any(isinstance(f, PurePythonFinder) for f in sys.meta_path):
        return PURE_PYTHON
    # A package imported from the repository (setup.py beside it) runs its sources; an installed one
    # without extensions is an install whose compilation failed or was skipped.
    if os.path.isfile(os.path.join(_HERE, os.pardir, "setup.py")):
        return SOURCE_CHECKOUT
    return NOT_COMPILED


def code_path_note() -> str | None:
    """One line for stderr when an install runs without its compiled modules (not asked for)."""
    path = compiled_path()
    if path in (COMPILED, PURE_PYTHON, SOURCE_CHECKOUT):
        return None
    return f"note: running {path}: the extensions were not built (see `pip install -v .`'s log); the output is the same"
