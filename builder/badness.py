"""ftfy's mojibake test (`ftfy.badness.is_bad`), searched only where it can match.

`is_bad` searches one regular expression of 37 alternatives at every position of a line (about
0.5 µs per character). Every alternative is a short fixed sequence (at most `_WIDTH` characters)
that must contain at least one character of a small set (`_NEEDED`): its rarest mandatory
character class, worked out below from ftfy's own pattern. So a match can only lie within
`_WIDTH - 1` characters of such a character, and searching the same pattern only in those windows
(with `pos`/`endpos`, so `^` still means the start of the line) finds a match exactly when a search
of the whole line does. If ftfy's pattern ever holds something this reasoning does not cover (a
flag, a lookaround, an alternative without a fixed character class), `is_bad` is ftfy's own.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # private, untyped: the parsed form of ftfy's pattern
from re import _parser  # type: ignore[attr-defined]  # as _constants: read once at import

from ftfy.badness import BADNESS_RE


def _is_latin_letter(ch: int) -> bool:
    """A letter of Latin-1 or Latin Extended-A/B (U+00C0 to U+024F): common in clean text."""
    return 0xC0 <= ch <= 0x24F and chr(ch).isalpha()


def _needed_characters(pattern: re.Pattern) -> tuple[frozenset[int], int] | None:
    """The characters one of which every match holds, and the longest match; None if not provable."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.LOCALE):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    low, width = tree.getwidth()
    if low < 1 or width > 64 or len(tree.data) != 1 or tree.data[0][0] is not _c.BRANCH:
        return None
    needed: set[int] = set()
    for alternative in tree.data[0][1][1]:
        best = None
        for op, arg in alternative.data:
            if op is _c.AT and arg is _c.AT_BEGINNING:
                continue  # '^': only where the line starts, as with pos/endpos
            if op is _c.LITERAL:
                chars = {arg}
            elif op is _c.IN and all(o is _c.LITERAL or o is _c.RANGE for o, _ in arg):
                chars = set()
                for o, a in arg:
                    chars.update((a,) if o is _c.LITERAL else range(a[0], a[1] + 1))
            elif op in (_c.IN, _c.ANY, _c.MAX_REPEAT):
                continue  # \s, \w, '.', '\s?': mandatory or not, they are not a fixed set
            else:
                return None  # anything else (lookaround, \b, groups ...): do not reason about it
            # ASCII would put a window around almost every character, and a Latin letter ('é', 'à', in
            # the names and words of many a clean line) around one in twenty; then the fewest characters.
            rank = (any(ch < 128 for ch in chars), any(_is_latin_letter(ch) for ch in chars), len(chars))
            if best is None or rank < best[0]:
                best = (rank, chars)
        if best is None:
            return None
        needed |= best[1]
    return frozenset(needed), width


_ANALYSIS = _needed_characters(BADNESS_RE)
if _ANALYSIS is not None:
    _NEEDED = re.compile("[" + "".join(re.escape(chr(ch)) for ch in sorted(_ANALYSIS[0])) + "]")
    _WIDTH = _ANALYSIS[1]


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, the same answer for every string."""
    if _ANALYSIS is None:
        return BADNESS_RE.search(text) is not None
    search = BADNESS_RE.search
    lo = hi = -1  # the window being gathered: a match holding any of its needed characters is inside
    for m in _NEEDED.finditer(text):
        i = m.start()
        if i - _WIDTH + 1 > hi:  # too far from the window to share a match with it: search that one
            if hi >= 0 and search(text, lo, hi) is not None:
                return True
            lo = max(0, i - _WIDTH + 1)
        hi = i + _WIDTH
    return hi >= 0 and search(text, lo, hi) is not None
