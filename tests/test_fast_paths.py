"""Shortcuts taken for speed give exactly what the general code gives (benchmarks/equivalence.py
checks whole records by hand; these check each shortcut on its own)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from builder import attribution, layout
from builder.clean import _DROP, _MAYBE_MOJIBAKE, _NOT_PLAIN, _clean_line_fully, clean_line
from builder.parse import quote_rows, quotes_of
from strategies import SIDEBAR_TOKENS, _token
from test_hypothesis import _texts


def test_plain_lines_hold_nothing_cleaning_would_change_but_spaces():
    # Every character the full cleaning acts on (whitespace other than a space, a dropped control,
    # a mojibake lead or C1 character) sends a line down the full path.
    for code in range(0x110000):
        c = chr(code)
        acted_on = (c.isspace() and c != " ") or _DROP.match(c) or re.match("[\u00c2-\u00f4\u0080-\u009f]", c)
        assert not acted_on or _NOT_PLAIN.match(c), hex(code)
    assert _MAYBE_MOJIBAKE.pattern.startswith("[\u00c2-\u00f4]")  # the lead characters checked above


@given(st.one_of(_texts, st.lists(_token, max_size=20).map(" ".join), st.text(st.characters(max_codepoint=0x2100))))
def test_clean_line_shortcut_gives_the_full_cleaning(text):
    assert clean_line(text) == _clean_line_fully(text)


def test_clean_line_shortcut_keeps_combining_marks_to_nfc():
    # Not NFC: the shortcut must not take it ('e' + COMBINING ACUTE -> 'é').
    assert clean_line("caf\u0065\u0301  x") == "caf\u00e9 x"


_IS = [
    ("share", layout.is_share_line),
    ("slug", layout.is_promo_slug_line),
    ("weekend", layout.is_weekend_edition_line),
    ("day_range", layout.is_day_range_line),
]


def _structure_the_long_way(line: str):
    for kind, matches in _IS:
        if matches(line):
            return kind, None
    date = layout.parse_date_line(line)
    return None if date is None else ("date", date)


@given(st.one_of(SIDEBAR_TOKENS, st.text(max_size=30), st.sampled_from([
    "FACEBOOK TWITTER REDDIT EMAIL", "Feb. 30, 2020", "Sept 1, 2020", "Foo 1, 2020", "x-1-12x99" * 30,
    "Friday—Sunday", "\u212aeekend Edition", "February 27, 2020 ", "a-b-300x4000",
])))
def test_structure_of_is_the_line_matchers_in_order(line):
    assert layout.structure_of(line) == _structure_the_long_way(line)
    assert layout.is_sidebar_structure(line) == (_structure_the_long_way(line) is not None)


def _words_by_pattern(text: str, lo: int, hi: int) -> list[tuple]:
    return [attribution._word(m.group(2), m.start(2), m.start(2) != m.start()) for m in attribution._WORD.finditer(text, lo, hi)]


@given(st.lists(st.one_of(_token, st.sampled_from(["de", "la", "Dr.", "U.S.", "’s", "Employers’", "(Jane", "“", "King Jr.", "·"])), max_size=30).map(" ".join), st.data())
def test_words_split_on_spaces_as_the_pattern_does(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert attribution._words(text, lo, hi) == _words_by_pattern(text, lo, hi)


def test_kept_quotes_are_not_shared_with_callers():
    # quote_rows keeps answers for the rules; a caller changing its quotes must not change them.
    paragraphs = ["\u201cWe will not move,\u201d said Ana Prado."]
    first = quotes_of(paragraphs)
    first[0]["speaker"] = "Someone Else"
    assert quotes_of(paragraphs)[0]["speaker"] == "Ana Prado"
    assert quote_rows(tuple(paragraphs))[0][4] == "Ana Prado"
