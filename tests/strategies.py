"""Hypothesis strategies for records, derived from the JSON Schema itself.

`from_schema` walks the real schema document (types, $refs, anyOf/null, enums, formats, patterns,
minItems, minimum), so a change to the schema changes what is generated. Strings of the schema's
`line` and `paragraph_block` types get realistic content (curly and straight quotes, accents,
mojibake, odd whitespace, emoji, very long paragraphs) and are then kept only if they match the
schema's own pattern. The fields the parser derives (id, author, quotes) are then derived the same
way the parser derives them, because a record with any other value is not a record the layout can
hold; the record rules reject it, and a test shows every generated record validates.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from builder import layout
from builder.clean import clean_line
from builder.identity import author_from_bio, record_id
from builder.junk import is_listing_title, is_prose
from builder.layout import format_credit_line, parse_credit_line
from builder.parse import classify_sidebar, is_byline, quotes_of
from builder.rules import layout_issues
from builder.schema import load_schema

WORDS = [
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "North",
    "Korea",
    "talks",
    "said",
    "says",
    "told",
    "according",
    "Trump’s",
    "don't",
    "it’s",
    "naïve",
    "São",
    "Paulo",
    "Zoë",
    "Ó",
    "Faoláin",
    "Jr.",
    "U.S.",
    "(DPRK)",
    "2020",
    "14",
    "–",
    "—",
    "-",
    "café",
    "Graça",
    "Ελλάδα",
    "東京",
    "🙂",
    "e\u0301",
    "Ã©",
    "Trumpâ€™s",
    "a\u00a0b",
    "\t",
    "x\u200bx",
    "‘scare’",
    "'single'",
    "5%",
    "$3",
    "#tag",
    "@handle",
    "https://example.org/a?b=c",
    "Ã¥",
    "Åœ",
    "Ä€",
    "Ð¥aÅ»",
    "<b>",
    "&amp;",
    "|",
    "*",
    "_",
    "`",
    "---",
    "{{",
    "}}",
    "\\",
    "…",
    "«",
    "»",
    "Photograph",
    "Image",
    "More",
    "articles",
    "by:",
    "February",
    "27,",
    "Weekend",
    "Edition",
    "Friday",
]

# Multi-word phrases make realistic lines out of few draws (hypothesis's cost is per draw).
PHRASES = [
    "the talks resumed in the spring",
    "according to the agency",
    "he said on Monday",
    "the North Korean news agency KCNA",
    "in a statement, the company said",
    "it is not clear whether",
    "the Washington Establishment",
    "maximum pressure",
    "Ximena Oyarzún, who chairs the association,",
    "a week inside the bail courtroom",
    "Weekend Edition",
    "More articles by",
    "Photo: Jane Doe.",
]
_word = st.sampled_from(WORDS + PHRASES)
_odd = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8)
_plain = st.one_of(_word, _word, _word, _odd)
_quoted = st.tuples(
    st.sampled_from([("\u201c", "\u201d"), ('"', '"'), ("\u201c", "")]),
    st.lists(_plain, min_size=1, max_size=8).map(" ".join),
).map(lambda t: t[0][0] + t[1] + t[0][1])
_token = st.one_of(_plain, _plain, _plain, _quoted)


def _clean_nonempty(s: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return s.map(clean_line).filter(bool)


_short_line = _clean_nonempty(st.lists(_token, min_size=1, max_size=12).map(" ".join))
# A very long paragraph (up to ~100 KB): unquoted text repeated around one short line, which may
# hold quotes. Repeating quoted text would make thousands of quotes, which is not what long
# paragraphs look like and would only slow the suite.
_unquoted_line = _clean_nonempty(st.lists(_plain, min_size=1, max_size=30).map(" ".join)).filter(
    lambda s: '"' not in s and "\u201c" not in s
)
_long_line = st.tuples(_unquoted_line, st.integers(20, 400), _short_line).map(
    lambda t: clean_line(" ".join([t[0]] * t[1]) + " " + t[2])
)
_line = st.one_of(*[_short_line] * 9, _long_line)

_capitalised = st.sampled_from(
    [
        "Gregory",
        "Elich",
        "Zoë",
        "Kaminski",
        "Niamh",
        "Ó",
        "Faoláin",
        "Marta",
        "Szabó-Lindgren",
        "Colin",
        "Thistlewood",
        "Ana",
        "Luísa",
        "Prado",
        "O’Connor",
        "Xi",
        "Jinping",
    ]
)
_name = st.lists(_capitalised, min_size=1, max_size=3).map(" ".join)
_named_bio_paragraph = st.tuples(_name, st.sampled_from([" is ", " was ", ", a ", ", an "]), _short_line).map(
    lambda t: clean_line(t[0] + t[1] + t[2])
)
_paragraph_block = st.lists(
    st.one_of(_short_line, _named_bio_paragraph, _named_bio_paragraph), min_size=1, max_size=3
).map("\n\n".join)

# Realistic content for the schema's named string types.
REALISTIC = {"line": _line, "paragraph_block": _paragraph_block}
# Upper bounds on list lengths, to keep examples small enough to run 300 of each.
MAX_ITEMS = {"paragraphs": 6, "quotes": 4, "related_links": 6, "boilerplate": 4}


def _without_newline_guard(pattern: str) -> str:
    # The schema ends its patterns with '$(?!\n)' because Python's '$' also matches before a final
    # newline; with fullmatch the guard is implied.
    return pattern.removesuffix("(?!\\n)")


def from_schema(node: dict, root: dict, name: str | None = None, key: str | None = None) -> st.SearchStrategy:
    if "$ref" in node:
        ref = node["$ref"]
        target = root
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return from_schema(merged, root, ref.rsplit("/", 1)[-1], key)
    if "anyOf" in node:
        return st.one_of(*[from_schema(option, root, None, key) for option in node["anyOf"]])
    kind = node.get("type")
    if kind == "null":
        return st.none()
    if kind == "string":
        if "enum" in node:
            return st.sampled_from(node["enum"])
        if node.get("format") == "date":
            return st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat)
        # Not filtered by the pattern: a test asserts generated values match it, which is how a
        # disagreement between `clean_line` and the schema's patterns would show.
        if name in REALISTIC:
            return REALISTIC[name]
        if "pattern" in node:
            return st.from_regex(_without_newline_guard(node["pattern"]), fullmatch=True)
        return st.text(min_size=node.get("minLength", 0))
    if kind == "integer":
        return st.integers(min_value=node.get("minimum"), max_value=10**6)
    if kind == "array":
        return st.lists(
            from_schema(node["items"], root),
            min_size=node.get("minItems", 0),
            max_size=MAX_ITEMS.get(key, 5),
        )
    if kind == "object":
        required = set(node.get("required", ()))
        props = {k: from_schema(v, root, None, k) for k, v in node["properties"].items()}
        return st.fixed_dictionaries(
            {k: s for k, s in props.items() if k in required},
            optional={k: s for k, s in props.items() if k not in required},
        )
    raise NotImplementedError(f"no strategy for schema node {node!r}")


def with_derived_fields(record: dict) -> dict:
    """Set author, id and quotes to what the parser derives from the rest of the record, and the
    image credit to what its rendered line cleans to (mojibake repair depends on context)."""
    r = dict(record)
    if r["image_credit"] is not None:
        r["image_credit"] = parse_credit_line(clean_line(format_credit_line(r["image_credit"])))
    r["author"] = author_from_bio(r["bio"])
    r["id"] = record_id(r["headline"], r["author"])
    r["quotes"] = quotes_of(r["paragraphs"])
    return r


def schema_values() -> st.SearchStrategy[dict]:
    """Values of the schema's shape, before derived fields are made consistent."""
    schema = load_schema()
    return from_schema(schema, schema)


def _unambiguous(record: dict) -> bool:
    # The rules generated content may break by chance: a paragraph that reads 'More articles by:', and a body whose
    # paragraphs are all drawn without a letter or a digit ('“_', private-use characters): no article, as
    # docs/rejects.md has it (`not-an-article`), so not a record the round trip can hold (3 of 3,000 in
    # benchmarks/equivalence.py's inputs).
    return next(layout_issues(record), None) is None and any(_WORDED.search(p) for p in record["paragraphs"])


_WORDED = re.compile(r"[^\W_]")  # a letter or a digit, as builder/junk.py reads a paragraph


# Layout lines, in the spellings real files use.
SHARE_LINES = st.sampled_from(
    ["FacebookTwitterRedditEmail", "Facebook Twitter Reddit Email", "facebooktwitterredditemail"]
)
MARKER_LINES = st.sampled_from(["More articles by:", "More articles by", "more articles by:"])
SLUG_LINES = st.sampled_from(["bernie-the-sandernistas-cover-344x550", "milk-money-cover-300x450", "x-1-12x99"])
# Syndication footers: the two forms the issue names, with fixed and generated titles and sites.
SYNDICATION_LINES = st.one_of(
    st.sampled_from(
        [
            "The post Why the Talks Failed appeared first on Common Dreams.",
            "This post was originally published on Truthout.",
            "This article was first published by The Conversation.",
            "Originally published at https://example.org/a?b=c",
        ]
    ),
    st.tuples(_short_line, _short_line).map(lambda t: clean_line(f"The post {t[0]} appeared first on {t[1]}.")),
    _short_line.map(lambda site: clean_line(f"This post was originally published on {site}.")),
).filter(layout.is_syndication_footer)
DAY_RANGE_LINES = st.sampled_from(["Friday - Sunday", "Friday – Sunday", "saturday-sunday"])
DATE_LINES = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1)).map(layout.format_date_line),
    st.dates(min_value=dt.date(1000, 1, 1)).map(lambda d: d.strftime("%b. %d, %Y")),
)
_sidebar_text = _short_line.filter(lambda line: not layout.is_sidebar_structure(line))
SIDEBAR_TOKENS = st.one_of(
    _sidebar_text,
    _sidebar_text,
    _sidebar_text,
    DATE_LINES,
    SLUG_LINES,
    st.just("Weekend Edition"),
    DAY_RANGE_LINES,
)


def sidebar_from_lines(lines: list[str]) -> tuple[list[dict], list[dict]]:
    """The related links and sidebar boilerplate the parser reads from these sidebar lines."""
    links, dest, kinds = classify_sidebar(lines)
    boilerplate, titles = [], 0
    for j, line in enumerate(lines):
        if j in kinds:
            boilerplate.append({"line": line, "rule": kinds[j], "links_before": titles})
        elif dest[j] is not None and dest[j][0] == "related_links" and dest[j][2] == "title":
            titles += 1
    return links, boilerplate


# A sidebar on a page without the marker (a staff brief): two entries or more whose author is a byline (a
# name or 'Staff report', no venue) and whose title does not end in a period, under structure lines holding a
# date, after a prose paragraph that ends the body.
_sidebar_author = st.one_of(
    st.lists(_capitalised, min_size=2, max_size=3).map(" ".join),
    st.sampled_from(
        [
            "Staff Reporter",
            "Staff report",
            "Richard Falk - Daniel Falcone",
            "Peter Weiss and Judy Weiss",
            "Ana de Prado",
        ]
    ),
).filter(is_byline)
_sidebar_title = _sidebar_text.filter(lambda line: len(line) <= 300 and not line.rstrip("’”\"')]").endswith("."))
_prose_line = _clean_nonempty(
    st.lists(_plain, min_size=5, max_size=14).map(lambda words: " ".join(words) + ".")
).filter(is_prose)


@st.composite
def _unmarked_sidebar_lines(draw) -> list[str]:
    lines = ["Weekend Edition"] if draw(st.booleans()) else []
    lines.append(draw(DATE_LINES))
    if draw(st.booleans()):
        lines.append(draw(DAY_RANGE_LINES))
    for _ in range(draw(st.integers(2, 5))):
        if draw(st.integers(0, 3)) == 0:
            lines.append(draw(DATE_LINES))
        lines += [draw(_sidebar_author), draw(_sidebar_title)]
    if draw(st.integers(0, 3)) == 0:
        lines.append(draw(_sidebar_author))  # a file cut off after an author line
    return lines


@st.composite
def _with_boilerplate(draw, record: dict) -> dict:
    """Give a schema-shaped record a boilerplate list the layout can hold: share-buttons lines at
    the top, syndication footers after the body, the marker when anything follows the body, a sidebar drawn as
    raw lines (so cut-off entries, empty dates and structure lines occur) or the schema's own links, a closing line."""
    r = dict(record)
    sidebar: list[dict] = []
    # A page without the marker can end in a sidebar after a sentence (it has share-buttons lines on top).
    unmarked = r["bio"] is None and not is_listing_title(r["headline"]) and draw(st.integers(0, 4)) == 0
    if unmarked:
        r["paragraphs"] = [*r["paragraphs"][: MAX_ITEMS["paragraphs"] - 1], draw(_prose_line)]
        r["related_links"], sidebar = sidebar_from_lines(draw(_unmarked_sidebar_lines()))
    elif draw(st.booleans()):
        lines = draw(st.lists(SIDEBAR_TOKENS, max_size=14))
        if lines and not layout.is_sidebar_structure(lines[0]):
            lines.insert(0, draw(DATE_LINES))  # else the first lines would belong to the bio
        r["related_links"], sidebar = sidebar_from_lines(lines)
        # Closing boilerplate belongs after the last entry.
    top = [
        {"line": line, "rule": "share-buttons", "links_before": 0}
        for line in draw(st.lists(SHARE_LINES, min_size=1 if unmarked else 0, max_size=2))
    ]
    footers = [
        {"line": line, "rule": "syndication-footer", "links_before": 0}
        for line in draw(st.lists(SYNDICATION_LINES, max_size=2))
    ]
    needs_marker = r["bio"] is not None or bool(r["related_links"]) or bool(sidebar) or not top
    marker = []
    if not unmarked and (needs_marker or draw(st.booleans())):
        marker = [{"line": draw(MARKER_LINES), "rule": "more-articles-marker", "links_before": 0}]
    n = len(r["related_links"])
    closing = []
    if draw(st.booleans()):
        closing = [{"line": draw(SHARE_LINES), "rule": "closing-share-buttons", "links_before": n}]
        after = st.one_of(SHARE_LINES, _short_line) if marker else SHARE_LINES
        closing += [
            {"line": line, "rule": "after-closing-share-buttons", "links_before": n}
            for line in draw(st.lists(after, max_size=2))
        ]
    r["boilerplate"] = top + footers + marker + sidebar + closing
    return r


def records() -> st.SearchStrategy[dict]:
    """Records: schema-shaped values with derived fields and layout-consistent boilerplate. Not
    filtered on validity: a test asserts that every one passes the schema and the record rules."""
    return schema_values().flatmap(_with_boilerplate).map(with_derived_fields).filter(_unambiguous)


def raw_noise() -> st.SearchStrategy[bytes]:
    """Raw files that are mostly not articles: random bytes, random text, and layout-like lines in
    any order (the fuzz inputs of tests/test_robustness.py and benchmarks/equivalence.py)."""
    return st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(
                [
                    "FacebookTwitterRedditEmail",
                    "More articles by:",
                    "A headline",
                    "Photo: Jane Doe.",
                    "\u201cQuote,\u201d she said.",
                    "February 27, 2020",
                    "Weekend Edition",
                    "Friday - Sunday",
                    "slug-cover-300x400",
                    "Jane Doe is a writer.",
                    "",
                    "\t",
                    "\u00a0",
                    "Jane Doe",
                    "A title",
                ]
            ),
            max_size=30,
        ).map(lambda ls: "\n".join(ls).encode("utf-8")),
    )


def draw(strategy: st.SearchStrategy, n: int) -> list:
    """n values of `strategy`, the same on every run (derandomized, generate phase only): inputs for
    comparisons outside a property (benchmarks/equivalence.py, tests/test_compiled_path.py)."""
    drawn: list = []

    @settings(
        max_examples=n,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: object) -> None:
        drawn.append(value)

    collect()
    return drawn
