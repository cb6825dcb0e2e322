"""Word-level differences between two values of a record field, as data the report's page draws.

A change is a list of operations `[op, text]` with op `=` (in both), `-` (only in the old value) or
`+` (only in the new one); joining the `=` and `-` texts gives the old value, the `=` and `+` texts
the new one. Words are runs of non-space characters, and the spaces between them are tokens too,
so nothing is lost. difflib is deterministic: the same two values give the same operations.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from typing import Any

_TOKEN = re.compile(r"\s+|\S+")


def word_ops(old: str, new: str) -> list[list[str]]:
    """The word-level operations turning `old` into `new` (see the module's docstring)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[list[str]] = []

    def add(op: str, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1][1] += text
        else:
            ops.append([op, text])

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("=", a[i1:i2])
        else:
            add("-", a[i1:i2])
            add("+", b[j1:j2])
    return ops


def field_change(name: str, old: Any, new: Any) -> dict:
    """How one field changed, in the form the page draws:

    - `text`: both values are strings or null: `ops` (a null side is an empty string, `old_null` /
      `new_null` say which);
    - `lines`: both are lists of strings (paragraphs): `blocks`, one per changed paragraph, each
      `{"old_at", "new_at", "ops"}` (a paragraph only on one side has the other index null), and
      `unchanged`, how many paragraphs are the same;
    - `json`: anything else (quotes, links, the source): each list item (or the whole value) as one
      line of JSON, and `ops` over those lines, each op `[op, line]`.
    """
    if _is_text(old) and _is_text(new):
        return {
            "field": name,
            "kind": "text",
            "old_null": old is None,
            "new_null": new is None,
            "ops": word_ops(old or "", new or ""),
        }
    if _is_text_list(old) and _is_text_list(new):
        blocks, unchanged = [], 0
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if tag == "equal":
                unchanged += i2 - i1
                continue
            for k in range(max(i2 - i1, j2 - j1)):
                o = i1 + k if i1 + k < i2 else None
                n = j1 + k if j1 + k < j2 else None
                blocks.append(
                    {
                        "old_at": o,
                        "new_at": n,
                        "ops": word_ops(old[o] if o is not None else "", new[n] if n is not None else ""),
                    }
                )
        return {"field": name, "kind": "lines", "blocks": blocks, "unchanged": unchanged}
    a, b = _json_lines(old), _json_lines(new)
    ops: list[list[str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.extend(["=", line] for line in a[i1:i2])
        else:
            ops.extend(["-", line] for line in a[i1:i2])
            ops.extend(["+", line] for line in b[j1:j2])
    return {"field": name, "kind": "json", "ops": ops}


def _is_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _is_text_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _json_lines(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items]
