"""Quote spans: every double-quoted span in a paragraph, curly (“…”) or straight ("…").

Single quotation marks are not quotes (docs/raw-format.md): they are scare quotes or quotes inside quotes.
The scan is one pass per paragraph: each closing mark is looked up with str.find from the opening
mark, and a mark with no closer ends the search for that kind, so the cost stays linear even for a
paragraph of 100k quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSER = {"\u201c": "\u201d", '"': '"'}
_LOW_OPENER = "\u201e"  # '„', which German, Polish and Czech close with '“' (or '”', '"'): no quote of the layout's


def _low_quote_closers(paragraph: str) -> frozenset[int]:
    """Where a '„' is closed, which opens nothing ('„Poslední krám“, jak mu místní říkají, … “Bez obchodu …”': u122-39,
    u123-40): the first '“' or '”' after it, or a straight '"' before that, when it is one and not a pair quoted inside
    ('„Zimmer frei", im Fenster. “…”' but '„Merkel: "Wir schaffen das"“. "…"': the final reviews). Looked for within
    `_LOW_QUOTE_SPAN` characters of the '„', so each is found once (a '„' with no closer there closes nothing)."""
    closers: set[int] = set()
    at = paragraph.find(_LOW_OPENER)
    while at >= 0:
        window_end = min(len(paragraph), at + 1 + _LOW_QUOTE_SPAN)
        curly = _CURLY_CLOSER.search(paragraph, at + 1, window_end)
        inside_end = curly.start() if curly is not None else window_end
        if paragraph.count('"', at + 1, inside_end) % 2 == 1:
            closer = paragraph.index('"', at + 1, inside_end)
        elif curly is not None:
            closer = curly.start()
        else:
            closer = at  # (no closer: the next '„' is looked for after this one)
        if closer != at:
            closers.add(closer)
        at = paragraph.find(_LOW_OPENER, closer + 1)
    return frozenset(closers)


_CURLY_CLOSER = re.compile("[\u201c\u201d]")
_LOW_QUOTE_SPAN = 300  # characters: a quoted title or phrase; a '„' further from its closer is taken as unclosed


@dataclass(frozen=True, slots=True)  # slots: a paragraph of quotes makes one per quote
class QuoteSpan:
    start: int  # offset of the first character inside the marks, after any space
    end: int  # offset one past the last character inside, before any space
    text: str
    open_at: int = -1  # offset of the opening mark
    close_at: int = -1  # offset of the closing mark


def find_quote_spans(paragraph: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    closed = _low_quote_closers(paragraph) if _LOW_OPENER in paragraph else frozenset()
    # Next known position of each opening mark at or after `pos` (-1: none left). Positions only
    # move forward, so each kind of mark is scanned once over the paragraph.
    next_at = {opener: paragraph.find(opener) for opener in _CLOSER}
    pos = 0
    while True:
        for opener, at in next_at.items():
            while 0 <= at < pos or at in closed:  # (a '“' that closes a '„…“' opens nothing)
                at = paragraph.find(opener, max(pos, at + 1))
            next_at[opener] = at
        live = [(at, opener) for opener, at in next_at.items() if at >= 0]
        if not live:
            break
        opener_at, opener = min(live)
        close_at = paragraph.find(_CLOSER[opener], opener_at + 1)
        if close_at < 0:
            next_at[opener] = -1  # no closer left for this kind of mark
            pos = opener_at + 1
            continue
        start, end = opener_at + 1, close_at
        while start < end and paragraph[start] == " ":
            start += 1
        while end > start and paragraph[end - 1] == " ":
            end -= 1
        if end > start:
            spans.append(QuoteSpan(start, end, paragraph[start:end], opener_at, close_at))
        pos = close_at + 1
    return spans
