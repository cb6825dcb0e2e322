"""The library API: what `builder` exports is documented, and docs/library.md's example runs and
prints what the page says it prints."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO

import builder

LIBRARY_DOC = REPO / "docs" / "library.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```$", LIBRARY_DOC.read_text(encoding="utf-8"), re.S | re.M)


def test_every_exported_name_exists_and_is_documented():
    table = LIBRARY_DOC.read_text(encoding="utf-8")
    for name in builder.__all__:
        value = getattr(builder, name)
        if name in ("__version__", "DEFAULT_SPLITS"):
            continue  # values, not functions or classes
        assert (value.__doc__ or "").strip(), f"builder.{name} has no docstring"
        assert f"`{name}" in table, f"builder.{name} is not in docs/library.md"
    assert set(builder.__all__) == {"__version__", *builder._EXPORTS} and set(builder.__all__) <= set(dir(builder))


def test_importing_the_package_imports_none_of_the_library():
    code = "import sys, builder; print(sorted(m for m in sys.modules if m.startswith('builder.')))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_the_documented_example_runs_and_prints_what_the_page_says(tmp_path):
    (example,) = _blocks("python")
    (printed,) = _blocks("text")
    (tmp_path / "example.py").write_text(example, encoding="utf-8")
    proc = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == printed
    assert (tmp_path / "dataset" / "build-summary.json").is_file()
    assert (tmp_path / "releases" / "v1.0.0" / "MANIFEST.json").is_file()
