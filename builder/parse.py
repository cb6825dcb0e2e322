"""Raw article bytes -> a cleaned record (a dict in the schema's field order), or a typed Reject.

The layout (docs/raw-format.md), top to bottom: share-buttons line, headline, optional image credit, body
paragraphs, 'More articles by:', bio paragraphs, optional promo slug, the sidebar of dated
(author, title) entries, a closing share-buttons line. Blocks are found by what their lines are,
not by blank lines, which scraped files do not keep reliably; the one exception is a sidebar on a
page without 'More articles by:', read only where blank lines show it (`unmarked_sidebar_start`).

Line accounting: every non-blank line goes to exactly one place, a field or the record's
`boilerplate` list ({line, rule, links_before}); `account_lines` returns where each line went, and
a property test checks that map against the record.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import layout
from .attribution import ORGANISATION_WORDS, PLACE_WORDS, attribute_quotes
from .clean import clean_line
from .decode import DecodeFailure, decode_bytes
from .errors import Reject
from .identity import author_from_bio, record_id
from .junk import (
    classify_page,
    is_author_page_title,
    is_listing_title,
    is_name_line,
    is_prose,
    is_title_case,
    listing_of,
)
from .names import BIO_NOT_NAMES, TITLES
from .quotes import find_quote_spans

# Boilerplate rules: rule name -> what the removed line is. Documented in the README.
BOILERPLATE_RULES: dict[str, str] = {
    "share-buttons": "the share-buttons line at the top ('FacebookTwitterRedditEmail')",
    "syndication-footer": (
        "a syndication footer ending the body, e.g. 'The post … appeared first on ….', "
        "'This post was originally published on ….'"
    ),
    "more-articles-marker": "the 'More articles by:' line that ends the body",
    "promo-slug": "a promo image's file name, e.g. 'bernie-the-sandernistas-cover-344x550'",
    "weekend-edition": "a 'Weekend Edition' line in the sidebar",
    "day-range": "a day-range line in the sidebar, e.g. 'Friday - Sunday'",
    "sidebar-date-without-entries": "a sidebar date line under which no complete entry follows",
    "incomplete-sidebar-entry": (
        "a sidebar line that is not part of a complete dated entry: an author cut off from its title "
        "(truncation, a structure line) or a line before the first date"
    ),
    "closing-share-buttons": "the share-buttons line that closes the page",
    "after-closing-share-buttons": "a line after the closing share-buttons line",
}
SIDEBAR_RULES = (
    "promo-slug",
    "weekend-edition",
    "day-range",
    "sidebar-date-without-entries",
    "incomplete-sidebar-entry",
)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the decoded text
    text: str  # the cleaned line, never empty


def parse_article(data: bytes, path: str) -> dict | Reject:
    """Parse one raw file's bytes; `path` is its path relative to the raw folder."""
    decoded = decode_bytes(data)
    if isinstance(decoded, DecodeFailure):
        return Reject(path, decoded.type, decoded.message)
    source = {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "encoding": decoded.encoding}
    texts, numbers = _clean_texts(decoded.text)
    del decoded  # parse_text, without holding a big file's whole text while its lines are parsed
    return _record_of(texts, numbers, source)


def split_lines(text: str) -> list[Line]:
    """Cleaned non-blank lines with their numbers. Only CR, LF and CRLF end a line; other separators
    are whitespace."""
    texts, numbers = _clean_texts(text)
    return [Line(number, cleaned) for number, cleaned in zip(numbers, texts, strict=True)]


def _raw_lines(text: str) -> list[str] | Iterator[str]:
    if len(text) <= _STREAMED_TEXT_CHARS:
        return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _streamed_lines(text)


def _streamed_lines(text: str, chunk: int = 1 << 16) -> Iterator[str]:
    """The lines of `_raw_lines` for a big text, a chunk of about `chunk` characters at a time: its
    lines are then not all held at once beside their cleaned texts. Chunks end at an LF (and before
    the CR of a CRLF), which ends a line whatever surrounds it, so each is split as the whole is."""
    at = 0
    while True:
        cut = text.find("\n", at + chunk) if at + chunk < len(text) else -1
        if cut < 0:
            yield from text[at:].replace("\r\n", "\n").replace("\r", "\n").split("\n")
            return
        end = cut - 1 if text[cut - 1] == "\r" else cut
        yield from text[at:end].replace("\r\n", "\n").replace("\r", "\n").split("\n")
        at = cut + 1


_STREAMED_TEXT_CHARS = 1 << 20


def _clean_texts(text: str) -> tuple[list[str], list[int]]:
    """The cleaned non-blank lines of `text` and their 1-based line numbers (where a blank line
    stood between two lines, their numbers differ by more than one)."""
    texts: list[str] = []
    numbers: list[int] = []
    for number, raw in enumerate(_raw_lines(text), 1):
        if raw:  # blank lines (half of a file's lines) clean to nothing: skipped before cleaning
            cleaned = clean_line(raw)
            if cleaned:
                texts.append(cleaned)
                numbers.append(number)
    return texts, numbers


def parse_text(text: str, source: dict) -> dict | Reject:
    return _record_of(*_clean_texts(text), source)


def _record_of(texts: list[str], numbers: list[int], source: dict) -> dict | Reject:
    result = _parse_lines(texts, numbers, source["path"])
    if isinstance(result, Reject):
        return result
    record, _ = result
    record["source"] = source
    return record


def account_lines(text: str) -> list[tuple[Line, tuple | None]] | Reject:
    """Where each non-blank line of `text` went: (line, destination), destination being a record
    path such as ('paragraphs', 3), ('related_links', 2, 'title'), ('boilerplate', 0),
    ('image_credit',), or ('date', (k, ...)) for a sidebar date line and the entries under it."""
    lines = split_lines(text)
    result = _parse_lines([line.text for line in lines], [line.number for line in lines], "<text>")
    if isinstance(result, Reject):
        return result
    return list(zip(lines, result[1], strict=True))


def _parse_lines(texts: list[str], numbers: list[int], path: str) -> tuple[dict, list[tuple | None]] | Reject:
    """The record of a file's cleaned non-blank lines (`numbers` their line numbers), and where each line went."""
    if not texts:
        return Reject(path, "empty", "the file holds no visible text")
    dest: list[tuple | None] = [None] * len(texts)
    kinds: dict[int, str] = {}  # line index -> boilerplate rule
    top = _headline_and_marker(texts, path, kinds)
    if isinstance(top, Reject):
        return top
    i, marker = top
    headline = texts[i]
    dest[i] = ("headline",)
    image_credit, paragraphs, unmarked_links = _body(texts, numbers, i + 1, marker, kinds, dest)
    if not paragraphs:
        # A wall saved as its one line ('Request unsuccessful. Incapsula incident ID: …') is typed by it.
        wall = classify_page(headline, [], None)
        if wall is not None:
            return Reject(path, wall.type, wall.message)
        # an author's page, a tag page or an archive: a list of articles and no body ('Articles by Name', 'Tag:
        # Greenway', 'Latest Columns'; not a lost body's 'Top Editors Quit Over Regional News Merger': break18)
        if is_author_page_title(headline) or (is_listing_title(headline) and len(headline.split()) <= 4):
            return Reject(
                path,
                "listing-page",
                f"a listing of other articles: headline {_preview(headline)} over no body paragraph",
            )
        archive = _author_archive(texts, marker, headline, kinds, dest)
        if archive is not None:
            return Reject(path, "listing-page", archive)
        lost = f" (only a sidebar of {len(unmarked_links)} other articles below it)" if unmarked_links else ""
        return Reject(path, "not-an-article", f"no body paragraph after the headline {_preview(headline)}{lost}")
    bio_lines: list[str] = []
    related_links = unmarked_links
    if marker is not None:
        bio_lines, related_links = _after_marker(texts, marker, kinds, dest)
    boilerplate = _boilerplate(texts, kinds, dest)

    bio = "\n\n".join(bio_lines) if bio_lines else None
    junk = classify_page(headline, paragraphs, bio)  # a page that is not an article (junk.py)
    if junk is not None:
        return Reject(path, junk.type, junk.message)
    author = author_from_bio(bio)
    record = {
        "id": record_id(headline, author),
        "headline": headline,
        "author": author,
        "bio": bio,
        "image_credit": image_credit,
        "paragraphs": paragraphs,
        "quotes": quotes_of(paragraphs),
        "related_links": related_links,
        "boilerplate": boilerplate,
    }
    return record, dest


def _headline_and_marker(texts: list[str], path: str, kinds: dict[int, str]) -> tuple[int, int | None] | Reject:
    """The headline's line index after the share-buttons lines (marked in `kinds`), and the index of the
    'More articles by:' line if there is one; a Reject when the file has neither."""
    i = 0
    while i < len(texts) and layout.is_share_line(texts[i]):
        kinds[i] = "share-buttons"
        i += 1
    starts_with_share = i > 0
    marker = next((k for k in range(i + 1, len(texts)) if layout.is_more_articles_line(texts[k])), None)
    if not starts_with_share and marker is None:
        # Not the article layout. A wall, error page or listing saved without the scraper's share
        # lines is still typed by what it is (its first line read as its title), so a user can count
        # and re-fetch them; anything else is refused as not an article.
        body = texts[1:]
        while body and layout.is_share_line(body[-1]):
            body.pop()
        junk = classify_page(texts[0], body, None)
        if junk is not None:
            return Reject(path, junk.type, f"{junk.message} (no share-buttons line at the top)")
        return Reject(
            path,
            "not-an-article",
            f"no share-buttons line at the top and no '{layout.MORE_ARTICLES_LINE}' line; "
            f"first line: {_preview(texts[0])}",
        )
    if i >= len(texts):
        return Reject(path, "not-an-article", "nothing follows the share-buttons line")
    return i, marker


def _body(
    texts: list[str], numbers: list[int], i: int, marker: int | None, kinds: dict[int, str], dest: list[tuple | None]
) -> tuple[str | None, list[str], list[dict]]:
    """The image credit and body paragraphs from line `i` on (empty when there are none), and the
    related links of a sidebar without the marker; closing share-buttons, syndication footers and
    sidebar lines go to `kinds`, where each line went to `dest`."""
    headline = texts[i - 1]
    body_end = marker if marker is not None else len(texts)
    if marker is None:
        # A file cut before its bio can still end with share-buttons lines: the first closes the
        # page, any others come after it.
        while body_end > i and layout.is_share_line(texts[body_end - 1]):
            body_end -= 1
            kinds[body_end] = "after-closing-share-buttons"
        if body_end in kinds:
            kinds[body_end] = "closing-share-buttons"

    image_credit = None
    if i < body_end:
        image_credit = layout.parse_credit_line(texts[i])
        if image_credit is not None:
            dest[i] = ("image_credit",)
            i += 1
    related_links: list[dict] = []
    sidebar_at = (
        unmarked_sidebar_start(headline, texts, numbers, i, body_end, after_credit=image_credit is not None)
        if marker is None
        else None
    )
    if sidebar_at is not None:
        related_links, sidebar_dest, sidebar_kinds = classify_sidebar(texts[sidebar_at:body_end])
        for j, d in enumerate(sidebar_dest):
            if d is not None:
                dest[sidebar_at + j] = d
        kinds.update({sidebar_at + j: rule for j, rule in sidebar_kinds.items()})
        body_end = sidebar_at
    paragraphs = texts[i:body_end]
    while paragraphs and layout.is_syndication_footer(paragraphs[-1]):
        kinds[i + len(paragraphs) - 1] = "syndication-footer"
        paragraphs.pop()
    for k in range(len(paragraphs)):
        dest[i + k] = ("paragraphs", k)
    return image_credit, paragraphs, related_links


# Sidebar rules a sidebar without the marker may hold: structure lines, and a cut-off author at its end.
_UNMARKED_SIDEBAR_RULES = frozenset(("sidebar-date-without-entries", "weekend-edition", "day-range", "promo-slug"))


def unmarked_sidebar_start(
    headline: str, texts: Sequence[str], numbers: Sequence[int], start: int, end: int, after_credit: bool = False
) -> int | None:
    """Where a sidebar of other articles begins in the body lines texts[start:end] of a page without the
    'More articles by:' line (a staff brief or a notice with no bio), or None.

    The scraper writes a sidebar as a block of lines with no blank line between them, below body
    paragraphs that have blank lines between them: the sidebar is sought only in the last such block
    (lines whose `numbers` follow each other), and only when a blank line stands somewhere above it
    in the body (a file that kept no blank lines shows no blocks). In that block it is the longest
    tail after a prose paragraph that opens with sidebar structure lines holding a date line
    ('Weekend Edition', 'June 14, 2024', 'Friday - Sunday') and holds complete dated entries whose
    author line is a name or a staff byline ('Nicola Tran', 'Samuel Ortega, Jr.', 'Staff report') and
    whose title is no sentence (it does not end in a period, or is capitalised as a title), two
    entries or more, one in five excepted, with nothing else but sidebar structure lines and a
    cut-off author at its very end; not right below a share-buttons line. An author line holding a
    venue's or an organisation's word ('St. Brigid’s Church', 'Millbrook Arts Centre') is no byline:
    dated event lists are an article's own. An article's dated diary entries or a signed, dated
    letter written as paragraphs, or as sentences, or without titles, stay paragraphs; a page titled
    as a listing ('Recent Articles') is all entries, for the junk rules to judge.

    `after_credit`: an image-credit line stands right above `start`. A page whose only block below its
    credit line, after a blank line, is such a sidebar of several authors under a headline of five words or
    more lost its body in the scrape (u39, u40): the sidebar is read as one there too, and the page has no
    body paragraph (not an article); a topic's or an author's page under a banner stays a listing."""
    block = end - 1
    while block > start and numbers[block] - numbers[block - 1] == 1:
        block -= 1
    lost_body = after_credit and _lost_body(headline, numbers, start, block)
    if (block <= start and not lost_body) or end - block < 3 or is_listing_title(headline):
        return None  # no blank line above the last block, or too short for a dated entry
    prose_before = lost_body or any(is_prose(texts[k]) for k in range(start, block))
    tries = 0
    for s in range(block, end - 2):
        if not prose_before:
            prose_before = is_prose(texts[s])
            continue
        if not _opens_sidebar(texts, s, end):
            continue
        tries += 1
        if tries > _MAX_SIDEBAR_STARTS:
            return None  # each try reads the rest of the block: a block of 100,000 date lines would take hours
        links, _, kinds = classify_sidebar(list(texts[s:end]))
        if not links:
            continue
        last = end - s - 1
        if any(
            rule not in _UNMARKED_SIDEBAR_RULES and not (j == last and rule == "incomplete-sidebar-entry")
            for j, rule in kinds.items()
        ):
            continue
        if layout.is_share_line(texts[s - 1]):
            return None  # a share bar under the article: its line would end the body, which parse cannot hold
        if lost_body and len({link["author"] for link in links}) < 2:
            return None  # an author's page under a portrait's credit: their articles only (break27)
        unlike = sum(not (is_byline(link["author"]) and _is_title_line(link["title"])) for link in links)
        if len(links) >= _MIN_UNMARKED_ENTRIES and unlike <= len(links) // _UNLIKE_ENTRIES_PER:
            return s
    return None


def _lost_body(headline: str, numbers: Sequence[int], start: int, block: int) -> bool:
    """Whether the last block starts right below the credit line, after a blank line, under an article's headline
    (a block there whose prose lines run into a sidebar is split there too, as a body's last block is)."""
    return (
        block == start
        and start > 0
        and numbers[start] - numbers[start - 1] > 1
        and len(headline.split()) >= _LOST_BODY_HEADLINE_WORDS
    )


# A lost body's headline is an article's, a sentence of five words or more: a topic page's ('Water') or an author's
# name over a banner's credit is a listing's (break27).
_LOST_BODY_HEADLINE_WORDS = 5
# Starts tried in one block: a real sidebar starts at the first line that opens one after the body's prose,
# or the next few (dated lines of the body in the same block); more tries would make a parse quadratic.
_MAX_SIDEBAR_STARTS = 8
# One entry in five may have an author or title unlike the rest ('Kollibri terre Sonnenblume', a title that
# is a sentence): a sidebar of fewer than five entries has none.
_UNLIKE_ENTRIES_PER = 5
# A lone dated entry ('March 3, 2026' / 'Eileen Whitcombe' / 'Alder Street, Millbrook') is as likely a
# letter's signature: a sidebar without the marker has two entries or more.
_MIN_UNMARKED_ENTRIES = 2


_OPENING_LINES = 6


def _opens_sidebar(texts: Sequence[str], s: int, end: int) -> bool:
    """Whether texts[s] opens a run of sidebar structure lines ('Weekend Edition', a date, 'Friday -
    Sunday') that holds a date line: the first entry of a sidebar needs one above it. The run is short:
    a weekend line, a date, a day range, a slug."""
    for k in range(s, min(end, s + _OPENING_LINES)):
        structure = layout.structure_of(texts[k])
        if structure is None:
            return False
        if structure[1] is not None:
            return True
    return False


# A sidebar's author line that names no person: 'Staff report', 'Staff Reporter', 'Wire services'.
_STAFF_BYLINE = re.compile(
    r"(?:staff(?: report(?:er|s)?| writers?)?|(?:the )?editorial board|the editors|wire (?:services|reports)|"
    r"(?:the )?associated press|reuters|agence france-presse|afp|"
    # a newsroom's own name in the languages of junk_languages.py: 'Redaktion', 'Redazione', 'Redacción'
    r"redaktion(?:en)?|rédaction|redacción|redazione|redactie|redação|redakcja|redakce|dpa|ansa|efe|ap|apa|ctk|čtk|pap|"
    r"tt|ritzau|anp|belga|lusa)",
    re.IGNORECASE,
)


# Words of a venue or an organisation, never of a sidebar's author: dated lines of venues and events
# ('March 14, 2026' / 'St. Brigid’s Church' / 'Funeral Mass at 11 am') are an article's own list.
_VENUE_WORDS = (
    ORGANISATION_WORDS
    | PLACE_WORDS
    | frozenset(
        "church cathedral chapel mosque synagogue temple home library arena theatre theater stadium gallery museum "
        "cemetery hotel pub cafe school parish".split()
    )
)


def is_byline(line: str) -> bool:
    """A sidebar entry's author: a staff byline, or a name line that opens with no title or function
    word ('Director Ana Prado', 'The Insurance Man' are a film's credits and a poem's title) and holds
    no venue's or organisation's word."""
    if _STAFF_BYLINE.fullmatch(line) is not None:
        return True
    first = line.split(" ", 1)[0].lower()
    return (
        is_name_line(line)
        and first not in TITLES
        and first not in BIO_NOT_NAMES
        and not any(w.lower().strip(",.’'s") in _VENUE_WORDS for w in line.split())
    )


def _is_title_line(line: str) -> bool:
    """A title: no sentence ending in a period, unless its words are capitalised as a title's ('The Steel
    Mill Came Back. The Jobs Didn’t.'); not a role and its organisation ('Executive Director, Eastside
    Tenants Alliance', a signatory's)."""
    head = line.split(",", 1)[0].lower().split()
    if "," in line and head and all(w in TITLES for w in head):
        return False
    return len(line) <= _MAX_TITLE and (not line.rstrip("’”\"')]").endswith(".") or is_title_case(line))


_MAX_TITLE = 300


def _after_marker(
    texts: list[str], marker: int, kinds: dict[int, str], dest: list[tuple | None]
) -> tuple[list[str], list[dict]]:
    """The bio lines and related links after the 'More articles by:' line at `marker`."""
    kinds[marker] = "more-articles-marker"
    bio_lines: list[str] = []
    k = marker + 1
    while k < len(texts) and not layout.is_sidebar_structure(texts[k]):
        dest[k] = ("bio", len(bio_lines))
        bio_lines.append(texts[k])
        k += 1
    related_links, sidebar_dest, sidebar_kinds = classify_sidebar(texts[k:])
    for j, d in enumerate(sidebar_dest):
        if d is not None:
            dest[k + j] = d
    kinds.update({k + j: rule for j, rule in sidebar_kinds.items()})
    return bio_lines, related_links


def _author_archive(
    texts: list[str], marker: int | None, headline: str, kinds: dict[int, str], dest: list[tuple | None]
) -> str | None:
    """Why a page with no body is its author's archive, or None: under the 'More articles by:' line her bio, then her
    list, which the listing rules take (`junk.listing_of`), when the headline is the bio's author ('Solveig
    Akerman-Diaz' / 'More articles by:' / 'Solveig Akerman-Diaz is an energy reporter …' / 'All articles by Solveig
    Akerman-Diaz (47)' / dates and titles: u118-11; 'Hester Amundsen' over her bio and 'Showing 1–6 of 84 articles':
    u122-09). A page with no body, its author's bio and a sidebar under an article's headline lost its body: it
    stays `not-an-article`."""
    if marker is None:
        return None
    bio_lines, _ = _after_marker(texts, marker, kinds, dest)
    if not bio_lines:
        return None
    # (her name as the headline: not a lost column's whose bio says 'All her … columns are collected at …': break59)
    hers = (author_from_bio(bio_lines[0]) or "").casefold() == headline.casefold()
    below = tuple(line for line in texts[marker + 2 :] if not layout.is_share_line(line))
    listing = listing_of(headline, below) if hers else None
    return None if listing is None else f"{listing.message}; an author's archive under her bio, no body paragraph"


def _boilerplate(texts: list[str], kinds: dict[int, str], dest: list[tuple | None]) -> list[dict]:
    """The boilerplate entries of the lines in `kinds`, in line order, each with the number of related
    links whose title comes before it; `dest` points those lines at their entries."""
    boilerplate: list[dict] = []
    links_done = 0
    title_lines = sorted(j for j, d in enumerate(dest) if d is not None and d[0] == "related_links" and d[2] == "title")
    for j in range(len(texts)):
        while links_done < len(title_lines) and title_lines[links_done] < j:
            links_done += 1
        if j in kinds:
            dest[j] = ("boilerplate", len(boilerplate))
            boilerplate.append({"line": texts[j], "rule": kinds[j], "links_before": links_done})
    return boilerplate


def quotes_of(paragraphs: list[str]) -> list[dict]:
    """Every double-quoted span of the paragraphs, with its speaker and cue."""
    return [dict(zip(QUOTE_KEYS, row, strict=True)) for row in quote_rows(tuple(paragraphs))]


QUOTE_KEYS = ("paragraph", "start", "end", "text", "speaker", "cue")


@functools.lru_cache(maxsize=4)
def quote_rows(paragraphs: tuple[str, ...]) -> tuple[tuple, ...]:
    """`quotes_of` as immutable rows in QUOTE_KEYS order. Kept for the last few articles because the
    record rules derive the same quotes from the same paragraphs right after parsing (a pure
    function of the paragraphs, so a kept answer is the answer); the strings are the record's own,
    so the look-up hashes nothing twice."""
    rows = []
    for p, paragraph in enumerate(paragraphs):
        spans = find_quote_spans(paragraph)
        for s, a in zip(spans, attribute_quotes(paragraph, spans), strict=True):
            rows.append((p, s.start, s.end, s.text, a.speaker, a.cue))
    return tuple(rows)


def classify_sidebar(lines: list[str]) -> tuple[list[dict], list[tuple | None], dict[int, str]]:
    """The sidebar after the bio: its complete dated (author, title) entries, where each line went
    (a destination, or a boilerplate rule by line index). Weekend-edition, day-range and slug lines
    are not entries, and an author line they (or truncation) cut off from its title is not kept.

    The answers for the last few sidebars are kept: the record rules classify the sidebar that
    render writes from the record just parsed, which is most often the same lines. A pure function
    of the lines, so a kept answer is the answer; each call gets its own copies to change."""
    key = tuple(lines)
    kept = _sidebars_kept.get(key)
    if kept is None:
        links, dest, kinds = _classify_sidebar(lines)
        if len(_sidebars_kept) >= _SIDEBARS_KEPT:
            _sidebars_kept.clear()
        entries = tuple([(x["date"], x["author"], x["title"]) for x in links])
        _sidebars_kept[key] = (entries, tuple(dest), tuple(kinds.items()))
        # Parse's lines go on to the closing share-buttons line, the sidebar render writes stops
        # before it: the lines before it read alone give the same entries and the same first kinds.
        share = next((j for j, kind in kinds.items() if kind == "closing-share-buttons"), None)
        if share is not None:
            before = tuple((j, kind) for j, kind in kinds.items() if j < share)
            _sidebars_kept[key[:share]] = (entries, tuple(dest[:share]), before)
        return links, dest, kinds
    return (
        [{"date": date, "author": author, "title": title} for date, author, title in kept[0]],
        list(kept[1]),
        dict(kept[2]),
    )


_SIDEBARS_KEPT = 8
_sidebars_kept: dict[tuple[str, ...], tuple[tuple, tuple, tuple]] = {}


def _classify_sidebar(lines: list[str]) -> tuple[list[dict], list[tuple | None], dict[int, str]]:
    """`classify_sidebar`, computed."""
    links: list[dict] = []
    dest: list[tuple | None] = [None] * len(lines)
    kinds: dict[int, str] = {}
    date: str | None = None
    date_at: int | None = None
    date_links: list[int] = []
    pending: int | None = None

    def close_date() -> None:
        if date_at is not None:
            if date_links:
                dest[date_at] = ("date", tuple(date_links))
            else:
                kinds[date_at] = "sidebar-date-without-entries"

    def drop_pending() -> None:
        nonlocal pending
        if pending is not None:
            kinds[pending] = "incomplete-sidebar-entry"
            pending = None

    for j, line in enumerate(lines):
        structure = layout.structure_of(line)
        if structure is not None:
            kind, parsed = structure
            drop_pending()
            if kind == "share":
                kinds[j] = "closing-share-buttons"
                for rest in range(j + 1, len(lines)):
                    kinds[rest] = "after-closing-share-buttons"
                break
            if parsed is not None:
                close_date()
                date, date_at, date_links = parsed.isoformat(), j, []
            else:
                kinds[j] = _STRUCTURE_RULES[kind]
            continue
        if date is None:
            kinds[j] = "incomplete-sidebar-entry"  # before any date line: an entry needs a date
        elif pending is None:
            pending = j
        else:
            dest[pending] = ("related_links", len(links), "author")
            dest[j] = ("related_links", len(links), "title")
            date_links.append(len(links))
            links.append({"date": date, "author": lines[pending], "title": line})
            pending = None
    drop_pending()
    close_date()
    return links, dest, kinds


# layout.structure_of's kinds of sidebar lines that are boilerplate -> their rule.
_STRUCTURE_RULES = {"slug": "promo-slug", "weekend": "weekend-edition", "day_range": "day-range"}


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")
