"""Raw article bytes -> a cleaned record (a dict in the schema's field order), or a typed Reject.

The layout (LAYOUT.md), top to bottom: share-buttons line, headline, optional image credit, body
paragraphs, 'More articles by:', bio paragraphs, optional promo slug, the sidebar of dated
(author, title) entries, a closing share-buttons line. Blocks are found by what their lines are,
not by blank lines, which scraped files do not keep reliably.
"""

from __future__ import annotations

import hashlib

from . import layout
from .clean import clean_line
from .decode import DecodeFailure, decode_bytes
from .errors import Reject
from .identity import author_from_bio, record_id
from .quotes import find_quote_spans


def parse_article(data: bytes, path: str) -> dict | Reject:
    """Parse one raw file's bytes; `path` is its path relative to the raw folder."""
    decoded = decode_bytes(data)
    if isinstance(decoded, DecodeFailure):
        return Reject(path, decoded.type, decoded.message)
    source = {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "encoding": decoded.encoding}
    return parse_text(decoded.text, source)


def split_lines(text: str) -> list[str]:
    """Cleaned non-blank lines. Only CR, LF and CRLF end a line; other separators are whitespace."""
    lines = (clean_line(raw) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def parse_text(text: str, source: dict) -> dict | Reject:
    path = source["path"]
    lines = split_lines(text)
    if not lines:
        return Reject(path, "empty", "the file holds no visible text")

    starts_with_share = layout.is_share_line(lines[0])
    i = 1 if starts_with_share else 0
    marker = next(
        (k for k in range(i + 1, len(lines)) if layout.is_more_articles_line(lines[k])), None
    )
    if not starts_with_share and marker is None:
        return Reject(
            path,
            "not-an-article",
            f"no share-buttons line at the top and no '{layout.MORE_ARTICLES_LINE}' line; first line: {_preview(lines[0])}",
        )
    if i >= len(lines):
        return Reject(path, "not-an-article", "nothing follows the share-buttons line")

    headline = lines[i]
    i += 1
    body_end = marker if marker is not None else len(lines)
    if marker is None and body_end > i and layout.is_share_line(lines[body_end - 1]):
        body_end -= 1  # the closing share-buttons line of a file cut before its bio

    image_credit = None
    if i < body_end:
        image_credit = layout.parse_credit_line(lines[i])
        if image_credit is not None:
            i += 1
    paragraphs = lines[i:body_end]
    if not paragraphs:
        return Reject(path, "not-an-article", f"no body paragraph after the headline {_preview(headline)}")

    bio_lines: list[str] = []
    related_links: list[dict] = []
    if marker is not None:
        k = marker + 1
        while k < len(lines) and not layout.is_sidebar_structure(lines[k]):
            bio_lines.append(lines[k])
            k += 1
        related_links = parse_sidebar(lines[k:])

    bio = "\n\n".join(bio_lines) if bio_lines else None
    author = author_from_bio(bio)
    quotes = [
        {"paragraph": p, "start": s.start, "end": s.end, "text": s.text, "speaker": None}
        for p, paragraph in enumerate(paragraphs)
        for s in find_quote_spans(paragraph)
    ]
    return {
        "id": record_id(headline, author),
        "headline": headline,
        "author": author,
        "bio": bio,
        "image_credit": image_credit,
        "paragraphs": paragraphs,
        "quotes": quotes,
        "related_links": related_links,
        "source": source,
    }


def parse_sidebar(lines: list[str]) -> list[dict]:
    """Dated (author, title) pairs, up to the closing share-buttons line. Weekend-edition, day-range
    and slug lines are not entries, and an author line they (or truncation) cut off from its title
    is not kept."""
    links: list[dict] = []
    date: str | None = None
    author: str | None = None
    for line in lines:
        if layout.is_share_line(line):
            break
        if layout.is_sidebar_structure(line):
            parsed = layout.parse_date_line(line)
            if parsed is not None:
                date = parsed.isoformat()
            author = None
            continue
        if date is None:
            continue  # an entry before any date line has no date to carry
        if author is None:
            author = line
        else:
            links.append({"date": date, "author": author, "title": line})
            author = None
    return links


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")
