"""Shared test set-up: offline Hugging Face caches, hypothesis profiles, the corpus fixtures."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

# Before `datasets` is imported anywhere: never touch the network or the user's cache. The cache is this test
# process's own, removed when it ends (654 of them had piled up in /tmp, one per run and xdist worker).
_CACHE = tempfile.mkdtemp(prefix="corpus-builder-hf-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ["HF_HOME"] = _CACHE
os.environ["HF_DATASETS_CACHE"] = os.path.join(_CACHE, "datasets")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# "ci" is the default everywhere, so the README's test command runs what CI runs:
# at least 300 derandomized examples per property. "dev" is for quick local iterations.
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", max_examples=30, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
# The fuzz and mutation properties (tests/test_robustness.py) run this many examples each in CI.
FUZZ_EXAMPLES = 2000 if PROFILE == "ci" else 50

TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
# Twenty-four more articles with golds, written to the raw format's rules (docs/raw-format.md) by a team member
# who did not read the parser; they were the unseen evaluation set for quote attribution (see
# tests/corpus-extra/README.md).
EXTRA_CORPUS = TESTS / "corpus-extra"
REPO = TESTS.parent
# Issue targets for quote speakers over all annotated articles.
SPEAKER_MIN_PRECISION = 0.90
SPEAKER_MIN_RECALL = 0.75


def gold_cases(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    """(raw file, gold) for the seed and every dev file copied from shared/corpus, or another folder."""
    cases = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        raw = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        cases.append((raw, json.loads(gold_path.read_text(encoding="utf-8"))))
    return cases


@pytest.fixture
def seed_gold() -> dict:
    return json.loads((CORPUS / "seed.gold.json").read_text(encoding="utf-8"))


# The fast subset, `pytest -m "not slow" -n 2` (under a minute on 2 cores), for the edit-test loop;
# CI runs everything. Slow: whole modules whose tests start subprocesses, kill builds, start Ray,
# drive a browser, build thousands of articles or run hundreds of hypothesis examples per property;
# and single tests of other modules that build several corpora. Measured with --durations=0.
SLOW_MODULES = {
    "test_code_shape",  # ruff and mypy over the tree (the size check is marked fast below)
    "test_experiment",
    "test_failures",
    "test_fast_paths",
    "test_hypothesis",
    "test_integrity",
    "test_kill",
    "test_ownership",
    "test_ray_cluster",
    "test_release",
    "test_report",
    "test_robustness",
    "test_scale",
    "test_synth",
    "test_validators",
    "test_config",
    "test_startup",  # each test starts a fresh interpreter; its fixture builds a release
}
SLOW_TESTS = {
    "test_a_generated_record_shortened_is_not_junk",
    "test_rebuild_replaces_an_earlier_build",
    "test_two_builds_are_byte_identical",
    "test_usage_errors_exit_2",
    "test_build_summary_adds_up_and_rejects_are_listed",
    "test_junk_with_a_paragraph_of_filler_stays_junk",
    "test_cli_build_reports_rejects_and_exits_0_or_1_with_strict",
    "test_build_custom_splits",
    "test_a_release_keeps_splits_and_new_near_copies_join_their_cluster",
    "test_the_histogram_png_is_real_and_reproducible",
    "test_a_build_counts_junk_by_type_in_summary_card_and_datasheet",
    "test_validate_reports_each_problem_with_line_and_path",
    "test_the_documented_example_runs_and_prints_what_the_page_says",
    "test_release_json_reports_the_version_or_that_nothing_changed",
    "test_build_json_and_text_report_the_same_result",
}
FAST_IN_SLOW_MODULES = {"test_every_function_spans_under_60_lines_and_every_class_under_200"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        name = getattr(item, "originalname", item.name)
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        if (module in SLOW_MODULES and name not in FAST_IN_SLOW_MODULES) or name in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
