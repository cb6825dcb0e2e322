"""Robustness: line accounting on real, generated and mutated files; mutated and random input never
raises and always gives a valid record or a typed reject."""

from __future__ import annotations

import contextlib
import hashlib

import pytest
from accounting import check_line_accounting
from conftest import CORPUS, EXTRA_CORPUS, FUZZ_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import raw_noise, records

from builder.decode import decode_bytes
from builder.errors import ERROR_TYPES, Reject
from builder.junk import JUNK_RULES
from builder.parse import parse_article
from builder.render import render_article
from builder.rules import record_issues

REAL_FILES = sorted(CORPUS.glob("*.txt")) + sorted(EXTRA_CORPUS.glob("*.txt"))
# Rejects a parser may give; 'schema' and 'record-rule' would mean parser and validator disagree.
PARSE_REJECTS = {"empty", "binary", "undecodable", "not-an-article"} | set(JUNK_RULES)


def parse_and_validate(data: bytes) -> dict | Reject:
    """What the build does with a file's bytes: parse, then validate the record."""
    result = parse_article(data, "mutated.txt")
    if isinstance(result, Reject):
        return result
    issues = record_issues(result)
    if issues:
        return Reject("mutated.txt", issues[0].type, issues[0].message, tuple(issues))
    return result


def text_of(data: bytes) -> str:
    return decode_bytes(data).text


@pytest.mark.parametrize("path", REAL_FILES, ids=[p.stem for p in REAL_FILES])
def test_every_line_of_a_real_file_is_accounted_for(path):
    data = path.read_bytes()
    result = parse_article(data, path.name)
    if isinstance(result, Reject):
        assert result.type in PARSE_REJECTS
        return
    check_line_accounting(text_of(data), result)


@given(records())
def test_every_line_of_a_rendered_record_is_accounted_for(record):
    check_line_accounting(render_article(record), record)


# --- mutations of real files ------------------------------------------------------------------

_SEEDS = [p.read_bytes() for p in REAL_FILES if p.stat().st_size > 100]
_CONTROL = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\x07",
        "\x0b",
        "\x0c",
        "\x1b",
        "\x7f",
        "\x85",
        "\u2028",
        "\ufeff",
        "\u200b",
        "\u202e",
        "\u2066",
        "\r",
    ]
)
# Big enough to find a super-linear path, small enough for 2,000 examples: the 10 MB line, 100k
# quote marks and 100k date lines are timed by benchmarks/scaling.py, not here.
_HUGE = st.sampled_from(
    [
        "x" * 200_000,
        "\u201c" * 50_000,
        '"' * 50_001,
        "\u201ca,\u201d he said. " * 300,
        "February 27, 2020\n" * 300,
        "Weekend Edition\nFriday - Sunday\n" * 200,
        "Al Bo Cy " * 20_000,
    ]
)


@st.composite
def mutated_files(draw) -> bytes:
    data = draw(st.sampled_from(_SEEDS))
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        op = draw(
            st.sampled_from(
                ["drop", "duplicate", "swap", "control", "truncate", "bytes", "huge", "crlf", "cp1252", "bom", "blank"]
            )
        )
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        j = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "drop" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "control":
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(_CONTROL).encode("utf-8") + line[at:]
        elif op == "truncate":
            joined = b"\n".join(lines)
            lines = joined[: draw(st.integers(0, len(joined)))].split(b"\n")
        elif op == "bytes":
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.binary(min_size=1, max_size=16)) + line[at:]
        elif op == "huge":
            lines.insert(i, draw(_HUGE).encode("utf-8"))
        elif op == "crlf":
            lines = [line.rstrip(b"\r") + b"\r" for line in lines]
        elif op == "cp1252":
            with contextlib.suppress(UnicodeDecodeError, UnicodeEncodeError):
                lines = [line.decode("utf-8").encode("cp1252") for line in lines]
        elif op == "bom":
            lines[0] = b"\xef\xbb\xbf" + lines[0]
        elif op == "blank":
            lines.insert(i, b"  \t ")
    return b"\n".join(lines)


def _check_outcome(data: bytes) -> None:
    result = parse_and_validate(data)
    if isinstance(result, Reject):
        assert result.type in ERROR_TYPES and result.message
        assert result.type in PARSE_REJECTS, f"the parser made a record the validator rejects: {result.message}"
        return
    assert result["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    check_line_accounting(text_of(data), result)


@settings(max_examples=FUZZ_EXAMPLES)
@given(mutated_files())
def test_mutated_files_give_a_valid_record_or_a_typed_reject(data):
    _check_outcome(data)


@settings(max_examples=FUZZ_EXAMPLES)
@given(raw_noise())
def test_random_input_gives_a_valid_record_or_a_typed_reject(data):
    _check_outcome(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b" \n\t\n", "the file holds only whitespace"),
        (b"\xef\xbb\xbf\n", "the file holds only a byte-order mark and whitespace"),
        (b"\n\xc3", "the file holds only a character cut off at its end and whitespace"),
    ],
)
def test_an_empty_file_is_told_apart_by_what_it_holds(data, message):
    result = decode_bytes(data)
    assert (result.type, result.message) == ("empty", message)
