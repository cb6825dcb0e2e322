"""corpus-builder: raw scraped news articles -> a validated, versioned Hugging Face dataset.

The library API is the names in `__all__`; the command line (builder/cli.py) is a thin layer over
them, and docs/library.md shows them at work. They are imported on first use (PEP 562), not with
the package: every work-unit process imports this package, and most of it needs none of them.

    from builder import build_dataset, parse_split_spec
    result = build_dataset("raw", "dataset", parse_split_spec("train=0.8,validation=0.1,test=0.1"))
    print(result.summary.records, [r.file for r in result.rejects])
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# Before any other builder module is imported: CORPUS_BUILDER_PURE_PYTHON=1 runs the .py of every compiled
# module (builder/_compiled.py; imported only then, so that `import builder` imports no submodule).
if os.environ.get("CORPUS_BUILDER_PURE_PYTHON", "") not in ("", "0"):
    from ._compiled import install_pure_python_finder

    install_pure_python_finder()

__version__ = "0.1.0"

# name -> the module that defines it
_EXPORTS = {
    # building and releasing
    "build_dataset": "build",
    "BuildOptions": "build",
    "BuildResult": "build",
    "Duplicate": "build",
    "UnitsRead": "build",
    "release": "release",
    "ReleaseResult": "release",
    "ReleaseError": "release",
    "BuildSummary": "stats",
    "Statistics": "stats",
    "parse_split_spec": "splits",
    "DEFAULT_SPLITS": "splits",
    # one article, one record
    "parse_article": "parse",
    "load_article": "load",
    "record_issues": "rules",
    "schema_issues": "schema",
    # checking a release
    "verify": "manifest",
    # a synthetic raw corpus, to try things on
    "write_synth_corpus": "synth",
    # what goes wrong, as data
    "Reject": "errors",
    "Issue": "errors",
    "BuilderError": "errors",
    "Refusal": "errors",
    "Failure": "errors",
}

__all__ = [
    "__version__",
    "build_dataset",
    "BuildOptions",
    "BuildResult",
    "Duplicate",
    "UnitsRead",
    "release",
    "ReleaseResult",
    "ReleaseError",
    "BuildSummary",
    "Statistics",
    "parse_split_spec",
    "DEFAULT_SPLITS",
    "parse_article",
    "load_article",
    "record_issues",
    "schema_issues",
    "verify",
    "write_synth_corpus",
    "Reject",
    "Issue",
    "BuilderError",
    "Refusal",
    "Failure",
]

if TYPE_CHECKING:  # the same names, for type checkers and editors
    from .build import BuildOptions, BuildResult, Duplicate, UnitsRead, build_dataset
    from .errors import BuilderError, Failure, Issue, Refusal, Reject
    from .load import load_article
    from .manifest import verify
    from .parse import parse_article
    from .release import ReleaseError, ReleaseResult, release
    from .rules import record_issues
    from .schema import schema_issues
    from .splits import DEFAULT_SPLITS, parse_split_spec
    from .stats import BuildSummary, Statistics
    from .synth import write_synth_corpus


def __getattr__(name: str) -> Any:
    """An exported name, imported from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'builder' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once imported, found without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
