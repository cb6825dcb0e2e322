"""Record -> raw text in the layout of docs/raw-format.md: the inverse of `parse`.

`parse_text(render_article(r))` gives `r` back (with `source` describing the rendered bytes) for
every record that passes validation; the hypothesis tests prove it. Boilerplate lines are written
back where their rule and `links_before` put them, so they are read back as the same boilerplate.
"""

from __future__ import annotations

import datetime as dt

from . import layout
from .parse import SIDEBAR_RULES


class UnplaceableBoilerplate(ValueError):
    """The record's sidebar boilerplate cannot be written where the parser would read it back."""


def render_article(record: dict) -> str:
    bp = record.get("boilerplate", [])
    by_rule = lambda *rules: [b for b in bp if b["rule"] in rules]  # noqa: E731
    lines: list[str] = [b["line"] for b in by_rule("share-buttons")]
    lines.append(record["headline"])
    if record["image_credit"] is not None:
        lines.append(layout.format_credit_line(record["image_credit"]))
    lines.extend(record["paragraphs"])
    lines.extend(b["line"] for b in by_rule("syndication-footer"))
    marker = by_rule("more-articles-marker")
    lines.extend(b["line"] for b in marker)
    if record["bio"] is not None:
        lines.extend(record["bio"].split("\n\n"))
    sidebar = sidebar_lines(record["related_links"], [b for b in bp if b["rule"] in SIDEBAR_RULES])
    if sidebar and not marker:
        # Without the marker, a sidebar is read only as a block of lines with no blank line between
        # them below the blank-separated body (parse.unmarked_sidebar_start): written as the scraper does.
        lines.append("\n".join(sidebar))
    else:
        lines.extend(sidebar)
    lines.extend(b["line"] for b in by_rule("closing-share-buttons", "after-closing-share-buttons"))
    return "\n\n".join(lines) + "\n"


def sidebar_lines(links: list[dict], boilerplate: list[dict]) -> list[str]:
    """The sidebar's lines: entries under date lines, with the boilerplate lines before the entry
    their `links_before` names. A date line is written before an entry unless the line just written
    is the previous entry's title under the same date, so that boilerplate date lines stay without
    entries and cut-off author lines are never paired with what follows."""
    out: list[str] = []
    by_position: dict[int, list[dict]] = {}
    for b in boilerplate:
        by_position.setdefault(b["links_before"], []).append(b)
    date_line: str | None = None  # ISO date of the last date line written
    date_is_entry_date = False  # that line was written for an entry (not a boilerplate date)
    pending = False  # a dated author line is waiting for a title: the next text line would pair

    def write_entry_date(date: str) -> None:
        nonlocal date_line, date_is_entry_date, pending
        out.append(layout.format_date_line(dt.date.fromisoformat(date)))
        date_line, date_is_entry_date, pending = date, True, False

    for k in range(len(links) + 1):
        nxt = links[k] if k < len(links) else None
        for b in by_position.get(k, []):
            if b["rule"] == "incomplete-sidebar-entry":
                if not out or pending:
                    # Right after the bio it would read as bio; after a waiting author line it would
                    # complete an entry: an entry's own date line separates it.
                    if nxt is None:
                        raise UnplaceableBoilerplate(f"{b['line']!r} cannot stand where links_before={k} puts it")
                    write_entry_date(nxt["date"])
                out.append(b["line"])
                pending = date_line is not None
            else:
                out.append(b["line"])
                pending = False
                if b["rule"] == "sidebar-date-without-entries":
                    day = layout.parse_date_line(b["line"])
                    assert day is not None  # the boilerplate-line rule holds: this rule's line is a date line
                    date_line = day.isoformat()
                    date_is_entry_date = False
        if nxt is not None:
            # An entry joins the date line above it when that line was written for entries, has
            # its date, and no author line is waiting; otherwise it gets its own date line.
            if not (date_is_entry_date and date_line == nxt["date"] and not pending):
                write_entry_date(nxt["date"])
            out += [nxt["author"], nxt["title"]]
            pending = False
    return out
