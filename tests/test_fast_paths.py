"""Shortcuts taken for speed give exactly what the general code gives (benchmarks/equivalence.py
checks whole records by hand; these check each shortcut on its own)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import ftfy
import ftfy.badness
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import SIDEBAR_TOKENS, _token
from test_hypothesis import _texts

from builder import attribution, badness, decode, layout
from builder.clean import (
    _DROP,
    _MAYBE_MOJIBAKE,
    _MOJIBAKE_ONLY,
    _NOT_PLAIN,
    _clean_line_fully,
    _ftfy_leaves_unchanged,
    clean_cache_clear,
    clean_line,
    collapse_whitespace,
)
from builder.parse import _classify_sidebar, _sidebars_kept, _streamed_lines, classify_sidebar, quote_rows, quotes_of
from builder.quotes import find_quote_spans


def test_plain_lines_hold_nothing_cleaning_would_change_but_spaces():
    # Every character the full cleaning acts on (whitespace other than a space, a dropped control,
    # a mojibake lead or C1 character) sends a line down the full path.
    for code in range(0x110000):
        c = chr(code)
        acted_on = (c.isspace() and c != " ") or _DROP.match(c) or re.match("[\u00c2-\u00f4\u0080-\u009f]", c)
        assert not acted_on or _NOT_PLAIN.match(c), hex(code)
    assert _MAYBE_MOJIBAKE.pattern.startswith("[\u00c2-\u00f4]")  # the lead characters checked above


def test_an_ascii_line_is_plain_exactly_when_it_is_printable():
    # clean_line checks an ASCII line with isprintable() instead of searching it for _NOT_PLAIN.
    for code in range(0x80):
        assert chr(code).isprintable() == (_NOT_PLAIN.match(chr(code)) is None), hex(code)


@given(st.one_of(_texts, st.lists(_token, max_size=20).map(" ".join), st.text(st.characters(max_codepoint=0x2100))))
def test_clean_line_shortcut_gives_the_full_cleaning(text):
    assert clean_line(text) == _clean_line_fully(text)


def test_clean_line_shortcut_keeps_combining_marks_to_nfc():
    # Not NFC: the shortcut must not take it ('e' + COMBINING ACUTE -> 'é').
    assert clean_line("caf\u0065\u0301  x") == "caf\u00e9 x"


# Mojibake as it is made: UTF-8 bytes read in another code page, once or twice, whole or in part.
_CODE_PAGES = ["cp1252", "latin-1", "cp1251", "mac_roman", "cp1253", "cp1257", "cp437", "cp1250", "iso-8859-2"]
_NON_ASCII = st.text(st.characters(min_codepoint=0x80, max_codepoint=0x2FFF), max_size=12)
_FTFY_CHARS = "".join(sorted(set("".join(ftfy.badness.MOJIBAKE_CATEGORIES.values())) - {"-"}))


@st.composite
def _mojibake(draw):
    text = draw(st.text(max_size=20) | _NON_ASCII)
    for _ in range(draw(st.integers(1, 2))):
        text = text.encode("utf-8", "surrogatepass").decode(draw(st.sampled_from(_CODE_PAGES)), "replace")
    before = draw(st.sampled_from(["", " ", "a", "caf\u00e9 ", "\u201c", "x\n"]))
    after = draw(st.sampled_from(["", " ", "s", "\u201d said", "\u00a0", "1"]))
    return before + text + after


_BADNESS_TEXTS = st.one_of(
    st.text(),  # any code point
    st.text(st.characters(max_codepoint=0x24FF), max_size=60),
    _mojibake(),
    st.lists(_mojibake(), min_size=2, max_size=6).map(" ".join),
    st.text(
        st.sampled_from(_FTFY_CHARS + "abcAZ .,!?\n\u00c3\u00c2\u0412\u0413\u0420\u0421\u0392\u0393\u00d8\u00d9\u221a"),
        max_size=40,
    ),
)


def test_badness_reads_ftfys_pattern():
    # The windowed search is in use (not the fallback to ftfy's own search) and its reasoning holds
    # for this version of ftfy's pattern: a short longest match and a set of needed characters.
    assert badness._ANALYSIS is not None and 2 <= badness._WIDTH <= 16


@given(_BADNESS_TEXTS)
def test_is_bad_is_ftfys(text):
    assert badness.is_bad(text) == ftfy.badness.is_bad(text)


def test_is_bad_is_ftfys_on_every_pair_of_mojibake_characters():
    # Every two-character sequence of the characters ftfy's pattern is written with, alone and
    # between other text (most of its alternatives are two characters long).
    chars = _FTFY_CHARS + "aZ .\u00c3\u00c2\u0412\u0413\u00d8\u00d9\u221a\u00e0\u00d7\u00b2\u00b0\u0152\u0153"
    for a, b in itertools.product(chars, repeat=2):
        for text in (a + b, "xy " + a + b + " z", a + b + "\u00e9t\u00e9"):
            assert badness.is_bad(text) == ftfy.badness.is_bad(text), repr(text)


@given(_BADNESS_TEXTS)
def test_ftfy_is_skipped_only_when_it_would_change_nothing(text):
    if _ftfy_leaves_unchanged(text):
        assert ftfy.fix_text(text, _MOJIBAKE_ONLY) == text


@given(st.lists(_BADNESS_TEXTS, min_size=2, max_size=5).map("".join), st.integers(1, 12))
def test_ftfy_is_skipped_for_a_long_line_only_when_no_segment_would_change(text, step):
    # ftfy cuts a line into segments of max_decode_length characters: a small one here makes every
    # generated line long, with bad text on either side of a cut.
    config = _MOJIBAKE_ONLY._replace(max_decode_length=step)
    if _ftfy_leaves_unchanged(text, config):
        assert ftfy.fix_text(text, config) == text


def test_ftfy_is_not_skipped_for_mojibake():
    for text in [
        "caf\u00c3\u00a9 au lait",
        "it\u00e2\u20ac\u2122s",
        "\u00c3 voil\u00c3 ",
        "\u0080x",
        "a\nb\u00c3\u00a9",
    ]:
        assert not _ftfy_leaves_unchanged(text)
        assert ftfy.fix_text(text, _MOJIBAKE_ONLY) != text or "\n" in text


@given(st.one_of(_texts, _mojibake(), st.lists(_mojibake(), max_size=4).map(" ".join)))
def test_kept_cleanings_are_the_cleaning(text):
    # clean_line keeps a line's result, and the result as its own result when it proved it a fixed
    # point: both must be what cleaning without kept results gives.
    clean_cache_clear()
    cleaned = clean_line(text)
    assert cleaned == _clean_line_fully(text)
    assert clean_line(text) == cleaned
    assert clean_line(cleaned) == _clean_line_fully(cleaned)


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


@given(
    st.one_of(
        SIDEBAR_TOKENS,
        st.text(max_size=30),
        st.sampled_from(
            [
                "FACEBOOK TWITTER REDDIT EMAIL",
                "Feb. 30, 2020",
                "Sept 1, 2020",
                "Foo 1, 2020",
                "x-1-12x99" * 30,
                "Friday—Sunday",
                "\u212aeekend Edition",
                "February 27, 2020 ",
                "a-b-300x4000",
            ]
        ),
    )
)
def test_structure_of_is_the_line_matchers_in_order(line):
    assert layout.structure_of(line) == _structure_the_long_way(line)
    assert layout.is_sidebar_structure(line) == (_structure_the_long_way(line) is not None)


def test_structure_lines_end_in_a_listed_character():
    # Every alternative of layout._STRUCTURE ends in 'Email', 'Edition', a day name or \d, the letters in
    # either case: structure_of answers None at once for a line ending in any other character. Any code
    # point the pattern's last letters or \d accept (case-folded as `re` does) is one it lets through.
    last = re.compile(r"(?i:[lny])|\d")
    for point in range(0x110000):
        c = chr(point)
        if last.fullmatch(c):
            assert c in layout._STRUCTURE_ENDS or c.isdecimal(), hex(point)
    for line in ("FacebookTwitterRedditEmail", "Weekend Edition", "Friday - Sunday", "May 1, 2020", "a-b-300x400"):
        assert layout.structure_of(line) is not None
        assert layout.structure_of(line + ".") is None


def _words_by_pattern(text: str, lo: int, hi: int) -> list[tuple]:
    return [
        attribution._word(m.group(2), m.start(2), m.start(2) != m.start())
        for m in attribution._WORD.finditer(text, lo, hi)
    ]


@given(
    st.lists(
        st.one_of(
            _token, st.sampled_from(["de", "la", "Dr.", "U.S.", "’s", "Employers’", "(Jane", "“", "King Jr.", "·"])
        ),
        max_size=30,
    ).map(" ".join),
    st.data(),
)
def test_words_split_on_spaces_as_the_pattern_does(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert attribution._words(text, lo, hi) == _words_by_pattern(text, lo, hi)


_NAME_TOKENS = st.sampled_from(
    [
        "de",
        "la",
        "van",
        "of",
        "for",
        "&",
        "de’s",
        "of,",
        "de.",
        "la’",
        "Dr.",
        "U.S.",
        "Jr.",
        "’s",
        "Employers’",
        "(Jane",
        "“Ana",
        "“",
        "”",
        "·····",
        "“···”",
        "King",
        "Prado",
        "Department",
        "Health",
        "Critics",
        "said",
        "de’s",
        "van’s",
        "del's",
        "de'",
        "das’",
        "of’s",
        "&’s",
        "often",
        "de-la",
        "the",
        "The",
        "Mr",
        "Senator",
        "Texas-based",
        "Of",
        "élan",
        "Élan",
        "2020",
        "—",
        "Obi-Adeyemi",
        "McAllister",
        "Columba’s",
        "St.",
        "Power",
        "Light",
        "",
    ]
)


def _runs_reading_every_word(text: str, lo: int, hi: int) -> list:
    out: list = []
    attribution._runs_of_words(_words_by_pattern(text, lo, hi), out)
    return out


@given(st.lists(st.one_of(_token, _NAME_TOKENS), max_size=40).map(" ".join), st.data())
def test_name_runs_read_in_groups_as_over_every_word(text, data):
    # _name_runs skips the words that can only end a run; reading every word gives the same runs.
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert attribution._name_runs(text, lo, hi) == _runs_reading_every_word(text, lo, hi)
    assert attribution._name_runs(text, 0, len(text)) == _runs_reading_every_word(text, 0, len(text))


def test_a_possessive_particle_does_not_cut_a_group():
    # The look-ahead steps over 'de’s', so 'Columba’s' joins what follows (found by review: the
    # first grouping cut there and attributed nothing).
    for text in ("St. Columba’s de’s University said", "Ana’s van’s Ford", "Ana's del's Ford said"):
        assert attribution._name_runs(text, 0, len(text)) == _runs_reading_every_word(text, 0, len(text))
    first = attribution._name_runs("St. Columba’s de’s University said", 0, 34)[0]
    assert (first.tokens, first.possessive) == (("St.", "Columba’s"), False)
    paragraph = "\u201cWe will stay,\u201d said St. Columba’s de’s University."
    assert [a.speaker for a in attribution.attribute_quotes(paragraph, find_quote_spans(paragraph))] == [
        "St. Columba’s"
    ]


@given(_NAME_TOKENS.filter(bool) | _token.filter(lambda t: bool(t) and " " not in t), st.booleans())
def test_a_one_word_run_is_flushed_as_any_run(word, possessive):
    fast, general = [], []
    attribution._flush([(3, 3 + len(word), word)], possessive, fast)
    attribution._flush_words([(3, 3 + len(word), word)], possessive, general)
    assert fast == general


def test_kept_quotes_are_not_shared_with_callers():
    # quote_rows keeps answers for the rules; a caller changing its quotes must not change them.
    paragraphs = ["\u201cWe will not move,\u201d said Ana Prado."]
    first = quotes_of(paragraphs)
    first[0]["speaker"] = "Someone Else"
    assert quotes_of(paragraphs)[0]["speaker"] == "Ana Prado"
    assert quote_rows(tuple(paragraphs))[0][4] == "Ana Prado"


@given(st.lists(SIDEBAR_TOKENS, max_size=14), st.lists(SIDEBAR_TOKENS, max_size=4), st.booleans())
def test_kept_sidebars_are_the_classification(lines, after, share):
    # classify_sidebar keeps answers, and the answer for the lines before a closing share line:
    # each must be what the classification gives those lines, dict order included.
    if share:
        lines = [*lines, "FacebookTwitterRedditEmail", *after]
    _sidebars_kept.clear()
    assert classify_sidebar(lines) == _classify_sidebar(lines)
    for k in range(len(lines) + 1):
        got, want = classify_sidebar(lines[:k]), _classify_sidebar(lines[:k])
        assert got == want
        assert list(got[2].items()) == list(want[2].items())


def test_kept_sidebars_are_not_shared_with_callers():
    lines = ["February 27, 2020", "Ana Prado", "A Title"]
    first = classify_sidebar(lines)
    first[0][0]["author"] = "Someone Else"
    first[1][0] = None
    first[2][9] = "x"
    assert classify_sidebar(lines) == _classify_sidebar(lines)


# --- shortcuts for big files (issue 12): the same results with memory and time linear in the size ---

_SPACED = st.lists(
    st.sampled_from(["a", "bc", " ", "  ", "\t", "\u3000", "\u2028", "\x1c", "\u00a0", "\r", "\n", "\r\n"]), max_size=40
).map("".join)


@given(_SPACED, st.integers(1, 8))
def test_collapse_whitespace_in_pieces_is_split_and_join(text, piece):
    assert collapse_whitespace(text, piece) == " ".join(text.split())


@given(_SPACED, st.integers(1, 8))
def test_streamed_lines_are_the_split_lines(text, chunk):
    assert list(_streamed_lines(text, chunk)) == text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _sentence_starts_before_issue_12(m: str) -> list[int]:
    """A paragraph's sentence starts (attribution._Sentences) as first written: the word before a period was the whole
    paragraph up to it when the 16 characters before held no space (quadratic in long quotes)."""
    starts = [0]
    for match in attribution._SENTENCE_END.finditer(m):
        if match.group()[0] == ".":
            word_at = m.rfind(" ", max(0, match.start() - 16), match.start()) + 1
            if attribution._is_abbreviation(m[word_at : match.start() + 1].lstrip(attribution._OPENERS)):
                continue
        nxt = match.end()
        while nxt < len(m) and m[nxt] == " ":
            nxt += 1
        starts.append(nxt)
    return starts


_SENTENCE_PIECES = st.sampled_from(
    [
        "\u201c" + "x" * 30 + ".\u201d",
        "\u201cshort.\u201d",
        "He",
        "said.",
        "Dr.",
        "U.S.",
        "A.B.C.D.E.F.G.H.I.J.",
        "(J.",
        "Mr.",
        "word",
        "Word.",
        "\u201cQ",
        "end!",
        "\u201c\u00b7",
        "x" * 20 + ".",
        "\u201c" + "A." * 12,
    ]
)


@given(st.lists(_SENTENCE_PIECES, min_size=1, max_size=12).map(" ".join))
def test_sentence_starts_are_found_as_before(paragraph):
    sentences = attribution._Sentences(paragraph, find_quote_spans(paragraph))
    assert sentences.starts == _sentence_starts_before_issue_12(sentences.masked)


@given(
    st.one_of(
        st.lists(_SENTENCE_PIECES, min_size=1, max_size=12).map(" ".join),
        st.text(st.sampled_from('.?!\u201d\u2019")( \u201c\u2018\u00b7aZ1_'), max_size=40),
    )
)
def test_sentence_ends_are_the_patterns_matches(text):
    # _sentence_ends tries the pattern only at the marks str.find gives: the same matches as a search.
    assert [m.span() for m in attribution._sentence_ends(text)] == [
        m.span() for m in attribution._SENTENCE_END.finditer(text)
    ]


def _structure_by_the_pattern(line: str):
    """layout.structure_of as it was before its length, space and dash guards: the one pattern asked of
    every line of at most _MAX_SLUG characters that ends in a listed character."""
    if len(line) > layout._MAX_SLUG or not (line[-1:] in layout._STRUCTURE_ENDS or line[-1:].isdecimal()):
        return None
    m = layout._STRUCTURE.fullmatch(line)
    if m is None:
        return None
    if m.lastgroup not in ("date", "date_other"):
        return m.lastgroup, None
    return _structure_the_long_way(line)


_STRUCTURAL = [
    "4. März 2024",
    "4 de marzo de 2024",
    "28. października 2024",
    "1er mars 2024",
    "4 April 2024",
    "31 février 2024",
    "Facebook Twitter Reddit Email",
    "FacebookTwitterRedditEmail",
    "facebook twitterReddit EMAIL",
    "Weekend Edition",
    "WEEKEND EDITION",
    "\u212aeekend Edition",
    "Friday - Sunday",
    "Monday\u2013Friday",
    "saturday \u2014 sunday",
    "May 1, 2020",
    "Sept. 12, 2021",
    "September 30, 1999",
    "Feb. 30, 2020",
    "a-b-300x400",
    "some-promo-image-1200x800",
    "x1-12x99",
]


@st.composite
def _near_structural(draw: st.DrawFn) -> str:
    """A structural line with a few characters changed, added or removed, in any case."""
    line = list(draw(st.sampled_from(_STRUCTURAL)))
    alphabet = st.one_of(
        st.sampled_from(" -\u2013\u2014,.x0123456789lLnNyYkK\u212a\u017f\u0130\u0131"), st.characters()
    )
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "case"]))
        at = draw(st.integers(0, len(line)))
        if op == "insert":
            line.insert(at, draw(alphabet))
        elif line and at < len(line):
            if op == "delete":
                del line[at]
            elif op == "replace":
                line[at] = draw(alphabet)
            else:
                line[at] = line[at].swapcase()
    return "".join(line)


_NAMEISH = st.from_regex(r"[A-Z][a-zé'Ó]{1,9}( [A-Z][a-z'ó]{1,9}){0,5}( [a-z]{1,5}){0,3}[lny0-9]", fullmatch=True)


@given(st.one_of(_near_structural(), SIDEBAR_TOKENS, _NAMEISH, _texts, st.text(max_size=40)))
@settings(max_examples=3000)
def test_structure_of_guards_skip_only_lines_the_pattern_rejects(line):
    # The guards before the pattern (length, spaces, a dash, ', ') answer None only where the pattern does.
    assert layout.structure_of(line) == _structure_by_the_pattern(line)
    assert layout.structure_of(line + "n") == _structure_by_the_pattern(line + "n")
    assert layout.structure_of(line + "1") == _structure_by_the_pattern(line + "1")


def test_structure_guards_characters_fold_to_nothing_else():
    # The guards count spaces and look for '-', '\u2013', '\u2014' and ', ' literally: no other code point
    # matches a space or one of the dashes where the pattern has them (case-insensitive alternatives).
    space, dash = re.compile("(?i: )"), re.compile("(?i:[-\u2013\u2014])")
    for point in range(0x110000):
        c = chr(point)
        assert (space.fullmatch(c) is not None) == (c == " "), hex(point)
        assert (dash.fullmatch(c) is not None) == (c in "-\u2013\u2014"), hex(point)
    for line in _STRUCTURAL:
        assert layout.structure_of(line) == _structure_by_the_pattern(line)


# decode_bytes counts control characters only when a bound from the bytes allows the limit to be passed.
_CONTROL_HEAVY_BYTES = st.lists(
    st.one_of(
        st.sampled_from(
            [b"\x01", b"\x1f", b"\x7f", b"\xc2\x85", b"\xc2\x9f", b"\xc2\xa0", b"\x85", b"\n", b"\xef\xbb\xbf"]
        ),
        st.text(max_size=8).map(lambda s: s.encode("utf-8")),
        st.binary(max_size=4),
    ),
    max_size=30,
).map(b"".join)


@given(_CONTROL_HEAVY_BYTES)
def test_the_bytes_bound_on_control_characters_holds_for_every_decoding(data):
    decoded = decode._decode_text(data)
    if decoded is not None:
        controls = len(decoded.text) - len(decode._CONTROLS.sub("", decoded.text))
        assert decode._control_characters_at_most(data) >= controls


@given(_CONTROL_HEAVY_BYTES)
def test_decode_rejects_as_binary_exactly_when_the_count_passes_the_limit(data):
    if data.startswith(decode.UTF16_BOMS):
        return  # read as UTF-16, whose controls are counted in the text (tests/test_errors.py)
    result = decode.decode_bytes(data)
    decoded = decode._decode_text(data) if data.strip() and b"\x00" not in data[: decode.BINARY_SNIFF_BYTES] else None
    if decoded is None or not decoded.text.strip():
        return
    controls = len(decoded.text) - len(decode._CONTROLS.sub("", decoded.text))
    binary = controls > decode.MAX_CONTROL_SHARE * len(decoded.text)
    assert isinstance(result, decode.DecodeFailure) == binary


def test_the_other_languages_months_number_each_name_once():
    # OTHER_MONTHS is built from ten lists of twelve: a name two languages share ('mars', 'maj', 'april')
    # must be the same month in both, and every list must have its twelve.
    assert len(layout.OTHER_MONTH_NAMES) == 10
    seen: dict[str, int] = {}
    for names in layout.OTHER_MONTH_NAMES.values():
        words = names.split()
        assert len(words) == 12, names
        for number, name in enumerate(words, 1):
            assert seen.setdefault(name, number) == number, name
            assert layout.OTHER_MONTHS[name] == number
    assert layout.parse_date_line("4. März 2024") == dt.date(2024, 3, 4)
    assert layout.parse_date_line("28. października 2024") == dt.date(2024, 10, 28)
    assert layout.parse_date_line("4 April 2024") is None  # English day-first: not a sidebar date
