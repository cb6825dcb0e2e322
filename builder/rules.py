"""Record rules: what JSON Schema cannot say about a record, checked and reported like schema errors.

They run only on records that already pass the schema. Together with the schema they describe
exactly the records that render to the raw layout and parse back to themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from . import layout
from .clean import clean_line
from .errors import Issue, json_path
from .identity import author_from_bio, record_id
from .junk import classify_page
from .parse import SIDEBAR_RULES, classify_sidebar, quote_rows, unmarked_sidebar_start
from .render import UnplaceableBoilerplate, sidebar_lines
from .schema import schema_issues

# rule name -> what it requires; documented in the README.
RULES: dict[str, str] = {
    "quote-in-paragraph": "a quote's paragraph index names a paragraph, and 0 <= start < end <= its length",
    "quote-text": "a quote's text is exactly paragraphs[paragraph][start:end]",
    "quote-spans": "the quotes are exactly the double-quoted spans of the paragraphs, in order",
    "derived-id": "id is derived from the normalised headline and author",
    "derived-author": "author is the name(s) the bio paragraphs open with (null if none)",
    "clean-text": (
        "every text value is already clean (mojibake repaired, NFC, single spaces), "
        "the image credit within its rendered credit line"
    ),
    "derived-speaker": "a quote's speaker and cue are what attribution derives from its paragraph",
    "unambiguous-layout": "no value reads as layout structure where it would be rendered",
    "boilerplate-line": (
        "a boilerplate line is what its rule says it is (a share-buttons rule holds a share-buttons line, ...)"
    ),
    "boilerplate-placement": (
        "boilerplate stands where the layout can hold it: share-buttons lines first, syndication footers right "
        "after the body, the marker after them, sidebar lines where links_before puts them, the closing "
        "share-buttons line and what follows it last"
    ),
    "not-junk": (
        "the record is not a page the junk rules reject (an error page, a paywalled teaser, a listing, "
        "a bot or cookie wall)"
    ),
}


def record_issues(record: object) -> list[Issue]:
    """Schema violations, or (for schema-valid records) record-rule violations."""
    issues = schema_issues(record)
    if issues:
        return issues
    return list(_rule_issues(cast(dict, record)))  # the schema's top level is an object


def _issue(rule: str, path: tuple, message: str) -> Issue:
    return Issue("record-rule", rule, json_path(path), message)


def _rule_issues(r: dict) -> Iterator[Issue]:
    paragraphs = r["paragraphs"]

    quote_issues = list(_quote_issues(r["quotes"], paragraphs))
    yield from quote_issues

    expected_author = author_from_bio(r["bio"])
    if r["author"] != expected_author:
        yield _issue("derived-author", ("author",), f"author is {r['author']!r} but the bio names {expected_author!r}")
    expected_id = record_id(r["headline"], r["author"])
    if r["id"] != expected_id:
        yield _issue("derived-id", ("id",), f"id is {r['id']!r} but headline and author give {expected_id!r}")

    for path, value in _unclean_values(r):
        yield _issue("clean-text", path, f"value is not clean: {value[:80]!r} cleans to {clean_line(value)[:80]!r}")
    if r["image_credit"] is not None:
        # Mojibake repair looks at context: a credit must also be clean inside the line it is rendered in.
        line = layout.format_credit_line(r["image_credit"])
        if clean_line(line) != line:
            yield _issue(
                "clean-text", ("image_credit",), f"credit line {line[:80]!r} cleans to {clean_line(line)[:80]!r}"
            )

    if not quote_issues:  # the quotes are the paragraphs' spans: compare their attribution
        derived = quote_rows(tuple(paragraphs))
        # No quote issue means the stored quotes are the derived rows, one to one.
        for k, (q, d) in enumerate(zip(r["quotes"], derived, strict=True)):
            for key, value in (("speaker", d[4]), ("cue", d[5])):
                if q[key] != value:
                    yield _issue(
                        "derived-speaker", ("quotes", k, key), f"{key} is {q[key]!r} but the paragraph gives {value!r}"
                    )

    yield from layout_issues(r)
    yield from boilerplate_issues(r)
    junk = classify_page(r["headline"], paragraphs, r["bio"])
    if junk is not None:
        yield _issue("not-junk", (), f"parse would reject this page as {junk.type}: {junk.message}")


_RULE_MATCHES = {
    "share-buttons": layout.is_share_line,
    "syndication-footer": layout.is_syndication_footer,
    "closing-share-buttons": layout.is_share_line,
    "more-articles-marker": layout.is_more_articles_line,
    "promo-slug": layout.is_promo_slug_line,
    "weekend-edition": layout.is_weekend_edition_line,
    "day-range": layout.is_day_range_line,
    "sidebar-date-without-entries": lambda line: layout.parse_date_line(line) is not None,
    "incomplete-sidebar-entry": lambda line: not layout.is_sidebar_structure(line),
    "after-closing-share-buttons": lambda line: True,
}
# Zones in file order; a record's boilerplate rules must come in this order.
_SIDEBAR_ZONE = 3
_ZONE = {
    "share-buttons": 0,
    "syndication-footer": 1,
    "more-articles-marker": 2,
    **{rule: _SIDEBAR_ZONE for rule in SIDEBAR_RULES},
    "closing-share-buttons": 4,
    "after-closing-share-buttons": 5,
}


def boilerplate_issues(r: dict) -> Iterator[Issue]:
    """Boilerplate that is not what its rule names, or that could not stand where it says it stood."""
    bad_line = False
    for k, b in enumerate(r["boilerplate"]):
        if not _RULE_MATCHES[b["rule"]](b["line"]):
            bad_line = True
            yield _issue(
                "boilerplate-line", ("boilerplate", k, "line"), f"{b['line'][:80]!r} is not a {b['rule']} line"
            )
    if not bad_line:
        yield from _placement_issues(r)


def _placement(k: int | None, message: str) -> Issue:
    return _issue("boilerplate-placement", ("boilerplate",) if k is None else ("boilerplate", k), message)


def _placement_issues(r: dict) -> Iterator[Issue]:
    """Boilerplate (each line what its rule names) that could not stand where it says it stood."""
    bp = r["boilerplate"]
    rules = [b["rule"] for b in bp]
    for k in range(1, len(bp)):
        if _ZONE[rules[k]] < _ZONE[rules[k - 1]]:
            yield _placement(k, f"a {rules[k]} line cannot come after a {rules[k - 1]} line")
            return
    yield from _links_before_issues(bp, len(r["related_links"]))
    markers = rules.count("more-articles-marker")
    closings = rules.count("closing-share-buttons")
    if markers > 1 or closings > 1:
        yield _placement(None, "at most one more-articles-marker and one closing-share-buttons line")
    if "after-closing-share-buttons" in rules and not closings:
        yield _placement(None, "after-closing-share-buttons lines need a closing-share-buttons line")
    if not markers:
        yield from _unmarked_issues(r, rules)
    sidebar = [b for b in bp if _ZONE[b["rule"]] == _SIDEBAR_ZONE]
    if markers and sidebar:
        yield from _sidebar_issues(r, sidebar)


def _links_before_issues(bp: list[dict], n: int) -> Iterator[Issue]:
    """Boilerplate whose links_before does not fit its zone, with `n` related links."""
    for k, b in enumerate(bp):
        zone = _ZONE[b["rule"]]
        if zone < _SIDEBAR_ZONE and b["links_before"] != 0:
            yield _placement(k, f"a {b['rule']} line comes before the sidebar: links_before must be 0")
        if zone > _SIDEBAR_ZONE and b["links_before"] != n:
            yield _placement(k, f"a {b['rule']} line comes after the sidebar: links_before must be {n}")
        if zone == _SIDEBAR_ZONE and not 0 <= b["links_before"] <= n:
            yield _placement(k, f"links_before must be between 0 and {n}")


def _unmarked_issues(r: dict, rules: list[str]) -> Iterator[Issue]:
    """What a record without the more-articles-marker line cannot hold."""
    if "share-buttons" not in rules:
        yield _placement(
            None, "with no share-buttons line at the top, the more-articles-marker line is what makes it an article"
        )
    if r["bio"] is not None:
        yield _placement(None, "a bio needs the more-articles-marker line before it")
    yield from _unmarked_sidebar_issues(r)
    for k, b in enumerate(r["boilerplate"]):
        if b["rule"] == "after-closing-share-buttons" and not layout.is_share_line(b["line"]):
            yield _placement(k, "without the more-articles-marker, only share-buttons lines can follow the closing one")
    if layout.is_share_line(r["paragraphs"][-1]) and "syndication-footer" not in rules:
        yield _placement(
            None,
            "without the more-articles-marker, a last paragraph that is a share-buttons line would close the page",
        )


def _unmarked_sidebar_issues(r: dict) -> Iterator[Issue]:
    """Without the marker, parse finds a sidebar by `unmarked_sidebar_start` in the last block of lines
    without blank lines between them: the record's related links and sidebar lines, written by render as
    that block below the blank-separated body, must be read back as one, from their first line."""
    bp = r["boilerplate"]
    sidebar = [b for b in bp if _ZONE[b["rule"]] == _SIDEBAR_ZONE]
    if not r["related_links"] and not sidebar:
        return
    try:
        side = sidebar_lines(r["related_links"], sidebar)
    except UnplaceableBoilerplate as exc:
        yield _placement(None, str(exc))
        return
    body = [*r["paragraphs"], *(b["line"] for b in bp if b["rule"] == "syndication-footer")]
    numbers = [2 * k for k in range(len(body))] + [2 * len(body) + k for k in range(len(side))]
    at = unmarked_sidebar_start(r["headline"], body + side, numbers, 0, len(body) + len(side))
    if at != len(body):
        yield _placement(
            None,
            "without the more-articles-marker, the related links and sidebar lines would not be read as a sidebar "
            "(it needs a prose paragraph before it and complete dated entries whose author is a name and whose "
            "title does not end in a period)",
        )
        return
    if sidebar:
        yield from _sidebar_issues(r, sidebar)


def _sidebar_issues(r: dict, sidebar: list[dict]) -> Iterator[Issue]:
    """Sidebar boilerplate that, written where links_before puts it, does not read back the same."""
    try:
        lines = sidebar_lines(r["related_links"], sidebar)
    except UnplaceableBoilerplate as exc:
        yield _placement(None, str(exc))
        return
    links, _, kinds = classify_sidebar(lines)
    read_back = [{"line": lines[j], "rule": rule} for j, rule in sorted(kinds.items())]
    if links != r["related_links"] or read_back != [{"line": b["line"], "rule": b["rule"]} for b in sidebar]:
        yield _placement(
            None,
            "the sidebar lines, written where links_before puts them, do not read back as the same entries "
            "and boilerplate",
        )


def layout_issues(r: dict) -> Iterator[Issue]:
    """Values that would read as layout structure where render puts them (rule unambiguous-layout)."""
    paragraphs = r["paragraphs"]
    if layout.is_share_line(r["headline"]):
        yield _issue(
            "unambiguous-layout", ("headline",), "a headline that is a share-buttons line would be read as one"
        )
    for k, p in enumerate(paragraphs):
        if layout.is_more_articles_line(p):
            yield _issue("unambiguous-layout", ("paragraphs", k), f"a paragraph {p!r} would end the body")
    if layout.is_syndication_footer(paragraphs[-1]):
        yield _issue(
            "unambiguous-layout",
            ("paragraphs", len(paragraphs) - 1),
            "a last paragraph that is a syndication footer would be read as one",
        )
    if r["image_credit"] is None and layout.parse_credit_line(paragraphs[0]) is not None:
        yield _issue(
            "unambiguous-layout", ("paragraphs", 0), "with no image credit, the first paragraph would read as one"
        )
    if r["bio"] is not None:
        for k, p in enumerate(r["bio"].split("\n\n")):
            if layout.is_sidebar_structure(p):
                yield _issue("unambiguous-layout", ("bio",), f"bio paragraph {k} {p!r} would read as sidebar structure")
    for k, link in enumerate(r["related_links"]):
        for key in ("author", "title"):
            if layout.is_sidebar_structure(link[key]):
                yield _issue(
                    "unambiguous-layout", ("related_links", k, key), f"{link[key]!r} would read as sidebar structure"
                )


def _quote_issues(quotes: list[dict], paragraphs: list[str]) -> Iterator[Issue]:
    placed = True
    for k, q in enumerate(quotes):
        p = q["paragraph"]
        if p >= len(paragraphs) or not (q["start"] < q["end"] <= len(paragraphs[p])):
            placed = False
            yield _issue(
                "quote-in-paragraph", ("quotes", k), f"offsets {q['start']}..{q['end']} do not lie in paragraph {p}"
            )
        elif paragraphs[p][q["start"] : q["end"]] != q["text"]:
            placed = False
            yield _issue(
                "quote-text", ("quotes", k, "text"), f"text differs from paragraphs[{p}][{q['start']}:{q['end']}]"
            )
    if placed:
        # The spans, as parse found them (quote_rows has a row for every span, in order). Compared
        # pair by pair: lists of both would cost two tuples per quote, for a message only.
        rows = quote_rows(tuple(paragraphs))
        if len(rows) != len(quotes) or any(
            row[:3] != (q["paragraph"], q["start"], q["end"]) for row, q in zip(rows, quotes, strict=True)
        ):
            found = [row[:3] for row in rows]
            stored = [(q["paragraph"], q["start"], q["end"]) for q in quotes]
            missing = sorted(set(found) - set(stored))
            extra = sorted(set(stored) - set(found))
            yield _issue(
                "quote-spans",
                ("quotes",),
                f"quotes differ from the paragraphs' quoted spans: missing {missing[:5]}, not quoted {extra[:5]}",
            )


def _unclean_values(r: dict) -> Iterator[tuple[tuple, str]]:
    """The values of `_text_values` that clean_line changes, with their paths, in the same order.

    A list of values is first cleaned whole (map and a list comparison, both in C; a clean value
    comes back as the same object, which the comparison takes as equal at once), and only a list
    with a value that is not clean is gone through value by value."""
    for key in ("headline", "author"):
        value = r[key]
        if value is not None and clean_line(value) != value:
            yield (key,), value
    if r["bio"] is not None:
        bio = r["bio"].split("\n\n")
        if list(map(clean_line, bio)) != bio:
            yield from ((("bio",), p) for p in bio if clean_line(p) != p)
    paragraphs = r["paragraphs"]
    if list(map(clean_line, paragraphs)) != paragraphs:
        yield from ((("paragraphs", k), p) for k, p in enumerate(paragraphs) if clean_line(p) != p)
    links = r["related_links"]
    texts = [text for link in links for text in (link["author"], link["title"])]
    if list(map(clean_line, texts)) != texts:
        for k, link in enumerate(links):
            for key in ("author", "title"):
                if clean_line(link[key]) != link[key]:
                    yield ("related_links", k, key), link[key]
    lines = [b["line"] for b in r["boilerplate"]]
    if list(map(clean_line, lines)) != lines:
        yield from ((("boilerplate", k, "line"), line) for k, line in enumerate(lines) if clean_line(line) != line)


def _text_values(r: dict) -> Iterator[tuple[tuple, str]]:
    for key in ("headline", "author"):
        if r[key] is not None:
            yield (key,), r[key]
    if r["bio"] is not None:
        for p in r["bio"].split("\n\n"):
            yield ("bio",), p
    for k, p in enumerate(r["paragraphs"]):
        yield ("paragraphs", k), p
    for k, link in enumerate(r["related_links"]):
        yield ("related_links", k, "author"), link["author"]
        yield ("related_links", k, "title"), link["title"]
    for k, b in enumerate(r["boilerplate"]):
        yield ("boilerplate", k, "line"), b["line"]


def duplicate_id_issues(records: list[dict]) -> dict[int, Issue]:
    """Index of each record whose id an earlier record already has -> the issue naming the first."""
    first: dict[str, int] = {}
    out: dict[int, Issue] = {}
    for k, r in enumerate(records):
        rid = r.get("id") if isinstance(r, dict) else None
        if not isinstance(rid, str):
            continue
        if rid in first:
            out[k] = Issue("duplicate-id", "unique-id", "$.id", f"id {rid} is already used by record {first[rid]}")
        else:
            first[rid] = k
    return out
