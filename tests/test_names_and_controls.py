"""File names and invisible controls (issue 12): raw names are shown escaped on a terminal, distinct
raw names give distinct `source.path`, and bidi controls are dropped by cleaning."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys

import datasets
import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.clean import clean_line
from builder.inputs import printable_path, real_path
from builder.parse import parse_article
from builder.rules import record_issues
from builder.terminal import terminal_safe

BIDI = [
    "\u061c",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
]
# A name that retitles the terminal (OSC 0 ... BEL), returns the cursor and shows the rest reversed.
HOSTILE_NAME = b"a\x1b]0;PWNED\x07\rb\xe2\x80\xaegnp.txt"


def _unescape(shown: str) -> bytes:
    """The inverse of printable_path, as the README describes it: \\\\ is a backslash, \\xNN a byte."""
    out, k = bytearray(), 0
    while k < len(shown):
        if shown[k] == "\\":
            if shown[k + 1] == "\\":
                out += b"\\"
                k += 2
            else:
                assert shown[k + 1] == "x"
                out.append(int(shown[k + 2 : k + 4], 16))
                k += 4
        else:
            out += shown[k].encode("utf-8")
            k += 1
    return bytes(out)


@settings(max_examples=200)
@given(
    st.lists(
        st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\0" not in b), min_size=1, max_size=3
    )
)
def test_printable_path_is_injective(parts):
    raw = b"/".join(parts)
    shown = printable_path(os.fsdecode(raw))
    assert _unescape(shown) == raw
    shown.encode("utf-8")  # storable as JSON and Parquet text: no surrogates left


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from([b"\\", b"x", b"ff", b"\xff", b"\xe9", b"\xc3", b"\xa9", b"a"]) | st.binary(max_size=4))
)
def test_real_path_is_the_exact_inverse_of_printable_path(pieces):
    # Pieces weighted to the hard cases: a name's own backslash before 'xff', split UTF-8 sequences.
    raw = b"".join(pieces)
    name = os.fsdecode(raw)
    assert real_path(printable_path(name)) == name
    assert os.fsencode(real_path(printable_path(name))) == _unescape(printable_path(name)) == raw


def test_printable_path_keeps_ordinary_names():
    for name in ("a.txt", "2020/05/story-1.txt", "café/東京 🙂.txt", "a b.txt"):
        assert printable_path(name) == name
    assert printable_path(os.fsdecode(b"a\xff.txt")) == "a\\xff.txt"
    assert printable_path("a\\xff.txt") == "a\\\\xff.txt"
    # Control characters, which source.path may not hold: C0, DEL and C1 (its two UTF-8 bytes).
    assert printable_path("bad\nname\t\x7f\x85.txt") == "bad\\x0aname\\x09\\x7f\\xc2\\x85.txt"


def test_terminal_safe_escapes_what_acts_on_a_terminal():
    assert terminal_safe(os.fsdecode(HOSTILE_NAME)) == "a\\x1b]0;PWNED\\x07\\x0db\\u202egnp.txt"
    for c in ["\x00", "\t", "\n", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\udcff", *BIDI]:
        shown = terminal_safe(f"x{c}y")
        assert c not in shown and re.fullmatch(r"x\\(x[0-9a-f]{2}|u[0-9a-f]{4})y", shown), repr(c)
    ordinary = "café 東京 🙂 a\u00a0b \\ x\u200bx “q” — ok"
    assert terminal_safe(ordinary) == ordinary


def test_cleaning_drops_bidi_controls():
    for c in BIDI:
        assert clean_line(f"a{c}b") == "ab"
        assert clean_line(f"a {c} b") == "a b"
        assert clean_line(clean_line(f"e{c}\u0301")) == clean_line(f"e{c}\u0301") == "\u00e9"
    assert clean_line("x\u200bx\u200dy") == "x\u200bx\u200dy"  # zero-width characters reorder nothing: kept


def test_a_c1_control_is_dropped_unless_windows_1252_gives_it_a_character():
    # docs/raw-format.md: a C1 control in a UTF-8 file is mojibake of the Windows-1252 character at its code
    kept = {0x80: "\u20ac", 0x85: "\u2026", 0x9B: "\u203a"}
    for code in range(0x80, 0xA0):
        cleaned = clean_line(f"a{chr(code)}b")
        if code in (0x81, 0x8D, 0x8F, 0x90, 0x9D):  # undefined in Windows-1252
            assert cleaned == "ab", hex(code)
        else:
            assert cleaned == "a" + bytes([code]).decode("cp1252") + "b", hex(code)
    assert [clean_line(f"a{chr(c)}b") for c in kept] == [f"a{v}b" for v in kept.values()]


def test_a_record_holding_a_bidi_control_is_invalid():
    record = parse_article((CORPUS / "seed.txt").read_bytes(), "seed.txt")
    assert isinstance(record, dict) and not record_issues(record)
    record["paragraphs"][0] = record["paragraphs"][0] + " \u202eevil"
    issues = record_issues(record)
    assert issues and issues[0].path == "$.paragraphs[0]", issues


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """One real build (the CLI in a subprocess) of a raw folder with hostile and colliding names."""
    tmp = tmp_path_factory.mktemp("names")
    raw = tmp / "raw"
    raw.mkdir()
    texts = {p.name: p.read_bytes() for p in sorted(CORPUS.glob("dev-0[1-3]*.txt"))}
    dev1, dev2, dev3 = texts.values()
    (raw / os.fsdecode(b"a\xff.txt")).write_bytes(dev1)  # one raw byte 0xff
    (raw / "a\\xff.txt").write_bytes(dev2)  # the nine characters a \ x f f . t x t
    (raw / os.fsdecode(HOSTILE_NAME)).write_bytes(b"")  # rejected as empty, listed on stderr
    lines = dev3.decode("utf-8").split("\n")
    headline_at = next(k for k, line in enumerate(lines) if k > 0 and line.strip())
    headline = lines[headline_at]
    lines[headline_at] = "\u202e" + headline[:5] + "\u2066" + headline[5:] + "\u200f"
    body_at = next(k for k, line in enumerate(lines) if k > headline_at + 1 and len(line) > 80)
    lines[body_at] = lines[body_at][:40] + "\u202egnp.exe\u202c" + lines[body_at][40:]
    (raw / "bidi.txt").write_bytes("\n".join(lines).encode("utf-8"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "builder",
            "build",
            "--raw",
            str(raw),
            "--out",
            str(tmp / "out"),
            "-q",
            "--workers",
            "1",
        ],
        capture_output=True,
    )
    assert proc.returncode in (0, 1), proc.stderr.decode("utf-8", "replace")
    rows = [
        row for split in datasets.load_dataset("parquet", data_dir=str(tmp / "out" / "data")).values() for row in split
    ]
    return tmp / "out", proc, rows, headline, dev1, dev2


def test_reject_listing_escapes_the_file_name(hostile_build):
    out, proc, *_ = hostile_build
    for raw_char in (b"\x1b", b"\x07", b"\r", "\u202e".encode("utf-8")):
        assert raw_char not in proc.stderr + proc.stdout
    assert b"  a\\x1b]0;PWNED\\x07\\x0db\\u202egnp.txt: empty: " in proc.stderr
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    # Stored as source.path holds a name: its controls escaped, so the exact name comes back by real_path.
    assert [r["file"] for r in rejects] == ["a\\x1b]0;PWNED\\x07\\x0db\u202egnp.txt"]
    assert [os.fsencode(real_path(r["file"])) for r in rejects] == [HOSTILE_NAME]


def test_distinct_raw_names_give_distinct_source_paths(hostile_build):
    _, _, rows, _, dev1, dev2 = hostile_build
    by_path = {row["source"]["path"]: row["source"]["sha256"] for row in rows}
    assert by_path["a\\xff.txt"] == hashlib.sha256(dev1).hexdigest()  # the byte 0xff
    assert by_path["a\\\\xff.txt"] == hashlib.sha256(dev2).hexdigest()  # the literal backslash
    assert len(by_path) == len(rows) == 3


def test_bidi_controls_reach_neither_the_data_nor_the_card(hostile_build):
    out, _, rows, headline, *_ = hostile_build
    bidi = re.compile("[" + "".join(BIDI) + "]")
    (row,) = [row for row in rows if row["source"]["path"] == "bidi.txt"]
    assert row["headline"] == clean_line(headline)
    assert any("gnp.exe" in p for p in row["paragraphs"])
    for r in rows:
        assert not bidi.search(json.dumps(r, ensure_ascii=False))
    for name in ("README.md", "DATASHEET.md"):
        assert not bidi.search((out / name).read_text(encoding="utf-8"))


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *map(str, args)], capture_output=True)


def test_folders_whose_names_are_not_utf8_are_built_released_and_read(tmp_path):
    """--out, --work-dir and --releases named with a byte that is not UTF-8: pyarrow encodes a str path as UTF-8,
    and the build failed with an internal error (a hostile test); the JSON on stdout carried the raw byte, which
    is not UTF-8. They work now, and the JSON escapes the byte so that the path reads back to the folder."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(next(iter(sorted(CORPUS.glob("dev-0*.txt")))).read_bytes())
    out, work = tmp_path / os.fsdecode(b"out-\xff"), tmp_path / os.fsdecode(b"work-\xfe")
    build = _cli("build", "--raw", raw, "--out", out, "--work-dir", work, "--json")
    assert build.returncode == 0, build.stderr.decode("utf-8", "replace")[-2000:]
    assert os.fsencode(json.loads(build.stdout.decode("utf-8"))["output"]) == os.fsencode(out)
    assert datasets.load_dataset("parquet", data_dir=str(out / "data"))["train"].num_rows == 1
    assert _cli("report", out).returncode == 0 and _cli("diff", out, out).returncode == 0

    releases = tmp_path / os.fsdecode(b"releases-\xfd")
    release = _cli("release", "--raw", raw, "--releases", releases, "--work-dir", work, "--json")
    assert release.returncode == 0, release.stderr.decode("utf-8", "replace")[-2000:]
    path = json.loads(release.stdout.decode("utf-8"))["path"]
    assert os.fsencode(path) == os.fsencode(releases / "v1.0.0")
    assert _cli("verify", releases / "v1.0.0").returncode == 0
