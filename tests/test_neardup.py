"""Near-duplicates and leakage-free splits, on a corpus seeded with near-copies of real articles.

The corpus: the 35 real articles of tests/corpus and tests/corpus-extra (no two share more than 5%
of their shingles). Twenty-five become families of five: the article and four near-copies (two words
changed; quotation marks, commas, dashes, spacing and ASCII case changed; its shortest paragraph
dropped; both the paragraph and the words). The other ten stay alone. With three splits of about a
third each, plain `split_of` scatters almost every family (80 in 81) over two or three splits; the
near-duplicate assignment must keep every family in one split.

Why 25 families and not more: the corpus has 35 unrelated real articles. Cutting them in halves
doubles the count, but a half has 4-6 paragraphs, so dropping one leaves a Jaccard similarity of
0.80-0.89, where LSH with datatrove's parameters (14 bands of 8) misses a pair 1-8% of the time
by design; near-copies of whole articles stay at 0.88 or more (a miss in 10,000 or fewer).
"""

from __future__ import annotations

import copy
import hashlib
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, EXTRA_CORPUS, REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from releasing import write_split

from builder import neardup
from builder.build import load_article
from builder.errors import NotADatasetError
from builder.neardup import near_duplicate_clusters, signature
from builder.splits import (
    SplitMove,
    parse_split_spec,
    plan_splits,
    released_splits,
    split_of,
)

SPLITS = parse_split_spec("train=0.34,validation=0.33,test=0.33")
FAMILIES = 25
VARIANTS = ("typo", "punctuation", "dropped", "dropped+typo")


def _real_records() -> list[tuple[str, dict]]:
    out = []
    for folder in (CORPUS, EXTRA_CORPUS):
        for path in sorted(folder.glob("*.txt")):
            record = load_article(path, path.name)
            if isinstance(record, dict):
                out.append((path.stem, record))
    return out


REAL = _real_records()


def _id(label: str, prefix: str = "") -> str:
    return (prefix + hashlib.sha256(label.encode()).hexdigest())[:16]


def _record(template: dict, record_id: str, paragraphs: list[str]) -> dict:
    record = copy.deepcopy(template)
    record["id"] = record_id
    record["paragraphs"] = paragraphs
    return record


BASES = [(stem, record, record["paragraphs"]) for stem, record in REAL]  # (name, template, paragraphs)

_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _typo(ps: list[str]) -> list[str]:
    """Two words of six letters or more replaced: one in the first paragraph, one in the last."""
    out = list(ps)
    for i in (0, len(out) - 1):
        words = out[i].split(" ")
        j = next(k for k, w in enumerate(words) if len(w) >= 6 and w.isalpha())
        words[j] = words[j][::-1] + "x"
        out[i] = " ".join(words)
    return out


def _punctuation(ps: list[str]) -> list[str]:
    """Curly quotes straight, commas gone, dashes hyphens, spaces doubled, first paragraph in
    ASCII capitals: the same words."""
    out = []
    for i, p in enumerate(ps):
        p = p.replace("\u201c", '"').replace("\u201d", '"').replace(",", "").replace("\u2014", "-").replace(" ", "  ")
        out.append(p.translate(_UPPER) if i == 0 else p)
    return out


def _dropped(ps: list[str]) -> list[str]:
    shortest = min(range(len(ps)), key=lambda i: (len(ps[i]), i))
    return ps[:shortest] + ps[shortest + 1 :]


VARY = {"typo": _typo, "punctuation": _punctuation, "dropped": _dropped, "dropped+typo": lambda ps: _typo(_dropped(ps))}


def _family(name: str, template: dict, ps: list[str], variants=VARIANTS, prefix: str = "") -> list[dict]:
    members = [] if prefix else [_record(template, _id(name), ps)]
    return members + [_record(template, _id(f"{name}#{v}", prefix), VARY[v](ps)) for v in variants]


def _corpus() -> tuple[list[dict], list[list[str]], list[str]]:
    """Records, the true families (sorted ids), and the ids of the unrelated texts."""
    records, families, alone = [], [], []
    for n, (name, template, ps) in enumerate(BASES):
        if n < FAMILIES:
            family = _family(name, template, ps)
            families.append(sorted(r["id"] for r in family))
            records += family
        else:
            records.append(_record(template, _id(name), ps))
            alone.append(_id(name))
    return records, sorted(families), alone


RECORDS, TRUE_FAMILIES, ALONE = _corpus()


# A tokenizer written independently of the numpy code, by the rule the module documents: words are
# runs of ASCII letters and digits and of non-ASCII characters outside the punctuation ranges.
def _is_word_char(c: str) -> bool:
    o = ord(c)
    if o < 0x80:
        return c.isalnum()
    return not (o <= 0xBF or o in (0xD7, 0xF7) or 0x2000 <= o <= 0x207F or 0x3000 <= o <= 0x303F)


def _reference_words(text: str) -> list[str]:
    words, current = [], []
    for c in text:
        if _is_word_char(c):
            current.append(c.lower() if c.isascii() else c)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _reference_words(text)
    k = min(5, len(words))
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)} if k else set()


def _jaccard(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def _text(paragraphs: list[str]) -> str:
    return "\n".join(paragraphs)


# --- the key -----------------------------------------------------------------------------------


def test_words_are_the_documented_words():
    # Same number of words as the reference tokenizer, and equal words <-> equal hashes.
    for _, record in REAL:
        text = neardup.record_text(record)
        words = _reference_words(text)
        hashes = neardup.word_hashes(text).tolist()
        assert len(hashes) == len(words)
        by_word = dict(zip(words, hashes, strict=True))
        assert len(set(by_word.values())) == len(by_word)
        assert all(by_word[w] == h for w, h in zip(words, hashes, strict=True))


def test_odd_text_is_tokenized_like_the_reference():
    text = "“Naïve” café—São Paulo’s ×2 «ÉTÉ» don't\u200bstop… 東京、大阪 e\u0301 ⁴x 🙂ok"
    words = _reference_words(text)
    assert words == [
        "naïve",
        "café",
        "são",
        "paulo",
        "s",
        "2",
        "ÉtÉ",
        "don",
        "t",
        "stop",
        "東京",
        "大阪",
        "e\u0301",
        "x",
        "🙂ok",
    ]
    assert len(neardup.word_hashes(text)) == len(words)
    assert neardup.word_hashes("x" * 70 + " " + "x" * 70).tolist()[0] == neardup.word_hashes("x" * 70).tolist()[0]


def test_minhash_agreement_estimates_jaccard():
    # A text against its leading fraction: Jaccard from 1.0 down to about 0.1. Each of the 112
    # bins agrees with probability J, so the share of agreeing bins is within 4 standard
    # deviations (at most 0.19 at J = 0.5) of the exact Jaccard.
    text = "\n".join(p for _, r in REAL[:6] for p in r["paragraphs"])
    words = text.split(" ")
    full = neardup.minhashes(text)
    for fraction in (1.0, 0.95, 0.8, 0.6, 0.4, 0.2, 0.1):
        part = " ".join(words[: int(len(words) * fraction)])
        exact = _jaccard(text, part)
        agree = float((neardup.minhashes(part) == full).mean())
        assert abs(agree - exact) <= 4 * (exact * (1 - exact) / neardup.BINS) ** 0.5 + 0.02, (fraction, exact, agree)


def test_short_texts_are_densified_and_still_compared():
    short = "The council voted on Tuesday to close the library"
    values = neardup.minhashes(short)
    assert len(values) == neardup.BINS
    assert neardup.minhashes(short.upper().replace(" ", "  ")).tolist() == values.tolist()
    assert (neardup.minhashes(short + " for good") == values).mean() < 1.0
    assert neardup.minhashes("One two") is not None  # fewer than five words: one shingle


def test_key_is_112_bytes_and_blind_to_punctuation_case_and_spacing():
    name, template, ps = BASES[0]
    key = signature(_record(template, _id(name), ps))
    assert len(key) == neardup.KEY_BYTES == 112
    assert signature(_record(template, "0" * 16, _punctuation(ps))) == key
    assert signature(_record(template, _id(name), _typo(ps))) != key


def test_a_body_without_words_is_a_near_duplicate_of_nothing():
    template = REAL[0][1]
    a = _record(template, "a" * 16, ["— … “”"])
    b = _record(template, "b" * 16, ["— … “”"])
    assert len(signature(a)) == 112 and signature(a) != signature(b)
    assert near_duplicate_clusters([("a", signature(a)), ("b", signature(b))]) == []


def test_the_key_is_frozen():
    # A change to the tokenizer, the hashes or the constants changes every key and so the
    # clusters of every later release: it must be a deliberate change of this value.
    record = load_article(CORPUS / "seed.txt", "seed.txt")
    assert hashlib.sha256(signature(record)).hexdigest() == SEED_KEY_SHA256


SEED_KEY_SHA256 = "38b2d33e6e969bb6347f07f9ed4eadc247f6995bbfb84e5edb73b5398e57a562"


def test_the_key_is_the_same_in_another_process():
    script = (
        "import sys; from pathlib import Path; from builder.build import load_article; "
        "from builder.neardup import signature; "
        "[print(signature(load_article(Path(p), Path(p).name)).hex()) for p in sys.argv[1:]]"
    )
    paths = [CORPUS / "seed.txt", CORPUS / "dev-05-rural-maternity.txt", EXTRA_CORPUS / "h3-01-sanctions-medicine.txt"]
    here = [signature(load_article(p, p.name)).hex() for p in paths]
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script, *map(str, paths)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        )
        assert out.stdout.split() == here


_PARAGRAPHS = st.lists(
    st.text(
        st.sampled_from("ab Zz09 .,\n\u2019\u201c\u201d\u2014\u00e9\u00d7\u00a0\u3001\u6771\U0001f642\u0301"),
        max_size=60,
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPHS, max_size=12), st.sampled_from([1, 16, 64, 300, 1 << 18]))
def test_batched_keys_are_the_keys_one_by_one(bodies, batch_bytes):
    # Texts without a word, with 1-4 words (one shingle) and longer, in batches small enough that
    # some texts are each alone or too long for one, and big enough to hold them all.
    template = REAL[0][1]
    records = [_record(template, f"{k:016x}", paragraphs) for k, paragraphs in enumerate(bodies)]
    assert neardup.signatures(records, batch_bytes) == [signature(r) for r in records]


def test_batched_keys_of_the_real_articles_and_their_near_copies():
    records = [record for _, record in REAL] + [_record(t, _id(n), _typo(ps)) for n, t, ps in BASES]
    expected = [signature(r) for r in records]
    for batch_bytes in (4096, 30_000, 1 << 18):
        assert neardup.signatures(records, batch_bytes) == expected


# --- clusters ----------------------------------------------------------------------------------


def test_the_seeded_corpus_is_what_it_claims():
    # Every near-copy is close to its original and every two unrelated texts are far apart,
    # by exact Jaccard over the reference tokenizer: the test below is about near-copies.
    for name, _template, ps in BASES[:FAMILIES]:
        for v in VARIANTS:
            assert _jaccard(_text(ps), _text(VARY[v](ps))) >= 0.88, (name, v)
    texts = [_text(ps) for _, _, ps in BASES]
    worst = max(_jaccard(a, b) for a, b in combinations(texts, 2))
    assert worst < 0.05


def test_every_family_is_found_and_nothing_else():
    clusters = near_duplicate_clusters((r["id"], signature(r)) for r in RECORDS)
    assert clusters == TRUE_FAMILIES
    clustered = {i for c in clusters for i in c}
    assert not clustered & set(ALONE)


def test_clusters_are_connected_components_sorted():
    def key(name: str, *shared: tuple[int, int]) -> bytes:
        # Band values unique to the name, except the (band, value) pairs given.
        bands = [
            int.from_bytes(hashlib.sha256(f"{name}/{b}".encode()).digest()[:8], "little") for b in range(neardup.BANDS)
        ]
        for band, value in shared:
            bands[band] = value
        return b"".join(v.to_bytes(8, "little") for v in bands)

    keys = [
        ("d", key("d", (0, 1))),
        ("b", key("b", (0, 1), (5, 2))),
        ("a", key("a", (5, 2))),  # d-b by band 0, b-a by band 5
        ("z", key("z", (3, 9))),
        ("y", key("y", (3, 9))),
        ("c", key("c", (7, 4))),
        ("x", key("x", (8, 4))),  # the same value in different bands is no collision
        ("e", key("e")),
    ]
    assert near_duplicate_clusters(keys) == [["a", "b", "d"], ["y", "z"]]
    with pytest.raises(ValueError, match="expected 112"):
        near_duplicate_clusters([("a", b"short")])
    assert near_duplicate_clusters([]) == []


# --- splits ------------------------------------------------------------------------------------


def _spanning(assignment: dict[str, str], clusters: list[list[str]]) -> list[list[str]]:
    return [c for c in clusters if len({assignment[i] for i in c}) > 1]


def test_no_family_spans_two_splits_and_plain_split_of_would():
    ids = [r["id"] for r in RECORDS]
    clusters = near_duplicate_clusters((r["id"], signature(r)) for r in RECORDS)
    assignment = plan_splits(ids, clusters, SPLITS).splits
    assert _spanning(assignment, TRUE_FAMILIES) == []
    # The cluster's split is the split of its smallest id; records alone keep split_of.
    for family in TRUE_FAMILIES:
        assert {assignment[i] for i in family} == {split_of(family[0], SPLITS)}
    assert all(assignment[i] == split_of(i, SPLITS) for i in ALONE)
    # Plain split_of breaks most families: this test would fail for it.
    plain = {i: split_of(i, SPLITS) for i in ids}
    assert len(_spanning(plain, TRUE_FAMILIES)) > FAMILIES // 2
    # Every split is used.
    assert set(assignment.values()) == {"train", "validation", "test"}


def _write_release(folder: Path, records: list[dict], assignment: dict[str, str]) -> None:
    by_split: dict[str, list[dict]] = {}
    for record in records:
        by_split.setdefault(assignment[record["id"]], []).append(record)
    for split, rs in by_split.items():
        write_split(rs, folder, split)


def test_second_release_keeps_splits_and_new_near_copies_join_their_cluster(tmp_path):
    # Release 1: each family's original and its typo copy; the texts alone.
    first = []
    for n, (name, template, ps) in enumerate(BASES):
        first.append(_record(template, _id(name), ps))
        if n < FAMILIES:
            first.append(_record(template, _id(f"{name}#typo"), _typo(ps)))
    clusters1 = near_duplicate_clusters((r["id"], signature(r)) for r in first)
    assignment1 = plan_splits([r["id"] for r in first], clusters1, SPLITS).splits
    release1 = tmp_path / "v1.0.0"
    _write_release(release1, first, assignment1)
    previous = released_splits([release1])
    assert previous == assignment1

    # Release 2: new near-copies whose ids sort before every old member ("0000" prefix), so the
    # smallest id of each cluster is new; near-copies also of the texts that were alone.
    added = []
    for name, template, ps in BASES:
        added += _family(name, template, ps, variants=("punctuation", "dropped+typo"), prefix="0000")
    second = first + added
    ids2 = [r["id"] for r in second]
    clusters2 = near_duplicate_clusters((r["id"], signature(r)) for r in second)
    assert len(clusters2) == len(BASES)  # every article now has near-copies

    plan = plan_splits(ids2, clusters2, SPLITS, previous)
    assert plan.moved == [] and plan.conflicts == []
    assert all(plan.splits[i] == s for i, s in previous.items())  # no old record moved
    for cluster in clusters2:
        old = {previous[i] for i in cluster if i in previous}
        assert len(old) == 1 and {plan.splits[i] for i in cluster} == old  # the new ones joined
    assert _spanning(plan.splits, clusters2) == []

    # Without the previous release, the new smallest ids would decide and move old records.
    fresh = plan_splits(ids2, clusters2, SPLITS).splits
    assert sum(fresh[i] != s for i, s in previous.items()) > 0


def test_a_release_split_without_near_duplicates_is_repaired_and_the_moves_reported():
    # The previous release used plain split_of (as releases before near-duplicate detection did):
    # its families span splits. The leakage guarantee wins: each family goes to the split of its
    # smallest released id, and the records that were elsewhere are reported as moved.
    ids = [r["id"] for r in RECORDS]
    previous = {i: split_of(i, SPLITS) for i in ids}
    clusters = near_duplicate_clusters((r["id"], signature(r)) for r in RECORDS)
    plan = plan_splits(ids, clusters, SPLITS, previous)
    assert _spanning(plan.splits, clusters) == []
    assert plan.conflicts == _spanning(previous, clusters) != []
    expected_moves = sorted(
        (SplitMove(i, previous[i], previous[c[0]]) for c in clusters for i in c if previous[i] != previous[c[0]]),
        key=lambda m: m.id,
    )
    assert plan.moved == expected_moves and plan.moved
    assert all(plan.splits[i] == previous[i] for i in ALONE)


def test_bridging_article_takes_the_smallest_released_id_split():
    previous = {"a1": "train", "a2": "train", "b1": "test", "b2": "test"}
    # "new" is a near-copy of both families: one cluster of five.
    plan = plan_splits(["a1", "a2", "b1", "b2", "new"], [["a1", "a2", "b1", "b2", "new"]], SPLITS, previous)
    assert plan.splits == dict.fromkeys(["a1", "a2", "b1", "b2", "new"], "train")
    assert plan.moved == [SplitMove("b1", "test", "train"), SplitMove("b2", "test", "train")]
    assert [m.to_dict() for m in plan.moved][0] == {"id": "b1", "old": "test", "new": "train"}
    assert plan.conflicts == [["a1", "a2", "b1", "b2", "new"]]


def test_split_plans_check_their_input():
    with pytest.raises(ValueError, match="not one of the ids"):
        plan_splits(["a"], [["a", "b"]], SPLITS)
    with pytest.raises(ValueError, match="more than one cluster"):
        plan_splits(["a", "b", "c"], [["a", "b"], ["b", "c"]], SPLITS)
    # A previous split that the spec no longer has is ignored; the record counts as moved.
    plan = plan_splits(["a"], [], SPLITS, {"a": "dev"})
    assert plan.splits == {"a": split_of("a", SPLITS)} and plan.moved == [SplitMove("a", "dev", plan.splits["a"])]


def test_released_splits_reads_the_shards(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    pq.write_table(pa.table({"id": ["a", "b"], "x": [1, 2]}), data / "train-00000-of-00002.parquet")
    pq.write_table(pa.table({"id": ["c"], "x": [3]}), data / "train-00001-of-00002.parquet")
    pq.write_table(pa.table({"id": ["d"], "x": [4]}), data / "my_test-00000-of-00001.parquet")
    assert released_splits([tmp_path]) == {"a": "train", "b": "train", "c": "train", "d": "my_test"}
    pq.write_table(pa.table({"id": ["a"], "x": [5]}), data / "test-00000-of-00001.parquet")
    with pytest.raises(NotADatasetError, match="id a is already in split 'test'"):
        released_splits([tmp_path])
    (data / "test-00000-of-00001.parquet").unlink()
    pq.write_table(pa.table({"id": ["e"]}), data / "train.parquet")
    with pytest.raises(NotADatasetError, match="split is unknown"):
        released_splits([tmp_path])
    with pytest.raises(NotADatasetError, match="not a dataset folder"):
        released_splits([tmp_path / "nothing"])
