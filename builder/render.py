"""Record -> raw text in the layout of LAYOUT.md: the inverse of `parse`.

`parse_text(render_article(r))` gives `r` back (with `source` describing the rendered bytes) for
every record that passes validation; the hypothesis tests prove it.
"""

from __future__ import annotations

import datetime as dt

from . import layout


def render_article(record: dict) -> str:
    blocks: list[list[str]] = [[layout.SHARE_LINE], [record["headline"]]]
    if record["image_credit"] is not None:
        blocks.append([layout.format_credit_line(record["image_credit"])])
    blocks.extend([p] for p in record["paragraphs"])
    # The marker is always written: it is what tells the body from what follows it.
    blocks.append([layout.MORE_ARTICLES_LINE])
    if record["bio"] is not None:
        blocks.extend([p] for p in record["bio"].split("\n\n"))
    sidebar: list[str] = []
    date = None
    for link in record["related_links"]:
        if link["date"] != date:
            date = link["date"]
            sidebar.append(layout.format_date_line(dt.date.fromisoformat(date)))
        sidebar += [link["author"], link["title"]]
    sidebar.append(layout.SHARE_LINE)
    blocks.append(sidebar)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
