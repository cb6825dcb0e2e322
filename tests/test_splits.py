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


@pytest.mark.parametrize("spec, message", [
    ("train=0.8,test=0.1", "sum to 1"),
    ("train=0.5,train=0.5", "named twice"),
    ("train", "NAME=RATIO"),
    ("train=x,test=1", "not a number"),
    ("train=0,test=1", "(0, 1]"),
    ("bad name=1", "NAME=RATIO"),
])
def test_bad_specs_say_why(spec, message):
    with pytest.raises(SplitSpecError, match=message.replace("(", r"\(").replace("]", r"\]")):
        parse_split_spec(spec)


@given(st.lists(_ids, min_size=1, max_size=50, unique=True), st.lists(_ids, max_size=50))
def test_adding_records_never_moves_one(old_ids, new_ids):
    before = {i: split_of(i, SPLITS) for i in old_ids}
    after = {i: split_of(i, SPLITS) for i in old_ids + new_ids}
    assert all(after[i] == before[i] for i in old_ids)


def test_ratios_are_honoured_on_many_ids():
    ids = [hashlib.sha256(str(n).encode()).hexdigest()[:16] for n in range(20_000)]
    counts = Counter(split_of(i, SPLITS) for i in ids)
    # Binomial standard deviation at n=20000, p=0.1 is about 42 rows: allow 5 sigma.
    assert abs(counts["train"] - 16_000) < 300
    assert abs(counts["validation"] - 2_000) < 220
    assert abs(counts["test"] - 2_000) < 220
