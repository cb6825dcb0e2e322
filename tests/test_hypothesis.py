"""Properties over generated records (strategies derived from the JSON Schema)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import datasets
from hypothesis import given
from hypothesis import strategies as st
from releasing import write_split
from strategies import _token, records, schema_values

from builder.clean import clean_line, repair_mojibake
from builder.parse import parse_article
from builder.render import render_article
from builder.rules import record_issues
from builder.schema import features, schema_issues


@given(schema_values())
def test_schema_derived_values_are_schema_valid(value):
    assert schema_issues(value) == []


@given(records())
def test_generated_records_validate(record):
    assert record_issues(record) == []


@given(records())
def test_parse_inverts_render(record):
    data = render_article(record).encode("utf-8")
    parsed = parse_article(data, record["source"]["path"])
    # `source` describes the bytes that were parsed: here, the rendered ones.
    expected = {
        **record,
        "source": {
            "path": record["source"]["path"],
            "sha256": hashlib.sha256(data).hexdigest(),
            "encoding": "utf-8",
        },
    }
    assert parsed == expected


@given(records())
def test_parquet_round_trip_through_load_dataset(record):
    with tempfile.TemporaryDirectory() as tmp:
        rel = write_split([record], Path(tmp), "train")
        ds = datasets.load_dataset(
            "parquet", data_files=str(Path(tmp) / rel), split="train", cache_dir=str(Path(tmp) / "cache")
        )
        assert ds.features == features()
        assert ds.num_rows == 1
        assert ds[0] == record


def _as_mojibake(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="ignore")


# Plain text, layout-like tokens, and mojibake: UTF-8 read as Windows-1252 or Latin-1, whole or
# spliced into clean text, with NO-BREAK SPACEs saved as plain spaces.
_mojibake = st.tuples(st.text(), st.sampled_from(["cp1252", "latin-1"])).map(lambda t: _as_mojibake(*t))
_texts = st.one_of(
    st.text(),
    st.lists(_token, max_size=20).map(" ".join),
    _mojibake,
    st.lists(st.one_of(st.text(max_size=5), _mojibake, _token), max_size=8).map("".join),
    _mojibake.map(lambda s: s.replace("\u00a0", " ")),
)


@given(_texts)
def test_clean_line_is_idempotent(text):
    once = clean_line(text)
    assert clean_line(once) == once


_mixed_with_mojibake = st.one_of(
    _mojibake,
    st.lists(st.one_of(st.text(max_size=5), _mojibake, _token), max_size=8).map("".join),
    _mojibake.map(lambda s: s.replace("\u00a0", " ")),
)


@given(_mixed_with_mojibake)
def test_mojibake_fast_path_changes_nothing(text):
    # repair_mojibake skips ftfy on lines that cannot hold Windows-1252/Latin-1 mojibake (the kind
    # docs/raw-format.md describes); on text that holds it, the result must be ftfy's.
    import ftfy

    from builder.clean import _MOJIBAKE_ONLY, repair_pairs_in_words

    assert repair_mojibake(text) == repair_pairs_in_words(ftfy.fix_text(text, _MOJIBAKE_ONLY))


def test_mojibake_is_repaired():
    assert clean_line("Trumpâ€™s Zoë") == "Trump’s Zoë"
    assert clean_line("ZoÃ« KamiÅ„ski") == "Zoë Kamiński"
    assert clean_line("Minnesota.Â\u00a0 She") == "Minnesota. She"
    # Text that merely looks odd in another code page is left alone (ftfy alone would "fix" it).
    assert clean_line("¬ß") == "¬ß"
