"""Every gold file of the shared corpus (copied into tests/corpus) is reproduced exactly."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CORPUS, EXTRA_CORPUS, SPEAKER_MIN_PRECISION, SPEAKER_MIN_RECALL, gold_cases

from builder.build import load_article
from builder.errors import Reject

CONTENT_FIELDS = ("headline", "author", "bio", "image_credit", "paragraphs", "related_links")
CASES = gold_cases()
EXTRA_CASES = gold_cases(EXTRA_CORPUS)


def _check_against_gold(result, gold: dict, speakers: bool = True) -> None:
    if gold["expect"] == "reject":
        assert isinstance(result, Reject), f"expected a {gold['reject_reason']} reject, got a record"
        assert result.type == gold["reject_reason"]
        return
    assert not isinstance(result, Reject), f"rejected: {result}"
    for field in CONTENT_FIELDS:
        assert result[field] == gold[field], field
    # Spans: same paragraphs and texts, in order; offsets point at the text.
    assert [(q["paragraph"], q["text"]) for q in result["quotes"]] == [
        (q["paragraph"], q["text"]) for q in gold["quotes"]
    ]
    for q in result["quotes"]:
        assert result["paragraphs"][q["paragraph"]][q["start"] : q["end"]] == q["text"]
    # Speakers: the gold's speaker, or one of the values it accepts where a reader could go either way.
    if not speakers:
        return
    for got, want in zip(result["quotes"], gold["quotes"], strict=True):
        accepted = want.get("speaker_ok") or [want["speaker"]]
        assert got["speaker"] in accepted, (want["text"], got["speaker"], accepted)
        assert (got["cue"] is None) or got["speaker"] is not None, "a cue without a speaker"


@pytest.mark.parametrize("raw, gold", CASES, ids=[raw.stem for raw, _ in CASES])
def test_gold(raw, gold):
    _check_against_gold(load_article(raw, raw.name), gold)


@pytest.mark.parametrize("raw, gold", EXTRA_CASES, ids=[raw.stem for raw, _ in EXTRA_CASES])
def test_extra_gold(raw, gold):
    # Every field and quote span exactly; speakers are scored together below.
    _check_against_gold(load_article(raw, raw.name), gold, speakers=False)


def speaker_scores(cases) -> tuple[int, int, int]:
    """(correct, wrong, missed) speakers: a speaker is correct when the gold accepts it, wrong when
    it does not, missed when the parser gives null and the gold does not accept null."""
    correct = wrong = missed = 0
    for raw, gold in cases:
        if gold["expect"] != "record":
            continue
        record = load_article(raw, raw.name)
        for got, want in zip(record["quotes"], gold["quotes"], strict=True):
            accepted = want.get("speaker_ok") or [want["speaker"]]
            if got["speaker"] is None:
                missed += None not in accepted
            elif got["speaker"] in accepted:
                correct += 1
            else:
                wrong += 1
    return correct, wrong, missed


def test_speaker_precision_and_recall_meet_the_targets():
    correct, wrong, missed = speaker_scores(CASES + EXTRA_CASES)
    precision, recall = correct / (correct + wrong), correct / (correct + missed)
    assert correct > 150  # the scores are over every annotated quote, not a handful
    assert precision >= SPEAKER_MIN_PRECISION, (precision, recall)
    assert recall >= SPEAKER_MIN_RECALL, (precision, recall)


def test_corpus_is_complete():
    # The seed, ten dev articles and three rejects were copied from shared/corpus.
    assert len(CASES) == 14
    assert all(raw.exists() for raw, _ in CASES)
    assert len(EXTRA_CASES) == 24
    assert all(raw.exists() for raw, _ in EXTRA_CASES)


def test_cli_parse_reproduces_every_gold():
    files = [str(raw) for raw, _ in CASES]
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "parse", *files], capture_output=True, text=True, encoding="utf-8"
    )
    assert proc.returncode == 1, proc.stderr  # the three reject files make the exit code 1
    lines = proc.stdout.splitlines()
    assert len(lines) == len(CASES)
    for line, (raw, gold) in zip(lines, CASES, strict=True):
        out = json.loads(line)
        if gold["expect"] == "reject":
            assert out == {
                "source": str(raw),
                "error": {"type": gold["reject_reason"], "message": out["error"]["message"]},
            }
            assert out["error"]["message"]
        else:
            assert out["source"]["path"] == raw.name
            _check_against_gold(out, gold)


def test_cli_parse_exit_zero_when_all_parse():
    proc = subprocess.run(
        [sys.executable, "-m", "builder", "parse", str(CORPUS / "seed.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["author"] == "Gregory Elich"
