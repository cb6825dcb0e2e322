"""The cleaning rules of LAYOUT.md, applied to one line of text.

`clean_line` is idempotent, and a record's text fields are fixed points of it (a record rule checks
this), which is what lets a rendered record parse back to itself.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# ftfy repairs mojibake; every other ftfy fix is off because LAYOUT.md keeps curly quotes, ligatures
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

# Mojibake of UTF-8 always contains a Windows-1252/Latin-1 rendering of a UTF-8 lead byte
# (U+00C2..U+00F4) or a C1 control; a line without any is left to the fast path (ftfy is ~1.5 MB/s).
_MAYBE_MOJIBAKE = re.compile("[\u00c2-\u00f4\u0080-\u009f]")

# Characters removed outright: C0/C1 controls that are not whitespace, and the byte-order mark.
_DROP = {c: None for c in range(0x20) if not chr(c).isspace()}
_DROP.update({c: None for c in range(0x7F, 0xA0) if not chr(c).isspace()})
_DROP[0xFEFF] = None
_SPACE_RUN = re.compile(r"\s+")


def repair_mojibake(text: str) -> str:
    if _MAYBE_MOJIBAKE.search(text) is None:
        return text
    return ftfy.fix_text(text, _MOJIBAKE_ONLY)


def clean_line(text: str) -> str:
    """Mojibake repaired, controls dropped, NFC, every whitespace run one plain space, stripped.

    ftfy's repair is not idempotent on every input (a repaired line can still look repairable), so
    the repair is repeated until the line stops changing: the result is a fixed point, which the
    record rules and the round trip rely on.
    """
    text = _normalise(repair_mojibake(text))
    for _ in range(_MAX_REPAIR_ROUNDS):
        again = _normalise(repair_mojibake(text))
        if again == text:
            break
        text = again
    return text


_MAX_REPAIR_ROUNDS = 8


def _normalise(text: str) -> str:
    text = text.translate(_DROP)
    text = unicodedata.normalize("NFC", text)
    return _SPACE_RUN.sub(" ", text).strip()
