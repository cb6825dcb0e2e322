"""The cleaning rules of docs/raw-format.md, applied to one line of text.

`clean_line` is idempotent, and a record's text fields are fixed points of it (a record rule checks
this), which is what lets a rendered record parse back to itself.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from . import badness
from .terminal import BIDI_CONTROLS

# ftfy repairs mojibake; every other ftfy fix is off because docs/raw-format.md keeps curly quotes, ligatures
# and character widths as written, and whitespace/controls/NFC are handled below, by our own rules.
_MOJIBAKE_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# UTF-8 read as Windows-1252 (or Latin-1) turns each multi-byte character into a lead character
# (bytes C2..F4: 'Â'..'ô') followed by continuation characters (bytes 80..BF: the Windows-1252
# punctuation below, Latin-1 U+00A0..U+00BF, or C1 controls); a byte A0 is often saved as a plain
# space. A line with neither that pair nor a C1 control cannot hold that mojibake, and skips ftfy
# (which runs at about 1.5 MB/s). This also keeps ftfy from "repairing" text that only looks like
# mojibake of other code pages (Mac Roman, cp437), which docs/raw-format.md does not describe and which is
# more often legitimate text. A property test checks both paths agree on Windows-1252/Latin-1
# mojibake.
_CONTINUATION = (
    "\u0080-\u00bf \u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MAYBE_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|[\u0080-\u009f]")
# Its two alternatives apart: a pattern that opens with one character class is searched by skipping
# the characters outside it (the regex engine's charset prefix), the alternation at every position:
# both searches together took a third of the time of the one (`_maybe_mojibake`).
_LEAD_PAIR = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
_C1 = re.compile("[\u0080-\u009f]")


def _maybe_mojibake(text: str) -> bool:
    """`_MAYBE_MOJIBAKE.search(text) is not None`."""
    return _LEAD_PAIR.search(text) is not None or _C1.search(text) is not None


# The bidi controls (terminal.py), which are no part of what an article says.

# Characters removed outright: C0/C1 controls that are not whitespace (tab, line breaks, FS..US and
# NEL are whitespace and become spaces instead), the byte-order mark and the bidi controls.
_DROP = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufeff{BIDI_CONTROLS}]")


# A line with none of these characters holds no mojibake lead or C1 character, nothing to drop and
# no whitespace but plain spaces: if it is also NFC, cleaning it only collapses and strips spaces
# (every step of `clean_line` below is then the identity but the final split/join). Most lines of
# an article are such lines; this skips three regular-expression scans and NFC for them.
_NOT_PLAIN = re.compile(f"[\x00-\x1f\x7f-\u00ff\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff{BIDI_CONTROLS}]")


def _plain_unicode(text: str) -> bool:
    """A line with a non-ASCII character that cleaning only collapses and strips spaces in.

    A printable line (str.isprintable) holds no whitespace but plain spaces (every other whitespace
    character is a control or a separator, which isprintable refuses), no character `_DROP` removes
    and no C1 control (all controls or format characters): the full cleaning of it, if it is NFC,
    is the mojibake repair and then the collapse of spaces. The repair leaves it alone unless a lead
    character meets a continuation character (`_LEAD_PAIR`), and collapsing spaces makes no new such
    pair (a space it keeps stood beside the same characters). So a printable NFC line without that
    pair is plain even with letters such as 'é' or 'ø' (a fifth of an article's lines), which
    `_NOT_PLAIN` sends down the full path. Any other non-ASCII line is plain when `_NOT_PLAIN` finds
    nothing in it, as before (tests/test_fast_paths.py checks both against the full cleaning)."""
    if _NOT_PLAIN.search(text) is None:
        return unicodedata.is_normalized("NFC", text)
    return text.isprintable() and _LEAD_PAIR.search(text) is None and unicodedata.is_normalized("NFC", text)


def _clean_with_mojibake_look(text: str) -> bool:
    """A line that is clean though it looks like it may hold mojibake ('José said': a lead and a
    continuation character), because ftfy would leave it as it is. Printable, its only whitespace is
    single plain spaces and it holds nothing `_DROP` removes; NFC too, `_normalise` leaves it as it
    is; the repair leaves it when `_ftfy_leaves_unchanged`: the full cleaning's first round gives
    the line back, which ends it. The full path checked the same and normalised it besides."""
    return (
        text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and unicodedata.is_normalized("NFC", text)
        and _ftfy_leaves_unchanged(text)
        and repair_pairs_in_words(text) == text
    )


# With `_MOJIBAKE_ONLY`, ftfy.fix_text fixes each "\n"-ended segment (of at most max_decode_length
# characters) by fix_encoding, which returns a segment unchanged unless ftfy.badness.is_bad(segment),
# and by fix_c1_controls, which changes only C1 controls; it stops when a round changes nothing. So
# a one-segment line with no C1 control that is_bad rejects comes back unchanged, and `badness.is_bad`
# answers that question several times faster than ftfy's (tests/test_fast_paths.py checks both).


def repair_mojibake(text: str) -> str:
    if not _maybe_mojibake(text):
        return text
    if _ftfy_leaves_unchanged(text):
        return repair_pairs_in_words(text)
    return repair_pairs_in_words(ftfy.fix_text(text, _MOJIBAKE_ONLY))


# ftfy leaves a lead and one continuation character standing where the pair reads as plausible text, a capital
# and an ellipsis or a trade-mark sign: Polish 'ą' and 'ę' (bytes C4 85, C4 99) as 'Ä…' and 'Ä™', Nordic 'Å'
# (C3 85) as 'Ã…', Czech 'Č' (C4 8C) as 'ÄŒ' ('UrzÄ…d' for 'Urząd', 'prowincjÄ™', 'Gustav Ã…berg': u56, u61,
# u62). Such a pair is repaired when its two bytes are one letter in UTF-8 and it stands after a lower-case letter
# (inside or at the end of a word: 'UrzÄ…d', 'siÄ™'), or, opening a word before a lower-case letter, when it is
# one of _WORD_OPENING_PAIRS, which no language writes ('Ã…berg', 'ÄŒech'; not Norwegian 'Å…jeg' or 'Å\xa0være',
# 'BLÅ’s', 'Ä\xadgypten', 'Å·nm': a hostile test). Only the leads of Latin-1's capitals and of Latin Extended-A
# (Ã, Ä, Å); a no-break space, a soft hyphen and a middle dot never complete a pair here.
_PAIR_CONTINUATION = (  # _CONTINUATION but a space, a no-break space, a soft hyphen and a middle dot
    "\u0080-\u009f\u00a1-\u00ac\u00ae-\u00b6\u00b8-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_WORD_PAIR = re.compile(f"[\u00c3\u00c4\u00c5][{_PAIR_CONTINUATION}]")
_WORD_OPENING_PAIRS = frozenset(["\u00c3\u2026", "\u00c4\u0152", "\u00c3\u017d"])  # 'Ã…' Å, 'ÄŒ' Č, 'ÃŽ' Î


def repair_pairs_in_words(text: str) -> str:
    """`text` with each pair of `_WORD_PAIR` that a lower-case letter stands before (as repaired, left to right: a
    run of pairs is repaired in one pass) or, for `_WORD_OPENING_PAIRS`, after, and whose bytes are one letter in
    UTF-8, repaired to that letter."""
    if _WORD_PAIR.search(text) is None:
        return text
    out: list[str] = []
    done, before = 0, ""  # before: the character the output ends with, a repaired letter included
    for match in _WORD_PAIR.finditer(text):
        start, end = match.span()
        if start > done:
            out.append(text[done:start])
            before = text[start - 1]
        pair = match.group()
        if before.islower() or (pair in _WORD_OPENING_PAIRS and text[end : end + 1].islower()):
            pair = _pair_letter(pair)
        out.append(pair)
        before, done = pair[-1], end
    out.append(text[done:])
    return "".join(out)


def _pair_letter(pair: str) -> str:
    """The letter a mojibake pair's two bytes make in UTF-8, or the pair itself if they make none."""
    try:
        letter = bytes(_byte_of(char) for char in pair).decode("utf-8")
    except UnicodeDecodeError:
        return pair
    return letter if letter.isalpha() else pair


def _byte_of(char: str) -> int:
    """The Windows-1252 byte a character of a mojibake pair was read from (Latin-1's for a C1 control)."""
    code = ord(char)
    return code if code < 0x100 else char.encode("cp1252")[0]


def _ftfy_leaves_unchanged(text: str, config: ftfy.TextFixerConfig = _MOJIBAKE_ONLY) -> bool:
    """True only if ftfy.fix_text(text, config) == text (False: it may change it). ftfy fixes a
    line longer than max_decode_length in segments of that many characters, each on its own, so
    such a line is checked segment by segment: a paragraph of megabytes then skips ftfy too (which
    took half the time of parsing one)."""
    if "\n" in text or _C1.search(text) is not None:
        return False
    step = config.max_decode_length
    if len(text) <= step:
        return not badness.is_bad(text)
    return not any(badness.is_bad(text[at : at + step]) for at in range(0, len(text), step))


def clean_line(text: str) -> str:
    """Mojibake repaired, controls dropped, NFC, every whitespace run one plain space, stripped.

    ftfy's repair is not idempotent on every input (a repaired line can still look repairable), so
    the repair is repeated until the line stops changing: the result is a fixed point, which the
    record rules and the round trip rely on. `_normalise` is idempotent, so another round is only
    needed while the line still holds something the repair might change.
    """
    if text.isascii() and text.isprintable():
        # An ASCII text holds none of _NOT_PLAIN's characters but \x00-\x1f and \x7f, exactly what
        # isprintable() refuses there (checked faster than searched). Its only whitespace is plain
        # spaces: already collapsed unless two meet or one ends it (most lines), which is checked
        # without splitting.
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            return collapse_whitespace(text)
        return text
    kept = _kept.get(text)
    if kept is not None:
        return kept
    if not text.isascii() and _plain_unicode(text):
        # Kept too, though it is cheap: the record rules clean the same string object again, whose
        # hash the look-up above then finds computed, where the checks cost a few scans of the line.
        cleaned = collapse_whitespace(text) if "  " in text or text[:1] == " " or text[-1:] == " " else text
        fixed_point = True
    elif _clean_with_mojibake_look(text):
        cleaned, fixed_point = text, True
    else:
        cleaned, fixed_point = _clean_line_and_fixed_point(text)
    if len(text) > _KEPT_CHARS // 8:
        return cleaned  # a line of megabytes is not kept: it would hold its raw text and push out the rest
    global _kept_chars
    if _kept_chars + len(text) + len(cleaned) > _KEPT_CHARS:
        _kept.clear()
        _kept_chars = 0
    _kept[text] = cleaned
    _kept_chars += len(text)
    if fixed_point and cleaned is not text:
        _kept[cleaned] = cleaned
        _kept_chars += len(cleaned)
    return cleaned


# Results of the full cleaning, by line: the record rules clean every text value of a record right
# after parsing made it, and a value is usually a line cleaned moments before or that line's result
# (kept as its own result when the loop below proved it a fixed point). A pure function of the
# string, so a kept answer is the answer; emptied whenever it would hold more than _KEPT_CHARS.
_kept: dict[str, str] = {}
_kept_chars = 0
_KEPT_CHARS = 4_000_000


def clean_cache_clear() -> None:
    """Forget kept results (for timing the cleaning of lines it has not seen)."""
    global _kept_chars
    _kept.clear()
    _kept_chars = 0


def _clean_line_fully(text: str) -> str:
    """`clean_line` without its shortcut for plain lines (a property test checks they agree)."""
    return _clean_line_and_fixed_point(text)[0]


def _clean_line_and_fixed_point(text: str) -> tuple[str, bool]:
    """The full cleaning, and whether the result is known to clean to itself: the loop stopped
    because the line held nothing the repair acts on (then cleaning it again is `_normalise`, which
    is idempotent) or because a further round changed nothing; not when it ran out of rounds."""
    original = text
    text = _normalise(repair_mojibake(text))
    if text == original:
        return text, True  # another round would clean the same string again, to the same result
    for _ in range(_MAX_REPAIR_ROUNDS):
        if not _maybe_mojibake(text):
            return text, True
        repaired = repair_mojibake(text)
        if repaired is text:  # text came out of _normalise, which is idempotent: the round gives it again
            return text, True
        again = _normalise(repaired)
        if again == text:
            return text, True
        text = again
    return text, False


_MAX_REPAIR_ROUNDS = 8


def _normalise(text: str) -> str:
    if _DROP.search(text) is not None:
        text = _DROP.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return collapse_whitespace(text)


_COLLAPSE_PIECE = 1 << 16
_SPACE = re.compile(r"\s")
_SPACE_BUT_SPACE = re.compile(r"[^\S ]")


def collapse_whitespace(text: str, piece: int = _COLLAPSE_PIECE) -> str:
    """Every whitespace run one plain space, stripped: `" ".join(text.split())` (str.split() splits
    on runs of exactly the characters str.isspace() accepts, and strips).

    That expression holds a str object per word at once, about ten times the line's size; a line
    longer than `piece` (a paragraph of megabytes) is done in pieces cut after a whitespace
    character, so no word is cut and the words, joined, are the same."""
    if len(text) <= piece:
        return " ".join(text.split())
    if text[0] != " " and text[-1] != " " and "  " not in text and _SPACE_BUT_SPACE.search(text) is None:
        return text  # already single spaces, stripped (as the record rules find a paragraph): no copy
    pieces = []
    lo = 0
    while lo < len(text):
        hi = min(lo + piece, len(text))
        if hi < len(text) and not text[hi - 1].isspace():
            space = _SPACE.search(text, hi)  # \s is str.isspace() for str patterns
            hi = space.end() if space else len(text)
        cut = " ".join(text[lo:hi].split())
        if cut:
            pieces.append(cut)
        lo = hi
    return " ".join(pieces)
