"""Text shown on a terminal, with the characters that act on the terminal escaped.

A raw file name is any bytes but '/' and NUL: it can hold ESC sequences that retitle or clear the
terminal, a carriage return or newline that fakes lines of the listing, or bidi controls that show
its characters in another order. The command line passes every file name, path and message it
prints through `terminal_safe`; the files it writes (rejects.jsonl, ...) keep the exact value.
"""

from __future__ import annotations

import re

# The bidi controls: the Arabic letter mark, left-to-right and right-to-left marks, embeddings and
# overrides, isolates. Invisible, they make a viewer show the text around them in another order
# (after U+202E, 'gnp.exe' shows as 'exe.png'). Cleaning (clean.py) drops them from the data too; they
# are defined here, where printing needs them, so that printing does not import the cleaning (ftfy).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

# C0 controls (tab and newline too), DEL, C1 controls, the bidi controls (which cleaning drops from
# the data; a file name keeps them), the line and paragraph separators, and lone surrogates
# (undecodable bytes of a path given on the command line).
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """`text` with each of those characters written as \\xNN (below U+0100) or \\uNNNN."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
