"""The record rules' shortcuts give the issues the rules written out value by value give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from builder import rules
from builder.clean import clean_line

_VALUE = st.sampled_from(
    ["clean", "two  spaces", " lead", "tab\there", "caf\u00c3\u00a9", "Jos\u00e9 said", "", "x\u200e"]
)


@settings(max_examples=300)
@given(
    _VALUE,
    st.none() | _VALUE,
    st.none() | st.lists(_VALUE, min_size=1, max_size=3).map("\n\n".join),
    st.lists(_VALUE, min_size=1, max_size=4),
    st.lists(st.tuples(_VALUE, _VALUE), max_size=3),
    st.lists(_VALUE, max_size=3),
)
def test_the_rules_find_the_unclean_values_of_the_text_values_in_order(headline, author, bio, paragraphs, links, lines):
    # The clean-text rule checks lists of values at once, then value by value: the same values and
    # paths, in the same order, as checking every value of _text_values.
    record = {
        "headline": headline,
        "author": author,
        "bio": bio,
        "paragraphs": paragraphs,
        "related_links": [{"date": "2020-01-01", "author": a, "title": t} for a, t in links],
        "boilerplate": [{"line": line, "rule": "promo-slug", "links_before": 0} for line in lines],
    }
    expected = [(path, value) for path, value in rules._text_values(record) if clean_line(value) != value]
    assert list(rules._unclean_values(record)) == expected
