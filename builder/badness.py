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
from typing import cast

from ftfy.badness import BADNESS_RE


def _is_common(ch: int) -> bool:
    """Common in clean text: a letter of Latin-1 or Latin Extended-A/B (U+00C0 to U+024F), typographic
    punctuation (U+2010 to U+2027: dashes, curly quotes, bullets, the ellipsis), guillemets, no-break space."""
    return (0xC0 <= ch <= 0x24F and chr(ch).isalpha()) or 0x2010 <= ch <= 0x2027 or ch in (0xA0, 0xAB, 0xBB)


def _fixed_class(op: object, arg: object) -> set[int] | None:
    """The characters an element of a parsed pattern matches, if it is one character of a fixed set."""
    if op is _c.LITERAL:
        return {cast(int, arg)}
    if op is _c.IN and all(o is _c.LITERAL or o is _c.RANGE for o, _ in cast(list, arg)):
        chars: set[int] = set()
        for o, a in cast(list, arg):
            chars.update((a,) if o is _c.LITERAL else range(a[0], a[1] + 1))
        return chars
    return None


# A needed character that stands in a match only between given neighbours: the characters the
# elements of its alternative right before and after it match (None: no fixed element there).
Neighbours = tuple[frozenset[int] | None, frozenset[int] | None]


def _needed_characters(pattern: re.Pattern) -> tuple[frozenset[int], int, dict[int, list[Neighbours]]] | None:
    """The characters one of which every match holds, the longest match, and for the needed characters
    common in clean text (`_is_common`), the neighbours each needs in a match (every alternative that
    needs it has a fixed element beside it); None if not provable."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.LOCALE):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    low, width = tree.getwidth()
    if low < 1 or width > 64 or len(tree.data) != 1 or tree.data[0][0] is not _c.BRANCH:
        return None
    needed: set[int] = set()
    conditional: dict[int, list[Neighbours]] = {}  # needed only beside these neighbours
    unconditional: set[int] = set()  # needed by an alternative that has no fixed element beside it
    for alternative in tree.data[0][1][1]:
        items = list(alternative.data)
        best = None
        for k, (op, arg) in enumerate(items):
            if op is _c.AT and arg is _c.AT_BEGINNING:
                if k != 0:
                    return None
                continue  # '^': only where the line starts, as with pos/endpos
            chars = _fixed_class(op, arg)
            if chars is None:
                if op in (_c.IN, _c.ANY, _c.MAX_REPEAT):
                    continue  # \s, \w, '.', '\s?': mandatory or not, they are not a fixed set
                return None  # anything else (lookaround, \b, groups ...): do not reason about it
            # ASCII would put a window around almost every character, and a Latin letter ('é', 'à', in
            # the names and words of many a clean line) or a curly quote around one in twenty; then the
            # fewest characters.
            rank = (any(ch < 128 for ch in chars), any(_is_common(ch) for ch in chars), len(chars))
            if best is None or rank < best[0]:
                best = (rank, chars, k)
        if best is None:
            return None
        (_, common, _), chars, k = best
        needed |= chars
        before = _fixed_class(*items[k - 1]) if k > 0 else None
        after = _fixed_class(*items[k + 1]) if k + 1 < len(items) else None
        if common and (before is not None or after is not None):
            # Every element is one character: in a match, the one before it stands right before it.
            neighbours = (None if before is None else frozenset(before), None if after is None else frozenset(after))
            for ch in chars:
                conditional.setdefault(ch, []).append(neighbours)
        else:
            unconditional |= chars
    for ch in unconditional:
        conditional.pop(ch, None)
    return frozenset(needed), width, conditional


_ANALYSIS = _needed_characters(BADNESS_RE)
if _ANALYSIS is not None:
    _NEEDED = re.compile("[" + "".join(re.escape(chr(ch)) for ch in sorted(_ANALYSIS[0])) + "]")
    _WIDTH = _ANALYSIS[1]
    _NEIGHBOURS = _ANALYSIS[2]


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, the same answer for every string."""
    if _ANALYSIS is None:
        return BADNESS_RE.search(text) is not None
    search = BADNESS_RE.search
    lo = hi = -1  # the window being gathered: a match holding any of its needed characters is inside
    for m in _NEEDED.finditer(text):
        i = m.start()
        conditions = _NEIGHBOURS.get(ord(m.group()))
        if conditions is not None and not any(
            (before is None or (i > 0 and ord(text[i - 1]) in before))
            and (after is None or (i + 1 < len(text) and ord(text[i + 1]) in after))
            for before, after in conditions
        ):
            continue  # a letter ('Ó' of a name) or a quote without the neighbours any match needs it to have
        if i - _WIDTH + 1 > hi:  # too far from the window to share a match with it: search that one
            if hi >= 0 and search(text, lo, hi) is not None:
                return True
            lo = max(0, i - _WIDTH + 1)
        hi = i + _WIDTH
    return hi >= 0 and search(text, lo, hi) is not None
