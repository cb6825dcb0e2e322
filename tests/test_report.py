"""The HTML report: written by build and release and by `report`, the same bytes for the same dataset,
bounded for large datasets; and, opened from file:// in a real headless Chromium (Playwright), it
shows every reject with its type, every held record with its quote spans and speakers as the
Parquet rows have them, the edited paragraph of a second release, makes no request that is not
file://, logs no console error and runs no script from article text.

The browser tests fail (not skip) when CI=true and no browser starts. On a failure they save a
screenshot of the page under test-screenshots/."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil

import pyarrow.parquet as pq
import pytest
from conftest import CORPUS, REPO
from releasing import A_SENTENCE, A, edit_a, id_of, run_cli, tree_digest, unseal
from reporting import (
    HOSTILE_FILE,
    HOSTILE_HEADLINE,
    HOSTILE_PARAGRAPH,
    launch_chromium,
    make_report_corpus,
)

from builder.build import build_dataset
from builder.cli import main
from builder.dataset_folder import REPORT_DIR
from builder.inputs import printable_path
from builder.manifest import verify
from builder.release import release
from builder.report import PREVIEW_CHARS, PREVIEW_LINES, DatasetFacts, write_report
from builder.splits import DEFAULT_SPLITS, parse_split_spec

SPLITS = parse_split_spec(DEFAULT_SPLITS)
SCREENSHOTS = REPO / "test-screenshots"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A build of the report corpus, and two releases: the second with one edited paragraph."""
    base = tmp_path_factory.mktemp("report")
    raw = make_report_corpus(base / "raw")
    build_dataset(raw, base / "dataset", SPLITS)
    releases = base / "releases"
    release(raw, releases, SPLITS, date="2026-01-01")
    raw2 = base / "raw2"
    shutil.copytree(raw, raw2)
    edit_a(raw2)
    release(raw2, releases, SPLITS, date="2026-01-02")
    yield {
        "base": base,
        "raw": raw,
        "raw2": raw2,
        "dataset": base / "dataset",
        "v1": releases / "v1.0.0",
        "v2": releases / "v1.0.1",
    }
    unseal(base)


def _rows(folder) -> dict[str, dict]:
    return {r["id"]: r for path in sorted((folder / "data").glob("*.parquet")) for r in pq.read_table(path).to_pylist()}


def _jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _data(report, name):
    """A data script's value: the JSON literal inside CB.put("key", ...); or CB.part("list", n, ...);"""
    text = (report / "data" / name).read_text(encoding="utf-8")
    call = re.fullmatch(r"CB\.(?:put|chunk)\([^,]+,(.*)\);\n|CB\.part\(\"[a-z]+\",\d+,(.*)\);\n", text, re.S)
    return json.loads(call.group(1) if call.group(1) is not None else call.group(2))


# --- without a browser ---------------------------------------------------------------------------


def test_build_and_release_write_the_same_report_as_the_command(made, tmp_path):
    # Same dataset, raw folder and older release: the same bytes, wherever the folders are.
    out = tmp_path / "again"
    proc = run_cli("report", made["dataset"], "--raw", made["raw"], "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out / "index.html")
    assert tree_digest(out) == tree_digest(made["dataset"] / REPORT_DIR)
    out2 = tmp_path / "again2"
    proc = run_cli("report", made["v2"], "--against", made["v1"], "--raw", made["raw2"], "--out", out2)
    assert proc.returncode == 0, proc.stderr
    assert {k: v[0] for k, v in tree_digest(out2).items()} == {
        k: v[0] for k, v in tree_digest(made["v2"] / REPORT_DIR).items()
    }


def test_a_release_lists_and_seals_its_report(made):
    manifest = json.loads((made["v2"] / "MANIFEST.json").read_bytes())
    listed = {f for f in manifest["files"] if f.startswith(REPORT_DIR + "/")}
    on_disk = {p.relative_to(made["v2"]).as_posix() for p in (made["v2"] / REPORT_DIR).rglob("*") if p.is_file()}
    assert listed == on_disk and f"{REPORT_DIR}/index.html" in listed and f"{REPORT_DIR}/data/diff.js" in listed
    assert verify(made["v2"]) == []
    assert _data(made["v1"] / REPORT_DIR, "diff.js") is None  # the first release has nothing to compare with
    assert _data(made["v2"] / REPORT_DIR, "diff.js")["against"] == "v1.0.0"


def _report(capsys, *args) -> tuple[int, str, str]:
    """The report command in this process (the CLI's other tests run it as a subprocess)."""
    capsys.readouterr()
    code = main(["report", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_command_exit_codes(made, tmp_path, capsys):
    not_a_dataset = tmp_path / "plain"
    not_a_dataset.mkdir()
    code, _, err = _report(capsys, not_a_dataset, "--out", tmp_path / "r")
    assert code == 2 and "not a dataset folder" in err
    code, _, err = _report(capsys, made["v1"])  # a release is sealed: its report is not rewritten in place
    assert code == 2 and "--out" in err
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = _report(capsys, made["dataset"], "--out", occupied)
    assert code == 2 and "not a report" in err
    assert (occupied / "notes.txt").read_text(encoding="utf-8") == "mine"
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = _report(capsys, made["dataset"], "--out", blocker / "report")
    assert code == 3 and "failed: report of" in err
    # An earlier report is replaced, and nothing else is left beside it.
    again = tmp_path / "again"
    assert _report(capsys, made["dataset"], "--out", again)[0] == 0
    assert _report(capsys, made["dataset"], "--out", again, "--raw", made["raw"])[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "again", "occupied", "plain"]


def test_a_large_dataset_is_sampled_the_same_way_every_time(made, tmp_path):
    rows = _rows(made["dataset"])
    clusters = _jsonl(made["dataset"] / "near-duplicates.jsonl")
    assert [c["split"] for c in clusters] == ["validation"] and len(clusters[0]["ids"]) == 2
    first = write_report(made["dataset"], tmp_path / "one", limit=2, look_limit=1)
    second = write_report(made["dataset"], tmp_path / "two", limit=2, look_limit=1)
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")
    index = _data(tmp_path / "one", "records.js")
    selection = _data(tmp_path / "one", "overview.js")["selection"]
    assert first.records == len(rows) == selection["total"] == 12
    assert first.records_held == second.records_held == len(index) == selection["held"] == 3
    # The sample is shared by split size (train 8, validation 2, test 2 of 12: 1.33, 0.33, 0.33 of 2;
    # the remainder goes to the first split among equal fractions): train 2. The near-duplicate
    # cluster is in validation, so one of its two records is held as needing a look, one left out.
    assert [(e[3], e[7]) for e in index] == [("train", "sample"), ("train", "sample"), ("validation", "look")]
    assert {e[0] for e in index if e[7] == "look"} <= set(clusters[0]["ids"])
    assert selection["look"]["near-duplicate"] == {
        "label": "member of a near-duplicate cluster",
        "records": 2,
        "held": 1,
        "left_out": 1,
    }
    assert selection["by_split"] == {
        "train": {"records": 8, "held": 2},
        "validation": {"records": 2, "held": 1},
        "test": {"records": 2, "held": 0},
    }
    assert selection["text"].startswith("This report holds 3 of the dataset's 12 records: a sample of 2")
    assert selection["text"].endswith("1 such records are left out.")
    # Held records are the Parquet rows; the sample is the ids with the smallest sha256.
    chunk = _data(tmp_path / "one", "records-00000.js")
    assert [r["id"] for r in chunk] == [e[0] for e in index]
    for record in chunk:
        assert record["paragraphs"] == rows[record["id"]]["paragraphs"]
    train = sorted(
        (r for r, row in rows.items() if _split_of(made["dataset"], r) == "train"),
        key=lambda r: hashlib.sha256(b"corpus-builder report sample\x00" + r.encode()).digest(),
    )
    assert sorted(e[0] for e in index if e[3] == "train") == sorted(train[:2])


def test_a_reject_costs_under_600_bytes_so_30000_fit_the_budget(made, tmp_path):
    # The worst ordinary case: every raw file has long lines of text, so each excerpt line is cut.
    raw = tmp_path / "raw"
    raw.mkdir()
    line = "Lorem ipsum dolor sit amet, consectetur adipiscing élit, sed do eiusmod tempor. " * 4
    types = ("not-an-article", "too-large", "invalid-record")
    rejects = []
    for k in range(600):
        name = f"section-{k % 7}/2024-{k:05d}-a-long-ish-file-name.txt"
        (raw / name).parent.mkdir(exist_ok=True)
        (raw / name).write_text("\n".join(f"{k} {line}" for _ in range(40)), encoding="utf-8")
        rejects.append({"file": name, "type": types[k % 3], "message": "no headline, byline or body paragraph found"})
    facts = dataclasses.replace(DatasetFacts.read(made["dataset"]), rejects=tuple(rejects), rejected=len(rejects))
    out = tmp_path / "report"
    result = write_report(made["dataset"], out, raw_dir=raw, facts=facts)
    assert result.rejects == result.rejects_held == 600
    parts = sorted((out / "data").glob("rejects-*.js"))
    assert len(parts) == 3  # 200 to a part
    listed = [r for p in parts for r in _data(out, p.name)]
    assert sorted(r["file"] for r in listed) == sorted(r["file"] for r in rejects)
    assert all(len(r["raw"]["lines"]) == PREVIEW_LINES and r["raw"]["more_lines"] == 40 - PREVIEW_LINES for r in listed)
    assert all(len(x) == PREVIEW_CHARS + 1 for r in listed for x in r["raw"]["lines"])  # cut, and "…"
    per_reject = sum(p.stat().st_size for p in parts) / len(rejects)
    # 30,000 such rejects: under 18 MB, beside the 31.5 MB of the rest of a 100,000-record report
    # (benchmarks/RESULTS-report.md): inside the 50 MB budget.
    assert per_reject < 600, per_reject


def test_the_preview_of_a_reject_whose_name_is_escaped_reads_the_real_file(tmp_path):
    # rejects.jsonl holds printable names ('\\' for a backslash, \xNN for a byte that is not UTF-8):
    # the preview opens the file the name was made from, not a file named as printed.
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(CORPUS / "dev-01-warehouse-heat-walkout.txt", raw / "dev-01.txt")
    cookie = (CORPUS / "dev-R3-cookie-consent.txt").read_bytes()
    names = [b"back\\slash.txt", b"caf\xe9-\xff.txt", b"own-backslash-\\xff.txt"]
    for name in names:
        (raw / os.fsdecode(name)).write_bytes(cookie)
    (raw / "own-backslash-\xff.txt").write_bytes(b"not this one\n")  # what a naive unescape would open
    build_dataset(raw, tmp_path / "dataset", SPLITS)
    out = tmp_path / "dataset" / REPORT_DIR
    listed = {r["file"]: r for p in sorted((out / "data").glob("rejects-*.js")) for r in _data(out, p.name)}
    first_lines = [
        line[:PREVIEW_CHARS] + ("…" if len(line) > PREVIEW_CHARS else "")
        for line in cookie.decode("utf-8").split("\n")[:PREVIEW_LINES]
    ]
    for name in names:
        shown = listed[printable_path(os.fsdecode(name))]
        assert shown["type"] == "not-an-article" and shown["raw"]["lines"] == first_lines, shown


def _split_of(folder, record_id: str) -> str:
    for path in (folder / "data").glob("*.parquet"):
        if record_id in pq.read_table(path, columns=["id"]).column("id").to_pylist():
            return path.name.split("-")[0]
    raise KeyError(record_id)


# --- in the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
    except Exception as exc:  # noqa: BLE001  (no package, no driver: the same verdict)
        _no_browser(exc)
    try:
        chromium = launch_chromium(playwright)
    except Exception as exc:  # noqa: BLE001
        playwright.stop()
        _no_browser(exc)
    yield chromium
    chromium.close()
    playwright.stop()


def _no_browser(exc: Exception):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and no browser starts: {exc!r}", pytrace=False)
    pytest.skip(f"no browser (apt-get install chromium; pip install '.[test]'): {exc!r}")


class Watched:
    """A page whose requests, console messages, page errors and dialogs are recorded."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"page error: {e}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def open(self, report_dir, route: str = "") -> None:
        self.page.goto((report_dir / "index.html").as_uri() + route)
        self.page.wait_for_selector("main h1")

    def go(self, route: str) -> None:
        self.page.evaluate("route => { location.hash = route; }", route)

    def open_record(self, record_id: str) -> None:
        self.go("#record/" + record_id)
        self.page.wait_for_function("id => document.getElementById('main').dataset.record === id", arg=record_id)

    def assert_clean(self) -> None:
        """Only file:// was asked for, and nothing complained or popped up."""
        assert self.requests and all(url.startswith("file://") for url in self.requests), [
            u for u in self.requests if not u.startswith("file://")
        ]
        assert self.console_errors == []
        assert self.dialogs == []


@pytest.fixture
def watched(browser, request):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    failed = request.session.testsfailed
    yield Watched(page)
    if request.session.testsfailed > failed:  # this test failed: keep what the page showed
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{request.node.name}.png", full_page=True)
    page.close()


def _by_type(rejects: list[dict]) -> list[dict]:
    """Rejects as the page lists them: grouped by type, in path (rejects.jsonl) order within a type."""
    return sorted(rejects, key=lambda r: r["type"])


ROWS = "rows => rows.map(r => [r.cells[0].textContent, r.cells[1].textContent, r.cells[2].textContent])"


def _shown_rows(page, holder: str, pages: int | None = None) -> list[list[str]]:
    """The rows of a paged list, page after page by its "next page" button."""
    rows = []
    while True:
        page.wait_for_selector(f"#{holder}[data-shown]")
        rows += page.eval_on_selector_all(f"#{holder} tbody tr", ROWS)
        nxt = page.locator(f"#{holder} button.next")
        if not nxt.count() or nxt.is_disabled():
            break
        nxt.click()
    if pages is not None:
        assert page.locator(f"#{holder} select.page-pick option").count() == (pages if pages > 1 else 0)
    return rows


def test_every_reject_is_listed_with_its_type_and_first_lines(made, watched):
    rejects = _jsonl(made["dataset"] / "rejects.jsonl")
    assert {r["type"] for r in rejects} == {"empty", "binary", "not-an-article"}
    page = watched.page
    watched.open(made["dataset"] / REPORT_DIR, "#overview")
    page.get_by_role("link", name=re.compile(r"^Rejects")).first.click()
    shown = _shown_rows(page, "reject-pages", pages=1)
    assert shown == [[r["file"], r["type"], r["message"]] for r in _by_type(rejects)]
    assert page.text_content("#reject-pages p.count") == "All 3 rejects"
    page.select_option("#reject-type", "binary")
    page.wait_for_selector("#reject-pages[data-shown]")
    assert page.eval_on_selector_all("#reject-list tbody tr", "rows => rows.map(r => r.cells[1].textContent)") == [
        "binary"
    ]
    page.select_option("#reject-type", "")
    page.get_by_role("link", name="dev-R3-cookie-consent.txt").click()
    page.wait_for_selector("#reject-type-value")
    assert page.text_content("h1") == "dev-R3-cookie-consent.txt"
    assert page.text_content("#reject-type-value") == "not-an-article"
    first_lines = [
        line[:PREVIEW_CHARS] + ("…" if len(line) > PREVIEW_CHARS else "")
        for line in (made["raw"] / "dev-R3-cookie-consent.txt").read_text(encoding="utf-8").split("\n")[:3]
    ]
    assert any(line.endswith("…") for line in first_lines)  # a long line is cut, and says so
    assert page.eval_on_selector_all("ol.raw li", "items => items.map(i => i.textContent)")[:3] == first_lines
    watched.go("#reject/" + str([r["file"] for r in _by_type(rejects)].index("dev-R2-binary.txt")))
    page.wait_for_selector("pre.hex")
    assert page.text_content("#reject-type-value") == "binary"
    watched.assert_clean()


# A build with more rejects, duplicates and added records than a part holds (list_chunk=5 here).
CHUNK = 5
HOSTILE_REJECT = "extra-binary-<img src=x onerror=alert(5)>.txt"
_HEADLINE_01 = "When the Thermometer Became a Bargaining Chip: Inside the Brightway Heat Walkout"


@pytest.fixture(scope="module")
def paged(made, tmp_path_factory):
    """The report corpus plus 6 empty files, 3 binary ones, 6 exact copies of an article and 6 new
    articles (a changed headline), built, and its report against the first build in parts of 5."""
    base = tmp_path_factory.mktemp("paged")
    raw = make_report_corpus(base / "raw")
    for k in range(6):
        (raw / f"extra-empty-{k}.txt").write_bytes(b"")
        (raw / f"extra-copy-{k}.txt").write_bytes((raw / "dev-05-rural-maternity.txt").read_bytes())
        text = (raw / "dev-01-warehouse-heat-walkout.txt").read_text(encoding="utf-8")
        assert _HEADLINE_01 in text
        (raw / f"extra-new-{k}.txt").write_text(text.replace(_HEADLINE_01, f"{_HEADLINE_01}, part {k + 2}"), "utf-8")
    for name in ("extra-binary-0.txt", "extra-binary-1.txt", HOSTILE_REJECT):
        (raw / name).write_bytes(b"PK\x03\x04\x00\x00" + name.encode() * 4)
    build_dataset(raw, base / "dataset", SPLITS)
    report = base / "paged-report"
    result = write_report(base / "dataset", report, made["dataset"], raw_dir=raw, list_chunk=CHUNK)
    yield {"raw": raw, "dataset": base / "dataset", "report": report, "result": result}
    unseal(base)


def test_long_lists_are_written_in_parts_and_every_item_is_in_one(paged, made, tmp_path):
    rejects = _by_type(_jsonl(paged["dataset"] / "rejects.jsonl"))
    assert len(rejects) == 12 and paged["result"].rejects_held == paged["result"].rejects == 12
    report = paged["report"]
    index = _data(report, "rejects.js")
    assert index["count"] == 12 and index["size"] == CHUNK
    assert index["types"] == [["binary", 0, 4], ["empty", 4, 7], ["not-an-article", 11, 1]]
    listed = [r for n in range(3) for r in _data(report, f"rejects-{n:05d}.js")]
    assert not (report / "data" / "rejects-00003.js").exists()
    assert [(r["file"], r["type"], r["message"]) for r in listed] == [
        (r["file"], r["type"], r["message"]) for r in rejects
    ]
    cookie = next(r for r in listed if r["type"] == "not-an-article")
    lines = (paged["raw"] / cookie["file"]).read_text(encoding="utf-8").split("\n")
    assert cookie["raw"]["lines"] == [
        line[:PREVIEW_CHARS] + ("…" if len(line) > PREVIEW_CHARS else "") for line in lines[:PREVIEW_LINES]
    ]
    assert cookie["raw"]["more_lines"] == len(lines) - PREVIEW_LINES > 0
    dups = _jsonl(paged["dataset"] / "duplicates.jsonl")
    assert len(dups) == 7
    assert [d for n in range(2) for d in _data(report, f"duplicates-{n:05d}.js")] == [
        [d["file"], d["duplicate_of"], d["id"]] for d in dups
    ]
    # Same input, same bytes: the parts too.
    again = write_report(paged["dataset"], tmp_path / "again", made["dataset"], raw_dir=paged["raw"], list_chunk=CHUNK)
    assert again.files == paged["result"].files and tree_digest(tmp_path / "again") == tree_digest(report)
    with pytest.raises(ValueError, match="list_chunk"):
        write_report(paged["dataset"], tmp_path / "bad", list_chunk=0)


def test_every_reject_is_shown_page_by_page_and_filtered_by_type(paged, watched):
    rejects = _by_type(_jsonl(paged["dataset"] / "rejects.jsonl"))
    page = watched.page
    watched.open(paged["report"], "#rejects")
    page.wait_for_selector("#reject-pages[data-shown]")
    assert page.text_content("#reject-pages p.count") == "1–5 of 12 rejects (page 1 of 3)"
    # A hostile file name on the first page is text: no element came out of it (and no dialog, below).
    assert HOSTILE_REJECT in page.eval_on_selector_all(
        "#reject-pages a.reject-link", "links => links.map(a => a.textContent)"
    )
    assert page.eval_on_selector_all("main img, main script", "nodes => nodes.length") == 0
    intro = page.text_content("#rejects-intro")
    assert intro.startswith("12 files did not become a record. Every one is listed, grouped by type")
    assert (
        f"{CHUNK} to a page" in intro
        and f"first {PREVIEW_LINES} lines" in intro
        and f"{PREVIEW_CHARS} characters" in intro
    )
    # Parts are loaded when their page is shown, not before.
    assert not any("rejects-00001.js" in url for url in watched.requests)
    assert _shown_rows(page, "reject-pages", pages=3) == [[r["file"], r["type"], r["message"]] for r in rejects]
    assert page.text_content("#reject-pages p.count") == "11–12 of 12 rejects (page 3 of 3)"
    assert any("rejects-00002.js" in url for url in watched.requests)
    # A type's page can span two parts: the empty files are positions 4 to 10.
    page.select_option("#reject-type", "empty")
    page.wait_for_selector("#reject-pages[data-shown]")
    assert page.text_content("#reject-pages p.count") == "1–5 of 7 rejects (page 1 of 2)"
    empty = [[r["file"], r["type"], r["message"]] for r in rejects if r["type"] == "empty"]
    assert _shown_rows(page, "reject-pages", pages=2) == empty
    # Into a reject on the second page and back: the same type and page.
    page.locator("#reject-pages a.reject-link").first.click()
    page.wait_for_selector("#reject-type-value")
    assert page.text_content("h1") == empty[5][0] and page.text_content("#reject-type-value") == "empty"
    page.get_by_role("link", name="← all rejects").click()
    page.wait_for_selector("#reject-pages[data-shown='1']")
    assert page.eval_on_selector_all("#reject-pages tbody tr", ROWS) == empty[5:]
    page.select_option("#reject-type", "not-an-article")
    page.wait_for_selector("#reject-pages[data-shown]")
    assert page.text_content("#reject-pages p.count") == "1 reject"
    assert page.locator("#reject-pages select.page-pick").count() == 0
    page.locator("#reject-pages details.first-lines summary").click()
    assert len(page.eval_on_selector_all("#reject-pages ol.raw li", "items => items")) == PREVIEW_LINES
    # The page picker jumps to any page.
    page.select_option("#reject-type", "")
    page.wait_for_selector("#reject-pages[data-shown]")
    page.select_option("#reject-pages select.page-pick", "2")
    page.wait_for_selector("#reject-pages[data-shown='2']")
    assert page.eval_on_selector_all("#reject-pages tbody tr", ROWS) == [
        [r["file"], r["type"], r["message"]] for r in rejects[10:]
    ]
    watched.assert_clean()


def test_duplicates_and_added_records_are_listed_page_by_page(paged, made, watched):
    page = watched.page
    dups = _jsonl(paged["dataset"] / "duplicates.jsonl")
    watched.open(paged["report"], "#overview")
    page.get_by_text(f"files ({len(dups)})").click()
    assert _shown_rows(page, "duplicate-list", pages=2) == [[d["file"], d["duplicate_of"], d["id"]] for d in dups]
    assert page.text_content("#duplicate-list p.count") == "6–7 of 7 duplicate files (page 2 of 2)"
    old, new = set(_rows(made["dataset"])), _rows(paged["dataset"])
    added = sorted(set(new) - old)
    assert len(added) == 6
    watched.go("#diff")
    page.wait_for_selector("#added-list[data-shown]")
    assert page.text_content("#added h2") == "Added (6)"
    assert page.text_content("#added-list p.count") == "1–5 of 6 added records (page 1 of 2)"
    shown = page.eval_on_selector_all("#added-list tbody tr", "rows => rows.map(r => r.cells[0].textContent)")
    page.locator("#added-list button.next").click()
    page.wait_for_selector("#added-list[data-shown='1']")
    shown += page.eval_on_selector_all("#added-list tbody tr", "rows => rows.map(r => r.cells[0].textContent)")
    assert sorted(shown) == sorted(new[i]["headline"] for i in added)
    assert page.text_content("#removed-list") == "none"
    watched.assert_clean()


TIP = """() => {
  const tip = document.getElementById('tip');
  return Array.from(document.querySelectorAll('mark.q')).map(mark => {
    mark.focus();
    const shown = tip.hidden ? null : tip.textContent;
    mark.blur();
    return {p: Number(mark.closest('p.para').dataset.p), q: Number(mark.dataset.q), text: mark.textContent, tip: shown};
  });
}"""


def _tip(quote: dict) -> str:
    if quote["speaker"] is None:
        return "no speaker" + (f" · cue: {quote['cue']}" if quote["cue"] else "")
    return f"speaker: {quote['speaker']}" + (f" · cue: {quote['cue']}" if quote["cue"] else " · no cue of its own")


def test_every_record_shows_its_quote_spans_and_speakers_as_in_parquet(made, watched):
    rows = _rows(made["dataset"])
    page = watched.page
    watched.open(made["dataset"] / REPORT_DIR, "#records")
    listed = page.eval_on_selector_all("ul.records li", "items => items.map(i => i.dataset.id)")
    assert sorted(listed) == sorted(rows)  # every record is held: the corpus is under the limit
    page.locator("ul.records a.headline").first.click()  # into a record by a click, the rest by address
    page.wait_for_selector("main[data-record]")
    quotes_seen = speakers_seen = 0
    for rid, row in rows.items():
        watched.open_record(rid)
        assert page.text_content("#headline") == row["headline"]
        assert page.eval_on_selector_all("p.para", "ps => ps.map(p => p.textContent)") == row["paragraphs"]
        marks = page.evaluate(TIP)
        assert sorted(m["q"] for m in marks) == list(range(len(row["quotes"])))  # every quote highlighted once
        for mark in marks:
            quote = row["quotes"][mark["q"]]
            assert mark["p"] == quote["paragraph"]
            assert mark["text"] == row["paragraphs"][quote["paragraph"]][quote["start"] : quote["end"]] == quote["text"]
            assert mark["tip"] == _tip(quote)
            speakers_seen += quote["speaker"] is not None
        quotes_seen += len(marks)
        assert page.eval_on_selector_all(
            "section:has(> h2:text-matches('^Lines removed')) tbody tr",
            "rows => rows.map(r => [r.cells[0].textContent, r.cells[1].textContent])",
        ) == [[b["line"], b["rule"]] for b in row["boilerplate"]]
    assert quotes_seen > 50 and speakers_seen > 30
    watched.assert_clean()


def test_the_records_list_filters(made, watched):
    rows = _rows(made["dataset"])
    page = watched.page
    watched.open(made["dataset"] / REPORT_DIR, "#records")
    page.fill("#q", "maravia")
    ids = page.eval_on_selector_all("ul.records li", "items => items.map(i => i.dataset.id)")
    assert sorted(ids) == sorted(r for r, row in rows.items() if "maravia" in row["headline"].lower())
    assert len(ids) == 2
    page.fill("#q", "")
    page.select_option("#look", "near-duplicate")
    near = {i for c in _jsonl(made["dataset"] / "near-duplicates.jsonl") for i in c["ids"]}
    assert set(page.eval_on_selector_all("ul.records li", "items => items.map(i => i.dataset.id)")) == near
    page.select_option("#look", "")
    page.select_option("#split", "train")
    assert len(page.eval_on_selector_all("ul.records li", "items => items")) == sum(
        1 for path in (made["dataset"] / "data").glob("train-*.parquet") for _ in range(pq.read_metadata(path).num_rows)
    )
    watched.assert_clean()


def test_hostile_text_is_shown_as_text_and_never_runs(made, watched):
    page = watched.page
    hostile = id_of(HOSTILE_FILE, made["raw"])
    watched.open(made["dataset"] / REPORT_DIR, "#records")
    assert HOSTILE_HEADLINE in page.eval_on_selector_all(
        "ul.records a.headline", "links => links.map(a => a.textContent)"
    )
    watched.open_record(hostile)
    assert page.text_content("#headline") == HOSTILE_HEADLINE
    assert HOSTILE_PARAGRAPH in page.eval_on_selector_all("p.para", "ps => ps.map(p => p.textContent)")
    # No element came out of the text: only the page's own scripts, no image, no <b>.
    assert page.eval_on_selector_all("main img, main b, main script", "nodes => nodes.length") == 0
    page.hover("#headline")
    page.locator("p.para", has_text="The leaflet read").hover()
    page.wait_for_timeout(200)  # an onerror/onmouseover that ran would have opened its dialog by now
    watched.assert_clean()
    # The policy itself forbids inline handlers: markup made by hand in the page does not run them.
    ran = page.evaluate("""() => new Promise(done => {
        const box = document.createElement('div');
        box.innerHTML = '<img src="missing.png" onerror="window.ranInline = 1">';
        document.body.appendChild(box);
        setTimeout(() => done(window.ranInline === 1), 300);
    })""")
    assert ran is False
    assert any("Content Security Policy" in e for e in watched.console_errors)


def test_the_diff_page_of_a_second_release_matches_diff_json(made, watched):
    proc = run_cli("diff", made["v1"], made["v2"], "--json")
    assert proc.returncode == 0, proc.stderr
    expected = json.loads(proc.stdout)
    assert [c["id"] for c in expected["changed"]] == [id_of(A, made["raw2"])]
    page = watched.page
    watched.open(made["v2"] / REPORT_DIR, "#overview")
    page.get_by_role("link", name="Changes since v1.0.0").click()
    page.wait_for_selector("article.changed")
    assert page.eval_on_selector_all("article.changed", "items => items.map(a => a.dataset.id)") == [
        c["id"] for c in expected["changed"]
    ]
    for change in expected["changed"]:
        fields = page.eval_on_selector_all(
            f"article.changed[data-id='{change['id']}'] .change", "cs => cs.map(c => c.dataset.field)"
        )
        assert fields == change["fields"]
    for section, key in (("added", "added"), ("removed", "removed"), ("moves", "split_moves")):
        assert re.search(rf"\({len(expected[key])}\)$", page.text_content(f"#{section} h2"))
    assert page.text_content("#changed h2") == f"Changed ({len(expected['changed'])})"
    # The edited paragraph, word by word: the old text without the insertions, the new without the deletions.
    old, new = _rows(made["v1"])[expected["changed"][0]["id"]], _rows(made["v2"])[expected["changed"][0]["id"]]
    edited = [i for i, (a, b) in enumerate(zip(old["paragraphs"], new["paragraphs"], strict=True)) if a != b]
    assert len(edited) == 1
    block = page.locator(f"article.changed[data-id='{change['id']}'] .change[data-field='paragraphs'] p.wdiff")
    assert block.count() == 1 and block.get_attribute("data-new") == str(edited[0])
    assert block.locator("del").all_text_contents() == [A_SENTENCE[0].split()[0]]
    assert block.locator("ins").all_text_contents() == [A_SENTENCE[1].split()[0]]
    assert (
        block.evaluate(
            "p => { const c = p.cloneNode(true); c.querySelectorAll('del').forEach(d => d.remove()); "
            "return c.textContent; }"
        )
        == new["paragraphs"][edited[0]]
    )
    assert (
        block.evaluate(
            "p => { const c = p.cloneNode(true); c.querySelectorAll('ins').forEach(d => d.remove()); "
            "return c.textContent; }"
        )
        == old["paragraphs"][edited[0]]
    )
    watched.assert_clean()


def test_keyboard_and_phone_width(made, watched):
    page = watched.page
    page.set_viewport_size({"width": 390, "height": 844})
    record = id_of("dev-04-maravia-election.txt", made["raw"])
    for route in ("#overview", "#rejects", "#records", "#record/" + record, "#diff"):
        watched.open(made["v2"] / REPORT_DIR, route)
        if route.startswith("#record/"):
            page.wait_for_selector("main[data-record]")
        # Nothing wider than the phone: long lines wrap and wide tables scroll inside their box.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, route
    # From the top of a freshly loaded record page, Tab reaches a quote and shows its speaker.
    watched.open(made["v2"] / REPORT_DIR, "#record/" + record)
    page.reload()
    page.wait_for_selector("main[data-record]")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.q')"):
            break
    assert page.evaluate("document.activeElement.matches('mark.q')")
    assert page.is_visible("#tip") and page.text_content("#tip").startswith(("speaker: ", "no speaker"))
    page.keyboard.press("Escape")
    assert not page.is_visible("#tip")
    page.locator("mark.q").first.hover()  # the pointer shows it too
    assert page.is_visible("#tip") and page.text_content("#tip").startswith(("speaker: ", "no speaker"))
    watched.assert_clean()


def test_held_records_read_by_column_are_the_rows_as_the_page_reads_them():
    # _compact_rows reads column by column what a row's dicts gave before: null lists and structs, columns of
    # Arrow's null type (an outside tool's all-null column), extra columns in their order
    import pyarrow as pa

    from builder.report import _compact_rows

    quote = pa.struct(
        [(f, pa.int64()) for f in ("paragraph", "start", "end")] + [(f, pa.string()) for f in ("speaker", "cue")]
    )
    table = pa.table(
        {
            "id": ["a", "b"],
            "headline": ["H", "I"],
            "paragraphs": [["p"], None],
            "quotes": pa.array(
                [[{"paragraph": 0, "start": 0, "end": 1, "speaker": "Ann Lee", "cue": "said"}], None],
                type=pa.list_(quote),
            ),
            "boilerplate": pa.nulls(2),
            "source": pa.nulls(2),
            "note": ["x", None],
        }
    )
    table = table.append_column("cue_less", pa.array([1, 2]))
    rows = _compact_rows(table)
    assert rows[1]["paragraphs"] == [] and rows[1]["quotes"] == [] and rows[0]["boilerplate"] == []
    assert [list(q) for q in rows[0]["quotes"]] == [[0, 0, 1, "Ann Lee", "said"]]
    assert list(rows[0]["source"]) == [None, None, None]
    assert rows[0]["extra"] == {"note": "x", "cue_less": 1}
    assert list(rows[0]) == [
        "id",
        "headline",
        "author",
        "bio",
        "image_credit",
        "paragraphs",
        "quotes",
        "links",
        "boilerplate",
        "source",
        "extra",
    ]
