"""Splits: a pure function of the id, stable when the corpus grows, ratios honoured."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.splits import DEFAULT_SPLITS, SplitSpecError, parse_split_spec, split_of

SPLITS = parse_split_spec(DEFAULT_SPLITS)
_ids = st.text("0123456789abcdef", min_size=16, max_size=16)


def test_default_spec():
    assert SPLITS == (("train", 0.8), ("validation", 0.1), ("test", 0.1))


@pytest.mark.parametrize(
    "spec, message",
    [
        ("train=0.8,test=0.1", "sum to 1"),
        ("train=0.5,train=0.5", "named twice"),
        ("A=0.5,a=0.5", "differ only in case"),
        ("train", "NAME=RATIO"),
        ("train=x,test=1", "not a number"),
        ("train=0,test=1", "(0, 1]"),
        ("bad name=1", "NAME=RATIO"),
    ],
)
def test_bad_specs_say_why(spec, message):
    with pytest.raises(SplitSpecError, match=message.replace("(", r"\(").replace("]", r"\]")):
        parse_split_spec(spec)


# Frozen assignments: a change to the hash or the bucketing would move records between splits
# across builds and releases, which must never happen silently.
FROZEN = {
    "68c8549ce044fbc3": "train",  # the seed article
    "5feceb66ffc86f38": "train",
    "6b86b273ff34fce1": "train",
    "8527a891e2241369": "validation",
    "eb1e33e8a81b697b": "validation",
    "b7a56873cd771f2c": "test",
    "44cb730c420480a0": "test",
}


def test_assignment_is_frozen():
    assert {i: split_of(i, SPLITS) for i in FROZEN} == FROZEN


@given(st.lists(_ids, min_size=1, max_size=20, unique=True))
def test_a_split_depends_on_nothing_but_the_id_and_ratios(ids):
    # Same ids in any order, alone or with others: same splits. Ratios that keep a split's bucket
    # boundaries (train first, same upper bound) keep its records.
    alone = [split_of(i, SPLITS) for i in ids]
    assert [split_of(i, SPLITS) for i in reversed(ids)] == list(reversed(alone))
    renamed = parse_split_spec("train=0.8,dev=0.1,heldout=0.1")
    names = {"train": "train", "validation": "dev", "test": "heldout"}
    assert [split_of(i, renamed) for i in ids] == [names[x] for x in alone]


def test_ratios_are_honoured_on_many_ids():
    ids = [hashlib.sha256(str(n).encode()).hexdigest()[:16] for n in range(20_000)]
    counts = Counter(split_of(i, SPLITS) for i in ids)
    # Binomial standard deviation at n=20000, p=0.1 is about 42 rows: allow 5 sigma.
    assert abs(counts["train"] - 16_000) < 300
    assert abs(counts["validation"] - 2_000) < 220
    assert abs(counts["test"] - 2_000) < 220
