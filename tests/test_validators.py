"""The hot-path validator (jsonschema-rs) and the reference (python-jsonschema) agree: on generated
valid records, and on those records broken in every way a mutation strategy can find."""

from __future__ import annotations

import copy

from hypothesis import given, note, settings
from hypothesis import strategies as st
from strategies import records

from builder.schema import fast_is_valid, load_schema, reference_schema_issues, schema_issues

# Generating whole records is slow (tests/strategies.py); 100 examples for the mutations and 40 for
# the others keep the suite well inside CI's budget.
FEW = settings(max_examples=100)
FEWER = settings(max_examples=40)

# Values that probe the differences between Python's and Rust's regexes, JSON types and formats.
TRICKY_TEXT = st.one_of(
    st.text(),
    st.sampled_from(
        [
            "",
            " ",
            "x\n",
            "x\n\n",
            "\nx",
            "a  b",
            "a\tb",
            "a\u00a0b",
            "a\u2028b",
            "a\u3000b",
            "a\x85b",
            "a\x1cb",
            "a\ufeffb",
            "a\u200bb",
            "a\u180eb",
            "\udc80",
            "a\ud83db",
            "2024-02-30",
            "2024-13-01",
            "2023-02-29",
            "2024-02-29",
            "0000-01-01",
            "2024-1-01",
            "0123456789abcdef",
            "0123456789ABCDEF",
            "0123456789abcdef\n",
            "a" * 64,
            "f" * 64,
        ]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1).map(lambda s: s + "\n"),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TRICKY_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    """Every place in a record a mutation can reach: (path to container, key or index)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield prefix, key
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield prefix, index
            yield from _paths(item, prefix + (index,))


@st.composite
def broken_records(draw):
    record = copy.deepcopy(draw(records()))
    for _ in range(draw(st.integers(1, 3))):
        places = list(_paths(record))
        container_path, key = draw(st.sampled_from(places))
        container = record
        for part in container_path:
            container = container[part]
        action = draw(st.sampled_from(["replace", "drop", "add-key", "text-edit"]))
        if action == "replace":
            container[key] = draw(JSON_VALUES)
        elif action == "drop":
            del container[key]
        elif action == "add-key" and isinstance(container, dict):
            container[draw(st.text(max_size=8))] = draw(JSON_VALUES)
        elif action == "text-edit" and isinstance(container[key], str):
            text = container[key]
            at = draw(st.integers(0, len(text)))
            container[key] = text[:at] + draw(TRICKY_TEXT) + text[at:]
    return record


def _agree(record) -> None:
    reference_valid = not reference_schema_issues(record)
    fast = fast_is_valid(record)
    note(f"reference valid: {reference_valid}, fast: {fast}")
    # None: the value cannot be handed to Rust (a lone surrogate); the reference decides alone.
    assert fast is None or fast == reference_valid
    assert (not schema_issues(record)) == reference_valid


@FEWER
@given(records())
def test_validators_agree_on_generated_records(record):
    assert fast_is_valid(record) is True
    _agree(record)


@FEW
@given(broken_records())
def test_validators_agree_on_broken_records(record):
    _agree(record)


TEXT_PLACES = [
    ("headline",),
    ("author",),
    ("bio",),
    ("image_credit",),
    ("id",),
    ("paragraphs", 0),
    ("related_links", 0, "date"),
    ("related_links", 0, "title"),
    ("quotes", 0, "speaker"),
    ("boilerplate", 0, "line"),
    ("source", "sha256"),
    ("source", "path"),
]


@FEWER
@given(records(), st.sampled_from(TEXT_PLACES), TRICKY_TEXT)
def test_validators_agree_on_every_kind_of_text_field(record, place, text):
    """Each kind of text constraint in the schema (line, paragraph, id, date, sha, free text) gets
    the same verdict from both validators for the same text."""
    record = copy.deepcopy(record)
    try:
        container = record
        for part in place[:-1]:
            container = container[part]
        container[place[-1]]  # noqa: B018 (must exist: a mutation, not an addition)
    except (IndexError, KeyError):
        return  # this generated record has no such place (an empty list)
    container[place[-1]] = text
    _agree(record)


def test_rewritten_schema_still_has_every_constraint():
    """The fast validator's schema differs from the reference only in the two pattern rewrites."""
    from builder.schema import _rs_patterns

    reference, rewritten = load_schema(), _rs_patterns(load_schema())
    changed = []

    def walk(a, b, path=""):
        if isinstance(a, dict):
            assert set(a) == set(b), path
            for k in a:
                walk(a[k], b[k], f"{path}/{k}")
        elif isinstance(a, list):
            assert len(a) == len(b)
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                walk(x, y, f"{path}/{i}")
        elif a != b:
            assert path.endswith("/pattern"), path
            changed.append(path)

    walk(reference, rewritten)
    assert changed  # the rewrites do apply: the schema has patterns with both constructs
