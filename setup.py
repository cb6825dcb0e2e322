"""Compile the hot modules with Cython, or install pure Python when that fails (the metadata is in pyproject.toml).

The modules of builder/_compiled.py's COMPILED_MODULES are compiled in Cython's pure-Python mode: the
extension is built from the same builder/X.py that ships beside it (and that
CORPUS_BUILDER_PURE_PYTHON=1 runs). If Cython is missing, rejects a module, or the C compiler fails,
the build says so in its log and installs the package without extensions: every module runs as Python,
the output is the same bytes, only slower. It is all or nothing: a partly compiled package is not installed.

CORPUS_BUILDER_COMPILE, read at build time: unset compiles COMPILED_MODULES; '0' compiles nothing (a fast
install while editing); 'attribution,clean' compiles those alone (to measure one module's gain).
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

# setuptools ships no type information here, and types-setuptools is no dependency of the project
from setuptools import Extension, setup  # type: ignore[import-untyped]
from setuptools.command.build_ext import build_ext  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent


def compiled_modules() -> tuple[str, ...]:
    """COMPILED_MODULES of builder/_compiled.py, read without importing the package."""
    tree = ast.parse((HERE / "builder" / "_compiled.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "COMPILED_MODULES" and node.value:
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("setup.py: builder/_compiled.py has no COMPILED_MODULES")


def chosen_modules() -> tuple[str, ...]:
    known = compiled_modules()
    chosen = os.environ.get("CORPUS_BUILDER_COMPILE")
    if chosen is None:
        return known
    names = tuple(name.strip() for name in chosen.split(",") if name.strip() not in ("", "0"))
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SystemExit(f"setup.py: CORPUS_BUILDER_COMPILE names modules not in COMPILED_MODULES: {unknown}")
    return names


# Cython's pure-Python mode, with Python's semantics kept: annotations are not C types (no float ->
# double, no exact-type checks of str/list/dict arguments), so the compiled module behaves as its .py.
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True, "embedsignature": False}


def _say(message: str) -> None:
    # pip shows a build's output with -v, and always when the build fails; stderr keeps it out of
    # setuptools' own parsing of stdout.
    print(f"corpus-builder: {message}", file=sys.stderr, flush=True)


class OptionalBuildExt(build_ext):
    """build_ext that Cythonizes first and falls back to pure Python on any failure."""

    extensions: list[Extension]
    parallel: int | bool | None

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:  # the modules are independent: compiled in parallel
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            from Cython.Build import cythonize

            # All modules at once (in nthreads processes), the C files under build/, not beside the .py files.
            cythonized = cythonize(
                self.extensions,
                build_dir=os.path.join(self.build_temp, "cython"),
                compiler_directives=DIRECTIVES,
                quiet=True,
                nthreads=int(self.parallel or 1),
            )
            for ext, with_c_sources in zip(self.extensions, cythonized, strict=True):
                ext.sources = with_c_sources.sources
            super().run()
        except Exception as exc:  # Cython missing or rejecting a module, or the C compiler failing: pure Python
            self._fall_back(exc)
            return
        _say(f"compiled {len(self.extensions)} modules with Cython: {', '.join(e.name for e in self.extensions)}")

    def _fall_back(self, exc: BaseException) -> None:
        _say(
            f"WARNING: compiling the hot modules failed ({type(exc).__name__}: {exc}); "
            "installing the pure-Python package (same output, slower builds)"
        )
        for ext in self.extensions:  # all or nothing: remove the extensions built before the failure
            path = self.get_ext_fullpath(ext.name)
            if os.path.exists(path):
                os.remove(path)
        self.extensions = []

    def get_outputs(self) -> list[str]:
        return [path for path in super().get_outputs() if os.path.exists(path)]


def remove_stale_extensions(modules: tuple[str, ...]) -> None:
    """An extension an earlier build left in build/lib* would be packaged again: only MODULES' may stay."""
    for path in HERE.glob("build/lib*/builder/*"):
        if path.name.endswith((".so", ".pyd")) and path.name.split(".")[0] not in modules:
            path.unlink()


MODULES = chosen_modules()
remove_stale_extensions(MODULES)
setup(
    ext_modules=[Extension(f"builder.{name}", [f"builder/{name}.py"]) for name in MODULES],
    cmdclass={"build_ext": OptionalBuildExt},
)
