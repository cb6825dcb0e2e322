"""Near-duplicate articles: a small MinHash LSH key per record, and the clusters it finds.

The key is computed in the build's parallel workers from one record (`signature`), and the clusters
from the keys alone in one process (`near_duplicate_clusters`), so no phase holds whole records.

What is compared: the body (`paragraphs`), as lower-cased words; punctuation, quotation marks,
dashes and spacing are not words, so a copy that only changes those is the same text. The headline,
author, bio and sidebar are left out: an id is the hash of headline and author, so two records
with the same headline and author are one record already, and near-copies that reach this step
differ exactly there (a re-published article under a new headline or byline); a bio is the same
for every article of an author and a sidebar the same for every article scraped that week, so
either would make unrelated short articles look alike. The body is what a model learns from, so
it is what leaks from train into test.

The parameters are datatrove's: shingles of 5 consecutive words, 14 bands of 8 hashes (112 in
all), which makes a pair a candidate with probability 1 - (1 - J^8)^14: 0.92 at Jaccard J = 0.8,
0.56 at 0.7, 0.05 at 0.5, under 0.001 at 0.3 (the threshold, where it is 1/2, is about 0.72).

Speed (the budget is a fraction of a millisecond per article). Classic MinHash hashes every
shingle with each of the 112 permutations: a 1,600 x 112 matrix for the 14 KB seed article, 4 ms
with datasketch's `update_batch` and 42 ms with its `update` per shingle (benchmarks/neardup.py).
This module uses one-permutation hashing with densification (Li, Owen & Zhang, NeurIPS 2012;
Shrivastava & Li, ICML 2014), which estimates the same Jaccard similarity with one hash per
shingle: the hash's top 7 bits choose one of 128 bins, the first 112 are used, and each keeps its
smallest hash; a bin of two documents holds the same value with probability their Jaccard
similarity, as one classic MinHash does, so banding works the same way. A bin that no shingle fell
in (short texts) borrows the value of the next filled bin to its right, circularly, shifted by
their distance (rotation densification), which keeps that probability. Words are found and hashed
with numpy on the UTF-8 bytes, all at once: about 0.3 ms for the seed article, parse takes 6 ms.

Hash quality. Word hashes are polynomials modulo 2^64 and shingle hashes a fixed linear mix of
five word hashes put through splitmix64's finaliser. Someone who controls the input could craft
colliding words; a collision only makes two texts look more alike, which can put unrelated
articles in one split, never let a near-copy into another.

Determinism: every constant is written here, so a key is the same in every process, on every
machine and with every numpy version; Python's salted `hash()` is never used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np

SHINGLE_WORDS = 5
BANDS = 14
ROWS = 8
BINS = BANDS * ROWS
BAND_BYTES = 8
KEY_BYTES = BANDS * BAND_BYTES  # 112 bytes per record
_BIN_BITS = 7  # 128 bins, the first BINS of them used
_EMPTY = np.iinfo(np.uint64).max

_U64 = np.uint64
# Word hashes are polynomials in P modulo 2^64 (P odd, so it has an inverse modulo 2^64).
_P = _U64(0x100000001B3 * 0x9E3779B97F4A7C15 % 2**64 | 1)
_P_INVERSE = _U64(pow(int(_P), -1, 2**64))
_CACHED_POWERS = 1 << 20
_POWERS: tuple[np.ndarray, np.ndarray] = (np.zeros(0, dtype=_U64), np.zeros(0, dtype=_U64))
# Odd multipliers that mix the 5 word hashes of a shingle, each word by its place in the shingle.
_SHINGLE_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=_U64
)
# Odd multipliers that combine the 8 values of a band into its hash, each value by its row.
_ROW_MULTIPLIERS = np.array(
    [
        0xA0761D6478BD642F,
        0xE7037ED1A0B428DB,
        0x8EBC6AF09C88C6E3,
        0x589965CC75374CC3,
        0x1D8E4E27C47D124F,
        0xF1357AEA2E62A9C5,
        0x2545F4914F6CDD1D,
        0xB492B66FBE98F273,
    ],
    dtype=_U64,
)


# Bytes 0-127 after translation: ASCII letters lower-cased, digits kept, every other ASCII byte 0
# (a separator: NUL never occurs in a clean text). Bytes 128-255 are left alone (UTF-8 of
# non-ASCII characters).
_ASCII_FOLD = bytes(
    (b | 0x20) if 0x41 <= b <= 0x5A else b if (0x30 <= b <= 0x39 or 0x61 <= b <= 0x7A or b >= 0x80) else 0
    for b in range(256)
)
# (lead byte << 8 | next byte) -> how many bytes of a non-word character start here (0: none).
_PUNCTUATION_LENGTH = np.zeros(1 << 16, dtype=np.uint8)
_PUNCTUATION_LENGTH[0xC280:0xC2C0] = 2  # U+0080-U+00BF
_PUNCTUATION_LENGTH[[0xC397, 0xC3B7]] = 2  # × ÷
_PUNCTUATION_LENGTH[0xE280:0xE282] = 3  # U+2000-U+207F
_PUNCTUATION_LENGTH[0xE380] = 3  # U+3000-U+303F


def _word_bytes(text: str) -> np.ndarray:
    """The text's UTF-8 bytes with ASCII letters lower-cased and every byte that is not part of a
    word set to 0. Word characters: ASCII letters and digits, and every non-ASCII character except
    Latin-1 punctuation (U+0080-U+00BF: no-break space, « », ¿, ·, ...), × and ÷, General
    Punctuation and super/subscripts (U+2000-U+207F: dashes, curly quotes, ellipsis, zero-width
    and other spaces) and CJK punctuation (U+3000-U+303F). Non-ASCII letters keep their case: folding them would need
    str.lower(), which alone takes longer than all the rest on a text with curly quotes."""
    return _word_bytes_of(text.encode("utf-8", "surrogatepass"))


def _word_bytes_of(encoded: bytes) -> np.ndarray:
    """`_word_bytes` of a text's UTF-8 bytes (of several texts joined by a separator byte: a byte that
    is no part of a word, so the result is theirs joined by a 0)."""
    data = np.frombuffer(bytearray(encoded.translate(_ASCII_FOLD)), dtype=np.uint8)
    # Lead bytes of multi-byte characters: few in most texts, so the rest looks at those only.
    leads = np.flatnonzero(data >= 0xC2)
    if len(leads):
        pair = (data[leads].astype(np.intp) << 8) | data[leads + 1]  # valid UTF-8: the next byte exists
        length = _PUNCTUATION_LENGTH[pair]
        punctuation = leads[length > 0]
        data[punctuation] = 0
        data[punctuation + 1] = 0
        data[leads[length == 3] + 2] = 0
    return data


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P^i and P^-i (mod 2^64) for i < n; cached up to 2^20 positions (16 MB), longer texts compute
    their own."""
    global _POWERS
    if len(_POWERS[0]) < n:
        size = max(n, min(2 * len(_POWERS[0]), _CACHED_POWERS))
        powers = np.full(size, _P, dtype=_U64)
        powers[0] = 1
        inverses = np.full(size, _P_INVERSE, dtype=_U64)
        inverses[0] = 1
        table = (np.multiply.accumulate(powers), np.multiply.accumulate(inverses))
        if size > _CACHED_POWERS:
            return table
        _POWERS = table
    return _POWERS


def word_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per word of the text, in order (see `_word_bytes` for what a word is): the
    polynomial sum(byte_j * P^(j - start)) mod 2^64 over the word's bytes. All words at once: a
    running sum of byte_j * P^j over the text (separators are 0), differenced at the words' ends and
    rescaled by P^-start, so that a word hashes the same wherever it stands."""
    return _word_hashes_of(_word_bytes(text))[0]


def _word_hashes_of(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The word hashes of `_word_bytes` data, and where each word starts in it."""
    word = np.empty(len(data) + 2, dtype=bool)
    word[0] = word[-1] = False
    np.not_equal(data, 0, out=word[1:-1])
    changes = np.flatnonzero(word[1:] != word[:-1])
    if len(changes) == 0:
        return np.zeros(0, dtype=_U64), np.zeros(0, dtype=np.intp)
    starts, ends = changes[0::2], changes[1::2]
    powers, inverses = _powers(len(data))
    running = np.zeros(len(data) + 1, dtype=_U64)
    np.cumsum(data * powers[: len(data)], out=running[1:])
    return (running[ends] - running[starts]) * inverses[starts], starts


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    x = x ^ (x >> _U64(30))
    x = x * _U64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> _U64(27))
    x = x * _U64(0x94D049BB133111EB)
    return x ^ (x >> _U64(31))


def shingle_hashes(words: np.ndarray) -> np.ndarray:
    """One 64-bit hash per run of 5 consecutive words; a text of 1-4 words is one shingle."""
    k = min(SHINGLE_WORDS, len(words))
    if k == 0:
        return np.zeros(0, dtype=_U64)
    # Each word times the odd multiplier of its place in the shingle, summed (mod 2^64): one matrix
    # product over a sliding window (a strided view of the word hashes, no copy).
    words = np.ascontiguousarray(words)
    windows = np.ndarray((len(words) - k + 1, k), dtype=_U64, buffer=words, strides=(8, 8))
    return _mix(windows @ _SHINGLE_MULTIPLIERS[:k] + _U64(k))


def minhashes(text: str) -> np.ndarray | None:
    """The 112 one-permutation MinHash values of the text's shingles (uint64), or None for a text
    without a word. A shingle hash's top 7 bits choose one of 128 bins, of which the first 112 are
    used (the other 16 would only cost time), and each bin keeps its smallest hash."""
    shingles = shingle_hashes(word_hashes(text))
    if len(shingles) == 0:
        return None
    values = np.full(1 << _BIN_BITS, _EMPTY, dtype=_U64)
    np.minimum.at(values, (shingles >> _U64(64 - _BIN_BITS)).astype(np.intp), shingles)
    values = values[:BINS]
    empty = values == _EMPTY
    if empty.any():
        # Rotation densification: an empty bin takes the next filled bin's value (circularly) plus
        # its distance times 2^57 (mod 2^64), so that it does not equal the value that bin holds;
        # both documents of a pair borrow the same way, so a bin still agrees with probability J.
        if empty.all():  # the few shingles all fell in the unused bins: start from the smallest
            values[0], empty[0] = shingles.min(), False
        idx = np.arange(BINS)
        candidates = np.where(empty, 2 * BINS, idx)
        twice = np.concatenate([candidates, candidates + BINS])
        next_filled = np.minimum.accumulate(twice[::-1])[::-1][:BINS]
        values = values[next_filled % BINS] + ((next_filled - idx).astype(_U64) << _U64(57))
    return values


def record_text(record: dict) -> str:
    """What is compared: the body paragraphs (see the module docstring for why nothing else)."""
    return "\n".join(record["paragraphs"])


def signature(record: dict) -> bytes:
    """The record's LSH key: 14 band hashes of 8 bytes (112 bytes, little-endian uint64). Two
    records share a band hash when all 8 MinHash values of that band agree (a different band gives
    the same 64-bit hash with probability about 2^-64). A body without a single word gets bands
    derived from the record's id, so it is a near-duplicate of nothing."""
    values = minhashes(record_text(record))
    if values is None:
        seed = hashlib.sha256(b"neardup-wordless\x00" + record["id"].encode("utf-8")).digest()
        return hashlib.shake_256(seed).digest(KEY_BYTES)
    bands = _mix(values.reshape(BANDS, ROWS) @ _ROW_MULTIPLIERS)
    return bands.astype("<u8").tobytes()


# A batch of `signatures` holds at most this many bytes of text. Bigger batches were slower: their
# arrays (8 bytes per byte of text) are allocated fresh from the system, page by page, each time.
_BATCH_BYTES = 1 << 18


def signatures(records: Sequence[dict], batch_bytes: int = _BATCH_BYTES) -> list[bytes]:
    """`[signature(r) for r in records]`, the same bytes, with numpy's work done once per batch of
    records instead of once per record: a record's words, shingles and bins are found in the joined
    texts of the batch, which cost per record a few calls of numpy over a few kB each (its fixed cost
    per call was half of `signature`'s time). A record's word hashes do not depend on where the
    record stands (a word's hash is taken relative to its start), a shingle is kept only when its 5
    words are of one record, and each record's bins are a row of one table; records with fewer
    than 5 words, and one text longer than a batch, take `signature`."""
    out: list[bytes] = [b""] * len(records)
    batch: list[tuple[int, bytes]] = []
    size = 0
    for i, record in enumerate(records):
        encoded = record_text(record).encode("utf-8", "surrogatepass")
        if len(encoded) >= batch_bytes:
            out[i] = signature(record)
            continue
        if size + len(encoded) + 1 > batch_bytes:
            _batch_signatures(batch, records, out)
            batch, size = [], 0
        batch.append((i, encoded))
        size += len(encoded) + 1
    _batch_signatures(batch, records, out)
    return out


def _batch_signatures(batch: list[tuple[int, bytes]], records: Sequence[dict], out: list[bytes]) -> None:
    """Fill out[i] for the (i, UTF-8 text) of `batch` (see `signatures`)."""
    if not batch:
        return
    # The texts joined by a newline (a separator: no word crosses from one record to the next) and
    # where each starts in the joined bytes.
    lengths = np.fromiter((len(encoded) + 1 for _, encoded in batch), dtype=np.intp, count=len(batch))
    text_starts = np.zeros(len(batch), dtype=np.intp)
    np.cumsum(lengths[:-1], out=text_starts[1:])
    words, word_starts = _word_hashes_of(_word_bytes_of(b"\n".join(encoded for _, encoded in batch)))
    # Each record's first word (a word starts where the record's text does, or later) and word count.
    first_words = np.searchsorted(word_starts, text_starts)
    counts = np.diff(first_words, append=len(words))
    owner = np.repeat(np.arange(len(batch)), counts)  # each word's record (its place in the batch)
    # Every window of 5 consecutive words, kept when its first and last word are of one record; its
    # hash as `shingle_hashes` makes it (the sum written out: numpy's integer matmul is slower).
    if len(words) >= SHINGLE_WORDS:
        last = len(words) - SHINGLE_WORDS + 1
        inside = owner[:last] == owner[SHINGLE_WORDS - 1 :]
        mixed = words[:last] * _SHINGLE_MULTIPLIERS[0]
        for k in range(1, SHINGLE_WORDS):
            mixed += words[k : last + k] * _SHINGLE_MULTIPLIERS[k]
        shingles = _mix(mixed[inside] + _U64(SHINGLE_WORDS))
        shingle_owner = owner[:last][inside]
    else:
        shingles, shingle_owner = np.zeros(0, dtype=_U64), np.zeros(0, dtype=np.intp)
    table = np.full((len(batch), 1 << _BIN_BITS), _EMPTY, dtype=_U64)
    bins = (shingles >> _U64(64 - _BIN_BITS)).astype(np.intp)
    np.minimum.at(table.reshape(-1), (shingle_owner << _BIN_BITS) + bins, shingles)
    # Rotation densification (see `minhashes`), every row at once: a row without an empty bin
    # borrows from itself at distance 0, which leaves it as it is.
    values = table[:, :BINS]
    empty = values == _EMPTY
    unused_only = empty.all(axis=1)
    if unused_only.any():  # the few shingles all fell in the unused bins: start from the smallest
        values[unused_only, 0] = table[unused_only].min(axis=1)
        empty[unused_only, 0] = False
    idx = np.arange(BINS)
    candidates = np.where(empty, 2 * BINS, idx)
    twice = np.concatenate([candidates, candidates + BINS], axis=1)
    next_filled = np.minimum.accumulate(twice[:, ::-1], axis=1)[:, ::-1][:, :BINS]
    values = np.take_along_axis(values, next_filled % BINS, axis=1) + ((next_filled - idx).astype(_U64) << _U64(57))
    bands = _mix(values.reshape(len(batch), BANDS, ROWS) @ _ROW_MULTIPLIERS).astype("<u8")
    for row, (i, _) in enumerate(batch):
        # Fewer than 5 words: one shingle of them all (or none), which `signature` makes.
        out[i] = bands[row].tobytes() if counts[row] >= SHINGLE_WORDS else signature(records[i])


def near_duplicate_clusters(keys: Iterable[tuple[str, bytes]]) -> list[list[str]]:
    """Groups of records that share at least one band hash with another member (transitively): the
    connected components of the band-collision graph, of two records or more. Ids are sorted in
    each cluster and the clusters are sorted. Memory: the ids plus KEY_BYTES per record."""
    ids: list[str] = []
    buffer = bytearray()
    for record_id, key in keys:
        if len(key) != KEY_BYTES:
            raise ValueError(f"key of {record_id!r} has {len(key)} bytes, expected {KEY_BYTES}")
        ids.append(record_id)
        buffer += key
    n = len(ids)
    if n < 2:
        return []
    bands = np.frombuffer(buffer, dtype="<u8").reshape(n, BANDS)

    parent = list(range(n))
    touched: set[int] = set()  # records in at least one collision; every other record is alone

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for b in range(BANDS):
        column = bands[:, b]
        order = np.argsort(column, kind="stable")
        ordered = column[order]
        same = np.flatnonzero(ordered[1:] == ordered[:-1])  # order[same[j]] and order[same[j] + 1] collide
        for left, right in zip(order[same].tolist(), order[same + 1].tolist(), strict=True):
            touched.add(left)
            touched.add(right)
            root_left, root_right = find(left), find(right)
            if root_left != root_right:
                parent[root_right] = root_left

    groups: dict[int, list[str]] = {}
    for i in touched:
        groups.setdefault(find(i), []).append(ids[i])
    return sorted(sorted(members) for members in groups.values())
