"""A column type as a short label, in one place: the diff and the changelog name types one way
(`list<string> or null`), the dataset card another (`list[struct{name, text}]`, no nullability:
`datasets` has none). Both walk the same type tree, `schema.ColumnType`."""

from __future__ import annotations

from .schema import ColumnType


def _label(t: ColumnType, brackets: str, nullability: bool) -> str:
    if t.kind == "list":
        if t.item is None:
            raise ValueError("a list type without an item type")
        label = f"list{brackets[0]}{_label(t.item, brackets, nullability)}{brackets[1]}"
    elif t.kind == "struct":
        label = "struct{" + ", ".join(name for name, _ in t.fields) + "}"
    else:
        label = t.kind
    return f"{label} or null" if nullability and t.nullable else label


def type_label(t: ColumnType) -> str:
    """The diff's label, nullability included: `list<struct{speaker, text}>`, `string or null`."""
    return _label(t, "<>", nullability=True)


def card_type_label(t: ColumnType) -> str:
    """The dataset card's label, as the Hub's feature types read: `list[struct{speaker, text}]`, `string`."""
    return _label(t, "[]", nullability=False)
