"""Bytes -> text, explicitly: UTF-8 (with or without a byte-order mark) first, then Windows-1252; a file
that opens with a UTF-16 byte-order mark (as Windows' "Unicode" text is saved) is UTF-16.

Mojibake (UTF-8 that was once read as Windows-1252 and saved again) is valid UTF-8, so it decodes
here unchanged; `clean` repairs it line by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UTF8_BOM = b"\xef\xbb\xbf"
# Little- and big-endian. Every other byte of UTF-16 text is a NUL, which the binary rule below would
# refuse: the mark is read first. No UTF-8 or Windows-1252 article opens with these two bytes ('ÿþ', 'þÿ').
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# git's rule for "is this binary": a NUL byte in the first 8000 bytes.
BINARY_SNIFF_BYTES = 8000
# Or, failing that, a text where more than this share of characters are control characters.
MAX_CONTROL_SHARE = 0.10


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # one of the schema's source.encoding values


@dataclass(frozen=True)
class DecodeFailure:
    type: str  # an errors.ERROR_TYPES slug
    message: str


def decode_bytes(data: bytes) -> Decoded | DecodeFailure:
    """Decode raw bytes, or say why they cannot be an article's text."""
    if not data.strip():
        return DecodeFailure("empty", "the file is empty" if not data else "the file holds only whitespace")
    if data.startswith(UTF16_BOMS):
        return _decode_utf16(data)
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return DecodeFailure("binary", "NUL byte within the first 8000 bytes")
    decoded = _decode_text(data)
    if decoded is None:
        return DecodeFailure("undecodable", "bytes are not valid UTF-8 and contain bytes undefined in Windows-1252")
    body = decoded.text
    if not body.strip():
        # What decoding dropped: a byte-order mark, or a character cut off at the end of a short file.
        dropped = "a byte-order mark" if data.startswith(UTF8_BOM) else "a character cut off at its end"
        return DecodeFailure("empty", f"the file holds only {dropped} and whitespace")
    limit = MAX_CONTROL_SHARE * len(body)
    if _control_characters_at_most(data) > limit:  # else the count below could not exceed the limit either
        controls = len(body) - len(_CONTROLS.sub("", body))
        if controls > limit:
            return DecodeFailure("binary", f"{controls} of {len(body)} characters are control characters")
    return decoded


def _decode_utf16(data: bytes) -> Decoded | DecodeFailure:
    """A file that opens with a UTF-16 byte-order mark: the text after it, with the same empty and
    control-character rules as any text (counted in the text: the bound from bytes is UTF-8's)."""
    try:
        body = data.decode("utf-16")  # the mark says the byte order, and is dropped
    except UnicodeDecodeError as exc:
        where = f"{exc.reason} at byte {exc.start}"
        return DecodeFailure("undecodable", f"the file opens with a UTF-16 byte-order mark but is not UTF-16 ({where})")
    if not body.strip():
        return DecodeFailure("empty", "the file holds only a UTF-16 byte-order mark and whitespace")
    controls = len(body) - len(_CONTROLS.sub("", body))
    if controls > MAX_CONTROL_SHARE * len(body):
        return DecodeFailure("binary", f"{controls} of {len(body)} characters are control characters")
    return Decoded(body, "utf-16")


def _control_characters_at_most(data: bytes) -> int:
    """A bound on the control characters (_CONTROLS) that `data` decodes to, from its bytes, about four
    times faster than counting them in the text: a C0 control or DEL is its own byte in UTF-8 and in
    Windows-1252; a C1 control (U+0080 to U+009F) is a 0xC2 lead byte and a second byte in UTF-8, and
    never comes out of Python's Windows-1252 (its five C1 bytes are undefined: the file is undecodable)."""
    return len(data) - len(data.translate(None, _C0_AND_DEL_BYTES)) + data.count(b"\xc2")


def _decode_text(data: bytes) -> Decoded | None:
    if data.startswith(UTF8_BOM):
        try:
            return Decoded(data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            data = data[len(UTF8_BOM) :]
    else:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as exc:
            # A file cut inside its last character is still UTF-8: the cut character is lost
            # (truncation lost it already), the rest must not be misread as Windows-1252.
            if exc.reason == "unexpected end of data" and exc.end == len(data) and len(data) - exc.start < 4:
                return Decoded(data[: exc.start].decode("utf-8"), "utf-8")
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return None


# Control characters that are damage; tabs, line breaks and form feeds are layout.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_C0_AND_DEL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
