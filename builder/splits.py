"""Which split a record belongs to: a pure function of its id.

The id is hashed to a number in [0, 1) and the split is the ratio bucket it falls in, so adding or
removing other articles never moves a record, and the same id lands in the same split in every
build and release.
"""

from __future__ import annotations

import hashlib
import re

DEFAULT_SPLITS = "train=0.8,validation=0.1,test=0.1"
_SPLIT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


class SplitSpecError(ValueError):
    pass


def parse_split_spec(spec: str) -> tuple[tuple[str, float], ...]:
    """'train=0.8,validation=0.1,test=0.1' -> (('train', 0.8), ...); ratios must be > 0 and sum to 1."""
    out: list[tuple[str, float]] = []
    for part in spec.split(","):
        name, sep, value = part.strip().partition("=")
        name = name.strip()
        if not sep or not _SPLIT_NAME.fullmatch(name):
            raise SplitSpecError(f"{part.strip()!r} is not NAME=RATIO with a name like 'train'")
        try:
            ratio = float(value)
        except ValueError:
            raise SplitSpecError(f"ratio {value.strip()!r} of split {name!r} is not a number") from None
        if not ratio > 0 or ratio > 1:
            raise SplitSpecError(f"ratio of split {name!r} must be in (0, 1], got {value.strip()}")
        if any(name == seen for seen, _ in out):
            raise SplitSpecError(f"split {name!r} is named twice")
        out.append((name, ratio))
    total = sum(r for _, r in out)
    if abs(total - 1.0) > 1e-9:
        raise SplitSpecError(f"split ratios must sum to 1, got {total:g}")
    return tuple(out)


def id_fraction(record_id: str) -> float:
    digest = hashlib.sha256(b"split\x00" + record_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_of(record_id: str, splits: tuple[tuple[str, float], ...]) -> str:
    x = id_fraction(record_id)
    upper = 0.0
    for name, ratio in splits:
        upper += ratio
        if x < upper:
            return name
    return splits[-1][0]  # x within float rounding of 1.0
