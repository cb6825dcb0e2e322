"""Record rules: what JSON Schema cannot say about a record, checked and reported like schema errors.

They run only on records that already pass the schema. Together with the schema they describe
exactly the records that render to the raw layout and parse back to themselves.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import layout
from .clean import clean_line
from .errors import Issue, json_path
from .identity import author_from_bio, record_id
from .quotes import find_quote_spans
from .schema import schema_issues

# rule name -> what it requires; documented in the README.
RULES: dict[str, str] = {
    "quote-in-paragraph": "a quote's paragraph index names a paragraph, and 0 <= start < end <= its length",
    "quote-text": "a quote's text is exactly paragraphs[paragraph][start:end]",
    "quote-spans": "the quotes are exactly the double-quoted spans of the paragraphs, in order",
    "derived-id": "id is derived from the normalised headline and author",
    "derived-author": "author is the name(s) the bio paragraphs open with (null if none)",
    "clean-text": "every text value is already clean (mojibake repaired, NFC, single spaces), the image credit within its rendered credit line",
    "derived-speaker": "a quote's speaker is what attribution derives; this version does not attribute, so it is null",
    "unambiguous-layout": "no value reads as layout structure where it would be rendered",
}


def record_issues(record: object) -> list[Issue]:
    """Schema violations, or (for schema-valid records) record-rule violations."""
    issues = schema_issues(record)
    if issues:
        return issues
    return list(_rule_issues(record))


def _issue(rule: str, path: tuple, message: str) -> Issue:
    return Issue("record-rule", rule, json_path(path), message)


def _rule_issues(r: dict) -> Iterator[Issue]:
    paragraphs = r["paragraphs"]

    yield from _quote_issues(r["quotes"], paragraphs)

    expected_author = author_from_bio(r["bio"])
    if r["author"] != expected_author:
        yield _issue("derived-author", ("author",), f"author is {r['author']!r} but the bio names {expected_author!r}")
    expected_id = record_id(r["headline"], r["author"])
    if r["id"] != expected_id:
        yield _issue("derived-id", ("id",), f"id is {r['id']!r} but headline and author give {expected_id!r}")

    for path, value in _text_values(r):
        if clean_line(value) != value:
            yield _issue("clean-text", path, f"value is not clean: {value[:80]!r} cleans to {clean_line(value)[:80]!r}")
    if r["image_credit"] is not None:
        # Mojibake repair looks at context: a credit must also be clean inside the line it is rendered in.
        line = layout.format_credit_line(r["image_credit"])
        if clean_line(line) != line:
            yield _issue("clean-text", ("image_credit",), f"credit line {line[:80]!r} cleans to {clean_line(line)[:80]!r}")

    for k, q in enumerate(r["quotes"]):
        if q["speaker"] is not None:
            yield _issue("derived-speaker", ("quotes", k, "speaker"), "speakers are not attributed in this version: speaker must be null")

    yield from layout_issues(r)


def layout_issues(r: dict) -> Iterator[Issue]:
    """Values that would read as layout structure where render puts them (rule unambiguous-layout)."""
    paragraphs = r["paragraphs"]
    for k, p in enumerate(paragraphs):
        if layout.is_more_articles_line(p):
            yield _issue("unambiguous-layout", ("paragraphs", k), f"a paragraph {p!r} would end the body")
    if r["image_credit"] is None and layout.parse_credit_line(paragraphs[0]) is not None:
        yield _issue("unambiguous-layout", ("paragraphs", 0), "with no image credit, the first paragraph would read as one")
    if r["bio"] is not None:
        for k, p in enumerate(r["bio"].split("\n\n")):
            if layout.is_sidebar_structure(p):
                yield _issue("unambiguous-layout", ("bio",), f"bio paragraph {k} {p!r} would read as sidebar structure")
    for k, link in enumerate(r["related_links"]):
        for key in ("author", "title"):
            if layout.is_sidebar_structure(link[key]):
                yield _issue("unambiguous-layout", ("related_links", k, key), f"{link[key]!r} would read as sidebar structure")


def _quote_issues(quotes: list[dict], paragraphs: list[str]) -> Iterator[Issue]:
    placed = True
    for k, q in enumerate(quotes):
        p = q["paragraph"]
        if p >= len(paragraphs) or not (q["start"] < q["end"] <= len(paragraphs[p])):
            placed = False
            yield _issue("quote-in-paragraph", ("quotes", k), f"offsets {q['start']}..{q['end']} do not lie in paragraph {p}")
        elif paragraphs[p][q["start"]:q["end"]] != q["text"]:
            placed = False
            yield _issue("quote-text", ("quotes", k, "text"), f"text differs from paragraphs[{p}][{q['start']}:{q['end']}]")
    if placed:
        found = [(p, s.start, s.end) for p, para in enumerate(paragraphs) for s in find_quote_spans(para)]
        stored = [(q["paragraph"], q["start"], q["end"]) for q in quotes]
        if found != stored:
            missing = sorted(set(found) - set(stored))
            extra = sorted(set(stored) - set(found))
            yield _issue("quote-spans", ("quotes",), f"quotes differ from the paragraphs' quoted spans: missing {missing[:5]}, not quoted {extra[:5]}")


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
