"""The line-accounting check: every non-blank line of a raw file is in exactly one place of its
record (a field or the boilerplate list), and every field line comes from exactly one raw line.

It checks `parse.account_lines`' map against the record instead of trusting it: each claimed
destination must hold that line's text (or, for the image credit and sidebar dates, what the
line's text derives), and the claims must cover the record's slots exactly once.
"""

from __future__ import annotations

from collections import Counter

from builder.clean import clean_line
from builder.layout import parse_credit_line, parse_date_line
from builder.parse import account_lines


def non_blank_lines(text: str) -> list[str]:
    # Independent of the parser's own splitting: LF, CRLF and CR end lines; a line is blank when
    # nothing is left of it after cleaning.
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        cleaned = clean_line(raw)
        if cleaned:
            out.append(cleaned)
    return out


def check_line_accounting(text: str, record: dict) -> None:
    mapping = account_lines(text)
    assert not isinstance(mapping, Exception) and isinstance(mapping, list), mapping
    assert [line.text for line, _ in mapping] == non_blank_lines(text), "a non-blank line is missing or doubled"
    numbers = [line.number for line, _ in mapping]
    assert numbers == sorted(set(numbers)), "line numbers repeat or go backwards"

    bio = record["bio"].split("\n\n") if record["bio"] is not None else []
    links = record["related_links"]
    claims: Counter = Counter()
    for line, dest in mapping:
        assert dest is not None, f"line {line.number} {line.text[:60]!r} went nowhere"
        kind = dest[0]
        if kind == "headline":
            assert record["headline"] == line.text
            claims[("headline",)] += 1
        elif kind == "image_credit":
            assert parse_credit_line(line.text) == record["image_credit"]
            claims[("image_credit",)] += 1
        elif kind == "paragraphs":
            assert record["paragraphs"][dest[1]] == line.text
            claims[dest] += 1
        elif kind == "bio":
            assert bio[dest[1]] == line.text
            claims[dest] += 1
        elif kind == "related_links":
            assert links[dest[1]][dest[2]] == line.text
            claims[dest] += 1
        elif kind == "date":
            date = parse_date_line(line.text)
            assert date is not None and dest[1], "a date line must carry the entries under it"
            for k in dest[1]:
                assert links[k]["date"] == date.isoformat()
                claims[("related_links", k, "date")] += 1
        elif kind == "boilerplate":
            assert record["boilerplate"][dest[1]]["line"] == line.text
            claims[dest] += 1
        else:
            raise AssertionError(f"unknown destination {dest!r}")

    slots = [("headline",)]
    if record["image_credit"] is not None:
        slots.append(("image_credit",))
    slots += [("paragraphs", k) for k in range(len(record["paragraphs"]))]
    slots += [("bio", k) for k in range(len(bio))]
    slots += [("related_links", k, key) for k in range(len(links)) for key in ("date", "author", "title")]
    slots += [("boilerplate", k) for k in range(len(record["boilerplate"]))]
    assert claims == Counter(slots), "some field value does not come from exactly one line"
