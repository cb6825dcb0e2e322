"""Which split a record belongs to.

`split_of`: a pure function of the id. The id is hashed to a number in [0, 1) and the split is the
ratio bucket it falls in, so adding or removing other articles never moves a record, and the same
id lands in the same split in every build and release.

`plan_splits`: the same, but near-duplicate articles (clusters from
`builder.neardup`) share one split, and records of earlier releases stay where they were (the
latest release that held a record decides: a record removed and later re-added returns to its split):

- a record in no cluster: its previous split, or `split_of(id)` if it is new;
- a cluster none of whose members was released before: `split_of(its smallest id)`, for all;
- a cluster with released members, all in one split: that split, for all (a new near-copy joins
  its cluster's split, even when its own id is now the cluster's smallest);
- a cluster whose released members were in different splits (a new article bridges two clusters
  of different splits, or the previous release was split without near-duplicate detection): the
  leakage guarantee wins. The whole cluster takes the previous split of its smallest released id,
  and the members that were elsewhere move; they are reported (`SplitPlan.moved`, with the cluster
  in `SplitPlan.conflicts`). A near-copy of a training article in test would be silently wrong
  for every user of the release, while a move is visible: `diff` lists split moves and `release`
  refuses them unless `--bump major` is given.

A previous split whose name is not in the current split spec is ignored (the record is placed as
if new, and counts as moved).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .dataset_folder import ids_by_split
from .errors import SplitSpecError

DEFAULT_SPLITS = "train=0.8,validation=0.1,test=0.1"
_SPLIT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


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
        # Split names become file names (data/NAME-00000-of-00001.parquet): on a case-insensitive
        # file system (macOS, Windows) 'A' and 'a' would write the same files.
        same_but_case = [seen for seen, _ in out if seen.casefold() == name.casefold()]
        if same_but_case:
            raise SplitSpecError(
                f"splits {same_but_case[0]!r} and {name!r} differ only in case (their files would collide)"
            )
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


@dataclass(frozen=True)
class SplitMove:
    id: str
    old: str  # its split in the previous release
    new: str

    def to_dict(self) -> dict:
        return {"id": self.id, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class SplitPlan:
    splits: dict[str, str]  # id -> split, for every id, in the order the ids were given
    moved: list[SplitMove]  # records of the previous release in another split now, sorted by id
    conflicts: list[list[str]]  # clusters whose released members were in different splits


def plan_splits(
    ids: Iterable[str],
    clusters: list[list[str]],
    splits: tuple[tuple[str, float], ...],
    previous: Mapping[str, str] | None = None,
) -> SplitPlan:
    """Every id's split, near-duplicate clusters kept together and previous splits kept (see the
    module docstring for the rules)."""
    names = {name for name, _ in splits}
    earlier = {} if previous is None else previous

    def released(record_id: str) -> str | None:
        split = earlier.get(record_id)
        return split if split in names else None

    assignment: dict[str, str | None] = {record_id: None for record_id in ids}
    conflicts: list[list[str]] = []
    for cluster in clusters:
        members = sorted(cluster)
        if len(set(members)) != len(members):
            raise ValueError(f"cluster {members} names an id twice")
        for member in members:
            if member not in assignment:
                raise ValueError(f"cluster member {member!r} is not one of the ids")
            if assignment[member] is not None:
                raise ValueError(f"{member!r} is in more than one cluster")
        anchors = [m for m in members if released(m) is not None]
        split: str | None
        if not anchors:
            split = split_of(members[0], splits)
        else:
            split = released(anchors[0])
            if len({released(m) for m in anchors}) > 1:
                conflicts.append(members)
        for member in members:
            assignment[member] = split
    final = {
        record_id: split if split is not None else released(record_id) or split_of(record_id, splits)
        for record_id, split in assignment.items()
    }
    moved = sorted(
        (
            SplitMove(record_id, earlier[record_id], split)
            for record_id, split in final.items()
            if record_id in earlier and earlier[record_id] != split
        ),
        key=lambda move: move.id,
    )
    return SplitPlan(final, moved, sorted(conflicts))


def released_splits(release_dirs: Sequence[Path]) -> dict[str, str]:
    """id -> split over release folders given oldest first, the latest holding an id winning, from
    their Parquet shards (only the `id` column is read, batch by batch); NotADatasetError when one
    is not a dataset folder."""
    split_of: dict[str, str] = {}
    for release_dir in release_dirs:
        split_of.update(ids_by_split(release_dir))
    return split_of
