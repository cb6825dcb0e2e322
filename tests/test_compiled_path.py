"""The compiled hot path (setup.py, builder/_compiled.py) gives the same bytes as the pure-Python one.

Every run here is a subprocess of the *installed* package (`python -P` in a temporary folder: the
repository's builder/, which holds no extension, is not on its path), once as installed (compiled) and
once with CORPUS_BUILDER_PURE_PYTHON=1. When the installed package is not compiled, the comparisons
skip with the reason; under CI=true they fail instead, because CI must run the compiled code.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, EXTRA_CORPUS, TESTS
from strategies import draw, raw_noise, records

from builder._compiled import COMPILED, COMPILED_MODULES, NOT_COMPILED, PURE_PYTHON, PURE_PYTHON_ENV
from builder.render import UnplaceableBoilerplate, render_article

pytestmark = pytest.mark.slow  # subprocess builds

IN_CI = os.environ.get("CI") == "true"
CORPORA = {"corpus": CORPUS, "corpus-extra": EXTRA_CORPUS, "corpus-junk": TESTS / "corpus-junk"}


def _run(args: list[str], cwd: Path, pure: bool, **kw: object) -> subprocess.CompletedProcess:
    """`python -P ARGS` of the installed package, compiled or (pure=True) with the .py files."""
    env = {k: v for k, v in os.environ.items() if k != PURE_PYTHON_ENV}
    if pure:
        env[PURE_PYTHON_ENV] = "1"
    return subprocess.run(
        [sys.executable, "-P", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, **kw
    )


_FILES = (
    "import json, sys, builder._compiled as c, importlib\n"
    "files = {n: importlib.import_module('builder.' + n).__file__ for n in c.COMPILED_MODULES}\n"
    "print(json.dumps({'path': c.compiled_path(), 'files': files}))\n"
)


def _loaded(tmp_path: Path, pure: bool) -> dict:
    proc = _run(["-c", _FILES], tmp_path, pure)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _require_compiled(tmp_path: Path) -> None:
    """Skip (fail under CI=true) unless the installed package runs every compiled module from an extension."""
    loaded = _loaded(tmp_path, pure=False)
    not_compiled = sorted(n for n, f in loaded["files"].items() if not f.endswith(".so"))
    if not_compiled:
        reason = f"the installed package is not compiled ({loaded['path']}; .py: {', '.join(not_compiled)})"
        if IN_CI:
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)


def test_the_installed_package_runs_its_extensions_and_the_variable_runs_the_py_files(tmp_path):
    _require_compiled(tmp_path)
    compiled, pure = _loaded(tmp_path, pure=False), _loaded(tmp_path, pure=True)
    assert compiled["path"] == COMPILED and pure["path"] == PURE_PYTHON
    assert set(compiled["files"]) == set(pure["files"]) == set(COMPILED_MODULES)
    for name in COMPILED_MODULES:
        assert compiled["files"][name].endswith(".so"), compiled["files"][name]
        # the very file the extension was compiled from, beside it
        assert pure["files"][name] == str(Path(compiled["files"][name]).with_name(f"{name}.py"))


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(raw: Path, out: Path, pure: bool) -> str:
    """Build RAW into OUT with the CLI; the code path the build reports."""
    proc = _run(["-m", "builder", "build", "--raw", str(raw), "--out", str(out), "--json", "-q"], out.parent, pure)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr == ""  # no note: the compiled build is the installed package's own
    return json.loads(proc.stdout)["code_path"]


def test_a_build_is_byte_identical_compiled_and_pure_python(tmp_path):
    """The three test corpora and 300 synthetic articles in one raw folder (one build per path: a
    build's fixed cost is most of a small one's time), every output file compared."""
    _require_compiled(tmp_path)
    raw = tmp_path / "raw"
    for name, folder in CORPORA.items():
        shutil.copytree(folder, raw / name)  # gold and expected JSON files included: rejects to compare too
    made = _run(
        ["-m", "builder", "synth", "--count", "300", "--seed", "1", "--out", str(raw / "synth")], tmp_path, False
    )
    assert made.returncode == 0, made.stderr
    assert _build(raw, tmp_path / "compiled", pure=False) == COMPILED
    assert _build(raw, tmp_path / "pure", pure=True) == PURE_PYTHON
    compiled, pure = _tree(tmp_path / "compiled"), _tree(tmp_path / "pure")
    assert sorted(compiled) == sorted(pure)
    assert [name for name in compiled if compiled[name] != pure[name]] == []
    summary = json.loads(compiled["build-summary.json"])
    assert summary["records"] > 300 and summary["rejected"] > 100  # every corpus was read: records and rejects


def test_an_install_without_extensions_says_so_once_and_in_the_json(tmp_path):
    # The package as an install whose compilation failed holds it: the .py files alone, no setup.py beside.
    import builder

    site = tmp_path / "site"
    shutil.copytree(
        Path(builder.__file__).parent, site / "builder", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop(PURE_PYTHON_ENV, None)
    args = [sys.executable, "-P", "-m", "builder", "build", "--raw", str(CORPUS), "-q"]
    text = subprocess.run([*args, "--out", str(tmp_path / "a")], env=env, cwd=tmp_path, capture_output=True, text=True)
    as_json = subprocess.run(
        [*args, "--out", str(tmp_path / "b"), "--json"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert text.returncode == as_json.returncode == 0, (text.stderr, as_json.stderr)
    notes = [line for line in text.stderr.splitlines() if line.startswith("note: ")]
    assert notes == [
        f"note: running {NOT_COMPILED}: the extensions were not built (see `pip install -v .`'s log); "
        "the output is the same"
    ]
    assert as_json.stderr == "" and json.loads(as_json.stdout)["code_path"] == NOT_COMPILED
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")  # the note is in no file of the dataset
    release_args = ["release", "--raw", str(CORPUS), "--releases", str(tmp_path / "r"), "--date", "2026-01-01"]
    python_m_builder = args[:4]
    release = subprocess.run(
        [*python_m_builder, *release_args, "--json", "-q"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert release.returncode == 0, release.stderr
    assert json.loads(release.stdout)["code_path"] == NOT_COMPILED  # release --json says it as build --json does


# --- the parser on generated input, compiled and pure -------------------------------------------------

_PARSE = (
    "import json, sys, builder._compiled as c\n"
    "from builder.errors import Reject\n"
    "from builder.parse import parse_article\n"
    "from builder.rules import record_issues\n"
    "out = []\n"
    "for data in json.load(open(sys.argv[1], encoding='utf-8')):\n"
    "    r = parse_article(data.encode('utf-8', 'surrogateescape'), 'fuzz.txt')\n"
    "    if isinstance(r, Reject):\n"
    "        out.append(r.to_dict())\n"
    "    else:\n"
    "        out.append([r, [i.to_dict() for i in record_issues(r)]])\n"
    "print(json.dumps({'path': c.compiled_path(), 'results': out}, ensure_ascii=False))\n"
)


def _mutants(seed: int, n: int) -> list[bytes]:
    """Real files with lines dropped, repeated, swapped or cut: inputs near the layout's edges."""
    rng = random.Random(seed)
    real = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt")) + sorted(EXTRA_CORPUS.glob("*.txt"))]
    out = list(real)
    for _ in range(n):
        lines = rng.choice(real).split(b"\n")
        for _ in range(rng.randint(1, 4)):
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            op = rng.choice(("drop", "repeat", "swap", "cut"))
            if op == "drop" and len(lines) > 1:
                del lines[i]
            elif op == "repeat":
                lines.insert(j, lines[i])
            elif op == "swap":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        out.append(b"\n".join(lines))
    return out


def _rendered(n: int) -> list[bytes]:
    out = []
    for record in draw(records(), n):
        try:
            out.append(render_article(record).encode("utf-8"))
        except UnplaceableBoilerplate:
            continue
    return out


def test_parse_and_record_rules_agree_compiled_and_pure_on_generated_input(tmp_path):
    _require_compiled(tmp_path)
    inputs = _rendered(60) + draw(raw_noise(), 100) + _mutants(seed=17, n=100)
    # bytes as JSON strings: undecodable bytes as lone surrogates, given back by 'surrogateescape'
    path = tmp_path / "inputs.json"
    path.write_text(json.dumps([b.decode("utf-8", "surrogateescape") for b in inputs]), encoding="utf-8")
    compiled = _run(["-c", _PARSE, str(path)], tmp_path, pure=False)
    pure = _run(["-c", _PARSE, str(path)], tmp_path, pure=True)
    assert compiled.returncode == pure.returncode == 0, (compiled.stderr[-2000:], pure.stderr[-2000:])
    compiled_out, pure_out = json.loads(compiled.stdout), json.loads(pure.stdout)
    assert (compiled_out["path"], pure_out["path"]) == (COMPILED, PURE_PYTHON)
    assert len(compiled_out["results"]) == len(inputs)
    records_parsed = sum(1 for r in compiled_out["results"] if isinstance(r, list))
    assert records_parsed >= 50  # most rendered records and real files parse: the comparison covers records
    for data, a, b in zip(inputs, compiled_out["results"], pure_out["results"], strict=True):
        assert a == b, data[:300]
