"""The build's statistics, the card's statistics section and histogram, and the datasheet: figures
checked against a direct computation over real parsed records of the test corpora."""

from __future__ import annotations

import json
import math
import pickle
import re
import shutil
import struct
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, EXTRA_CORPUS, REPO
from hypothesis import given
from hypothesis import strategies as st

from builder.build import build_dataset
from builder.config import NO_CONFIG, CorpusConfig, load_config
from builder.datasheet import SECTIONS, render_datasheet
from builder.errors import Reject
from builder.parse import parse_article
from builder.schema import arrow_schema
from builder.splits import DEFAULT_SPLITS, parse_split_spec, split_of
from builder.stats import (
    _HANDLE,
    _WEB_ADDRESS,
    DPI,
    FIGSIZE,
    HISTOGRAM_FILE,
    HISTOGRAM_MAX_BINS,
    DatasetStats,
    _has_handle,
    _has_web_address,
    histogram_bins,
    percentile,
    words,
    write_length_histogram,
)

SPLITS = parse_split_spec(DEFAULT_SPLITS)
SPLIT_NAMES = [name for name, _ in SPLITS]


def _parsed() -> tuple[list[dict], list[Reject]]:
    records, rejects = [], []
    for folder in (CORPUS, EXTRA_CORPUS):
        for path in sorted(folder.glob("*.txt")):
            result = parse_article(path.read_bytes(), path.name)
            (rejects if isinstance(result, Reject) else records).append(result)
    return records, rejects


RECORDS, REJECTS = _parsed()


def _table(records: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(records, schema=arrow_schema())


def _accumulate(records: list[dict], rejects: list[Reject] = (), duplicates: int = 0) -> DatasetStats:
    """The records counted as the build counts them: a table per split (add_table)."""
    stats = DatasetStats(SPLIT_NAMES)
    for split in SPLIT_NAMES:
        stats.add_table(_table([r for r in records if split_of(r["id"], SPLITS) == split]), split)
    for reject in rejects:
        stats.add_reject(reject)
    for _ in range(duplicates):
        stats.add_duplicate()
    return stats


def _nearest_rank(values: list[int], p: int) -> int:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p * len(ordered) / 100)) - 1]


def test_the_corpora_give_enough_to_test():
    assert len(RECORDS) >= 30 and {r.type for r in REJECTS} == {"empty", "binary", "not-an-article"}
    assert len({split_of(r["id"], SPLITS) for r in RECORDS}) >= 2


def test_figures_equal_a_direct_computation():
    stats = _accumulate(RECORDS, REJECTS, duplicates=2)
    result = stats.result()
    lengths = [sum(len(p.split()) for p in r["paragraphs"]) for r in RECORDS]
    quote_counts = [len(r["quotes"]) for r in RECORDS]
    quotes = [q for r in RECORDS for q in r["quotes"]]
    speakers = Counter(q["speaker"] for q in quotes if q["speaker"] is not None)
    dates = [link["date"] for r in RECORDS for link in r["related_links"]]

    assert result["records"] == len(RECORDS)
    by_split = Counter(split_of(r["id"], SPLITS) for r in RECORDS)
    assert result["records_by_split"] == {name: by_split[name] for name in SPLIT_NAMES if by_split[name]}
    assert list(result["records_by_split"]) == [n for n in SPLIT_NAMES if by_split[n]]  # spec order
    words = result["words_per_article"]
    assert [words["p5"], words["p50"], words["p95"]] == [_nearest_rank(lengths, p) for p in (5, 50, 95)]
    assert (words["min"], words["max"], words["total"]) == (min(lengths), max(lengths), sum(lengths))
    assert words["mean"] == round(sum(lengths) / len(lengths), 1)
    q = result["quotes"]
    assert q["total"] == len(quotes)
    assert q["per_article"] == {
        "mean": round(len(quotes) / len(RECORDS), 2),
        "p50": _nearest_rank(quote_counts, 50),
        "p95": _nearest_rank(quote_counts, 95),
        "max": max(quote_counts),
    }
    assert q["attributed"] == sum(speakers.values()) and 0 < q["attributed"] < len(quotes)
    assert q["attributed_share"] == round(sum(speakers.values()) / len(quotes), 4)
    assert q["distinct_speakers"] == len(speakers)
    expected_top = sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    assert [(s["speaker"], s["quotes"]) for s in q["top_speakers"]] == expected_top
    assert len(q["top_speakers"]) == 10
    assert result["authors"] == {
        "distinct": len({r["author"] for r in RECORDS if r["author"]}),
        "records_without_author": sum(1 for r in RECORDS if not r["author"]),
    }
    assert result["bios"]["records_with_bio"] == sum(1 for r in RECORDS if r["bio"])
    assert result["bios"]["with_social_handle"] == sum(1 for r in RECORDS if r["bio"] and "Twitter at @" in r["bio"])
    assert result["bios"]["with_web_address"] == sum(1 for r in RECORDS if r["bio"] and "https://" in r["bio"])
    assert result["related_links"] == {
        "total": len(dates),
        "date_min": min(dates),
        "date_max": max(dates),
        "unparseable_dates": 0,
    }
    assert result["rejects_by_type"] == {"binary": 1, "empty": 1, "not-an-article": 1}
    assert result["rejected"] == 3 and result["duplicates"] == 2
    assert stats.example == min(RECORDS, key=lambda r: r["id"])


def test_the_histogram_counts_every_article_in_its_bin():
    result = _accumulate(RECORDS).result()
    hist = result["length_histogram"]
    lengths = [sum(len(p.split()) for p in r["paragraphs"]) for r in RECORDS]
    edges, counts = hist["edges"], hist["counts"]
    assert len(edges) == len(counts) + 1 <= HISTOGRAM_MAX_BINS + 1
    assert counts == [sum(1 for n in lengths if lo <= n < hi) for lo, hi in pairwise(edges)]
    assert edges[0] <= min(lengths) and max(lengths) < edges[-1]


@pytest.mark.parametrize(
    "values, width", [([0], 1), ([3, 29], 1), ([0, 30], 2), ([1000, 1500], 20), ([7, 100_000], 5000)]
)
def test_histogram_width_is_1_2_or_5_times_a_power_of_ten(values, width):
    hist = histogram_bins(Counter(values))
    assert hist["bin_width"] == width
    assert len(hist["counts"]) <= HISTOGRAM_MAX_BINS and sum(hist["counts"]) == len(values)


def test_percentile_is_nearest_rank():
    ten = Counter(range(1, 11))
    assert [percentile(ten, p) for p in (5, 10, 11, 50, 95, 100)] == [1, 1, 2, 5, 10, 10]
    assert percentile(Counter({7: 3}), 5) == 7
    assert percentile(Counter({1: 19, 100: 1}), 95) == 1 and percentile(Counter({1: 18, 100: 2}), 95) == 100
    assert percentile(Counter(), 50) is None


def test_an_empty_build_has_empty_figures():
    result = DatasetStats().result()
    json.dumps(result)
    assert result["records"] == 0 and result["words_per_article"]["p50"] is None
    assert result["quotes"]["attributed_share"] is None and result["related_links"]["date_min"] is None


def test_link_dates_are_read_in_both_forms_and_unreadable_ones_counted():
    record = dict(RECORDS[0])
    record["related_links"] = [
        {"date": "2019-12-31", "author": "A", "title": "iso"},
        {"date": "February 3, 2021", "author": "B", "title": "layout form"},
        {"date": "2020-02-30", "author": "C", "title": "no such day"},
        {"date": "someday", "author": "D", "title": "not a date"},
    ]
    links = _accumulate([record]).result()["related_links"]
    assert links == {"total": 4, "date_min": "2019-12-31", "date_max": "2021-02-03", "unparseable_dates": 2}


def test_a_word_count_computed_earlier_gives_the_same_result():
    plain = _accumulate(RECORDS)
    given = DatasetStats(SPLIT_NAMES)
    for record in RECORDS:
        given.add_table(_table([record]), split_of(record["id"], SPLITS), [words(record)])
    assert given.result() == plain.result()


def _odd_records() -> list[dict]:
    """Corpus records changed into the cases the statistics treat specially: an empty author, no bio, a bio
    with a handle and a web address, link dates in both forms and none, unattributed quotes."""
    base = [r for r in RECORDS if r["quotes"] and r["related_links"]][:3]
    odd = []
    for i, record in enumerate(base):
        links = [dict(link) for link in record["related_links"]]
        links[0]["date"] = ("February 3, 2021", "2020-02-30", "someday")[i]
        quotes = [dict(q) for q in record["quotes"]]
        quotes[0]["speaker"] = None
        odd.append(
            {
                **record,
                "id": f"ffff{i:04x}" + record["id"][8:],
                "author": ("", None, record["author"])[i],
                "bio": (None, "", "Follow her at @someone and https://example.org")[i],
                "related_links": links,
                "quotes": quotes,
            }
        )
    return odd


def test_a_table_of_records_counts_as_its_records_one_by_one():
    # The build adds each unit's Arrow rows at once (add_table); the figures and the example are
    # those of adding the same records one table of one row at a time.
    records = RECORDS + _odd_records()
    by_row = DatasetStats(SPLIT_NAMES)
    by_table = DatasetStats(SPLIT_NAMES)
    for split in SPLIT_NAMES:
        part = [r for r in records if split_of(r["id"], SPLITS) == split]
        table = _table(part)
        for row in range(table.num_rows):
            by_row.add_table(table.slice(row, 1), split)
        # in two pieces, the second one with its word counts given
        half = len(part) // 2
        by_table.add_table(table.slice(0, half), split)
        by_table.add_table(table.slice(half), split, [words(r) for r in part[half:]])
    assert by_table.result() == by_row.result()
    assert by_table.example == by_row.example
    assert by_row.result()["authors"]["records_without_author"] >= 2  # the odd records count


def test_the_result_does_not_depend_on_record_order():
    forward = _accumulate(RECORDS, REJECTS)
    backward = _accumulate(RECORDS[::-1], REJECTS[::-1])
    assert json.dumps(forward.result()) == json.dumps(backward.result())
    assert forward.example == backward.example


def test_state_does_not_grow_with_the_number_of_records():
    # 40 copies of every article under new ids: the accumulator holds counters, not records.
    def copies(k: int) -> DatasetStats:
        stats = DatasetStats(SPLIT_NAMES)
        for i in range(k):
            stats.add_table(_table([{**record, "id": f"{i:04x}{record['id'][4:]}"} for record in RECORDS]), "train")
        return stats

    one, many = copies(1), copies(40)
    assert many.result()["records"] == 40 * len(RECORDS)
    assert len(pickle.dumps(many)) - len(pickle.dumps(one)) < 2_000  # only counts grow, by a few bytes
    assert many.example["id"].startswith("0000")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_the_histogram_png_is_real_and_reproducible(tmp_path):
    result = _accumulate(RECORDS).statistics()
    write_length_histogram(result, tmp_path / "a.png")
    data = (tmp_path / "a.png").read_bytes()
    assert _png_size(data) == (FIGSIZE[0] * DPI, FIGSIZE[1] * DPI)
    assert b"Software" not in data and b"Matplotlib" not in data  # no version of matplotlib in the bytes
    # Rendered again in a fresh process: the same bytes.
    (tmp_path / "stats.pickle").write_bytes(pickle.dumps(result))
    code = (
        "import pickle, pathlib, sys; from builder.stats import write_length_histogram; "
        "write_length_histogram(pickle.loads(pathlib.Path(sys.argv[1]).read_bytes()), pathlib.Path(sys.argv[2]))"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "stats.pickle"), str(tmp_path / "b.png")], check=True)
    assert (tmp_path / "b.png").read_bytes() == data
    # Other lengths draw another picture.
    write_length_histogram(_accumulate(RECORDS[:5]).statistics(), tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes() != data


def test_the_empty_histogram_is_still_a_picture(tmp_path):
    write_length_histogram(DatasetStats().statistics(), tmp_path / "empty.png")
    assert _png_size((tmp_path / "empty.png").read_bytes()) == (800, 400)


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("corpus")
    (tmp / "raw").mkdir()
    for path in CORPUS.glob("*.txt"):  # the articles, not their golds
        shutil.copy(path, tmp / "raw" / path.name)
    build_dataset(tmp / "raw", tmp / "dataset", SPLITS)
    return tmp / "dataset"


def _statistics_table(card: str) -> dict[str, str]:
    section = card.split("## Dataset statistics", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, re.M))


def test_the_card_shows_the_statistics_and_the_picture(corpus_build):
    card = (corpus_build / "README.md").read_text(encoding="utf-8")
    records = [r for r in RECORDS if r["source"]["path"] in {p.name for p in CORPUS.glob("*.txt")}]
    lengths = [sum(len(p.split()) for p in r["paragraphs"]) for r in records]
    table = _statistics_table(card)
    assert table["words per article, p5 / p50 / p95"] == " / ".join(
        f"{_nearest_rank(lengths, p):,}" for p in (5, 50, 95)
    )
    quotes = [q for r in records for q in r["quotes"]]
    attributed = sum(1 for q in quotes if q["speaker"])
    assert (
        table["attributed quotes (with a speaker)"]
        == f"{attributed:,} of {len(quotes):,} ({attributed / len(quotes):.1%})"
    )
    assert table["rejected files by type"] == "`binary` 1, `empty` 1, `not-an-article` 1"
    dates = sorted(link["date"] for r in records for link in r["related_links"])
    assert table["related-link dates"].startswith(f"{dates[0]} to {dates[-1]} ")
    by_split = Counter(split_of(r["id"], SPLITS) for r in records)
    assert table["records per split"] == ", ".join(f"{n} {by_split[n]}" for n in SPLIT_NAMES if by_split[n])
    assert "| speaker | quotes |" in card
    assert f"]({HISTOGRAM_FILE})" in card
    assert _png_size((corpus_build / HISTOGRAM_FILE).read_bytes()) == (800, 400)


def test_speaker_names_in_the_card_are_inert_markdown():
    from builder.card import CardFiles, render_card
    from builder.stats import BuildSummary

    record = dict(RECORDS[0])
    record["quotes"] = [{**q, "speaker": "<b>*Bold*</b> | pipe"} for q in record["quotes"] if q["speaker"]][:1]
    stats = DatasetStats(["train"])
    stats.add_table(_table([record]), "train")
    summary = BuildSummary("0", "0" * 64, 1, 1, 0, {}, 0, 0, 0, {"train": 1}, {"train": 1.0})
    card = render_card(
        stats.statistics(), stats.example, CardFiles({"train": "data/train.parquet"}, {"train": 1}, 1), summary, "Test"
    )
    section = card.split("## Dataset statistics", 1)[1].split("\n## ", 1)[0]
    assert "<b>" not in section
    assert "| &lt;b&gt;\\*Bold\\*&lt;/b&gt; \\| pipe | 1 |" in section.splitlines()


# The datasheet: the 57 questions of Gebru et al. (CACM 2021), exactly, section by section.
QUESTIONS = {
    "Motivation": [
        "For what purpose was the dataset created?",
        (
            "Who created the dataset (e.g., which team, research group) and on behalf of which entity (e.g., company, "
            "institution, organization)?"
        ),
        "Who funded the creation of the dataset?",
        "Any other comments?",
    ],
    "Composition": [
        "What do the instances that comprise the dataset represent (e.g., documents, photos, people, countries)?",
        "How many instances are there in total (of each type, if appropriate)?",
        (
            "Does the dataset contain all possible instances or is it a sample (not necessarily random) of instances "
            "from a larger set?"
        ),
        "What data does each instance consist of?",
        "Is there a label or target associated with each instance?",
        "Is any information missing from individual instances?",
        (
            "Are relationships between individual instances made explicit (e.g., users' movie ratings, social network "
            "links)?"
        ),
        "Are there recommended data splits (e.g., training, development/validation, testing)?",
        "Are there any errors, sources of noise, or redundancies in the dataset?",
        (
            "Is the dataset self-contained, or does it link to or otherwise rely on external resources (e.g., "
            "websites, tweets, other datasets)?"
        ),
        (
            "Does the dataset contain data that might be considered confidential (e.g., data that is protected by "
            "legal privilege or by doctor-patient confidentiality, data that includes the content of individuals' "
            "non-public communications)?"
        ),
        (
            "Does the dataset contain data that, if viewed directly, might be offensive, insulting, threatening, or "
            "might otherwise cause anxiety?"
        ),
        "Does the dataset identify any subpopulations (e.g., by age, gender)?",
        (
            "Is it possible to identify individuals (i.e., one or more natural persons), either directly or indirectly "
            "(i.e., in combination with other data) from the dataset?"
        ),
        (
            "Does the dataset contain data that might be considered sensitive in any way (e.g., data that reveals race "
            "or ethnic origins, sexual orientations, religious beliefs, political opinions or union memberships, or "
            "locations; financial or health data; biometric or genetic data; forms of government identification, such "
            "as social security numbers; criminal history)?"
        ),
        "Any other comments?",
    ],
    "Collection Process": [
        "How was the data associated with each instance acquired?",
        (
            "What mechanisms or procedures were used to collect the data (e.g., hardware apparatus or sensor, manual "
            "human curation, software program, software API)?"
        ),
        (
            "If the dataset is a sample from a larger set, what was the sampling strategy (e.g., deterministic, "
            "probabilistic with specific sampling probabilities)?"
        ),
        (
            "Who was involved in the data collection process (e.g., students, crowdworkers, contractors) and how were "
            "they compensated (e.g., how much were crowdworkers paid)?"
        ),
        "Over what timeframe was the data collected?",
        "Were any ethical review processes conducted (e.g., by an institutional review board)?",
        (
            "Did you collect the data from the individuals in question directly, or obtain it via third parties or "
            "other sources (e.g., websites)?"
        ),
        "Were the individuals in question notified about the data collection?",
        "Did the individuals in question consent to the collection and use of their data?",
        (
            "If consent was obtained, were the consenting individuals provided with a mechanism to revoke their "
            "consent in the future or for certain uses?"
        ),
        (
            "Has an analysis of the potential impact of the dataset and its use on data subjects (e.g., a data "
            "protection impact analysis) been conducted?"
        ),
        "Any other comments?",
    ],
    "Preprocessing/Cleaning/Labeling": [
        (
            "Was any preprocessing/cleaning/labeling of the data done (e.g., discretization or bucketing, "
            "tokenization, part-of-speech tagging, SIFT feature extraction, removal of instances, processing of "
            "missing values)?"
        ),
        (
            'Was the "raw" data saved in addition to the preprocessed/cleaned/labeled data (e.g., to support '
            "unanticipated future uses)?"
        ),
        "Is the software that was used to preprocess/clean/label the data available?",
        "Any other comments?",
    ],
    "Uses": [
        "Has the dataset been used for any tasks already?",
        "Is there a repository that links to any or all papers or systems that use the dataset?",
        "What (other) tasks could the dataset be used for?",
        (
            "Is there anything about the composition of the dataset or the way it was collected and "
            "preprocessed/cleaned/labeled that might impact future uses?"
        ),
        "Are there tasks for which the dataset should not be used?",
        "Any other comments?",
    ],
    "Distribution": [
        (
            "Will the dataset be distributed to third parties outside of the entity (e.g., company, institution, "
            "organization) on behalf of which the dataset was created?"
        ),
        "How will the dataset be distributed (e.g., tarball on website, API, GitHub)?",
        "When will the dataset be distributed?",
        (
            "Will the dataset be distributed under a copyright or other intellectual property (IP) license, and/or "
            "under applicable terms of use (ToU)?"
        ),
        "Have any third parties imposed IP-based or other restrictions on the data associated with the instances?",
        "Do any export controls or other regulatory restrictions apply to the dataset or to individual instances?",
        "Any other comments?",
    ],
    "Maintenance": [
        "Who will be supporting/hosting/maintaining the dataset?",
        "How can the owner/curator/manager of the dataset be contacted (e.g., email address)?",
        "Is there an erratum?",
        "Will the dataset be updated (e.g., to correct labeling errors, add new instances, delete instances)?",
        (
            "If the dataset relates to people, are there applicable limits on the retention of the data associated "
            "with the instances (e.g., were individuals in question told that their data would be retained for a fixed "
            "period of time and then deleted)?"
        ),
        "Will older versions of the dataset continue to be supported/hosted/maintained?",
        "If others want to extend/augment/build on/contribute to the dataset, is there a mechanism for them to do so?",
        "Any other comments?",
    ],
}


def datasheet_sections(text: str) -> dict[str, list[tuple[str, str]]]:
    """Section heading -> [(question, answer)]: a question is a bold line ending in '?', its answer
    the text up to the next question or section."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for chunk in re.split(r"^## ", text, flags=re.M)[1:]:
        heading, body = chunk.split("\n", 1)
        parts = re.split(r"^\*\*(.+\?)\*\*$", body, flags=re.M)
        assert not parts[0].strip(), f"text before the first question of {heading}"
        sections[heading] = [(q, a.strip()) for q, a in zip(parts[1::2], parts[2::2], strict=True)]
    return sections


def _build_datasheet(out: Path, config: CorpusConfig = NO_CONFIG) -> str:
    """The datasheet of a build folder, from what the build wrote: summary, rejects and the Parquet
    rows (each file's split is in its name), and the curators' config it was built with."""
    summary = json.loads((out / "build-summary.json").read_text(encoding="utf-8"))
    summary["splits"] = dict(SPLITS)  # the file's keys are sorted; the build passes the spec's order
    stats = DatasetStats(summary["records_by_split"])
    for path in sorted((out / "data").glob("*.parquet")):
        stats.add_table(pq.read_table(path), path.name.split("-", 1)[0])
    for r in map(json.loads, (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()):
        stats.add_reject(Reject(r["file"], r["type"], r["message"]))
    for _ in range(summary["duplicates"]):
        stats.add_duplicate()
    return render_datasheet(stats.result(), summary, config, config.resolved_pretty_name())


def test_the_datasheet_answers_the_57_questions(corpus_build):
    sections = datasheet_sections(_build_datasheet(corpus_build))
    assert list(sections) == list(SECTIONS) == list(QUESTIONS)
    assert {name: len(qa) for name, qa in sections.items()} == SECTIONS
    assert list(SECTIONS.values()) == [4, 16, 12, 4, 6, 7, 8] and sum(SECTIONS.values()) == 57
    for name, qa in sections.items():
        assert [q for q, _ in qa] == QUESTIONS[name], name
        for question, answer in qa:
            assert len(answer) > 20 and "{{" not in answer, question


def test_the_datasheet_figures_come_from_the_build(corpus_build):
    text = " ".join(_build_datasheet(corpus_build).split())  # one line: the template wraps its text
    records = [r for r in RECORDS if r["source"]["path"] in {p.name for p in CORPUS.glob("*.txt")}]
    lengths = [sum(len(p.split()) for p in r["paragraphs"]) for r in records]
    dates = sorted(link["date"] for r in records for link in r["related_links"])
    assert f"built from {len(records) + 3} raw files: 3 files" in text
    assert "(by type: binary 1, empty 1, not-an-article 1)" in text
    assert (
        f"p5 {_nearest_rank(lengths, 5):,}, p50 {_nearest_rank(lengths, 50):,}, p95 {_nearest_rank(lengths, 95):,}"
        in text
    )
    assert f"dated {dates[0]} to {dates[-1]}" in text
    handles = sum(1 for r in records if r["bio"] and "@" in r["bio"])
    assert f"{handles} of {len(records)} (" in text


def test_the_top_level_datasheet_is_the_one_of_the_raw_folder(tmp_path):
    # raw/ is described by raw-corpus.toml (not corpus.toml: a build run from the repository's root
    # must not describe a user's own articles with the seed site's statements).
    config = load_config(REPO / "raw-corpus.toml")
    out = tmp_path / "dataset"
    build_dataset(REPO / "raw", out, SPLITS, config=config)
    expected = _build_datasheet(out, config)
    assert (out / "DATASHEET.md").read_text(encoding="utf-8") == expected  # the build writes the same text
    assert (REPO / "DATASHEET.md").read_text(encoding="utf-8") == expected, (
        "DATASHEET.md is stale: write the datasheet of a build of raw/ with --config raw-corpus.toml "
        "to the top-level DATASHEET.md"
    )


_BIO_PIECES = [
    "@x",
    "a@b.org",
    "Follow @handle",
    "https://e.org",
    "HTTP://E",
    "www.e.org",
    "WwW.e",
    "wWw. x",
    "://",
    "ʷww.",
]


@given(
    st.lists(st.sampled_from([*_BIO_PIECES, " ", "text", "\u00e9", ".", "w", "@", "ſ", "\u212a"]), max_size=8).map(
        "".join
    )
)
def test_bio_shortcuts_answer_as_the_patterns(bio):
    # The statistics search a bio for a handle or a web address only when it holds what every match
    # must hold: the answers are the patterns' on any bio.
    assert _has_handle(bio) == (_HANDLE.search(bio) is not None)
    assert _has_web_address(bio) == (_WEB_ADDRESS.search(bio) is not None)


def test_only_w_and_W_match_w_case_insensitively():
    # _has_web_address looks for 'www.' in the lowered bio: no other character may match 'w' under re.I.
    assert [c for c in map(chr, range(0x110000)) if re.fullmatch("w", c, re.I)] == ["W", "w"]
